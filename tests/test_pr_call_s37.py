"""Defects found drafting a PR agency's weekly call as a new user would (session 37): "Who would you replace them
with?" was taken as a request, so "I've got a shortlist of five. I can send it over on Friday." drafted "replace
competitors"; "I'd like a holding statement ready in case …" / "I'll tweak it …" drafted "tweak and send a holding
statement ready" (the state it is wanted in kept as if it were the thing)."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call

NELL, THEO, PRITI = "Nell Garside", "Theo Marsh", "Priti Anand"


@pytest.mark.parametrize(
    "asked",
    ["Agreed, swap them. Who would you replace them with?", "Who would you send the new list to?"],
)
def test_asking_who_is_no_request(asked: str) -> None:
    turns = [(PRITI, asked), (THEO, "I've got a shortlist of five. I can send it over on Friday."), NEXT]
    (item,) = opened_call(turns).action_items
    assert item.task == "send a shortlist of five"


def test_who_does_it_is_still_a_request() -> None:
    (item,) = opened_call([(PRITI, "Who can send the invite round?"), (THEO, "I can."), NEXT]).action_items
    assert (item.owner, item.task) == (THEO, "send the invite")


@pytest.mark.parametrize(
    ("wanted", "said", "task"),
    [
        (
            "And I'd like a holding statement ready in case the Guardian comes back.",
            "We drafted one last week. I'll tweak it with the new numbers.",
            "tweak a holding statement with the new numbers",
        ),
    ],
)
def test_the_state_a_thing_is_wanted_in_is_not_the_thing(wanted: str, said: str, task: str) -> None:
    (item,) = opened_call([(PRITI, wanted), (NELL, said), NEXT]).action_items
    assert item.task == task


def test_a_purpose_after_a_time_takes_nothing_on() -> None:
    """ "Half eleven even, so I can read it.": why the time is wanted (the parser hangs "so" on "eleven"), no item."""
    turns = [(THEO, "I can do you a one-pager. Before twelve?"), (PRITI, "Half eleven even, so I can read it."), NEXT]
    assert [i.owner for i in opened_call(turns).action_items] == [THEO]
