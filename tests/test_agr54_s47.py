"""Session 47, agreements (branch agr54).

* A course the agency puts ("I'd reply once, from the main account. Then we pin it."), a word for it from a
  colleague of the same side ("It takes the heat out of it."), and the client's yes with an order of the course
  ("Yes. Reply once, pin it, and we don't hide anything.") is agreed (``settling.course_taken``): the course put
  two turns before, when the turn between is the proposer's side saying a word for it and asking nothing; the steps
  a proposal goes on to with "then" ("Then we pin it") are of the course too. Not when the turn between asks
  something, nor when it is said by the other side.
* The client freezing something in a few words ("Freeze them for the month.", "Freeze all of them until …") settles
  it, as "Pause it." does (``terse_decide`` row of ``models/agreements.jsonl``); not when the order has a deadline
  (work asked for), nor a question back.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


SECONDED = [
    [
        (OWEN, "The thread about the parking charges has three hundred comments now. What do we do?"),
        (
            NELL,
            "I'd reply once, from the main account, and explain the first two hours are still free. Then we pin it "
            "and leave the thread alone.",
        ),
        (THEO, "It takes the heat out of it, and it's all true."),
        (PRITI, "Yes. I like that. Reply once, pin it, and we don't hide anything."),
        (NELL, "Great, I'll draft the wording this morning."),
    ],
    [
        (PRITI, "The sampling weekend clashes with the marathon. What would you do?"),
        (
            THEO,
            "We'd move the sampling to the following weekend, same two sites. Then we use the marathon day for the "
            "social teasers.",
        ),
        (NELL, "The footfall's better then anyway, the schools are back."),
        (OWEN, "Okay. Use the marathon day, and we don't pay for the stand twice."),
        (THEO, "Great, I'll call both sites."),
    ],
    [
        (PRITI, "The sampling weekend clashes with the marathon. What would you do?"),
        (
            THEO,
            "We'd move the sampling to the following weekend, same two sites. Then we use the marathon day for the "
            "social teasers.",
        ),
        (NELL, "The footfall's better then anyway, the schools are back."),
        (OWEN, "Yes, fair. Move it a week, and we keep the same crew."),
        (THEO, "Great, I'll call both sites."),
    ],
]


@pytest.mark.parametrize("turns", SECONDED)
def test_a_course_seconded_by_its_side_and_taken_with_an_order_is_agreed(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 3 in [turn for turn, _ in found], found


NOT_SECONDED = [
    # the turn between asks something: the reply answers that, not the course
    [
        (OWEN, "The thread about the parking charges has three hundred comments now. What do we do?"),
        (NELL, "I'd reply once, from the main account. Then we pin it and leave the thread alone."),
        (THEO, "Or should we go quiet until the council has spoken?"),
        (PRITI, "Yes. Reply once, and we don't hide anything."),
        (NELL, "Okay."),
    ],
    # the turn between is the other side's (the client's own colleague): the reply seconds, nothing is settled yet
    [
        (PRITI, "The sampling weekend clashes with the marathon. What would you do?"),
        (THEO, "We'd move the sampling to the following weekend. Then we use the marathon day for the teasers."),
        (OWEN, "I'd want to check the sites first."),
        (NELL, "Yes, fair. Move it a week, and we keep the same crew."),
        (PRITI, "Let me talk to the regional team."),
    ],
]


@pytest.mark.parametrize("turns", NOT_SECONDED)
def test_a_course_not_seconded_or_taken_by_its_own_side_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 3 not in [turn for turn, _ in found], found


FROZEN = [
    [
        (THEO, "And the season tickets? Holders will be asking about refunds."),
        (PRITI, "Freeze them for the month. Anyone who wants a refund gets one."),
        (NELL, "Okay, I'll brief the box office today."),
    ],
    [
        (OWEN, "The paid posts are still running while the recall is on."),
        (PRITI, "Freeze all of them until the recall notice is down."),
        (THEO, "Will do, I'll tell the media team."),
    ],
]


@pytest.mark.parametrize("turns", FROZEN)
def test_the_client_freezing_something_settles_it(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 1 in [turn for turn, _ in found], found


NOT_FROZEN = [
    # an order with its deadline is work asked for
    [
        (NELL, "The booking page still shows the old prices."),
        (PRITI, "Freeze it by Friday please, Theo, and put the new prices live on Monday."),
        (THEO, "Will do."),
    ],
    # a question back
    [
        (NELL, "The client portal goes into a change freeze next week."),
        (PRITI, "Freeze the what?"),
        (NELL, "Nothing can be published from Monday."),
    ],
]


@pytest.mark.parametrize("turns", NOT_FROZEN)
def test_a_dated_freeze_or_a_question_back_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 1 not in [turn for turn, _ in found], found
