"""Defects found drafting a gin brand's launch call (a typed transcript with times) as a new user would (session 39):
"I'll speak to the warehouse and get them to you by mid January." kept only "speak to the warehouse" (the bottles
sent were lost, "get" read as getting back to someone), and "them" after "How many bottles do you need?" read
"How many bottles", then "the many bottles"."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call

NELL, PRITI = "Nell Garside", "Priti Anand"
ASKED = [
    (PRITI, "Sampling. How many bottles do you need?"),
    (NELL, "Sixty for the press drop, and twenty for the event."),
]


def _tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in opened_call([*turns, NEXT]).action_items]


@pytest.mark.parametrize(
    "said",
    [
        "I'll speak to the warehouse and get them to you by the fifteenth.",
        "I'll talk to the warehouse and get them over to you by the fifteenth.",
    ],
)
def test_the_thing_sent_after_getting_in_touch_is_kept(said: str) -> None:
    assert _tasks([*ASKED, (PRITI, said)]) == [
        "speak to the warehouse and send the bottles".replace("speak", said.split()[1])
    ]
