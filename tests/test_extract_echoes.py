"""Terms settled by saying them back (``pipeline/extract/echoes.py``): each reply form's must- and must-not-match
sentences, and dialogues written for these tests (GUIDELINES §3: a date taken for some work or a session belongs to
that item, not to the agreements)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import analyse
from pipeline.extract.echoes import ECHO_ROWS, said_back
from pipeline.schemas import Segment, Transcript
from pipeline.settings import Settings
from tests.support import LUCY, MODELS, NADIA, OWEN, PEOPLE, extract_turns, header

DAY = dt.date(2026, 3, 4)
SETTINGS = Settings(models_dir=MODELS)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    ex = extract_turns(turns, PEOPLE, DAY, "gold-json", step=10.0)
    return [(a.turn, a.text) for a in ex.agreements]


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in ECHO_ROWS)


@pytest.mark.parametrize(("row", "sentence"), [(r.label, s) for r in ECHO_ROWS for s in r.examples])
def test_row_matches(row: str, sentence: str) -> None:
    assert next(r for r in ECHO_ROWS if r.label == row).pattern.match(sentence)


@pytest.mark.parametrize(("row", "sentence"), [(r.label, s) for r in ECHO_ROWS for s in r.not_examples])
def test_row_does_not_match(row: str, sentence: str) -> None:
    assert not next(r for r in ECHO_ROWS if r.label == row).pattern.match(sentence)


def test_said_back_needs_a_figure() -> None:
    turns = [(LUCY, "Thirty days is fine."), (OWEN, "The colour is fine."), (LUCY, "The tenth. Fine.")]
    segments = [Segment(index=k, text=text, speaker=who, start=k * 10.0) for k, (who, text) in enumerate(turns)]
    analysed = analyse(Transcript(source_kind="gold-json", segments=segments), header(PEOPLE, DAY), SETTINGS)
    said = [said_back(t) for t in analysed]
    assert [s.text if s is not None else None for s in said] == ["Thirty days is fine.", None, "The tenth. Fine."]


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
SAID_BACK |= {
    "a date that is the condition of a deal": (
        [(LUCY, "If you can have the site live by the tenth, we'll sign the contract."), (OWEN, "The tenth. Fine.")],
        [(1, "If you can have the site live by the tenth, we'll sign the contract.")],
    ),
    "a term of an offer, taken first and said back": (
        [(OWEN, "If you commit to twelve months, we'll do it for ninety."), (LUCY, "Done. Ninety for twelve months.")],
        [(1, "If you commit to twelve months, we'll do it for ninety.")],
    ),
}
SAID_BACK |= {
    "a price put for us both": (
        [(OWEN, "Can we do the lot for two-eighty?"), (LUCY, "Two-eighty, fine.")],
        [(1, "We do the lot for two-eighty.")],
    ),
    "a launch date read back": (
        [(OWEN, "So the launch is the first of June, then?"), (LUCY, "First of June, yes.")],
        [(1, "The launch is the first of June.")],
    ),
}
NOT_SAID_BACK = {
    "the day of a session put for us both": [
        (OWEN, "Could we do the workshop on Thursday the twenty-second?"),
        (LUCY, "Thursday the twenty-second, fine."),
    ],
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
