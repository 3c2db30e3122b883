"""A reply that takes a request on by finding a time for it, found by trying the product as a new user would:
"Could you book a tasting session with the bartenders in the new year?" / "Sure, I'll find a date in the second week
of January." drafted "find a date", a step an AE rewrites every time, as the read gold does ("can you set it up for
this afternoon?" / "Will do. I'll find a slot after three." is the setting up). Finding a slot, a date or a time
for what was asked is doing what was asked; said unasked, or asked to find the time itself, it stays as said."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call

ASKER = "Priti Anand"
OWNER = "Theo Marsh"


@pytest.mark.parametrize(
    ("asked", "reply", "task"),
    [
        ("Could you book a tasting session with the bartenders in the new year?",
         "Sure, I'll find a date in the second week of January.", "book a tasting session with the bartenders"),
        ("Can you set up a call with the printer?", "Will do. I'll find a slot after lunch.",
         "set up a call with the printer"),
        ("Could you walk the new starters through the brand guidelines?", "Yes, I'll find a time this week.",
         "walk the new starters through the brand guidelines"),
        ("Can you organise a site visit for the client team?", "Sure, I'll look at diaries.",
         "organise a site visit for the client team"),
    ],
)  # fmt: skip
def test_finding_a_time_for_what_was_asked_is_doing_it(asked: str, reply: str, task: str) -> None:
    (item,) = opened_call([(ASKER, asked), (OWNER, reply), NEXT]).action_items
    assert (item.owner, item.task) == (OWNER, task)


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        ([(OWNER, "I'll find a slot for the shoot next week.")], "find a slot for the shoot"),
        ([(ASKER, "Can you find a date for the launch party?"), (OWNER, "Sure, I'll find a date.")],
         "find a date for the launch party"),
        ([(ASKER, "The shoot went well."), (OWNER, "I'll find a day for the edit review.")],
         "find a day for the edit review"),
    ],
)  # fmt: skip
def test_finding_a_time_stays_as_said_when_nothing_else_was_asked(turns: list[tuple[str, str]], task: str) -> None:
    items = opened_call([*turns, NEXT]).action_items
    assert [i.task for i in items] == [task]
