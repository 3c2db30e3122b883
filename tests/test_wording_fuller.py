"""A thin object in a commitment ("the delivery", "the plan") named as the conversation named it in full a few
turns before (pipeline/extract/objects.py ``fuller``): the way a definite noun phrase points back to the fuller
mention of the same thing. Each dialogue is written for these tests, several phrasings of each case; each has a
task the draft must give and words no task may have."""

from __future__ import annotations

import pytest

from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given, words that must not be in any task)
CASES = [
    (
        "a_hyphenated_kind_said_before_stays_whole",
        [
            ("Nadia Brooks", "The tail-lift delivery of the cartons needs booking for the warehouse."),
            ("Owen Price", "Leave it with me, I'll book the delivery."),
        ],
        "book the tail-lift delivery of the cartons",
        [],
    ),
    (
        "a_hyphenated_kind_said_with_a_different_verb",
        [
            ("Nadia Brooks", "We haven't got the pop-up banners for the Leeds store yet."),
            ("Lucy Tam", "I'll chase the banners today."),
        ],
        "chase the pop-up banners for the Leeds store",
        [],
    ),
    (
        "a_thing_got_done_is_filled_like_a_thing_sent",
        [
            ("Nadia Brooks", "I'd want a test print of the hero banner before the shoot."),
            ("Lucy Tam", "Agreed."),
            ("Owen Price", "So we'll get the test print done before the shoot."),
        ],
        "the test print of the hero banner done",
        [],
    ),
    (
        "a_thing_had_raised_is_filled_like_a_thing_raised",
        [
            ("Nadia Brooks", "We still need the signed purchase orders for the print run."),
            ("Owen Price", "I'll get the orders raised this week."),
        ],
        "purchase orders for the print run",
        [],
    ),
    (
        "two_kinds_of_the_thing_said_which_one_is_not_guessed",
        [
            ("Nadia Brooks", "The spring media plan still has the old TV weights in it."),
            ("Lucy Tam", "And the summer media plan is missing the radio."),
            ("Owen Price", "I'll fix the plan on Monday."),
        ],
        "fix the plan",
        ["spring", "summer"],
    ),
    (
        "two_kinds_of_the_thing_said_in_one_turn",
        [
            ("Nadia Brooks", "Both the hero video and the teaser video need subtitles before they go live."),
            ("Owen Price", "Fine, I'll get the video subtitled by Thursday."),
        ],
        "the video",
        ["hero", "teaser"],
    ),
    (
        "the_task_own_word_picks_one_of_two_kinds",
        [
            ("Nadia Brooks", "The spring media plan still has the old TV weights in it."),
            ("Lucy Tam", "And the summer media plan is missing the radio."),
            ("Owen Price", "I'll fix the summer plan on Monday."),
        ],
        "fix the summer",
        ["spring"],
    ),
    (
        "nothing_fuller_said_the_thin_object_stays",
        [
            ("Nadia Brooks", "How's the schedule looking?"),
            ("Owen Price", "I'll send the schedule tomorrow."),
        ],
        "send the schedule",
        [],
    ),
    (
        "nothing_fuller_said_a_thing_got_done_stays",
        [
            ("Nadia Brooks", "Where are we on the invoices?"),
            ("Owen Price", "I'll get the invoices sorted this week."),
        ],
        "the invoices",
        [],
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_fuller_object(case: str, dialogue: list[tuple[str, str]], expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)
