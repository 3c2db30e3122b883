""" "At the end of the day" set off by a comma is the idiom ("in the end") unless the clause before it is one's own
promise: "I'll send a snapshot at the end of the day, so you've got something for the board." is due today, as it is
without the comma; "It's your call at the end of the day, so I'll send both options over." has no date.
tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
ASKED = (OWEN, "How bad is the sentiment out there?")
NEXT = (PRITI, "Right, the radio copy next.")


@pytest.mark.parametrize(
    "promise",
    [
        "Eighty-five at the peak. I'll send a sentiment snapshot at the end of the day, so you've got something.",
        "We can get the snapshot over at the end of the day, if that helps.",
        "I'll send a proper sentiment snapshot at the end of the day so you've got something for the board.",
    ],
)
def test_a_promise_at_the_end_of_the_day_is_due_today(promise: str) -> None:
    turns = [ASKED, (THEO, promise), (OWEN, "Great, thanks.")]
    assert [d for _, _, d, _ in call_items(turns)] == ["2026-03-04"], run(turns).action_items


@pytest.mark.parametrize(
    "idiom",
    [
        "It's your call at the end of the day, so I'll send both options over.",
        "At the end of the day, it's your call. I'll send both options over.",
    ],
)
def test_the_idiom_at_the_end_of_the_day_dates_nothing(idiom: str) -> None:
    turns = [ASKED, (THEO, idiom), (OWEN, "Great, thanks.")]
    assert [d for _, _, d, _ in call_items(turns)] == [None], run(turns).action_items


SESSION = (
    OWEN,
    "Theo, one thing. When you rebuild the form, the field mapping changes. We should go through it together.",
)


@pytest.mark.parametrize(
    ("first", "counter"),
    [
        ("Good shout, Tuesday,", "Tuesday's the upgrade, Wednesday afternoon,"),  # as a recording writes it
        ("Good shout. Tuesday.", "Tuesday's the upgrade. Wednesday afternoon."),
        ("Good shout. Tuesday?", "Tuesday's the upgrade. Wednesday afternoon?"),
    ],
)
def test_a_day_put_back_bare_and_taken_dates_the_session(first: str, counter: str) -> None:
    """A day put back as a bare phrase closing the turn, with or without the question mark speech gives it, and
    taken ("Wednesday afternoon, done.") is the session's day."""
    turns = [SESSION, (THEO, first), (OWEN, counter), (THEO, "Wednesday afternoon, done."), NEXT]
    assert [d for _, _, d, _ in call_items(turns)] == ["2026-03-11"], run(turns).action_items


def test_a_day_said_inside_a_statement_is_not_put_back() -> None:
    turns = [
        SESSION,
        (THEO, "Good shout. Tuesday?"),
        (OWEN, "Tuesday's fine, I'm in on Wednesday afternoon too."),
        NEXT,
    ]
    assert [d for _, _, d, _ in call_items(turns)] == ["2026-03-10"], run(turns).action_items
