"""Task wording (session 24): work said as what happens to the thing ("I'll get two tables held") is the work
itself ("hold two tables"); a thing to be up ("we can have a banner up") is put up, not sent; a stretch of time
("I'm away for a fortnight") is not what "it" stands for. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client; a Wednesday, 2026-03-04)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import CALL, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in extract_turns(turns, CALL, DAY, step=10.0).action_items]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get two tables held for the launch and confirm by Friday.", "hold two tables"),
        ("I'll have the hotel rooms reserved by Friday.", "reserve the hotel rooms"),
        ("I'll get the kick-off moved to Thursday.", "move the kick-off"),
        ("I'll get the crew briefed before Friday.", "brief the crew"),
    ],
)
def test_work_done_to_the_thing_is_the_work(said: str, task: str) -> None:
    got = tasks([(PRITI, "What about the launch logistics?"), (THEO, said)])
    assert len(got) == 1 and got[0].startswith(task), got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get the artwork approved by Friday.", "get the artwork approved"),  # approved by someone else
        ("I'll get the contract signed by Friday.", "get the contract signed"),
    ],
)
def test_work_others_do_keeps_its_get(said: str, task: str) -> None:
    got = tasks([(PRITI, "What about the paperwork?"), (THEO, said)])
    assert len(got) == 1 and got[0].startswith(task), got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Our print team can have a banner up by lunchtime.", "put a banner up"),
        ("I'll get the new signage up by Friday.", "put the new signage up"),
    ],
)
def test_a_thing_had_up_is_put_up(said: str, task: str) -> None:
    got = tasks([(OWEN, "Can we make the reception look like the launch?"), (THEO, said)])
    assert got == [task], got


def test_a_thing_had_ready_is_still_sent() -> None:
    got = tasks([(OWEN, "Where are we with the deck?"), (THEO, "I'll have the deck ready by Friday.")])
    assert len(got) == 1 and "deck" in got[0] and " up" not in got[0], got


def test_a_stretch_of_time_is_not_what_it_stands_for() -> None:
    run = extract_turns(
        [
            (PRITI, "Could somebody work out who rings whom when things go wrong?"),
            (NELL, "Owen, can you take that on?"),
            (OWEN, "Happy to, but I'm off from the ninth for a fortnight."),
            (NELL, "Fine, leave it with me. I'll get it to Priti by the end of next week."),
        ],
        CALL,
        DAY,
        step=10.0,
    )
    got = [a.task for a in run.action_items if a.owner == NELL]
    assert len(got) == 1 and "fortnight" not in got[0], got


def test_a_thing_said_before_the_stretch_of_time_is() -> None:
    got = tasks(
        [
            (PRITI, "We need the month's coverage report for the board."),
            (NELL, "I'll send it over by Friday."),
        ]
    )
    assert len(got) == 1 and "coverage report" in got[0], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll sort a freelancer for the product stills.", "book a freelancer"),
        ("I'll sort out the caterers for the launch.", "book the caterers"),
        ("I'll sort the venue contract by Friday.", "sort the venue contract"),  # a document, not a booking
        ("I'll sort the photographer's invoice today.", "sort the photographer's invoice"),
    ],
)
def test_sorting_someone_hired_is_booking_them(said: str, task: str) -> None:
    got = tasks([(OWEN, "Who's looking after the launch?"), (THEO, said)])
    assert len(got) == 1 and got[0].startswith(task), got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Okay. I'll tell the station we're not renewing.", "tell the station we're not renewing"),
        ("I'll tell the printers that the run moves to Friday.", "tell the printers the run moves to Friday"),
        ("I'll warn the venue the numbers have gone up.", "warn the venue the numbers have gone up"),
        ("Okay, good. I'll tell finance that's the number.", "tell finance"),  # "that" is what was just said
    ],
)
def test_what_is_told_is_the_work(said: str, task: str) -> None:
    assert tasks([(PRITI, "And the radio sponsorship, we're letting it lapse this year."), (THEO, said)]) == [task]
