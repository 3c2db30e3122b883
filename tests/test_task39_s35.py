"""Session 35, task wording (branch task39): a version word described with "the" ("the final version", "the
revised draft") is a version of the thing just named, but "the revised storyboard" or "the new outline" is a thing
of its own and is not said to be "of" whatever an unrelated turn before named. A bare "a storyboard" still says
what it is of. The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (OWEN, "So the stockists get the new price list on Monday."),
                (NELL, "Theo will send the revised storyboard by Friday."),
                (THEO, "Yep."),
            ],
            "send the revised storyboard",
        ),
        (
            [
                (PRITI, "The shop windows go in on the ninth, I think."),
                (THEO, "I'll send the updated outline over on Thursday."),
            ],
            "send the updated outline",
        ),
        (
            [
                (OWEN, "Our regional managers meet on Tuesday."),
                (NELL, "I'll share the new mock-up with you tomorrow."),
            ],
            "share the new mock-up",
        ),
    ],
)
def test_a_described_storyboard_is_a_thing_of_its_own(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(task.startswith(said) for task in tasks), tasks
    assert not any(f"{said} of" in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "of"),
    [
        (
            [(PRITI, "The launch film is looking good."), (THEO, "I'll send the final version by Friday.")],
            "launch film",
        ),
        (
            [(PRITI, "We need the trailer cut down a bit."), (THEO, "I'll send the revised cut by Friday.")],
            "trailer",
        ),
        ([(PRITI, "The launch film is looking good."), (THEO, "You'll have a storyboard by Friday.")], "launch film"),
    ],
)
def test_a_version_still_says_what_it_is_of(turns: list[tuple[str, str]], of: str) -> None:
    assert any(of in task for task in call_tasks(turns))


# "get the samples shipped", "get them collected": the work the owner has done is the task's verb, as for "get the
# buy placed"; a thing "that" stood for that already says where it comes from does not say it twice.
@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (PRITI, "The shoot is on the ninth at your studio."),
                (OWEN, "I'll get all the samples shipped to your studio on Monday."),
            ],
            "ship all the samples",
        ),
        (
            [
                (PRITI, "Are the leftover banners still at the venue?"),
                (OWEN, "Yes. We'll get them collected next week."),
            ],
            "collect the leftover banners",
        ),
        (
            [
                (NELL, "We still need the sign-up data from the booking system."),
                (OWEN, "I can get that exported from the booking system by Friday."),
            ],
            "export the sign-up data from the booking system",
        ),
    ],
)
def test_work_had_done_is_the_verb(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(task.startswith(said) for task in tasks), tasks
    assert not any(task.count("booking system") > 1 for task in tasks), tasks


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Can you get the proofs signed by your MD?"), (NELL, "Yes, I'll get the proofs signed by Friday.")],
        [(OWEN, "I'll get the contract approved by our board next week.")],
    ],
)
def test_what_others_do_stays_had_done(turns: list[tuple[str, str]]) -> None:
    tasks = call_tasks(turns)
    assert any(task.startswith("get the") for task in tasks), tasks
