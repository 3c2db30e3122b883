"""Dates and owners settled around an item (carried_dues, fact_dates, deadlines.late_dues, session_owners), on
dialogues written for these tests: each case must give the item at a turn its date (or no date) and owner."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import LUCY, NADIA, OWEN, PEOPLE, WILL, extract_turns

MEETING = dt.date(2026, 3, 4)  # a Wednesday


def items(turns: list[tuple[str, str]]) -> dict[int, tuple[object, str | None]]:
    """(owner, ISO date) of the first item found at each turn."""
    ex = extract_turns(turns, PEOPLE, MEETING, "gold-json", step=10.0)
    out: dict[int, tuple[object, str | None]] = {}
    for a in ex.action_items:
        if a.turn is not None:
            out.setdefault(a.turn, (a.owner, a.due.isoformat() if a.due else None))
    return out


DUES = {
    # a date the turn gives the work's result, after the item
    "result said after, by our side": (
        [(OWEN, "Right. I'll chase the printer for the new proofs then, we should have them by Thursday.")],
        {0: "2026-03-05"},
    ),
    "result said after, to the listener": (
        [(NADIA, "I'll redo the icons in a warmer orange and check the blue beside it. You'll have them Tuesday.")],
        {0: "2026-03-10"},
    ),
    "someone else's result is not the item's date": (
        [(OWEN, "I'll call the printer, they should have the stock by Thursday.")],
        {0: None},
    ),
    # someone busy until a day: a fact, not a deadline
    "a person busy until a day": (
        [
            (NADIA, "Owen, can you get a call in with the director so we can rework the schedule?"),
            (OWEN, "Yep, on it. I'll aim for early next week, she's on another job till Friday."),
        ],
        {1: None},
    ),
    "someone named, tied up until a day": (
        [(OWEN, "I'll brief the photographer, though Marta's tied up until Thursday.")],
        {0: None},
    ),
    "until a day, said of the work": (
        [(NADIA, "I'll hold the two slots for you until Friday.")],
        {0: "2026-03-06"},
    ),
    "until a day, our side's work": (
        [(NADIA, "We'll hold the two slots until Friday.")],
        {0: "2026-03-06"},
    ),
    "a colleague tied up until a day": (
        [(NADIA, "Sure, I'll hold the two slots, though Owen's tied up until Friday.")],
        {0: None},
    ),
    # an item with its own vague deadline keeps it against a date that answers something else
    "a vague deadline, then a date for a visit": (
        [
            (OWEN, "I'll get the signwriter to quote for the painted version, ideally before we next meet."),
            (NADIA, "Could we come and see the shop in person? I'd love to photograph it."),
            (OWEN, "Course. I'm there Tuesday anyway for the stock count. Come down Tuesday morning."),
        ],
        {0: None},
    ),
    "a vague deadline, then asked when": (
        [
            (OWEN, "I'll get the signwriter to quote, probably early next week."),
            (LUCY, "When by? We need to plan."),
            (OWEN, "Tuesday."),
        ],
        {0: "2026-03-10"},
    ),
    # the owner settles on a new date after the other side objects
    "a date settled with 'then'": (
        [
            (LUCY, "Can you get us a name for the keynote? We need it for the programme."),
            (NADIA, "Leave that with me. You'll have a name by the end of next week."),
            (OWEN, "The programme goes to print on the 12th though, Nadia."),
            (NADIA, "Ah. Yes. Okay, Monday then. I'll push them."),
        ],
        {1: "2026-03-09"},
    ),
    "a date of another thing with 'then' is no new date": (
        [
            (LUCY, "Can you get us a name for the keynote?"),
            (NADIA, "Leave that with me. You'll have a name by the end of next week."),
            (OWEN, "When's the print run?"),
            (NADIA, "The print run's Monday then, I think."),
        ],
        {1: "2026-03-13"},
    ),
    # the owner asks for more time, a turn or two later
    "more time asked by the owner": (
        [
            (NADIA, "I'll send the revised media plan tomorrow."),
            (LUCY, "Great."),
            (NADIA, "Actually, give me till Friday on that, the rates aren't in yet."),
            (LUCY, "Fine."),
        ],
        {0: "2026-03-06"},
    ),
    "more time asked as a question": (
        [
            (NADIA, "I'll send the revised media plan tomorrow."),
            (LUCY, "Great, thanks."),
            (NADIA, "Could I have till Monday? The rates aren't in."),
            (LUCY, "Sure."),
        ],
        {0: "2026-03-09"},
    ),
    "a date needed for other work is no more time": (
        [
            (NADIA, "I'll send the revised media plan tomorrow."),
            (LUCY, "And the social plan?"),
            (NADIA, "We'll need Friday for the social plan, Owen's on it."),
            (LUCY, "Fine."),
        ],
        {0: "2026-03-05"},
    ),
    "more time asked by someone else": (
        [
            (NADIA, "I'll send the revised media plan tomorrow."),
            (OWEN, "Give me till Friday for the copy though, Lucy."),
            (LUCY, "Fine."),
        ],
        {0: "2026-03-05"},
    ),
    # a first step's day, then the day the work is had or sent: due when finished
    "started, then done": (
        [(NADIA, "I'll start on the wireframes Monday, should have them done by Wednesday.")],
        {0: "2026-03-11"},
    ),
    "to a colleague first, then to you": (
        [(NADIA, "I'll get the draft to Owen tomorrow, and you'll have it by Friday.")],
        {0: "2026-03-06"},
    ),
    "a first pass, then the final": (
        [(NADIA, "I'll do a first pass today and send the final version on Monday.")],
        {0: "2026-03-09"},
    ),
    "a later date that is a supplier's": (
        [(NADIA, "I'll send the brief to the printer today, and they'll get the proofs back to us by Friday.")],
        {0: "2026-03-04"},
    ),
    "a later date that is what the finished work gives time for": (
        [
            (
                NADIA,
                "Great. I'll draft it and get it to you by Monday, so we've got time for your notes before the 20th.",
            )
        ],
        {0: "2026-03-09"},
    ),
    "a later date that is an event's": (
        [(NADIA, "I'll send the running order tomorrow, the launch is on Friday.")],
        {0: "2026-03-05"},
    ),
    # "by then": the day said just before
    "by then, after an event's day": (
        [(LUCY, "The board meets on the 12th."), (NADIA, "Okay, I'll have the paper to you by then.")],
        {1: "2026-03-12"},
    ),
    "by then, in the same turn": (
        [(NADIA, "The printer's slot is Friday, so I'll get the artwork over before then.")],
        {0: "2026-03-06"},
    ),
    "by then, with no day said": (
        [(LUCY, "The board will want it."), (NADIA, "Okay, I'll have the paper to you by then.")],
        {1: None},
    ),
    # a thing to be done is no past date
    "to be done, with have": (
        [
            (LUCY, "When would that go live?"),
            (NADIA, "We'll have the boosts switched on Tuesday, once the cuts are in."),
        ],
        {1: "2026-03-10"},
    ),
}


@pytest.mark.parametrize("name", list(DUES))
def test_item_dates(name):
    turns, want = DUES[name]
    got = items(turns)
    for turn, due in want.items():
        assert turn in got, f"no item at turn {turn}: {got}"
        assert got[turn][1] == due


SESSIONS = {
    "you and I, timed after 'When?'": (
        [
            (NADIA, "And, Lucy, you and I should probably sit down with a few of the store managers. An hour?"),
            (LUCY, "Go on then. When were you thinking?"),
            (NADIA, "Next Thursday? I can come up to Leeds."),
            (LUCY, "Next Thursday's fine. I'll grab three or four of them."),
            (OWEN, "Lovely. Next item."),
        ],
        3,
        [NADIA, LUCY],
        "2026-03-12",
    ),
    "a coffee, just you and me": (
        [
            (NADIA, "Lucy, would you be up for a coffee before the pitch? Just you and me, nothing formal."),
            (LUCY, "Yeah, go on then. When?"),
            (NADIA, "Tuesday week? I'll come over to yours."),
            (LUCY, "Tuesday week's fine. Mornings are better."),
            (OWEN, "Next thing."),
        ],
        3,
        [NADIA, LUCY],
        "2026-03-17",
    ),
}


@pytest.mark.parametrize("name", list(SESSIONS))
def test_session_timed_after_taken_up(name):
    turns, at, owner, due = SESSIONS[name]
    got = items(turns)
    assert got.get(at) == (owner, due)
    # at the turn that takes the day (GUIDELINES §2.2: where the last owner accepts); the arranging said on the
    # way is no item of its own
    assert [t for t in got if 0 < t <= at + 1 and t != at] == []


def test_work_after_the_session_is_set_stays():
    got = items(
        [
            (NADIA, "Lucy, you and I should go through the survey results together."),
            (LUCY, "Happy to. When?"),
            (NADIA, "Friday?"),
            (LUCY, "Friday's good."),
            (NADIA, "Great. I'll book a room."),
        ]
    )
    assert [v for t, v in got.items() if t < 4] == [([NADIA, LUCY], "2026-03-06")]
    assert got[4] == (NADIA, None)


def test_a_day_refused_does_not_time_the_session():
    got = items(
        [
            (NADIA, "Lucy, you and I could go through the survey results together."),
            (LUCY, "Happy to. When?"),
            (NADIA, "Friday?"),
            (LUCY, "I can't do Friday, I'm away. Will has the figures anyway."),
            (WILL, "I do."),
        ]
    )
    assert 3 not in got


def test_then_after_talk_of_no_time_is_no_new_date():
    got = items(
        [
            (LUCY, "Can you get us a name for the keynote?"),
            (NADIA, "Leave that with me. You'll have a name by the end of next week."),
            (OWEN, "And the venue wants the room layout too."),
            (NADIA, "Okay. Monday then, for the layout."),
        ]
    )
    assert got[1][1] == "2026-03-13"


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        # "we" said, then "I" takes the same work on: the one who takes it
        ("We can put soft holds on, they cost nothing. I'll get those on with both channels this afternoon.", OWEN),
        ("We'll rework the headline. I'll get it done tomorrow.", OWEN),
        # "we" throughout, or "you'll have it": the side
        ("We'll send the plan across tomorrow. We'll do it first thing.", "agency"),
        ("Yes, we'll add a regional split to the plan, so you'll have it Tuesday as well.", "agency"),
    ],
)
def test_we_then_i_takes_it(said, owner):
    assert items([(OWEN, said)])[0][0] == owner


def test_coming_to_a_session_put_just_before_is_of_both():
    got = items(
        [
            (OWEN, "Recce. I want to walk the venue with the crew on Tuesday. Lucy, it would be good if you came too."),
            (LUCY, "Yes, I'll come. Tuesday. What time?"),
            (OWEN, "Ten, front entrance."),
        ]
    )
    assert got[1] == ([OWEN, LUCY], "2026-03-10")


def test_coming_back_on_something_is_no_session():
    got = items([(OWEN, "Over to Lucy."), (LUCY, "I'll come back to you on the budget by Friday.")])
    assert got[1] == (LUCY, "2026-03-06")


def test_a_session_taken_firmly_is_dated_by_the_day_then_put_and_taken():
    got = items(
        [
            (NADIA, "Lucy, we'd love to walk you round the venue before we fix the layout. Shall we go together?"),
            (LUCY, "Yes, let's. When?"),
            (NADIA, "The 19th? It's a Thursday, and the hall is empty."),
            (LUCY, "The 19th works."),
            (OWEN, "Great. Next thing."),
        ]
    )
    assert got[1] == ([NADIA, LUCY], "2026-03-19")  # where it was taken; the day from the two turns after
    assert [t for t in got if t in (2, 3)] == []
