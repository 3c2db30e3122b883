"""Spurious and missed items of fresh talk (read sets tune11-tune18): a step and the delivery it leads to, said in one
turn ("I'll chase the photographer. I'll get you the full set by Friday."), drafted as two items; a trailing "though"
kept in an offer's task. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call_items as items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


ASKED = (PRITI, "Where are we with the store photography? Our retail director keeps asking for it.")


@pytest.mark.parametrize(
    ("said", "words", "due"),
    [
        (
            "I'll chase the photographer today. I'll get you the whole set of photos by Friday.",
            ("chase", "photographer", "photos"),
            "2026-03-06",
        ),
        (
            "Okay, let me take it to our studio lead. You'll have her notes on Monday.",
            ("studio lead", "notes"),
            "2026-03-09",
        ),
        (
            "Fair. I'll rework those into a shorter edit, and I'll get a new contact sheet over to you by Thursday.",
            ("rework", "contact sheet"),
            "2026-03-05",
        ),
    ],
)
def test_a_step_and_what_it_sends_is_one_item(said: str, words: tuple[str, ...], due: str) -> None:
    got = items([ASKED, (NELL, said), (PRITI, "Great, thanks.")])
    assert len(got) == 1, got
    owner, task, when, turn = got[0]
    assert (owner, when, turn) == (NELL, due, 1), got
    assert all(w in task for w in words), got


@pytest.mark.parametrize(
    ("said", "things"),
    [
        (
            "I'll book the photographer for Tuesday. And I'll get the floor plan over to you by Friday.",
            ("photographer", "floor plan"),
        ),
        (
            "I'll ask the venue about parking. I'll send you the run of show by Friday.",
            ("parking", "run of show"),
        ),
        (
            "I'll update the tracker tonight, and I'll send you the cost report on Monday.",
            ("tracker", "cost report"),
        ),
    ],
)
def test_two_pieces_of_work_that_each_name_their_thing_stay_two(said: str, things: tuple[str, str]) -> None:
    got = items([ASKED, (NELL, said), (PRITI, "Great, thanks.")])
    assert len(got) == 2, got
    for thing, (_, task, _, _) in zip(things, got, strict=True):
        assert thing in task, got


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("Not on this budget, sorry. We can shoot stills for your socials, though.", "Yes please."),
        ("I can't get a crew that morning. I could shoot the stills myself, though.", "Yes please."),
    ],
)
def test_a_trailing_though_is_no_part_of_the_task(offer: str, reply: str) -> None:
    got = items([(PRITI, "We'd really like a film crew at the store opening."), (NELL, offer), (PRITI, reply)])
    tasks = [task for _, task, _, _ in got if "stills" in task]
    assert tasks and not [t for t in tasks if t.endswith(("though", "anyway"))], got
