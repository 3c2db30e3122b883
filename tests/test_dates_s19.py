"""Due dates heard in the ninth round of blind-written calls: a deadline its owner moves after the recap ("can I
push the shortlist to Monday?", "can we say Monday for the mood board rather than Friday?", "can we make the floor
plan Friday?"), and the ones that must stay (a "till Monday" that explains, not asks). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.late_changes import CHANGE
from pipeline.schemas import Extraction
from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, CALL, DAY, step=10.0)


def due_of(turns: list[tuple[str, str]], word: str) -> str | None:
    got = [a for a in run(turns).action_items if word in a.task]
    assert got, run(turns).action_items
    return got[0].due.isoformat() if got[0].due else None


MIDDLE = [
    (PRITI, "Great, thanks."),
    (OWEN, "On the radio, all three stations are booked."),
    (PRITI, "Good. And the posters went to print yesterday."),
    (NELL, "Lovely. So, recap: shortlist Friday, mood board Friday, floor plan tomorrow, crew briefed today."),
]


@pytest.mark.parametrize(
    ("said", "change", "answer", "word", "due"),
    [
        (
            "I'll send you the venue shortlist on Friday.",
            "Actually, can I push the shortlist to Monday? Two venues haven't come back.",
            "Monday's fine.",
            "shortlist",
            "2026-03-09",
        ),
        (
            "I'll get the mood board over to you Friday.",
            "Sorry, can we say Monday for the mood board rather than Friday? I want the new shots in it.",
            "Sure, Monday.",
            "mood board",
            "2026-03-09",
        ),
        (
            "I'll send the floor plan over tomorrow.",
            "Can we make the floor plan Friday? The printers won't quote till Monday.",
            "Friday works.",
            "floor plan",
            "2026-03-06",
        ),
        (  # the change names other work; "till Monday" only explains it
            "I'll brief the crew today.",
            "Can we make the launch post Friday? The crew won't be back till Monday.",
            "Fine.",
            "brief",
            "2026-03-04",
        ),
    ],
)
def test_a_deadline_moved_after_the_recap(said: str, change: str, answer: str, word: str, due: str) -> None:
    assert due_of([(THEO, said), *MIDDLE, (THEO, change), (PRITI, answer)], word) == due


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Can I push the shortlist to Monday?", True),
        ("Could we move the workshop to the tenth?", True),
        ("Can we say Monday for the mood board rather than Friday?", True),
        ("Can we make the floor plan Friday?", True),
        ("I'll do another push on the newsletter.", False),
        ("Can we say a few words about the budget?", False),
    ],
)
def test_a_late_change_in_so_many_words(said: str, asks: bool) -> None:
    assert bool(CHANGE.search(said)) is asks

