"""Session 38, task wording (branch task44).

A noun that names the act of its verb ("sign-off", "approval") as what "it" stands for: "We need your sign-off on
the hybrid." / "I'll sign that off tomorrow." is "sign off the hybrid", not "sign off the sign-off on the hybrid";
"Any chance of sign-off on the scripts?" / "Yes." is "sign off the scripts", not "send sign-off on the scripts". Getting
someone's sign-off stays as said. The dialogues are written for these tests (tests.support.CALL: Nell Garside and
Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


def _tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [task for _, task, _, _ in call_items([*turns, NEXT])]


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
    assert said in _tasks(turns), _tasks(turns)


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
    tasks = _tasks(turns)
    assert any(said in task for task in tasks), tasks
    assert not any(task.startswith("sign off") for task in tasks), tasks


# A session put to the listener and the speaker together, worded from the work it names: "how about you and I do a
# listen-back session?" is "do/hold a listen-back session", not the question said whole; "I'd like you and me to do a
# test day on staging" is that test day, not "like"; "what if you and I went through the scripts?" is "go through the
# scripts together".
@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (THEO, "So how about you and I do a proper listen-back session at ours, Wednesday next week?"),
                (PRITI, "Wednesday next week works. Let's do it."),
            ],
            "listen-back session at ours",
            "how about",
        ),
        (
            [
                (NELL, "Owen, I'd like you and me to do a proper test day on staging. Next Thursday?"),
                (OWEN, "Yep. Next Thursday works."),
            ],
            "do a test day on staging",
            "like",
        ),
        (
            [
                (THEO, "Priti, what if you and I went through the scripts together? Next Wednesday?"),
                (PRITI, "Wednesday's good."),
            ],
            "go through the scripts together",
            "what if",
        ),
    ],
)
def test_a_session_for_two_is_worded_from_its_work(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    found = [(owner, task) for owner, task, _, _ in call_items([*turns, NEXT])]
    assert any(isinstance(owner, list) and said in task and not_said not in task for owner, task in found), found


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # a session the frames read stays as said
        (
            [(THEO, "Priti, you and I should walk the venue next Tuesday."), (PRITI, "Tuesday works.")],
            "walk the venue",
        ),
        # one person asked to do the work is no session
        (
            [(THEO, "Priti, I'd like you to send the scripts to legal."), (PRITI, "Sure, will do.")],
            "send the scripts to legal",
        ),
    ],
)
def test_other_requests_stay_as_said(turns: list[tuple[str, str]], said: str) -> None:
    found = [(owner, task) for owner, task, _, _ in call_items([*turns, NEXT])]
    assert any(said in task for _, task in found), found
