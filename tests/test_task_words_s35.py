"""Task wording a new user found wrong (issue 10: write it as the report's voice). "I'll turn the plan around by
Wednesday." lost its "around" with the date after it, as if it were the date's lead-in ("by, say, around the
fourth"), and read "turn the plan"; "Are you able to send the assets over?" / "Yes, will do." gave no item."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("I'll turn the plan around by Wednesday.", "complete the plan", "2026-03-11"),
        ("I'll turn the plan around.", "complete the plan", None),
        ("I'll send the plan by, say, Friday.", "send the plan", "2026-03-06"),  # lead-ins of the date
        ("I'll send the plan by around Friday.", "send the plan", "2026-03-06"),
    ],
)
def test_a_particle_before_the_deadline_stays_with_the_verb(said: str, task: str, due: str | None) -> None:
    (item,) = opened_call([("Theo Marsh", said), NEXT]).action_items
    assert (item.task, item.due.isoformat() if item.due else None) == (task, due)


def test_turning_round_the_thing_asked_for_is_completing_it() -> None:
    """ "that" resolved puts the particle before the thing ("turn around the revised media plan"); the report says
    what the work is, as it does for "turn it round"."""
    asked = ("Priti Anand", "We need the revised media plan before the board.")
    (item,) = opened_call([asked, ("Theo Marsh", "No problem, I'll turn that around by Wednesday."), NEXT]).action_items
    assert (item.task, item.due.isoformat() if item.due else None) == ("complete the revised media plan", "2026-03-11")


@pytest.mark.parametrize("reply", ["Yeah, no worries, will do.", "Yes, will do."])
def test_are_you_able_to_asks_for_the_work(reply: str) -> None:
    """ "Are you able to send the assets over?" asks for work as "Would you be able to …?" does (before: the yes
    took nothing on)."""
    asked = ("Priti Anand", "Are you able to send the assets over in a zip file?")
    (item,) = opened_call([asked, ("Theo Marsh", reply), NEXT]).action_items
    assert (item.owner, item.task) == ("Theo Marsh", "send the assets over in a zip file")


@pytest.mark.parametrize(
    ("asked", "reply"), [("Are you able to see my screen?", "Yes, I can see it."), ("Are you able to hear me?", "Yes.")]
)
def test_are_you_able_to_about_the_call_asks_for_no_work(asked: str, reply: str) -> None:
    assert opened_call([("Priti Anand", asked), ("Theo Marsh", reply), NEXT]).action_items == []
