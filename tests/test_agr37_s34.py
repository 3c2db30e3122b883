"""Agreements in session 34's reading:

* a go-ahead that commits the client's money ("Go ahead and book the radio now.") is the client's decision, even said
  with "now" and where it takes up booking the agency had offered; so is one a change of mind about some other work
  asked for just after ("Nell, actually, do the competitor review. I've changed my mind.") leaves standing;
* terms the other side concedes ("we'd be happy to waive our fee on it") taken with "Yes, please." are settled,
  stated as offered ("We waive our fee on it."); not an offer of work ("We'd be happy to send samples." "Yes,
  please.": an action item), nor one on a condition still open ("If you sign this week we could waive the fee.").

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from pipeline.extract.concessions import CONCESSION_ROWS, conceded
from tests.support import CALL, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed_at(turns: list[tuple[str, str]]) -> list[int]:
    return [a.turn for a in run(turns).agreements if a.turn is not None]


SPEND = [
    [  # said with "now", after the agency asks back whether the client is sure
        (THEO, "The radio rates go up in January, so booking early saves about ten percent."),
        (PRITI, "Let's think about it."),
        (THEO, "Are you sure? It's non-refundable after a week, mind."),
        (PRITI, "I'm sure. Go ahead and book the radio now. I'll sign the purchase order today."),
        (THEO, "Okay. I'll get it booked this afternoon."),
    ],
    [  # a booking the agency offered, taken up a few turns on
        (THEO, "I can book the radio this week, before the January rates kick in, if you like?"),
        (PRITI, "Let me think about it. The board meets on the tenth."),
        (OWEN, "The rates really do jump in January, Priti."),
        (PRITI, "True. Okay, go ahead and book the radio now, Theo."),
        (THEO, "Lovely, I'll get it done this afternoon."),
    ],
    [  # a change of mind on other work asked of the agency, just after
        (NELL, "I could also pull together a competitor spend review, if that's useful?"),
        (PRITI, "Let me think about it. I'm not sure the board will care."),
        (THEO, "If we book the radio before January we lock this year's rates."),
        (PRITI, "I'd rather hold off until the board has seen the plan. Let's wait."),
        (THEO, "Okay. We'll hold."),
        (OWEN, "The board always signs it off, Priti."),
        (PRITI, "True. They always do. Go ahead and book the radio now."),
        (THEO, "Great, I'll get it booked this afternoon."),
        (PRITI, "And Nell, actually, do the competitor review. I've changed my mind, the chair will ask about it."),
        (NELL, "Sure, I'll have it with you on Friday."),
    ],
]


@pytest.mark.parametrize("turns", SPEND)
def test_a_go_ahead_to_spend_is_an_agreement(turns: list[tuple[str, str]]) -> None:
    at = len(OPENING) + next(i for i, (_, text) in enumerate(turns) if "go ahead and book" in text.lower())
    assert at in agreed_at(turns), run(turns).agreements


NOT_SPEND = [
    [  # leave to do something in the call itself
        (THEO, "Shall I share the flowchart so we can look at the radio?"),
        (PRITI, "Yes, go ahead and share it now."),
    ],
]


@pytest.mark.parametrize("turns", NOT_SPEND)
def test_leave_to_do_something_in_the_call_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert len(OPENING) + len(turns) - 1 not in agreed_at(turns)


def test_every_concession_row_has_examples_both_ways() -> None:
    assert all(row.examples and row.not_examples for row in CONCESSION_ROWS)


@pytest.mark.parametrize("sentence", [s for row in CONCESSION_ROWS for s in row.examples])
def test_concession_row_matches(sentence: str) -> None:
    assert conceded(sentence).startswith("We ")


@pytest.mark.parametrize("sentence", [s for row in CONCESSION_ROWS for s in row.not_examples])
def test_concession_row_does_not_match(sentence: str) -> None:
    assert conceded(sentence) == ""


CONCEDED = [
    [
        (OWEN, "Forty-five for the radio, the rest stays as it is. Done."),
        (THEO, "Great. And since the radio is a late add and it's small, we'd be happy to waive our fee on it."),
        (PRITI, "Oh! Well, that's very kind. Yes, please. Could you do the same on the posters?"),
    ],
    [
        (NELL, "The reprint runs two weeks late, I'm afraid. To make up for it we can absorb the courier costs."),
        (OWEN, "Yes please."),
    ],
]


@pytest.mark.parametrize("turns", CONCEDED)
def test_terms_conceded_and_taken_are_agreed(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    last = len(OPENING) + len(turns) - 1
    assert last in [a.turn for a in found.agreements], found.agreements
    said = next(a.text for a in found.agreements if a.turn == last)
    assert said.startswith("We ") and ("waive" in said or "absorb" in said), said


NOT_CONCEDED = [
    [  # an offer of work, taken up: an action item
        (THEO, "We'd be happy to send you printed samples of both stocks."),
        (PRITI, "Yes, please."),
    ],
    [  # on a condition still open
        (THEO, "If you sign the estimate this week we could waive the fee on the cutdowns."),
        (PRITI, "Yes, please, but I can't sign before the board."),
    ],
]


@pytest.mark.parametrize("turns", NOT_CONCEDED)
def test_work_offered_or_terms_not_taken_are_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert len(OPENING) + len(turns) - 1 not in agreed_at(turns), run(turns).agreements


def test_terms_conceded_leave_the_decision_just_before_standing() -> None:
    turns = [
        (THEO, "If we trim the posters we could get to forty-five for the radio."),
        (OWEN, "Forty-five for the radio, the posters trimmed. That I can live with."),
        (THEO, "Great. And since the radio is a late add, we'd be happy to waive our fee on it."),
        (OWEN, "Oh, that's kind. Yes, please."),
    ]
    at = agreed_at(turns)
    assert len(OPENING) + 1 in at and len(OPENING) + 3 in at, run(turns).agreements


DEADLINE_ASKED = [
    [
        (OWEN, "Nell, can I have the cost breakdown first thing tomorrow instead? Finance close on Thursday."),
        (NELL, "First thing tomorrow. Done. It's nearly there anyway."),
    ],
    [
        (PRITI, "Could we have the revised plan by Friday? The board pack goes out on Monday."),
        (THEO, "By Friday. Done."),
    ],
]


@pytest.mark.parametrize("turns", DEADLINE_ASKED)
def test_a_deadline_asked_for_and_said_back_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert len(OPENING) + len(turns) - 1 not in agreed_at(turns), run(turns).agreements


def test_a_date_moved_and_said_back_stays_agreed() -> None:
    turns = [
        (THEO, "The printers are late. Can we move the launch to the fourteenth?"),
        (PRITI, "The fourteenth. Done."),
    ]
    assert len(OPENING) + 1 in agreed_at(turns), run(turns).agreements


def test_a_time_put_for_a_decision_and_said_back_stays_agreed() -> None:
    turns = [
        (PRITI, "Okay, I'm persuaded. We write to every stockist today."),
        (THEO, "By six? That's before the shops close and the calls start."),
        (PRITI, "By six. Agreed. Every stockist gets the letter by six tonight."),
    ]
    assert len(OPENING) + 2 in agreed_at(turns), run(turns).agreements
