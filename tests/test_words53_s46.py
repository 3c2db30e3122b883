"""Session 46, task wording (branch words53).

* "that"/"this" between "get"/"have" and a participle ("I can get that translated", "I'll get this booked") is the
  thing to be done, said before, also when the parser reads it as an adverb ("that much") or as the participle's
  determiner (``antecedents.pointed_done``); the work is the participle's ("translate the menu in French").
* The noun naming that doing ("translation isn't included", "printing is extra") is not the thing done to
  (``wording.the_doing``): not "translate translation".

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "said",
    ["I can get that translated, we have someone in house.", "I'll get this translated this week."],
)  # fmt: skip
def test_that_before_a_participle_after_get_is_the_thing_asked_for(said: str) -> None:
    tasks = call_tasks([(PRITI, "Could we have the menu cards in French as well?"), (OWEN, said)])
    assert tasks == ["translate the menu cards in French"]


def test_the_noun_of_the_doing_is_not_the_thing_done_to() -> None:
    tasks = call_tasks(
        [
            (PRITI, "One more thing. Could we have the menu cards in French as well? Some guests are from Lyon."),
            (NELL, "The venue can print them, but translation costs extra."),
            (OWEN, "I can get that translated, we have someone in house."),
        ]
    )
    assert tasks == ["translate the menu cards in French"]


def test_that_as_the_subject_of_a_participle_is_unchanged() -> None:
    tasks = call_tasks([(PRITI, "Could we have the menu cards in French as well?"), (OWEN, "I'll get that printed.")])
    assert tasks == ["print the menu cards in French"]
