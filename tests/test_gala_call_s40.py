"""Defects found drafting a children's charity's gala call (a typed transcript with its details lines) as a new user
would (session 40): "I'll write all this up and get the contact report to you tomorrow." read "write all up a
shortlist and send the contact report" ("this" taken for the shortlist just promised); the invite route picked,
"Drawings it is then.", was stated "We go with the kids ' drawings."; "So we'll plan to twelve and flag anything
over." lost "plan to" (read as a lead-in before a verb)."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
SHORTLIST = [(THEO, "We've worked with a couple of presenters. I'll pull together a shortlist."), (PRITI, "Lovely.")]


@pytest.mark.parametrize(
    "said",
    [
        "I'll write all this up and get the contact report to you tomorrow.",
        "I'll write it all up and send the contact report tomorrow.",
        "I'll write all of this up in the contact report tomorrow.",
    ],
)
def test_writing_it_all_up_is_the_contact_report(said: str) -> None:
    found = opened_items([*SHORTLIST, (NELL, said)])
    assert found[-1] == (NELL, "write up and send the contact report", "2026-03-05")


def test_writing_a_thing_up_keeps_the_thing() -> None:
    found = opened_items([(THEO, "The brief is nearly there."), (NELL, "I'll write the brief up tomorrow.")])
    assert found == [(NELL, "write the brief up", "2026-03-05")]


def test_a_possessive_option_is_stated_whole() -> None:
    agreed = opened_call(
        [
            (THEO, "Route one is the kids' drawings on the front. Route two is the hospital garden at night."),
            (PRITI, "I love the drawings."),
            (OWEN, "Drawings it is then."),
            NEXT,
        ]
    ).agreements
    assert [a.text for a in agreed] == ["We go with the kids' drawings."]


def test_planning_to_a_figure_keeps_the_plan() -> None:
    found = opened_items(
        [
            (OWEN, "The board will underwrite the venue up to twelve thousand."),
            (NELL, "So we'll plan to twelve and flag anything over."),
        ]
    )
    assert [task for _, task, _ in found] == ["plan to twelve and flag anything over"]
