"""Session 32, task wording (branch task35): "the notes" an agency sends round after a meeting are its contact
report, which the task names beside the words said ("send the notes (contact report)"); notes that say what they
are of, on or from stay as said. The dialogues are written for these tests (tests.support.CALL: Nell Garside and
Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.extract.wording_rules import WordingRules
from tests.support import CALL, MODELS, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Great session. Nell, you'll send the notes round?"), (NELL, "Yes, this afternoon.")],
        [(THEO, "That's everything, I think."), (NELL, "Lovely. I'll send the notes round by end of day.")],
        [(NELL, "Okay, I'll circulate these notes tomorrow morning so everyone has it in writing.")],
    ],
)
def test_the_notes_sent_round_are_the_contact_report(turns: list[tuple[str, str]]) -> None:
    assert any("notes (contact report)" in task for task in call_tasks(turns))


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        ([(OWEN, "I'll send the tasting notes over tomorrow.")], "tasting notes"),
        ([(PRITI, "I'll send the notes on the rough cut by Friday.")], "notes on the rough cut"),
        ([(THEO, "I'll send the speaker notes over for the keynote.")], "speaker notes"),
    ],
)
def test_notes_of_something_stay_as_said(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in task for task in tasks)
    assert not any("contact report" in task for task in tasks)


def test_notes_the_meeting_named_before_are_those_notes() -> None:
    turns = [
        (PRITI, "We still need the tasting notes for all six beers."),
        (NELL, "I'll send the notes over by Friday."),
    ]
    tasks = call_tasks(turns)
    assert any("notes" in task for task in tasks)
    assert not any("contact report" in task for task in tasks)


def _document_rows() -> list[dict]:
    rows = (json.loads(x) for x in (MODELS / "wording" / "task_wording.jsonl").read_text().splitlines() if x.strip())
    return [r for r in rows if r["label"] == "DOCUMENT"]


@pytest.mark.parametrize("row", _document_rows(), ids=lambda r: r["id"])
def test_document_rule_examples(row: dict) -> None:
    """A DOCUMENT row names the document beside its examples' words and leaves its non-examples."""
    rules = WordingRules(frozenset(), (), (), documents=((re.compile(row["pattern"]), row["replace"]),))
    assert row["examples"] and row["not_examples"]
    for text, expected in row["examples"]:
        assert rules.name_document(text) == expected, text
    for text in row["not_examples"]:
        assert rules.name_document(text) == text, text
