"""Action items from session 37's reading (branch spur42). Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"Would you rather have …?", "would you prefer …?" asks what the listener would like: a choice, and no work put to
them, so the "yes" it gets takes nothing on (``requests.preference``). The work, if any, is whoever then says they
will do it; an offer said beside the question ("I can post one over") is still taken up by the yes.
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Would you rather have a live dashboard plus the monthly deck?", "Oh yes. Dashboard plus monthly is perfect."),
        ("Would you prefer the report monthly or quarterly?", "Monthly, please."),
        ("Would you rather we held the launch in March?", "Yes, March is better."),
        ("Would you prefer a call or an email with the numbers?", "A call, I think."),
    ],
)
def test_a_preference_asked_is_no_request(asked: str, answer: str) -> None:
    found = run([(NELL, asked), (PRITI, answer), NEXT]).action_items
    assert found == [], found


def test_the_work_after_a_preference_is_whoever_takes_it() -> None:
    found = run(
        [
            (NELL, "Would you rather have a live dashboard plus the monthly deck?"),
            (PRITI, "Oh yes. Dashboard plus monthly is perfect."),
            (THEO, "I'll get the dashboard set up by Friday."),
            NEXT,
        ]
    ).action_items
    assert [(a.owner, a.task.split()[0], a.due.isoformat() if a.due else None, a.turn) for a in found] == [
        (THEO, "set", "2026-03-06", 4)
    ], found


@pytest.mark.parametrize(
    ("asked", "answer", "verb"),
    [
        ("Could you send us the store list by Friday?", "Sure, will do.", "send"),
        ("Would you be able to send the logos over?", "Yes, I'll do that today.", "send"),
        ("Would you mind sending the signed estimate back?", "Not at all, I'll do it today.", "send"),
    ],
)
def test_a_request_is_still_taken_by_the_yes(asked: str, answer: str, verb: str) -> None:
    found = run([(NELL, asked), (PRITI, answer), NEXT]).action_items
    assert [(a.owner, a.task.split()[0], a.turn) for a in found] == [(PRITI, verb, 3)], found


def test_an_offer_beside_a_preference_is_taken_up() -> None:
    found = run(
        [(NELL, "Would you prefer a printed copy? I can post one over."), (PRITI, "Yes please."), NEXT]
    ).action_items
    assert [(a.owner, a.task.split()[0], a.turn) for a in found] == [(NELL, "post", 2)], found
