"""Session 47, missed due dates and doubled items (branch due54).

An offer taken up ("What I can do is the count of shops that reordered. I'll send that over by Friday." "That'd be
great.") is the work its own turn already took on: one item, with the date said there, not a second item without it.
Other work said in the offer's turn stays its own item. The dialogues are written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "offer",
    [
        "What I can do is the count of shops that reordered. That I can give you. I'll send that over by Friday.",
        "What I can do is the count of shops that reordered. I'll send that over by Friday.",
    ],
)
def test_an_offer_taken_up_is_one_item_with_the_work_its_own_turn_took_on(offer: str) -> None:
    found = call_items(
        [
            (NELL, "Could you share the till figures from the shops?"),
            (PRITI, "I can't share the till figures, finance won't have it."),
            (PRITI, offer),
            (NELL, "That'd be great, that really helps."),
            NEXT,
        ]
    )
    mine = [(task, due) for o, task, due, _ in found if o == PRITI]
    assert len(mine) == 1 and mine[0][1] == "2026-03-06", found


def test_an_offer_taken_up_keeps_other_work_said_in_its_turn() -> None:
    found = call_items(
        [
            (PRITI, "What I can do is the count of shops that reordered. I'll also ring the area managers tomorrow."),
            (NELL, "That'd be great."),
            NEXT,
        ]
    )
    tasks = [task for o, task, _, _ in found if o == PRITI]
    assert any("area managers" in t for t in tasks) and any("count" in t for t in tasks), found
