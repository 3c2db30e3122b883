"""Spurious and missed items of fresh talk (read sets tune16-tune19): a budget or term the agency says it can live
with ("We can make ten work.") drafted as the agency's work. Dialogues written for these tests (tests.support.CALL:
Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call_items as items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "said",
    [
        "Okay. Yes. We can make ten work.",
        "Ten. Hmm. I think we can make ten grand work.",
        "Right, we'll make the ten thousand work.",
    ],
)
def test_a_sum_the_agency_can_make_work_is_a_term_not_work(said: str) -> None:
    got = items(
        [
            (PRITI, "We can't stretch to fifteen thousand for the stand. Ten is the most I can get signed off."),
            (NELL, "Theo, what do we drop at ten?"),
            (THEO, "The second screen, probably. The rest stays."),
            (NELL, said),
            (PRITI, "Great. I'll raise the order by Friday."),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [(PRITI, 4)], got


def test_work_made_to_a_count_stays_work() -> None:
    got = items(
        [
            (PRITI, "Could we see the banner in a couple of colourways?"),
            (NELL, "Sure, I'll make two versions of the banner by Friday."),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [(NELL, 1)], got


@pytest.mark.parametrize(
    ("put", "go_ahead", "promise", "due"),
    [
        (
            "We could swap it for the seed swap video? People loved it last year.",
            "Yes. Do the seed swap instead.",
            "Okay, I'll swap it and resend the calendar to you by Friday.",
            "2026-03-06",
        ),
        (
            "So I'd pull every paid post for the rest of the week.",
            "Yes, pull all of it.",
            "I'll pull them straight after this call.",
            "2026-03-04",
        ),
    ],
)
def test_a_course_put_as_a_maybe_is_promised_where_it_is_promised(
    put: str, go_ahead: str, promise: str, due: str
) -> None:
    got = items(
        [
            (PRITI, "The spring posts feel a bit samey, and the recall story is everywhere."),
            (NELL, put),
            (PRITI, go_ahead),
            (NELL, promise),
            (PRITI, "Thanks."),
        ]
    )
    assert [(owner, when, turn) for owner, _, when, turn in got] == [(NELL, due, 3)], got


@pytest.mark.parametrize(
    "offer",
    [
        "I'll draft a one-page statement. When do they meet?",
        "I can draft a one-page statement. When do they meet?",
        "I could draft a one-page statement. When do they meet?",
    ],
)
def test_an_offer_of_own_work_stays_where_it_is_made(offer: str) -> None:
    got = items(
        [
            (PRITI, "We need something for the trustees."),
            (NELL, offer),
            (PRITI, "Monday."),
            (NELL, "Then you'll have it first thing Monday."),
        ]
    )
    assert [(owner, when, turn) for owner, _, when, turn in got] == [(NELL, "2026-03-09", 1)], got


@pytest.mark.parametrize(
    ("aside", "work"),
    [
        ("Ha, fair. I'll take that on the chin.", "I'll send the revised running order by Friday."),
        (
            "Could we push the rehearsal to Tuesday? Monday's the load-in, I'll be running around all day.",
            "Fine. I'll move the rehearsal invite to Tuesday.",
        ),
        ("Lovely. I'll bring cake next time.", "And I'll send the revised running order by Friday."),
    ],
)
def test_banter_and_being_busy_are_no_work(aside: str, work: str) -> None:
    got = items(
        [
            (PRITI, "The running order still has the speeches after the food. That's asking for trouble."),
            (NELL, aside),
            (PRITI, "Okay."),
            (NELL, work),
        ]
    )
    assert [(owner, turn) for owner, _, _, turn in got] == [(NELL, 3)], got


OFFERED = [
    (NELL, "If it helps, I can do a one-page summary of the results for your board. By Tuesday?"),
    (PRITI, "Oh, yes please. Nobody reads the full deck."),
    (OWEN, "Can we talk about the store rollout?"),
    (NELL, "Sure, that's in the second half of the plan."),
]


def test_work_a_colleague_takes_over_unasked_changes_hands() -> None:
    got = items(OFFERED + [(THEO, "Actually, I'll take the one-pager. Nell's away from Friday. Tuesday still stands.")])
    assert len(got) == 1, got
    owner, task, when, turn = got[0]
    assert (owner, when, turn) == (THEO, "2026-03-10", 4), got
    assert "summary" in task, got


@pytest.mark.parametrize(
    "said",
    [
        "Great. I'll take the one-pager to our board on Thursday, Nell.",
        "And I'll take the store rollout questions, Nell, since you're on the summary.",
    ],
)
def test_taking_other_work_or_carrying_it_hands_nothing_over(said: str) -> None:
    got = items(OFFERED + [(THEO, said)])
    assert [owner for owner, _, _, _ in got] == [NELL, THEO], got


@pytest.mark.parametrize(
    ("asked", "reply", "kept"),
    [
        (
            "Oh, Nell, could you mock up the stand with the new logo? Actually, no, ignore me, the team did one.",
            "No worries.",
            False,
        ),
        (
            "Nell, can you send me the floor plan again? Scratch that, Owen's just forwarded it.",
            "Okay, great.",
            False,
        ),
        (
            "Oh, Nell, could you mock up the stand with the new logo? Our design team's one is awful.",
            "No worries.",
            True,
        ),
    ],
)
def test_a_request_taken_back_in_its_own_turn_leaves_nothing_to_accept(asked: str, reply: str, kept: bool) -> None:
    got = items([(PRITI, asked), (NELL, reply), (PRITI, "Right, the budget next.")])
    assert [(owner, turn) for owner, _, _, turn in got] == ([(NELL, 1)] if kept else []), got


WRITE_UP = (NELL, "Last thing from me, the risk assessment. I'll write it up and send it to Priti by the twentieth.")


@pytest.mark.parametrize(
    ("asked", "items_made"),
    [
        ("That'd be great. Can you make sure it covers the balcony? That's what the fire officer worried about.", 1),
        ("Lovely. Could you check that it includes the bar area too?", 1),
        ("That'd be great. And can you make sure the caterer has the allergy list?", 2),
    ],
)
def test_a_point_for_work_just_taken_on_is_no_new_item(asked: str, items_made: int) -> None:
    got = items([WRITE_UP, (PRITI, asked), (NELL, "Yep, of course."), (PRITI, "And do we need a licence for the bar?")])
    assert len(got) == items_made, got
    assert got[0][0] == NELL and got[0][3] == 0, got
