"""Due dates and owners (session 36). Everyday forms of "this Friday" that were not read as a date: "end of week",
"EOW", "later in the week" (the Friday of the meeting's week, GUIDELINES §5; not "end of week two", a week of a plan);
"by the end of the weekend" is that Sunday, like "over the weekend". A time of day said before a day of the month
names that day ("by close of business on the 12th", "end of day Wednesday the 18th"), not the meeting date. "Monday
week" said on a Monday is a fortnight on (the coming Monday is a week away), as on any other day it is the coming one
plus a week; "a week Friday" said on a Friday stays vague (a week from today, or from the coming Friday). The team's
work the speaker puts the team to in the same turn ("Our IT lot can build it. I'll get them on it.") is the
speaker's. Sentences written for these tests; meetings on Wednesday 2026-03-04, Friday 2026-03-06 and Monday
2026-03-09 (the calls: tests.support CALL, Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, on
the Wednesday)."""

from __future__ import annotations

import datetime

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, NEXT, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)

WED = datetime.date(2026, 3, 4)
MON = datetime.date(2026, 3, 9)
FRI = datetime.date(2026, 3, 6)


def _dates(said: str, day: datetime.date) -> list[tuple[str, str | None]]:
    return [(m.text, m.due.isoformat() if m.due else None) for m in find_due_dates(said, day)]


@pytest.mark.parametrize(
    ("said", "day", "found"),
    [
        ("I'll have the storyboards with you by end of week.", WED, [("by end of week", "2026-03-06")]),
        ("Revised costs EOW, promise.", WED, [("EOW", "2026-03-06")]),
        ("We'll circulate the minutes later in the week.", WED, [("later in the week", "2026-03-06")]),
        ("I'll pop the draft over by the end of the weekend.", WED, [("by the end of the weekend", "2026-03-08")]),
        ("We'll get the copy deck done by close of business on the 12th.", WED,
         [("by close of business on the 12th", "2026-03-12")]),
        ("Proofs by end of day Wednesday the 18th, then.", WED, [("by end of day Wednesday the 18th", "2026-03-18")]),
        ("I'll book the studio for Monday week.", MON, [("for Monday week", "2026-03-23")]),
        ("I'll book the studio for Monday week.", WED, [("for Monday week", "2026-03-16")]),
        ("Thursday week suits us for the shoot.", MON, [("Thursday week", "2026-03-19")]),
        ("Friday week for the first cut, then.", FRI, [("Friday week", "2026-03-20")]),
        # "a week Friday" said on a Friday: a week from today, or from the coming Friday
        ("A week Friday for the first cut, then.", FRI, [("A week Friday", None)]),
    ],
)  # fmt: skip
def test_everyday_deadline_forms_resolve(said: str, day: datetime.date, found: list[tuple[str, str | None]]) -> None:
    assert _dates(said, day) == found


@pytest.mark.parametrize(
    "said",
    [
        "By the end of week two the paid social should be bedding in.",
        "The end of week 3 is when the footfall report lands.",
        "She's in the office every week, mostly.",
    ],
)
def test_a_week_of_a_plan_is_not_this_friday(said: str) -> None:
    assert [d for _, d in _dates(said, WED) if d] == []


# the team's work the speaker puts the team to in the same turn ("I'll get them on it") is the speaker's (GUIDELINES
# §2.3: "I'll get the warehouse to courier them"); "I'll make sure of it" or a step of the speaker's own beside it
# leaves it the team's
@pytest.mark.parametrize(
    ("said", "owner"),
    [
        ("Our IT lot can build the landing page this week. I'll get them on it.", PRITI),
        ("Our studio will redo the cut-downs by Friday, I'll get them onto it today.", PRITI),
        ("Our legal team will send the NDA over tomorrow. I'll make sure of it.", "client"),
        ("Our legal team will send the NDA over tomorrow, I'll flag it today.", "client"),
        ("Our legal team will send the NDA over tomorrow.", "client"),
    ],
)
def test_the_speaker_who_answers_for_the_teams_work_owns_it(said: str, owner: str) -> None:
    turns = [(PRITI, said), NEXT]
    assert [o for o, _, _, at in _items(turns) if at == 2] == [owner], opened_call(turns).action_items


def _items(turns: list[tuple[str | None, str]]) -> list[tuple[object, str, str | None, int | None]]:
    found = opened_call(turns).action_items
    return [(a.owner, a.task, a.due.isoformat() if a.due else None, a.turn) for a in found]
