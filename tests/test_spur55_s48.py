"""Spurious action items of session 48 (branch spur55). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"Let us …" is the side's, as "we" is (GUIDELINES §2.3; ``components._let_kind``): "Then let us go away and rework
it properly. We'll get a revised costing to you by next Friday." is one item of the agency's, the work and what
it sends, not the speaker's "go away and rework it" beside the agency's costing. "Let me …" stays the speaker's.

The part of a thing just said that bears on it, in the same turn, is the same work narrowed
(``items.names_its_part``): "I'll dig that out for you. It's buried in a long test report, I'll pull the relevant
pages on Monday." is one item. Two things of their own in one turn stay two.
"""

from __future__ import annotations

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_let_us_rework_then_we_send_is_one_item_of_the_side() -> None:
    turns = [
        (PRITI, "So the stand comes down to forty thousand, and the lighting rig goes?"),
        (
            NELL,
            "Great. Then let us go away and rework it properly. We'll get a revised costing to you by next Friday.",
        ),
        NEXT,
    ]
    assert [(o, d, t) for o, _, d, t in call_items(turns)] == [("agency", "2026-03-13", 1)]


def test_let_me_rework_then_i_send_stays_the_speakers() -> None:
    turns = [
        (PRITI, "So the stand comes down to forty thousand, and the lighting rig goes?"),
        (
            NELL,
            "Great. Then let me go away and rework it properly. I'll get a revised costing to you by next Friday.",
        ),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(NELL, 1)]


def test_let_us_check_is_the_sides_and_let_us_know_is_no_item() -> None:
    check = [
        (PRITI, "Can you find out if the venue has parking for the vans?"),
        (THEO, "Let us check with the venue and come back to you by Friday."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(check)] == [("agency", 1)]
    assert call_items([(NELL, "Let us know by Friday if the dates work for your team."), NEXT]) == []
    assert (
        call_items([(PRITI, "Could we try it in one city first?"), (NELL, "Let us think about that one."), NEXT]) == []
    )


def test_the_relevant_part_of_the_thing_just_said_is_the_same_item() -> None:
    turns = [
        (PRITI, "Do we have anything to back up the battery claim?"),
        (
            THEO,
            "On the battery claim, I'll dig that out for you. It's buried in a long test report, I'll pull the "
            "relevant pages on Monday.",
        ),
        NEXT,
    ]
    assert [(o, d, t) for o, _, d, t in call_items(turns)] == [(THEO, "2026-03-09", 1)]


def test_two_things_of_their_own_in_one_turn_stay_two() -> None:
    turns = [
        (PRITI, "What's left on the launch?"),
        (THEO, "I'll book the photographer today, and I'll send you the relevant press cuttings by Friday."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 1), (THEO, 1)]
