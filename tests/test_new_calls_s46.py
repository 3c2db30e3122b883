"""Defects found in session 46 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_thing_needed_since_is_what_it_answers() -> None:
    """ "I'll sort that this afternoon." / "And we'll need the revised quote in writing for finance." / "I'll get it
    over to you by Thursday.": the "it" is the quote just asked for, a second item; the rebooking keeps its own
    afternoon."""
    items = opened_items(
        [
            (NELL, "Theo, can you go back to the caterer and rebook the cart for day one only?"),
            (THEO, "Yep, I'll sort that this afternoon."),
            (PRITI, "And we'll need the revised quote in writing for finance."),
            (THEO, "I'll get it over to you by Thursday."),
        ]
    )
    assert items[0][0] == THEO and items[0][2] == "2026-03-04"
    assert items[1:] == [(THEO, "send the revised quote", "2026-03-05")]


def test_a_date_agreed_for_promised_work_is_no_agreement() -> None:
    """ "By when?" / "End of the week? Friday lunchtime." / "That works.": accepting the deadline of the options
    promised belongs to that item (GUIDELINES §3), it is not a decision."""
    turns = [
        (PRITI, "The headline on the back wall is too long. Can we try something shorter?"),
        (NELL, "Sure. We'll give you three shorter options."),
        (PRITI, "By when?"),
        (NELL, "End of the week? Friday lunchtime."),
        (PRITI, "That works."),
    ]
    assert opened_agreements(turns) == []
    assert opened_items(turns) == [("agency", "give three shorter options", "2026-03-06")]


def test_the_day_a_thing_is_rebooked_for_is_kept() -> None:
    """ "rebook the cart for day one only": the day the cart is booked for is what is rebooked, as with "book the
    room for the 14th", not when the work is done."""
    items = opened_items([(NELL, "Theo, can you rebook the barista cart for day one only?"), (THEO, "Yep, will do.")])
    assert items == [(THEO, "rebook the barista cart for day one only", None)]
