"""Naming voices from a recording, session 29: "Harriet here" said after other words, "Hi, sorry, it's Dana", and a
recap that gives a task to someone by name in the third person ("Owen's revised plan Thursday") matched to the one voice
that took that task on in the first person ("I'll get the revised plan over Thursday")."""

from __future__ import annotations

import pytest

from pipeline.speakers import naming
from tests.support import CALL

T = naming.Turn


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Can you hear me, Nell? Priti here, we've been through the key visuals.", 2),
        ("Sorry, bad line, Owen here. Go on.", 3),
        ("Hi, sorry, it's Priti, I'm in the car.", 2),  # an apology between the greeting and the name
        ("Hi all, apologies, this is Owen.", 3),
        ("Hi, sorry, it's Priti's deck we need.", None),
        ("Is Priti here? She had the figures.", None),  # a question about someone
        ("We'll need Owen here on the day.", None),  # someone wanted in the room, not speaking
    ],
)
def test_introductions_after_other_words_or_an_apology(text: str, who: int | None) -> None:
    assert naming.introduced(text, CALL) == who


def _recap_meeting(recap: str, reply: str = "Thanks all.") -> list[naming.Turn]:
    """Four voices: Nell opens and introduces herself; voices 1-3 say nothing that names them, but two take a task on
    in the first person; Nell's recap names who does what."""
    return [
        T(0, "Morning, it's Nell, let's get going. The store list first."),
        T(1, "Morning. We've had a look, broadly fine."),
        T(2, "I'll get the revised store list over to you by Thursday."),
        T(3, "And I'll book the photographer for the launch in March."),
        T(1, "Good, that works for us."),
        T(0, recap),
        T(1, reply),
    ]


def _pairs(turns: list[naming.Turn]) -> list[tuple[int, int]]:
    return [(voice, who) for voice, who, _ in naming.attributed(turns, CALL)]


def test_a_recap_giving_a_task_to_someone_names_the_voice_that_took_it_on() -> None:
    turns = _recap_meeting("Quick recap: Priti's revised store list Thursday, Theo's booking the photographer.")
    assert _pairs(turns) == [(2, 2), (3, 1)]
    assert all(shared >= naming.STRONG_SHARED for _, _, shared in naming.attributed(turns, CALL))
    names = naming.name_speakers_from_turns(turns, 4, CALL)
    assert names[2] == "Priti Anand"
    assert names[3] == "Theo Marsh"
    # "Priti will send the revised store list" in the middle of the meeting, not only in a recap
    assert _pairs(_recap_meeting("Great, so Priti will send the revised store list then.")) == [(2, 2)]


def test_a_task_sharing_one_word_counts_as_much_as_a_plain_address() -> None:
    """ "Priti's shopping list" shares only "list" with voice 2's "revised store list": a hint, not a name."""
    turns = _recap_meeting("Quick recap: Priti's shopping list, Theo's on holiday.")
    assert naming.attributed(turns, CALL) == [(2, 2, 1)]
    assert naming.score_names(turns, 4, CALL)[2, 2] == naming.ADDRESS


@pytest.mark.parametrize(
    "recap",
    [
        # said to Priti, not of her: a call, which the next voice answers
        "Thanks, Priti, revised store list Thursday.",
        # the same task given to two people: the recap contradicts itself
        "Recap: Priti's revised store list Thursday. Sorry, Owen's revised store list Thursday.",
        # nothing anyone took on
        "Quick recap: Priti's on holiday next week.",
    ],
)
def test_a_recap_names_no_voice_without_a_task_of_its_own(recap: str) -> None:
    assert naming.attributed(_recap_meeting(recap), CALL) == []


def test_a_task_taken_on_is_read_with_the_sentence_after_it() -> None:
    """The day often comes in the next sentence: "I'll take it to legal. You'll have comments Tuesday." """
    turns = [
        T(0, "Morning, it's Nell. The copy first."),
        T(1, "I'll take it straight to legal. You'll have their comments Tuesday."),
        T(2, "Fine by us."),
        T(0, "Recap: Owen gets legal comments Tuesday."),
    ]
    assert naming.attributed(turns, CALL) == [(1, 3, 3)]


def test_a_task_two_voices_both_took_on_names_neither() -> None:
    turns = [
        T(0, "I'll send the revised store list Thursday."),
        T(1, "And I'll send the revised store list to the regions Thursday too."),
        T(2, "Recap: Priti's revised store list Thursday."),
    ]
    assert naming.attributed(turns, CALL) == []


def test_a_voice_is_not_attributed_its_own_words_about_someone_else() -> None:
    turns = [T(0, "I'll get the revised store list over by Thursday, so Priti's revised store list is sorted.")]
    assert naming.attributed(turns, CALL) == []


def test_a_name_after_a_closing_quote_is_spoken_to() -> None:
    text = "We'd like to go with route two, 'After Hours.' Owen, you're okay with that?"
    start = text.index("Owen")
    assert naming.addressed(text, start, start + 4) == "next"
    turns = [T(0, "Morning, it's Nell."), T(0, text), T(1, "I'll survive. Yes, route two.")]
    assert naming.score_names(turns, 2, CALL)[1, 3] >= naming.MIN_SCORE
