"""Spurious action items of session 46 (branch spur53). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A promise whose own day the other side shows will not do ("I'll send it this week." "It's Friday already,
Theo." "Ha, so it is. Monday, then.") stood at the first turn, the new day carried back to it: the report has it
where its owner puts the new day, two turns on (``restated.move_to_restatement``); at the first turn it was a
spurious item and a missed one.

Not moved: a new day the other side asks for ("Could you do Thursday?" "Yes, Thursday."), a first day asked of a
promise that gave none ("When can we expect that?" "Thursday? Yes, say Thursday.": GUIDELINES, a deadline given in
a later turn), an offer taken up (GUIDELINES §2.2: at the offer).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)

NEW_DAY = [
    [
        (THEO, "And I owe you the revised floor plan. I'll send it this week."),
        (PRITI, "It's Friday already, Theo."),
        (THEO, "Ha, so it is. Monday, then, first thing."),
        (OWEN, "Right, the radio copy next."),
    ],
    [
        (NELL, "So I'll circulate the draft running order next week."),
        (OWEN, "Next week's half term, we're all off."),
        (NELL, "Oh, of course. Okay, the sixteenth. I'll circulate it on the sixteenth."),
        (PRITI, "Right, the radio copy next."),
    ],
]


@pytest.mark.parametrize("turns", NEW_DAY)
def test_a_promise_put_a_new_day_is_the_item_where_the_day_is_put(turns: list[tuple[str, str]]) -> None:
    items = call_items(turns)
    assert len(items) == 1, items
    owner, _, due, turn = items[0]
    assert (owner, turn) == (turns[0][0], 2), items
    assert due is not None


STAYS = [
    (  # the other side asks the new day
        [
            (THEO, "I'll send the revised floor plan by Friday."),
            (PRITI, "Could you do Thursday? Friday's our board."),
            (THEO, "Yes, Thursday, that's fine."),
            (OWEN, "Right, the radio copy next."),
        ],
        "2026-03-05",
    ),
    (  # a promise with no day, dated when asked
        [
            (NELL, "I'll also put together a quick list of the competitor stands."),
            (PRITI, "Great. When can we expect that?"),
            (NELL, "Thursday? Yes, say Thursday."),
            (OWEN, "Right, the radio copy next."),
        ],
        "2026-03-05",
    ),
    (  # an offer taken up
        [
            (THEO, "Shall I send over the two case studies? So you've got them for the board?"),
            (PRITI, "Yes, please."),
            (THEO, "I'll send them straight after this call."),
            (OWEN, "Right, the radio copy next."),
        ],
        "2026-03-04",
    ),
]


@pytest.mark.parametrize(("turns", "due"), STAYS)
def test_a_day_asked_or_an_offer_leaves_the_item_at_its_first_turn(turns: list[tuple[str, str]], due: str) -> None:
    items = call_items(turns)
    assert len(items) == 1, items
    assert (items[0][0], items[0][2], items[0][3]) == (turns[0][0], due, 0), items
