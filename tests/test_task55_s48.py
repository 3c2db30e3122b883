"""Session 48, task wording with the finance director said as "the FD" (branch task55).

"The FD" is a person by role, like "the CFO": what "it" stands for in "I'll get it signed off" is the thing worked
on before, not the FD named beside it ("Our FD's on leave till the ninth, so I'll get it signed off" after the
revised estimate). As a person by role, "the FD" is whom "her" stands for ("I'll ring her" -> "ring the FD"). The
dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "We'll send the revised estimate with the extra crew day on Monday."),
                (PRITI, "Our FD's on leave till the ninth, so I'll get it signed off the day she's back."),
            ],
            "get the revised estimate signed off",
        ),
        (
            [
                (THEO, "Here's the contract for the summer campaign."),
                (OWEN, "Thanks. Our FD is off this week, so I'll get it countersigned on Monday."),
            ],
            "get the contract for the summer campaign countersigned",
        ),
    ],
)
def test_it_beside_the_fd_is_the_thing_worked_on(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks
    assert not any("the FD signed" in t or "the FD countersigned" in t for t in tasks), tasks


# and as a person by role, the FD is whom "her" stands for (it was left as "her" before)
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        ([(NELL, "The FD has questions about the media fee."), (PRITI, "I'll ring her on Monday.")], "ring the FD"),
        (
            [(NELL, "Has the FD seen the new rate card?"), (PRITI, "Not yet. I'll send it to her today.")],
            "send the new rate card to the FD",
        ),
    ],
)
def test_the_fd_is_still_whom_her_stands_for(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks
