"""Action items found or not, from session 29's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"we'll hold our fee at last year's rate", "we'll cap the hours at sixty-two": terms of a deal, not work to do."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    "terms",
    [
        "It isn't. So here's my counter: the fifty comes out of social, and on our side we'll hold our fee at last "
        "year's rate, which covers the extra ten.",
        "Then let me come back at sixteen flat, and we'll cap the hours at sixty-two. Anything over, we talk first.",
    ],
)
def test_holding_a_fee_or_capping_hours_in_a_negotiation_is_terms_not_an_item(terms: str) -> None:
    """A fee held or hours capped at a figure is a term of the deal (an agreement once taken), not work to do."""
    turns = [NEXT, (PRITI, "Ninety-ten isn't ninety."), (THEO, terms), NEXT]
    assert call_items(turns) == [], run(turns).action_items


def test_keeping_a_tracker_up_to_date_is_still_an_item() -> None:
    turns = [NEXT, (THEO, "I'll keep the budget tracker up to date and send it round on Fridays."), NEXT]
    assert [(o, at) for o, _, _, at in call_items(turns)] == [(THEO, 1)], run(turns).action_items
