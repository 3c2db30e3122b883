"""Session 44, agreements (branch agr51).

* A course the other side has just put, as a "we" question or with "I"/"we" and a proposing modal ("Should we hold
  the paid ads for now?", "I'd freeze the schedule until Monday."), answered yes with an order of its own verb or one
  of the same order (``settling.SAME_ORDER``: pause / hold / freeze, add / put / include, drop / cut / lose) is a
  decision (GUIDELINES §3): rule ``course_taken`` (``settling.course_taken``), stated as the order ("We hold
  everything for the weekend."). The yes may open the turn or come later, before the order ("Oh no, the raffle.
  Yes, freeze the lot."; "No, you're right. Include it."). Not an order with a verb of another kind, not a course
  turned down, not one seconded by someone of the same side, and not a question back.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


COURSE_TAKEN = [
    [
        (NELL, "Should we pause the paid ads while the story runs?"),
        (OWEN, "Yeah, hold everything for the weekend."),
        (NELL, "Okay."),
    ],
    [
        (THEO, "Reply to each comment with the same line. And I'd freeze the whole schedule, the raffle included."),
        (PRITI, "Oh no, the raffle. Yes, freeze the lot."),
        (THEO, "Okay."),
    ],
    [
        (NELL, "I'd add a sentence on the refund policy. People will ask anyway."),
        (OWEN, "Hmm. I wanted it short. No, you're right. Include it."),
        (NELL, "Okay."),
    ],
    [
        (THEO, "We should drop the second banner, it's not earning its keep."),
        (PRITI, "Okay. Yes. Cut it."),
        (THEO, "Fine."),
    ],
]


@pytest.mark.parametrize("turns", COURSE_TAKEN)
def test_a_course_put_and_taken_with_an_order_of_the_same_kind_is_an_agreement(turns: list[tuple[str, str]]) -> None:
    assert 1 in [turn for turn, _ in agreements(turns)]


def test_the_course_taken_is_stated_as_the_order() -> None:
    assert (1, "We hold everything for the weekend.") in agreements(COURSE_TAKEN[0])


COURSE_NOT_TAKEN = [
    [  # turned down
        (NELL, "I'd add a sentence on the refund policy. People will ask anyway."),
        (OWEN, "No. Don't add anything. Keep it short."),
        (NELL, "Okay."),
    ],
    [  # an order of another kind
        (NELL, "I'd pause the paid ads until Monday."),
        (OWEN, "Yes, and send me the figures."),
        (NELL, "Okay."),
    ],
    [  # seconded by the same side
        (NELL, "I'd freeze the whole schedule until Monday."),
        (THEO, "Yes, freeze it."),
        (OWEN, "Hmm, let me think about that one."),
    ],
    [  # a question back
        (NELL, "I'd freeze the whole schedule until Monday."),
        (OWEN, "Yes, but hold the competition too?"),
        (NELL, "We could."),
    ],
]


@pytest.mark.parametrize("turns", COURSE_NOT_TAKEN)
def test_a_course_turned_down_seconded_or_answered_otherwise_is_no_course_taken(turns: list[tuple[str, str]]) -> None:
    assert 1 not in [turn for turn, _ in agreements(turns)]
