"""Task wording (session 19): a question put to whom a contact verb names keeps its words when the parser splits it
off into a sentence of its own ("check with the studio what's free and come back to you"). Dialogues written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday, 2026-03-04)."""

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
