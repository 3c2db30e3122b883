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


# What must come first, said with "can" ("before I can", "once I can", "as soon as I can"), is a condition, not an
# offer, also as a sentence of its own after what is needed ("I'll need the breakdown. Before I can sign it.";
# ``components._comes_first``); the work it leads to is still the item.
@pytest.mark.parametrize(
    ("turns", "tasks"),
    [
        (
            [
                (NELL, "We're absorbing the fee increase."),
                (
                    PRITI,
                    "Okay. I'll need to see the fee breakdown, though. Line by line. Before I can put my name to it.",
                ),
                NEXT,
            ],
            [],
        ),
        (
            [
                (PRITI, "The new store's still locked up."),
                (THEO, "As soon as I can get into the building, I can measure up."),
                NEXT,
            ],
            ["measure"],
        ),
        (
            [
                (PRITI, "The new store's still locked up."),
                (THEO, "I'll measure up as soon as I can get into the building."),
                NEXT,
            ],
            ["measure"],
        ),
    ],
)
def test_what_must_come_first_is_no_offer(turns: list[tuple[str, str]], tasks: list[str]) -> None:
    assert [task.split()[0] for _, task, _, _ in call_items(turns)] == tasks, run(turns).action_items


# A tag question that checks what the listener wants ("You'll want our ticketing data too, right?") offers it, it
# asks the listener for no work: a yes takes on nothing (``requests._wish_checked``); a tag question on the
# listener's work ("you're doing the final fifteen, yeah?", "you'll need to sign it by Friday, right?") still asks.
@pytest.mark.parametrize(
    ("asked", "owners"),
    [
        ("From the digital side, you'll want our ticketing data and the web analytics, right?", []),
        ("Theo, you're doing the final fifteen, yeah?", [THEO]),
        ("Theo, you'll need to sign the contract by Friday, right?", [THEO]),
    ],
)
def test_a_tag_question_on_what_the_listener_wants_asks_no_work(asked: str, owners: list[str]) -> None:
    turns = [(PRITI, asked), (THEO, "Yes please." if not owners else "Yep, will do."), NEXT]
    assert [owner for owner, *_ in call_items(turns)] == owners, run(turns).action_items
