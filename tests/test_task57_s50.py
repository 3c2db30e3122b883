"""Session 50, task wording of what a speaker has of the thing asked for (branch task57).

"I'll send what I've got" answers a request: what the speaker has is of the thing asked for, so the task sends that
thing ("send the supplier list"), not "send what I've got" (``HELD`` in ``models/wording/task_wording.jsonl``,
``TaskWording._held_at``). The thing is the one another speaker asked for before the turn, not one the turn itself
names on the way ("I'm still waiting on two of the northern branches"). The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import json
import re

import pytest

from tests.support import CALL, MODELS, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (OWEN, "Theo, we'd need the stock figures by store and by week to plan the drops."),
                (
                    THEO,
                    "I've got most of it, I'm still waiting on the two northern branches. "
                    "I'll send what I have by Thursday.",
                ),
            ],
            "send the stock figures",
        ),
        (
            [
                (NELL, "Owen, we need the supplier list with contact names for the brief."),
                (OWEN, "I'll send over what I've got tomorrow."),
            ],
            "send the supplier list with contact names",
        ),
    ],
)
def test_what_i_have_is_the_thing_asked_for(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks


def test_what_i_have_in_mind_is_no_thing_held() -> None:
    tasks = call_tasks(
        [
            (NELL, "The stock figures are in the shared folder."),
            (OWEN, "Great. I'll send what I have in mind for the window by Friday."),
        ]
    )
    assert not any("stock figures" in t for t in tasks), tasks


def _held_rows() -> list[dict]:
    rows = (json.loads(x) for x in (MODELS / "wording" / "task_wording.jsonl").read_text().splitlines() if x.strip())
    return [r for r in rows if r["label"] == "HELD"]


@pytest.mark.parametrize("row", _held_rows(), ids=lambda r: r["id"])
def test_held_rows_point_their_examples_only(row: dict) -> None:
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"]
    for said, pointed in row["examples"]:
        assert pattern.sub(row["replace"], said, count=1) == pointed, said
    for said in row["not_examples"]:
        assert pattern.sub(row["replace"], said, count=1) == said, said
