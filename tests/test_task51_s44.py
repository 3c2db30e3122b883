"""Session 44, task wording from another turn (branch task51).

A turn that opens on "it" ("I love it.") is about a thing named before it, so its statements were all passed over
when a later "it" was looked up. A later sentence of that turn may name a new thing and say something of it with a
pronoun in another clause ("My only worry is the name, legal might not like it."): the talk has moved on to that
thing, and a reply's "I'll take it to them" takes the name, not the range shown before. The noun must stand in a
clause of its own ("Feels like adding fuel to it." names no new thing). The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (NELL, "So that's the new range, all six flavours."),
                (PRITI, "I love it. My only worry is the name, legal might not like it."),
                (OWEN, "I'll take it to them myself on Monday."),
            ],
            "the name",
            "range",
        ),
        (
            [
                (THEO, "Here's the spring pack in the three colourways."),
                (OWEN, "Love it. But the strapline worries me, the retailers won't like it."),
                (PRITI, "I'll run it past our buyers on Friday."),
            ],
            "strapline",
            "spring pack",
        ),
        (
            [
                (NELL, "This is the storyboard for the launch film."),
                (PRITI, "Nice, I like it. The only thing is the ending, our CEO will hate it."),
                (THEO, "Fair. I'll rework it by Tuesday."),
            ],
            "ending",
            "storyboard",
        ),
    ],
)
def test_a_new_thing_named_after_a_turn_opening_on_it_is_what_it_stands_for(
    turns: list[tuple[str, str]], said: str, not_said: str
) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
    assert not any(not_said in t for t in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (  # the pronoun in the noun's own clause: still the storyboard
            [
                (NELL, "This is the storyboard for the launch film."),
                (PRITI, "I like it. Feels like adding colour to it would help, though."),
                (THEO, "I'll send it to the director on Monday."),
            ],
            "storyboard",
        ),
        (  # who does something to it is no thing
            [
                (THEO, "Here's the draft press release for the opening."),
                (OWEN, "I like it. Legal won't like it, mind."),
                (NELL, "I'll send it to them on Friday."),
            ],
            "press release",
        ),
    ],
)
def test_a_turn_opening_on_it_still_carries_its_thing_on(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
