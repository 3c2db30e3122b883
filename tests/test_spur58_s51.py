"""Spurious action items of session 51 (branch spur58). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Work just taken on, which the other side asks to be done some way ("Could you send it to Owen as well as me?", "Can
you make sure it's a big one?"), and the owner's answer that says how ("Sure, I'll copy him in."): one item, the
first (GUIDELINES §2.2, a commitment is annotated once; ``adjusted.fold_adjustments``). A request that names a thing
of its own, or an answer with a date of its own, is new work.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def _asked(ask: str, answer: str) -> list[tuple[str, str]]:
    return [
        (PRITI, "Where are we on the launch press release?"),
        (THEO, "I've started on it. I'll get a full draft over to you by Friday."),
        (PRITI, ask),
        (THEO, answer),
        (OWEN, "Great. Next, the budget."),
    ]


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("Could you send it to Owen as well as me? He checks every number.", "Ha. Sure, I'll copy him in."),
        ("Can you make sure it's got the new logo on? The old one keeps creeping back.", "Yes, I'll swap the logo in."),
    ],
)
def test_the_way_work_just_taken_on_is_done_is_no_second_item(ask: str, answer: str) -> None:
    got = [(o, d, t) for o, _, d, t in call_items(_asked(ask, answer))]
    assert got == [(THEO, "2026-03-06", 1)], got


def test_the_van_made_sure_of_is_the_booking() -> None:
    turns = [
        (PRITI, "The stands need to get to the venue somehow."),
        (THEO, "I'll book the van for the stands by Thursday."),
        (PRITI, "Can you make sure they send one with a ramp? Last time we carried everything."),
        (THEO, "Oh yes, I'll ask them for the ramp."),
        (OWEN, "Great. Next, the budget."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 1)]


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("Can you also send the budget tracker? Finance keep asking.", "Sure, I'll send the budget tracker too."),
        ("Could you send it to legal as well?", "Sure, and I'll send the budget tracker to legal."),
        ("Could you send it to Owen as well as me?", "Sure. I'll also book the room for the read-through."),
    ],
)
def test_a_thing_of_its_own_or_a_date_of_its_own_is_new_work(ask: str, answer: str) -> None:
    got = [(o, t) for o, _, _, t in call_items(_asked(ask, answer))]
    assert got == [(THEO, 1), (THEO, 3)], got


def test_a_hyphened_thing_asked_for_is_the_same_work() -> None:
    turns = [
        (PRITI, "The stands need to get to the venue somehow."),
        (THEO, "I'll book the van for the stands by Thursday."),
        (PRITI, "Can you make sure it's a low-loader? Last time we carried everything."),
        (THEO, "Yes, I'll put low-loader on the booking."),
        (OWEN, "Great. Next, the budget."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 1)]


# -- travel said as what the speaker can do ------------------------------------------------------------------------


def test_being_free_to_travel_is_no_item() -> None:
    """ "… and then I can come up.": when the speaker can get there, said before anything is put to them."""
    turns = [
        (PRITI, "When are you over from Dublin?"),
        (NELL, "I land on Tuesday, I'm in Leeds for two days and then I can come down."),
        (OWEN, "Fine, thanks."),
    ]
    assert call_items(turns) == []


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("Could you be at the shoot on the tenth?", "Yes, I can come down."),  # asked for: attending
        ("We need someone to run the workshop.", "I can come down on the tenth and run the workshop."),
    ],
)
def test_travel_asked_for_or_with_work_stays(asked: str, said: str) -> None:
    got = [(o, t) for o, _, _, t in call_items([(PRITI, asked), (NELL, said), (OWEN, "Fine.")])]
    assert got == [(NELL, 1)], got


# -- an offer drafted when said, turned down ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks, but we don't need them this time.",
        "No thanks.",
        "No, you're alright.",
        "We're fine, thanks.",
        "That's kind, but no.",
        "Not necessary, we've seen them.",
        "I don't think we need that.",
        "Maybe not, we're tight on budget.",
        "Let's not bother, the old ones are fine.",
    ],
)
def test_an_offer_turned_down_is_no_item(reply: str) -> None:
    """GUIDELINES §4: an offer declined is not annotated."""
    turns = [
        (THEO, "I can get the printer to send a few samples."),
        (PRITI, reply),
        (OWEN, "Okay, next thing."),
    ]
    assert call_items(turns) == []


@pytest.mark.parametrize(
    "reply",
    [
        "Yes please.",
        "No, that'd be brilliant, thanks.",
        "No problem, thanks.",
        "We don't need them until Friday.",
        "We're fine with that, thanks.",
    ],
)
def test_an_offer_taken_or_only_timed_stays(reply: str) -> None:
    turns = [
        (THEO, "I can get the printer to send a few samples."),
        (PRITI, reply),
        (OWEN, "Okay, next thing."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 0)]


def test_a_no_to_the_question_after_the_offer_leaves_the_offer() -> None:
    turns = [
        (THEO, "I can get the printer to send a few samples. Do you want the old ones back as well?"),
        (PRITI, "No thanks."),
        (OWEN, "Okay, next thing."),
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 0)]


# -- the running of the call ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I'll get to the budget in a second.",
        "We'll come to that under any other business.",
        "We'll cover that in the next section.",
        "I'll come to you in a moment, Owen.",
        "Thanks all, I'll speak to you next week.",
        "Great, I'll talk to you soon.",
    ],
)
def test_the_running_of_the_call_is_no_item(said: str) -> None:
    """GUIDELINES §4: things done during the meeting itself."""
    assert call_items([(PRITI, "So where are we with everything?"), (NELL, said), (OWEN, "Okay.")]) == []


@pytest.mark.parametrize(
    "said",
    [
        "I'll get to the report next week.",
        "I'll speak to the printers next week.",
        "I'll put it in the next section of the report.",
    ],
)
def test_work_after_the_call_said_alike_stays(said: str) -> None:
    got = [
        (o, t)
        for o, _, _, t in call_items([(PRITI, "So where are we with everything?"), (NELL, said), (OWEN, "Okay.")])
    ]
    assert got == [(NELL, 1)], got
