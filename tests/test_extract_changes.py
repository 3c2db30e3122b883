"""A choice made with a change, accepted (``pipeline/extract/changes.py``): each row's must- and must-not-match
sentences, and dialogues written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.changes import CHANGE_ROWS
from tests.support import LUCY, NADIA, OWEN, PEOPLE, extract_turns


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [(a.turn, a.text) for a in ex.agreements]


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in CHANGE_ROWS)


ROWS = list(enumerate(CHANGE_ROWS))


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.examples])
def test_row_matches(i: int, sentence: str) -> None:
    assert CHANGE_ROWS[i].pattern.search(sentence)


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.not_examples])
def test_row_does_not_match(i: int, sentence: str) -> None:
    assert not CHANGE_ROWS[i].pattern.search(sentence)


CHANGED = {
    "liked, then the change asked": (
        [
            (LUCY, "I love B."),
            (NADIA, "Great."),
            (LUCY, "Could we get the table setting with some of the typography from C?"),
            (NADIA, "Definitely."),
        ],
        (3, "We get the table setting with some of the typography from C. We go with B."),
    ),
    "in one turn": (
        [
            (LUCY, "A's lovely. Could we do it with the photography from B instead of the illustration?"),
            (OWEN, "Yes, absolutely."),
        ],
        (1, "We do it with the photography from B instead of the illustration. We go with A."),
    ),
}
NOT_CHANGED = {
    "a change asked, no option chosen": [
        (LUCY, "Could we get the table setting with some of the typography from C?"),
        (NADIA, "Definitely, I'll mock it up."),
    ],
    "not taken up": [
        (LUCY, "I love B. Could we get the table setting with the typography from C?"),
        (NADIA, "Let me see what the studio thinks."),
    ],
}


@pytest.mark.parametrize("name", CHANGED)
def test_choice_with_a_change_is_agreed(name: str) -> None:
    turns, expected = CHANGED[name]
    assert agreed(turns) == [expected]


@pytest.mark.parametrize("name", NOT_CHANGED)
def test_not_a_choice_with_a_change(name: str) -> None:
    assert agreed(NOT_CHANGED[name]) == []
