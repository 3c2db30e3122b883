"""Session 48, task wording of "send what I've got" (branch task55).

A reply that hands over "what I've got" / "whatever we have so far" gives as much as it holds of the thing someone
else just asked for or said they need: the task names that thing ("send the footfall figures"), not the speaker's
own remark on it ("Stores are patchy."). With no ask just before, the words stay as said. A "what" that is looked
into ("see what I can find") or that names its own thing ("what the printer needs", "what I have on the stores")
keeps its words. The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "sent"),
    [
        (
            [
                (NELL, "Owen, Theo's after your footfall figures."),
                (THEO, "Ideally three years of weekly footfall by store, plus anything on the outlets."),
                (OWEN, "Three years I can do. Stores are patchy before the refit. I'll send what I've got on Friday."),
            ],
            "send three years of weekly footfall",
        ),
        (
            [
                (THEO, "We need the sales figures by region for the last two quarters."),
                (OWEN, "I'll send what I have by Friday."),
            ],
            "send the sales figures",
        ),
        (
            [
                (PRITI, "Could we see the shortlist of venues before the board?"),
                (NELL, "Sure, I'll share what we have so far on Thursday."),
            ],
            "share the shortlist of venues",
        ),
        (
            [
                (PRITI, "Nell, the stores need the window guidelines. Who has those?"),
                (
                    NELL,
                    "That's me. I've got most of it. I'll send what I have by Monday.",
                ),
            ],
            "send the window guidelines",
        ),
    ],
)
def test_what_the_speaker_has_is_the_thing_asked_for(turns: list[tuple[str, str]], sent: str) -> None:
    tasks = call_tasks(turns)
    assert sent in tasks, tasks
    assert not any("what I" in t or "what we" in t for t in tasks), tasks


# must not: a "what" looked into, or one that names its own thing, keeps its words
@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (
            [
                (PRITI, "We need the sales figures by region for the last two quarters."),
                (OWEN, "I'll send what the printer needs by Friday."),
            ],
            "send what the printer needs",
        ),
        (
            [
                (PRITI, "We need the sales figures by region for the last two quarters."),
                (OWEN, "I'll send what I have on the stores by Friday."),
            ],
            "send what I have on the stores",
        ),
    ],
)
def test_a_what_with_its_own_thing_keeps_its_words(turns: list[tuple[str, str]], kept: str) -> None:
    tasks = call_tasks(turns)
    assert kept in tasks, tasks


def test_what_the_speaker_has_after_no_ask_keeps_its_words() -> None:
    tasks = call_tasks(
        [
            (PRITI, "The brand book is out of date."),
            (OWEN, "I'll send what I've got by Friday."),
        ]
    )
    assert "send what I've got" in tasks, tasks


def test_what_is_looked_into_is_not_a_thing_handed_over() -> None:
    tasks = call_tasks(
        [
            (PRITI, "We need the sales figures by region for the last two quarters."),
            (OWEN, "I'll see what I can find by Friday."),
        ]
    )
    assert not any("sales figures" in t for t in tasks), tasks
