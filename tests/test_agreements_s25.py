"""Agreements missed in session 25's read sets, by how they are said: the client answering a question that asks what
they would have of two ways ("Do you want X or Y?", "X or Y first?") by naming one ("Regionals first."); a figure
said back where the turn that put it mentioned it before asking ("And four's lovely. Owen, happy with four?" "Four's
fine."); and, kept wrongly, the call's own running order taken up ("I thought we'd start with the results, then do
the budget." "Sounds good."). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("asked", "answer", "agreed"),
    [
        (
            "The recipe cards are printed. Do you want them in the paper bags or handed out at the door?",
            "The paper bags. Less clutter at the door.",
            True,
        ),
        (
            "The case study suits the trade magazines and the regional papers. Do you want the trade titles or the "
            "regionals first?",
            "Regionals first. The trade titles can wait a week.",
            True,
        ),
        ("Did the printer use the matt card or the gloss?", "The gloss, I think.", False),  # what was so
        ("Do you have the matt samples or the gloss ones with you?", "The gloss ones.", False),  # what they have
    ],
)
def test_an_option_named_in_answer_to_what_the_client_wants_is_agreed(asked: str, answer: str, agreed: bool) -> None:
    turns = [(NELL, asked), (PRITI, answer), (THEO, "Sure.")]
    assert (1 in agreed_at(turns)) is agreed, run(turns).agreements


@pytest.mark.parametrize(
    ("turns", "agreed"),
    [
        (
            [
                (
                    NELL,
                    "Hi, yes. Owen's stuck on a train, he'll dial in when he can. But Theo's with us, so I thought "
                    "we'd start with the survey results, then do the budget, and then look at next quarter.",
                ),
                (THEO, "Morning, everyone."),
                (PRITI, "Morning Theo. Sounds good."),
                (THEO, "Right, I'll put the slides up."),
            ],
            False,
        ),
        (
            [
                (
                    NELL,
                    "Thanks for making time. So what we want out of today is three things. The stand position, the "
                    "banner copy, and the giveaway budget, since nothing can be ordered before those are fixed.",
                ),
                (PRITI, "Right. Let's do it."),
                (THEO, "So, the stand. There are two spots left."),
            ],
            False,
        ),
        (
            [
                (NELL, "For the roadshow we'd start with Leeds, then add Bradford in May."),  # a plan, not the call's
                (PRITI, "Sounds good."),
                (NELL, "Great."),
            ],
            True,
        ),
    ],
)
def test_the_calls_running_order_taken_up_is_no_agreement(turns: list[tuple[str, str]], agreed: bool) -> None:
    assert bool(agreed_at(turns)) is agreed, run(turns).agreements


def test_a_figure_said_back_takes_the_sentence_that_asked_it_not_the_first_to_mention_it() -> None:
    turns = [
        (NELL, "Post three is the recipe reel and post four is the tasting video with the head chef."),
        (PRITI, "And four's lovely. Owen, happy with four?"),
        (OWEN, "Four's fine."),
        (NELL, "Great. Post five is the giveaway."),
    ]
    assert 2 in agreed_at(turns), run(turns).agreements
