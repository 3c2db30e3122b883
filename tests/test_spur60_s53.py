"""Spurious action items of session 53 (branch spur60). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A task that, once worded, names no work is no item (``wording_rules.no_work``, moved to the suggestions as a bare
verb is): a wish taken from the term agreed to ("I'd want nothing payable until June…" "Fine, I can do that." gave
"want nothing payable"), or a thing taken as it comes ("We'll take any freebies going."). A thing taken somewhere
("I'll take any comments back to the studio") and work agreed to ("I can do that.") stay items.

Our "have" set beside a third party's in one sentence says how things would look, not what is delivered
(``components._side_by_side``): "I wouldn't. They'll have a crying pensioner and we'll have a spokesman in a tie." gave
"send a spokesman in a tie". Not when a "have" delivers or finishes a thing ("to you", "with you", "done", "ready") or
the sentence has a day.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


NO_WORK = [
    [
        (OWEN, "I'd want nothing payable until the first of June, then half, then the lot from copy deadline."),
        (NELL, "Fine, I can do that. Nothing before the first of June, half after that, the lot from copy deadline."),
    ],
    [
        (NELL, "We could throw in some bonus spots if there's spare airtime."),
        (OWEN, "We'll take any freebies going."),
    ],
    [
        (THEO, "There may be a few unsold frames on the ring road in April."),
        (PRITI, "Honestly, we'll happily take whatever's left over."),
    ],
]


@pytest.mark.parametrize("turns", NO_WORK)
def test_a_wish_or_a_thing_taken_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []


STILL_WORK = [
    (
        [
            (PRITI, "Could the designers hear what the store managers said about the shelf wobblers?"),
            (THEO, "Yes, I'll take any comments back to the studio tomorrow."),
        ],
        THEO,
    ),
    (
        [
            (OWEN, "Can you send the cut-down versions over by Friday?"),
            (NELL, "I can do that."),
        ],
        NELL,
    ),
]


@pytest.mark.parametrize(("turns", "owner"), STILL_WORK)
def test_work_agreed_to_or_taken_somewhere_stays(turns: list[tuple[str, str]], owner: str) -> None:
    assert [who for who, _, _ in opened_items(turns)] == [owner]


SIDE_BY_SIDE = [
    [
        (OWEN, "Part of me thinks we should go on the programme and face them."),
        (NELL, "I'll be honest, I wouldn't. They'll have a crying pensioner and we'll have a spokesman in a tie."),
    ],
    [
        (PRITI, "What if the paper runs the story anyway?"),
        (THEO, "Then they'll have a family with a flooded kitchen, and we'll have a man in a suit."),
    ],
]


@pytest.mark.parametrize("turns", SIDE_BY_SIDE)
def test_our_have_beside_theirs_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []


DELIVERED_BESIDE_THEIRS = [
    [
        (PRITI, "Where are we on the launch pack?"),
        (THEO, "They'll have the proofs and we'll have the copy with you."),
    ],
    [
        (PRITI, "Where are we on the launch pack?"),
        (NELL, "They'll have the designs finished and we'll have the copy ready for the launch pack."),
    ],
]


@pytest.mark.parametrize("turns", DELIVERED_BESIDE_THEIRS)
def test_our_have_that_delivers_stays_an_item(turns: list[tuple[str, str]]) -> None:
    assert [who for who, _, _ in opened_items(turns)] == ["agency"]
