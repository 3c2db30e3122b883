"""Due dates found wrong on calls read in session 23: a day a thing is held or booked for ("two slots held for the
fifth") dated the work over the deadline said with it ("and confirm by the end of the week"). Dialogues written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client; a
Wednesday, 2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def items(turns: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    got = extract_turns(turns, CALL, DAY, step=10.0).action_items
    return [(a.task, a.due.isoformat() if a.due else None) for a in got]


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        (
            "I'll get two slots held for the fourteenth and confirm by the end of the week.",
            "hold two slots for the fourteenth",
            "2026-03-06",
        ),
        (
            "I'll book the room for the twentieth and send the invite by Friday.",
            "book the room for the twentieth",
            "2026-03-06",
        ),
        ("I'll book the room for the twentieth.", "book the room", "2026-03-20"),  # the only day said
        ("I'll send the running order for the twentieth by Friday.", "send the running order", "2026-03-06"),
    ],
)
def test_the_day_a_thing_is_held_for_is_not_its_deadline(said: str, task: str, due: str) -> None:
    got = items([(PRITI, "Can we get the launch sorted?"), (THEO, said)])
    assert got and got[0][0].startswith(task) and got[0][1] == due, got


SELF_CORRECTED = [
    (PRITI, "I'll send the signed budget by Friday. Oh. Friday's the bank holiday, isn't it?"),
    (THEO, "It is, yes."),
]


@pytest.mark.parametrize(
    ("settled", "due"),
    [
        ("Right. Monday, then.", "2026-03-09"),
        ("End of next week, then. End of next week.", "2026-03-13"),
        ("Monday, then we can look at the rest of the plan.", "2026-03-06"),  # what follows, not the budget's day
    ],
)
def test_a_day_the_owner_settles_on_after_a_slip_is_the_due(settled: str, due: str) -> None:
    got = items([*SELF_CORRECTED, (PRITI, settled), (THEO, "Okay.")])
    assert got[0][0] == "send the signed budget" and got[0][1] == due, got


@pytest.mark.parametrize(
    ("said", "due"),
    [
        (
            "I'll get it to you by the end of the month... which is, um, today. Ha. Okay. Tomorrow. Tomorrow.",
            "2026-04-01",
        ),
        ("I'll get it to you by the end of the month, which is today. Oh. Okay. Thursday.", "2026-04-02"),
        ("I'll get it to you today. Okay. Thursday's workshop is still on, yes?", "2026-03-31"),
    ],
)
def test_a_deadline_found_to_be_today_and_then_moved_in_the_same_breath(said: str, due: str) -> None:
    got = extract_turns(
        [(PRITI, "Could you redo the floor plan?"), (THEO, said)], CALL, dt.date(2026, 3, 31), step=10.0
    ).action_items
    assert got and got[0].due is not None and got[0].due.isoformat() == due, [(a.task, a.due) for a in got]
