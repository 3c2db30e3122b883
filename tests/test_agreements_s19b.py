"""Agreements as people settle things in the ninth round of blind-written meetings: the next meeting put with its
day in a sentence that names the session ("And the edit review, shall we say Tuesday the 10th?"), in a fragment
beside it ("Next QBR, shall we pencil in June? The 2nd?") or later the same day at an hour ("Let's regroup at four
today."), and taken up by saying the day or hour back ("Four's good for me."). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client; a Wednesday,
2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.schemas import Extraction
from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, CALL, DAY, step=10.0)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements]


OPENING = [(PRITI, "So the stockists get the new price list on Monday."), (THEO, "Yes, that's all in hand.")]


@pytest.mark.parametrize(
    ("put", "reply", "said"),
    [
        ("Good. And the menu review, shall we say Tuesday the 10th?", "Tuesday's fine.", "Tuesday 10 March 2026"),
        ("Right. And the edit review. We'd suggest Friday the 13th, at our place.", "The 13th works for us.",
         "Friday 13 March 2026"),
        ("Lovely. Next QBR, shall we pencil in June? The 2nd?", "June the 2nd is fine.", "Tuesday 2 June 2026"),
        ("Okay. Let's regroup at four today, once the numbers are in.", "Four's good for me.",
         "Wednesday 4 March 2026 at four"),
    ],
)  # fmt: skip
def test_the_next_meeting_put_and_taken_up_is_agreed(put: str, reply: str, said: str) -> None:
    found = run([*OPENING, (NELL, put), (OWEN, reply)])
    assert [(a.turn, a.text) for a in found.agreements] == [(3, f"Next meeting: {said}.")]
    assert found.next_meeting == said


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        ("On the print run, shall we say five thousand copies?", "Five thousand's fine."),  # a quantity, no session
        ("I'll catch up with the printer at four today.", "Four's good."),  # the agency's own work
        ("Let's regroup at four today, once the numbers are in.", "Four's no good for me, sorry."),  # turned down
    ],
)
def test_no_next_meeting_where_none_is_set(put: str, reply: str) -> None:
    assert not any(text.startswith("Next meeting") for _, text in agreed([*OPENING, (NELL, put), (OWEN, reply)]))


MUSIC_AND_VAN = [
    (OWEN, "For the music we've got two tracks: A, the strings, or B, the synth."),
    (PRITI, "A. It has to be A."),
    (NELL, "A it is."),
    (THEO, "Then the van. The big one's booked at three-one."),
    (PRITI, "That's steep for a van."),
    (THEO, "We could take the smaller one for the day. That brings it to two-four."),
    (PRITI, "Smaller van at two-four, fine. Go ahead."),
    (THEO, "I'll rebook it this afternoon."),
]


def test_a_reversal_takes_back_the_choice_it_names_not_the_decision_just_before() -> None:
    found = agreed([*MUSIC_AND_VAN, (PRITI, "Actually, scrap A. Let's go with B, the strings feel too sad.")])
    assert [turn for turn, _ in found] == [6, 8]


def test_a_reversal_of_the_last_decision_still_undoes_it() -> None:
    found = agreed([*MUSIC_AND_VAN, (PRITI, "Actually, scrap that, the smaller van won't fit the stand.")])
    assert 6 not in [turn for turn, _ in found]


SIGNAGE = [
    (THEO, "Signage. One banner at the entrance, or one at each door?"),
    (PRITI, "One at each door."),
    (THEO, "Okay, that's about four hundred extra, if you're okay with that."),
    (PRITI, "Yes, that's fine, go ahead."),
]


@pytest.mark.parametrize(
    ("recap", "kept"),
    [
        ("Lovely. So to recap: banners at both doors, Theo on the printer. Owen, hang on, you're away next week, "
         "aren't you?", True),  # the recap broken off about something else
        ("Hang on, actually, the extra banners blow the budget. Let's not.", False),  # taken back
    ],
)  # fmt: skip
def test_an_interruption_about_something_else_leaves_the_approval(recap: str, kept: bool) -> None:
    assert (3 in [turn for turn, _ in agreed([*SIGNAGE, (NELL, recap)])]) is kept


SCREENS = [
    (THEO, "We could lose the second screen, that saves about three thousand."),
    (PRITI, "Lose it. The lounge stays though."),
]


@pytest.mark.parametrize(
    ("check", "reply", "said"),
    [
        ("Okay. So just so I've got it, the budget stays at forty-two and the second screen goes?", "Correct.",
         "The budget stays at forty-two and the second screen goes."),
        ("Just to be clear, the lounge stays and we print two hundred menus?", "Yes, that's right.",
         "The lounge stays and we print two hundred menus."),
        ("Just to be clear, the lounge stays as it is?", "Yes.", None),  # no terms read back: the reply to a check
        ("Just so I've got it, the budget stays at forty-two?", "No, forty.", None),  # corrected
        ("Just to check, you'll send the new plan by Friday?", "Yes.", None),  # the time of some work
    ],
)  # fmt: skip
def test_a_read_back_confirmed_states_what_was_settled(check: str, reply: str, said: str | None) -> None:
    found = agreed([*SCREENS, (NELL, "Right, noted."), (NELL, check), (PRITI, reply)])
    assert [text for turn, text in found if turn == 4] == ([said] if said else [])
