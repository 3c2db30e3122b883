"""A date said in the turn before an item belongs to the item that already took it, not to the next one put.
tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026."""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_a_date_a_reply_gave_the_last_promise_is_not_the_next_offers() -> None:
    items = call_items(
        [
            (NELL, "We'd need to get into the warehouse with a crew, early in the morning."),
            (PRITI, "That's Dan's site and he guards it. I'll sort the access with him. Leave that with me."),
            (NELL, "Lovely. Any idea on timing? Because we'd want to film early next month."),
            (PRITI, "I'll have an answer for you by the end of next week. He's on holiday this week, so."),
            (
                THEO,
                "Perfect. And I was going to say, shall I sketch a couple of thumbnails for the series? Just so you "
                "can see the look.",
            ),
            (PRITI, "Hmm. Let's see where we land on access first."),
            (NELL, "Fair. The radio copy, then."),
            (OWEN, "The radio copy reads well. No changes from us."),
            (PRITI, "Oh, and Theo, the thumbnails. Yes please, do them."),
        ]
    )
    access = [i for i in items if "access" in i[1]]
    thumbnails = [i for i in items if "thumbnail" in i[1]]
    assert [(i[0], i[2]) for i in access] == [(PRITI, "2026-03-13")]
    assert [(i[0], i[2]) for i in thumbnails] == [(THEO, None)]
