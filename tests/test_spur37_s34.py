"""One piece of work said twice in a turn, from session 34's read sets. Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Getting in touch with someone the turn already named, by a message or a call to "her", "him" or "them" ("I'll chase
the photographer. I'll drop her an email this afternoon."), is the way the work said before it is done, not a second
item: it dates that item (``repeats.gets_in_touch``). Naming whom ("I'll drop Owen an email") stays work of its own.

"I'll have something by Friday" after the work in the same turn is when that work's result is had, as "I'll have an
answer by Monday" (``repeats.result_had``).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")
TODAY, THURSDAY = "2026-03-04", "2026-03-05"


@pytest.mark.parametrize(
    ("turns", "verb", "due"),
    [
        (
            [
                (OWEN, "The cover photo we've got is tiny."),
                (NELL, "I'll chase the photographer for the high-res file. I'll drop her an email this afternoon."),
                NEXT,
            ],
            "chase",
            TODAY,
        ),
        (
            [
                (OWEN, "Who's asking the venue about parking?"),
                (THEO, "I'll ask the venue manager. I'll give them a call tomorrow."),
                NEXT,
            ],
            "ask",
            THURSDAY,
        ),
        (
            [
                (PRITI, "Can we find out what the sponsorship would cost?"),
                (
                    NELL,
                    "Leave that with me, I know their sales manager, I'll get a straight answer out of him. "
                    "I'll have something for you tomorrow.",
                ),
                NEXT,
            ],
            "get",
            THURSDAY,
        ),
    ],
)
def test_the_way_the_work_is_done_is_the_same_item(turns: list[tuple[str, str]], verb: str, due: str) -> None:
    items = call_items(turns)
    assert [(task.split()[0], d) for _, task, d, _ in items] == [(verb, due)], run(turns).action_items


def test_getting_in_touch_with_someone_named_is_work_of_its_own() -> None:
    turns = [
        (OWEN, "The cover photo we've got is tiny."),
        (NELL, "I'll chase the photographer for the high-res file. And I'll drop Priti an email about the captions."),
        NEXT,
    ]
    assert len(call_items(turns)) == 2, run(turns).action_items
