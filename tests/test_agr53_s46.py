"""Session 46, agreements (branch agr53).

* The client's own say-so up to a figure ("…and I'll sign off on anything up to ninety.") is a limit given
  (``limits.LIMIT_ROWS`` row ``ANYTHING_UP_TO``): a settled term, as "Go up to six fifty, but no more." is. Not the
  agency's authority on its own side, nor a question.
* "exactly that" after a verb's object ("My boss will ask me exactly that.") says what someone asks, not a yes to
  what was put ("Yes, exactly that.").
* The agency's answer to the client asking what to do ("So what do we do about the local paper?") is its
  recommendation: named back with the client's yes in a few verbless words ("Yeah. Short statement.") it is agreed
  (``settling.option_affirmed``); not an answer to a question of fact ("What did they ask you for?").
* An acceptance that goes on to ask when it may have the thing taken ("We could do a teaser instead." "That works.
  When can we see it?") takes up work offered, which is that work's item, not a decision; other work asked for with
  it ("That works. Can we have the new timeline by Friday?") leaves the decision standing.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


UP_TO = [
    [
        (
            NELL,
            "So the offer we'd take back is the naming rights, four hospitality nights and the kit launch. We think "
            "that lands near ninety.",
        ),
        (PRITI, "Can we get it to eighty?"),
        (NELL, "We can ask. Eighty-five feels realistic, eighty is a push."),
        (PRITI, "Then go in at eighty, and I'll sign off on anything up to ninety. Not a penny over."),
        (NELL, "Lovely. I'll call their commercial lead on Monday."),
        (OWEN, "Before you do, the length of the deal. Three years is a long time for us."),
    ],
    [
        (THEO, "The crew quote came back at twelve thousand, and they may move on it."),
        (OWEN, "Can we get them lower?"),
        (THEO, "Possibly. Eleven is likely, ten would be a stretch."),
        (PRITI, "Open at ten. I'll approve anything up to eleven and a half."),
        (THEO, "Okay. I'll speak to them tomorrow."),
        (OWEN, "On the catering, are we still doing the hot food?"),
    ],
]


@pytest.mark.parametrize("turns", UP_TO)
def test_the_clients_say_so_up_to_a_figure_is_agreed(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 3 in [turn for turn, _ in found], found


NOT_UP_TO = [
    # the agency's authority on its own side
    [
        (PRITI, "How does the overspend on the print get approved?"),
        (OWEN, "We'd rather not go to finance for it."),
        (NELL, "On our side I can approve anything up to two thousand without our MD."),
        (THEO, "So it shouldn't need to come to you."),
    ],
    # asked, not given
    [
        (NELL, "The venue are asking eighty for the hire."),
        (OWEN, "That's more than last year."),
        (PRITI, "Would I sign off on anything up to seventy-five? Let me check with finance first."),
        (NELL, "Sure."),
    ],
]


@pytest.mark.parametrize("turns", NOT_UP_TO)
def test_an_agency_authority_or_a_question_is_no_limit(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 2 not in [turn for turn, _ in found], found


def test_exactly_that_after_an_object_is_no_yes() -> None:
    found = agreements(
        [
            (THEO, "Footfall on the stand was down on last year, mostly on the Saturday."),
            (OWEN, "Why the Saturday?"),
            (THEO, "The rain, we think. The outdoor half of the hall was empty."),
            (OWEN, "Okay, but what would it have been in the dry? The board will ask us exactly that."),
            (THEO, "I'll pull the dry-day numbers from the organisers."),
            (OWEN, "Thanks."),
        ]
    )
    assert 3 not in [turn for turn, _ in found], found


def test_exactly_that_as_a_yes_still_settles() -> None:
    found = agreements(
        [
            (NELL, "We could put the whole budget behind the two best creators instead of spreading it thin."),
            (PRITI, "Yes, exactly that."),
            (THEO, "Great."),
        ]
    )
    assert 1 in [turn for turn, _ in found], found


def test_the_agencys_answer_to_what_to_do_named_back_with_a_yes_is_agreed() -> None:
    found = agreements(
        [
            (OWEN, "So what do we do about the local paper?"),
            (THEO, "A short statement from Priti, with the photos of the new kitchen. No interview."),
            (PRITI, "Yeah. Short statement."),
            (NELL, "Theo, can you pull the photos together?"),
            (THEO, "Will do."),
        ]
    )
    assert 2 in [turn for turn, _ in found], found


def test_an_answer_to_a_question_of_fact_named_back_is_no_agreement() -> None:
    found = agreements(
        [
            (OWEN, "The regional radio station called again. What did they ask you for?"),
            (NELL, "A short written quote from Priti, and photos from the opening."),
            (PRITI, "Okay. Written quote."),
            (THEO, "I'll draft the quote this afternoon."),
            (OWEN, "Thanks."),
        ]
    )
    assert 2 not in [turn for turn, _ in found], found


def test_taking_work_offered_and_asking_when_it_comes_is_no_agreement() -> None:
    found = agreements(
        [
            (THEO, "The full film won't be ready for the sales conference, the grade takes another week."),
            (OWEN, "That's a shame."),
            (THEO, "We could do a sixty-second teaser from the rough cut instead."),
            (OWEN, "That works. When can we see it? The conference is on the twelfth."),
            (THEO, "By the tenth at the latest."),
            (OWEN, "Great."),
        ]
    )
    assert 3 not in [turn for turn, _ in found], found


def test_a_proposal_taken_with_other_work_asked_still_settles() -> None:
    found = agreements(
        [
            (NELL, "We could move the launch to June and use May for the teasers."),
            (OWEN, "That gives us more room."),
            (PRITI, "That works. Can we have the new timeline by Friday?"),
            (NELL, "Yes, I'll send it Friday."),
            (PRITI, "Great."),
        ]
    )
    assert 2 in [turn for turn, _ in found], found
