"""Session 45, agreements (branch agr52).

* The client's acceptance followed by a sentence in the present that says where a thing now moves, goes or stays,
  naming two or more of the things another speaker proposed ("I'd put the prizes on stage at the close." … "Okay.
  The prizes move to the stage at the close.") settles that proposal (GUIDELINES §3): rule ``outcome_restated``
  (``verdicts.outcome_restated``), stated as said. Not the agency saying so, not what "we" or "I" do, not a sentence
  that is negated or that names nothing of what was proposed.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


OUTCOME_RESTATED = [
    [
        (
            OWEN,
            "Last spring the prizes at the dinner dragged on forever. I'd put the prizes on the stage at the close.",
        ),
        (PRITI, "But people like the prizes with a glass in hand."),
        (OWEN, "They can have the glass afterwards."),
        (PRITI, "Okay. You saw it last spring, I didn't. The prizes move to the stage at the close."),
        (THEO, "That frees up the dinner nicely."),
    ],
    [
        (NELL, "We could shift the sampling van from the car park to the high street, the footfall is far better."),
        (OWEN, "The council might want a permit for that."),
        (NELL, "We've done it there before, it's a one-page form."),
        (OWEN, "Fine. The sampling van goes to the high street."),
        (THEO, "Great."),
    ],
]


@pytest.mark.parametrize("turns", OUTCOME_RESTATED)
def test_an_outcome_restating_a_proposal_after_an_acceptance_is_an_agreement(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 3 in [turn for turn, _ in found], found


NOT_SETTLED = [
    # the agency saying where things go decides nothing
    [
        (OWEN, "I'd put the prizes on the stage at the close."),
        (PRITI, "Maybe. Let me think about it."),
        (OWEN, "Sure, no rush."),
        (NELL, "Okay. The prizes move to the stage at the close, on our running order."),
        (THEO, "Right."),
    ],
    # negated: the proposal turned down
    [
        (NELL, "We could shift the sampling van from the car park to the high street, the footfall is far better."),
        (OWEN, "The council might want a permit for that."),
        (NELL, "We've done it there before, it's a one-page form."),
        (OWEN, "Okay. The sampling van doesn't go to the high street, the council will hate it."),
        (THEO, "Understood."),
    ],
]


@pytest.mark.parametrize("turns", NOT_SETTLED)
def test_an_outcome_said_by_the_agency_or_negated_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 3 not in [turn for turn, _ in found], found
