"""Idiomatic deadlines as people say them in agency meetings, with the meeting's weekday varied, resolved as
GUIDELINES §5 says (rows and notes): written for these tests, each worked out by hand from the calendar of March
2026 (Monday the 2nd to Sunday the 8th)."""

from __future__ import annotations

import datetime

import pytest

from pipeline.extract.dates import find_due_dates

D = datetime.date
MON, TUE, WED, THU, FRI, SAT, SUN = (D(2026, 3, d) for d in range(2, 9))

ROWS = [
    ("I'll have it with you back end of the week.", TUE, D(2026, 3, 6)),
    ("Back end of the week, hopefully.", FRI, FRI),
    ("We'll turn it round by the back end of next week.", MON, D(2026, 3, 13)),
    ("Can we say Monday week?", THU, D(2026, 3, 16)),
    ("Friday week at the latest.", WED, D(2026, 3, 13)),
    ("I'll have the power spec to you by the fourth as well.", MON, D(2026, 3, 4)),
    ("And the captions by the ninth too, please.", MON, D(2026, 3, 9)),
    ("I'll send a proper snapshot at the end of the day so you've got something.", TUE, TUE),
    ("I'll send it a week on Tuesday.", FRI, D(2026, 3, 17)),
    ("The cut will be ready a fortnight on Monday.", WED, D(2026, 3, 23)),
    ("Thursday fortnight works for the deck.", MON, D(2026, 3, 19)),
    ("You'll have the proofs a fortnight tomorrow.", TUE, D(2026, 3, 18)),
    ("We'll come back to you in a fortnight.", THU, D(2026, 3, 19)),
    ("I'll get it over close of play.", THU, THU),
    ("Close of play tomorrow, if that's okay.", SUN, MON + datetime.timedelta(days=7)),
    ("First thing Monday, I promise.", SAT, D(2026, 3, 9)),
    ("Tuesday first thing.", MON, TUE),
    ("I'll have the numbers to you by next Friday.", THU, D(2026, 3, 13)),
    ("Next Monday suit you?", SUN, D(2026, 3, 9)),
    ("Thursday of next week for the draft.", FRI, D(2026, 3, 12)),
    ("The report goes in on the last Friday of the month.", TUE, D(2026, 3, 27)),
    ("By the last Thursday in June, ideally.", WED, D(2026, 6, 25)),
    ("End of next month for the full audit.", WED, D(2026, 4, 30)),
    ("I'll have a plan in three weeks' time.", MON, D(2026, 3, 23)),
    ("Give us ten days on that.", THU, D(2026, 3, 15)),
    ("Within the next fortnight, I'd say.", SAT, D(2026, 3, 21)),
    ("A week today, same time.", WED, D(2026, 3, 11)),
    ("We'll have it by the weekend.", SAT, D(2026, 3, 13)),
    ("We'll have it by the weekend.", WED, FRI),
    ("Thursday-ish, if the printer plays ball.", WED, THU),
    ("No later than Thursday.", THU, D(2026, 3, 12)),
    ("End of business tomorrow.", FRI, SAT),
    ("I'll send it by half two.", MON, MON),
    ("Two working days, so Monday.", THU, D(2026, 3, 9)),
    ("We'll have the numbers in two working days.", THU, D(2026, 3, 9)),
    ("By the third of next month.", TUE, D(2026, 4, 3)),
    ("By the first, please.", THU, D(2026, 4, 1)),
    ("Friday.", FRI, D(2026, 3, 13)),
    ("End of the week.", FRI, FRI),
    ("Same date, roughly? The second Saturday in July?", WED, D(2026, 7, 11)),
    ("Could we do the first Monday of next month?", TUE, D(2026, 4, 6)),
    ("The third Thursday in March works for the board.", MON, D(2026, 3, 19)),
    ("I'll send it Monday after lunch.", WED, D(2026, 3, 9)),
    ("The first Friday of the month, then.", WED, FRI),
]

# a weekday put against an event has no date of its own (GUIDELINES §5: relative to an event, ``due`` null)
AGAINST_AN_EVENT = [
    "Ideally the Tuesday before.",
    "We'd do the media training the Friday after the shoot.",
    "Tuesday before launch works.",
    "The Tuesday before we go live, then.",
    "I'll turn it round as fast as I can.",
]


@pytest.mark.parametrize("text", AGAINST_AN_EVENT)
def test_a_weekday_put_against_an_event_has_no_date(text: str) -> None:
    assert [m.due for m in find_due_dates(text, WED) if m.due is not None] == []


@pytest.mark.parametrize(("text", "meeting", "due"), ROWS)
def test_an_idiomatic_deadline_resolves_as_the_guidelines_say(text: str, meeting: datetime.date, due: datetime.date):
    dated = [m.due for m in find_due_dates(text, meeting) if m.due is not None]
    assert dated and dated[0] == due


VAGUE = [
    "They'll clear it before the first invoice goes in.",
    "Early next week, all being well.",
    "We'll aim for the start of next week.",
    "Sometime midweek.",
    "Once the second payment clears.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_a_vague_or_event_relative_deadline_has_no_date(text: str) -> None:
    found = find_due_dates(text, WED)
    assert found and all(m.due is None for m in found)


@pytest.mark.parametrize("text", ["We'll send the third as well.", "Can you bring the second as well?"])
def test_a_word_ordinal_without_a_preposition_before_as_well_is_a_thing(text: str) -> None:
    assert not [m for m in find_due_dates(text, WED) if m.due is not None]


@pytest.mark.parametrize(
    "text", ["At the end of the day, it's your call.", "But at the end of the day it's their money.", "Fine, so."]
)
def test_at_the_end_of_the_day_opening_its_clause_is_the_idiom(text: str) -> None:
    assert not [m for m in find_due_dates(text, WED) if m.due is not None]
