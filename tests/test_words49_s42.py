"""Session 42, task wording from the item's own sentence (branch words49).

A deadline said as "the back end of the week", "the tail end of next month" or with "at" ("at the end of next week")
is a date like "by the end of the week": it is dropped from the task and dates the item, not left hanging in the
wording ("send the cost breakdown at the back end"). A place or occasion said with "at" stays ("raise it at the
board meeting"). A reason said with "given how" ("chase the printer, given how slow they were") is cut from the task
like one said with "given that" or "given the"; a "how" that is the work stays ("find out how long it takes").
A figure said with "at" is not a time ("send the revised plan at eighteen"). The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
ASKED = (PRITI, "Who can pick up the next steps on the stockist pack?")


def items(said: str) -> list[tuple[str, str | None]]:
    """(task, ISO due) of each item of a call where Theo answers the question ``ASKED`` with ``said``."""
    return [(task, due) for _, task, due, _ in call_items([ASKED, (THEO, said)])]


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("I'll get the costs over to you at the back end of next week.", ("send the costs", "2026-03-13")),
        ("I'll send the revised schedule at the tail end of this week.", ("send the revised schedule", "2026-03-06")),
        ("I'll send the invoice over at the end of next week.", ("send the invoice", "2026-03-13")),
        ("I'll send the stock counts by the back end of the week.", ("send the stock counts", "2026-03-06")),
        ("I'll circulate the price grid by the back end of the month.", ("circulate the price grid", "2026-03-31")),
    ],
)  # fmt: skip
def test_end_of_a_span_is_a_deadline(said: str, wanted: tuple[str, str]) -> None:
    assert wanted in items(said), items(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll raise the pricing at the board meeting on Friday.", "raise the pricing at the board meeting"),
        ("I'll present the new range at the sales event on Thursday.", "present the new range at the sales event"),
        ("I'll hand out the samples at the front desk tomorrow.", "hand out the samples at the front desk"),
        ("I'll get the revised plan over to you at twenty by Friday.", "send the revised plan at twenty"),
    ],
)  # fmt: skip
def test_a_place_or_occasion_said_with_at_stays(said: str, task: str) -> None:
    assert task in [t for t, _ in items(said)], items(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll chase the printer, given how slow they were last time.", "chase the printer"),
        ("I'll raise the ticket with IT today, then, given how long these things take.", "raise the ticket with IT"),
    ],
)
def test_a_reason_given_how_is_cut(said: str, task: str) -> None:
    assert task in [t for t, _ in items(said)], items(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll find out how long the print run takes.", "find out how long the print run takes"),
        ("I'll explain how the budget was spent.", "explain how the budget was spent"),
    ],
)
def test_how_that_is_the_work_stays(said: str, task: str) -> None:
    assert task in [t for t, _ in items(said)], items(said)
