"""Session 52, task wording of whom "her"/"him" stands for when the parser took the name for an organisation's
(branch task59).

"I'm taking the route to Priya on the call. I'll get her sign-off there.": the first name said alone as the object
of the same turn stands for "her" when no person is named before it (``parties._name_misread``); not when the
turn names two such, nor when a person is named. The dialogues are written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_her_is_the_first_name_taken_for_an_organisations() -> None:
    tasks = call_tasks(
        [
            (NELL, "I'll tidy the end frame and get the new cut over to you by Tuesday."),
            (
                PRITI,
                "Tuesday's good, because I'm taking the route to Priya on Tuesday's leadership call. "
                "I'll get her sign-off there.",
            ),
        ]
    )
    assert "get Priya's sign-off there" in tasks, tasks


def test_a_person_named_still_comes_first() -> None:
    tasks = call_tasks([(PRITI, "I'm seeing Harriet on Tuesday. I'll get her sign-off then.")])
    assert "get Harriet's sign-off" in tasks, tasks
