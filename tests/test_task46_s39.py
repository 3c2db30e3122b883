"""Session 39, task wording (branch task46).

A hyphenated word is one word of the task: "check-in" keeps its hyphen when the parser hangs the "-" on the verb
as punctuation, and "one-pager" after a modifier the parser took for the object ("tweak the staffing one-pager":
"staffing" read as the object, "pager" as an adverbial noun of "tweak") still ends the object. How often a thing is
done ("day-by-day", "week-on-week") is no part of it. Notes said of something ("the workshop notes", "the notes
from the store visit", "her notes on the floor plan") are a thing "them" can stand for, unlike a bare "notes" or "a
quick note on the banner" (a remark). "Get it typed up / mocked up / drawn up / backed up" is the work itself
("type up the running order"), not "put … up" (a banner put up). The dialogues are written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, Wednesday 4 March
2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        ([(THEO, "I'll tweak the launch check-in by Friday.")], "tweak the launch check-in"),
        (
            [(OWEN, "Could you move the printer check-in to the afternoon?"), (THEO, "Yes, I'll move it today.")],
            "move the printer check-in to the afternoon",
        ),
        (
            [
                (PRITI, "Theo, can you tweak the staffing one-pager so it leads on the weekend rota?"),
                (THEO, "Yep, I'll update it. Friday okay?"),
            ],
            "tweak the staffing one-pager",
        ),
        ([(THEO, "I'll redo the pricing one-pager by Friday.")], "redo the pricing one-pager"),
        (
            [(OWEN, "Could you update the booking one-pager before the board?"), (NELL, "Sure, leave it with me.")],
            "update the booking one-pager",
        ),
    ],
)
def test_a_hyphenated_word_is_kept_whole(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # how often, not the thing: the phrase stays out of the task
        ([(THEO, "I'll send the links day-by-day.")], "send the links"),
        ([(NELL, "I'll check the figures week-on-week.")], "check the figures"),
        # a date said after the object stays out, hyphen or not
        ([(THEO, "I'll send the deck first thing Monday.")], "send the deck"),
    ],
)
def test_how_often_is_no_part_of_the_thing(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (
            [(OWEN, "I've typed up the workshop notes."), (NELL, "Great, I'll send them round to the team tonight.")],
            "send the workshop notes",
        ),
        (
            [
                (PRITI, "The venue manager sent over her notes on the floor plan."),
                (THEO, "I'll go through them tomorrow."),
            ],
            "go through the notes on the floor plan",
        ),
        (
            [(PRITI, "Can I get the notes from the store visit?"), (NELL, "Sure, I'll send them over today.")],
            "send the notes from the store visit",
        ),
        # a remark, not a thing: "it" is the logo
        (
            [(PRITI, "Just a quick note on the banner. The logo is too small."), (THEO, "I'll fix it today.")],
            "fix the logo",
        ),
        # notes taken in the meeting are not what "it" stands for
        (
            [
                (PRITI, "I'll be taking notes on Friday. Can you send the agenda?"),
                (THEO, "Yes, I'll send it tomorrow."),
            ],
            "send the agenda",
        ),
    ],
)
def test_notes_said_of_something_are_a_thing(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        ([(THEO, "I'll get the running order typed up tonight.")], "type up the running order"),
        ([(NELL, "We'll get the stand mocked up for the review.")], "mock up the stand for the review"),
        ([(THEO, "I'll get a quote drawn up this week.")], "draw up a quote"),
        ([(OWEN, "I'll get the old files backed up tonight.")], "back up the old files"),
        # a thing put up stays put up; what others do for us stays as said
        ([(THEO, "We'll get the new signage up by Friday.")], "put the new signage up"),
        ([(NELL, "I'll get the files pinned up by Friday.")], "get the files pinned up"),
        ([(THEO, "I'll get the deck signed off by Friday.")], "get the deck signed off"),
    ],
)
def test_work_done_to_a_thing_with_up_is_the_work(turns: list[tuple[str, str]], said: str) -> None:
    assert said in call_tasks(turns), call_tasks(turns)
