"""Session 49, task wording (branch words56).

* An event the work must come before ("before anything goes live", "before the block is released") is a vague
  due (GUIDELINES: "before it goes live" is a due of null), not a step the work waits for: a task that names its own
  thing says enough without it ("book the hotel rooms", "check the no added sugar claim with legal"); a bare
  task keeps it in brackets as the context it needs ("ring the family (before anything goes out)")
  (``task_conditions.kept_condition``). A step waited for ("once it's signed off") always stays.

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        (
            "Yes, I'll book the hotel rooms before the block is released.",
            "book the hotel rooms",
        ),
        (
            "Fine. I'll check the 'no added sugar' claim with legal before anything goes live.",
            "check the no added sugar claim with legal",
        ),
        (
            "Sure, I'll email every guest on the waiting list before the announcement goes out.",
            "email every guest on the waiting list",
        ),
    ],
)  # fmt: skip
def test_a_task_naming_its_own_thing_drops_the_event_it_must_beat(said: str, task: str) -> None:
    tasks = call_tasks([(NELL, "Can we get that sorted this week?"), (PRITI, said)])
    assert tasks == [task]


def test_a_bare_task_keeps_the_event_it_must_beat() -> None:
    tasks = call_tasks([(NELL, "Who speaks to the family?"), (OWEN, "I'll ring the family before anything goes out.")])
    assert tasks == ["ring the family (before anything goes out)"]


def test_a_step_waited_for_stays_after_a_full_task() -> None:
    tasks = call_tasks(
        [(NELL, "And the web copy?"), (THEO, "I'll upload the new course pages once the copy's signed off.")]
    )
    assert tasks == ["upload the new course pages (once the copy's signed off)"]
