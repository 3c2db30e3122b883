"""Agreements in session 40 that the read sets and a new user's calls lost:

* the client naming again, in a short sentence with no verb, what the agency has just put as its recommendation or
  options, with the client's own yes in the turn ("Oh, yes. Real customers.", "No, Nell's right. Licensed library
  only."): agreed, though the agency's next turn does not say "Great." (the agency often goes straight on to the
  work, or a colleague of the client speaks next); not a turn that leaves it open ("…, right?", "I'm not sure"), nor
  what the agency only reported as done ("We've booked a bigger stand." "Yes. A bigger stand in the main hall.");
* one of the options put earlier, named by the client in answer to the agency asking for the choice ("So, where did
  you land?" "Neighbourhood roaster, no question."): the emphasis after the option does not hide it, and the options
  may have been put a few turns before the question, with what each costs compared;
* a "so no" that turns down the proposal another speaker has just put as a question ("We could print them in two
  batches?" "…, so no, that doesn't work for us.") takes back no decision taken earlier on the same thing, and is no
  decision itself.

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[int]:
    return [a.turn - len(OPENING) for a in run([*turns, NEXT]).agreements if a.turn is not None]


RESTATED_WITH_A_YES = [
    [
        (THEO, "Our recommendation is real customers rather than actors for the film."),
        (PRITI, "Oh, yes. Real customers. Actors always look fake."),
    ],
    [
        (NELL, "So we'd suggest we stick to the licensed image library for the posts. No stock from random sites."),
        (OWEN, "Those sites have better pictures, though."),
        (NELL, "They do, but the rights are a real risk."),
        (PRITI, "No, Nell's right. Licensed library only. I don't want a takedown notice."),
    ],
    [
        (NELL, "For the tasting, we recommend the upstairs bar rather than the terrace, because of the weather."),
        (OWEN, "Okay. Upstairs bar. Nobody wants to stand in the rain."),
    ],
    [
        (THEO, "The options for the mailer are recycled card or the gloss stock we used last year."),
        (PRITI, "Recycled card, yes. The board will love it."),
    ],
]


@pytest.mark.parametrize("turns", RESTATED_WITH_A_YES)
def test_a_recommendation_named_again_with_the_clients_yes_is_agreed(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == [len(turns) - 1]


RESTATED_NOT_SETTLED = [
    [  # what the agency reported as done, said back
        (NELL, "We've booked a bigger stand in the main hall, with a demo table."),
        (PRITI, "Yes. A bigger stand in the main hall."),
    ],
    [  # left open by a hedge
        (THEO, "Our recommendation is real customers rather than actors for the film."),
        (PRITI, "Hmm. Real customers. I'm not sure, honestly."),
    ],
    [  # checked by a question after it
        (NELL, "So the options are the market hall or the old cinema."),
        (OWEN, "Okay. Market hall. That's the one with the parking problem, right?"),
    ],
    [  # no yes in it, and the agency does not take it as said
        (THEO, "Our recommendation is real customers rather than actors for the film."),
        (PRITI, "Real customers. What would that do to the budget?"),
    ],
]


@pytest.mark.parametrize("turns", RESTATED_NOT_SETTLED)
def test_a_restatement_left_open_or_of_a_report_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


CHOICE_ASKED = [
    [
        (NELL, "For the stall coffee there are two options: the big chain, which is cheaper, or the neighbourhood "
               "roaster, which costs a bit more."),
        (PRITI, "Let me think about it."),
        (THEO, "The roaster would also deliver on the day."),
        (NELL, "So, Priti, where did you land?"),
        (PRITI, "Neighbourhood roaster, no question."),
    ],
    [
        (THEO, "We can shoot it in the studio, or on location at the farm, which is nicer but more expensive."),
        (OWEN, "What does the weather look like that week?"),
        (THEO, "Mixed, honestly."),
        (NELL, "What's the verdict, then?"),
        (OWEN, "Location, hands down."),
    ],
]  # fmt: skip


@pytest.mark.parametrize("turns", CHOICE_ASKED)
def test_an_option_named_when_the_choice_is_asked_is_agreed(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == [len(turns) - 1]


CHOICE_NOT_TAKEN = [
    [  # a question asked back
        (NELL, "There are two options: the big chain or the neighbourhood roaster."),
        (THEO, "The roaster would also deliver on the day."),
        (NELL, "So, Priti, where did you land?"),
        (PRITI, "Neighbourhood roaster? Is that the one on the high street?"),
    ],
    [  # a thing the options never named
        (NELL, "There are two options: the big chain or the neighbourhood roaster."),
        (THEO, "The roaster would also deliver on the day."),
        (NELL, "So, Priti, where did you land?"),
        (PRITI, "Budget, no question. That's what worries me."),
    ],
]


@pytest.mark.parametrize("turns", CHOICE_NOT_TAKEN)
def test_no_option_named_when_the_choice_is_asked_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


AGREED_THEN_ASKED_AGAIN = [
    (THEO, "For the poster run, we'd print two thousand on the gloss stock."),
    (PRITI, "So we're agreed on the gloss, two thousand copies?"),
    (OWEN, "Agreed."),
    (NELL, "And the launch date is the fourth."),
    (PRITI, "The printer needs the files by the first, though."),
    (THEO, "We could print the posters in two batches? Half now and half after the launch?"),
]


def test_a_so_no_to_a_proposal_asked_takes_back_no_decision() -> None:
    turns = [*AGREED_THEN_ASKED_AGAIN, (OWEN, "The gloss stock is a single order, so no, that doesn't work for us.")]
    assert agreed(turns) == [2]


def test_a_reversal_of_the_decision_itself_still_replaces_it() -> None:
    turns = [*AGREED_THEN_ASKED_AGAIN[:4], (PRITI, "Actually, no, the gloss stock is too shiny. Let's go matt.")]
    assert agreed(turns) == [4]
