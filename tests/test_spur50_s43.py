"""Spurious and missed action items of session 43 (branch spur50). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A deadline said without a date: "I'll talk to the printer today, and I'll get a visual over early next week." said early
in a call went to the suggestions: the action scorer's ``due`` input was only an ISO date, and "early next week",
"before the launch" or "as soon as it lands" resolve to none (GUIDELINES §5: ``due`` null, ``due_text`` kept). A
deadline said binds the work as much as a dated one: the scorer's ``due`` input is now a deadline said, dated or not.
The same second promise with no deadline at all stays a suggestion.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)

# the rest of a short call: the promises below are said in its first fifth, where the scorer doubts most
REST = [
    (PRITI, "Right, the radio copy next."),
    (NELL, "Yes, the thirty-second version reads well."),
    (OWEN, "The tone is right for us."),
    (THEO, "Good, that was the hope."),
    (PRITI, "The stations liked the demo."),
    (NELL, "That's lovely to hear."),
    (OWEN, "Next, the outdoor sites."),
    (THEO, "The sites are all confirmed."),
    (PRITI, "Good. And the press plan is fine."),
    (NELL, "Great, thanks all."),
]


def _drafted(opening: tuple[str, str], promise: tuple[str, str]) -> tuple[list[str], list[str]]:
    """The tasks of the items and of the suggestions when ``promise`` answers ``opening`` at the start of a call."""
    found = call([(PRITI, "Morning all."), opening, promise, *REST])
    return [a.task for a in found.action_items], [a.task for a in found.suggested_action_items]


UNDATED_DEADLINES = [
    (
        (PRITI, "The shop window for spring needs to feel fresh."),
        (NELL, "I'll talk to the printer today, and I'll get a visual over early next week."),
        "visual",
    ),
    (
        (OWEN, "We still can't picture the stand."),
        (THEO, "I'll talk to the builders this morning, and I'll get a visual across before the pitch."),
        "visual",
    ),
    (
        (PRITI, "The board will want to see the new look."),
        (NELL, "I'll talk to the studio today, and I'll get a visual over as soon as the photos land."),
        "visual",
    ),
]


@pytest.mark.parametrize(("opening", "promise", "thing"), UNDATED_DEADLINES)
def test_a_second_promise_with_an_undated_deadline_is_an_item(
    opening: tuple[str, str], promise: tuple[str, str], thing: str
) -> None:
    items, suggested = _drafted(opening, promise)
    assert any(thing in task for task in items)
    assert not any(thing in task for task in suggested)


NO_DEADLINE = [
    (
        (PRITI, "The shop window for spring needs to feel fresh."),
        (NELL, "I'll talk to the printer today, and I'll get a visual over."),
        "visual",
    ),
]


@pytest.mark.parametrize(("opening", "promise", "thing"), NO_DEADLINE)
def test_a_second_promise_with_no_deadline_stays_a_suggestion(
    opening: tuple[str, str], promise: tuple[str, str], thing: str
) -> None:
    items, suggested = _drafted(opening, promise)
    assert not any(thing in task for task in items)
    assert any(thing in task for task in suggested)
