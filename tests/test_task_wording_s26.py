"""Task wording, session 26: "turn it round" said by the client who receives the work is reviewing it (said by the
agency it stays "complete"); a quoted line after the noun it is the words of ("the claim. 'Cut your bills in half.'")
is not what a later "it" stands for, the thing named is; a quote with no noun before it may be the thing itself.
Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey
client)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import srsly

from pipeline.extract.wording_rules import load_rules
from pipeline.schemas import Extraction
from tests.support import CALL, MODELS, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday
RULES = MODELS / "wording" / "task_wording.jsonl"


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, CALL, DAY, step=10.0)


def task_at(turns: list[tuple[str, str]], turn: int) -> str:
    return next(a.task for a in run(turns).action_items if a.turn == turn)


def _rows(label: str) -> list[dict]:
    return [r for r in srsly.read_jsonl(Path(RULES)) if r["label"] == label]


@pytest.mark.parametrize("row", _rows("REVIEWED"), ids=lambda r: r["id"])
def test_reviewed_rows_examples(row: dict) -> None:
    rules = load_rules(RULES)
    for said, worded, expected in row["examples"]:
        assert rules.review(said, worded) == expected
    for said, worded in row["not_examples"]:
        assert rules.review(said, worded) == worded


SENT_FOR_SIGN_OFF = [
    (NELL, "The press release is drafted. It needs your sign-off before it goes to the trade titles."),
    (OWEN, "Send it over when it's ready and I'll turn it round by Friday."),
]


def test_client_turning_round_a_draft_reviews_it() -> None:
    task = task_at(SENT_FOR_SIGN_OFF, 1)
    assert task.startswith("review"), task
    assert "press release" in task, task


def test_agency_turning_round_the_changes_completes_them() -> None:
    turns = [
        (PRITI, "The brochure copy needs the new prices in before print."),
        (THEO, "No problem, I'll turn it round by Friday."),
    ]
    assert task_at(turns, 1).startswith("complete"), task_at(turns, 1)


QUOTED_LINE = [
    (PRITI, "Good. And the headline claim. 'Halve your energy bills.' That needs legal."),
    (OWEN, "I'll get it in front of the legal team by Monday."),
]


def test_a_quoted_line_is_not_what_it_stands_for() -> None:
    task = task_at(QUOTED_LINE, 1)
    assert "claim" in task, task
    assert "bills" not in task, task


def test_a_quote_with_nothing_named_before_it_is_the_thing() -> None:
    turns = [
        (PRITI, "'Dinner, sorted.' I like that one best."),
        (NELL, "Lovely. We'll mock it up on a billboard and send it over on Friday."),
    ]
    assert "sorted" in task_at(turns, 1).lower() or "dinner" in task_at(turns, 1).lower(), task_at(turns, 1)
