"""Session 26, task wording (branch words27): each dialogue is written for these tests; each case has a task the
draft must give (failing before the rule) or one it must keep as said."""

from __future__ import annotations

import pytest

from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given)
MUST_MATCH = [
    # a number with no noun after a verb with its preposition counts what the meeting counted by it
    (
        "get_hold_of_all_three",
        [
            ("Lucy Tam", "There are three stockists with the old leaflets still on the counter."),
            ("Owen Price", "I'll get hold of all three tomorrow."),
        ],
        "get hold of all three stockists",
    ),
    (
        "speak_to_all_four",
        [
            ("Lucy Tam", "We've got four volunteers who haven't signed the consent form."),
            ("Owen Price", "Leave it with me, I'll speak to all four this week."),
        ],
        "speak to all four volunteers",
    ),
    # "turn them round" reads as the work it is when the task waits for something, as it does without
    (
        "turn_round_once_it_lands",
        [
            ("Owen Price", "We'll send the consent forms over on Wednesday."),
            ("Lucy Tam", "And once they've got them, our legal team will turn them round within a week."),
        ],
        "review the consent forms (once",
    ),
]

# (case, dialogue, the task exactly)
MUST_EQUAL = [
    # "for ten" after an invite is the hour it is for, not what: the invite says no more
    (
        "an_invite_for_the_hour",
        [
            ("Lucy Tam", "Can we all get back together on Friday?"),
            ("Owen Price", "Sure. Ten o'clock? I'll send an invite for ten on Friday."),
        ],
        "send an invite",
    ),
]

# (case, dialogue, the task as said)
MUST_KEEP = [
    # an invite for a number of people
    (
        "an_invite_for_a_number_of_people",
        [("Owen Price", "I'll send an invite for twelve people to the tasting on Friday.")],
        "send an invite for twelve people to the tasting",
    ),
    # the task names what it counts
    (
        "the_count_has_its_noun",
        [
            ("Lucy Tam", "There are three stockists with the old leaflets."),
            ("Owen Price", "I'll get hold of all three shop managers tomorrow."),
        ],
        "get hold of all three shop managers",
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected"), MUST_MATCH, ids=[c[0] for c in MUST_MATCH])
def test_task_worded(case: str, dialogue: list[tuple[str, str]], expected: str) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got


@pytest.mark.parametrize(("case", "dialogue", "expected"), MUST_EQUAL, ids=[c[0] for c in MUST_EQUAL])
def test_task_equal(case: str, dialogue: list[tuple[str, str]], expected: str) -> None:
    got = tasks(dialogue)
    assert expected in got, got


@pytest.mark.parametrize(("case", "dialogue", "expected"), MUST_KEEP, ids=[c[0] for c in MUST_KEEP])
def test_task_kept(case: str, dialogue: list[tuple[str, str]], expected: str) -> None:
    got = tasks(dialogue)
    assert expected in got, got
