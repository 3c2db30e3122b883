"""Action items found or not, from session 29's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"Owen, can you come too?" said by one taking a session asks Owen to join it, not to do it instead; "Yep, I'll be
there." makes it one item of the three, at his turn (GUIDELINES §2.2: a joint item stands where its last owner takes
it). "Tomorrow at nine?" "Nine's fine.": the time said back takes the session.

"we'll hold our fee at last year's rate", "we'll cap the hours at sixty-two": terms of a deal, not work to do."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("proposal", "taken"),
    [
        (
            "Priti, I'd like to do an hour of prep with you before the interview. Tomorrow at nine?",
            "Yes, nine's fine. Owen, can you come too?",
        ),
        (
            "Priti, you and I should do a prep session before the interview. Tomorrow at nine?",
            "Yes, tomorrow's fine. Owen, can you join us?",
        ),
    ],
)
def test_a_third_person_asked_to_join_a_session_taken_is_an_owner_where_they_take_it(proposal: str, taken: str) -> None:
    """ "Owen, can you come too?" asks Owen to join the session just taken, not to do it instead: once he takes it
    ("Yep, I'll be there."), the session is one item of the three, at his turn."""
    turns = [NEXT, (THEO, proposal), (PRITI, taken), (OWEN, "Yep, I'll be there."), NEXT]
    items = call_items(turns)
    assert [(sorted(o or []), at) for o, _, _, at in items] == [(sorted([THEO, PRITI, OWEN]), 3)], run(
        turns
    ).action_items


def test_a_third_person_asked_to_do_the_work_instead_still_takes_it_alone() -> None:
    turns = [
        NEXT,
        (THEO, "Priti, can you send the final guest list over?"),
        (PRITI, "Of course. Owen, can you send it across this afternoon?"),
        (OWEN, "Yep, will do."),
        NEXT,
    ]
    assert [(o, at) for o, _, _, at in call_items(turns)] == [(OWEN, 3)], run(turns).action_items


@pytest.mark.parametrize("said_back", ["Nine's fine.", "Nine works. Nine to ten."])
def test_the_time_said_back_as_fine_takes_the_session(said_back: str) -> None:
    """ "Tomorrow at nine?" "Nine's fine.": the session is taken with its time, one item of both."""
    proposal = "Priti, I'd like to do an hour of prep with you before the interview. Tomorrow at nine?"
    turns = [NEXT, (THEO, proposal), (PRITI, said_back), NEXT]
    items = call_items(turns)
    assert [(sorted(o or []), d, at) for o, _, d, at in items] == [(sorted([THEO, PRITI]), "2026-03-05", 2)], run(
        turns
    ).action_items
    assert items[0][1] == "hold a prep session before the interview", items  # "do an hour of prep", as a session


def test_a_time_said_back_with_a_refusal_takes_no_session() -> None:
    proposal = "Priti, I'd like to do an hour of prep with you before the interview. Tomorrow at nine?"
    turns = [NEXT, (THEO, proposal), (PRITI, "Nine's fine for Owen, but I can't make it, sorry."), NEXT]
    assert call_items(turns) == [], run(turns).action_items


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
