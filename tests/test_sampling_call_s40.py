"""Defects found drafting a dairy brand's sampling-tour call (a typed transcript with its details lines) as a new user
would (session 40): the AE's closing "I'll send the contact report tonight." was taken as the same work as the
agency's "We'll send a short report after each stop" two turns before (dated tonight, the contact report lost);
"I haven't heard back from two of them. I'll chase them again tomorrow." after a question about the stores chased
the venue named before ("chase Trinity"); and "I'll need the final logo from Owen though." "I'll send it over this
afternoon." (Owen) read "send the final logo from Owen Lacey"."""

from __future__ import annotations

import pytest
from support import opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


@pytest.mark.parametrize(
    ("kind", "same"),
    [
        ("a short report after each stop", False),
        ("a short report at the end of each day", False),
        ("the contact report", True),
    ],
)
def test_another_kind_of_report_is_another_item(kind: str, same: bool) -> None:
    found = opened_items(
        [
            (OWEN, "Last time we didn't get the numbers until a month after."),
            (NELL, f"Fair. We'll send {kind}, and the full wrap-up at the end."),
            (OWEN, "That works."),
            (NELL, "Great. I'll send the contact report tonight."),
        ]
    )
    assert ("send the contact report" in [task for _, task, _ in found]) is not same
    assert len(found) == (1 if same else 2)


@pytest.mark.parametrize("who", ["stores", "shops", "stockists", "hotels"])
def test_chasing_them_chases_the_places_asked_about(who: str) -> None:
    found = opened_items(
        [
            (NELL, "Trinity have the Saturday free, so I'll confirm Trinity today."),
            (NELL, f"Next, the fridges. Owen, did you find out whether the {who} will let us plug in?"),
            (OWEN, "Sorry, I haven't heard back from two of them. I'll chase them again tomorrow."),
        ]
    )
    assert (OWEN, f"chase the {who}", "2026-03-05") in found


@pytest.mark.parametrize("name", ["Owen", "Owen Lacey"])
def test_a_thing_asked_from_the_owner_is_not_from_them_in_their_task(name: str) -> None:
    found = opened_items(
        [
            (NELL, "Theo, can you get the wrap artwork to the printer by Thursday?"),
            (THEO, f"Should be fine. I'll need the final logo from {name} though."),
            (OWEN, "I'll send it over this afternoon."),
        ]
    )
    assert (OWEN, "send the final logo", "2026-03-04") in found


def test_a_thing_from_someone_else_keeps_who_it_is_from() -> None:
    found = opened_items(
        [
            (NELL, "Theo, can you get the wrap artwork to the printer by Thursday?"),
            (THEO, "Should be fine. I'll need the final logo from Priti though."),
            (OWEN, "I'll chase it this afternoon."),
        ]
    )
    assert [task for _, task, _ in found if "logo" in task] == ["chase the final logo from Priti"]
