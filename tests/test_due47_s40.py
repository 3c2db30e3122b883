"""Due dates settled over turns (session 40). Dialogues written for these tests (tests.support.CALL: Nell Garside
and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04; ``NEXT`` closes each call).

* A time of the day put for a session or work whose day is already said is its time, not a new day: "Could you and
  I go through the store list on Friday?" "Friday's good. Two o'clock?" "Two works." is Friday, and "After two's
  perfect." takes "after two" as the time (``due_spans.day_kept``; ``date_handlers.TIME_END``).
"""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, CALL_DATE, due_at

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "turn", "due"),
    [
        (  # the day put, then its hour
            [
                (THEO, "Could you and I go through the store list on Friday?"),
                (PRITI, "Friday's good. Two o'clock?"),
                (THEO, "Two works."),
            ],
            2,
            "2026-03-06",
        ),
        (
            [
                (THEO, "I'd like to see the warehouse first. Priti, could you and I do a walk-round next Tuesday?"),
                (PRITI, "Next Tuesday... I've got calls in the morning. After two?"),
                (THEO, "After two's perfect."),
            ],
            2,
            "2026-03-10",
        ),
        (  # no day put: the hour is the meeting's day
            [
                (PRITI, "Could you send me the cut-down edit?"),
                (THEO, "Sure. By three?"),
                (PRITI, "Three's fine."),
            ],
            1,
            "2026-03-04",
        ),
    ],
)
def test_a_time_of_day_keeps_the_day_put(turns: list[tuple[str, str]], turn: int, due: str) -> None:
    assert due_at(turns, turn) == due


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("After two's perfect.", "After two"),
        ("after three works for me", "after three"),
        ("After two is when they land.", "After two is when"),  # not taken: an event's time
    ],
)
def test_an_hour_taken_is_a_time(text: str, said: str) -> None:
    assert [d.text for d in find_due_dates(text, CALL_DATE)] == [said]
