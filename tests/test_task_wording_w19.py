"""Task wording (session 19): a question put to whom a contact verb names keeps its words when the parser splits it
off into a sentence of its own ("check with the studio what's free and come back to you"); "ask the CFO" / "check
with legal" said of nothing names what they are asked about when the question just put to the speaker, or the
speaker's own words before it, said it. Dialogues written for these tests (tests.support.CALL: Nell Garside and
Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in extract_turns(turns, CALL, DAY, step=10.0).action_items]


@pytest.mark.parametrize(
    ("said", "kept", "not_kept"),
    [
        (
            "Leave that with me. I'll check with the print team what's actually in stock and come back to you by "
            "Friday.",
            "in stock",
            "come back",
        ),
        (
            "Okay. I'll speak to the printers which stock they have and come back to you.",
            "which stock they have",
            "come back",
        ),
    ],
)
def test_the_question_a_contact_verb_puts_is_kept(said: str, kept: str, not_kept: str | None) -> None:
    got = tasks([(PRITI, "Do we know what paper we can use for the leaflets?"), (THEO, said)])
    assert got and kept in got[0], got
    assert not_kept is None or not_kept not in got[0], got


def test_a_new_question_after_a_full_stop_is_not_the_contact_verbs() -> None:
    said = "Sure. I'll check with finance. What's the deadline?"
    got = tasks([(PRITI, "Can you sort the budget code?"), (THEO, said)])
    assert got and "deadline" not in got[0], got


@pytest.mark.parametrize(
    ("asked", "answer", "topic"),
    [
        (
            "We could start on a retainer straight away. Would you be able to commit to one?",
            "I'd need to check with our CFO. I'll ask her tomorrow.",
            "retainer",
        ),
        (
            "Your brand book allows the green logo on dark backgrounds, doesn't it?",
            "I honestly don't know. I'll check with our design lead this week.",
            "green logo",
        ),
    ],
)
def test_asking_someone_says_what_about(asked: str, answer: str, topic: str) -> None:
    got = tasks([(NELL, asked), (OWEN, answer)])
    assert got and topic in got[0], got


@pytest.mark.parametrize(
    ("before", "answer"),
    [
        # the thing was talked about turns earlier, and the turn just before asks nothing: no guess
        (
            [
                (NELL, "We could run a rehearsal for the panel the day before. An hour, the tricky questions."),
                (PRITI, "That makes sense to me."),
            ],
            "Let me speak to Owen first. I'll speak to Owen tonight.",
        ),
        ([(NELL, "The retainer starts in April. Are you happy with the invoice dates?")], "I'll call the venue today."),
        ([(NELL, "Is Owen around to look at the stand plans?")], "He's at a trade show. I'll speak to Owen on Monday."),
    ],
)
def test_no_topic_from_further_back_or_for_other_verbs(before: list[tuple[str, str]], answer: str) -> None:
    got = tasks([*before, (PRITI, answer)])
    assert got and " about " not in got[-1], got
