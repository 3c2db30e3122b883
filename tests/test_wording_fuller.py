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
    (
        "a_month_naming_the_thing_is_part_of_its_name",
        [
            ("Nadia Brooks", "So the June content calendar is drafted, but we're missing the launch dates."),
            ("Lucy Tam", "I'll chase the buyers for the dates."),
            ("Owen Price", "Shall I resend the calendar once those are in?"),
            ("Nadia Brooks", "Yes please."),
        ],
        "resend the June content calendar",
        [],
    ),
    (
        "a_season_naming_the_thing_is_part_of_its_name",
        [
            ("Nadia Brooks", "The summer media plan still has the old TV weights in it."),
            ("Owen Price", "I'll fix the plan on Monday."),
        ],
        "fix the summer media plan",
        [],
    ),
    (
        "a_quarter_naming_the_thing_is_part_of_its_name",
        [
            ("Nadia Brooks", "Is the Q3 flowchart ready for the board pack?"),
            ("Owen Price", "Nearly. I'll send the flowchart on Thursday."),
        ],
        "send the Q3 flowchart",
        [],
    ),
    (
        "the_last_one_said_is_not_the_one_to_do",
        [
            ("Nadia Brooks", "The last newsletter went out with two typos in it."),
            ("Owen Price", "Sorry. I'll proofread the newsletter properly before Friday."),
        ],
        "proofread the newsletter",
        ["last"],
    ),
    (
        "the_previous_one_said_is_not_the_one_to_send",
        [
            ("Nadia Brooks", "The previous brand deck was far too long for the trustees."),
            ("Owen Price", "Understood, I'll send the deck again once it's trimmed."),
        ],
        "the deck",
        ["previous"],
    ),
    (
        "a_day_whose_thing_it_was_is_not_a_kind",
        [
            ("Nadia Brooks", "Tuesday's figures looked off to me."),
            ("Owen Price", "I'll check the figures this afternoon."),
        ],
        "check the figures",
        ["Tuesday's", "Tuesday"],
    ),
    (
        "a_thing_named_after_a_pause_word_is_still_named_in_full",
        [
            ("Nadia Brooks", "Right, so, um, the April content calendar. It's drafted, but the dates are missing."),
            ("Owen Price", "I'll recirculate the calendar once those are in."),
        ],
        "recirculate the April content calendar",
        [],
    ),
    (
        "a_thing_named_as_a_topic_then_taken_on",
        [
            ("Nadia Brooks", "Okay, the shipping labels for the gift packs. They came back wrong."),
            ("Owen Price", "Oh no. I'll redo the labels today."),
        ],
        "redo the shipping labels for the gift packs",
        [],
    ),
    (
        "a_hyphenated_length_is_part_of_the_name",
        [
            ("Nadia Brooks", "One more thing. The twelve-month review. Can we get it in the diary before Christmas?"),
            ("Owen Price", "Sure, I'll send an invite for the review this afternoon."),
        ],
        "the twelve-month review",
        [],
    ),
    (
        "a_hyphenated_size_is_part_of_the_name",
        [
            ("Nadia Brooks", "We need a 48-sheet poster for the station."),
            ("Owen Price", "I'll brief the poster today."),
        ],
        "brief the 48-sheet poster",
        [],
    ),
    (
        "a_count_said_before_is_not_a_kind",
        [
            ("Nadia Brooks", "The three tasters went down well."),
            ("Owen Price", "Great, I'll send the tasters to the buyers."),
        ],
        "send the tasters to the buyers",
        ["three"],
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_fuller_object(case: str, dialogue: list[tuple[str, str]], expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)
