"""Agreements missed (and one spurious) in session 26's read sets, by how they are said: terms closed with "that's the
split / offer", "Yes. That." taking up what was just stated, "Oh God, it is." granting a fact. Dialogues written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# "… that's the split / offer / number." closing the terms just said: the terms are agreed, stated with them
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "So of the thirty left over, twenty could go to the spring push and ten to search?"),
                (PRITI, "Twenty and ten. Yes, that's the split."),
            ],
            1,
        ),
        (
            [
                (THEO, "What if every ticket holder gets their money back plus a voucher for next year?"),
                (OWEN, "Money back plus the voucher. That's the offer."),
            ],
            1,
        ),
    ],
)
def test_terms_closed_as_the_split_or_offer_are_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [(OWEN, "Forty is the budget. That's the number finance gave me, and it may still move.")],  # said of it
        [(NELL, "Right, that's the plan for today. Theo will walk you through the routes.")],  # the call's plan
    ],
)
def test_a_number_reported_or_the_calls_plan_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


# "Yes. That." taking up what the other side has just stated we do: agreed there
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (OWEN, "Can we keep the newsletter, but stop writing new pieces for it?"),
                (NELL, "Sure. The newsletter stays, but it only carries what we've already made for the blog."),
                (OWEN, "Yes. That."),
            ],
            2,
        ),
        (
            [
                (THEO, "Fair. Locals for the walk-ons, and one trained actor for the speaking part."),
                (PRITI, "Yeah. That."),
            ],
            1,
        ),
    ],
)
def test_yes_that_taking_up_what_was_just_stated_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [(NELL, "Owen, can you send us the logo files by Friday?"), (OWEN, "Yes. That I can do.")],  # work taken on
        [(THEO, "Which deck did you share with the board?"), (PRITI, "Yes, that one.")],  # a fact answered
    ],
)
def test_yes_that_to_a_request_or_a_question_of_fact_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


# "Oh God, it is.": a fact granted after an exclamation, no option chosen; "Harlow it is." still chooses
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        ([(NELL, "The press day clashes with the trade fair."), (PRITI, "Oh God, it is.")], []),
        ([(THEO, "Right, I'll send the call sheet next week."), (OWEN, "Next week is Christmas, Theo.")], []),
        ([(THEO, "Harlow or Leeds for the launch?"), (PRITI, "Harlow. Harlow it is.")], [1]),
    ],
)
def test_it_is_after_an_exclamation_chooses_nothing(turns: list[tuple[str, str]], at: list[int]) -> None:
    if not at and turns[-1][0] == OWEN:
        turns = [*turns, (THEO, "Oh God, it is. Okay, the twenty-third, then.")]
    assert agreed_at(turns) == at, run(turns).agreements
