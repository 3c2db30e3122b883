"""Action items from session 37's reading (branch spur42). Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"Would you rather have …?", "would you prefer …?" asks what the listener would like: a choice, and no work put to
them, so the "yes" it gets takes nothing on (``requests.preference``). The work, if any, is whoever then says they
will do it; an offer said beside the question ("I can post one over") is still taken up by the yes.

"I'll be checking their Strava", "I'll be editing the teaser on Monday": a future progressive says what the speaker
will be busy with, no work taken on (as "we'll be launching on the fourth" already was for the side,
``clause_kinds.forecast``); it still promises when it sends something ("I'll be sending it over on Friday") or puts a
deadline ("I'll be doing the first draft by Friday").
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Would you rather have a live dashboard plus the monthly deck?", "Oh yes. Dashboard plus monthly is perfect."),
        ("Would you prefer the report monthly or quarterly?", "Monthly, please."),
        ("Would you rather we held the launch in March?", "Yes, March is better."),
        ("Would you prefer a call or an email with the numbers?", "A call, I think."),
    ],
)
def test_a_preference_asked_is_no_request(asked: str, answer: str) -> None:
    found = run([(NELL, asked), (PRITI, answer), NEXT]).action_items
    assert found == [], found


def test_the_work_after_a_preference_is_whoever_takes_it() -> None:
    found = run(
        [
            (NELL, "Would you rather have a live dashboard plus the monthly deck?"),
            (PRITI, "Oh yes. Dashboard plus monthly is perfect."),
            (THEO, "I'll get the dashboard set up by Friday."),
            NEXT,
        ]
    ).action_items
    assert [(a.owner, a.task.split()[0], a.due.isoformat() if a.due else None, a.turn) for a in found] == [
        (THEO, "set", "2026-03-06", 4)
    ], found


@pytest.mark.parametrize(
    ("asked", "answer", "verb"),
    [
        ("Could you send us the store list by Friday?", "Sure, will do.", "send"),
        ("Would you be able to send the logos over?", "Yes, I'll do that today.", "send"),
        ("Would you mind sending the signed estimate back?", "Not at all, I'll do it today.", "send"),
    ],
)
def test_a_request_is_still_taken_by_the_yes(asked: str, answer: str, verb: str) -> None:
    found = run([(NELL, asked), (PRITI, answer), NEXT]).action_items
    assert [(a.owner, a.task.split()[0], a.turn) for a in found] == [(PRITI, verb, 3)], found


def test_an_offer_beside_a_preference_is_taken_up() -> None:
    found = run(
        [(NELL, "Would you prefer a printed copy? I can post one over."), (PRITI, "Yes please."), NEXT]
    ).action_items
    assert [(a.owner, a.task.split()[0], a.turn) for a in found] == [(NELL, "post", 2)], found


@pytest.mark.parametrize(
    "said",
    [
        "Two models you cast, but proper outdoorsy ones, please. I'll be checking their Strava.",
        "Can I say Tuesday for six? I'll be editing the teaser on Monday.",
        "I'll be watching the numbers like a hawk.",
        "I'll be running the stand on both days, so grab me there.",
    ],
)
def test_what_the_speaker_will_be_doing_is_no_item(said: str) -> None:
    found = run([(PRITI, said), (NELL, "Ha. Fair enough."), NEXT]).action_items
    assert found == [], found


@pytest.mark.parametrize(
    ("asked", "said", "verb", "due"),
    [
        ("When do we get the deck?", "I'll be sending it over on Friday.", "send", "2026-03-06"),
        ("What about the first draft?", "I'll be doing the first draft by Friday.", "do", "2026-03-06"),
        ("Who's checking the proofs?", "I'll check the proofs on Monday.", "check", "2026-03-09"),
    ],
)
def test_work_said_as_what_the_speaker_will_be_doing_is_an_item(asked: str, said: str, verb: str, due: str) -> None:
    found = run([(PRITI, asked), (NELL, said), NEXT]).action_items
    assert [(a.owner, a.task.split()[0], a.due.isoformat() if a.due else None, a.turn) for a in found] == [
        (NELL, verb, due, 3)
    ], found
