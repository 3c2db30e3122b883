"""Task wording, part 2 (not what a pronoun stands for): travel that is "sorted" is booked ("sort the trains" ->
"book the trains"); the speaker's own next meeting with someone is when, not what ("let the inspector know when I
see him" -> "let the inspector know"); the listener said between a verb and its particle is the report's reader,
not the task's object ("knock you up a mock-up", "pull you together a list"). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.schemas import Extraction
from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, CALL, DAY, step=10.0)


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll sort the trains for the recce.", "book the trains for the recce"),
        ("Leave it with me, I'll sort out the crew hotel near the venue.", "book the crew hotel near the venue"),
        ("I'll sort taxis for the two speakers.", "book taxis for the two speakers"),
        ("I'll sort the travel budget with finance.", "sort the travel budget with finance"),
        ("I'll sort the hotel invoice this week.", "sort the hotel invoice"),
    ],
)
def test_travel_sorted_is_booked(said: str, task: str) -> None:
    got = tasks([(PRITI, "Who's looking after the logistics for the shoot day?"), (NELL, said)])
    assert got == [task], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll let the inspector know when I see him tomorrow.", "let the inspector know"),
        (
            "I'll ask the printer about the paper stock next time I speak to them.",
            "ask the printer about the paper stock",
        ),
        ("I'll ask the venue when we see the floor plan.", None),  # a question of when: kept or not, never "ask"
    ],
)
def test_own_next_meeting_is_when_not_what(said: str, task: str | None) -> None:
    got = tasks([(PRITI, "Does anyone outside need to hear about the change?"), (THEO, said)])
    if task is None:
        assert all(t != "ask" for t in got), got
    else:
        assert got == [task], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll dig you out the figures from last year.", "dig out the figures from last year"),
        ("I'll pull you together a list of venues.", "pull together a list of venues"),
    ],
)
def test_listener_before_the_particle_is_not_the_object(said: str, task: str) -> None:
    got = tasks([(PRITI, "What can we look at before Friday?"), (THEO, said)])
    assert got == [task], got


def test_listener_picked_up_stays() -> None:
    got = tasks([(PRITI, "How do I get from the station to the studio?"), (NELL, "I'll pick you up at the station.")])
    assert all("pick" not in t or "you" in t for t in got), got


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("Our ops team will put the order in today.", "put the order in", "2026-03-04"),
        ("I'll put the invoice in on Friday.", "put the invoice in", "2026-03-06"),
        ("I'll hand the forms in tomorrow.", "hand the forms in", "2026-03-05"),
        ("I'll send the plan in two weeks.", "send the plan", "2026-03-18"),  # "in" the date's own
        ("I'll put the new logo in the brand book tomorrow.", "put the new logo in the brand book", "2026-03-05"),
    ],
)
def test_particle_in_before_a_date_stays(said: str, task: str, due: str) -> None:
    got = [
        (a.task, a.due.isoformat() if a.due else None)
        for a in run([(PRITI, "Where are we on that?"), (NELL, said)]).action_items
    ]
    assert got == [(task, due)], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("We'll do a rough draft of the welcome speech.", "draft the welcome speech"),
        ("I'll do a first draft of the press release.", "draft the press release"),
        ("I'll do a rough cut of the sizzle reel.", "do a rough cut of the sizzle reel"),  # a cut is not its verb
    ],
)
def test_work_noun_with_rough_reads_as_its_verb(said: str, task: str) -> None:
    got = tasks([(PRITI, "What's next on the launch?"), (THEO, said)])
    assert got == [task], got


@pytest.mark.parametrize(
    ("asked", "task"),
    [
        ("And the board presentation on the 20th, Nell?", "attend the board presentation"),
        ("The supplier workshop is on the 20th. Can you make it, Nell?", "attend the supplier workshop"),
    ],
)
def test_be_there_to_a_session_named_attends_it(asked: str, task: str) -> None:
    got = tasks([(OWEN, "Right, diary things."), (PRITI, asked), (NELL, "Yep, I'll be there.")])
    assert got == [task], got
    assert all("I'll" not in t for t in got), got
