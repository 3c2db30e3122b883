"""Session 45, task wording (branch words52).

* A reply that answers "can you make sure …?" with work of its own on a thing a weak noun names with a noun before
  it ("I'll add an access needs question to the form", "I'll set up a briefing call with the store managers") is
  worded as the reply says (``offers.own_work``): "a question" or "a call" alone says little, "an access needs
  question" says which. A weak noun said alone ("I'll add a question") still leaves the request's wording.

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
            "One more thing on the sign-up page. Can someone make sure the form asks about access needs properly?",
            "Yes, I'll add an access needs question to the form before it goes live.",
            "add an access needs question to the form",
        ),
        (
            "Can you make sure the stores know about the price change?",
            "Sure, I'll set up a briefing call with the store managers.",
            "set up a briefing call with the store managers",
        ),
    ],
)  # fmt: skip
def test_a_weak_noun_said_with_a_noun_before_it_is_the_replys_own_work(asked: str, said: str, task: str) -> None:
    assert call_tasks([(PRITI, asked), (THEO, said)]) == [task]


def test_a_weak_noun_alone_leaves_the_request_s_wording() -> None:
    said = call_tasks(
        [(PRITI, "Can you make sure the stores know about the price change?"), (THEO, "Sure, I'll add a question.")]
    )
    assert said == ["make sure the stores know about the price change"]
