"""Session 36, what "in there" / "for that" point at in a task (branch words41).

"in there", "in it", "on there" at the end of a task that puts a thing of its own somewhere is the thing named just
before ("I'll get three scamps over to you." / "Can you include a social cutdown in there too?" -> "include a social
cutdown in the scamps"); and "that" / "it" after "for" when the task presses someone for a thing ("chase trade for
that") is the thing asked for, never whom it presses ("chase the venue for it" is not "for the venue"), nor any
other "for that" ("raise a PO for that"). The dialogues are written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        (
            [
                (THEO, "I'll get three mock-up boards over to you by Monday."),
                (PRITI, "Lovely. Could you add a poster version in there too?"),
                (THEO, "Yes, can do."),
            ],
            "add a poster version in the mock-up boards",
        ),
        (
            [
                (NELL, "I'll send the draft schedule across on Friday."),
                (OWEN, "Great. Can you put the print costs in it as well?"),
                (NELL, "Sure."),
            ],
            "put the print costs in the draft schedule",
        ),
    ],
)
def test_in_there_is_the_thing_just_named(turns: list[tuple[str, str]], wanted: str) -> None:
    tasks = call_tasks(turns)
    assert wanted in tasks, tasks


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Where are the spare lanyards?"), (THEO, "I'll leave the badges in there for you tomorrow.")],
        [(OWEN, "The microsite has a bug on the form."), (NELL, "I'll get the developers working on it today.")],
    ],
)
def test_no_container_without_a_thing_put_in(turns: list[tuple[str, str]]) -> None:
    tasks = call_tasks(turns)
    assert not any(" in the spare" in task or "on the microsite" in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        (
            [(PRITI, "We're still waiting on the store opening times."), (NELL, "I'll chase retail for that today.")],
            "chase retail for the store opening times",
        ),
        (
            [(OWEN, "Legal haven't sent back the marked-up contract."), (THEO, "I'll nudge legal for it tomorrow.")],
            "nudge legal for the marked-up contract",
        ),
    ],
)
def test_pressed_for_the_thing_asked_for(turns: list[tuple[str, str]], wanted: str) -> None:
    tasks = call_tasks(turns)
    assert wanted in tasks, tasks


@pytest.mark.parametrize(
    ("turns", "not_wanted"),
    [
        (
            [(PRITI, "The printer still hasn't confirmed the paper stock."), (NELL, "I'll chase the printer for it.")],
            "for the printer",
        ),
        (
            [(OWEN, "The launch needs some extra budget."), (THEO, "I'll raise a PO for that today.")],
            "for the launch",
        ),
    ],
)
def test_not_whom_it_presses_nor_other_for_that(turns: list[tuple[str, str]], not_wanted: str) -> None:
    tasks = call_tasks(turns)
    assert not any(not_wanted in task for task in tasks), tasks
