"""Defects found drafting an events agency's budget call as a new user would (session 38): "There's no DJ now,
remember, we're keeping the band. But I'll update it with the new timings and send it over tomorrow." took on
"keep the band" (a decision as it stands) for the running order asked for; "the DJ slot taken out" lost its "out";
"I think there's room to move there" made "room" the thing later
approved; "We'd go from the full LED wall to two screens" was agreed as said ("We'd go …"); and "Let's pick this up
on Thursday once I've heard from the venue." set no next meeting."""

from __future__ import annotations

import pytest
from support import NEXT, call, opened_call

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


def test_a_decision_as_it_stands_is_not_the_work_taken_on() -> None:
    turns = [
        (PRITI, "And Theo, can you send me the revised running order with the DJ slot taken out?"),
        (THEO, "There's no DJ now, remember, we're keeping the band. But I'll update it and send it over tomorrow."),
        NEXT,
    ]
    (item,) = opened_call(turns).action_items
    assert (item.owner, item.task) == (THEO, "send the revised running order with the DJ slot taken out")


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll send the deck with the pricing page taken out.", "send the deck with the pricing page taken out"),
        ("I'll send the deck with the old logo taken off.", "send the deck with the old logo taken off"),
        ("I'll get the deck over.", "send the deck"),  # a particle of the sending still goes
    ],
)
def test_the_particle_of_what_is_done_to_the_thing_stays(said: str, task: str) -> None:
    (item,) = opened_call([(THEO, said), NEXT]).action_items
    assert item.task == task


def test_room_to_move_is_no_thing() -> None:
    turns = [
        (NELL, "Let me go back to the venue about the hire. I think there's room to move there."),
        (OWEN, "If you can get it down, I can approve it this week."),
        NEXT,
    ]
    assert not any("room" in i.task.split() for i in opened_call(turns).action_items)


def test_pick_this_up_on_a_day_sets_the_next_meeting() -> None:
    found = call([(NELL, "Brilliant. Let's pick this up on Thursday once I've heard from the venue."), NEXT])
    assert found.next_meeting == "Thursday 5 March 2026"
