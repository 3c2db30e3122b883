"""Due dates heard in the ninth round of blind-written calls: a deadline its owner moves after the recap ("can I
push the shortlist to Monday?", "can we say Monday for the mood board rather than Friday?", "can we make the floor
plan Friday?"), and the ones that must stay (a "till Monday" that explains, not asks). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import find_due_dates
from pipeline.extract.late_changes import CHANGE
from pipeline.schemas import Extraction
from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, CALL, DAY, step=10.0)


def due_of(turns: list[tuple[str, str]], word: str) -> str | None:
    got = [a for a in run(turns).action_items if word in a.task]
    assert got, run(turns).action_items
    return got[0].due.isoformat() if got[0].due else None


MIDDLE = [
    (PRITI, "Great, thanks."),
    (OWEN, "On the radio, all three stations are booked."),
    (PRITI, "Good. And the posters went to print yesterday."),
    (NELL, "Lovely. So, recap: shortlist Friday, mood board Friday, floor plan tomorrow, crew briefed today."),
]


@pytest.mark.parametrize(
    ("said", "change", "answer", "word", "due"),
    [
        (
            "I'll send you the venue shortlist on Friday.",
            "Actually, can I push the shortlist to Monday? Two venues haven't come back.",
            "Monday's fine.",
            "shortlist",
            "2026-03-09",
        ),
        (
            "I'll get the mood board over to you Friday.",
            "Sorry, can we say Monday for the mood board rather than Friday? I want the new shots in it.",
            "Sure, Monday.",
            "mood board",
            "2026-03-09",
        ),
        (
            "I'll send the floor plan over tomorrow.",
            "Can we make the floor plan Friday? The printers won't quote till Monday.",
            "Friday works.",
            "floor plan",
            "2026-03-06",
        ),
        (  # the change names other work; "till Monday" only explains it
            "I'll brief the crew today.",
            "Can we make the launch post Friday? The crew won't be back till Monday.",
            "Fine.",
            "brief",
            "2026-03-04",
        ),
    ],
)
def test_a_deadline_moved_after_the_recap(said: str, change: str, answer: str, word: str, due: str) -> None:
    assert due_of([(THEO, said), *MIDDLE, (THEO, change), (PRITI, answer)], word) == due


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Can I push the shortlist to Monday?", True),
        ("Could we move the workshop to the tenth?", True),
        ("Can we say Monday for the mood board rather than Friday?", True),
        ("Can we make the floor plan Friday?", True),
        ("I'll do another push on the newsletter.", False),
        ("Can we say a few words about the budget?", False),
    ],
)
def test_a_late_change_in_so_many_words(said: str, asks: bool) -> None:
    assert bool(CHANGE.search(said)) is asks


@pytest.mark.parametrize(
    ("said", "text", "due"),
    [
        ("I'll ring the printer after four.", "after four", "2026-03-04"),  # a time of day: today
        ("I'll have a draft to you. Give me twenty minutes.", "Give me twenty minutes", "2026-03-04"),
        ("Give us an hour and we'll send it.", "Give us an hour", "2026-03-04"),
        ("I'll send it after the shoot.", "after the shoot", None),  # an event: no date
        ("We'll review it after three weeks of data.", None, None),
        ("Give me two weeks.", "Give me two weeks", "2026-03-18"),
    ],
)
def test_a_time_of_day_is_today(said: str, text: str | None, due: str | None) -> None:
    found = find_due_dates(said, DAY)
    if text is None:
        assert all(d.due is None for d in found), found
        return
    assert [(d.text, d.due.isoformat() if d.due else None) for d in found] == [(text, due)]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll send the calendar invite. Quick recap: Owen's redrafting the copy by Friday, Priti signs it off.", None),
        ("I'll send the calendar invite. To recap, the copy's due Friday and the proofs Monday.", None),
        ("I'll send the calendar invite. All three of them, by Friday.", "2026-03-06"),  # its own date, said after
    ],
)
def test_a_recap_after_the_promise_does_not_date_it(said: str, due: str | None) -> None:
    assert due_of([(PRITI, "Shall we meet again on Monday?"), (OWEN, "Monday works."), (NELL, said)], "invite") == due


BADGES = [
    (THEO, "We've got twenty names so far. I'll send another reminder round the office."),
    (PRITI, "And lanyards. Could you let me have the badge names by the end of the month?"),
    (THEO, "Badge names. Yeah, um—"),
    (OWEN, "Sorry, quick one, is the photographer booked?"),
    (NELL, "Yes, all day."),
]


@pytest.mark.parametrize(
    ("back", "due"),
    [
        ("Sorry, Priti, back to the badge names — yes, end of the month's fine. I'll pull them off the sign-up sheet.",
         "2026-03-31"),
        ("Sorry, Priti, back to the badge names. End of the month's fine. I'll pull them off the sign-up sheet.",
         "2026-03-31"),
    ],
)  # fmt: skip
def test_a_date_asked_of_other_work_is_taken_when_its_owner_comes_back(back: str, due: str) -> None:
    got = {a.turn: a.due.isoformat() if a.due else None for a in run([*BADGES, (THEO, back)]).action_items}
    assert got.get(0) is None and got.get(5) == due, got


def test_a_short_acceptance_after_a_comma_is_still_short() -> None:
    turns = [
        (THEO, "I'll chase the caterer."),
        (PRITI, "Thanks, yes, the council told us on Friday, it's fine. I'll do it."),
    ]
    assert all(a.due is None for a in run(turns).action_items)


@pytest.mark.parametrize(
    ("put", "reply", "due"),
    [
        ("And Theo, the printer needs the artwork by four.", "Yep, I'll get it to them as soon as Owen's signed off.",
         "2026-03-04"),
        ("Theo, we'd need the artwork by Friday.", "Sure, I'll send it over once it's signed off.", "2026-03-06"),
        ("The printer rang about the artwork on Monday.", "Yep, I'll get it to them as soon as Owen's signed off.",
         None),  # a date said in passing, not one needed
    ],
)  # fmt: skip
def test_a_deadline_needed_stands_when_the_reply_only_waits_for_an_event(put: str, reply: str, due: str | None) -> None:
    got = run([(PRITI, "Good, the proofs look right."), (NELL, put), (THEO, reply)]).action_items
    assert len(got) == 1 and (got[0].due.isoformat() if got[0].due else None) == due, got


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        ("Our director's away till the twentieth, so I'll get it signed off the day she's back. The twentieth.",
         "2026-03-20"),
        ("Our director's away till the twentieth, so I'll get it signed off when she's back.", None),  # a fact only
    ],
)  # fmt: skip
def test_a_date_said_again_on_its_own_after_a_fact_is_the_deadline(reply: str, due: str | None) -> None:
    got = [a for a in run([(THEO, "We'll send the revised estimate by Monday."), (OWEN, reply)]).action_items]
    signed = [a for a in got if "signed" in a.task]
    assert signed and (signed[0].due.isoformat() if signed[0].due else None) == due, got


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll get the plan back to you by Monday. Oh, wait, Monday's the bank holiday. Tuesday, then.", "2026-03-10"),
        ("I'll get the plan back to you by Monday. Hmm, no, that's too tight. Wednesday, then.", "2026-03-11"),
        ("I'll get the plan back to you by Monday. Tuesday we can go through it together.", "2026-03-09"),
    ],
)
def test_a_day_settled_on_with_then_corrects_the_one_before(said: str, due: str) -> None:
    assert due_of([(PRITI, "Can you redo the floor plan?"), (THEO, said)], "plan") == due


def test_a_recap_date_of_other_work_is_not_taken_by_a_reply_that_waits_for_an_event() -> None:
    turns = [
        (PRITI, "Good, the proofs look right."),
        (NELL, "So, recap. Owen's team sending the licence by Monday, Theo submitting the ad to the network..."),
        (THEO, "Sure, I'll submit it to the network as soon as the licence lands."),
    ]
    got = [a for a in run(turns).action_items if a.turn == 2]
    assert got and got[0].due is None, got


@pytest.mark.parametrize(
    ("need", "reply", "due"),
    [
        ("We need a note out to the store managers today.", "I can draft that alongside the press line.", "2026-03-04"),
        ("We need a note out to the store managers by Friday.", "I'll draft that.", "2026-03-06"),
        ("The store managers got a note from us on Friday.", "I can draft the next one.", None),  # no need said
    ],
)
def test_work_needed_by_a_date_taken_on_as_that_gets_the_date(need: str, reply: str, due: str | None) -> None:
    got = run([(OWEN, "The press line is nearly done."), (PRITI, need), (THEO, reply), (PRITI, "Yes please.")])
    drafted = [a for a in got.action_items if a.turn == 2]
    assert drafted and (drafted[0].due.isoformat() if drafted[0].due else None) == due, got.action_items


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I'll ring Owen straight after this and get a yes on the budget.", "2026-03-04"),
        ("I'll ring Owen after this and the budget goes to finance.", None),  # no adverb: which "this"?
    ],
)
def test_straight_after_this_and_is_today(said: str, due: str | None) -> None:
    found = [d for d in find_due_dates(said, DAY) if d.due is not None]
    assert (found[0].due.isoformat() if found else None) == due, found


def test_a_day_settled_with_it_is_dates_the_work_after_it() -> None:
    turns = [
        (THEO, "We could do the training session on Thursday the 12th, or the week after."),
        (PRITI, "Thursday the 12th, please."),
        (THEO, "Thursday the 12th it is. I'll run it myself, here at the studio."),
    ]
    got = [a for a in run(turns).action_items if a.due is not None]
    assert got and got[-1].due.isoformat() == "2026-03-12", run(turns).action_items


RECAPPED = [
    (THEO, "Right. We'll rework it with the new numbers and get that over to you by Monday."),
    (PRITI, "Great."),
    (OWEN, "The radio's booked, all three stations."),
    (NELL, "Right, recap. Posters at the printer, radio booked, revised estimate Monday, Owen signing off Friday."),
]


@pytest.mark.parametrize(
    ("change", "due"),
    [
        ("Nell, can we make the estimate Tuesday? Two quotes won't be back till Monday.", "2026-03-10"),
        ("Nell, can we make the posters Tuesday? Two quotes won't be back till Monday.", "2026-03-09"),  # other work
    ],
)
def test_a_change_names_the_work_as_the_recap_did(change: str, due: str) -> None:
    got = run([*RECAPPED, (THEO, change), (PRITI, "Tuesday's fine.")]).action_items
    reworked = [a for a in got if a.turn == 0]
    assert reworked and reworked[0].due is not None and reworked[0].due.isoformat() == due, got
