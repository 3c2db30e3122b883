"""Session 36, task wording (branch task40).

A cut is a version of filmed work: "the final cut" asked for after an unrelated turn ("The stockists get the new
price list on Monday.") is a thing of its own, not "the final cut of the new price list"; after a turn that names a
film, a video or an ad it is still the cut of that work. And a deadline is when a thing is due, not a thing to send:
"We'll have it to you by Thursday." after "The copy deadline is Friday, by the way." sends the copy asked for, not
"the copy deadline". The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "turns",
    [
        [
            (OWEN, "The stockists get the new price list on Monday."),
            (NELL, "Theo, can you share the final cut with us on Friday?"),
            (THEO, "Yep."),
        ],
        [
            (PRITI, "Our area managers have the store rota by then."),
            (THEO, "I'll send the final cut over on Thursday."),
        ],
        [
            (OWEN, "The brochure copy is with legal this week."),
            (THEO, "You'll have a rough cut by Friday."),
        ],
    ],
)
def test_a_cut_is_not_of_a_thing_that_is_no_film(turns: list[tuple[str, str]]) -> None:
    tasks = call_tasks(turns)
    assert any("cut" in task for task in tasks), tasks
    assert not any("cut of" in task for task in tasks), tasks


@pytest.mark.parametrize(
    ("turns", "of"),
    [
        (
            [
                (PRITI, "The launch film is looking great."),
                (OWEN, "Theo, can you share the final cut with us on Friday?"),
                (THEO, "Yep."),
            ],
            "launch film",
        ),
        (
            [(PRITI, "We love the new summer ad."), (THEO, "Great, I'll send the final cut by Thursday.")],
            "summer ad",
        ),
        (
            [(OWEN, "The product video felt a bit long to us."), (THEO, "I'll send a shorter cut on Monday.")],
            "product video",
        ),
    ],
)
def test_a_cut_of_a_film_still_says_so(turns: list[tuple[str, str]], of: str) -> None:
    tasks = call_tasks(turns)
    assert any(of in task for task in tasks), tasks


@pytest.mark.parametrize(
    "turns",
    [
        [
            (PRITI, "Nell, we still need the copy for the mailer."),
            (OWEN, "The copy deadline is Friday, by the way."),
            (NELL, "We'll have it to you by Thursday."),
        ],
        [
            (PRITI, "Nell, can we get the copy from you?"),
            (OWEN, "The copy deadline is Friday, by the way."),
            (NELL, "We'll have it to you by Thursday."),
        ],
        [
            (OWEN, "We're waiting on the artwork from your side. The print deadline is next Tuesday."),
            (THEO, "I'll get it over to you on Monday."),
        ],
    ],
)
def test_a_deadline_is_not_the_thing_sent(turns: list[tuple[str, str]]) -> None:
    tasks = call_tasks(turns)
    assert tasks, tasks
    assert not any("deadline" in task for task in tasks), tasks
    assert any("copy" in task or "artwork" in task for task in tasks), tasks


# "can I get my own login?" / "I'll send you a login today": "own" says whose the login is, not what kind; the task
# is "send a login", not "send an own login".
@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (PRITI, "One thing I do need, can I get my own login for the dashboard?"),
                (THEO, "Yep, mine. I'll send you a login today."),
            ],
            "send a login",
        ),
        (
            [(PRITI, "Could we have our own copy of the tracker?"), (THEO, "Sure, I'll send you a copy tomorrow.")],
            "send a copy",
        ),
    ],
)
def test_own_is_whose_not_what_kind(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(task.startswith(said) for task in tasks), tasks
    assert not any("own" in task.split() for task in tasks), tasks


# "I'll send a Teams invite." is the diary entry for a session, sent in passing: the "it" of a later "once it's
# signed off, our web team will upload it" is the work talked about before (the copy), not the invite.
@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (NELL, "We've drafted the copy for the new product pages. Shall we go through it together?"),
                (PRITI, "Yes, Thursday?"),
                (NELL, "Thursday works. I'll send a Teams invite."),
                (PRITI, "And once it's signed off, our web team will upload it."),
            ],
            "upload the copy",
        ),
        (
            [
                (THEO, "The new store map is nearly there, I'll tidy it up this week."),
                (OWEN, "Great. Let's look at it on Monday. I'll send a calendar invite."),
                (PRITI, "Once it's approved, our web team will publish it."),
            ],
            "publish the new store map",
        ),
    ],
)
def test_a_diary_invite_is_not_the_work_it_stands_for(turns: list[tuple[str, str]], said: str) -> None:
    tasks = call_tasks(turns)
    assert any(task.startswith(said) for task in tasks), tasks
    assert not any(task.startswith(said.split()[0]) and "invite" in task for task in tasks), tasks


def test_an_invite_asked_for_is_still_sent() -> None:
    turns = [(PRITI, "Can you send a calendar invite for the workshop?"), (NELL, "Sure, I'll send it after this.")]
    assert any(task.startswith("send a calendar invite") for task in call_tasks(turns))
