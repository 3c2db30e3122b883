"""Session 51, task wording (branch words58).

* The same pronoun as the object of two joined verbs is one thing ("we'll cut it down to one page and send it",
  "I'm updating it now, with the new delivery charges, and you'll have it by Friday"): the second "it" stands for
  what the first stands for (``antecedents.same_object_before``), not for a noun said between them ("one page",
  "the new delivery charges"), which is what the first verb does with the thing.

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("asked", "said", "task"),
    [
        (
            "The welcome leaflet runs to three pages, nobody reads that.",
            "We'll cut it down to one page and send it to you on Thursday.",
            "send the welcome leaflet",
        ),
        (
            "The price list for the trade stand is out of date.",
            "I'm updating it now, with the new delivery charges, and you'll have it by Friday.",
            "send the price list for the trade stand",
        ),
    ],
)  # fmt: skip
def test_a_pronoun_done_to_twice_is_one_thing(asked: str, said: str, task: str) -> None:
    assert call_tasks([(PRITI, asked), (THEO, said)]) == [task]


def test_a_pronoun_joined_to_another_of_its_own_verb_still_merges() -> None:
    tasks = call_tasks(
        [
            (PRITI, "The welcome leaflet runs to three pages, nobody reads that."),
            (THEO, "I'll cut it down to one page and send it to you on Thursday."),
        ]
    )
    assert tasks == ["cut down and send the welcome leaflet to one page"]


def test_another_pronoun_is_not_the_same_thing() -> None:
    tasks = call_tasks(
        [
            (PRITI, "The flyers are fine, but the banner still has last year's dates."),
            (NELL, "I'll fix it today and bring them on Thursday."),
        ]
    )
    assert not any("banner" in t and "bring" in t for t in tasks)
