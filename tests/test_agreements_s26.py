"""Agreements drafted or missed in session 26's read sets, by how they are said: leave given to do something in the
call itself ("Could I put my screen up?" "Yes, go ahead, I'll stop sharing.") is no decision, while a "go ahead" to
work asked about stays one. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("asked", "answer", "agreed"),
    [
        (
            "Could I put my screen up for a minute? There's a chart from the pilot I'd like you to see.",
            "Yes, go ahead, I'll stop sharing.",
            False,
        ),
        ("Can I share my screen quickly? It's easier than describing it.", "Yeah, go ahead.", False),
        (
            "The proofs came back clean. Can we send the leaflet to the printers today?",
            "Yes, go ahead. The sooner the better.",
            True,
        ),
    ],
)
def test_leave_to_do_something_in_the_call_is_no_agreement(asked: str, answer: str, agreed: bool) -> None:
    turns = [(NELL, "That's the survey side covered."), (THEO, asked), (PRITI, answer), (THEO, "Thanks.")]
    assert (2 in agreed_at(turns)) is agreed, run(turns).agreements
