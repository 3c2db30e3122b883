"""Defects found drafting calls of our own as a new user would (session 56): "Priti has that. I'll get her to send
it over tomorrow." worded "get her to send Priti" (the one who has the thing taken for the thing, and "her" left
as it was); "the final list from your side" worded "the final list from the side"; "And the logo files?" passed
over for "them" ("files" read as a verb); "I'll ring them this afternoon and get a provisional hold on the 18th
and 19th" dated the 18th, the day held, not this afternoon, and the days held left out of the task."""

from __future__ import annotations

import pytest
from support import opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

LIST_ASKED = (NELL, "The design's done. I just need the final list from your side, the one with the regional managers.")


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Marisol has that. I'll get her to send it over tomorrow.", "get Marisol to send the final list"),
        ("Marisol has it. I'll ask her to send it over tomorrow.", "ask Marisol to send the final list"),
        ("Marisol has that. I'll get procurement to send it over tomorrow.", "get procurement to send the final list"),
    ],
)
def test_the_one_who_has_the_thing_is_not_the_thing(said: str, task: str) -> None:
    assert opened_items([LIST_ASKED, (PRITI, said)]) == [(PRITI, task, "2026-03-05")]


def test_whose_side_a_thing_comes_from_is_not_worded() -> None:
    items = opened_items([LIST_ASKED, (PRITI, "Yes. I'll send it over tomorrow.")])
    assert items == [(PRITI, "send the final list", "2026-03-05")]


def test_a_thing_asked_alone_is_what_them_points_to() -> None:
    turns = [
        (NELL, "We've got the copy deck from you, thanks."),
        (NELL, "And the logo files?"),
        (PRITI, "Marisol has those. I'll ask her to send them today."),
    ]
    assert opened_items(turns) == [(PRITI, "ask Marisol to send the logo files", "2026-03-04")]


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        (
            "I'll ring them this afternoon and get a provisional hold on the 18th and 19th.",
            "ring the venue and get a provisional hold on the 18th and 19th",
            "2026-03-04",
        ),
        ("I'll put a hold on the 18th and 19th.", "put a hold on the 18th and 19th", "2026-03-18"),
        ("I'll book the room for the 14th today.", "book the room for the 14th", "2026-03-04"),
        ("I'll tell the crew to hold the 27th today.", "tell the crew to hold the 27th", "2026-03-04"),
        ("I'll get the rate card over to you by Friday.", "send the rate card", "2026-03-06"),
    ],
)
def test_a_day_held_is_part_of_the_work_not_its_deadline(said: str, task: str, due: str) -> None:
    turns = [(PRITI, "Let's go with the venue by the river."), (NELL, said)]
    assert opened_items(turns) == [(NELL, task, due)]
