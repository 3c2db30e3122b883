"""Session 45, task wording (branch words52).

* A reply that answers "can you make sure …?" with work of its own on a thing a weak noun names with a noun before
  it ("I'll add an access needs question to the form", "I'll set up a briefing call with the store managers") is
  worded as the reply says (``offers.own_work``): "a question" or "a call" alone says little, "an access needs
  question" says which. A weak noun said alone ("I'll add a question") still leaves the request's wording.
* A place one wants to see, gone to together ("I want to see the warehouse … Can we go down together?"), is visited
  ("visit the warehouse together", ``going._visited``); a thing seen where it is shown ("see the first cut … at the
  studio") is not.
* "I'll be there" to an event named just before that is no session one is invited to ("the colour check", "the
  press pass", "the shoot") attends it (``going.ATTENDED``), not the reply's own words.

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


# going to see a place together is visiting it (going._visited)
@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [
                (PRITI, "I want to see the warehouse before we sign the contract. Can we go down together, Nell?"),
                (NELL, "Tuesday works. You and me, then."),
            ],
            "visit the warehouse together",
        ),
        (
            [
                (PRITI, "I'd love to see the new pop-up kitchen. Could we go over together on Friday?"),
                (NELL, "Friday's good."),
            ],
            "visit the new pop-up kitchen together",
        ),
    ],
)  # fmt: skip
def test_a_place_gone_to_and_seen_together_is_visited(turns: list[tuple[str, str]], task: str) -> None:
    assert call_tasks(turns) == [task]


def test_a_thing_seen_where_it_is_shown_is_not_visited() -> None:
    said = call_tasks(
        [
            (PRITI, "I'd like to see the first cut on a proper screen. Could I come up to the studio on Friday?"),
            (NELL, "Friday's fine. Come after ten."),
        ]
    )
    assert said and all(not task.startswith("visit") for task in said), said


# "I'll be there" to an event named just before that is not a session one is invited to (going._attended)
def test_ill_be_there_to_a_press_check_attends_it() -> None:
    said = call_tasks(
        [
            (
                NELL,
                "And the colour check. When the labels go to print, someone from your side should be at the printer.",
            ),
            (PRITI, "I'd like to do that. When is it?"),
            (NELL, "Thursday the twelfth of March, in Derby."),
            (PRITI, "I'll be there."),
        ]
    )
    assert said == ["attend the colour check"]
