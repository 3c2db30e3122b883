"""Agreements in session 41 that the read sets and a new user's calls lost or stated only in part:

* two terse orders in a row that settle two things ("Keep the bird. Lose the script font though.") are both stated,
  not only the first; an order for something else after it (work asked of the agency) is not.

Tried and not kept: a client's order that settles what the turn before put, naming something it put ("I'd answer
once and pin it." "Yes. I like that. Reply once, pin it, and we don't delete any comments."; "What about members?"
"Freeze everyone's membership for the month."), read weakly (kept only where the agreement scorer gives the turn
0.1 or more), with no order to find out ("Check with Owen first."), to someone ("Send me …"), about the talk, dated,
agreeing ("Agree with Lucas.") or taking back ("Forget it."): READ 217 -> 216 (T3 unchanged), but A 583 -> 585
(spurious agreements 49 -> 51), B 282 -> 282 (one found, one spurious) and natural 0.06 -> 0.07 ("Yes, put the
numbers in." answering "do we want the numbers in?", which the gold leaves to the statement's wording).

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreements(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(turn, text) of each agreement of a call opened and closed on other matters, turns counted from the first
    given."""
    found = run([*turns, NEXT]).agreements
    return [(a.turn - len(OPENING), a.text) for a in found if a.turn is not None]


TWO_ORDERS = [
    (
        [
            (NELL, "We've mocked up the new pack with the bird logo and a script font for the name."),
            (PRITI, "Keep the bird. Lose the script font though."),
            (OWEN, "Agreed."),
        ],
        "We keep the bird. We lose the script font though.",
    ),
    (
        [
            (THEO, "For the launch we'd suggest a pop-up in the station concourse, with sampling on the platforms."),
            (PRITI, "Keep the pop-up. Drop the sampling."),
        ],
        "We keep the pop-up. We drop the sampling.",
    ),
]


@pytest.mark.parametrize(("turns", "text"), TWO_ORDERS)
def test_two_terse_orders_in_a_row_are_both_stated(turns: list[tuple[str, str]], text: str) -> None:
    assert agreements(turns) == [(1, text)]


def test_an_order_for_other_work_after_a_terse_decision_is_not_stated_with_it() -> None:
    turns = [
        (NELL, "We've mocked up the new pack with the bird logo and a script font for the name."),
        (PRITI, "Keep the bird. Send the next round to Owen as well."),
    ]
    assert agreements(turns) == [(1, "We keep the bird.")]
