"""Session 47, task wording (branch words54).

* A session of both put again with its verb alone ("You and I said we'd do a shop visit at some point. Shall we just
  do next Thursday?") and taken with the time its speaker can be there ("yeah, I can do the afternoon"): the session
  is the thing the same verb was said with just before ("do a shop visit"), not the time (``wording_rules.time_slot``,
  ``Wording._verb_said_before``), and the time is no item of its own (``replies._part_of_joint``).
* "no commitment", "no obligation" said after the work hedge it, as "no promises" does: not part of the task
  (``tasks.NO_PROMISES``).

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("proposal", "taken", "thing"),
    [
        (
            "Nell, you and I said we would do a shop visit at some point. Shall we just do next Thursday?",
            "Let me check. Thursday... yeah, I can do the afternoon. Go on then.",
            "shop visit",
        ),
        (
            "Nell, you and I said we'd do a tasting at the bakery at some point. Shall we just do Friday?",
            "Friday... yeah, I can do the morning. Go on then.",
            "tasting at the bakery",
        ),
    ],
)  # fmt: skip
def test_a_session_put_again_with_its_verb_alone_is_the_thing_said_before(
    proposal: str, taken: str, thing: str
) -> None:
    items = call_items([(PRITI, proposal), (NELL, taken)])
    assert len(items) == 1
    owner, task, _due, turn = items[0]
    assert sorted(owner) == sorted([PRITI, NELL]) and turn == 1
    assert thing in task and "afternoon" not in task and "morning" not in task


def test_the_time_taken_for_a_session_named_in_full_keeps_its_work() -> None:
    tasks = call_tasks(
        [
            (PRITI, "Shall we walk the site together next week, Nell?"),
            (NELL, "Yes, I can do the afternoon. Let's do it."),
        ]
    )
    assert tasks == ["walk the site together"]


@pytest.mark.parametrize(
    ("task", "slot"),
    [
        ("do the afternoon", True),
        ("block the whole day", True),
        ("do ten", True),
        ("block the day out", True),
        ("do the site visit", False),
        ("hold the room", False),
        ("take the morning flight", False),
    ],
)  # fmt: skip
def test_a_time_slot_only_says_when(task: str, slot: bool) -> None:
    from pipeline.extract.wording_rules import time_slot

    assert time_slot(task) is slot


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll pencil the slots today, no commitment, just so we're not locked out.", "pencil the slots"),
        ("I'll hold the two dates, no obligation.", "hold the two dates"),
        ("I'll draft a rough plan, no pressure.", "draft a rough plan"),
    ],
)  # fmt: skip
def test_a_hedge_after_the_work_is_not_the_task(said: str, task: str) -> None:
    assert call_tasks([(NELL, said)]) == [task]
