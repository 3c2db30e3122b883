"""A promise whose object is "whatever" clause, found by trying the product as a new user would: "I'll send whatever
we have by Friday." gave no item at all, "I'll send over whatever we have" the task "send over" and "I'll send you
whatever we have on them" the task "send you": the clause is the thing sent, as "what we've got" already was
(``tasks.WH_WORDS``). Dialogues written for these tests (``tests.support.CALL``, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
FRIDAY = "2026-03-06"


@pytest.mark.parametrize(
    ("said", "task"),
    [
        # what the speaker has is of the thing asked for (``HELD``, session 50): "send the data on the Leeds stores"
        ("I'll send whatever we have by Friday.", "send the data on the Leeds stores"),
        ("I'll send over whatever we have by Friday.", "send the data on the Leeds stores"),
        (
            "Sure, I'll send whatever we've got on the Leeds stores by Friday.",
            "send whatever we've got on the Leeds stores",
        ),
        ("I'll send what we've got by Friday.", "send the data on the Leeds stores"),
    ],
)
def test_whatever_we_have_is_the_thing_sent(said: str, task: str) -> None:
    turns = [(PRITI, "Any data on the Leeds stores would help."), (NELL, said), (OWEN, "Great, thanks.")]
    assert call_items(turns) == [(NELL, task, FRIDAY, 1)]


@pytest.mark.parametrize(
    "said",
    ["Whatever happens, we're fine for Friday.", "I'll go with whatever you think is best."],
)
def test_whatever_said_otherwise_promises_nothing(said: str) -> None:
    turns = [(PRITI, "Any data on the Leeds stores would help."), (NELL, said), (OWEN, "Great, thanks.")]
    assert call_items(turns) == []
