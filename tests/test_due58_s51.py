"""Session 51, two promises in one sentence of a reply that takes a request on (branch due58).

"Can you look after the suppliers?" "I can, yes. I'll ring the printers this afternoon, and I'll get our studio to redo
the proofs today.": the first clause takes the request on; the second, joined by "and" with a subject of its own and
on a thing the request did not name, is a second promise (``items.promised_besides``) when each says the same day in
words of its own (``commitments._dated_apart``). Before, a clause joined to the one taking the request was always used
up with it, and its work was lost. One subject for both verbs ("I'll ring the printers and email the framers") stays
one item, and so does the same work said on ("I'll tidy it up, and I'll send it tonight"), one date said once for
both, a second promise with no date, or steps on one day after another (wider rules raised a never-read set by a
spurious item and a due). The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client; the call is on Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("ask", "reply", "second"),
    [
        (
            "Theo, can you look after the suppliers?",
            "I can, yes. I'll ring the printers this afternoon, and I'll get our studio to redo the proofs today.",
            (THEO, "get the studio to redo the proofs", "2026-03-04"),
        ),
        (
            "Nell, could you deal with the venue?",
            "Sure. I'll call the hotel this morning, and I'll ask the caterers about the vegan options today.",
            (NELL, "ask the caterers about the vegan options", "2026-03-04"),
        ),
    ],
)
def test_a_second_promise_joined_on_is_its_own_item(ask: str, reply: str, second: tuple[str, str, str | None]) -> None:
    items = call_items([(PRITI, ask), (second[0], reply), (OWEN, "Great, thanks.")])
    assert len(items) == 2
    assert items[0][2] == "2026-03-04"  # the first keeps its own day
    assert items[1][:3] == second


@pytest.mark.parametrize(
    "reply",
    [
        "I can, yes. I'll ring the printers this afternoon and email the framers tomorrow.",  # one subject, one item
        "I can, yes. I'll tidy the deck up this afternoon, and I'll send it tonight.",  # the same work said on
        "I can, yes. I'll tidy the deck up, and I'll get the studio to redo the charts by Friday.",  # one date for both
        "I can, yes. I'll tidy the deck up today, and I'll get the studio to redo the charts.",  # the second undated
        "I can, yes. I'll tidy the deck up today, and I'll get the studio to redo the charts tomorrow.",  # two steps
    ],
)
def test_one_item_when_nothing_new_is_promised(reply: str) -> None:
    items = call_items([(PRITI, "Theo, can you look after the deck?"), (THEO, reply), (OWEN, "Great, thanks.")])
    assert len(items) == 1
