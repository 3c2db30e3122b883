"""Action items found or not, from session 31's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A request the reply meets there and then is no item (``requests.answered_in_call``): asked to give everyone the
short version of what happened, the listener tells the story. Telling or reminding someone who is not on the call
("Can you tell the customer team it's a no?" "Will do.") is work, an item once taken on. A line quoted as the
subject of a sentence ("Bring the sunshine is punchier.") asks nobody for anything (``requests.imperative_request``).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    "turns",
    [
        [
            (
                NELL,
                "Okay. We'll keep this short. Priti, can you just give everyone the, the two-minute version, so "
                "we're all working off the same facts?",
            ),
            (
                PRITI,
                "Yeah. So, um, at about ten last night a reviewer posted that our app was showing names and order "
                "times through the, the API. No card details, as far as we know. Our IT team took it down at "
                "seven this morning and we told the regulator at nine.",
            ),
            (OWEN, "Sorry, I'm on now. Carry on."),
            NEXT,
        ],
        [
            (THEO, "Owen, could you give us a quick overview of where the store numbers landed?"),
            (
                OWEN,
                "Sure. So footfall was up about eight percent on the launch weekend, and the bigger stores did most "
                "of that, the small ones were flat.",
            ),
            NEXT,
        ],
    ],
)
def test_the_story_told_there_and_then_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == [], run(turns).action_items


@pytest.mark.parametrize(
    ("turns", "owner", "verb"),
    [
        (
            [
                (
                    NELL,
                    "I don't want it on the homepage either. Owen, can you tell the customer team it's a no for now?",
                ),
                (OWEN, "Will do. They'll be sad, but fine."),
                NEXT,
            ],
            OWEN,
            "tell",
        ),
        (
            [
                (THEO, "Priti, could you remind the printers the proofs need to be back by Friday?"),
                (PRITI, "Yes, will do."),
                NEXT,
            ],
            PRITI,
            "remind",
        ),
        # still the quick version, when it is work for later: the reply takes it on
        (
            [
                (THEO, "Owen, could you give us a quick overview of the store numbers next week?"),
                (OWEN, "Sure, I'll send one round on Monday."),
                NEXT,
            ],
            OWEN,
            "",
        ),
    ],
)
def test_work_asked_and_taken_on_is_an_item(turns: list[tuple[str, str]], owner: str, verb: str) -> None:
    items = call_items(turns)
    assert [o for o, task, _, _ in items if task.startswith(verb)] == [owner], run(turns).action_items


@pytest.mark.parametrize(
    "turns",
    [
        [
            (OWEN, "Bring the sunshine is punchier."),
            (PRITI, "It is punchier. Okay, that's the end line."),
            (THEO, "Okay. I'll take that on the chin."),
            NEXT,
        ],
    ],
)
def test_a_line_quoted_as_a_subject_asks_for_nothing(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == [], run(turns).action_items


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        ([(PRITI, "Bring the samples over, Theo, the shoot needs them."), (THEO, "Will do."), NEXT], "bring"),
        ([(PRITI, "Send it over when it's ready."), (NELL, "Will do."), NEXT], "send"),
    ],
)
def test_a_sending_asked_is_still_an_item(turns: list[tuple[str, str]], task: str) -> None:
    assert [t for _, t, _, _ in call_items(turns) if t.startswith(task)], run(turns).action_items
