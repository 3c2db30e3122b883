"""Agreements in session 37's second reading:

* a counter-offer made on a condition, taken by saying the condition back ("Can you do it for six?" "We could do six
  if we shoot everything in one day in our studio." "Fine, one day in your studio.") settles the sum on that
  condition ("Six agreed, on condition that we shoot everything in one day in our studio."), not the fragment said
  back; not a verdict on the condition ("Fine, one day is too short.") nor a question back;
* "Both." answering which of two we want ("Do you want the sixes or the fifteens?" "Both.") takes both; not an
  answer to a comparison ("Which is cheaper, print or radio?") or to what is so ("Is it the matt or the gloss?"),
  nor "Both?" asked back, nor "Both." after a statement that puts no choice;
* a figure held by an order ("Let's leave it at twelve.", "Freeze it at a week.", "Yes, cap it at £40,000."), even a
  figure that could be a time of day; not a thing left somewhere ("Leave them at reception.");
* a thing left as it is ("Leave the launch where it is."); not with more said after a comma;
* the client moving a date back or forward ("Push it back to June.", "Yeah, push it back a week."); not the agency
  (its own work moved), nor a thing passed back to a person ("Push it back to me when it's done.").

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn - len(OPENING), a.text) for a in run(turns).agreements if a.turn is not None]


def studio(reply: str) -> list[tuple[str, str]]:
    return [
        (PRITI, "Can you do it for six?"),
        (THEO, "We could do six if we shoot everything in one day in our studio."),
        (PRITI, reply),
        NEXT,
    ]


@pytest.mark.parametrize(
    "reply", ["Fine, one day in your studio.", "Okay, one day in your studio.", "Done, one day in your studio then."]
)
def test_the_condition_said_back_takes_the_sum_on_it(reply: str) -> None:
    assert agreed(studio(reply)) == [(2, "Six agreed, on condition that we shoot everything in one day in our studio.")]


@pytest.mark.parametrize("reply", ["Fine, one day is too short.", "Fine, one day in your studio?"])
def test_the_condition_judged_or_asked_back_settles_nothing(reply: str) -> None:
    assert agreed(studio(reply)) == []


BOTH = [
    ("Do you want sixes or fifteens?", "Both. Sixes and fifteens.", "Both. Sixes and fifteens."),
    ("Do you want the sixes or the fifteens?", "Then both.", "Both: the sixes and the fifteens."),
    ("Shall we do print or radio?", "Both, please.", "Both: print and radio."),
]


@pytest.mark.parametrize(("asked", "reply", "said"), BOTH)
def test_both_taken_when_asked_which(asked: str, reply: str, said: str) -> None:
    assert agreed([(THEO, asked), (PRITI, reply), NEXT]) == [(1, said)]


NOT_BOTH = [
    ("Which is cheaper, print or radio?", "Both."),
    ("Is it the matt or the gloss?", "Both."),
    ("Do you want sixes or fifteens?", "Both? Hmm."),
    ("We shot sixes and fifteens.", "Both. Sixes and fifteens."),
]


@pytest.mark.parametrize(("asked", "reply"), NOT_BOTH)
def test_both_that_chooses_nothing_is_no_agreement(asked: str, reply: str) -> None:
    assert agreed([(THEO, asked), (PRITI, reply), NEXT]) == []


ORDERED = [
    (THEO, "The fee could be twelve or fifteen.", PRITI, "Let's leave it at twelve.", "We leave it at twelve."),
    (THEO, "The price rises every week we wait. Do we freeze it?", PRITI, "Freeze it at a week.", "We freeze it at a"),
    (THEO, "Should we cap the spend?", PRITI, "Yes, cap it at £40,000.", "We cap it at £40,000."),
    (THEO, "Do you want to move the launch or keep it on the 8th?", PRITI, "Leave the launch where it is.", "We leave"),
    (THEO, "Should we hold the launch in May or push it?", PRITI, "Push it back to June.", "We push it back to June."),
    (THEO, "The shoot clashes with the trade show.", PRITI, "Yeah, push it back a week.", "We push it back a week."),
]


@pytest.mark.parametrize(("asker", "put", "who", "reply", "said"), ORDERED)
def test_a_decision_given_as_an_order_is_agreed(asker: str, put: str, who: str, reply: str, said: str) -> None:
    found = agreed([(asker, put), (who, reply), NEXT])
    assert [t for t, _ in found] == [1], found
    assert found[0][1].startswith(said), found


NOT_ORDERED = [
    (THEO, "Where do you want the boxes?", PRITI, "Leave them at reception."),
    (THEO, "Shall I bring the samples?", PRITI, "Keep them at the studio for now."),
    (PRITI, "The deck isn't ready for Monday.", THEO, "Push it back to Wednesday then."),
    (THEO, "Do you want it in this week's post?", PRITI, "Push it back to me when it's done."),
]


@pytest.mark.parametrize(("asker", "put", "who", "reply"), NOT_ORDERED)
def test_an_order_that_decides_nothing_is_no_agreement(asker: str, put: str, who: str, reply: str) -> None:
    assert agreed([(asker, put), (who, reply), NEXT]) == []
