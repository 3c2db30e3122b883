"""Spurious and missed action items of session 43 (branch spur50). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A request to send a thing not yet named: "Tuesday works for the check-in. Send an invite over." "Will do." gave no
item. The imperatives that ask for a thing to be sent (``request_send_it`` in ``models/requests.jsonl``) took "send
it / them / the …" but not "send a / an / some …"; now "send, email, forward, circulate" with "a", "an" or "some"
(perhaps after "and", "so", "just", a yes) is a request too, an item once the listener takes it up. Not taken up
("Sorry, what about the budget?") or handed back ("Could you send it?"), it is none.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


SEND_A_THING = [
    (
        [
            (PRITI, "Tuesday works for the check-in. Send an invite over."),
            (NELL, "Will do."),
        ],
        (NELL, "send an invite for the check-in", None),
    ),
    (
        [
            (OWEN, "Good. And send a note round to the store managers."),
            (THEO, "Sure, will do."),
        ],
        (THEO, "send a note to the store managers", None),
    ),
    (
        [
            (PRITI, "The printers want the final size. Just email some proofs across."),
            (NELL, "Yep, on it."),
        ],
        (NELL, "email some proofs across", None),
    ),
]


@pytest.mark.parametrize(("turns", "item"), SEND_A_THING)
def test_send_a_thing_taken_up_is_an_item(turns: list[tuple[str, str]], item: tuple[str, str, str | None]) -> None:
    assert opened_items(turns) == [item]


NOT_TAKEN_UP = [
    [
        (PRITI, "Tuesday works for the check-in. Send an invite over."),
        (OWEN, "Sorry, what about the budget?"),
    ],
    [
        (PRITI, "Tuesday works for the check-in. Send an invite over."),
        (NELL, "Actually, could you send it? My calendar's a mess."),
    ],
]


@pytest.mark.parametrize("turns", NOT_TAKEN_UP)
def test_send_a_thing_not_taken_up_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []
