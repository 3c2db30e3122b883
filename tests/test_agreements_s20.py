"""Agreements, fourth round: ways a client settles things that the rules missed. Dialogues written for these tests
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


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int | None, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements]


FRAMES = [
    (
        NELL,
        "We've mocked up two end frames. The first option has the teal background, the other keeps last year's white.",
    ),
    (OWEN, "I quite like the white, if I'm honest."),
]


@pytest.mark.parametrize(
    ("turns", "turn"),
    [
        ([*FRAMES, (PRITI, "The teal. It feels fresher.")], 2),  # an option put two turns back, picked by name
        ([(THEO, "For the mailer, do we print the matt stock or the gloss stock?"), (PRITI, "Gloss.")], 1),
        ([(THEO, "And the badge, is it the old crest or the new crest on the lanyards?"), (PRITI, "New.")], 1),
    ],
)
def test_a_terse_pick_of_an_option_put_is_a_decision(turns: list[tuple[str, str]], turn: int) -> None:
    got = agreed(turns)
    assert [t for t, _ in got] == [turn], got


@pytest.mark.parametrize(
    "turns",
    [
        [*FRAMES, (PRITI, "The budget. Where are we on it?")],  # a new topic, nothing put
        [(THEO, "Did the printer send the matt proof or the gloss proof?"), (PRITI, "Gloss.")],  # a fact asked
        [*FRAMES, (NELL, "The teal. It feels fresher.")],  # the agency's own preference
    ],
)
def test_a_terse_phrase_that_picks_nothing_is_no_decision(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


def test_an_option_in_quote_marks_is_picked_by_its_words() -> None:
    asked = "On the replies, do we call it a 'staff shortage' or a 'supply issue'?"
    got = agreed([(THEO, asked), (PRITI, "Staff shortage. It's more honest.")])
    assert [t for t, _ in got] == [1], got


def test_an_option_picked_then_taken_again_with_a_change_is_final_at_the_second() -> None:
    turns = [
        (NELL, "Two routes for the poster. The first option is the shelf, the second is the bathroom."),
        (PRITI, "Two."),
        (NELL, "My one worry is the pack looks small in that one."),
        (PRITI, "Can you make it bigger?"),
        (NELL, "Yes, I can push the crop in."),
        (PRITI, "Great. So, two, with the pack larger."),
    ]
    got = agreed(turns)
    assert [t for t, _ in got] == [5], got
