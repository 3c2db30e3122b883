"""Due dates (session 42). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04; ``NEXT`` closes each call).

* "this afternoon" names a day (the meeting's), not a time of day alone: a reply that puts it keeps it over the
  later day the request said ("noon" is no word of "afternoon": ``due_spans.clock_time``).
* "I'll do my best, but it might be Monday." hedges as "I'll try, but it might be Monday." does: the owner's day;
  a bare "I'll do my best." or "I'll do my best, no promises." takes nothing on (``models/distractors.jsonl``,
  ``bare_try``).
* A request does not take the date of work its asker takes on before asking ("I'll book the venue this week.
  Theo, can you send me the list of sites?"): that date is the asker's (``items.not_own_work``).
* "Could we move it to Thursday?" (or bring it forward, pull it up) after the owner's day asks the item's new day
  as "Could we have it Thursday?" does (``deadlines.COUNTER``); a reply that takes it with a first step of its own
  ("I'll brief the editor this afternoon and we'll have a new cut to you Thursday.") keeps that step's day, the
  later day being the earlier item's (``carried_dues._earlier_thing``).
"""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_due_dates
from pipeline.extract.due_spans import clock_time
from tests.support import CALL, CALL_DATE, NEXT, call_items, due_at

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("I'll send it this afternoon.", False),  # a day named
        ("I'll send it later this afternoon.", False),
        ("I'll send it by noon.", True),  # a time of the day alone
        ("I'll send it by the end of the afternoon.", True),
        ("I'll send it at two o'clock.", True),
    ],
)
def test_this_afternoon_is_a_day(text: str, clock: bool) -> None:
    found = [d for d in find_due_dates(text, CALL_DATE) if d.due is not None]
    assert [clock_time(d) for d in found] == [clock]


@pytest.mark.parametrize(
    ("asked", "reply", "due"),
    [
        (
            "The printers turn proofs round in a week. Theo, can you make sure they get the files?",
            "Sure, I'll send them across this afternoon.",
            "2026-03-04",
        ),
        ("Can you send the files to the printers by Friday?", "Yep, I'll send them this afternoon.", "2026-03-04"),
        ("Can you send the files to the printers by Friday?", "Yep, I'll send them today.", "2026-03-04"),
        ("Can you send the files to the printers by Friday?", "Yep, will do.", "2026-03-06"),  # the day asked
    ],
)
def test_a_reply_this_afternoon_keeps_its_day(asked: str, reply: str, due: str) -> None:
    turns = [(NELL, "The artwork's signed off, so it just needs to go."), (PRITI, asked), (THEO, reply)]
    assert due_at(turns, 2) == due


def test_a_time_of_day_alone_keeps_the_day_asked() -> None:
    turns = [
        (PRITI, "Can you send the files to the printers by Friday?"),
        (THEO, "Yep, Friday. By the end of the afternoon?"),
    ]
    assert due_at(turns, 1) == "2026-03-06"


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        ("I'll do my best, but it might be Monday.", "2026-03-09"),  # the owner's hedged day
        ("We'll do our best, but it could be Monday.", "2026-03-09"),
        ("I'll try, but it might be Monday.", "2026-03-09"),  # as before
    ],
)
def test_doing_ones_best_with_a_later_day(reply: str, due: str) -> None:
    turns = [(PRITI, "Can you get the stockist list over by Friday?"), (THEO, reply)]
    assert due_at(turns, 1) == due


@pytest.mark.parametrize("reply", ["I'll do my best.", "I'll do my best, no promises.", "We'll do our best!"])
def test_doing_ones_best_alone_takes_nothing_on(reply: str) -> None:
    turns = [(PRITI, "Can you get the stockist list over by Friday?"), (THEO, reply), NEXT]
    assert call_items(turns) == []


@pytest.mark.parametrize(
    ("asked", "due"),
    [
        ("I'll book the venue this week. Theo, can you send me the list of sites?", None),  # the booking's date
        ("I'll ring the council tomorrow. Theo, could you send me the list of sites?", None),
        ("I need them by Friday. Theo, can you send me the list of sites?", "2026-03-06"),  # the need: the ask's
        ("I'll book the venue this week. Theo, can you send me the list of sites by Monday?", "2026-03-09"),
    ],
)
def test_a_request_leaves_the_askers_own_date(asked: str, due: str | None) -> None:
    turns = [
        (PRITI, "We have to lock the venue soon or we lose the date."),
        (OWEN, asked),
        (THEO, "Sure, I'll send it over."),
    ]
    assert due_at(turns, 2) == due


def test_the_askers_own_work_keeps_its_date() -> None:
    turns = [
        (PRITI, "We have to lock the venue soon or we lose the date."),
        (OWEN, "I'll book the venue this week. Theo, can you send me the list of sites?"),
        (THEO, "Sure, I'll send it over."),
    ]
    assert due_at(turns, 1) == "2026-03-06"


@pytest.mark.parametrize(
    "reply",
    ["Okay, Thursday.", "Yes, that's fine.", "Okay. We'll have a new cut to you Thursday."],
)
def test_moving_the_item_to_a_day_redates_it(reply: str) -> None:
    turns = [
        (PRITI, "The animatic. Where are we?"),
        (THEO, "The new cut will be with you by Friday."),
        (PRITI, "Could we move it to Thursday? The board sits on Friday morning."),
        (THEO, reply),
    ]
    assert due_at(turns, 1) == "2026-03-05"


def test_a_first_step_keeps_its_day_beside_an_earlier_item_redated() -> None:
    turns = [
        (PRITI, "The animatic. Where are we?"),
        (THEO, "The new cut will be with you by Friday."),
        (PRITI, "Could we bring it forward to Thursday? The board sits on Friday morning."),
        (THEO, "Okay. I'll brief the editor this afternoon and we'll have a new cut to you Thursday."),
    ]
    assert (due_at(turns, 1), due_at(turns, 3)) == ("2026-03-05", "2026-03-04")


def test_a_first_step_of_new_work_is_due_when_it_is_finished() -> None:
    turns = [
        (PRITI, "We'll need a radio script for the spring push."),
        (THEO, "I'll brief the writer this afternoon and we'll have a first draft to you Thursday."),
    ]
    assert due_at(turns, 1) == "2026-03-05"


def test_moving_a_thing_somewhere_is_new_work_not_a_new_day() -> None:
    turns = [
        (PRITI, "The animatic. Where are we?"),
        (THEO, "The new cut will be with you by Friday."),
        (PRITI, "Could you move them to the shared drive by Thursday? The old links are dead."),
        (THEO, "Okay, Thursday."),
    ]
    assert due_at(turns, 1) == "2026-03-06"
