"""Spurious action items of session 52 (branch spur59). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"By our next catch-up" is when, not what (``dates``: a vague deadline, no date; ``task_dates.NEXT_TIME_MET``: not
words of the task). An offer taken up and then promised "by our next catch-up" is one item, the offer's: "Shall I
send you the brand book?" "Yes please." "I'll do it by our next catch-up." Not "an invite for the next catch-up",
which is the thing sent.
"""

from __future__ import annotations

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_an_offer_promised_by_the_next_catch_up_is_one_item() -> None:
    turns = [
        (PRITI, "We keep guessing at the tone for the captions."),
        (NELL, "Shall I just send you the whole brand book? The tone section is in there."),
        (PRITI, "Oh yes please, that would help a lot."),
        (NELL, "I'll do it by our next catch-up, it's somewhere on the drive."),
        NEXT,
    ]
    assert [(o, d, t) for o, _, d, t in call_items(turns)] == [(NELL, None, 1)]


def test_by_the_next_catch_up_is_not_words_of_the_task() -> None:
    turns = [
        (PRITI, "The cover shots still need sign-off on our side."),
        (NELL, "I'll run them past your brand team by our next check-in."),
        NEXT,
    ]
    assert [(o, task, d) for o, task, d, _ in call_items(turns)] == [
        (NELL, "run the cover shots past the brand team", None)
    ]


def test_an_invite_for_the_next_catch_up_keeps_its_thing() -> None:
    turns = [
        (PRITI, "Could we have an agenda before the next review?"),
        (NELL, "Yes, I'll send an invite for the next catch-up today."),
        NEXT,
    ]
    assert [(o, task, t) for o, task, _, t in call_items(turns)] == [(NELL, "send an invite for the next catch-up", 1)]
