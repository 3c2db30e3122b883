"""Session 48, task wording (branch words55).

* A claim the task names bare ("Our legal team will check the claim") after a turn that quoted the words claimed
  ("The tin says 'vegan friendly' on the side."): the task names the claim by its quoted words, "check the 'vegan
  friendly' claim" (``objects.quoted_claim``); with no quote near (a transcript from speech has none), or only a
  sentence reported in quotes, the task stays as said.
* A plural the parser read as a verb ("last year's cup counts from the show, would they help?": "counts" a verb of
  "cup") with the one phrase that says which ones: "them" is "the cup counts from the show", not "cup"
  (``antecedents._mistagged``, ``_which_one``); a verb of its own with such a phrase is no thing named.

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("said", "answer", "quoted"),
    [
        (
            "The tin says 'vegan friendly' on the side. Are we putting that in the ads?",
            "Not yet. Our legal team will check the claim before anything goes out.",
            "'vegan friendly' claim",
        ),
        (
            "And the 'twice as fast' line on the poster, has that been signed off?",
            "No. I'll check the claim with legal this week.",
            "'twice as fast' claim",
        ),
        (
            "The banner says “up to 40% off” in the corner.",
            "Our legal team will review the claim by Friday.",
            "'up to 40% off' claim",
        ),
    ],
)  # fmt: skip
def test_a_bare_claim_is_named_by_the_words_quoted_for_it(said: str, answer: str, quoted: str) -> None:
    tasks = call_tasks([(THEO, said), (PRITI, answer)])
    assert len(tasks) == 1 and quoted in tasks[0]


@pytest.mark.parametrize(
    "said",
    [
        "We say made in Wales on the pack, is that alright?",
        "She told me 'we will absolutely not be putting anything like that on the pack this year'.",
    ],
)
def test_a_claim_with_no_words_quoted_near_stays_as_said(said: str) -> None:
    tasks = call_tasks([(THEO, said), (PRITI, "I'll check the claim with legal by Friday.")])
    assert tasks == ["check the claim with legal"]


def test_a_claim_named_with_its_quote_is_not_named_twice() -> None:
    tasks = call_tasks(
        [
            (THEO, "The sleeve says 'locally sourced' and 'award winning'."),
            (PRITI, "I'll check the 'locally sourced' claim with legal."),
        ]
    )
    assert tasks == ["check the locally sourced claim with legal"]


@pytest.mark.parametrize(
    ("named", "task"),
    [
        (
            "Quick one, last year's cup counts from the show, would they help you plan?",
            "send the cup counts from the show",
        ),
        (
            "Before I forget, our stock counts for the spring range, would they be any use?",
            "send the stock counts for the spring range",
        ),
    ],
)  # fmt: skip
def test_a_plural_read_as_a_verb_keeps_the_phrase_of_which_ones(named: str, task: str) -> None:
    tasks = call_tasks(
        [(NELL, named), (PRITI, "Oh, hugely. Have you got them?"), (NELL, "Somewhere. I'll send them over tomorrow.")]
    )
    assert tasks == [task]


def test_a_verb_with_its_own_phrase_is_no_thing_named() -> None:
    tasks = call_tasks(
        [
            (PRITI, "The plan is nearly there, and I know their team works for the council."),
            (NELL, "I'll send it over on Thursday."),
        ]
    )
    assert len(tasks) == 1 and "plan" in tasks[0] and "works" not in tasks[0]
