"""Delivery said with "get", "have", "do" or "dig out", in the report's voice (``pipeline/extract/delivery.py``): each
row's must- and must-not-change tasks, the turns that look a thing out and then send it, and dialogues written for
these tests ("I'll get the revised plan over to you at eighteen" -> "send the revised plan at eighteen"; "get the
quotes from Van Dijk" keeps its "get")."""

from __future__ import annotations

import pytest

from pipeline.extract.delivery import (
    A_BEFORE_VOWEL,
    ASKED_EXAMPLES,
    ASKED_NOT_EXAMPLES,
    DELIVERY_ROWS,
    SENT_EXAMPLES,
    SENT_NOT_EXAMPLES,
    asked_to_have,
    sent_on,
)
from pipeline.extract.wording_rules import load_rules
from tests.support import MODELS
from tests.test_extract_wording import tasks

WORDING = MODELS / "wording" / "task_wording.jsonl"


def test_every_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in DELIVERY_ROWS)
    assert SENT_EXAMPLES and SENT_NOT_EXAMPLES and ASKED_EXAMPLES and ASKED_NOT_EXAMPLES


@pytest.mark.parametrize(("row", "said", "written"), [(r.label, s, w) for r in DELIVERY_ROWS for s, w in r.examples])
def test_row_rewrites(row: str, said: str, written: str) -> None:
    found = next(r for r in DELIVERY_ROWS if r.label == row)
    assert found.pattern.sub(found.replace, said, count=1) == written


@pytest.mark.parametrize(("row", "said"), [(r.label, s) for r in DELIVERY_ROWS for s in r.not_examples])
def test_row_leaves(row: str, said: str) -> None:
    found = next(r for r in DELIVERY_ROWS if r.label == row)
    assert found.pattern.sub(found.replace, said, count=1) == said


@pytest.mark.parametrize(("task", "turn", "written"), SENT_EXAMPLES)
def test_looked_out_then_sent(task: str, turn: str, written: str) -> None:
    assert sent_on(task, turn) == written


@pytest.mark.parametrize(("task", "turn"), SENT_NOT_EXAMPLES)
def test_looked_out_and_not_sent(task: str, turn: str) -> None:
    assert sent_on(task, turn) == task


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("get a answer from the dev team", "get an answer from the dev team"),
        ("do a audit of the tracking", "do an audit of the tracking"),
        ("a one-pager", "a one-pager"),
        ("a user survey", "a user survey"),
        ("a once-off fee", "a once-off fee"),
        ("A OK", "A OK"),
    ],
)
def test_an_before_a_vowel(said: str, written: str) -> None:
    assert A_BEFORE_VOWEL.sub("an ", said) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # the listener as destination goes after the verb is "send": "at eighteen" stays
        ("get the revised paid plan over to you at eighteen", "send the revised paid plan at eighteen"),
        ("get over the spend-to-date", "send the spend-to-date"),
        ("get a straight answer from the dev team", "get an answer from the dev team"),
        ("do a proper audit of the tracking", "audit the tracking"),
        # "get" that is not delivery stays
        ("get the quotes from Van Dijk", "get the quotes from Van Dijk"),
        ("get his sign-off", "get his sign-off"),
        ("get the fix into the next build", "get the fix into the next build"),
        ("get the auditors to sign that figure off", "get the auditors to sign that figure off"),
    ],
)
def test_tidy_says_delivery_as_send(said: str, written: str) -> None:
    assert load_rules(WORDING).tidy(said) == written


@pytest.mark.parametrize(
    ("dialogue", "expected"),
    [
        (
            [("Owen Price", "I'll get the revised plan over to you at eighteen by close of play tomorrow.")],
            "send the revised plan at eighteen",
        ),
        (
            [("Owen Price", "I'll get a straight answer from the dev team by Thursday.")],
            "get an answer from the dev team",
        ),
        ([("Owen Price", "I'll do a proper audit of the tracking next week.")], "audit the tracking"),
        ([("Owen Price", "I'll have the full list over to Rich by close of play.")], "send the full list to Rich"),
        ([("Owen Price", "I'll get Rich the full list on Monday.")], "send Rich the full list"),
        ([("Owen Price", "I can do you a one-pager on the bundle by Friday.")], "send a one-pager"),
        ([("Owen Price", "Sure. I'll do the contact report and get it round tonight.")], "send the contact report"),
        (
            [("Owen Price", "I'll dig the photos out, they're on the drive. I'll send them over on Monday.")],
            "send the photos",
        ),
        ([("Owen Price", "I'll dig out and send the case study tomorrow.")], "send the case study"),
        ([("Owen Price", "Is there a floor plan? I'll dig it out for you tomorrow.")], "send a floor plan"),
        ([("Owen Price", "I'll get a redraft done with your quotes in by Friday.")], "redraft with the quotes"),
        ([("Owen Price", "I'll get a call in with the director next week.")], "set up a call with the director"),
        ([("Owen Price", "I'll pop the rest of the questions in an email.")], "email the rest of the questions"),
        ([("Owen Price", "Afternoon it is. I'll stick an invite in.")], "send an invite"),
        ([("Owen Price", "I'll give Gareth another nudge today.")], "chase Gareth"),
        ([("Owen Price", "Fair. We'll have another go at the subject line tomorrow.")], "rework the subject line"),
        ([("Owen Price", "I'll do a keyword session for the team on Thursday.")], "hold a keyword session"),
        ([("Owen Price", "I'll go down to the orchard on Monday and look at locations.")], "visit the orchard"),
    ],
)
def test_delivery_in_the_report_voice(dialogue: list[tuple[str, str]], expected: str) -> None:
    got = tasks(dialogue)
    assert any(t.startswith(expected) for t in got), got


@pytest.mark.parametrize(
    ("dialogue", "expected"),
    [
        ([("Owen Price", "I'll get the quotes from Van Dijk by Friday.")], "get the quotes from Van Dijk"),
        ([("Owen Price", "I'll get the fix into the next build.")], "get the fix into the next build"),
        ([("Owen Price", "Is there a floor plan? I'll dig it out tomorrow.")], "dig out"),
        ([("Owen Price", "I'll do the contact report. Lucy, can you send them the invite?")], "do the contact report"),
        ([("Owen Price", "I'll do a call sheet for the shoot by Friday.")], "do a call sheet"),
    ],
)
def test_get_that_is_not_delivery_stays(dialogue: list[tuple[str, str]], expected: str) -> None:
    got = tasks(dialogue)
    assert any(t.startswith(expected) for t in got), got


@pytest.mark.parametrize(("task", "turns", "written"), ASKED_EXAMPLES)
def test_asked_to_have_is_sent(task: str, turns: tuple[str, ...], written: str) -> None:
    assert asked_to_have(task, list(turns)) == written


@pytest.mark.parametrize(("task", "turns"), ASKED_NOT_EXAMPLES)
def test_got_from_elsewhere_stays(task: str, turns: tuple[str, ...]) -> None:
    assert asked_to_have(task, list(turns)) == task


def test_asked_to_have_in_a_dialogue() -> None:
    got = tasks([("Nadia Brooks", "So can we get the shortlist?"), ("Owen Price", "Go on then. Monday week?")])
    assert "send the shortlist" in got, got
