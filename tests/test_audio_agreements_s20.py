"""Agreements from recordings: the way speech-to-text writes a reply must not hide the agreement in it. Replies
written here as Whisper writes speech (commas where the speaker paused between short sentences).
tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday."""

from __future__ import annotations

import pytest

from pipeline.extract.asr import normalise
from tests.support import CALL
from tests.support import extract_spoken as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[int | None]:
    return [a.start for a in run(turns).agreements if a.start is not None]


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        ("Shall we book the station screens for the six weeks?", "Yes, okay, book the station screens, go ahead."),
        (
            "I'd move the print budget into video.",
            "Yes, I've wanted that for ages, do it, print's out, it all goes to video.",
        ),
        (
            "What if the newsletter came off email and went to the app only?",
            "Okay, I like that better, the newsletter stays, but it goes to the app only.",
        ),
        (
            "It would be the refund plus a free ticket. Head office will cover it if we have to.",
            "Okay, if head office is paying. Then, yeah, full refund plus a free ticket, that's the offer.",
        ),
    ],
)
def test_a_consent_run_into_the_next_clause_with_a_comma_is_still_an_agreement(put: str, reply: str) -> None:
    assert agreed([(NELL, put), (PRITI, reply)]) == [10.0]


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        ("Yes, okay, book the screens, go ahead.", "Yes, okay, book the screens. Go ahead."),
        ("Yes, I've wanted that, do it, print's out.", "Yes, I've wanted that. Do it. Print's out."),
        ("Okay, I like that better, the app only.", "Okay, I like that better. The app only."),
        (
            "Makes sense, yes, fine by me, tens in the last week.",
            "Makes sense. Yes, fine by me. Tens in the last week.",
        ),
        # a one-word consent keeps its comma ("Fine, move to fortnightly." is one order, as typed)
        ("Fine, move to fortnightly.", "Fine, move to fortnightly."),
        # what follows qualifies the consent, or the consent is inside a sentence: the comma stays
        ("Fine, but only if it stays under budget.", "Fine, but only if it stays under budget."),
        ("Okay, so what about radio?", "Okay, so what about radio?"),
        ("Okay, a group's paying. Then, yeah, full refund.", "Okay, a group's paying. Then, yeah, full refund."),
        ("Sorry, go ahead.", "Sorry, go ahead."),
        ("Send it over, do it by Friday.", "Send it over, do it by Friday."),
        ("Full refund plus a free ticket, that's the offer.", "Full refund plus a free ticket. That's the offer."),
        ("We'll move it to May, that's the plan for now.", "We'll move it to May, that's the plan for now."),
    ],
)
def test_whisper_commas_after_a_consent_end_its_sentence(spoken: str, read: str) -> None:
    assert normalise(spoken) == read


@pytest.mark.parametrize(
    "reply",
    [
        "Fine, go ahead. As long as Owen's seen it first.",
        "Yep, on it.",
        "The awards, though, fine, go ahead. Enter us.",
    ],
)
def test_a_consent_with_a_short_go_ahead_stays_one_sentence(reply: str) -> None:
    assert normalise(reply) == reply


# a voice the recording could not name ("Speaker 2") may be the client: what it says decides, not a side it lacks
@pytest.mark.parametrize(
    ("turns", "starts"),
    [
        (
            [(NELL, "Our advice is mostly tens in the final week."),
             ("Speaker 2", "Makes sense, yes, fine by me, tens in the last week.")],
            [10.0],
        ),
        ([(NELL, "Morning, all. Can everyone hear me?"), ("Speaker 2", "Yes, loud and clear, thanks.")], []),
        ([(NELL, "How was the weekend?"), ("Speaker 2", "Lovely, thanks, we were in Whitby.")], []),
    ],
)  # fmt: skip
def test_an_unnamed_voice_can_settle_what_was_put(turns: list[tuple[str, str]], starts: list[float]) -> None:
    assert agreed(turns) == starts
