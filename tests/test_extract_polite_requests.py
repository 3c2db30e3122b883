"""Requests put politely or as a need (issue 10): the work asked is what the request names, whatever the wrapper
("Would it be possible to …?", "Any chance of …?", "I need X. Is that doable?"), and a date countered keeps the
request open. Dialogues written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_meetings import run

NADIA, OWEN = "Nadia Brooks", "Owen Price"  # both of the agency (tests.support.PEOPLE)


def items(asked: str, reply: str = "Yes, should be fine.") -> list[tuple[int | None, object, str, str | None]]:
    got = run([(NADIA, asked), (OWEN, reply)]).action_items
    return [(a.turn, a.owner, a.task, a.due.isoformat() if a.due else None) for a in got]


@pytest.mark.parametrize(
    ("asked", "task", "due"),
    [
        ("Would it be possible to get the raw files?", "get the raw files", None),
        ("The files are big. Would you be able to send the deck?", "send the deck", None),
        ("Any chance of the June numbers by Friday?", "send the June numbers", "2026-03-06"),
        ("Any chance of a quick call tomorrow?", "hold a call", "2026-03-05"),
        (
            "I need the June numbers for my board paper. Is that possible by Friday?",
            "send the June numbers for the board paper",
            "2026-03-06",
        ),
        ("We need to book the venue by the 10th. Is that realistic?", "book the venue", "2026-03-10"),
        ("We will need the June numbers by Friday. Can you do that?", "send the June numbers", "2026-03-06"),
    ],
)
def test_the_work_a_polite_request_names(asked: str, task: str, due: str | None) -> None:
    assert items(asked) == [(1, OWEN, task, due)]


@pytest.mark.parametrize(
    "asked",
    [
        "The deck has to go to the board. Would that be possible by Friday?",  # nothing named to do
        "Is that the latest version of the deck?",
    ],
)
def test_a_pointing_question_with_no_need_before_it_asks_nothing(asked: str) -> None:
    assert items(asked) == []


def test_a_date_put_back_to_the_asker_is_no_request_of_its_own() -> None:
    """ "Could you live with Monday?" counters the request's date; it is not work put to the client, so the next
    speaker's own promise is not taken as its acceptance."""
    got = run(
        [
            (NADIA, "I need the June numbers for my board paper. Is that possible by Friday?"),
            (OWEN, "Friday's tight with the launch. Could you live with Monday?"),
            (NADIA, "Monday morning, first thing."),
            (OWEN, "Deal. Monday first thing."),
            ("Lucy Tam", "Great. I'll get the contact report over later today."),
        ]
    ).action_items
    assert [(a.turn, a.owner, str(a.due)) for a in got] == [(3, OWEN, "2026-03-09"), (4, "Lucy Tam", "2026-03-04")]
    assert "June numbers" in got[0].task and "contact report" in got[1].task


def test_a_date_settled_for_an_open_request_dates_no_earlier_item() -> None:
    """The days traded over a new request ("Could you live with Monday?") are its own, not an undated item's."""
    got = run(
        [
            (OWEN, "Wednesday the 19th then. I'll send an invite and book a room here."),
            (NADIA, "Perfect. Oh, and I need the June numbers for my board paper. Is that possible by Friday?"),
            ("Lucy Tam", "Friday's tight with the launch. Could you live with Monday?"),
            (NADIA, "Monday morning, first thing. The paper goes Monday afternoon."),
            ("Lucy Tam", "Deal. Monday first thing."),
        ]
    ).action_items
    assert [(a.turn, a.owner, str(a.due)) for a in got] == [(0, OWEN, "None"), (4, "Lucy Tam", "2026-03-09")]


def test_a_topic_the_turn_opens_with_is_what_its_it_is_not_a_colleagues_item() -> None:
    """ "And the final invoice. … I'll send it over" names its own thing: it does not take over the colleague's item
    of the turn before ("Sure, I'll have a number to you by the end of next week.")."""
    got = run(
        [
            ("Lucy Tam", "Please do. Can you cost that up for me?"),
            (OWEN, "Sure, I'll have a number to you by the end of next week."),
            (
                NADIA,
                "And the final invoice. We're about four hundred under budget, so I'll send it over with the breakdown"
                " once Owen's signed off the supplier bills.",
            ),
        ]
    ).action_items
    assert [(a.turn, a.owner) for a in got] == [(1, OWEN), (2, NADIA)]
