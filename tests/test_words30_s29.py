"""Dates from session 29's read sets. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"I'll have it with you by Friday" dates the owner's undated item of the last few turns (``repeats.carries_on``,
``had_by``), but not when a turn since named the thing of another of the owner's items and not that one ("Can you
book the coaches?" "Yep." "And the seating plan, Theo, that'd really help." "I can have it with you by next
Friday."): "it" is the seating plan offered before, which takes the date; the coaches stay undated."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
OFFER = (THEO, "Shall I mock up a seating plan for both days? Just a rough one, so we can see the gaps.")
TAKEN = (PRITI, "Yes please, that would help.")
COACHES = (NELL, "Theo, can you book the coaches for the dinner?")
YES = (THEO, "Yep, will do.")
HAD = (THEO, "Great. I can have it with you by next Friday.")
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    "named",
    [
        "And Theo, the seating plan, the sooner the better. That'd really help.",
        "Oh, and on the seating plan, I'd love to see a draft before we sign the venue.",
    ],
)
def test_it_after_another_items_thing_is_named_is_that_thing(named: str) -> None:
    turns = [OFFER, TAKEN, COACHES, YES, (PRITI, named), HAD, NEXT]
    items = [(task, due, at) for _, task, due, at in call_items(turns)]
    assert items == [("mock up a seating plan", "2026-03-13", 0), ("book the coaches for the dinner", None, 3)], items


@pytest.mark.parametrize(
    "between",
    [
        "Perfect, the coaches are the big one.",  # the coaches named again: "it" is still theirs
        "Lovely.",  # nothing named
    ],
)
def test_it_right_after_the_item_still_dates_it(between: str) -> None:
    turns = [OFFER, TAKEN, COACHES, YES, (PRITI, between), HAD, NEXT]
    items = {("coaches" if "coaches" in task else task): due for _, task, due, _ in call_items(turns)}
    assert items.get("coaches") == "2026-03-13", run(turns).action_items
