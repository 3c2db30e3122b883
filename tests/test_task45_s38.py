"""Session 38, task wording (branch task45).

How long a thing is held ("keep the go-live date for now") is no part of the thing a later "review it" points at;
"you" in a "when"/"once" clause of a request is the owner the request was put to, whom the report calls "they"
("tell Nell (as soon as they hear)"); and a "for" phrase the parser hung on the verb ("add a filter for number of
bedrooms") is still the thing's own when "it" points back at it; "get the last two locked in" is the work itself,
"lock in the last two". The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March
2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [(PRITI, "We'll keep the twentieth as the go-live date for now, and review it next Monday.")],
            "review the go-live date",
        ),
        (
            [(NELL, "We'll keep the tenth as the print date for the time being, and look at it again on Friday.")],
            "look at the print date",
        ),
    ],
)
def test_how_long_it_is_held_is_no_part_of_it(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [(NELL, "Can you let me know as soon as you hear?"), (PRITI, "Of course. I'll chase them tomorrow.")],
            "tell Nell (as soon as they hear)",
        ),
        (
            [(NELL, "Can you let me know once you've heard from the printers?"), (PRITI, "Will do.")],
            "tell Nell (once they've heard from the printers)",
        ),
    ],
)
def test_you_in_a_request_is_the_owner(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "not_in"),
    [
        # said by the owner, "you" is the one they answer, not the owner
        (
            [(PRITI, "Can you send the proofs?"), (NELL, "Sure. I'll send them as soon as you approve the copy.")],
            "they",
        ),
    ],
)
def test_you_said_by_the_owner_stays(turns: list[tuple[str, str]], not_in: str) -> None:
    assert all(not_in not in task.split() for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (PRITI, "Can we add a filter for number of bedrooms as well?"),
                (NELL, "Yes, that's easy enough. I'll get it into sprint five."),
            ],
            "get a filter for number of bedrooms into sprint five",
        ),
        (
            [
                (OWEN, "Could we build a landing page for the spring range too?"),
                (THEO, "Yes, fine. I'll get it into the next release."),
            ],
            "get a landing page for the spring range into the next release",
        ),
    ],
)
def test_what_a_thing_is_for_goes_with_it(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "not_in"),
    [
        # a time, a person: not what the thing is
        ([(PRITI, "Can we book a room for Tuesday?"), (NELL, "Yes, I'll sort it today.")], "Tuesday"),
        ([(PRITI, "We'll hold the price for now and review it next week.")], "for"),
    ],
)
def test_what_is_not_the_things_own(turns: list[tuple[str, str]], not_in: str) -> None:
    assert all(not_in not in task.split() for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        ([(THEO, "I'll get the dates locked down this week.")], "lock down the dates"),
        (
            [
                (PRITI, "Where are we on the caterers?"),
                (THEO, "I've got a shortlist. I'll get one locked in by Friday."),
            ],
            "lock in",
        ),
    ],
)
def test_getting_it_locked_is_locking_it(turns: list[tuple[str, str]], said: str) -> None:
    assert any(task.startswith(said) for task in call_tasks(turns)), call_tasks(turns)
