"""A span of time said as "a week or two", "the next day or two", "a month or two" resolves like "two or three
weeks": to its later end (+ 14 days, + 2 days, + 2 months); "a week or two of signing" is counted from an event
(no date), and "a week or so" stays one week. A session the reply is worded as done together ("walk the venue
together") is of both: the one who put it or asked for it a turn or three before, and the one taking it; not work made
("pull the numbers together") nor work with no session put in the turns before. A promise said again in the same
turn with a pronoun for its work and a new date ("… before the Fourth. Actually, no, I'll send them tomorrow.") takes
the new date.
tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04."""

from __future__ import annotations

import datetime

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
WED = datetime.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("said", "text", "due"),
    [
        ("We'll have the cut-downs with you in a week or two.", "in a week or two", "2026-03-18"),
        ("I'll get the proofs back in the next week or two.", "in the next week or two", "2026-03-18"),
        ("You'll have my notes in a day or two, promise.", "in a day or two", "2026-03-06"),
        ("The research should land within a month or two.", "within a month or two", "2026-05-04"),
        ("I'll have it in two or three weeks.", "in two or three weeks", "2026-03-25"),
        ("I'll turn it round in a week or so.", "in a week", "2026-03-11"),
        ("We'd need it within a week or two of signing.", "within a week or two", None),
    ],
)
def test_a_span_of_weeks_or_days_resolves_to_its_later_end(said: str, text: str, due: str | None) -> None:
    found = find_due_dates(said, WED)
    assert [(m.text, m.due.isoformat() if m.due else None) for m in found] == [(text, due)]


def test_an_item_promised_in_a_week_or_two_is_due_two_weeks_on() -> None:
    turns = [
        (PRITI, "Can you pull together the competitor review?"),
        (NELL, "Sure, I'll have it with you in the next week or two."),
        (PRITI, "Great."),
        (OWEN, "Right, the radio copy next."),
    ]
    assert [(o, d) for o, _, d, at in call_items(turns) if at == 1] == [(NELL, "2026-03-18")], run(turns).action_items


# a session the reply is worded as done together is of both: the one who put it or asked for it, and the one taking it
@pytest.mark.parametrize(
    ("turns", "owners", "at"),
    [
        (
            [
                (NELL, "It would really help if we walked the venue together, Priti. How about next Tuesday?"),
                (PRITI, "Next Tuesday works. Yes, let's do that. I'll bring my boots."),
            ],
            {NELL, PRITI},
            1,
        ),
        (
            [
                (
                    PRITI,
                    "Nell, separately, can we go through the search reporting properly? I never know what it means.",
                ),
                (NELL, "Yeah, definitely. Do you want to sit down on Thursday? I can come to you."),
                (PRITI, "Deal. Thursday."),
            ],
            {NELL, PRITI},
            2,
        ),
        (
            [
                (
                    PRITI,
                    "My suggestion, Theo, is that you and I go up to Leeds and run a half-day session with the"
                    " regional team. Monday week?",
                ),
                (THEO, "Monday week. Let me look... Yes, I can do Monday week."),
                (PRITI, "Great."),
            ],
            {THEO, PRITI},
            1,
        ),
    ],
)
def test_a_session_worded_as_done_together_is_of_both(turns: list[tuple[str, str]], owners: set[str], at: int) -> None:
    convo = [*turns, (OWEN, "Right, the radio copy next.")]
    items = [(o, at_) for o, _, _, at_ in call_items(convo)]
    assert [(set(o), t) for o, t in items if isinstance(o, list)] == [(owners, at)], run(convo).action_items


@pytest.mark.parametrize(
    "turns",
    [
        # made, not met: "pull the numbers together"
        [
            (PRITI, "Can someone sort the numbers for the board?"),
            (NELL, "I'll pull the numbers together for you by Friday."),
        ],
        # made, "together" the verb's own particle: "call together the findings", as Whisper heard "pull together" in
        # a recording (it was the speaker's and the last other speaker's session)
        [
            (PRITI, "The findings need pulling together before we sit down with the board."),
            (THEO, "Agreed."),
            (NELL, "I'll call together the findings in the full report."),
        ],
        # no session put in the turns before, whatever the wording
        [
            (PRITI, "Can we do the readouts every two weeks in June, though?"),
            (THEO, "Sure, we can do that."),
            (OWEN, "And can I get my own login for the dashboard?"),
            (NELL, "Of course. I'll get you set up before we go live."),
        ],
    ],
)
def test_work_with_no_session_put_stays_the_speakers(turns: list[tuple[str, str]]) -> None:
    convo = [*turns, (PRITI, "Great."), (OWEN, "Right, the radio copy next.")]
    items = call_items(convo)
    assert items and all(o == NELL for o, _, _, at in items if at == len(turns) - 1), run(convo).action_items


@pytest.mark.parametrize(
    ("said", "due"),
    [
        # the promise said again with a pronoun for its work: the later date corrects the earlier
        ("I'll send the notes round before the Fourth. Actually, no, I'll send them tomorrow.", "2026-03-05"),
        ("I'll send the revised plan on Friday. Actually, I'll send it Thursday, Priti's off Friday.", "2026-03-05"),
        # no correction: the first date stays
        ("I'll send the revised plan on Friday, and the cost report by the end of the month.", "2026-03-06"),
    ],
)
def test_a_promise_said_again_with_a_new_date_takes_the_new_date(said: str, due: str) -> None:
    turns = [(PRITI, "Great call, everyone."), (NELL, said), (PRITI, "Perfect."), (OWEN, "Right, the radio copy next.")]
    assert [d for _, _, d, at in call_items(turns) if at == 1][:1] == [due], run(turns).action_items


def test_a_second_promise_of_other_work_is_no_correction() -> None:
    said = "I'll send the revised plan on Friday. And I'll send them the invite on Monday."
    assert [m.due.isoformat() for m in find_due_dates(said, WED) if m.due] == ["2026-03-06", "2026-03-09"]
