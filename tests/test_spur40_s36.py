"""Action items from session 36's reading (branch spur40). Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A session the listener is asked to with "are you free / would you be available …" and that they take is a joint
item worded as the session ("attend the tasting session", "hold a call", "walk the store"), not as the question
("Are you free to join"): the session is the one the question names, or the one named before it in the same turn
(``requests._free_for``).

Leaving the call is no work ("I'll jump off now, I've got another call", "I'll have to drop off, sorry"), but
dropping something off is ("I'll drop off the samples tomorrow"): the call-leaving cue holds only when no thing
follows (``distractors.jsonl`` ``in_meeting_mute``). And sharing, playing or walking someone through a thing is the
meeting's own running only when it is not put after the call: "I'll share the deck after the call", "I'll play the
edits to the director tomorrow" are work (``components.after_the_call``); "I'll share my screen" is not.
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("turns", "task", "due"),
    [
        (
            [
                (PRITI, "We're doing the tasting session at the office on Thursday. Are you free to join on Thursday?"),
                (NELL, "Yes, I'll be there."),
                NEXT,
            ],
            "attend the tasting session",
            "2026-03-05",
        ),
        (
            [(PRITI, "Are you free to join us for the shoot on Friday?"), (NELL, "Yes, definitely."), NEXT],
            "attend the shoot",
            "2026-03-06",
        ),
        (
            [(PRITI, "Are you free for a call on Friday?"), (NELL, "Yes, Friday works."), NEXT],
            "hold a call",
            "2026-03-06",
        ),
        (
            [(PRITI, "Are you free to walk the store with me on Friday?"), (THEO, "Sure."), NEXT],
            "walk the store",
            "2026-03-06",
        ),
        (
            [
                (PRITI, "The focus groups are on Monday. Would you be available to join?"),
                (NELL, "Yes, I'll be there."),
                NEXT,
            ],
            "attend the focus groups",
            "2026-03-09",
        ),
    ],
)
def test_a_session_asked_to_with_are_you_free_is_worded_as_the_session(
    turns: list[tuple[str, str]], task: str, due: str
) -> None:
    found = run(turns).action_items
    assert [(a.task, a.due.isoformat() if a.due else None, a.turn) for a in found] == [(task, due, 3)], found
    assert sorted(found[0].owner) == sorted([PRITI, turns[1][0]]), found


@pytest.mark.parametrize(
    "said",
    [
        "I'll jump off now, I've got another call.",
        "Sorry, I'll have to drop off, the school's ringing.",
        "I'll hop off then, thanks all.",
        "I'll share my screen.",
        "I'll share the deck now.",
    ],
)
def test_leaving_or_running_the_call_is_no_item(said: str) -> None:
    found = run([(NELL, said), (PRITI, "No worries."), NEXT]).action_items
    assert found == [], found


@pytest.mark.parametrize(
    ("said", "verb", "due"),
    [
        ("I'll drop off the samples tomorrow.", "drop", "2026-03-05"),
        ("I'll share the deck after the call.", "share", "2026-03-04"),
        ("I'll play the edits to the director tomorrow.", "play", "2026-03-05"),
        ("I'll share the deck later today.", "share", "2026-03-04"),
    ],
)
def test_work_put_after_the_call_is_an_item(said: str, verb: str, due: str | None) -> None:
    found = run([(NELL, said), (PRITI, "Great, thanks."), NEXT]).action_items
    assert [(a.owner, a.task.split()[0], a.due.isoformat() if a.due else None, a.turn) for a in found] == [
        (NELL, verb, due, 2)
    ], found


@pytest.mark.parametrize(
    ("asked", "task", "due"),
    [
        ("The fitting's on Friday. Are you free to come?", "attend the fitting", "2026-03-06"),
        ("Are you free to come to the studio on Thursday?", "visit the studio", "2026-03-05"),
    ],
)
def test_are_you_free_to_come_is_a_joint_session(asked: str, task: str, due: str) -> None:
    found = run([(PRITI, asked), (THEO, "Yes, that works."), NEXT]).action_items
    assert [(sorted(a.owner), a.task, a.due.isoformat() if a.due else None, a.turn) for a in found] == [
        (sorted([PRITI, THEO]), task, due, 3)
    ], found
