"""Session 49, task wording of whom a task chases (branch task56).

Whom a task presses is not the thing: "chase the warehouse for it" is for the thing named before
(``antecedents.pressed_for``: its words without "the", which kept "the sample boxes" out; also "for them"), and
"chase the PR team and send it" sends that thing, not the team (``task_sent.pressed_party``: "chase and send the PR
team" before). The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# "chase the warehouse for it": whom the task presses is not what "it" stands for ("the" of "the warehouse" kept
# the thing named before out), and "for them" after whom is pressed is the things ("chase the printers for them")
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "The sample boxes still haven't arrived at the studio."),
                (OWEN, "I'll chase the warehouse for it today."),
            ],
            "chase the warehouse for the sample boxes",
        ),
        (
            [
                (NELL, "The caterers want the final numbers."),
                (OWEN, "I'll chase the office managers for them today."),
            ],
            "chase the office managers for the final numbers",
        ),
        (
            [
                (NELL, "The signed contract still hasn't come back from legal."),
                (PRITI, "I'll nudge the legal team for that tomorrow."),
            ],
            "nudge the legal team for the signed contract",
        ),
    ],
)
def test_chased_for_it_is_the_thing_named_before(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks


# "chase the PR team and send it": the team is pressed and the thing sent ("and send the press list"), not "chase
# and send the PR team"; a thing chased and sent is still one ("update and send the floor plan")
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "The press list needs a final check."),
                (OWEN, "I'll chase the PR team and send it by Friday."),
            ],
            "chase the PR team and send the press list",
        ),
        (
            [
                (NELL, "The floor plan needs the new stand sizes."),
                (OWEN, "I'll update the floor plan and send it over by Friday."),
            ],
            "update and send the floor plan",
        ),
    ],
)
def test_party_chased_then_thing_sent(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks
