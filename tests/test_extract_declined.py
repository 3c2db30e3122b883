"""Decisions said in the negative (``pipeline/extract/declined.py``): each row's must- and must-not-match sentences,
and dialogues written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.declined import DECLINE_ROWS
from tests.support import LUCY, NADIA, OWEN, PEOPLE, extract_turns


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [(a.turn, a.text) for a in ex.agreements]


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in DECLINE_ROWS)


ROWS = list(enumerate(DECLINE_ROWS))


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.examples])
def test_row_matches(i: int, sentence: str) -> None:
    assert DECLINE_ROWS[i].pattern.search(sentence)


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.not_examples])
def test_row_does_not_match(i: int, sentence: str) -> None:
    assert not DECLINE_ROWS[i].pattern.search(sentence)


DECLINED = {
    "turned down, with what is done instead": (
        [
            (OWEN, "The regional news desk wants you on camera tomorrow."),
            (NADIA, "I'd say no, personally. It only keeps the story going."),
            (LUCY, "Yeah, okay. We decline. We send them a written statement instead."),
        ],
        [(2, "We decline. We send them a written statement instead.")],
    ),
    "an option not taken": (
        [(OWEN, "We could add a short podcast series to the plan."), (LUCY, "We're not doing the podcast. Not now.")],
        [(1, "We're not doing the podcast.")],
    ),
    "a no that agrees": (
        [
            (OWEN, "Honestly, I don't think we should book that caterer again."),
            (LUCY, "No. Agreed. Not for the summer party."),
        ],
        [(1, "We don't book that caterer again.")],
    ),
}
NOT_DECLINED = {
    "a no that refuses": [(OWEN, "I don't think we should print it at all."), (LUCY, "No, I don't agree. We print.")],
    "a condition": [(OWEN, "The paper wants a quote."), (LUCY, "If it's about the recall, we decline.")],
    "the agency saying what it will not do": [
        (LUCY, "Could you add a podcast to the plan?"),
        (OWEN, "We're not doing any audio this quarter, we're short of people."),
    ],
}


@pytest.mark.parametrize("name", DECLINED)
def test_declined_is_agreed(name: str) -> None:
    turns, expected = DECLINED[name]
    assert agreed(turns) == expected


@pytest.mark.parametrize("name", NOT_DECLINED)
def test_not_declined(name: str) -> None:
    assert agreed(NOT_DECLINED[name]) == []
