"""Agreements, third round (session 19): a statement checked with a tag ("…, right?") and answered "Agreed." is
settled, not blocked as if work were asked; a session time the speaker
promises to book ("I'll put a slot in…") is that item when accepted, not a decision; a date taken for a session
proposed with "why don't we…?" or for work asked "When do you need it?" is no date moved. Dialogues written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from pipeline.schemas import Extraction
from tests.support import CALL, CALL_DATE, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, CALL, CALL_DATE, step=10.0)


def agreed_turns(turns: list[tuple[str, str]]) -> list[int]:
    return [a.turn for a in run(turns).agreements if a.turn is not None]


RADIO = [
    (NELL, "The radio station has asked for someone from the brand on the breakfast show on Friday."),
    (THEO, "Is the founder any good live? I've only seen her at the trade fair."),
    (PRITI, "She's fine. She's better than fine when she's had a run-through."),
    (NELL, "So let's give her one. Priti, why don't you and I run a practice with her on Thursday morning?"),
    (PRITI, "Yes, let's do that. Thursday at ten, before the studio."),
]


@pytest.mark.parametrize(
    ("check", "reply", "agreed"),
    [
        (
            "And she's the only voice, yes? Nobody from the shops, nobody from the warehouse.",
            "Agreed. Her only. Nobody else talks.",
            True,
        ),
        # work asked with the tag is a request: its "Agreed." accepts the work, no decision
        ("And you'll send her the briefing pack tonight, right?", "Agreed.", False),
    ],
)
def test_a_statement_checked_with_a_tag_is_settled_by_agreed(check: str, reply: str, agreed: bool) -> None:
    got = agreed_turns([*RADIO, (THEO, check), (PRITI, reply)])
    assert (6 in got) is agreed, got


@pytest.mark.parametrize(
    ("put", "agreed"),
    [
        ("And I'll put a slot in for the same time tomorrow so we can catch up.", False),  # the item, accepted
        ("Shall we catch up again at the same time tomorrow?", True),  # the next meeting set between them
    ],
)
def test_a_slot_the_speaker_promises_to_book_is_that_item(put: str, agreed: bool) -> None:
    turns = [
        (PRITI, "Good. That's everything from me."),
        (NELL, put),
        (OWEN, "Yes please. Same time works."),
    ]
    got = run(turns)
    assert (2 in [a.turn for a in got.agreements]) is agreed, got.agreements


@pytest.mark.parametrize(
    "turns",
    [
        [  # a session proposed: the day taken is its date
            (OWEN, "I'm back from the conference on Tuesday the 10th, then I'm free."),
            (THEO, "Then why don't we walk the venue together? Wednesday the 11th? You, me and Nell."),
            (OWEN, "Yes, I'd like that. Wednesday works."),
        ],
        [  # a deadline asked for work promised: the day taken is its due date
            (PRITI, "We'd like the invitations out by the end of the month. Oh, wait, that's today, isn't it?"),
            (NELL, "It is. I'll design the e-invite. When do you need it?"),
            (PRITI, "By the 12th? That gives me time to show it to the board."),
            (NELL, "The 12th is fine."),
        ],
    ],
)
def test_a_day_taken_for_a_session_or_a_deadline_is_no_date_moved(turns: list[tuple[str, str]]) -> None:
    assert run(turns).agreements == [], run(turns).agreements
