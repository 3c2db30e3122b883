"""Agreements missed in session 30's read sets, by how they are said: the client sets a standing condition of its
own sign-off (nothing spent, released or sent without the client; not until something is signed) and the agency
takes it as set ("Understood.", "Agreed.", "That's right."). Not a condition put as a question, nor one given as a
refusal, nor one the agency answers with work ("Will do."). Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.settling import SIGNOFF_ROWS
from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(("pattern", "examples", "not_examples"), SIGNOFF_ROWS)
def test_signoff_rows(pattern: str, examples: tuple[str, ...], not_examples: tuple[str, ...]) -> None:
    for text in examples:
        assert re.search(pattern, text, re.I), text
    for text in not_examples:
        assert not re.search(pattern, text, re.I), text


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "That leaves about four thousand unallocated across the two days."),
                (PRITI, "I'd like to hold on to that. Don't touch it without asking me first."),
                (NELL, "Understood. Nothing comes out of it without your sign-off."),
                (THEO, "Next, the signage."),
            ],
            [2],
        ),
        (
            [
                (NELL, "We'll write the statement tonight and the social lines in the morning."),
                (OWEN, "And all of it goes through me before anyone posts anything. All of it."),
                (THEO, "Yes, that's right. Agreed."),
                (NELL, "Moving on to the press list."),
            ],
            [2],
        ),
        (
            [
                (NELL, "The sponsorship news is ready to go whenever you are."),
                (PRITI, "Not until the contract is signed, please."),
                (NELL, "Agreed. We hold it until then."),
                (THEO, "Then the signage."),
            ],
            [2],
        ),
    ],
)
def test_a_signoff_condition_taken_as_set_is_agreed(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        [  # a refusal: nothing is agreed
            (NELL, "Could we see the footfall data for the branches?"),
            (PRITI, "Not until the new sharing agreement is signed, I'm afraid. Legal are slow."),
            (NELL, "Understood."),
            (THEO, "Then the signage."),
        ],
        [  # work taken on, not a condition agreed
            (NELL, "We'll draft the letter to the residents this afternoon."),
            (PRITI, "Run it past me before it goes to them, though."),
            (NELL, "Will do. You'll have it by four."),
            (THEO, "Then the signage."),
        ],
        [  # a question about sign-off settles nothing
            (NELL, "The venue contract comes over tomorrow."),
            (PRITI, "Can our lawyers see it before it's signed? Not until it's signed off by them?"),
            (NELL, "Understood. Of course."),
            (THEO, "Then the signage."),
        ],
        [  # the agency's condition, the client acknowledging
            (NELL, "And nothing goes out without your sign-off, as usual."),
            (PRITI, "Understood."),
            (THEO, "Then the signage."),
        ],
    ],
)
def test_no_agreement_without_a_client_condition_taken_as_set(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


def test_a_signoff_condition_stands_where_the_scorer_sees_no_decision() -> None:
    """The scorer's weights give a conditional "not until" no weight; the condition the client sets is its own
    terms (as a limit it gives), so the rule's agreement stands."""
    turns = [
        (THEO, "Do you want us to say anything about the new hire in our newsletter?"),
        (PRITI, "Not until her contract is signed, please. After that, go for it."),
        (THEO, "Understood. Nothing from us till then."),
        (NELL, "Great. Budget next."),
    ]
    assert agreed_at(turns) == [2], run(turns).agreements
