"""Agreements in session 39 that a new user's calls lost:

* two courses put by one side as what we can do, joined by "or" ("We can either keep the paid scheduler, …, or move
  to the free one, …"), and one of them taken by the other side with "let's" ("Then let's move.", "Let's keep the
  paid scheduler."): agreed, stated as the course was put ("We move to the free one."); not a "let's" that takes
  neither ("Let's switch to the budget."), nor "let's not …", nor a colleague on the same side choosing;
* a flat outcome said after the courses the same turn takes ("Let's do the seasonal stems and lose the goodie bags.
  Choir stays."): the whole decision is stated, not only its last sentence;
* a "we can" that changes what the work says or holds ("We can take that out and just say 'well reviewed'.", "We
  can swap it for the navy"), accepted by the other side in the reply to it ("That's fine."), is a proposal taken:
  agreed, stated as put; not "We can do that." taking on a request, nor "we can" offering more work ("We can send the
  cut-downs tomorrow."). (A "we can" two turns back is not taken as the proposal a reply settles: the position
  another speaker took in between is what the reply takes up.)

Not done: "We need a holding statement out today." / "Agreed." The read sets annotate a need the client states, agreed
by the agency and then asked for as work ("Agreed. Could you draft it?"), as no agreement, and the agreement scorer
gives such replies little weight.

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn - len(OPENING), a.text) for a in run(turns).agreements if a.turn is not None]


CHOSEN = [
    (
        [
            (NELL, "We can either keep the paid scheduler, which is about ninety a month, or move to the free one, "
                   "which does a bit less."),
            (PRITI, "Which would you go for?"),
            (THEO, "Honestly, the free one does what we need."),
            (PRITI, "Then let's move. I'd rather keep the budget for ads."),
        ],
        (3, "We move to the free one."),
    ),
    (
        [
            (NELL, "We can keep the printed programme, or we can go digital only and save the print run."),
            (PRITI, "Let's keep the printed programme."),
        ],
        (1, "We keep the printed programme."),
    ),
    (
        [
            (THEO, "We could reprint the old leaflets or redesign them with the new logo."),
            (OWEN, "Okay, let's redesign them."),
        ],
        (1, "We redesign them with the new logo."),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "expected"), CHOSEN)
def test_a_course_taken_from_two_put_is_agreed(turns: list[tuple[str, str]], expected: tuple[int, str]) -> None:
    assert agreed([*turns, NEXT]) == [expected]


def test_the_courses_taken_before_an_outcome_are_stated_with_it() -> None:
    turns = [
        (THEO, "We could drop the choir and book a string duo, which saves about three thousand."),
        (PRITI, "Hmm, the MD loves the choir. Could we drop the goodie bags instead?"),
        (THEO, "The bags are only a thousand, so that's not enough on its own."),
        (OWEN, "What about the flowers? Could we go with seasonal stems?"),
        (THEO, "Yes, seasonal stems would save around two thousand."),
        (PRITI, "Let's do the seasonal stems and lose the goodie bags. Choir stays."),
    ]
    assert agreed([*turns, NEXT]) == [(5, "We do the seasonal stems and lose the goodie bags. Choir stays.")]


CHANGE_TAKEN = [
    (
        [
            (PRITI, "I don't like 'best in class'. It sounds like a claim we can't prove."),
            (NELL, "Fair enough. We can take that out and just say 'well reviewed'."),
            (OWEN, "That's fine."),
        ],
        (2, "We take that out and just say 'well reviewed'."),
    ),
    (
        [
            (OWEN, "The red in the footer is far too loud."),
            (THEO, "We can swap it for the navy from the logo."),
            (PRITI, "Yes, that's fine."),
        ],
        (2, "We swap it for the navy from the logo."),
    ),
    (
        [
            (PRITI, "The second paragraph repeats the first."),
            (THEO, "That's a fair point. We can cut the second paragraph."),
            (OWEN, "Yes, that's fine."),
        ],
        (2, "We cut the second paragraph."),
    ),
]


@pytest.mark.parametrize(("turns", "expected"), CHANGE_TAKEN)
def test_a_change_we_can_make_taken_by_the_other_side_is_agreed(
    turns: list[tuple[str, str]], expected: tuple[int, str]
) -> None:
    assert agreed([*turns, NEXT]) == [expected]


NOTHING_AGREED = [
    [(PRITI, "We've only got ten minutes left."), (NELL, "Let's keep it brief.")],
    [(THEO, "That's the timeline done."), (PRITI, "Let's switch to the budget.")],
    [
        (NELL, "We can either keep the paid scheduler or move to the free one."),
        (PRITI, "Let's switch to the budget first, actually."),
    ],
    [
        (NELL, "We can either keep the paid scheduler or switch to the free one."),
        (PRITI, "Hmm. Let's switch to the budget now and come back to it."),
    ],
    [(NELL, "We could keep the old logo or change it completely."), (PRITI, "Let's keep it simple for now.")],
    [
        (NELL, "We can either keep the paid scheduler or move to the free one."),
        (PRITI, "Let's not move anything until the renewal."),
    ],
    [(NELL, "We can either keep the paid scheduler or move to the free one."), (THEO, "Let's move.")],
    [(PRITI, "Could you send us the floor plan for the stand?"), (NELL, "We can do that.")],
    [(NELL, "We can send the cut-downs over tomorrow."), (PRITI, "That's fine.")],
    [(PRITI, "The venue holds four hundred people."), (NELL, "Understood.")],
    [(PRITI, "We need to wrap up."), (NELL, "Agreed.")],
]


@pytest.mark.parametrize("turns", NOTHING_AGREED)
def test_no_course_taken_nor_change_accepted_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed([*turns, NEXT]) == []
