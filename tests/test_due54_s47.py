"""Session 47, missed items (branch due54).

A request taken up by a reply that makes two promises in one sentence ("I can. I'll phone every stockist this
afternoon, and I'll get the web team to pull the offer page today.") gives two items: the second, with a subject of its
own and a thing neither the request nor the first promise names, is more work, not the same work said again. Not
"I'll recut it this afternoon and I'll have it with you by the end of the day" (one piece of work and its handing over).
The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "owner", "first", "second"),
    [
        (
            [
                (NELL, "So we stop the promotion. Priti, can you handle the stockists?"),
                (
                    PRITI,
                    "I can, yeah. I'll phone every stockist this afternoon, and I'll get our web team to pull the "
                    "offer page today.",
                ),
            ],
            PRITI,
            "stockist",
            "offer page",
        ),
        (
            [
                (OWEN, "Theo, could you send the price list over?"),
                (THEO, "Sure. I'll send it this afternoon, and I'll book the courier for the samples tomorrow."),
            ],
            THEO,
            "price list",
            "courier",
        ),
    ],
)
def test_a_second_promise_in_the_reply_that_takes_a_request_on_is_its_own_item(
    turns: list[tuple[str, str]], owner: str, first: str, second: str
) -> None:
    found = call_items([*turns, NEXT])
    assert any(o == owner and first in task for o, task, _, _ in found), found
    assert any(o == owner and second in task for o, task, _, _ in found), found


@pytest.mark.parametrize(
    "reply",
    [
        "Yep, I'll recut it this afternoon and I'll have it with you by the end of the day.",
        "Yes, I'll finish the cut-down tonight and I'll send it first thing.",
        "Sure, I'll look at the edit today and I'll come back to you with an answer tomorrow.",
        "Yep, I'll recut it tonight and I'll get it to the sound studio in the morning.",
        "Sure, I'll pull the shot list and I'll put a one-pager together by Friday.",
    ],
)
def test_the_work_asked_and_its_handing_over_stay_one_item(reply: str) -> None:
    found = call_items([(PRITI, "Theo, could you fix the cut-down?"), (THEO, reply), NEXT])
    assert len([task for o, task, _, _ in found if o == THEO]) == 1, found
