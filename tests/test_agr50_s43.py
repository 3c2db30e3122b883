"""Session 43, agreements (branch agr50).

* A terse order that takes in the whole of what was put ("Yes, pause everything."; "Yeah, hold everything for
  tomorrow." answering "Should we pause the posts for now?") is a decision like "Fine, pause it.": ``everything``
  joins the objects of the ``terse_decide`` rows of ``models/agreements.jsonl``. Not said unasked after the agency's
  own promise ("I'll send the deck over tonight." "Yeah, keep everything in one file please."), which is how the
  work is to be done.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


def agreed(turns: list[tuple[str, str]]) -> list[int]:
    """The turns of the agreements of a call opened and closed on other matters, counted from the first given."""
    return [a.turn - len(OPENING) for a in run([*turns, NEXT]).agreements if a.turn is not None]


ORDERED_WHOLE = [
    [
        (NELL, "And I'd pause whatever's scheduled. There's a competition post going out on Monday."),
        (PRITI, "Oh no, the competition. Yes, pause everything."),
        (NELL, "I'm pausing the schedule now."),
    ],
    [
        (THEO, "Should we pause the posts for now?"),
        (OWEN, "Yeah, hold everything for tomorrow."),
        (THEO, "Okay."),
    ],
    [
        (NELL, "The comments under the launch posts are getting nasty."),
        (PRITI, "Pause everything. Nothing goes out until legal have looked at it."),
        (NELL, "Understood."),
    ],
]


@pytest.mark.parametrize("turns", ORDERED_WHOLE)
def test_a_terse_order_over_everything_put_is_an_agreement(turns: list[tuple[str, str]]) -> None:
    assert 1 in agreed(turns)


WORK_SAID = [
    [
        (NELL, "I'll send the deck over tonight."),
        (PRITI, "Yeah, keep everything in one file please."),
        (NELL, "Will do."),
    ],
    [
        (THEO, "Is there anything you need from us before the board?"),
        (OWEN, "No, I think that's everything."),
        (THEO, "Great."),
    ],
]


@pytest.mark.parametrize("turns", WORK_SAID)
def test_everything_in_how_work_is_done_or_a_closing_settles_nothing(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []
