"""Session 44, task wording from the item's own sentence (branch words51).

* Work done to a thing and a second step after it ("I'll get the banners printed and delivered next week") is both
  steps, done by the owner ("print and deliver the banners"), not "print the banners and delivered"; a thing done
  and then handed on ("get the amendment drafted and over to you") is "draft and send the amendment", not "draft
  over the amendment".
* A draft handed over with no listener named ("We'll get a draft of the press release over by Tuesday") is "draft the
  press release", not "draft the press release over".
* Going back to the listener with a thing named ("I'll go back to you with the numbers") is sending it ("send the
  numbers"), not "go with the numbers"; going back with "that" stays as it was.
* A word that ends in "get" or "come" ("budget", "outcome") is not the verb of "get back to you": "I'll post the new
  budget to you" is "post the new budget", not "post the new budget to you".

The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and
Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
ASKED = (PRITI, "Who can pick up the next steps on the shelf launch?")


def tasks(said: str) -> list[str]:
    """The task of each item of a call where Theo answers the question ``ASKED`` with ``said``."""
    return [task for _, task, _, _ in call_items([ASKED, (THEO, said)])]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("We'll get the two banners printed and delivered next week.", "print and deliver the two banners"),
        ("I'll get the deck updated and sent round.", "update and send the deck"),
        ("I'll get the price amendment drafted and over to you by the 6th.", "draft and send the price amendment"),
        ("We'll get the flyers printed and over to the stores on Monday.", "print and send the flyers to the stores"),
    ],
)  # fmt: skip
def test_two_steps_done_to_a_thing_are_both_work(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get the van booked and paid for.", "book the van"),
        ("I'll get the banners printed.", "print the banners"),
    ],
)  # fmt: skip
def test_one_step_done_to_a_thing_stays_one(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("We'll get a draft of the press release over by Tuesday.", "draft the press release"),
        ("I'll get a first draft of the shelf talker copy across on Friday.", "draft the shelf talker copy"),
    ],
)  # fmt: skip
def test_a_draft_handed_over_loses_the_over(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll go back to you with the numbers.", "send the numbers"),
        ("I'll go back to you both with a revised quote by Friday.", "send a revised quote"),
    ],
)  # fmt: skip
def test_going_back_to_the_listener_with_a_thing_sends_it(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll post the new budget to you tomorrow.", "post the new budget"),
        ("I'll print the new budget for you tomorrow.", "print the new budget"),
        ("I'll come back to you with the numbers.", "come back to Priti with the numbers"),
    ],
)  # fmt: skip
def test_the_listener_after_a_word_ending_in_get(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)
