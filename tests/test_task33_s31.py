"""Task wording missed in session 31's read sets, by how it is said: "let X know" with nothing said of what, a
turn or few after a decision, passes that decision on ("Okay. Hold the fifth." / "I'll let the crew know."
-> "tell the crew we hold the fifth"). Not when the telling says what it is about, nor when no decision was made in
the turns just before. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
REPLIES = Path(__file__).resolve().parents[1] / "models" / "wording" / "replies.jsonl"


def _tasks(turns: list[tuple[str | None, str]]) -> list[str]:
    return [task for _, task, _, _ in call_items(turns)]


@pytest.mark.parametrize(
    ("turns", "words"),
    [
        (
            [
                (NELL, "The warehouse can take the stands on either day, the Monday or the Thursday."),
                (PRITI, "Thursday's better for us, the loading bay is free all afternoon."),
                (OWEN, "Fine. Let's go with the Thursday delivery."),
                (THEO, "Great. I'll let the haulier know this afternoon."),
                (NELL, "Next, the signage."),
            ],
            {"haulier", "thursday", "delivery"},
        ),
        (
            [
                (THEO, "We could print the programmes on recycled stock or on the gloss we used last year."),
                (PRITI, "Recycled, please. We go with the recycled stock this year."),
                (NELL, "Perfect. I'll let the printer know tomorrow."),
                (OWEN, "Good. Then the guest list."),
            ],
            {"printer", "recycled"},
        ),
    ],
)
def test_telling_someone_passes_on_the_decision(turns: list[tuple[str | None, str]], words: set[str]) -> None:
    tasks = _tasks(turns)
    told = [t for t in tasks if t.startswith("tell ")]
    assert told, tasks
    assert words <= set(re.findall(r"[a-z]+", told[0].lower())), told
    assert len(told[0].split()) <= 13, told


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (  # it says what the telling is about: kept as said
            [
                (OWEN, "Fine. Let's go with the Thursday delivery."),
                (THEO, "Great. I'll let the haulier know the gate code this afternoon."),
                (NELL, "Next, the signage."),
            ],
            "let the haulier know the gate code",
        ),
        (  # no decision said just before: nothing to pass on
            [
                (NELL, "The stands are still in the workshop, they need a last coat of paint."),
                (PRITI, "How long will that take?"),
                (THEO, "A couple of days. I'll let the haulier know by Friday."),
                (OWEN, "Okay. Then the guest list."),
            ],
            "let the haulier know",
        ),
        (  # the decision names only a figure: it does not say of what
            [
                (NELL, "The extra banners for the two new stores come to nine thousand five hundred."),
                (PRITI, "That wasn't in the budget, was it?"),
                (OWEN, "If it's nine-five, it's nine-five. They're our best stores."),
                (THEO, "Do you want me to let the stores know?"),
                (OWEN, "Yes please, today if you can."),
            ],
            "let the stores know",
        ),
    ],
)
def test_telling_without_a_decision_stays(turns: list[tuple[str | None, str]], task: str) -> None:
    tasks = _tasks(turns)
    assert any(t == task for t in tasks), tasks


def test_tell_decided_row_matches_its_examples_only() -> None:
    rows = [json.loads(x) for x in REPLIES.read_text().splitlines() if x.strip()]
    (row,) = [r for r in rows if r["label"] == "TELL_DECIDED"]
    pattern, leads = re.compile(row["pattern"], re.IGNORECASE), re.compile(row["leads"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"]
    for text in row["examples"]:
        assert pattern.match(text), text
    for text in row["not_examples"]:
        assert not pattern.match(text), text
    assert leads.sub("", "Okay, we're agreed, we hold the fifth") == "we hold the fifth"
