"""Session 48, missed items (branch due55).

A request taken up with two promises joined in one sentence, each with its own "I'll" and its own thing ("Can you
deal with the stockists?" "I can. I'll ring every stockist this afternoon, and I'll get our web team to pull the page
today.") is two items: the second is not swallowed by the first. What comes back of the work to the asker ("…, and
I'll send you my notes"), a verb that shares the first one's subject, and the thing asked pointed to again ("…, and
I'll book it for the 20th") stay one item. The dialogues are written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("ask", "reply", "second"),
    [
        (
            "We have to stop selling the kettle. Priti, can you deal with the stockists?",
            "I can, yes. I'll ring every stockist this afternoon, and I'll get our web team to pull the page today.",
            "web team",
        ),
        (
            "Could you take care of the sponsors, Priti?",
            "Sure. I'll email the three sponsors tomorrow, and I'll ask our lawyer to check the contract wording.",
            "lawyer",
        ),
    ],
)
def test_two_promises_joined_in_a_reply_to_a_request_are_two_items(ask: str, reply: str, second: str) -> None:
    found = call_items([(NELL, ask), (PRITI, reply), NEXT])
    mine = [task for o, task, _, _ in found if o == PRITI]
    assert len(mine) == 2 and any(second in t for t in mine), found


@pytest.mark.parametrize(
    "reply",
    [
        "Sure. I'll ring every stockist this afternoon and get our web team to pull the page today.",
        "Yes, I'll call the venue this morning and I'll book it for the 20th.",
    ],
)
def test_one_promise_in_a_reply_to_a_request_stays_one_item(reply: str) -> None:
    found = call_items([(NELL, "Could you sort the stockists and the venue, Priti?"), (PRITI, reply), NEXT])
    assert len([t for o, t, _, _ in found if o == PRITI]) == 1, found
