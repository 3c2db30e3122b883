"""Session 40, task wording from another turn (branch task47).

A reply that does to "it" what the turn before asked it to do to a thing is worded with that thing, however near
another thing was named ("Go ahead and book the radio spot now. I'll sign the estimate today." / "I'll get it
booked." -> "book the radio spot", not the estimate); a thing of the other number is not what "them" stands for.
"Chase them for that" presses whoever "them" are for the thing named before ("the insurance certificate"), as
"chase the printers for that" does. A thing said with "not" before it ("Not for the board. For me.") is not what
"it" stands for. The dialogues are written
for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client,
Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (PRITI, "Go ahead and book the radio spot now. I'll sign the estimate today."),
                (THEO, "Okay. I'll get it booked this afternoon."),
            ],
            "book the radio spot",
        ),
        (
            [
                (OWEN, "Can you resend the March invoice? I'll forward the old statement to our accounts team."),
                (NELL, "Sure, I'll resend it today."),
            ],
            "resend the March invoice",
        ),
        (
            [
                (PRITI, "Please reprint the shelf wobbler. The poster's fine as it is, the printer did a good job."),
                (THEO, "Yes. I'll reprint it on Friday."),
            ],
            "reprint the shelf wobbler",
        ),
    ],
)
def test_a_reply_does_the_same_to_what_it_was_asked_about(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "not_said"),
    [
        # "them" is not the one venue, whatever "book" was said of
        (
            [
                (PRITI, "Please book the venue. And the speakers all need hotels near it."),
                (THEO, "I'll book them tonight."),
            ],
            "book the venue",
        ),
    ],
)
def test_the_same_verb_of_another_thing_is_not_taken(turns: list[tuple[str, str]], not_said: str) -> None:
    assert not_said not in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "words"),
    [
        (
            [
                (OWEN, "Oh, and the insurance certificate for your printers, the one we have ran out in March."),
                (PRITI, "Nell, could you chase them for that?"),
                (NELL, "Yep, that's one for me. I'll have it over to you this week."),
            ],
            "insurance certificate",
        ),
    ],
)
def test_chase_them_for_that_names_the_thing(turns: list[tuple[str, str]], words: str) -> None:
    assert any(words in task for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (OWEN, "Theo, I want the stockist report on my desk by Friday. Not for the board. For me."),
                (THEO, "You'll have it by Friday."),
            ],
            "stockist report",
            "the board",
        ),
    ],
)
def test_a_thing_said_not_to_be_meant_is_not_it(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in task for task in tasks) and not any(not_said in task for task in tasks), tasks
