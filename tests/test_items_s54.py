"""Action items an AE keeps (session 54, issue 10), each a way people talk, in dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04):

* "I'll pencil in a call for Tuesday": a date said of the thing put in the diary is the item's date, and the
  thing stays in the task ("pencil in a call"), not only the verb ("pencil").
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None, int | None]]:
    return call_items([*turns, NEXT])


# --- a session put in the diary with its day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("I'll pencil in a call for Tuesday to go through the run of show.", "pencil in a call", "2026-03-10"),
        ("I'll pencil in a review for Wednesday.", "pencil in a review", "2026-03-11"),
        ("I'll slot in a catch-up for next week.", "slot in a catch-up", "2026-03-13"),
    ],
)
def test_a_session_pencilled_in_for_a_day_is_an_item_due_that_day(said: str, task: str, due: str) -> None:
    got = items([(NELL, said)])
    assert len(got) == 1 and got[0][0] == NELL and got[0][1].startswith(task) and got[0][2] == due, got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        # the date of the whole phrase goes with it: "in time for Friday" is when, not a thing
        ("Sure, I'll send the revised deck in time for Friday.", "send the revised deck"),
        ("I'll put it in the board pack for Thursday.", "put it in the board pack"),
    ],
)
def test_a_date_phrase_that_is_no_thing_still_leaves_the_task(said: str, task: str) -> None:
    got = items([(NELL, said)])
    assert len(got) == 1 and got[0][1].startswith(task) and "Friday" not in got[0][1], got
