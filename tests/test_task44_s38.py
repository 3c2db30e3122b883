"""Session 38, task wording (branch task44).

A noun that names the act of its verb ("sign-off", "approval") as what "it" stands for: "We need your sign-off on
the hybrid." / "I'll sign that off tomorrow." is "sign off the hybrid", not "sign off the sign-off on the hybrid";
"Any chance of sign-off on the scripts?" / "Yes." is "sign off the scripts", not "send sign-off on the scripts". Getting
someone's sign-off stays as said. The dialogues are written for these tests (tests.support.CALL: Nell Garside and
Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [(NELL, "We need your sign-off on the hybrid."), (PRITI, "Fine, I'll sign that off tomorrow.")],
            "sign off the hybrid",
        ),
        (
            [
                (THEO, "Priti, any chance of sign-off on the radio scripts by Friday?"),
                (PRITI, "Yes, I'll sign it off."),
            ],
            "sign off the radio scripts",
        ),
        (
            [
                (NELL, "Could we get your approval on the new packshots this week?"),
                (OWEN, "Yes, you'll have it Thursday."),
            ],
            "sign off the new packshots",
        ),
        (
            [
                (NELL, "We still need legal's sign-off on the claim."),
                (PRITI, "I'll get their sign-off on it by Friday."),
            ],
            "get legal's sign-off on the claim",
        ),
    ],
)
def test_an_act_named_by_its_noun_is_not_said_twice(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [(NELL, "Priti, can you chase finance for sign-off on the purchase order?"), (PRITI, "Sure, will do.")],
            "chase finance for sign-off on the purchase order",
        ),
        (
            [(PRITI, "Theo, can you get legal's sign-off on the claim?"), (THEO, "Yes, I'll do that today.")],
            "get legal's sign-off on the claim",
        ),
        ([(OWEN, "The scripts are ready."), (THEO, "Great, I'll send them over for approval today.")], "approval"),
    ],
)
def test_getting_or_asking_for_a_sign_off_stays(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(said in task for task in tasks), tasks
    assert not any(task.startswith("sign off") for task in tasks), tasks
