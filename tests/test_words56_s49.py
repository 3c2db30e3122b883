"""Session 49, task wording (branch words56).

* An event the work must come before ("before anything goes live", "before the block is released") is a vague
  due (GUIDELINES: "before it goes live" is a due of null), not a step the work waits for: a task that names its own
  thing says enough without it ("book the hotel rooms", "check the no added sugar claim with legal"); a bare
  task keeps it in brackets as the context it needs ("ring the family (before anything goes out)")
  (``task_conditions.kept_condition``, on the task as reported: "check the claim" named by its quote, "set that
  up" by what "that" is, are no longer bare), in the sentence as in one of its own after the request ("Could you
  email them? Before the notice goes out?"). A step waited for ("once it's signed off") stays.

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


def test_a_condition_said_as_a_sentence_of_its_own_goes_after_a_full_task() -> None:
    tasks = call_tasks(
        [
            (NELL, "Could you email every guest on the waiting list? Before the announcement goes out?"),
            (PRITI, "Yes, I will."),
        ]
    )
    assert tasks == ["email every guest on the waiting list"]


def test_a_condition_said_as_a_sentence_of_its_own_stays_after_a_bare_task() -> None:
    tasks = call_tasks(
        [(NELL, "Would you ring the family yourself? Before the statement goes out?"), (OWEN, "Yes, I will.")]
    )
    assert tasks == ["ring the family (before the statement goes out)"]


@pytest.mark.parametrize(
    ("said", "answer", "task"),
    [
        (
            "The tin says 'no added sugar' on the side. Are we using that?",
            "Our legal team will check the claim before anything goes live.",
            "check the 'no added sugar' claim",
        ),
        (
            "We could run a listener survey with the radio station. They do them for free.",
            "Good. I'll set that up before the campaign goes live.",
            "set up a listener survey with the radio station",
        ),
    ],
)  # fmt: skip
def test_a_task_named_in_full_from_before_drops_the_event_it_must_beat(said: str, answer: str, task: str) -> None:
    assert call_tasks([(NELL, said), (OWEN, answer)]) == [task]
