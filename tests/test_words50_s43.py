"""Session 43, task wording from the item's own sentence (branch words50).

"Ideally" and "preferably" hedge the work, they are not part of it: "I'll get the van booked before the shoot,
obviously, ideally a week before" is "book the van", not "book the van ideally". A delivery said to the listener
("have X to you", "get X over to you") is "send X" also when the task waits for a step ("once it's signed off"):
"send the deck (once signed off)", not "send the deck to you (once signed off)". A step waited for that holds a span
of time ("once the posts have had at least a week live") is not cut to "(once the posts have had live)": without the
span it says nothing, so no condition is kept. Going back to someone with a thing named ("I'll go back to the venue
with the final numbers") is sending it to them ("send the final numbers to the venue"); going back with "that", or
to the listener, stays as it was. The dialogues are written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
ASKED = (PRITI, "Who can pick up the next steps on the stockist pack?")


def tasks(said: str) -> list[str]:
    """The task of each item of a call where Theo answers the question ``ASKED`` with ``said``."""
    return [task for _, task, _, _ in call_items([ASKED, (THEO, said)])]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get the van booked before the shoot, obviously, ideally a week before.", "book the van"),
        ("I'll get the rooms booked before Christmas, ideally the week before.", "book the rooms"),
        ("I'll book the caterer, preferably the week before.", "book the caterer"),
    ],
)  # fmt: skip
def test_ideally_is_no_word_of_the_task(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll have the wrap report to you once it's signed off.", "send the wrap report (once signed off)"),
        ("I'll have the figures with you all before the board meets.", "send the figures (before the board meets)"),
        ("I'll get the deck over to you once it's signed off.", "send the deck (once signed off)"),
    ],
)  # fmt: skip
def test_the_listener_goes_before_the_step_waited_for(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll have the results deck to you once the posts have had at least a week live.", "send the results deck"),
        ("I'll send the summary over once the ads have run for ten days.", "send the summary"),
    ],
)  # fmt: skip
def test_a_step_waited_for_is_not_cut_in_half(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll post it on the intranet once the CEO has signed it off.", "post"),
        ("We'll raise the PO once the contract's signed.", "raise the purchase order (PO) (once the contract's"),
        ("I'll send the ideal customer profile over.", "send the ideal customer profile"),
    ],
)  # fmt: skip
def test_kept_as_said(said: str, task: str) -> None:
    assert any(t.startswith(task) for t in tasks(said)), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll go back to the venue with the final numbers by Friday.", "send the final numbers to the venue"),
        ("I'll go back to both printers with the new artwork tomorrow.", "send the new artwork to both printers"),
    ],
)  # fmt: skip
def test_going_back_with_a_thing_sends_it(said: str, task: str) -> None:
    assert task in tasks(said), tasks(said)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll go back to the venue with that.", "go back to the venue with that"),
        ("We'll go with the blue one.", "go with the blue one"),
        ("I'll get back to you with the numbers on Friday.", "get back to Priti with the numbers"),
    ],
)  # fmt: skip
def test_going_back_kept_as_said(said: str, task: str) -> None:
    assert any(t.startswith(task[:20]) and "send" not in t for t in tasks(said)), tasks(said)
