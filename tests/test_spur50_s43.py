"""Spurious and missed action items of session 43 (branch spur50). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A screenshot made for someone: "I'd still like to see the targeting settings before it runs." "Of course, I'll
screenshot them for you." gave no item: every "screenshot" is an ``in_meeting_perceive`` distractor
(``models/distractors.jsonl``), the call's own capture ("let me screenshot that"). Said for the listener or a third
person ("for you", "for her"), it is a thing handed over after the call (``components.captured_for``), an item;
"I'll just screenshot that for you", "I'll screenshot that." and one put into the chat stay the call's own.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


CAPTURED_FOR_SOMEONE = [
    (
        [
            (PRITI, "I'd still like to see the targeting settings before it runs."),
            (NELL, "Of course, I'll screenshot them for you."),
        ],
        NELL,
    ),
    (
        [
            (OWEN, "Our finance lead keeps asking what the dashboard shows."),
            (THEO, "No problem, I'll screenshot the weekly view for her."),
        ],
        THEO,
    ),
]


@pytest.mark.parametrize(("turns", "owner"), CAPTURED_FOR_SOMEONE)
def test_a_screenshot_made_for_someone_is_an_item(turns: list[tuple[str, str]], owner: str) -> None:
    assert [who for who, _, _ in opened_items(turns)] == [owner]


CAPTURED_IN_THE_CALL = [
    [
        (PRITI, "That chart is exactly what the board needs."),
        (NELL, "I'll just screenshot that for you."),
    ],
    [
        (PRITI, "That chart is exactly what the board needs."),
        (NELL, "Oh nice, I'll screenshot that."),
    ],
    [
        (PRITI, "Can everyone see the calendar?"),
        (NELL, "Hang on, I'll screenshot the calendar into the chat for you."),
    ],
]


@pytest.mark.parametrize("turns", CAPTURED_IN_THE_CALL)
def test_a_screenshot_taken_in_the_call_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []
