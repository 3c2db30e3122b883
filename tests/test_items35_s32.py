"""Action items found or not, from session 32's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A request turned down ("I'd rather not, honestly.") is not taken on by what the reply says is going on as its reason
("the moment we cut a line, we're making judgements about history", "we're rewriting the signage this week"): a
present-tense account answers why not (``commitments.CommitmentTracker._resolve_pending``). Work offered instead
("What I can do is send you a template by Friday.") is still the item, and a yes with the work under way ("Yes,
we're writing them this week.") still takes the request on.

Asked for something, "Hmm, I'll have to check with the supplier" waits on someone else's answer: no yes yet
(``distractors.jsonl`` ``defer_check_first``, as "let me check with them first"). The work is taken on when the
answer comes back with a promise, and a yes said with the check ("Sure. I'll have to check with them first, but I'll
get it to you by Friday.") still takes it on.
"""

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
            (PRITI, "Could your team do the cutting down? Take the curator's drafts and edit them to length?"),
            (
                NELL,
                "I'd rather not, honestly. It's the museum's voice, the moment we cut a line about a donor, we're "
                "making judgements about history. It needs to come from your side.",
            ),
            NEXT,
        ],
        [
            (PRITI, "Could your team write the captions too?"),
            (NELL, "I'd rather not. We're rewriting the signage this week and we're stretched."),
            NEXT,
        ],
    ],
)
def test_a_request_turned_down_with_its_reason_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert call_items(turns) == [], run(turns).action_items


@pytest.mark.parametrize(
    ("turns", "owner", "verb"),
    [
        (
            [
                (PRITI, "Could your team write the captions too?"),
                (NELL, "Sorry, no. What I can do is send you a template by Friday."),
                NEXT,
            ],
            NELL,
            "send",
        ),
        (
            [
                (PRITI, "Could your team write the captions too?"),
                (NELL, "Yes, we're writing them this week, actually."),
                NEXT,
            ],
            "agency",
            "write",
        ),
    ],
)
def test_work_offered_instead_or_under_way_is_still_the_item(
    turns: list[tuple[str, str]], owner: str, verb: str
) -> None:
    items = call_items(turns)
    assert [o for o, task, _, _ in items if task.startswith(verb)] == [owner], run(turns).action_items


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                (NELL, "Owen, could you send us what's actually in the gift box? I need to shoot it."),
                (OWEN, "Hmm, I'll have to check with the supplier, they keep changing it."),
                (PRITI, "Sorry I'm late, where are we?"),
                NEXT,
            ],
            [],
        ),
        (
            [
                (NELL, "Owen, could you send us what's actually in the gift box? I need to shoot it."),
                (OWEN, "Hmm, I'll have to check with the supplier, they keep changing it."),
                (PRITI, "Sorry I'm late."),
                (NELL, "No worries."),
                (OWEN, "Oh, on the box, the supplier's just replied. Yes, I'll get you the full list by Friday."),
                NEXT,
            ],
            [4],
        ),
        (
            [
                (NELL, "Owen, could you send us the box list?"),
                (OWEN, "Sure. I'll have to check with the supplier first, but I'll get it to you by Friday."),
                NEXT,
            ],
            [1],
        ),
    ],
)
def test_having_to_check_first_defers_the_request(turns: list[tuple[str, str]], expected: list[int]) -> None:
    assert [turn for _, _, _, turn in call_items(turns)] == expected, run(turns).action_items
