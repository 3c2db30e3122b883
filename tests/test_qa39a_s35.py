"""Agreements a new user's call snippets showed missed (session 35): a counter-offer of a sum put back to the other
side ("Make it thirty-five.", "Can you do one-eighty?", "How about two-ten?") and said back as it is taken
("Thirty-five, okay.", "One-eighty is fine."). The agreement states the sum taken, not the counter as it was put.
Not a number of things asked for ("Can you do two versions?" "Two is fine."), nor a day for some work. Dialogues
written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday, 2026-03-04); ``opened_call`` numbers the turns given from 2."""

from __future__ import annotations

import pytest

from pipeline.extract.deferred import PUT_OFF_ROWS
from tests.support import CALL, NEXT
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


COUNTERS = [
    (  # the client puts a lower figure as an order, the agency says it back and takes it
        [
            (NELL, "For the social budget we were thinking forty thousand."),
            (PRITI, "Make it thirty-five."),
            (NELL, "Thirty-five, okay."),
            NEXT,
        ],
        4,
        "Thirty-five",
    ),
    (  # put as a question, taken as fine
        [
            (THEO, "Production would come to two hundred thousand all in."),
            (OWEN, "Can you do one-eighty?"),
            (THEO, "One-eighty is fine."),
            NEXT,
        ],
        4,
        "One-eighty",
    ),
    (  # "how about", taken as working for us
        [
            (NELL, "The fee for the full year is two hundred and forty."),
            (PRITI, "How about two-ten?"),
            (NELL, "Two-ten works for us."),
            NEXT,
        ],
        4,
        "Two-ten",
    ),
]


@pytest.mark.parametrize(("turns", "at", "term"), COUNTERS)
def test_a_counter_offer_said_back_and_taken_is_the_agreement(turns: list[tuple[str, str]], at: int, term: str) -> None:
    found = run(turns)
    assert [a.turn for a in found.agreements] == [at], found.agreements
    assert found.agreements[0].text == f"{term} agreed."


@pytest.mark.parametrize(
    "turns",
    [
        [  # a number of things asked for, not a sum
            (THEO, "We were planning three versions of the banner."),
            (OWEN, "Can you do two versions?"),
            (THEO, "Two is fine."),
            NEXT,
        ],
        [  # a day for some work
            (NELL, "We'd have the storyboards to you on Friday."),
            (PRITI, "Can you make it Thursday?"),
            (NELL, "Thursday is fine."),
            NEXT,
        ],
        [  # the counter is answered with a further counter, nothing taken yet
            (THEO, "Production would come to two hundred thousand all in."),
            (OWEN, "Can you do one-eighty?"),
            (THEO, "One-ninety, and that's as low as we go."),
            NEXT,
        ],
    ],
)
def test_no_counter_taken(turns: list[tuple[str, str]]) -> None:
    assert [a for a in run(turns).agreements if a.rule == "term_echoed"] == []


def test_a_time_for_work_taken_on_is_no_counter() -> None:
    turns = [
        (NELL, "I'll rewrite the comment replies to match. Is that still by two?"),
        (PRITI, "Make it four. After the statement's out."),
        (NELL, "Four. Okay."),
        NEXT,
    ]
    assert [a for a in run(turns).agreements if a.rule == "term_echoed"] == []


PUT_OFF = [
    [  # a preference to wait, then put off outright
        (NELL, "We could book the billboards now while the rates are low."),
        (PRITI, "I'd rather hold off until the board has seen the plan. Let's wait."),
        NEXT,
    ],
    [  # held off for now
        (NELL, "We could book the billboards now while the rates are low."),
        (PRITI, "Okay, let's hold off on that for now."),
        NEXT,
    ],
]


@pytest.mark.parametrize("turns", PUT_OFF)
def test_a_decision_put_off_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert run(turns).agreements == []


def test_a_proposal_taken_still_settles() -> None:
    turns = [
        (THEO, "We could run both cuts on social and see which does better."),
        (PRITI, "Let's do that."),
        NEXT,
    ]
    assert [a.turn for a in run(turns).agreements] == [3]


CHANGED_MIND = [  # the change of mind stated without its opener
    ("Actually no, let's go with the green pack.", "We go with the green pack."),
    ("On second thoughts, let's go with the green pack.", "We go with the green pack."),
    ("You know what, let's go with the green pack.", "We go with the green pack."),
]


@pytest.mark.parametrize(("said", "stated"), CHANGED_MIND)
def test_a_changed_mind_is_stated_without_its_opener(said: str, stated: str) -> None:
    turns = [
        (PRITI, "Let's go with the blue pack."),
        (NELL, "Sure."),
        (THEO, "The shelf test is on Friday."),
        (PRITI, said),
        (NELL, "Okay."),
        NEXT,
    ]
    assert stated in [a.text for a in run(turns).agreements]


@pytest.mark.parametrize(
    ("sentence", "puts_off"),
    [(e, True) for r in PUT_OFF_ROWS for e in r.examples] + [(e, False) for r in PUT_OFF_ROWS for e in r.not_examples],
)
def test_put_off_rows(sentence: str, puts_off: bool) -> None:
    assert any(r.pattern.search(sentence) for r in PUT_OFF_ROWS) is puts_off
