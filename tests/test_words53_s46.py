"""Session 46, task wording (branch words53).

* "that"/"this" between "get"/"have" and a participle ("I can get that translated", "I'll get this booked") is the
  thing to be done, said before, also when the parser reads it as an adverb ("that much") or as the participle's
  determiner (``antecedents.pointed_done``); the work is the participle's ("translate the menu in French").
* The noun naming that doing ("translation isn't included", "printing is extra") is not the thing done to
  (``wording.the_doing``): not "translate translation".
* "all of that" / "all of it" as the object of the task's verb ("We'll send all of that to the hall", "I'll have all
  of that to you by Friday") stands for the things just named together ("the insurance certificate and the risk
  assessment", "the product pages, the pricing page and the FAQs"; ``wording._all_of_things``, ``listed_with``); one
  thing named, or "write all of that up", "a note with all of that", is still the talk itself.

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


# "all of that" as the task's object: the things just named together (wording._all_of_things)
@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [
                (NELL, "The hall will want paperwork for the stage, won't they?"),
                (PRITI, "They've asked already. They need the insurance certificate and the risk assessment."),
                (NELL, "Our ops team will send all of that over this week."),
            ],
            "send the insurance certificate and the risk assessment",
        ),
        (
            [
                (NELL, "What do you need from me by Friday?"),
                (PRITI, "Everything except the blog. So the product pages, the pricing page and the FAQs."),
                (NELL, "Okay. I'll have all of that to you by Friday."),
            ],
            "send the product pages, the pricing page and the FAQs",
        ),
    ],
)  # fmt: skip
def test_all_of_that_after_things_named_together_is_those_things(turns: list[tuple[str, str]], task: str) -> None:
    assert call_tasks(turns) == [task]


@pytest.mark.parametrize(
    "said",
    ["Our ops team will send a note with all of that this week.", "I'll write all of that up and send it round."],
)  # fmt: skip
def test_all_of_that_said_of_a_note_or_a_write_up_is_not_the_things(said: str) -> None:
    turns = [
        (NELL, "The hall will want paperwork for the stage, won't they?"),
        (PRITI, "They've asked already. They need the insurance certificate and the risk assessment."),
        (NELL, said),
    ]
    assert all("risk assessment" not in task for task in call_tasks(turns)), call_tasks(turns)


def test_all_of_that_after_one_thing_named_is_left_as_said() -> None:
    turns = [
        (PRITI, "They've asked already. They need the insurance certificate."),
        (NELL, "Our ops team will send all of that over this week."),
    ]
    assert call_tasks(turns) == ["send all of that"]
