"""Agreements missed in session 32's reading: a session's day settled when the session is put with its day in the
turn just before ("The planning call on the ninth, could we push it to the tenth?" "The tenth is fine."), or when,
the session named, its day is proposed in a statement rather than asked ("I'd suggest Monday the sixteenth.")
and taken by the other side. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


SETTLED = [
    (  # a standing call moved, the new day put with it and taken in the next turn
        [
            (OWEN, "Oh, the planning call on the ninth, I'm travelling then. Could we push it to the tenth? Tuesday?"),
            (NELL, "The tenth is fine. Same time?"),
            (OWEN, "Same time."),
        ],
        3,
        "Tuesday 10 March 2026",
    ),
    (  # a session offered with its day as a question, the day said back with the hour
        [
            (PRITI, "I'd rather see the cuts with you than get a link."),
            (THEO, "Of course. Let's walk through them on a call. Thursday the twelfth?"),
            (PRITI, "Thursday the twelfth, yes. Afternoon, ideally."),
        ],
        4,
        "Thursday 12 March 2026",
    ),
    (  # the session named, its day proposed in a statement and taken
        [
            (PRITI, "And the next catch-up, do we want one before the shoot?"),
            (NELL, "I'd suggest half an hour on Monday the sixteenth, to run through the call sheet."),
            (PRITI, "Monday the sixteenth works. Send me something."),
        ],
        4,
        "Monday 16 March 2026",
    ),
]


@pytest.mark.parametrize(("turns", "at", "day"), SETTLED)
def test_a_session_day_put_and_taken_is_the_agreement(turns: list[tuple[str, str]], at: int, day: str) -> None:
    found = run(turns)
    settled = [a for a in found.agreements if a.rule == "next_meeting_set"]
    assert [a.turn for a in settled] == [at], found.agreements
    assert day in settled[0].text


@pytest.mark.parametrize(
    "turns",
    [
        [  # a deadline for work, not a session
            (OWEN, "Could you get the review copy of the brochure to me by Thursday the twelfth?"),
            (NELL, "Thursday the twelfth is fine."),
        ],
        [  # the session's day turned down
            (OWEN, "The planning call on the ninth, could we push it to the tenth? Tuesday?"),
            (NELL, "The tenth doesn't work for me, sorry."),
        ],
        [  # the day proposed by the one who then takes it: nobody else put it
            (PRITI, "Do we want another check-in before the shoot?"),
            (NELL, "Yes, I think so. What suits you?"),
            (PRITI, "I'd suggest Monday the sixteenth. Monday the sixteenth works."),
        ],
    ],
)
def test_no_session_day_is_settled_where_none_is_put_and_taken(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    assert not any(a.rule == "next_meeting_set" for a in found.agreements), found.agreements
