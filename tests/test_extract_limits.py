"""Limits the client gives (``pipeline/extract/limits.py``): each row's must- and must-not-match sentences, and
dialogues written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.limits import LIMIT_ROWS
from tests.support import LUCY, NADIA, OWEN, PEOPLE, WILL, extract_turns


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [(a.turn, a.text) for a in ex.agreements]


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in LIMIT_ROWS)


ROWS = list(enumerate(LIMIT_ROWS))


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.examples])
def test_row_matches(i: int, sentence: str) -> None:
    assert LIMIT_ROWS[i].pattern.search(sentence)


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.not_examples])
def test_row_does_not_match(i: int, sentence: str) -> None:
    assert not LIMIT_ROWS[i].pattern.search(sentence)


LIMITS = {
    "leave to go so far, and no further": (
        [
            (NADIA, "How much room do we have on the shoot budget?"),
            (LUCY, "Go up to six fifty if you have to, but no more."),
        ],
        "six fifty",
    ),
    "a cap put as an order": (
        [(NADIA, "What's the ceiling on the media spend for the spring burst?"), (LUCY, "Cap it at forty thousand.")],
        "forty thousand",
    ),
    "a yes with a ceiling": (
        [
            (OWEN, "Do you want us to put more behind the influencers?"),
            (LUCY, "A bit, but keep it under twenty grand, please."),
        ],
        "under twenty grand",
    ),
    "said flat": (
        [
            (OWEN, "The print run could go quite big if the stores want it."),
            (LUCY, "No more than five thousand copies this time."),
        ],
        "five thousand copies",
    ),
    "not to go over": (
        [
            (NADIA, "Is there a limit on the hospitality for the launch night?"),
            (WILL, "Don't go over eighty pounds a head."),
        ],
        "eighty pounds",
    ),
}
NOT_LIMITS = {
    "the agency's own promise": [(NADIA, "We'll keep the deck under twenty slides."), (LUCY, "Thank you.")],
    "a fact about someone else": [
        (NADIA, "The printers can't do more than five thousand copies in a week."),
        (LUCY, "Oh, right."),
    ],
    "a limit asked about": [
        (NADIA, "Do you want to keep it under ten thousand?"),
        (LUCY, "I don't know yet, let's see what the quotes say."),
    ],
    "on a condition still open": [
        (NADIA, "What's the budget for the stand?"),
        (LUCY, "If the board agrees, cap it at sixty. I'll know next week."),
    ],
    "no figure": [(NADIA, "How long should the film be?"), (LUCY, "Not too long, no more than it needs.")],
}


@pytest.mark.parametrize("name", LIMITS)
def test_limit_is_agreed(name: str) -> None:
    turns, said = LIMITS[name]
    found = agreed(turns)
    assert [k for k, _ in found] == [1]
    assert said in found[0][1]


@pytest.mark.parametrize("name", NOT_LIMITS)
def test_not_a_limit(name: str) -> None:
    assert agreed(NOT_LIMITS[name]) == []
