"""Agreements missed in session 27's read sets, by how they are said: "Let's lock the three." / "let's lock in the
afternoon of the second" settling what was put. Dialogues written for these tests (tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# "Let's lock the three." / "let's lock in the afternoon of the second": what was put is settled there
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (THEO, "So the shortlist is the harbour, the old mill and the lido. All three work for the light."),
                (PRITI, "I'm happy with all of them. Let's lock the three."),
            ],
            1,
        ),
        (
            [
                (NELL, "For the run-through we'd want the day before, ideally the afternoon of the second."),
                (OWEN, "Yes, let's lock in the afternoon of the second for the run-through."),
            ],
            1,
        ),
        (
            [
                (THEO, "We've got two quotes for the print run, both inside the budget."),
                (PRITI, "Fine. Let's lock both, and keep the cheaper one as the default."),
            ],
            1,
        ),
    ],
)
def test_lets_lock_what_was_put_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        # work asked for so that something can be locked later: nothing is settled yet
        [(NELL, "Owen, could you get the MD's view on the two tracks so we can lock it?"), (OWEN, "Sure, will do.")],
        # the agency locking a booking with a supplier: its own work, not a decision with the client
        [(THEO, "I'll go back to the venue and lock it in first thing Monday.")],
    ],
)
def test_locking_asked_for_or_taken_on_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


# "So are we happy it goes out in her name?" "Yes.": the other side's yes settles what the question put
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "Good. So are we happy the apology goes out in the chair's name, first person?"),
                (PRITI, "Yes. In her name. She wants to front it anyway."),
            ],
            1,
        ),
        (
            [
                (THEO, "Are we okay to show the new packaging in the launch film, before it's in stores?"),
                (OWEN, "Yeah, fine. It'll be on shelf by then."),
            ],
            1,
        ),
    ],
)
def test_yes_to_are_we_happy_is_an_agreement(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    "turns",
    [
        # the call itself: moving on settles nothing
        [(NELL, "Are we okay to move on to the budget now?"), (OWEN, "Yes, go on.")],
        # a yes that is no answer to it: another question follows
        [(THEO, "Are we happy with the cast?"), (PRITI, "Hmm. Can I see the second girl's reel again?")],
    ],
)
def test_are_we_happy_not_answered_yes_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


# the day of a session two people took up is that item's due date, not the meeting's next meeting
@pytest.mark.parametrize(
    "turns",
    [
        [
            (OWEN, "Theo, the March invoices don't match our bookings. Only a few hundred. Could we go through them?"),
            (THEO, "Of course. Do you want to do a call, just the two of us, go line by line?"),
            (OWEN, "Please. Thursday?"),
            (THEO, "Thursday's good. Morning?"),
        ],
        [
            (PRITI, "For the sites we're keeping, I'd like to see the actual spots. Can we do a walkthrough?"),
            (NELL, "Yeah, I can pull the street views and the supplier photos. Want to do it together, on a call?"),
            (PRITI, "Yes, let's. Next Wednesday?"),
            (NELL, "Next Wednesday works. I'll bring the photos."),
        ],
    ],
)
def test_the_day_of_a_session_of_two_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


def test_the_next_meeting_of_the_call_is_still_agreed() -> None:
    turns = [
        (PRITI, "Great. Same time next week? Oh, no, next Wednesday's the board. Thursday?"),
        (NELL, "Thursday's fine."),
    ]
    assert 1 in agreed_at(turns), run(turns).agreements
