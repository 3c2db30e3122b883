"""Terse verdicts the client gives once options or a proposal are on the table: an order with its acceptance ("Fine,
move to fortnightly."), a "No X, then." that drops what was talked of, a "Then let's cap it…" drawn from what was
said, "I'm happy with it." to work shown, and a bare phrase naming the option taken ("Yes, option three.", "The
hybrid one, then. Done."). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, a Wednesday)."""

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


CADENCE = [
    (THEO, "The status calls are weekly at the moment. We think fortnightly would free up an hour for everyone."),
    (PRITI, "Would we miss anything?"),
    (THEO, "Not really, and the tracker is live if anything comes up in between."),
]


@pytest.mark.parametrize(
    ("reply", "settled"),
    [
        ("I won't fight for the weekly slot. Fine, move to fortnightly.", True),
        ("Okay, switch to fortnightly.", True),
        ("Okay, move to the next point, the radio copy.", False),  # steering the call, nothing put to move to
    ],
)
def test_an_order_to_change_over_said_with_its_acceptance_settles(reply: str, settled: bool) -> None:
    got = agreed([*CADENCE, (PRITI, reply)])
    assert bool([g for g in got if g[0] == 3]) == settled, got


DRONE = [
    (OWEN, "Could we get drone shots of the site?"),
    (NELL, "We could, but it needs a licensed pilot and a permit, so another four thousand or so."),
]


@pytest.mark.parametrize(
    ("reply", "settled"),
    [
        ("Not at that price. No drone, then. Ground cameras only.", True),
        ("No problem, then. I'll ask again next quarter.", False),  # nothing talked of is dropped
    ],
)
def test_no_x_then_drops_what_was_talked_of(reply: str, settled: bool) -> None:
    got = agreed([*DRONE, (PRITI, reply)])
    assert bool([g for g in got if g[0] == 2]) == settled, got
    if settled:
        assert "drone" in got[-1][1].lower(), got


def test_then_lets_draws_a_decision_from_what_was_said() -> None:
    got = agreed(
        [
            (NELL, "The hall takes two hundred standing, but with the bar in it's nearer one eighty."),
            (OWEN, "We usually get about two hundred replies, though some never turn up."),
            (PRITI, "Then let's limit the guest list so we end up near one eighty. Better full than half empty."),
        ]
    )
    assert [g[0] for g in got] == [2] and "guest list" in got[0][1], got


def test_then_lets_move_on_decides_nothing() -> None:
    got = agreed(
        [
            (NELL, "That's the venue covered, I think."),
            (PRITI, "Then let's move on to the catering."),
        ]
    )
    assert got == [], got


SHOWN = [
    (THEO, "So the winter post reads 'Wrap up, we've got the heating on.' With the opening hours on every one."),
    (PRITI, "It's a bit cheeky."),
    (OWEN, "People like a bit of cheek from us, honestly."),
]


def test_happy_with_it_to_work_shown_approves_it() -> None:
    got = agreed([*SHOWN, (PRITI, "Fair point. Okay, I'm happy with it. Go ahead.")])
    assert [g[0] for g in got] == [3], got


def test_happy_with_it_to_a_date_offered_is_no_agreement() -> None:
    got = agreed([(THEO, "I'll send the winter posts over on Friday."), (PRITI, "I'm happy with it.")])
    assert got == [], got
