"""Defects found drafting a housing association's conference-planning call (an Otter transcript with a sidecar) as a
new user would (session 40): "I'll get comms to send it today." read "get comms" (the parser takes "comms" for a
complement); its "it", after "It's drafted, I just need the logo from you.", was a thing named turns before, and
"the logo from you" kept "from you"; "I'll get both prices from them by Friday." left "them" (and once read "from
May"); "Yes, do that. But don't tell the minister's office, obviously." agreed the caveat, not the proposal;
"That's fine, put it in the budget." was stated as said."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get comms to send it today.", "get comms to send the logo"),
        ("I'll get our comms team to send it over today.", "get the comms team to send the logo"),
        ("I'll get Sarah to send it today.", "get Sarah to send the logo"),
    ],
)
def test_the_work_someone_is_got_to_do_and_the_thing_just_asked_for(said: str, task: str) -> None:
    found = opened_items([(NELL, "The save the date is drafted, I just need the logo from you, Priti."), (PRITI, said)])
    assert found == [(PRITI, task, "2026-03-04")]


def test_an_aside_on_it_before_the_thing_needed_does_not_hide_that_thing() -> None:
    found = opened_items(
        [(NELL, "It's drafted, I just need the logo from you, Priti."), (PRITI, "I'll send it today.")]
    )
    assert found == [(PRITI, "send the logo", "2026-03-04")]


def test_a_thing_from_someone_else_keeps_them() -> None:
    found = opened_items([(NELL, "I just need the logo from the printers."), (PRITI, "I'll chase it today.")])
    assert found == [(PRITI, "chase the logo from the printers", "2026-03-04")]


@pytest.mark.parametrize("verb", ["get", "request"])
def test_them_asked_for_something_are_the_body_named_before(verb: str) -> None:
    found = opened_items(
        [
            (THEO, "So the Assembly Rooms have come back. They can do the fourteenth of May but not the fifteenth."),
            (PRITI, "Is there any give on the day rate?"),
            (THEO, f"I'll {verb} both prices from them by Friday."),
        ]
    )
    assert found == [(THEO, f"{verb} both prices from the Assembly Rooms", "2026-03-06")]


def test_a_month_is_not_whom_them_stands_for() -> None:
    found = opened_items(
        [
            (THEO, "They can do the fourteenth of May but the day rate's gone up."),
            (PRITI, "Is there any give on that?"),
            (THEO, "I'll get both prices from them by Friday."),
        ]
    )
    assert "May" not in found[0][1]


@pytest.mark.parametrize(
    ("reply", "text"),
    [
        (
            "Yes, do that. But don't tell the minister's office, obviously.",
            "We approach the chair of the regulator as a backup.",
        ),
        ("Fine. Do that. Nobody else gets asked about it.", "Nobody else gets asked about it."),
    ],
)
def test_a_caveat_after_a_terse_yes_is_not_the_decision(reply: str, text: str) -> None:
    agreed = opened_call(
        [
            (NELL, "I'd suggest we approach the chair of the regulator as a backup, she's spoken for us before."),
            (PRITI, reply),
            NEXT,
        ]
    ).agreements
    assert [a.text for a in agreed] == [text]


def test_an_order_after_thats_fine_is_stated_as_the_decision() -> None:
    agreed = opened_call(
        [
            (PRITI, "I want two tenants on the afternoon panel, not one."),
            (THEO, "That's fine, we'll need to cover their travel though."),
            (PRITI, "That's fine, put it in the budget."),
            NEXT,
        ]
    ).agreements
    assert "We put it in the budget." in [a.text for a in agreed]
