"""Session 46, missed items and their due dates (branch due53).

A thing asked of an attendee by name with no verb, only its deadline ("And Theo, the minutes round by end of day,
please.", "The revised cost sheet by Friday, Nell?"), is work put to them: taken up ("Will do."), it is theirs, due
when asked. Not when it is not taken up, nor a session put the same way, nor a thing asked with no deadline. The
dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "owner", "thing", "due"),
    [
        (  # the name after a word that leads into the point
            [
                (PRITI, "Good, I think that's everything on the mailer."),
                (OWEN, "Okay. And Theo, the minutes round by end of day, please."),
                (THEO, "Will do."),
            ],
            THEO,
            "minutes",
            "2026-03-04",
        ),
        (  # the name closing a question
            [
                (OWEN, "We're nearly there on the stand."),
                (OWEN, "Right. The revised cost sheet by Friday, Nell?"),
                (NELL, "Will do."),
            ],
            NELL,
            "cost sheet",
            "2026-03-06",
        ),
    ],
)
def test_a_thing_asked_by_name_with_its_deadline_is_work_once_taken_up(
    turns: list[tuple[str, str]], owner: str, thing: str, due: str
) -> None:
    found = call_items([*turns, NEXT])
    assert any(o == owner and thing in task and d == due for o, task, d, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        [  # not taken up
            (OWEN, "Nell, the revised cost sheet by Friday, please."),
            (NELL, "Friday's tricky, to be honest. Let me see where the printers are."),
        ],
        [  # a session put the same way
            (OWEN, "Nell, a quick call on Friday?"),
            (NELL, "Sure."),
        ],
        [  # no deadline: where the thing is, asked
            (OWEN, "Nell, the cost sheet?"),
            (NELL, "Sure, it's in the shared folder."),
        ],
    ],
)
def test_no_item_from_a_thing_named_without_the_work_taken_up(turns: list[tuple[str, str]]) -> None:
    found = call_items([*turns, NEXT])
    assert not any("cost sheet" in task or "call" in task for _, task, _, _ in found), found


def test_a_second_thing_had_with_the_listener_is_a_second_delivery() -> None:
    """ "I'll send X tonight, and I'll have Y with you Friday": Y is not when X's result is had, but work of its own
    with its own day; X keeps tonight."""
    found = call_items(
        [
            (PRITI, "What do we still owe the retailer?"),
            (NELL, "I'll send the floor plan tonight, and I'll have the stock forecast with you Friday."),
            NEXT,
        ]
    )
    got = {task: due for _, task, due, _ in found}
    assert any("floor plan" in t and d == "2026-03-04" for t, d in got.items()), found
    assert any("stock forecast" in t and d == "2026-03-06" for t, d in got.items()), found


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll redo the banner. I'll have the new version with you on Friday.", "banner"),  # its result
        ("I'll chase the printers, and I'll have the proofs with you Monday.", "printers"),  # what the chasing gets
        ("I'll redo the glow and fix the lamp. I'll have the retouch with you on Friday.", "glow"),  # undated work
    ],
)
def test_the_result_of_the_work_just_said_is_still_one_item(said: str, task: str) -> None:
    found = call_items([(PRITI, "Where are we on the window display?"), (NELL, said), NEXT])
    assert len(found) == 1 and task in found[0][1], found


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("I'll let the crew know we're not shooting on Friday.", "crew", None),  # what is told
        ("I'll tell the crew today.", "crew", "2026-03-04"),  # when the telling is due
        ("I'll let the crew know today that the shoot's off.", "crew", "2026-03-04"),
    ],
)
def test_a_date_in_what_is_told_is_no_deadline_of_the_telling(said: str, task: str, due: str | None) -> None:
    found = call_items([(PRITI, "So no filming this week."), (THEO, said), NEXT])
    assert any(task in t and d == due for _, t, d, _ in found), found


def test_work_said_inside_what_is_told_keeps_its_date() -> None:
    found = call_items(
        [(PRITI, "Numbers are still moving."), (THEO, "I'll tell the venue we'll confirm numbers by Monday."), NEXT]
    )
    assert any(t.startswith("confirm numbers") and d == "2026-03-09" for _, t, d, _ in found), found


def test_a_question_told_back_keeps_its_date() -> None:
    """ "let you know where we land by …": the answer is what is due, the date the telling's."""
    said = "So I'll have a quiet word with them and I'll let you know where we land by the end of next week."
    found = call_items([(PRITI, "Can you sound out the radio desk?"), (THEO, said), NEXT])
    assert any(d == "2026-03-13" for _, _, d, _ in found), found
