"""Due dates (session 38, branch due44): a day changed just after the recap.

- A change that names no thing ("Actually, I can do it tomorrow.", "Can we do Friday the twentieth instead?")
  answers the last dated thing of the recap said just before it, and the item of the speaker's side due that day
  takes the new day its owner says.
- "Actually" with a day in the same sentence asks a change ("Can we get the deck Thursday, actually?"); asked of the
  other side's work, it names the item due that day whose task shares a word with the recap's piece, and the owner's
  "Thursday. Fine, I'll get it done Thursday." is the change taken, not a second item.

Dialogues and sentences written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand
and Owen Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from pipeline.extract.late_changes import CHANGE
from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
TALK = [
    (PRITI, "On the radio spot, I liked the second read."),
    (NELL, "Yes, the warmer one."),
    (OWEN, "Agreed, the second read."),
    (PRITI, "And the music bed is fine as it is."),
]


def _theo(turns: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(task, due) for owner, task, due, _ in call_items(turns) if owner == THEO]


@pytest.mark.parametrize(
    ("reply", "answer", "due"),
    [
        # the owner cuts into the recap with an earlier day
        (THEO, "Actually, I can do it tomorrow. It's a quick fix.", "2026-03-05"),
        # must not: the other side's day off is no new day for the deck
        (PRITI, "Actually, I'm out tomorrow, so send it to Owen.", "2026-03-09"),
    ],
)
def test_a_day_said_into_the_recap_changes_the_item_it_was_reading(reply: str, answer: str, due: str) -> None:
    turns = [
        (THEO, "Okay, I'll redo the cover slide and send the deck back to you by Monday."),
        (PRITI, "Great."),
        *TALK,
        (NELL, "So, recap. The radio read is the second one, Theo's sending the deck on Monday—"),
        (reply, answer),
        (NELL, "Sure. And I'll send the contact report round on Friday."),
        (OWEN, "Thanks all."),
    ]
    assert _theo(turns) == [("redo the cover slide and send the deck", due)]


def test_a_change_naming_no_thing_answers_the_recaps_last_day() -> None:
    turns = [
        (PRITI, "Theo, when do we see something?"),
        (THEO, "I'll come back with three routes in two weeks."),
        (PRITI, "Great."),
        *TALK,
        (
            NELL,
            "Let me recap. The radio read is the second one. And Theo, routes in two weeks, which is the "
            "eighteenth, oh, but you're at the shoot in Leeds that day, aren't you?",
        ),
        (THEO, "Yes, I'm in Leeds. Can we do Friday the twentieth instead?"),
        (PRITI, "The twentieth's fine."),
        (OWEN, "Thanks all."),
    ]
    assert _theo(turns) == [("come back with three routes", "2026-03-20")]


@pytest.mark.parametrize(
    ("ask", "reply", "due"),
    [
        (
            "Can we get the deck Thursday, actually? I'm off Friday.",
            "Thursday. Fine, I'll get it done Thursday.",
            "2026-03-05",
        ),
        # must not: "actually" without a day asks no change of day
        ("Can we see the deck before it goes, actually?", "Sure.", "2026-03-06"),
    ],
)
def test_a_day_asked_of_the_other_sides_work_after_the_recap(ask: str, reply: str, due: str) -> None:
    turns = [
        (THEO, "Okay, I'll redo the cover slide and send the new deck over to you by Friday."),
        (PRITI, "Great."),
        *TALK,
        (
            NELL,
            "Okay, let me recap. The radio read is the second one, Owen's checking the music rights by Friday, "
            "and the new deck Friday.",
        ),
        (PRITI, ask),
        (THEO, reply),
        (OWEN, "Thanks all."),
    ]
    assert _theo(turns) == [("redo the cover slide and send the new deck", due)]


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Actually, I can do it tomorrow.", True),
        ("Can we get the cutdowns Thursday, actually?", True),
        ("Actually, could we say the 19th?", True),
        # must not: "actually" with no day, or with a day in another sentence
        ("Actually, I think the second read is better.", False),
        ("Actually, this week was mad.", False),
        ("Actually, that's fine. Friday works.", False),
    ],
)
def test_actually_with_a_day_asks_a_change(said: str, asks: bool) -> None:
    assert bool(CHANGE.search(said)) is asks
