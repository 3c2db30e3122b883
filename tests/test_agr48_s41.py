"""Agreements in session 41 that the read sets and a new user's calls lost or stated only in part:

* a decision announced as such, "Decision: …" ("Okay, decision: we go live on the sixteenth, everything together."):
  a ratifying cue (``decision_is``), stated without its label ("We go live on the sixteenth, everything together.");
  not the word put as a question ("Decision: do we need …?") nor a decision still to take ("Big decision.");
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

from tests.support import CALL
from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[int]:
    return [k for k, _ in agreements(turns)]


DECISION_SAID = [
    (
        [
            (THEO, "We can launch the digital on the ninth and the rest a week later, or hold everything and launch "
                   "together on the sixteenth."),
            (OWEN, "The printers would be happier with the sixteenth, to be honest."),
            (PRITI, "I'd rather wait a week than launch in pieces. Okay, decision: we go live on the sixteenth, "
                    "everything together."),
        ],
        "We go live on the sixteenth, everything together.",
    ),
    (
        [
            (THEO, "So the two routes for the van livery are the bold stripe or the plain white with the logo."),
            (PRITI, "Decision: the plain white. The stripe looks like a rental."),
        ],
        "The plain white.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "text"), DECISION_SAID)
def test_a_decision_announced_as_such_is_stated_without_its_label(turns: list[tuple[str, str]], text: str) -> None:
    assert agreements(turns) == [(len(turns) - 1, text)]


DECISION_NOT_TAKEN = [
    [
        (NELL, "The question for today is whether we go live on the ninth or the sixteenth."),
        (PRITI, "Decision: do we need the printers' sign-off first?"),
    ],
    [
        (THEO, "The stall can go by the main doors or at the back by the café."),
        (PRITI, "Big decision. What does the footfall look like at the back?"),
    ],
]


@pytest.mark.parametrize("turns", DECISION_NOT_TAKEN)
def test_the_word_decision_asked_or_still_open_decides_nothing(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


TWO_ORDERS = [
    (
        [
            (NELL, "We've mocked up the new pack with the bird logo and a script font for the name."),
            (PRITI, "Keep the bird. Lose the script font though."),
            (OWEN, "Agreed."),
        ],
        "We keep the bird. We lose the script font.",
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
