"""One piece of work said twice in one turn is one item (branch spur44, session 38). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04).

* The owner makes a thing and says when it is had: "I'll update the edit with anything that changes. You'll have the
  revised edit by the 20th." is one item, the delivery, dated when it is had (``restated.handed_here``); not two
  things ("I'll draft the brief today. You'll have the budget on Friday."). Work that only waited on an event ("Once
  you've both seen the site, I'll update the floor plan.") takes the date the thing is had ("You'll have the revised
  floor plan on Monday.", ``repeats.carries_on``).
* The side says yes to a request and the speaker promises that work: "Could you price up a studio day?" "Yes, that
  we can do. I'll get you a price for the studio day next week." is one item, the speaker's, dated as they promise
  it (``restated.taken_on_here``); not when the promise is more work ("I'll also send the logos over today.",
  "I'll brief the designer this afternoon.").
* A dated answer to a question of when about an earlier item of the owner's is that item, dated anew (GUIDELINES
  §2.2, a repeated commitment is annotated once): "Nell, when can we get the floor plans?" "Oh, Friday. I'll send the
  whole lot on Friday." dates the floor plans Nell took on earlier (``restated.asked_when_again``); not a question
  about a thing no item of hers names ("When can we get the budget?"), nor an answer with no date.
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


def rows(turns: list[tuple[str, str]]) -> list[tuple[object, str, str | None]]:
    """(owner, task, ISO due) of the items of the turn after the opening's two and the first turn given."""
    found = run([*turns, NEXT]).action_items
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in found if a.turn == 1 + len(turns)]


@pytest.mark.parametrize(
    ("said", "thing", "due"),
    [
        (
            "I'll update the edit with anything that changes. You'll have the revised edit by the 20th.",
            "edit",
            "2026-03-20",
        ),
        (
            "Once you've both seen the site, I'll update the floor plan. You'll have the revised floor plan on Monday.",
            "floor plan",
            "2026-03-09",
        ),
        (
            "I'll draft the press release around the new date. You'll have the draft release by Friday.",
            "release",
            "2026-03-06",
        ),
    ],
)
def test_a_thing_made_and_handed_over_in_one_turn_is_one_item(said: str, thing: str, due: str) -> None:
    found = rows([(PRITI, "What happens once the shoot's wrapped?"), (THEO, said)])
    assert [(owner, thing in task, when) for owner, task, when in found] == [(THEO, True, due)], found


def test_the_delivery_is_the_task() -> None:
    said = "I'll update the edit with anything that changes. You'll have the revised edit by the 20th."
    assert rows([(PRITI, "What happens once the shoot's wrapped?"), (THEO, said)]) == [
        (THEO, "send the revised edit", "2026-03-20")
    ]


@pytest.mark.parametrize(
    "said",
    [
        "I'll draft the brief today. You'll have the budget on Friday.",
        "I'll update the edit tonight. You'll have the invoice by the 20th.",
    ],
)
def test_two_things_in_one_turn_stay_two_items(said: str) -> None:
    assert len(rows([(PRITI, "Where are we on the paperwork?"), (THEO, said)])) == 2


@pytest.mark.parametrize(
    ("asked", "said", "word", "due"),
    [
        (
            "Could you price up a studio day for the flat lays?",
            "Yes, that we can do. I'll get you a price for the studio day next week.",
            "studio",
            "2026-03-13",
        ),
        (
            "Can you look into a second venue for the overflow?",
            "Sure, we can do that. I'll send you a couple of venue options on Friday.",
            "venue",
            "2026-03-06",
        ),
        (
            "Could you send the deck to our legal team?",
            "We'll draft the deck tonight. I'll send the deck to legal on Friday.",
            "deck",
            "2026-03-06",
        ),
    ],
)
def test_the_sides_yes_and_the_speakers_promise_are_one_item(asked: str, said: str, word: str, due: str) -> None:
    found = rows([(PRITI, asked), (NELL, said)])
    assert [(owner, word in task, when) for owner, task, when in found] == [(NELL, True, due)], found


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "Can you look into a second venue for the overflow?",
            "Sure, we can do that. I'll also send the logos over today.",
        ),
        ("Could you resize the banners for the app?", "Yep, we can do that. I'll brief the designer this afternoon."),
    ],
)
def test_more_work_beside_the_sides_yes_stays_its_own_item(asked: str, said: str) -> None:
    assert len(rows([(PRITI, asked), (NELL, said)])) == 2


EARLIER = [
    (PRITI, "Could you send us the venue shortlist and the floor plans?"),
    (NELL, "Yes, of course."),
    (OWEN, "And the catering, is that sorted?"),
    (THEO, "Yes, all booked."),
]
REWORK = [
    (NELL, "So I'll rework the media plan and get version two over to you by Friday."),
    (OWEN, "Great."),
    (THEO, "Anything else?"),
]


@pytest.mark.parametrize(
    ("turns", "due"),
    [
        (
            [
                *EARLIER,
                (PRITI, "Nell, when can we get the floor plans?"),
                (NELL, "Oh, Friday. I'll send the whole lot on Friday."),
            ],
            "2026-03-06",
        ),
        (
            [
                *EARLIER,
                (OWEN, "When could we have the floor plans by?"),
                (NELL, "Monday. I'll get them over on Monday."),
            ],
            "2026-03-09",
        ),
        (
            [
                *REWORK,
                (PRITI, "Can we get version two on Thursday, actually? I'm away Friday."),
                (NELL, "Thursday. Yeah, fine, I'll get it done Thursday."),
            ],
            "2026-03-05",
        ),
    ],
)
def test_a_dated_answer_to_when_is_the_earlier_item_dated_anew(turns: list[tuple[str, str]], due: str) -> None:
    found = [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in run([*turns, NEXT]).action_items]
    assert found == [(2 if turns[0][0] == NELL else 3, NELL, due)], found


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("When can we get the budget?", "I'll send the budget on Friday."),
        ("Nell, when can we get the floor plans?", "I'll chase the architect and let you know."),
    ],
)
def test_an_answer_about_another_thing_or_with_no_date_stays_its_own(asked: str, said: str) -> None:
    found = run([*EARLIER, (PRITI, asked), (NELL, said), NEXT]).action_items
    assert [a.turn for a in found] == [3, 7], found
