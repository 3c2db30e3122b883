"""Session 45, task wording from another turn (branch task52).

A bare "one" ("I'll get one from our sales director") stands for a single thing that can be counted: a singular
noun said with an article, a possessive or a number ("we'll need a quote from someone senior"). It was looked up
like "it", so the nearest noun won, though "one" cannot stand for a plural ("the photos") nor for stuff said bare
("They want copy by April"), nor for a noun said in the phrase of such a one ("some fresh imagery for the launch"
is not the launch). The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (  # stuff said bare, nearer than the thing asked for
            [
                (NELL, "For the trade feature we'll need a quote from someone senior on your side."),
                (THEO, "They want copy by the end of April."),
                (PRITI, "I'll get one from our sales director."),
            ],
            "quote",
            "copy",
        ),
        (  # a plural, nearer than the thing asked for
            [
                (NELL, "For the feature we'll need a case study from one of your stores."),
                (THEO, "And the photos by the end of the month."),
                (PRITI, "I'll get one from the Leeds branch."),
            ],
            "case study",
            "photos",
        ),
        (  # the same in the asker's own turn
            [
                (THEO, "The magazine wants a testimonial from a franchisee. Ideally with data, by region."),
                (OWEN, "I'll find one this week."),
            ],
            "testimonial",
            "data",
        ),
    ],
)
def test_a_bare_one_stands_for_a_single_thing_that_can_be_counted(
    turns: list[tuple[str, str]], said: str, not_said: str
) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
    assert not any(not_said in t for t in tasks), tasks


def test_a_bare_one_is_not_a_noun_said_of_stuff_that_is_not_counted() -> None:
    """Nothing counted was named: "one" stays as it was said, not "the launch"."""
    tasks = call_tasks(
        [
            (NELL, "We need some fresh imagery for the launch."),
            (PRITI, "I'll get one from our sales director by Friday."),
        ]
    )
    assert not any("launch" in t for t in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (  # a singular thing asked for: still that
            [
                (NELL, "Could we get a build key for the new level?"),
                (PRITI, "Yep, I'll get one from QA today."),
            ],
            "build key",
        ),
        (  # "the new one": the noun without its own words, as before
            [
                (NELL, "The old price card is out of date."),
                (PRITI, "I'll send the new one on Friday."),
            ],
            "price card",
        ),
    ],
)
def test_a_one_of_a_counted_thing_is_still_found(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks


# An example given after a thing, in a clause of its own ("Like, kids eat free.", "For example, the tenth coffee could
# be on us."), says what the thing might be like: its subject is no thing a reply's "it" stands for.
@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (NELL, "We should be talking to your buyers about a bundle offer for the spring. Like, kids eat free."),
                (OWEN, "That's a big ask."),
                (PRITI, "It is. I'll raise it with the buyers on Monday."),
            ],
            "bundle offer",
            "kids",
        ),
        (
            [
                (
                    THEO,
                    "It'd be worth trying a loyalty card for the cafe. For example, the tenth coffee could be on us.",
                ),
                (PRITI, "I'll take it to the board next week."),
            ],
            "loyalty card",
            "coffee",
        ),
        (
            [
                (NELL, "We want to put a stand in the atrium. Like, the shoppers walk past it anyway."),
                (PRITI, "I'll book it with the centre by Friday."),
            ],
            "stand",
            "shoppers",
        ),
    ],
)
def test_an_example_said_in_a_clause_of_its_own_is_not_what_it_stands_for(
    turns: list[tuple[str, str]], said: str, not_said: str
) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
    assert not any(not_said in t for t in tasks), tasks


def test_a_phrase_that_says_what_the_thing_is_still_names_it() -> None:
    """ "Like a weekly dashboard." has no clause of its own: not passed over as an example (the summary asked for
    comes first all the same)."""
    tasks = call_tasks(
        [
            (NELL, "Could you send us a summary of footfall? Like a weekly dashboard."),
            (PRITI, "Sure, I'll send it on Friday."),
        ]
    )
    assert any("summary of footfall" in t for t in tasks), tasks


# A task too long is cut where a phrase starts, and "of" after "off the back", "on the basis" starts none: the words
# before it name nothing without it, so the cut goes before the whole preposition.
@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (THEO, "I can pull together a Q and A for the call centre off the back of the press release."),
                (PRITI, "Yes please, by Friday."),
            ],
            "Q and A for the call centre",
            "off the back",
        ),
        (
            [
                (
                    THEO,
                    "I'll draft some social posts for the stockists off the back of the spring newsletter by Friday.",
                )
            ],
            "social posts for the stockists",
            "back",
        ),
        (
            [(THEO, "I'll draft a short welcome pack for the new joiners on the basis of the old handbook by Friday.")],
            "welcome pack for the new joiners",
            "basis",
        ),
    ],
)
def test_a_long_task_is_not_cut_inside_a_preposition_said_in_words(
    turns: list[tuple[str, str]], said: str, not_said: str
) -> None:
    tasks = call_tasks(turns)
    assert any(said in t for t in tasks), tasks
    assert not any(not_said in t for t in tasks), tasks


def test_a_short_task_keeps_its_preposition_said_in_words() -> None:
    tasks = call_tasks([(NELL, "I'll write a summary on the back of the workshop by Friday.")])
    assert tasks == ["write a summary on the back of the workshop"], tasks
