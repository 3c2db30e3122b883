"""Terms settled by saying them back (``pipeline/extract/echoes.py``): each reply form's must- and must-not-match
sentences, and dialogues written for these tests (GUIDELINES §3: a date taken for some work or a session belongs to
that item, not to the agreements)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.echoes import ECHO_ROWS, said_back
from tests.support import LUCY, NADIA, OWEN, PEOPLE, extract_turns


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [(a.turn, a.text) for a in ex.agreements]


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in ECHO_ROWS)


@pytest.mark.parametrize(("row", "sentence"), [(r.id, s) for r in ECHO_ROWS for s in r.examples])
def test_row_matches(row: str, sentence: str) -> None:
    assert next(r for r in ECHO_ROWS if r.id == row).pattern.match(sentence)


@pytest.mark.parametrize(("row", "sentence"), [(r.id, s) for r in ECHO_ROWS for s in r.not_examples])
def test_row_does_not_match(row: str, sentence: str) -> None:
    assert not next(r for r in ECHO_ROWS if r.id == row).pattern.match(sentence)


def test_said_back_needs_a_figure() -> None:
    from pipeline.extract import build_nlp
    from tests.support import MODELS

    nlp = build_nlp(MODELS)
    assert said_back(next(nlp("Thirty days is fine.").sents)) == "Thirty days"
    assert said_back(next(nlp("The colour is fine.").sents)) == ""


SAID_BACK = {
    "a start date and a payment term, each said back": (
        [
            (OWEN, "So the new contract begins on the first of June."),
            (LUCY, "First of June, yes. And the payment terms stay at thirty days?"),
            (OWEN, "Thirty days is fine."),
        ],
        [(1, "The new contract begins on the first of June."), (2, "The payment terms stay at thirty days.")],
    ),
    "a price put, said back with fine": (
        [(OWEN, "We could do all six films for two-eighty."), (LUCY, "Two-eighty, fine.")],
        [(1, "We do all six films for two-eighty.")],
    ),
}
NOT_SAID_BACK = {
    "a deadline asked for": [(LUCY, "Could we see the new cut by Wednesday?"), (OWEN, "Wednesday's fine.")],
    "a deadline offered": [
        (OWEN, "So I can send three variants over Monday week? Gives me time."),
        (LUCY, "Monday week's fine, yeah."),
    ],
    "a date answering when": [
        (LUCY, "When could you get the deck over?"),
        (OWEN, "The tenth?"),
        (LUCY, "The tenth's fine."),
    ],
    "a fact read back": [
        (NADIA, "Early access is June tenth, and the showcase is the sixth?"),
        (LUCY, "June sixth, yeah. The trailer premieres there."),
    ],
    "the hour of a session": [(LUCY, "Thursday works. Two o'clock?"), (OWEN, "Two o'clock's perfect.")],
}


@pytest.mark.parametrize("name", SAID_BACK)
def test_said_back_is_agreed(name: str) -> None:
    turns, expected = SAID_BACK[name]
    assert agreed(turns) == expected


@pytest.mark.parametrize("name", NOT_SAID_BACK)
def test_not_an_agreement(name: str) -> None:
    assert agreed(NOT_SAID_BACK[name]) == []
