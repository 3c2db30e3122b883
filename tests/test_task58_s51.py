"""Session 51, task wording (branch task58).

* An "'s" after a name or a thing may be "is" though the parser took it for a possessive and the word after it for
  a noun: "Theo's revising by Thursday", "That budget's underspent". Such a word in a verb's form, heading a clause
  of its own, names no thing, so "it" does not point to it (``antecedents.said_doing``): "approve it" is the copy
  asked about, "move it" the budget, not "Theo's revising" or "That budget's underspent". A possessive before a
  thing stays one ("Can you send over the new starter's briefing?" / "I'll dig it out").
* A recap after the task ("I'll send a Teams invite. Quick recap: Theo's redrafting within the hour, then out to
  …") says who does what, not what the task covers: no bracket of it (``objects._listed``).

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import call_tasks

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


SAID_DOING = [
    (
        [
            (OWEN, "Before we record, the copy has to go past our compliance people."),
            (THEO, "How long do they take?"),
            (
                OWEN,
                "About a week from when I send it. Theo's revising by Thursday, so our compliance team will approve "
                "it and get it back to you by the tenth.",
            ),
        ],
        "copy",
        "revising",
    ),
    (
        [
            (
                OWEN,
                "Could we pay for it from leafleting? That budget's underspent, we only did one of the three drops.",
            ),
            (NELL, "Maybe. I'll ask Ravi in finance whether we can move it."),
        ],
        "budget",
        "underspent",
    ),
]


@pytest.mark.parametrize(("turns", "meant", "not_meant"), SAID_DOING)
def test_a_verb_after_is_is_no_thing_pointed_to(turns: list[tuple[str, str]], meant: str, not_meant: str) -> None:
    tasks = call_tasks(turns)
    assert len(tasks) == 1, tasks
    assert meant in tasks[0] and not_meant not in tasks[0], tasks


def test_a_possessive_before_a_thing_stays_one() -> None:
    tasks = call_tasks(
        [
            (PRITI, "Can you send over the new starter's briefing? I never got a copy."),
            (NELL, "Of course, I'll dig it out this afternoon."),
        ]
    )
    assert len(tasks) == 1 and "briefing" in tasks[0], tasks


RECAPPED = [
    "I'll send a Teams invite. Quick recap: Theo Marsh's redrafting within the hour, then out to the Grocer, the "
    "Times and the Standard once legal's signed off. Priti's checking stock at ten and two.",
    "I'll send a Teams invite. Quick recap: Theo's redrafting within the hour, then out to the Grocer, the Times and "
    "the Standard once it's signed off.",
]


@pytest.mark.parametrize("said", RECAPPED)
def test_a_recap_after_the_task_is_not_what_it_covers(said: str) -> None:
    tasks = call_tasks(
        [
            (OWEN, "Let's regroup at four today, once the trade piece is online."),
            (PRITI, "Four's good for me."),
            (NELL, said),
        ]
    )
    assert tasks and tasks[0] == "send a Teams invite", tasks
