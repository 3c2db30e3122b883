"""Session 46, task wording from another turn (branch task53).

What "that"/"them" stands for: not whoever does the thing in a sentence that carries it on ("We can run a brand-lift
study. The station does them free above a certain spend. I'll set that up."), and not a thing when "them" are whom
the task presses ("chase them for the draft"). The dialogues are written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# A sentence whose verb is done to the thing in a state ("The station does them free above a certain spend"), which
# the parser reads as a small clause with the pronoun for its subject: the thing was named before it, and whoever does
# it (the station) is no thing the reply sets up.
@pytest.mark.parametrize(
    "turns",
    [
        [
            (PRITI, "Could we find out whether the radio actually moved awareness this time?"),
            (
                NELL,
                "We can run a brand-lift study. The station does them free above a certain spend and we're well over "
                "it. I'll set that up before the flight goes live.",
            ),
        ],
        [
            (OWEN, "We could add a photo booth at the entrance. The venue does them cheap for members."),
            (PRITI, "Fine, go ahead."),
            (NELL, "Great, I'll book that tomorrow."),
        ],
    ],
)
def test_who_does_the_thing_in_a_state_is_not_the_thing(turns: list[tuple[str, str]]) -> None:
    tasks = call_tasks(turns)
    assert any("brand-lift study" in t or "photo booth" in t for t in tasks), tasks
    assert not any("station" in t or "venue" in t for t in tasks), tasks


# "Chase them for the draft": "them" are whom the task presses (``antecedents.PRESSING``), the thing is what follows
# "for"; "them" is no thing said before ("legal requirements"). Whom it stands for is still found when they were
# named ("The printers still haven't sent the proofs.").
@pytest.mark.parametrize(
    "turns",
    [
        [
            (
                PRITI,
                "I need the signed contract well before launch. Anything with our logo on it has legal requirements.",
            ),
            (OWEN, "Nell, can you chase them for the draft?"),
            (NELL, "On it. I'll get the draft contract over to Priti by Friday."),
        ],
        [
            (PRITI, "Anything with our logo on it has legal requirements."),
            (OWEN, "Nell, can you chase them for the draft?"),
            (NELL, "On it."),
        ],
    ],
)
def test_them_pressed_for_a_thing_are_no_thing_said_before(turns: list[tuple[str, str]]) -> None:
    tasks = call_tasks(turns)
    assert any("for the draft" in t for t in tasks), tasks
    assert not any("requirements" in t for t in tasks), tasks


def test_them_pressed_for_a_thing_are_still_whom_was_named() -> None:
    tasks = call_tasks(
        [
            (PRITI, "The printers still haven't sent the proofs."),
            (OWEN, "Nell, can you chase them for the proofs?"),
            (NELL, "Yes, will do."),
        ]
    )
    assert any("chase the printers for the proofs" in t for t in tasks), tasks
