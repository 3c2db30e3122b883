"""Session 27, task wording and due dates (branch words28): each dialogue is written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March
2026); each case must give the item as said, or must not."""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, CALL_DATE, NEXT, call_items, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# -- "First one by three.": a bare hour after "one" is a time of day; "one by one" is not --------------------------
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I'll send you an update every hour. First one by three.", "2026-03-04"),
        ("We'll post the replies as they come in. The first one by four, then hourly.", "2026-03-04"),
    ],
)
def test_the_first_one_by_an_hour_is_due_that_day(text: str, due: str) -> None:
    assert [m.due.isoformat() for m in find_due_dates(text, CALL_DATE) if m.due] == [due]


@pytest.mark.parametrize(
    "text",
    [
        "We'll go through the applications one by one.",
        "Take the complaints one by one, please.",
    ],
)
def test_one_by_one_is_no_time(text: str) -> None:
    assert find_due_dates(text, CALL_DATE) == []


def test_an_hourly_update_starting_by_an_hour_is_dated_that_day() -> None:
    turns = [
        (PRITI, "We need to know what people are saying online about the outage."),
        (NELL, "I'll set up monitoring now and send you an hourly sentiment update. First one by three."),
        NEXT,
    ]
    assert [(o, d) for o, _, d, _ in call_items(turns)] == [(NELL, CALL_DATE.isoformat())]


# -- "the PO": written in full with the abbreviation as said beside it, and the rest of the task kept --------------


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [(PRITI, "Our finance team will raise the PO for the spring flight.")],
            "raise the purchase order (PO) for the spring flight",
        ),
        (
            [(PRITI, "Could you chase the POs for the print run, Nell?"), (NELL, "Yes, I'll chase them today.")],
            "chase the purchase orders (POs) for the print run",
        ),
    ],
)
def test_a_po_reads_in_full_and_as_said(turns: list[tuple[str, str]], task: str) -> None:
    assert task in call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        # said in full: no abbreviation is added
        ([(PRITI, "Our finance team will raise the purchase order on Friday.")], "raise the purchase order"),
        # not a purchase order
        ([(NELL, "I'll send the samples to the PO Box address on Friday.")], "send the samples to the PO Box address"),
    ],
)
def test_a_po_said_otherwise_stays(turns: list[tuple[str, str]], task: str) -> None:
    assert task in call_tasks(turns)
