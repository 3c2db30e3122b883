"""Deadline phrasings said the way agency and client people say them, and which item each date is the due of
(GUIDELINES §5): a battery of one-line promises and short exchanges, then the rules of ``own_dates``,
``deadlines.answers_other``, ``carried_dues`` (same time, a wanted day taken, a sentence the parser cut) and the
resolver's vague weeks, each with sentences it must and must not change.

Each case is (turns, {item turn: the ISO date it must get, or None}); the meeting is on Wednesday 4 March 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import find_due_dates
from tests.support import LUCY, NADIA, OWEN, PEOPLE, WILL, extract_turns

MEETING = dt.date(2026, 3, 4)  # a Wednesday

Case = tuple[list[tuple[str, str]], dict[int, str | None]]


def dues(turns: list[tuple[str, str]]) -> dict[int, str | None]:
    """The date of the first item found at each turn."""
    ex = extract_turns(turns, PEOPLE, MEETING, "gold-json", step=10.0)
    out: dict[int, str | None] = {}
    for a in ex.action_items:
        if a.turn is not None:
            out.setdefault(a.turn, a.due.isoformat() if a.due else None)
    return out


def said(text: str) -> list[tuple[str, dt.date | None]]:
    return [(d.text, d.due) for d in find_due_dates(text, MEETING)]


def one(text: str, due: str | None, who: str = OWEN) -> Case:
    return [(who, text)], {0: due}


# -- the battery: how people put a deadline, and dates in the sentence that are not the item's ---------------
BATTERY: dict[str, Case] = {
    "close of play": one("I'll send the deck over by close of play.", "2026-03-04"),
    "first thing tomorrow": one("I'll get the figures to you first thing tomorrow.", "2026-03-05"),
    "end of play Friday": one("I'll have the revised plan with you end of play Friday.", "2026-03-06"),
    "by the 14th": one("I'll send the signed contract back by the 14th.", "2026-03-14"),
    "give us a fortnight": one("Give us two weeks and we'll have the site map ready.", "2026-03-18"),
    "before the shoot": one("I'll get the shot list over before the shoot.", None),
    "after the board meets": one("I'll circulate the notes after the board meets.", None),
    "mid-month name": one("We'll have a first draft of the brochure mid-March.", None),
    "early next week": one("I'll send the proofs early next week.", None),
    "late next week": one("I'll send the proofs over late next week.", None),
    "tomorrow morning": one("I'll call the printer tomorrow morning.", "2026-03-05"),
    "once, first": one("Once legal sign it off, I'll send the final copy.", None),
    "once, after": one("I'll book the studio once you've confirmed the date.", None),
    "a bare weekday": one("I'll send the schedule Monday.", "2026-03-09"),
    "next Wednesday": one("I'll have the cut-down to you next Wednesday.", "2026-03-11"),
    "Thursday next week": one("I'll get the banners over Thursday next week.", "2026-03-12"),
    "this afternoon": one("I'll update the tracker this afternoon.", "2026-03-04"),
    "end of the month": one("I'll draft the release by the end of the month.", "2026-03-31"),
    "end of next week": one("I'll have the cost report ready by the end of next week.", "2026-03-13"),
    "a couple of days": one("I'll chase the venue in the next couple of days.", "2026-03-06"),
    "within 48 hours": one("I'll send the edits back within 48 hours.", "2026-03-06"),
    "on the twentieth": one("I'll have the moodboard with you on the twentieth.", "2026-03-20"),
    "Friday the 13th": one("I'll brief the team on Friday the 13th.", "2026-03-13"),
    "a weekday and a day of next month": one("I'll hold the room for Wednesday the 15th.", "2026-04-15"),
    "an hour and a day": one("I'll send the timings by 10am Thursday.", "2026-03-05"),
    "a week's time": one("I'll send the invoice in a week's time.", "2026-03-11"),
    "end of the day tomorrow": one("I'll get you the list by the end of the day tomorrow.", "2026-03-05"),
    "before Friday": one("I'll send the media plan before Friday.", "2026-03-06"),
    "come back by": one("Let me check with finance and I'll come back to you by Tuesday.", "2026-03-10"),
    "the shoot's date first": one("The shoot's on the 18th, so I'll send the call sheet tomorrow.", "2026-03-05"),
    "an event's date the turn before": (
        [(OWEN, "The launch is on the 20th."), (OWEN, "I'll book the photographer.")],
        {1: None},
    ),
    "someone away": one("I'm off until Monday, so I'll ask Nadia to send the files.", None),
    "a day gone by": one("We went live on the 2nd. I'll pull the first week's numbers.", None),
    "the event's day, then today": one("The event's on Saturday. I'll send the run sheet today.", "2026-03-04"),
    "a hold asked, the call today, the event's date": (
        [
            (LUCY, "Can you put a hold on the marquee?"),
            (OWEN, "I'll call them today. Same date as last year, roughly? Second Saturday in July?"),
        ],
        {1: "2026-03-04"},
    ),
    "the other side's delivery, then once": (
        [
            (LUCY, "I'll have the signed forms back to you tomorrow."),
            (OWEN, "Great. I'll get them out to the trainees once they come in."),
        ],
        {0: "2026-03-05", 1: None},
    ),
    "last Friday": one("We sent the proofs last Friday; I'll chase the printer.", None),
    "every Monday": one("We do the report every Monday, so I'll add the new metric.", None),
    "asked and taken": (
        [(OWEN, "I'll send the cost breakdown."), (LUCY, "By Friday?"), (OWEN, "Friday's fine.")],
        {0: "2026-03-06"},
    ),
    "the next sentence": one("I'll revise the layouts. They should be with you Tuesday.", "2026-03-10"),
    "a reason after": one("I'll mark up the drafts this afternoon, so Nadia knows what to cut.", "2026-03-04"),
    "a request's date taken": (
        [(LUCY, "Could you send the revised quote by Monday?"), (OWEN, "Sure, will do.")],
        {1: "2026-03-09"},
    ),
    "turn round": one("I'll turn the amends round in a couple of days.", "2026-03-06"),
    "by lunchtime": one("I'll get the copy back to you by lunchtime.", "2026-03-04"),
    "over the weekend": one("I'll go through the entries over the weekend.", "2026-03-08"),
    "at the latest": one("I'll have the deck done by Friday at the latest.", "2026-03-06"),
    "no later than": one("I'll send the rate card no later than the 10th.", "2026-03-10"),
    "ready for the 16th": one("I'll have the scripts ready for the 16th.", "2026-03-16"),
    "end of the week": one("I'll send the timings by the end of the week.", "2026-03-06"),
    "this time next week": one("I'll send the recap this time next week.", "2026-03-11"),
    "a week on Monday": one("I'll have the deck with you a week on Monday.", "2026-03-16"),
    "a weekday first thing": one("I'll get it to you Tuesday first thing.", "2026-03-10"),
    "the 1st of April": one("I'll send the renewal on the 1st of April.", "2026-04-01"),
    "April the 3rd": one("I'll send the report by April the 3rd.", "2026-04-03"),
    "month end": one("I'll have the figures by month end.", "2026-03-31"),
    "in three weeks": one("I'll confirm the venue in three weeks.", "2026-03-25"),
    "after a holiday": one("I'll get back to you after the Easter break.", None),
    "as soon as I can": one("I'll send the final files as soon as I can.", None),
    "an ordinal gone this month": one("I'll have the draft by the 3rd.", "2026-04-03"),
    "a range": one("I'll have the edit with you Monday or Tuesday.", "2026-03-10"),
    "end of play tomorrow": one("I'll send it all over end of play tomorrow.", "2026-03-05"),
    "straight after this call": one("I'll send the invite straight after this call.", "2026-03-04"),
    "tonight": one("I'll ring the venue tonight.", "2026-03-04"),
    "Thursday week": one("I'll send the costs through by Thursday week.", "2026-03-12"),
    "COB Monday": one("I'll send the sign-off sheet by COB Monday.", "2026-03-09"),
    "a board's date, then tomorrow": one(
        "The client's board meets on the 12th, and I'll send the rationale over tomorrow.", "2026-03-05"
    ),
    "the photographer down next Tuesday": one(
        "I'll get the photographer down next Tuesday to do the stills.", "2026-03-10"
    ),
    "a need's date, then own day": (
        [(LUCY, "We need the stills by the eighth."), (OWEN, "I'll get the photographer down Tuesday.")],
        {1: "2026-03-10"},
    ),
    "an event's time the turn before": (
        [(LUCY, "The party is seven pm on the 20th."), (OWEN, "Great, I'll send the invite.")],
        {1: None},
    ),
    "a slot's date the turn before": (
        [(LUCY, "The BBC slot is the twenty-ninth."), (OWEN, "Okay. I'll square it with Nadia.")],
        {1: None},
    ),
    "a summit's date, then own": one(
        "Our summit's on the fifth of May. I'll draft the agenda by Friday.", "2026-03-06"
    ),
}


@pytest.mark.parametrize("name", list(BATTERY))
def test_the_battery_of_deadline_phrasings(name: str) -> None:
    turns, want = BATTERY[name]
    got = dues(turns)
    assert {t: got.get(t, "no item") for t in want} == want, got


# -- each rule: the sentences it must change (which failed before it) and those it must leave ----------------
RULES: dict[str, tuple[dict[str, Case], dict[str, Case]]] = {
    # deadlines.answers_other: a day said back to "when?" about other work does not re-date the owner's item
    "an answer about other work's day": (
        {
            "when they film": (
                [
                    (LUCY, "National first, then."),
                    (OWEN, "Great. I'll pitch it to the Standard tomorrow then."),
                    (LUCY, "What day would they film?"),
                    (OWEN, "Probably the Monday before. The sixteenth?"),
                    (LUCY, "The sixteenth could work."),
                ],
                {1: "2026-03-05"},
            ),
            "when they install": (
                [
                    (OWEN, "I'll brief the fitters on Friday."),
                    (LUCY, "When do they install, roughly?"),
                    (OWEN, "The week after, I think. The twelfth?"),
                ],
                {0: "2026-03-06"},
            ),
            "when they record": (
                [
                    (NADIA, "I'll ring the producer tomorrow."),
                    (WILL, "When would they record the interview?"),
                    (NADIA, "They tend to do Thursdays. Thursday the 12th?"),
                ],
                {0: "2026-03-05"},
            ),
        },
        {
            "when we would know": (
                [
                    (OWEN, "I'll get Nadia to check the numbers. She's out today."),
                    (LUCY, "When would we know?"),
                    (OWEN, "Thursday? Let's say by Thursday."),
                ],
                {0: "2026-03-05"},
            ),
            "when you can get it to us": (
                [
                    (OWEN, "I'll send the deck Friday."),
                    (LUCY, "When can you get it to us, really?"),
                    (OWEN, "Honestly? Monday?"),
                ],
                {0: "2026-03-09"},
            ),
        },
    ),
    # own_dates: the promise's own time beats a date another subject's verb says in the sentence
    "another subject's date beside the promise's own": (
        {
            "the editor says": one(
                "The editor says first cut Friday, and we'll get it over to you early next week.", None
            ),
            "the printer reckons": one(
                "The printer reckons Thursday for the proofs, so we'll have them with you early next week.", None
            ),
            "legal want": one(
                "Legal want it by Friday, but realistically I'll get it back to you mid-month.", None, LUCY
            ),
            "the studio says": one(
                "The studio says Tuesday for the grade, and I'll send you the final cut late next week.", None
            ),
        },
        {
            "own day said": one(
                "The editor says first cut Friday, and we'll get it over to you on Monday.", "2026-03-09"
            ),
            "the same subject's two times": one(
                "I'll do the first pass Friday and send it over early next week.", "2026-03-06"
            ),
            "a relative clause's day": one(
                "I'll send the copy once legal sign it off, which should be Friday.", "2026-03-06"
            ),
        },
    ),
    # carried_dues._same_time: "same time" takes the owner's item said before
    "the same time as the item before": (
        {
            "a reply to 'and the reviews?'": (
                [
                    (OWEN, "I'll send the spec sheets Friday."),
                    (LUCY, "And the reviews?"),
                    (OWEN, "I'll pull them into a spreadsheet, same time."),
                ],
                {2: "2026-03-06"},
            ),
            "at the same time, a turn on": (
                [
                    (NADIA, "We'll send the media plan on the 12th."),
                    (WILL, "Great."),
                    (NADIA, "And I'll draft the radio brief at the same time."),
                ],
                {2: "2026-03-12"},
            ),
        },
        {
            "a contrast said first": (
                [
                    (OWEN, "I'll send the logos tomorrow."),
                    (LUCY, "Okay."),
                    (OWEN, "At the same time, I'll need the brand guidelines, so I'll chase Will."),
                ],
                {2: None},
            ),
            "a slot like another's": (
                [
                    (OWEN, "I'll send the logos tomorrow."),
                    (LUCY, "Thanks."),
                    (OWEN, "And I'll book the room for the same time as last week."),
                ],
                {2: None},
            ),
            "another person's item": (
                [
                    (OWEN, "I'll send the logos tomorrow."),
                    (LUCY, "Thanks."),
                    (LUCY, "I'll book the room for the same time as last week."),
                ],
                {2: None},
            ),
        },
    ),
    # carried_dues.NEEDED / GRANTED: a day the other side would like, taken or granted
    "a day the other side would like": (
        {
            "would be ideal, can do": (
                [
                    (OWEN, "I'll send over the tracking links."),
                    (LUCY, "Great, Thursday would be ideal."),
                    (OWEN, "Yes, can do."),
                ],
                {0: "2026-03-05"},
            ),
            "would be perfect, sure": (
                [
                    (OWEN, "I'll pull the sales data together."),
                    (LUCY, "Monday would be perfect, if you can."),
                    (OWEN, "Sure."),
                ],
                {0: "2026-03-09"},
            ),
            "no rush, ideal": ([(OWEN, "I'll draft the FAQ."), (LUCY, "No rush. Friday's ideal.")], {0: "2026-03-06"}),
        },
        {
            "a day perfect for something else": (
                [
                    (OWEN, "I'll draft the FAQ."),
                    (LUCY, "Friday would be perfect for the launch party, by the way."),
                    (OWEN, "Ha, I can't come, sorry. Away."),
                ],
                {0: None},
            ),
        },
    ),
    # carried_dues._said_before: a sentence the parser cut at its "and"
    "give us a time and we'll": (
        {"a fortnight": one("Give us a fortnight and we'll have the storyboards with you.", "2026-03-18")},
        {"a sentence of its own": one("That was last Friday. And we'll send the invoices.", None)},
    ),
    # recaps._ours: a part of a recap that says "we" do it dates the speaker's side's item, not the other side's
    "a recap's 'we' and the other side's item": (
        {
            "we're sending": (
                [
                    (LUCY, "And release forms. Every trainee needs to sign one."),
                    (OWEN, "We'll send you our standard release forms, with a line on usage."),
                    (LUCY, "Great. I'll get them out to the trainees once they come in."),
                    (
                        NADIA,
                        "Let me wrap up. Lucy's sending the trainee list Friday, and we're sending release forms "
                        "tomorrow.",
                    ),
                ],
                {2: None},
            ),
        },
        {
            "named by name": (
                [
                    (LUCY, "And release forms. Every trainee needs to sign one."),
                    (OWEN, "We'll send you our standard release forms, with a line on usage."),
                    (LUCY, "Great. I'll get them out to the trainees once they come in."),
                    (
                        NADIA,
                        "Let me wrap up. We're sending the release forms tomorrow, and Lucy's getting the release "
                        "forms out to trainees Monday.",
                    ),
                ],
                {2: "2026-03-09"},
            ),
        },
    ),
    # dates: a week named by a day in it, the middle of a month
    "a week or the middle of a month": (
        {
            "the week of": one("I'll confirm the numbers the week of the sixteenth.", None),
            "week commencing": one("We'll have the first draft to you week commencing the 9th.", None),
        },
        {"by the day itself": one("I'll have the report to you by the 16th.", "2026-03-16")},
    ),
}


@pytest.mark.parametrize(
    ("rule", "name", "must"),
    [(r, n, True) for r, (m, _) in RULES.items() for n in m]
    + [(r, n, False) for r, (_, x) in RULES.items() for n in x],
)
def test_each_rule_changes_what_it_must_and_leaves_the_rest(rule: str, name: str, must: bool) -> None:
    turns, want = RULES[rule][0 if must else 1][name]
    got = dues(turns)
    assert {t: got.get(t, "no item") for t in want} == want, got


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("the week of the sixteenth", True),
        ("week commencing Monday the 16th of March", True),
        ("w/c 9th March", True),
        ("in the week beginning the 23rd", True),
        ("mid-month", True),
        ("by the middle of the month", True),
        ("by the 16th", False),
        ("the 16th of March", False),
        ("by the end of the month", False),
    ],
)
def test_a_week_named_by_its_day_or_the_middle_of_a_month_is_vague(text: str, vague: bool) -> None:
    found = said(text)
    assert len(found) == 1, found
    assert (found[0][1] is None) is vague, found


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a weekday misnamed: no month near has a Friday 19th, so the plain next 19th (was February 2027)
        ("on Friday the 19th", "2026-07-19"),
        ("Saturday the 17th", "2026-07-17"),
        # the next month whose Nth is that weekday, when it is near
        ("Wednesday the 19th", "2026-08-19"),
        ("Monday the 31st", "2026-08-31"),
        ("Thursday 23rd", "2026-07-23"),
    ],
)
def test_a_weekday_and_a_day_take_a_near_month_where_they_meet(text: str, due: str) -> None:
    found = find_due_dates(text, dt.date(2026, 7, 6))  # a Monday; the 19th of July is a Sunday
    assert [d.due.isoformat() if d.due else None for d in found] == [due], found
