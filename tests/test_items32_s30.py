"""Action items found or not, from session 30's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

What someone brings along to a session or a visit already settled ("Yeah, let's do it." "I'll bring a camera.";
"I'll be there. I'll bring comfortable shoes.") is part of going to it, no item of its own
(``replies._brought_along``). A bringing that says where or to whom, that was asked for, or that is said with the
session's day (it stands for the session) is still an item."""

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
            (THEO, "I've never seen the warehouse. I'd want to walk it with someone who knows the floor."),
            (OWEN, "That'd be me. I'm in most days."),
            (THEO, "Could we do Friday? This Friday?"),
            (OWEN, "Friday I'm in from eight. Come whenever. Yeah, let's do it."),
            (THEO, "Brilliant. I'll bring a camera, just stills."),
            NEXT,
        ],
        [
            (PRITI, "And Nell, about the late opening. Sure, come along to the one on the twelfth. It's busy."),
            (NELL, "I'll be there. I'll bring comfortable shoes."),
            NEXT,
        ],
    ],
)
def test_what_is_brought_along_to_a_session_is_no_item(turns: list[tuple[str, str]]) -> None:
    items = call_items(turns)
    assert [task for _, task, _, _ in items if task.startswith("bring")] == [], run(turns).action_items


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        ([(PRITI, "Owen, can you bring the samples?"), (OWEN, "Sure, I'll bring the samples."), NEXT],
         "bring the samples"),
        ([(NELL, "I'll bring the revised boards to the studio on Monday."), (PRITI, "Lovely."), NEXT],
         "bring the revised boards to the studio"),
        ([(OWEN, "Can you bring the samples to the shoot, Theo? We need them on the day."),
          (PRITI, "Yes, that'd help."),
          (NELL, "Theo, Thursday?"),
          (THEO, "Thursday's good. I'll bring the samples."),
          NEXT],
         "bring the samples"),
        ([(NELL, "Theo, Thursday next week? Maybe the afternoon?"),
          (THEO, "Thursday afternoon's good. I'll bring the portfolios."),
          NEXT],
         "bring the portfolios"),
    ],
)  # fmt: skip
def test_a_bringing_asked_for_or_with_a_destination_is_still_an_item(turns: list[tuple[str, str]], task: str) -> None:
    items = call_items(turns)
    assert task in [t for _, t, _, _ in items], run(turns).action_items
