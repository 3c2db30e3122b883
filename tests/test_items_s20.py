"""Which turns give an action item (session 20): "DM" or a messaging app used as a verb ("I'll DM Priti the
contact", "can you WhatsApp me the address?"), which the parser read as a noun. Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def rows(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    found = call(turns).action_items
    return [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in found]


@pytest.mark.parametrize(
    "said",
    [
        "I'll DM Owen the caterer's number after this.",
        "Leave it with me, I'll WhatsApp the caterer today.",
        "I can DM all four stallholders tomorrow and get their sizes.",
    ],
)
def test_a_messaging_app_as_a_verb_is_the_commitment(said: str) -> None:
    got = rows([(PRITI, "We still need the stallholders' sizes for the gazebos."), (NELL, said)])
    assert [(turn, owner) for turn, owner, _ in got] == [(1, NELL)], got


def test_a_request_to_dm_is_taken_by_the_reply() -> None:
    got = rows([(PRITI, "Theo, can you DM me the venue's postcode?"), (THEO, "Sure, will do.")])
    assert [(turn, owner) for turn, owner, _ in got] == [(1, THEO)], got


@pytest.mark.parametrize(
    "said",
    [
        "I DM'd the caterer on Monday, no reply yet.",  # past
        "The caterer's on the WhatsApp group already.",  # the app as a noun
        "Send me a DM if anything changes on the day.",  # a DM as a noun
    ],
)
def test_a_messaging_app_not_used_for_a_commitment_gives_no_item(said: str) -> None:
    got = rows([(PRITI, "We still need the stallholders' sizes for the gazebos."), (NELL, said)])
    assert got == [], got


@pytest.mark.parametrize(
    "said",
    [
        "I'll send the revised storyboard and the cost report over by Thursday.",
        "I'll send the signed contract and the updated tracker first thing tomorrow.",
    ],
)
def test_two_things_sent_by_one_closing_date_are_one_item(said: str) -> None:
    got = rows([(PRITI, "Anything else before we wrap?"), (NELL, said)])
    assert len(got) == 1 and got[0][:2] == (1, NELL), got


def test_two_things_each_with_a_date_are_two_items() -> None:
    got = rows(
        [(PRITI, "Anything else?"), (NELL, "I'll send the top-line figures today, and the full report on Friday.")]
    )
    assert [(turn, owner, due) for turn, owner, due in got] == [(1, NELL, "2026-03-04"), (1, NELL, "2026-03-06")], got


@pytest.mark.parametrize(
    "put",
    [
        "And send me the revised floor plan by Monday, Theo.",
        "Oh, and book the courier for the samples on Friday, Theo.",
        "Also, get us the kit list by Thursday.",
    ],
)
def test_an_imperative_led_in_with_and_is_a_request_taken_by_the_reply(put: str) -> None:
    got = rows([(NELL, "The floor plan is nearly there."), (OWEN, put), (THEO, "Sure, will do."), NEXT])
    assert [(turn, owner) for turn, owner, _ in got] == [(2, THEO)], got


@pytest.mark.parametrize(
    "put",
    [
        "And send me the revised floor plan if it's ready, Theo.",  # under "if"
        "And take us through the floor plan, Theo.",  # steers the call
    ],
)
def test_an_imperative_led_in_with_and_that_asks_no_work_gives_no_item(put: str) -> None:
    got = rows([(NELL, "The floor plan is nearly there."), (OWEN, put), (THEO, "Sure."), NEXT])
    assert got == [], got
