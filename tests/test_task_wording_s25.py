"""Task wording (session 25): an attendee talked of by name is the one "her"/"him" stands for, however the parser
labelled the name ("Priti's dropped off, I'll let her know" -> "let Priti know"). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client; a Wednesday,
2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in extract_turns(turns, CALL, DAY, step=10.0).action_items]


@pytest.mark.parametrize(
    "said",
    [
        "Priti's dropped off the call, but I'm sure Thursday's fine. I'll let her know.",
        "Priti's had to leave early. I'll let her know.",
        "Owen's gone, but Thursday should be fine. I'll tell him.",
    ],
)
def test_an_attendee_talked_of_is_whom_her_stands_for(said: str) -> None:
    got = tasks([(THEO, "Could the cost report move to Thursday rather than Tuesday?"), (NELL, said)])
    who = "Owen" if "Owen" in said else "Priti"
    assert len(got) == 1 and who in got[0], got


def test_an_attendee_talked_to_is_not_whom_her_stands_for() -> None:
    got = tasks(
        [
            (THEO, "Our designer wants the logo files. Can someone send them to her?"),
            (PRITI, "Theo, I'll send her the logo files today."),
        ]
    )
    assert len(got) == 1 and "Theo" not in got[0], got


@pytest.mark.parametrize(
    ("asked", "said", "task"),
    [
        (
            "Do you have the weekly footfall figures by store?",
            "We do, it's just in two separate databases. Leave it with me, I'll get it to you by Friday.",
            "send the weekly footfall figures",
        ),
        (
            "Do you still have the customer complaints from last winter?",
            "We do, they're all in an old spreadsheet. I'll dig them out and send them over.",
            "send the customer complaints",
        ),
    ],
)
def test_where_the_thing_is_after_an_answer_is_not_the_thing(asked: str, said: str, task: str) -> None:
    got = tasks([(NELL, asked), (PRITI, said)])
    assert len(got) == 1 and task in got[0] and "databases" not in got[0] and "spreadsheet" not in got[0], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get procurement to approve it this week.", "get procurement to approve the purchase order"),
        ("I'll approve it this week.", "approve the purchase order"),
    ],
)
def test_who_has_to_do_it_is_not_what_it_is(said: str, task: str) -> None:
    asked = "One thing first: the purchase order. Procurement has to approve it before we can book the radio."
    got = tasks([(NELL, asked), (PRITI, said)])
    assert got == [task], got


def test_a_thing_named_before_it_in_its_own_sentence_is_still_it() -> None:
    got = tasks([(NELL, "Procurement have the new rate card. Can you check it today?"), (PRITI, "Sure, will do.")])
    assert got and "rate card" in got[0], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Will do. I'll send the invite round to all of you today.", "send the invite"),
        ("I'll get the agenda over to all of you by Friday.", "send the agenda"),
    ],
)
def test_all_of_you_as_destination_goes(said: str, task: str) -> None:
    got = tasks([(OWEN, "Can someone put the budget review in the diary for next week?"), (NELL, said)])
    assert len(got) == 1 and got[0].startswith(task) and "all of you" not in got[0], got


def test_all_of_you_as_who_is_met_stays() -> None:
    got = tasks([(OWEN, "Who's running the workshop?"), (NELL, "I'll run a session with all of you on Friday.")])
    assert got and "all of you" in got[0], got
