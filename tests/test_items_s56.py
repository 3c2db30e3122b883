"""Session 56, issue 10: action items an AE keeps. Task wording: a sum said in words written in figures; "both"
for the two things named together before it; a reply's own thing over the request's words ("I'll have the revised
plan with the phasing over", "I'll get three quotes", "I'll add the nine hundred"); a pronoun resolved from an
earlier turn ("listen to them", "I'll do it" after "they want someone on the show", "chase them" for what they owe
an answer on). Dates: a day taken before a promise on an event; a day asked on another point re-dates that point.
Owners: "Owen and I will …" is joint. Short dialogues written for these tests: each gives a task the draft must
word, or words no task may have. (The calls in tests/data/items_s56/ are the same kinds of talk in whole meetings.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.objects import sums_in_figures
from pipeline.schemas import Extraction
from tests.support import written_call
from tests.test_extract_meetings import run


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


def worded(rule: str, turns: list[tuple[str, str]], want: str) -> None:
    got = tasks(turns)
    assert any(want in t for t in got), (rule, got)


def not_worded(rule: str, turns: list[tuple[str, str]], never: list[str]) -> None:
    got = tasks(turns)
    assert got, rule  # an item is drafted, worded without the words
    assert not any(w in t for t in got for w in never), (rule, got)


# -- a sum said in words, in figures -----------------------------------------------------------------------------
SUMS = [
    (
        "a_sum_in_thousands",
        [
            ("Lucy Tam", "The cover limit went up on the first. It's five thousand now."),
            ("Nadia Brooks", "Okay, I'll update the landing page copy to five thousand by noon."),
        ],
        "update the landing page copy to 5,000",
    ),
    (
        "a_sum_in_hundreds",
        [("Nadia Brooks", "Fine. I'll send a revised estimate with the extra fourteen hundred tomorrow.")],
        "send a revised estimate with the extra 1,400",
    ),
]


@pytest.mark.parametrize(("rule", "turns", "want"), SUMS, ids=[m[0] for m in SUMS])
def test_sum_worded(rule: str, turns: list[tuple[str, str]], want: str) -> None:
    worded(rule, turns, want)


NOT_SUMS = [
    (
        "a_bare_two_digit_sum_stays_said",  # "twenty-five" is often short for thousands: not "25"
        [("Nadia Brooks", "I'll rework the media plan at twenty-five and send it over by Friday.")],
        ["25"],
    ),
    (
        "a_count_of_a_few_stays_in_words",
        [("Nadia Brooks", "I'll put two or three options together by Tuesday.")],
        ["2", "3"],
    ),
]


@pytest.mark.parametrize(("rule", "turns", "never"), NOT_SUMS, ids=[m[0] for m in NOT_SUMS])
def test_sum_not_worded(rule: str, turns: list[tuple[str, str]], never: list[str]) -> None:
    not_worded(rule, turns, never)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("update the ad copy to five thousand", "update the ad copy to 5,000"),
        ("send the estimate with the fourteen hundred", "send the estimate with the 1,400"),
        ("rework it at a hundred and fifty thousand", "rework it at 150,000"),
        ("cap it at forty-five hundred", "cap it at 4,500"),
        ("book a hundred", "book a hundred"),  # "a hundred" alone: a rough count as often as a sum
        ("rework it at twenty-five", "rework it at twenty-five"),
        ("call one two hundred", "call one two hundred"),  # not one sum
        ("order the two-hundred-mil cartons", "order the two-hundred-mil cartons"),
        ("send one or two options", "send one or two options"),
    ],
)
def test_sums_in_figures(said: str, written: str) -> None:
    assert sums_in_figures(said) == written


# -- "both": the two things named together before it --------------------------------------------------------------
BOTH = [
    (
        "both_read_as_a_determiner",
        [
            (
                "Owen Price",
                "The venue needs the floor plan and the fire certificate by the 12th. I'll have both in by Monday.",
            )
        ],
        "the floor plan and the fire certificate",
    ),
    (
        "both_things_the_parser_did_not_join",  # "passes" read as the subject of "sorted"
        [
            ("Maud Ellison", "We'll also need the guest list and the parking passes sorted before the 20th."),
            ("Kofi Mensah", "I can do both. I'll have both done by next Friday."),
        ],
        "the guest list and the parking passes",
    ),
]


@pytest.mark.parametrize(("rule", "turns", "want"), BOTH, ids=[m[0] for m in BOTH])
def test_both_worded(rule: str, turns: list[tuple[str, str]], want: str) -> None:
    worded(rule, turns, want)


def test_both_before_the_things_named() -> None:
    not_worded(
        "both_before_the_things_named",
        [("Nadia Brooks", "I'll send both the deck and the budget over tomorrow.")],
        ["both", "and the deck and"],
    )


# -- a reply's own thing, not the request's words -------------------------------------------------------------------
REPLY_OWN = [
    (
        "a_reply_sending_its_own_thing_over",  # "over" hung on the last word of what the thing is sent with
        [
            ("Lucy Tam", "Nadia, you'll redo the media plan on that basis?"),
            ("Nadia Brooks", "Yep, of course. I'll have the revised plan with the weekly split over by the 14th."),
        ],
        "send the revised plan with the weekly split",
    ),
    (
        "get_things_counted_is_own_work",
        [
            ("Lucy Tam", "And can someone price a coach from the airport?"),
            ("Nadia Brooks", "I'll get three coach quotes by Friday."),
        ],
        "get three coach quotes",
    ),
    (
        "a_reply_naming_a_sum_as_its_thing",  # not the request's "put that in", its "that" read as the printer
        [
            ("Lucy Tam", "The printer quoted nine hundred for the rush job."),
            ("Nadia Brooks", "Okay. Owen, can you put that in the estimate?"),
            ("Owen Price", "Yep. I'll add the nine hundred to the estimate today."),
        ],
        "add the 900 to the estimate",
    ),
]


@pytest.mark.parametrize(("rule", "turns", "want"), REPLY_OWN, ids=[m[0] for m in REPLY_OWN])
def test_reply_own_thing_worded(rule: str, turns: list[tuple[str, str]], want: str) -> None:
    worded(rule, turns, want)


NOT_REPLY_OWN = [
    (
        "a_date_trailed_off_is_no_part_of_the_task",
        [("Nadia Brooks", "I'll get the caterer's quotes over by next, um—")],
        ["by next", "by"],
    ),
    (
        "get_it_done_is_the_work_asked",
        [
            ("Lucy Tam", "Can you resize the banners for the app store?"),
            ("Nadia Brooks", "Sure, I'll get it done by Friday."),
        ],
        ["get it done"],
    ),
]


@pytest.mark.parametrize(("rule", "turns", "never"), NOT_REPLY_OWN, ids=[m[0] for m in NOT_REPLY_OWN])
def test_reply_own_thing_not_worded(rule: str, turns: list[tuple[str, str]], never: list[str]) -> None:
    not_worded(rule, turns, never)


# -- what a pronoun or "do it" stands for, said in an earlier turn --------------------------------------------------
EARLIER = [
    (
        "listen_to_them_the_things_sent",
        [
            ("Lucy Tam", "We sent you two jingle demos on Monday."),
            ("Nadia Brooks", "Oh, I haven't opened anything this week."),
            ("Lucy Tam", "No rush, but we need to book the studio by the end of the month."),
            ("Nadia Brooks", "I'll listen to them and come back to you with a pick by Wednesday."),
        ],
        "listen to the two jingle demos",
    ),
    (
        "do_it_what_was_wanted_not_what_was_asked_before",
        [
            ("Lucy Tam", "Should we sponsor the clean-up day? It might look like we're buying goodwill."),
            ("Nadia Brooks", "Let's park it."),
            ("Lucy Tam", "Also the local paper rang. They want someone on their podcast on Friday."),
            ("Nadia Brooks", "Friday? Okay. Yes, I'll do it."),
        ],
        "do the podcast",
    ),
    (
        "someone_wanted_taken_on_with_a_bare_yes",  # no day in the reply: still the work taken on
        [
            ("Lucy Tam", "The council rang, by the way. They want someone on their planning webinar next Tuesday."),
            ("Nadia Brooks", "Oh. Okay. Yes, I'll do it."),
        ],
        "do the planning webinar",
    ),
    (
        "chase_them_for_what_they_owe_an_answer_on",
        [
            ("Lucy Tam", "Has the printer come back on the paper stock?"),
            ("Nadia Brooks", "No, I'll chase them tomorrow."),
        ],
        "chase the printer for the paper stock",
    ),
]


@pytest.mark.parametrize(("rule", "turns", "want"), EARLIER, ids=[m[0] for m in EARLIER])
def test_said_earlier_worded(rule: str, turns: list[tuple[str, str]], want: str) -> None:
    worded(rule, turns, want)


NOT_EARLIER = [
    (
        "talk_to_them_is_people",
        [
            ("Lucy Tam", "The printers have the proofs and the paper samples."),
            ("Nadia Brooks", "I'll talk to them about the paper stock today."),
        ],
        ["the proofs", "the paper samples about"],
    ),
    (
        "how_it_would_look_is_no_work",
        [
            ("Lucy Tam", "The FAQ page still has the old refund terms."),
            ("Nadia Brooks", "Oh no."),
            ("Lucy Tam", "If we leave it up, it'll look like we're hiding the refunds."),
            ("Nadia Brooks", "Agreed, I'll do it today."),
        ],
        ["hide", "hiding"],
    ),
]


@pytest.mark.parametrize(("rule", "turns", "never"), NOT_EARLIER, ids=[m[0] for m in NOT_EARLIER])
def test_said_earlier_not_worded(rule: str, turns: list[tuple[str, str]], never: list[str]) -> None:
    not_worded(rule, turns, never)


# -- dates -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "due"),
    [
        (
            [
                ("Lucy Tam", "Can we have the revised terms by Friday?"),
                ("Nadia Brooks", "Friday's fine. I'll send them once the lawyers have seen them."),
            ],
            "2026-03-06",
        ),
        (
            [
                ("Lucy Tam", "Could you confirm the venue by Tuesday?"),
                ("Nadia Brooks", "Tuesday works. I'll confirm once the deposit clears."),
            ],
            "2026-03-10",
        ),
        (  # no day taken: due on the event, no date
            [
                ("Lucy Tam", "Could you confirm the venue?"),
                ("Nadia Brooks", "Yes. I'll confirm once the deposit clears."),
            ],
            None,
        ),
        (  # the day of the other side's delivery, which work on a thing of its own waits on
            [
                ("Lucy Tam", "Could we get the artwork over to you by Friday?"),
                ("Nadia Brooks", "Friday's great. And once I've got that, I'll book the printer and order the paper."),
            ],
            None,
        ),
        (  # a day asked about, not taken
            [
                ("Lucy Tam", "Could you confirm the venue? Is Tuesday possible?"),
                ("Nadia Brooks", "Is Tuesday the deadline? I'll confirm once the deposit clears."),
            ],
            None,
        ),
    ],
)
def test_day_taken_before_a_promise_on_an_event(turns: list[tuple[str, str]], due: str | None) -> None:
    """ "Friday's fine. I'll send it once legal have seen it.": the day taken is the deadline; the event only says
    when the work can start."""
    got = [a.due.isoformat() if a.due else None for a in run(turns).action_items]
    assert got == [due], got


@pytest.mark.parametrize("opening", ["Sorry, on the one-pager.", "Sorry, back on the one-pager."])
def test_a_day_asked_on_another_point_re_dates_that_point(opening: str) -> None:
    """ "Sorry, on the one-pager. Could it be sooner? I'd want it by the 19th." "The 19th. Fine.": the one-pager
    (said well before, named by its hyphened word) takes the 19th; the sign-off said last keeps its own 24th."""
    got = run(
        [
            ("Nadia Brooks", "I'll draft a one-pager on the loyalty idea by the end of the month."),
            ("Lucy Tam", "Lovely, thanks."),
            ("Lucy Tam", "Next, the media plan."),
            ("Nadia Brooks", "We'll get the full media plan to you by the end of next week."),
            ("Lucy Tam", "End of next week. Great. And I'll sign it off by the 24th."),
            ("Owen Price", "Great."),
            ("Lucy Tam", f"{opening} Could it be sooner? I'd want it by the 19th."),
            ("Nadia Brooks", "The 19th. Fine. I'll do the 19th."),
        ]
    ).action_items
    dues = {a.turn: a.due.isoformat() if a.due else None for a in got}
    assert dues.get(0) == "2026-03-19", dues
    assert dues.get(4) == "2026-03-24", dues


# -- owners ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["Yep.", "Great."])
def test_a_named_colleague_and_i_own_it_together(answer: str) -> None:
    """ "So Owen and I will get the full plan to you": the speaker's and Owen's, whoever answers; not work assigned
    to Owen alone (taken by his "Yep.") nor left undrafted (after the client's "Great.")."""
    got = run(
        [
            ("Lucy Tam", "We need a proper plan document."),
            ("Nadia Brooks", "Yeah. So Owen and I will get the full plan to you by the end of next week."),
            ("Owen Price", answer) if answer == "Yep." else ("Lucy Tam", answer),
        ]
    ).action_items
    owners = [sorted(a.owner) if isinstance(a.owner, list) else a.owner for a in got]
    assert owners == [["Nadia Brooks", "Owen Price"]], owners


# the calls written for this session (tests/data/items_s56/, gold format): the same kinds of talk in new words, each
# with the turn and the wording or the date the draft must give there
CALLS = Path(__file__).parent / "data" / "items_s56"
CALLED = [
    ("c01-print-wip", 4, "the print quote to 8,000", "2026-11-02"),
    ("c01-print-wip", 6, "the delivery note and the pallet plan", "2026-11-04"),
    ("c02-sponsor-budget", 3, "add the 1,200 to the event budget", "2026-11-10"),
    ("c02-sponsor-budget", 5, "the guest list and the parking passes", "2026-11-20"),
    ("c03-film-prepro", 3, "listen to the four voiceover reels", "2026-11-23"),
    ("c03-film-prepro", 5, "send the new shot list with the location notes", "2026-11-19"),
    ("c03-film-prepro", 7, "get three drone quotes", None),
    ("c04-community-day", 0, "write a one-pager on the volunteer scheme", "2026-11-20"),
    ("c04-community-day", 3, "do the planning webinar", "2026-11-17"),
    ("c04-community-day", 5, "send the risk plan", "2026-11-13"),
]


def _call(meeting_id: str) -> Extraction:
    return written_call(CALLS / f"{meeting_id}.json")


@pytest.mark.parametrize(("meeting_id", "turn", "want", "due"), CALLED, ids=[f"{c[0]}-t{c[1]}" for c in CALLED])
def test_written_calls(meeting_id: str, turn: int, want: str, due: str | None) -> None:
    got = [(a.task, a.due.isoformat() if a.due else None) for a in _call(meeting_id).action_items if a.turn == turn]
    assert any(want in task and when == due for task, when in got), got


@pytest.mark.parametrize(
    ("turns", "task", "due"),
    [
        (
            [
                ("Lucy Tam", "We'd like to walk the venue with you on Wednesday the 11th."),
                ("Will Ferris", "I can do the 11th. Morning."),
                ("Lucy Tam", "Great, Nadia and I will meet you there at ten."),
            ],
            "walk the venue together",
            "2026-03-11",
        ),
        (  # an hour with no day put before it: the meeting's day
            [("Lucy Tam", "Can we have the deck today?"), ("Nadia Brooks", "Sure, I'll send it over at three.")],
            "send the deck",
            "2026-03-04",
        ),
    ],
)
def test_meet_you_there_at_an_hour(turns: list[tuple[str, str]], task: str, due: str) -> None:
    """ "I can do the 1st. Morning." "Great, Sam and I will meet you there at ten.": the session put, done together,
    on the day just put (the hour alone is not the meeting's day)."""
    got = [(a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]
    assert any(task in t and d == due for t, d in got), got
