"""Session 55, issue 10 (branch ami55): what a suggested agreement states in a long, loose meeting.

A suggestion is worded as a statement, not the raw quote (``suggest.suggested_statement``). Two things of how
people speak were left at its start:

* an opener said as a sentence of its own ("Yeah. The volume buttons could be lemons.") left its full stop behind
  when the lead-in went: ". The volume buttons could be lemons";
* a word cut off and said again ("W we are aiming for younger people.", "Y yeah you could have…") kept the cut-off
  letter, and with it the opener behind it;
* a task's wrappers were taken off a statement, which lost its subject: "We are aiming for younger people." ->
  "Aiming for younger people", "So we have to keep it simple." -> "Keep it simple" (an order nobody gave). Only the
  lead-ins that open any sentence (``"statement": true`` rows: ``WordingRules.strip_opening``) come off now.

A single letter before a word it begins is cut off (the ``cut_off_start`` row of models/wording/task_wording.jsonl);
"I" and "a", words of their own, are never taken for one ("I intend to…", "A and B are both fine.")."""

from __future__ import annotations

import pytest

from pipeline.extract.asr import normalise
from pipeline.extract.suggest import suggested_statement
from pipeline.extract.wording_rules import load_rules
from tests.support import MODELS

RULES = load_rules(MODELS / "wording" / "task_wording.jsonl")


def _stated(said: str) -> str:
    return suggested_statement(normalise(said), RULES)


@pytest.mark.parametrize(
    ("said", "stated"),
    [
        ("Yeah. The volume buttons could be lemons or something.", "The volume buttons could be lemons or something"),
        ("Okay. We keep the plastic case for now.", "We keep the plastic case for now"),
        ("So. The launch stays on the eighth.", "The launch stays on the eighth"),
        ("Yeah? The lid stays cork, then.", "The lid stays cork, then"),
        ("W we are aiming for younger people.", "We are aiming for younger people"),
        ("Y yeah you could have a number of different designs.", "You could have a number of different designs"),
        ("S so we're going for the single curve.", "We're going for the single curve"),
        ("Well, y yeah, the price stays at twenty-five.", "The price stays at twenty-five"),
        ("My idea is that we keep the plastic case.", "We keep the plastic case"),
    ],
)
def test_a_suggestion_states_without_what_opened_the_turn(said: str, stated: str) -> None:
    assert _stated(said) == stated


@pytest.mark.parametrize(
    "said",
    [
        "I intend to keep the price at twenty-five.",
        "A and B are both fine by us.",
        "T-shirts go in the welcome pack.",
        "B, C and D stay as they are.",
        "The case will be plastic.",
        "X marks the spot on the map.",
        "We are aiming for younger people.",
        "We have to keep it simple.",
        "We need to stay under twenty-five euros.",
        "You're getting the rubber buttons.",
    ],
)
def test_a_statement_keeps_its_words(said: str) -> None:
    """A letter that is a word of its own, and a statement's subject, stay."""
    assert _stated(said) == said.rstrip(".")


def test_a_statement_loses_its_opener_and_keeps_its_subject() -> None:
    assert _stated("So we have to keep it simple.") == "We have to keep it simple"
    assert _stated("Okay, so we're going for the single curve.") == "We're going for the single curve"
