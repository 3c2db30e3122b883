"""Spurious and missed items of fresh talk (read set tune18): an offer put as a pseudo-cleft ("What I can do instead
is a one-pager for the board") missed; an exaggeration said for a laugh ("I'll taste every canape personally")
drafted as work; work handed to a colleague later in the call ("could Theo take that?" "Yeah, I'll do the list.")
left with its first owner, or the new owner's item taken for a reply to the recap. Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call_items as items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


NO_FIGURE = [
    (PRITI, "Could you give us a media value figure for the coverage? Finance like a number."),
    (NELL, "Honestly, we don't do those any more, they don't stand up."),
    (PRITI, "Ah, okay."),
]


@pytest.mark.parametrize(
    ("offer", "reply", "thing", "due"),
    [
        (
            "What I can do instead is a one-page summary for finance with the reach and the sales uplift.",
            "Yes, that'd be great. Could we have it by Friday?",
            "summary",
            "2026-03-06",
        ),
        (
            "What I can do instead is send you a short deck on reach, grouped by region.",
            "Perfect.",
            "deck",
            "2026-03-06",
        ),
    ],
)
def test_what_i_can_do_instead_is_an_offer(offer: str, reply: str, thing: str, due: str | None) -> None:
    got = items([*NO_FIGURE, (NELL, offer), (PRITI, reply), (NELL, "Friday's fine.")])
    assert [(o, d, t) for o, task, d, t in got if thing in task] == [(NELL, due, 3)], got


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("What I can do is a small discount if you book both weeks.", "Let me think about it."),
        ("Well, what I can do is a fair impression of the director shouting at the rain.", "Ha."),
        ("What I can't do instead is a second round of edits.", "Fair enough."),
    ],
)
def test_a_thing_named_after_what_i_can_do_needs_taking_up(offer: str, reply: str) -> None:
    assert items([(PRITI, "Is the price fixed?"), (NELL, offer), (PRITI, reply)]) == []


@pytest.mark.parametrize(
    "joke",
    [
        "And I'll taste every canape personally, for quality control.",
        "And I'll be sitting in every car personally to check the legroom.",
    ],
)
def test_every_one_done_personally_is_a_joke(joke: str) -> None:
    got = items([(PRITI, "The tasting's on the tenth."), (THEO, f"I'll send the menu over tomorrow. {joke}")])
    assert [(o, t) for o, t, _, _ in got] == [(THEO, "send the menu")], got


def test_writing_to_each_of_them_personally_is_still_work() -> None:
    got = items([(PRITI, "Nine stores complained."), (OWEN, "I'll write to the other nine personally.")])
    assert [o for o, _, _, _ in got] == [OWEN], got


ASKED = [
    (PRITI, "Can you send me a list of the stores that complained?"),
    (NELL, "Yep, I'll pull that together tomorrow."),
    (PRITI, "Thanks. Next, the radio."),
    (THEO, "The studio's booked for the twelfth."),
    (PRITI, "Good."),
]


@pytest.mark.parametrize(
    ("ask", "take"),
    [
        (
            "Ah, actually, could Theo take that list? He's been on the phones all week.",
            "Yeah, fair enough. I'll do the list.",
        ),
        ("Theo, can you pick up the store list? I'm out tomorrow.", "Sure, I'll do it."),
    ],
)
def test_work_handed_over_is_the_new_owners(ask: str, take: str) -> None:
    got = items([*ASKED, (NELL, ask), (THEO, take), (PRITI, "Fine by me.")])
    assert [(o, d, t) for o, _, d, t in got] == [(THEO, "2026-03-05", 6)], got
    assert "take" not in got[0][1] and "list" in got[0][1], got


def test_a_request_for_other_work_hands_nothing_over() -> None:
    got = items([*ASKED, (NELL, "Theo, can you send me the photos?"), (THEO, "Sure, I'll do it.")])
    assert [o for o, _, _, _ in got] == [NELL, THEO], got


def test_work_handed_over_after_the_recap_is_not_a_reply_to_it() -> None:
    turns = [
        *ASKED,
        (THEO, "I'll book the voiceover for Friday."),
        (NELL, "Okay, recap. Radio on the twelfth, Theo's voiceover Friday, and Nell's got the store list tomorrow."),
        (NELL, "Ah, actually, could Theo take the store list? He's been on the phones all week."),
        (THEO, "Yeah, makes sense. I'll do the store list. I'll have it to Priti by lunchtime tomorrow."),
    ]
    got = items(turns)
    assert sorted((o, t) for o, task, _, t in got if "store" in task) == [(THEO, 8)], got


PRESS = (NELL, "The survey numbers are in. Priti wants a press release on them.")


@pytest.mark.parametrize(
    "offer", ["Oh, nice. I could get a draft over Friday?", "That's a good one. I could have a draft to you Friday?"]
)
def test_an_offer_put_as_a_question_is_taken_up_by_taking_its_day(offer: str) -> None:
    got = items([PRESS, (THEO, offer), (PRITI, "Friday's great.")])
    assert [(o, d, t) for o, _, d, t in got] == [(THEO, "2026-03-06", 1)], got


@pytest.mark.parametrize(
    "reply",
    ["Friday? Could it be Thursday?", "Hmm, Friday's the day the board meets, so it's a bit late for us, really."],
)
def test_a_day_questioned_or_talked_about_takes_up_no_offer(reply: str) -> None:
    assert items([PRESS, (THEO, "Oh, nice. I could get a draft over Friday?"), (PRITI, reply)]) == []


def test_an_offer_in_the_turn_that_took_the_request_on_is_not_a_second_item() -> None:
    asked = (NELL, "The survey numbers are in. Theo, could you draft a press release?")
    got = items([asked, (THEO, "Sure. I could get a draft over Friday?"), (PRITI, "Friday's great.")])
    assert [(o, d) for o, _, d, _ in got] == [(THEO, "2026-03-06")], got
