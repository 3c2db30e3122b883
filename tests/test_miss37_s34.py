"""Action items found or not, from session 34's read sets (missed items). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04).

An assignment said with a hedge after it ("Nell to do the onboarding pack, I think?", "Theo to draft the letter,
I'd say.") or before it ("I think Nell to do it.") is still the assignment: the parser hangs the "<Name> to …"
clause under the hedge's verb, so the frame ``name_to_verb_hedged`` (``models/commitment_frames.jsonl``) reads it
there. A view with the same words ("I think Theo to draft it would be odd.") assigns nothing.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("turns", "owner", "verb"),
    [
        (
            [
                (OWEN, "So we'd want a proper onboarding pack for the volunteers. Nell to do that pack, I think?"),
                (NELL, "Yep, on it."),
                NEXT,
            ],
            NELL,
            "do",
        ),
        (
            [(OWEN, "And Theo to draft the volunteer letter, I'd say."), (THEO, "Sure, will do."), NEXT],
            THEO,
            "draft",
        ),
        (
            [(PRITI, "I think Theo to write up the survey questions."), (THEO, "Yes, no problem."), NEXT],
            THEO,
            "write",
        ),
    ],
)
def test_a_hedged_assignment_taken_up_is_the_item(turns: list[tuple[str, str]], owner: str, verb: str) -> None:
    items = call_items(turns)
    assert [o for o, task, _, _ in items if task.startswith(verb)] == [owner], run(turns).action_items


@pytest.mark.parametrize(
    "turns",
    [
        [(OWEN, "I think Theo to draft it would be odd. He's away."), (THEO, "Yes, I'm off all week."), NEXT],
        [(PRITI, "I guess Nell to chair it was always the plan, years ago."), (NELL, "It was, yes."), NEXT],
    ],
)
def test_a_view_that_names_someone_assigns_nothing(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == [], run(turns).action_items
