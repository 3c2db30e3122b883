"""Work put forward as "Happy to …" / "I'm glad to …" (the speaker offers it, with no "I could" or question): an
item of the speaker's once the other side takes it up ("Yes please."), as "I could put together a one-pager" is;
left open when nobody takes it up, and no item for what the words only agree to ("Happy to go with that."), nor
talk ("Happy to talk it through at the review."), nor a "we" for the whole side (``concessions``). Dialogues
written for these tests (tests.support.CALL, a Wednesday, 2026-03-04).

``models/commitment_frames.jsonl`` ``happy_to`` / ``i_am_happy_to`` (label OFFER), routed to an offer by
``clause_kinds.i_clause`` (``GLAD_FRAMES``).

An offer is also taken up by thanks said straight back ("Perfect, thank you.", "Oh, lovely, thanks."), not by thanks
with a but or a no (``offers.thanked_for``); and "Would it help if I sent you …?" / "Would it be useful if I mocked up
…?" offers the work in its "if" clause (``would_it_help_if_i``, ``components.IF_OFFERS``: not conditional, the task
from the verb's base form), but not talk done in the call ("if I explained the thinking").
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("turns", "owner", "words"),
    [
        (
            [(NELL, "Happy to put together a one-pager for your board."), (PRITI, "Yes please."), NEXT],
            NELL,
            "one-pager",
        ),
        (
            [(THEO, "I'm happy to pull the regional figures together."), (OWEN, "Yes please, that'd be great."), NEXT],
            THEO,
            "regional figures",
        ),
        (
            [(PRITI, "Glad to send over the old brand guidelines."), (NELL, "Yes please."), NEXT],
            PRITI,
            "brand guidelines",
        ),
    ],
)
def test_work_offered_as_happy_to_is_the_item_once_taken_up(
    turns: list[tuple[str, str]], owner: str, words: str
) -> None:
    items = [i for i in opened_call(turns).action_items if i.turn >= 2]
    assert [(i.owner, words in i.task) for i in items] == [(owner, True)], items


@pytest.mark.parametrize(
    "turns",
    [
        [(NELL, "Happy to put together a one-pager for your board."), NEXT],
        [(PRITI, "Happy to go with that."), (NELL, "Great."), NEXT],
        [(NELL, "Happy to talk it through properly at the review."), (PRITI, "Yes please."), NEXT],
        [(THEO, "I'm not happy to rewrite the script again."), (PRITI, "Fair enough."), NEXT],
        [(NELL, "Happy to help."), (PRITI, "Thanks."), NEXT],
    ],
)
def test_happy_to_with_nothing_taken_up_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert [i for i in opened_call(turns).action_items if i.turn >= 2] == []


@pytest.mark.parametrize(
    ("turns", "owner", "task"),
    [
        (
            [(NELL, "Happy to put together a one-pager for your board."), (PRITI, "Perfect, thank you."), NEXT],
            NELL,
            "put together a one-pager for the board",
        ),
        (
            [(THEO, "I could knock up a rough animatic."), (OWEN, "Oh, lovely, thanks."), NEXT],
            THEO,
            "draft a rough animatic",
        ),
        (
            [(PRITI, "Would it help if I sent you last year's research?"), (NELL, "Yes please."), NEXT],
            PRITI,
            "send last year's research",
        ),
        (
            [(THEO, "Would it be useful if I mocked up the shelf wobbler?"), (OWEN, "That'd be great, thanks."), NEXT],
            THEO,
            "mock up the shelf wobbler",
        ),
    ],
)
def test_an_offer_thanked_for_or_put_as_what_would_help_is_the_item(
    turns: list[tuple[str, str]], owner: str, task: str
) -> None:
    items = [i for i in opened_call(turns).action_items if i.turn >= 2]
    assert [(i.owner, i.task) for i in items] == [(owner, task)], items


@pytest.mark.parametrize(
    "turns",
    [
        [(THEO, "I could knock up a rough animatic."), (OWEN, "Thanks, but we've got one already."), NEXT],
        [(THEO, "I could knock up a rough animatic."), (OWEN, "No thanks."), NEXT],
        [(PRITI, "Would it help if I sent you last year's research?"), (NELL, "No, we're fine, thanks."), NEXT],
        [(PRITI, "Would it help if I explained the thinking?"), (NELL, "Go on then."), NEXT],
        [(PRITI, "Would it help if I sent you last year's research?"), NEXT],
        [(NELL, "It would help if you sent us the logins."), (PRITI, "Thanks."), NEXT],
    ],
)
def test_an_offer_declined_or_left_open_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert [i for i in opened_call(turns).action_items if i.turn >= 2] == []
