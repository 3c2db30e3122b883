"""Spurious action items from replies that only take a date or check a fact (session 41). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04).

"Give us a fortnight? The studio's slammed." asks for time, not for something to be sent: the ``request_send_me``
rows of ``models/requests.jsonl`` took "give us a" + any noun but a few ("a mo", "a sec") as a request to the
listener, and the other side's "Yeah, fine." took on a task ("give a fortnight"). They now leave out "a week / weeks /
a day / days / a fortnight / a month / the weekend"; "Give us the floor plan" still asks.

The work just promised, asked to be handed over ("I'll get our photographer down there Tuesday to do stills." "Can
you get them over to us by the eighth?" "The eighth, yeah. Should be fine."), made a second item ("send stills"): a
request for "it/them/those" to be got, sent or brought over, to the owner of an item of the last two turns, now dates
that item (``commitments.HANDED_BACK``, beside ``SEEING_TO_IT``: "Can you make sure it covers the balcony?"). Work
asked of someone with no item of their own just before stays a request of its own.

A tag question said of "that", "it" or "this" ("That still leaves us time before the launch, yeah?") checks a fact;
"Yeah, just about. Tight but fine." took on "That leaves us time". It asks nothing now (``requests._fact_checked``);
"You'll send the final cut over by Friday, yeah?" still asks.

Not kept: a reply that takes a request on with two promises each said in full ("I'll email every dealer this
afternoon, and I'll get our web team to take the page down today.") made two items (a coordinated clause with its own
"I'll" left to be read as work of its own): T2 52 -> 51 edits, but the never-read group A 583 -> 586.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
CLIENT = {PRITI, OWEN}


ASKS_FOR_TIME = [
    [
        (OWEN, "How long do you need for the mock-ups?"),
        (NELL, "Give us a fortnight? The studio's slammed."),
        (OWEN, "Yeah, fine."),
    ],
]


@pytest.mark.parametrize("turns", ASKS_FOR_TIME)
def test_asking_for_time_puts_no_work_on_the_listener(turns: list[tuple[str, str]]) -> None:
    assert not [task for owner, task, _ in opened_items(turns) if owner in CLIENT]


STILL_ASKED = [
    [
        (NELL, "Give us the floor plan by Friday, would you?"),
        (OWEN, "Will do."),
    ],
    [
        (THEO, "Just send us the final numbers when you have them."),
        (PRITI, "Sure, I'll send them tomorrow."),
    ],
]


@pytest.mark.parametrize("turns", STILL_ASKED)
def test_a_thing_asked_for_is_still_asked(turns: list[tuple[str, str]]) -> None:
    replier = turns[-1][0]
    assert [owner for owner, _, _ in opened_items(turns)] == [replier]


HANDED_OVER = [
    [
        (PRITI, "Our photographer's in on Tuesdays. I'll get him down there next Tuesday to do stills and some video."),
        (NELL, "Amazing. And then can you get them over to us by the 9th? I want them in the press pack."),
        (PRITI, "The 9th, yeah. Should be fine."),
    ],
    [
        (OWEN, "I'll pull the sales figures for the last three launches."),
        (THEO, "Perfect. Could you send them over by the 9th?"),
        (OWEN, "Sure."),
    ],
]


@pytest.mark.parametrize("turns", HANDED_OVER)
def test_the_work_just_promised_asked_over_is_one_item_dated(turns: list[tuple[str, str]]) -> None:
    found = opened_items(turns)
    assert [(owner, due) for owner, _, due in found] == [(turns[0][0], "2026-03-09")]


OTHER_WORK = [
    [
        (PRITI, "The new menus are back from the printer."),
        (NELL, "Great. Can you send them over to us by the 9th?"),
        (PRITI, "Sure."),
    ],
]


@pytest.mark.parametrize("turns", OTHER_WORK)
def test_a_hand_over_asked_with_no_promise_before_is_an_item(turns: list[tuple[str, str]]) -> None:
    assert [(owner, due) for owner, _, due in opened_items(turns)] == [(PRITI, "2026-03-09")]


FACT_CHECKED = [
    [
        (THEO, "I'd say give me till Monday week."),
        (OWEN, "That still leaves us time before the launch, yeah?"),
        (PRITI, "Yeah, just about. Tight but fine."),
    ],
]


@pytest.mark.parametrize("turns", FACT_CHECKED)
def test_a_fact_checked_by_a_tag_question_is_no_request(turns: list[tuple[str, str]]) -> None:
    assert not [task for owner, task, _ in opened_items(turns) if owner == PRITI]


TAG_ASKS = [
    [
        (OWEN, "You'll send the final cut over by Friday, yeah?"),
        (NELL, "Yep, will do."),
    ],
]


@pytest.mark.parametrize("turns", TAG_ASKS)
def test_a_tag_question_on_the_listeners_work_still_asks(turns: list[tuple[str, str]]) -> None:
    assert [owner for owner, _, _ in opened_items(turns)] == [NELL]
