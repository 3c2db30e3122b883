"""Session 39, task wording a new user's calls got wrong (branch words46).

A preposition the parser read as an adjective before a noun ("the about page") names the thing, it does not say how
the thing stands, so a page of another kind named near it is not filled in ("the about development page"); "chase
them" after a sentence that says what is with them ("The product pages are with marketing, so I'll chase them")
chases them for that thing; "come back to you" names whom the answer goes to, as "let you know" does. The dialogues
are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey
client, Wednesday 4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said", "not_said"),
    [
        (
            [
                (NELL, "We still need the copy for the about page and the careers pages. Can you get us those?"),
                (OWEN, "I can get you the about page. The careers pages are with HR, so that'll take longer."),
            ],
            "send the about page",
            "send the about careers page",
        ),
        (
            [
                (THEO, "What's left is the text for the behind-the-scenes film and the launch films."),
                (PRITI, "I'll send you the behind-the-scenes text. The launch films are still with the director."),
            ],
            "send the behind-the-scenes text",
            "send the behind-the-scenes launch text",
        ),
    ],
)
def test_a_preposition_before_the_noun_names_the_thing(turns: list[tuple[str, str]], said: str, not_said: str) -> None:
    tasks = call_tasks(turns)
    assert said in tasks and not_said not in tasks, tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # a word that says how the thing stands still takes the kind named before
        (
            [
                (PRITI, "The old nutrition panel had the wrong salt figure."),
                (THEO, "I'll send you the updated panel tomorrow."),
            ],
            "send the updated nutrition panel",
        ),
    ],
)
def test_a_word_of_state_still_takes_the_kind(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (NELL, "Do we have the photo releases yet?"),
                (OWEN, "Not yet. The photo releases are with legal, so I'll chase them today."),
            ],
            "chase legal for the photo releases",
        ),
        (
            [
                (THEO, "Where are the signed contracts?"),
                (PRITI, "The signed contracts are with procurement. I'll chase them on Monday."),
            ],
            "chase procurement for the signed contracts",
        ),
    ],
)
def test_chasing_them_for_what_is_with_them(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "not_in"),
    [
        # "chase them" with nothing said to be with them: no "for"
        ([(NELL, "The printers still haven't replied."), (THEO, "I'll chase them this afternoon.")], "for"),
        # the task says what for itself
        (
            [
                (PRITI, "The invoices are with finance."),
                (NELL, "I'll chase them for the purchase order number today."),
            ],
            "invoices",
        ),
    ],
)
def test_chasing_them_adds_nothing_else(turns: list[tuple[str, str]], not_in: str) -> None:
    tasks = call_tasks(turns)
    assert all(not_in not in task.split() for task in tasks if task.startswith("chase")), tasks


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [
                (PRITI, "Can the budget stretch to a second shoot day?"),
                (NELL, "I'll check with finance and come back to you by Friday."),
            ],
            "and come back to Priti",
        ),
        (
            [
                (OWEN, "We're still two thousand over on the hotel."),
                (THEO, "Let me go back to the hotel on the room rate."),
                (OWEN, "If you can get it under budget, I can sign it off this week."),
                (THEO, "I'll speak to them today and get back to you by Friday."),
            ],
            "get back to Owen",
        ),
    ],
)
def test_coming_back_to_you_names_whom(turns: list[tuple[str, str]], said: str) -> None:
    assert any(said in task for task in call_tasks(turns)), call_tasks(turns)


@pytest.mark.parametrize(
    "turns",
    [
        # "you" not after "back": the listener as a destination goes, as elsewhere
        [(PRITI, "Can you send the proofs?"), (NELL, "Sure, I'll send them to you tomorrow.")],
        # a thing got back to you is sent: the report writes "send …"
        [(PRITI, "Can you sign the purchase order?"), (NELL, "Yes, I'll get the signed order back to you tomorrow.")],
        [(OWEN, "Where are we on the deck?"), (THEO, "I'll have comments back to you by Friday.")],
        # whom "us" is stays as before
        [(NELL, "Can you come back to us on the quote by Friday?"), (OWEN, "Will do.")],
    ],
)
def test_no_listener_named_without_back(turns: list[tuple[str, str]]) -> None:
    assert not any(w in task.split() for task in call_tasks(turns) for w in ("Priti", "Nell", "Owen")), call_tasks(
        turns
    )
