"""Session 49, task wording of "what I've got" (branch task56).

"I'll send what I've got", "I'll dig out what we have": what the speaker holds of a thing asked for or said to be
needed before, not a thing named (``antecedents.held_stock``, ``Wording._held_for``). The thing is the one asked
for that the turn shares words with ("Three years by store is fine … I'll send what I've got" after "three years
of till receipts by store"), else the nearest thing named in the turns before; the speaker's own turn says how much
of it there is ("I've got most of it, I'm waiting on the buyers"), not what it is. Not a giving verb's object ("ask
them what they have", "see what we have in the budget"): left as said. The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "Next, the stand graphics. Theo needs the product names and prices to finish them."),
                (NELL, "Owen, Priti, who has those?"),
                (
                    OWEN,
                    "That's me. I've got most of it, I'm just waiting on the buyers. I'll send what I have by Tuesday.",
                ),
            ],
            "send the product names",
        ),
        (
            [
                (NELL, "We need the brand guidelines and the logo files."),
                (OWEN, "I'll dig out what we have and send it by Thursday."),
            ],
            "send the brand guidelines",
        ),
        (
            [
                (THEO, "For the pricing page we'd want the membership tiers by region."),
                (PRITI, "The membership tiers by region are mostly settled. I'll send over what I've got tomorrow."),
            ],
            "send over the membership tiers by region",
        ),
    ],
)
def test_what_i_have_is_the_thing_asked_for(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert any(t.startswith(worded) for t in tasks), tasks
    assert not any("what I have" in t or "what we have" in t or "what I've got" in t for t in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "kept"),
    [
        (
            [
                (NELL, "We could ask the stores about stock levels."),
                (OWEN, "Good idea. I'll ask them what they have and report back on Friday."),
            ],
            "what they have",
        ),
        (
            [
                (NELL, "The venue wants a deposit for the gala dinner."),
                (PRITI, "I'll check what we have left in the budget and come back to you by Friday."),
            ],
            "what we have left",
        ),
    ],
)
def test_what_is_held_without_a_giving_verb_is_left(turns: list[tuple[str, str]], kept: str) -> None:
    tasks = call_tasks(turns)
    assert any(kept in t for t in tasks), tasks
