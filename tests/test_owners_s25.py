"""A team the speaker's side names does the work; the speaker who adds "I'll make sure of it" or "I'll flag it to
them" only sees it done: the item stays the side's (GUIDELINES §2.3, "our legal/IT/finance team"). A side's "we"
taken on by the speaker in the same turn ("We can put soft holds on. I'll get those on today.") stays the speaker's.
Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, CALL_DATE, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "owner"),
    [
        (
            [
                (NELL, "We can't invoice until we're on your supplier system."),
                (OWEN, "Okay. Our procurement team will get you registered by the eighteenth, I'll make sure of it."),
                (NELL, "Thanks."),
            ],
            "client",
        ),
        (
            [
                (PRITI, "And the customer photos in the film?"),
                (OWEN, "Ah. Our legal team will need to clear those before the edit. I'll flag it to them today."),
                (NELL, "Great."),
            ],
            "client",
        ),
        (
            [
                (PRITI, "Can someone hold the two dates with the venue?"),
                (NELL, "We can put soft holds on both. I'll get those on today."),
                (PRITI, "Perfect."),
            ],
            NELL,
        ),
    ],
)
def test_a_named_team_keeps_the_work(turns: list[tuple[str, str]], owner: str) -> None:
    x = extract_turns(turns, CALL, CALL_DATE, step=10.0)
    assert [a.owner for a in x.action_items] == [owner]
