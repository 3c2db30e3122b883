"""A meeting's day settled over several turns: a session is put ("we should get the quarterly review in the diary"),
days are offered, turned down and countered, and the day is settled when someone takes the day another person said
("Thursday the twelfth, then."). That turn is the agreement, and its day is the report's next meeting; a day
settled for delivering work is that work's deadline, not a meeting, and a day taken in the very next turn is
`_meeting_put`'s (tests/test_agreements_s19b.py). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


SETTLED = [
    (  # put with a day, the day turned down and countered, the day taken up by the one who put it
        [
            (THEO, "Shall we do the same time next week to go over the mock-ups? Wednesday?"),
            (PRITI, "Wednesday's no good, I'm at the trade show all day. Thursday?"),
            (THEO, "Thursday the twelfth, two o'clock, then. I'll send the invite."),
            (PRITI, "Great."),
        ],
        4,
        "Thursday 12 March 2026",
    ),
    (  # put with no day: the day offered, taken, and taken again by the client with the final say
        [
            (NELL, "Before we go, we should get the quarterly review in the diary while we're all here."),
            (THEO, "April the eighth? That's a Wednesday."),
            (PRITI, "The eighth works for me. Owen?"),
            (OWEN, "Yes. The eighth."),
        ],
        5,
        "Wednesday 8 April 2026",
    ),
    (  # a standing call moved to another day
        [
            (OWEN, "Oh, the status call on the eleventh, I'm on leave that week. Could we move it? The twelfth?"),
            (NELL, "Hmm, the twelfth. I'm free all day. Theo?"),
            (THEO, "The twelfth is fine. Same time?"),
        ],
        4,
        "Thursday 12 March 2026",
    ),
    (  # the session named with its day put, the day answered, then taken
        [
            (PRITI, "Next check-in, do we want one before the launch? Monday week?"),
            (NELL, "Monday week, so the sixteenth. Mornings are best for me."),
            (PRITI, "Monday week works, then. Send something over."),
        ],
        4,
        "Monday 16 March 2026",
    ),
]


@pytest.mark.parametrize(("turns", "at", "day"), SETTLED)
def test_a_day_settled_over_several_turns_is_the_agreement_and_the_next_meeting(
    turns: list[tuple[str, str]], at: int, day: str
) -> None:
    found = run(turns)
    assert [a.turn for a in found.agreements] == [at], found.agreements
    assert day in found.agreements[0].text
    assert found.next_meeting is not None and found.next_meeting.startswith(day), found.next_meeting


@pytest.mark.parametrize(
    "turns",
    [
        [  # a deadline for work, countered and taken: the item's date
            (PRITI, "Can you get the review copy of the leaflet to me by the ninth?"),
            (NELL, "Yes, but the ninth is tight with the printer. The tenth?"),
            (PRITI, "The tenth, then."),
        ],
        [  # a session put and every day turned down
            (NELL, "Shall we book a check-in for Friday?"),
            (OWEN, "Friday doesn't work for me, sorry."),
            (NELL, "Let's leave it for now, then."),
        ],
        [  # days talked about, none of them a session's
            (OWEN, "The shoot's on the ninth, and the edit's back on the sixteenth."),
            (NELL, "The sixteenth, yes. That's fine."),
        ],
    ],
)
def test_no_meeting_is_settled_where_no_session_is_dated(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    assert not any(a.rule == "next_meeting_set" for a in found.agreements), found.agreements
    assert found.next_meeting is None
