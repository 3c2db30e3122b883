"""Acceptances that defer to someone else's say (``pipeline/extract/deferred.py``): each row's must- and
must-not-match sentences, and dialogues written for these tests (GUIDELINES §4: a deferred question is not an
agreement)."""

from __future__ import annotations

import pytest

from pipeline.extract.deferred import DEFER_ROWS
from tests.support import LUCY, NADIA
from tests.test_extract_readbacks import agreed


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in DEFER_ROWS)


@pytest.mark.parametrize(("row", "sentence"), [(r.label, s) for r in DEFER_ROWS for s in r.examples])
def test_row_matches(row: str, sentence: str) -> None:
    assert next(r for r in DEFER_ROWS if r.label == row).pattern.search(sentence)


@pytest.mark.parametrize(("row", "sentence"), [(r.label, s) for r in DEFER_ROWS for s in r.not_examples])
def test_row_does_not_match(row: str, sentence: str) -> None:
    assert not next(r for r in DEFER_ROWS if r.label == row).pattern.search(sentence)


@pytest.mark.parametrize(
    "reply",
    [
        "Okay. I think that's sensible but I'd want Gareth to say yes, it's his budget line.",
        "Sounds good, but I'll need to run it past finance first.",
        "That works for me, but let me check with the regional team before we commit.",
        "That works for us, subject to the board signing it off.",
        "Fine by me, but it's Sarah's call really.",
    ],
)
def test_an_acceptance_that_defers_settles_nothing(reply: str) -> None:
    assert agreed([(NADIA, "What if we ran the pop-up for two weekends instead of one?"), (LUCY, reply)]) == []


@pytest.mark.parametrize(
    "reply",
    ["That works for us, but we'll need the slides a day earlier.", "Sounds good, I'll tell the stores."],
)
def test_an_acceptance_with_its_own_proviso_settles(reply: str) -> None:
    assert [t for t, _ in agreed([(NADIA, "What if we ran the pop-up for two weekends?"), (LUCY, reply)])] == [1]
