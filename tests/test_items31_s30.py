"""Action items found or not, from session 30's read sets. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A recap lists who does what; the speaker's side's own work said in that list ("…, Owen the photos Friday, we'll do
the venue booking, …", "And we'll start the weekly report.") is work taken on earlier said again, not new work
(GUIDELINES §2: restatements in a summary are not new items). What the side says it will get to the listener
("We'll keep an eye on it overnight and send you the coverage first thing.") is still an item."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")
EARLIER = [
    (PRITI, "Who's sorting the hotel rooms for the crew?"),
    (THEO, "I'll book the hotel rooms for the crew by Friday."),
    (PRITI, "Great. And the photos?"),
    (OWEN, "I'll send the photos over on Friday."),
]


@pytest.mark.parametrize(
    "recap",
    [
        "Okay, so to recap. Two stands, one banner. Owen the photos Friday, we'll do the rooms, and the brief "
        "next week.",
        "Right, quick recap. Two stands, one banner, Owen's photos on Friday, Theo on the rooms. And we'll start "
        "the weekly report.",
        "Let me wrap up. Two stands, one banner. Owen's photos Friday, and we'll sort the signage once the "
        "banner lands.",
    ],
)
def test_the_sides_work_listed_in_a_recap_is_no_new_item(recap: str) -> None:
    turns = [*EARLIER, (NELL, recap), (PRITI, "Perfect, thanks all."), NEXT]
    items = call_items(turns)
    assert [at for _, _, _, at in items if at == 4] == [], run(turns).action_items


@pytest.mark.parametrize(
    "recap",
    [
        "Let me wrap up. Two stands, one banner. Owen's photos Friday. We'll keep an eye on the coverage overnight "
        "and send you a round-up first thing tomorrow.",
        "Okay, quick recap. Two stands, one banner, Owen's photos on Friday. And we'll get your revised budget to "
        "you by Monday.",
    ],
)
def test_what_the_side_gets_to_the_listener_in_a_recap_is_still_an_item(recap: str) -> None:
    turns = [*EARLIER, (NELL, recap), (PRITI, "Perfect, thanks all."), NEXT]
    items = call_items(turns)
    assert [o for o, _, _, at in items if at == 4] == ["agency"], run(turns).action_items


@pytest.mark.parametrize(
    ("promise", "answer"),
    [
        ("I'll send over our timesheet data for last year, so you can see where the hours go.",
         "We don't need timesheets. It's a fixed fee, the hours are yours to manage."),
        ("I'll also chase the printer about the delivery slot while I'm at it.",
         "Do we need to? The venue books all the deliveries, it's in their contract."),
    ],
)  # fmt: skip
def test_a_promise_the_listener_turns_down_at_once_is_no_item(promise: str, answer: str) -> None:
    """ "I'll send over our timesheet data." "We don't need timesheets."; "I'll also chase the printer." "Do we need
    to? The venue books all the deliveries.": the work is turned down before it is taken on (as "No need.")."""
    turns = [NEXT, (THEO, promise), (PRITI, answer), NEXT]
    assert [at for _, _, _, at in call_items(turns)] == [], run(turns).action_items


@pytest.mark.parametrize(
    ("promise", "answer"),
    [
        ("I'll get the voice session booked for after the bank holiday.", "Do we need to be there for that?"),
        ("I'll send over the timesheet data for last year.", "Great. Do we need anything else from finance?"),
    ],
)
def test_a_question_after_a_promise_that_turns_nothing_down_keeps_it(promise: str, answer: str) -> None:
    turns = [NEXT, (THEO, promise), (PRITI, answer), NEXT]
    assert [at for _, _, _, at in call_items(turns)] == [1], run(turns).action_items


@pytest.mark.parametrize(
    "said",
    [
        "And make sure I'm on it for anything that mentions the recall. Anything at all.",
        "That's fine, as long as it's off the record and I'm on it.",
    ],
)
def test_being_on_a_list_or_a_call_is_not_im_on_it(said: str) -> None:
    """ "I'm on it." takes work on when it opens what is said ("I'm on it.", "Yep, I'm on it."); "make sure I'm on it
    for …" (on the list) and "as long as … I'm on it" (on the call) take nothing on."""
    turns = [
        NEXT,
        (THEO, "The local radio want a word with someone from the plant this afternoon."),
        (PRITI, said),
        NEXT,
    ]
    assert [at for _, _, _, at in call_items(turns)] == [], run(turns).action_items


@pytest.mark.parametrize("said", ["I'm on it. Straight after this call.", "Yep, I'm on it.", "Sure, I'm on it."])
def test_im_on_it_said_as_the_answer_still_takes_the_work(said: str) -> None:
    turns = [NEXT, (THEO, "Priti, can you chase the printer about the proofs?"), (PRITI, said), NEXT]
    assert [(o, at) for o, _, _, at in call_items(turns)] == [(PRITI, 2)], run(turns).action_items
