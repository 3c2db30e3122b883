"""Session 43, task wording from another turn (branch task50).

The subject of a reason given for the work ("since the budget's so tight, we should ask finance about a payment
plan", "if the app's that slow") is not what a later "I'll raise it" stands for.

"We should be talking to finance about X" is a suggestion for the meeting, not an offer: the item is the promise
made after it ("I'll raise it with finance"), at that turn, not moved back to the suggestion (GUIDELINES §2). The
dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (PRITI, "Since the budget's so tight, we should ask finance about a payment plan for the stands."),
                (OWEN, "Good shout."),
                (PRITI, "I'll raise it with finance on Monday."),
            ],
            "payment plan",
            "budget",
        ),
        (
            [
                (NELL, "Honestly, if the app's that slow, we should be talking to the developers about a caching fix."),
                (OWEN, "Fair."),
                (NELL, "I'll raise it with them tomorrow."),
            ],
            "caching fix",
            "the app",
        ),
        (
            [
                (THEO, "If the deck's ready by Friday, we can take it to the board."),
                (PRITI, "I'll send it over on Thursday."),
            ],
            "deck",
            "board",
        ),
    ],
)
def test_a_reason_given_is_not_the_thing(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
    assert not any(not_said in t for t in tasks), tasks


def test_a_suggestion_taken_up_by_its_speaker_is_an_item_where_promised() -> None:
    turns = [
        (PRITI, "And on price, we should be talking to finance about a loyalty discount for spring."),
        (OWEN, "That's a big ask."),
        (PRITI, "It is. I'll raise it with finance, no promises."),
    ]
    assert [(owner, turn) for owner, _, _, turn in call_items(turns)] == [(PRITI, 2)]
