"""Due dates (session 36, branch due41). "by the end of the month after next" is the last day of the month two on
from the meeting's, not this month's end; "the end of the month after next week" stays this month's end and next
week. A date the owner proposes in answer to a request ("Sure thing. End of week okay?") that the asker accepts
("Perfect.") dates the item.
Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import NEXT, opened_call

DAY = dt.date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll have the renewal costed by the end of the month after next.", [dt.date(2026, 5, 31)]),
        ("Can we aim for the very end of the month after next?", [dt.date(2026, 5, 31)]),
        ("End of the month after next, I reckon.", [dt.date(2026, 5, 31)]),
        # must not: "after next week" is a second date, not the month after next
        ("The end of the month after next week's launch.", [dt.date(2026, 3, 31)]),
        ("I'll get it to you by the end of the month.", [dt.date(2026, 3, 31)]),
        ("Sometime next month.", [dt.date(2026, 4, 30)]),
    ],
)
def test_the_month_after_next(text: str, expected: list[dt.date]) -> None:
    found = [m.due for m in find_due_dates(text, DAY) if m.due is not None]
    assert found[:1] == expected


def test_a_request_dated_the_month_after_next_gets_that_date() -> None:
    turns = [
        ("Priti Anand", "Theo, can you have the loyalty audit done by the end of the month after next?"),
        ("Theo Marsh", "Yes, no problem."),
        NEXT,
    ]
    rows = [(a.owner, a.due) for a in opened_call(turns).action_items]
    assert rows == [("Theo Marsh", dt.date(2026, 5, 31))]


def test_the_owner_proposes_a_day_the_asker_accepts() -> None:
    turns = [
        ("Nell Garside", "Theo, could you dig out last year's footfall figures for me?"),
        ("Theo Marsh", "Sure thing. End of the week alright?"),
        ("Nell Garside", "Perfect."),
        NEXT,
    ]
    rows = [(a.owner, a.due) for a in opened_call(turns).action_items]
    assert rows == [("Theo Marsh", dt.date(2026, 3, 6))]
