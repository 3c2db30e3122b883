"""Defects found reading tune22 and tune23, two sets written blind for session 39: "I'll get a first round of faces to
you by next Wednesday." was taken for buying a round of drinks; "Yep, can do. And I'll get the permit application
in today." took the permit for the way the call sheet asked for was sent, dated it today and lost the permit."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call

THEO, PRITI = "Theo Marsh", "Priti Anand"


def _items(turns: list[tuple[str, str]]) -> list[tuple[object, str, str | None]]:
    found = opened_call([*turns, NEXT]).action_items
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in found]


def test_a_round_of_work_is_no_round_of_drinks() -> None:
    turns = [
        (PRITI, "And casting? We want faces before Easter."),
        (THEO, "I'll get a first round of faces to you by next Wednesday."),
    ]
    assert _items(turns) == [(THEO, "send a first round of faces", "2026-03-11")]


@pytest.mark.parametrize("said", ["I'll get us a round in after this.", "Next time I'll buy you a round."])
def test_a_round_of_drinks_is_still_no_item(said: str) -> None:
    assert _items([(PRITI, "Thanks, that was a long one."), (THEO, said)]) == []


def test_more_work_after_a_yes_is_an_item_of_its_own() -> None:
    turns = [
        (PRITI, "Can you get the call sheet out by the end of next week?"),
        (THEO, "Yep, can do. And I'll get the permit application in today."),
    ]
    assert _items(turns) == [
        (THEO, "send the call sheet", "2026-03-13"),
        (THEO, "get the permit application in", "2026-03-04"),
    ]


def test_the_work_asked_said_again_after_a_yes_is_still_one_item() -> None:
    turns = [
        (PRITI, "Can you send the call sheet by Friday?"),
        (THEO, "Yep, can do. And I'll copy the crew on the call sheet."),
    ]
    assert [task for _, task, _ in _items(turns)] == ["send the call sheet"]
