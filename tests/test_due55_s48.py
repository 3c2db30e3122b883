"""Session 48, due dates carried from the turn before (branch due55).

A date the turn before gives as when its speaker is busy with something of their own ("I'm presenting to the board on
April ninth.") is when that happens, not a deadline for the work the reply offers or takes on for it ("We could put a
couple of summary slides into your board pack, if that helps."): GUIDELINES §5, a deadline relative to an event
("before the board") is null. A date the turn before puts as a deadline ("needs", "by") is still carried. The
dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "busy",
    [
        "That's perfect. I'm presenting to the board on April ninth.",
        "Lovely. We're pitching it to the trustees on Thursday.",
    ],
)
def test_the_date_of_the_askers_own_engagement_is_no_deadline_for_the_work_offered(busy: str) -> None:
    found = call_items(
        [
            (PRITI, busy),
            (NELL, "Then we could put a couple of summary slides into your pack as well, if that helps."),
            (PRITI, "That'd be great. Yes please."),
            NEXT,
        ]
    )
    slides = [due for _, task, due, _ in found if "slides" in task]
    assert slides == [None], found


def test_a_deadline_the_turn_before_needs_is_still_carried() -> None:
    found = call_items(
        [
            (PRITI, "I'm presenting to the board, and I need the summary slides by Friday."),
            (NELL, "Leave that with me."),
            NEXT,
        ]
    )
    assert [due for o, _, due, _ in found if o == NELL] == ["2026-03-06"], found
