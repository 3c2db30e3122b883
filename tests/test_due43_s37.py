"""Due dates (session 37, branch due43).

- Work "before then" has no date of its own (GUIDELINES §5: relative to an event); work "by then" still takes the day.
- "COP" (close of play) in capitals is the meeting's day; "cop" in lower case is a word, not a time.

Dialogues and sentences written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand
and Owen Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, NEXT, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def test_work_due_before_then_has_no_date() -> None:
    turns = [
        (PRITI, "So the handover session is on the 24th, that's a Tuesday."),
        (NELL, "The 24th. Perfect."),
        (PRITI, "And before then, our insights team will send you the top complaint themes."),
        NEXT,
    ]
    assert [(a.owner, a.due) for a in opened_call(turns).action_items if a.turn == 4] == [("client", None)]


def test_work_due_by_then_takes_the_day() -> None:
    turns = [
        (PRITI, "The board meets on the 24th."),
        (THEO, "I'll have the paper to you by then."),
        NEXT,
    ]
    assert (THEO, dt.date(2026, 3, 24)) in [(a.owner, a.due) for a in opened_call(turns).action_items]


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("You'll have the recut by COP.", [("by COP", "2026-03-04")]),
        ("You'll have the recut COP Friday.", [("COP Friday", "2026-03-06")]),
        # must not: a police officer in a script is no time
        ("The cop walks into the diner.", []),
    ],
)
def test_close_of_play_said_as_letters(said: str, found: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.due.isoformat() if m.due else None) for m in find_due_dates(said, DAY)] == found
