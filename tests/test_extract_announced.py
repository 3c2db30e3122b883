"""Decisions the client announces (``pipeline/extract/announced.py``): each row's must- and must-not-match
sentences, and dialogues written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.announced import ANNOUNCED_ROWS
from tests.support import LUCY, NADIA, OWEN, PEOPLE, WILL, extract_turns


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [(a.turn, a.text) for a in ex.agreements]


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in ANNOUNCED_ROWS)


ROWS = list(enumerate(ANNOUNCED_ROWS))


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.examples])
def test_row_matches(i: int, sentence: str) -> None:
    assert ANNOUNCED_ROWS[i].pattern.search(sentence)


@pytest.mark.parametrize(("i", "sentence"), [(i, s) for i, r in ROWS for s in r.not_examples])
def test_row_does_not_match(i: int, sentence: str) -> None:
    assert not ANNOUNCED_ROWS[i].pattern.search(sentence)


ANNOUNCED = {
    "agreed internally": (
        [
            (NADIA, "How are things at your end?"),
            (WILL, "Busy. We've agreed internally that the loyalty launch moves to September."),
            (NADIA, "Okay, that's helpful. I'll let the media team know."),
            (WILL, "Thanks. And the toolkit?"),
        ],
        "We've agreed internally that the loyalty launch moves to September.",
    ),
    "a course taken, told": (
        [
            (NADIA, "Right, the TV plan."),
            (LUCY, "Just so you know, we're dropping the TV element altogether. The money goes into social."),
            (NADIA, "Understood. I'll rework the plan."),
            (LUCY, "Great."),
        ],
        "We're dropping the TV element altogether.",
    ),
}
NOT_ANNOUNCED = {
    "still to come": [
        (LUCY, "The board might sign off the extra budget next week."),
        (NADIA, "Fingers crossed."),
    ],
    "not decided": [(LUCY, "We haven't decided on the venue yet."), (NADIA, "No rush.")],
    "told to a latecomer": [
        (NADIA, "So we stay with the current calculator for launch."),
        (OWEN, "Back, sorry. What did I miss?"),
        (LUCY, "We're keeping the old calculator."),
        (OWEN, "Got it."),
    ],
    "an idiom": [(LUCY, "We're keeping an eye on the returns."), (NADIA, "Sensible.")],
}


@pytest.mark.parametrize("name", ANNOUNCED)
def test_announced_is_agreed(name: str) -> None:
    turns, said = ANNOUNCED[name]
    assert agreed(turns) == [(1, said)]


@pytest.mark.parametrize("name", NOT_ANNOUNCED)
def test_not_announced(name: str) -> None:
    assert agreed(NOT_ANNOUNCED[name]) == []
