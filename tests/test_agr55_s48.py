"""Session 48, agreements (branch agr55).

* "Confirmed" said of who is coming ("A hundred and fifty confirmed.", "They're confirmed. Thirty people.") reports a
  fact, a count or people pointed at, and settles nothing (``agreements._people_confirmed``); neither the rule nor
  the learned scorer gives an agreement there. A term confirmed stays one: "Eighty-five, confirmed.", "Forty
  thousand confirmed.", "That's confirmed.", "Confirmed." alone.
* A decision put off the turn after it ("That works for us." "Makes sense, but it's her call. Let's park it till
  she's back."), or two turns after when the turn between stops it ("Let's go with blue." "Hang on, green tested
  better." "Then let's wait for the results before we decide."), is not settled (``AgreementTracker._put_off_now``;
  "Park it." and "wait … before we decide" are ``deferred.PUT_OFF_ROWS``). Not a put-off of something new: a
  question raised in between ("And the TikTok idea?"), or a turn that moves on ("Now, the influencer budget.").
* Agreeing with a proposal to wait for something before saying yes ("…but I'd want to see their audience data
  before we say yes to anything." "Agreed. Can you ask them for it?") settles nothing yet (``deferred.WAIT_ROWS``);
  the same proposal without the wait is still agreed.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from pipeline.extract.deferred import WAIT_ROWS
from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


COMING = [
    [
        (NELL, "How are the numbers looking for the open evening?"),
        (PRITI, "Good. A hundred and fifty confirmed."),
        (NELL, "Brilliant, that's more than last year."),
    ],
    [
        (NELL, "Is the Leeds team confirmed for the launch?"),
        (OWEN, "They're confirmed. Thirty people."),
        (NELL, "Then I'll book the second coach."),
    ],
    [
        (THEO, "Do we know if the mayor is coming to the opening?"),
        (PRITI, "She's confirmed."),
        (THEO, "Great, that helps with the press."),
    ],
]


@pytest.mark.parametrize("turns", COMING)
def test_who_is_coming_confirmed_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 1 not in [turn for turn, _ in found], found


TERMS = [
    [
        (THEO, "So for the sampling crew we'd be at eighty-five for the two weekends."),
        (PRITI, "Fine. Eighty-five, confirmed."),
        (THEO, "Great, I'll raise the estimate."),
    ],
    [
        (NELL, "The production budget we've scoped is forty thousand. Can we lock that?"),
        (OWEN, "Forty thousand confirmed."),
        (NELL, "Lovely."),
    ],
    [
        (NELL, "So we're holding the launch on the ninth, with the radio a week later?"),
        (PRITI, "Yes. That's confirmed."),
        (NELL, "Perfect."),
    ],
    [
        (THEO, "Just to check, the stand is the corner one, not the one by the entrance?"),
        (PRITI, "Confirmed."),
        (THEO, "Great."),
    ],
]


@pytest.mark.parametrize("turns", TERMS)
def test_a_term_confirmed_is_still_agreed(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert 1 in [turn for turn, _ in found], found


PUT_OFF = [
    [
        (PRITI, "Let's go with the blue pack."),
        (OWEN, "Actually, hang on. The retailers said green tested better."),
        (PRITI, "Oh. Then let's wait for the test results before we decide."),
        (NELL, "Okay."),
    ],
    [
        (NELL, "We'd like a standing review slot, half an hour twice a week, with your legal team."),
        (OWEN, "That works for us."),
        (PRITI, "Makes sense, but it's Maria's call, not mine. Let's park it till she's back."),
        (NELL, "Sure."),
    ],
]


@pytest.mark.parametrize("turns", PUT_OFF)
def test_a_decision_put_off_just_after_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


NOT_PUT_OFF = [
    # a question raised in between: the put-off answers that
    [
        (NELL, "So for the main stage, do we go with the band or the DJ?"),
        (PRITI, "The band, definitely."),
        (OWEN, "Agreed. And the fireworks? Are we still doing those?"),
        (PRITI, "Let's park that for now."),
        (NELL, "Okay."),
    ],
    [
        (PRITI, "Let's go with the blue pack."),
        (NELL, "Great. And the TikTok idea?"),
        (PRITI, "Let's park that for now."),
        (NELL, "Okay."),
    ],
    # a turn that moves on to something else
    [
        (THEO, "We could move the launch to the ninth."),
        (PRITI, "Yes, let's do that."),
        (OWEN, "Good. Now, the influencer budget. I'd rather not decide that today."),
        (NELL, "Okay."),
    ],
]


@pytest.mark.parametrize("turns", NOT_PUT_OFF)
def test_a_put_off_of_something_new_leaves_the_decision(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns), turns


@pytest.mark.parametrize(
    ("sentence", "waits"),
    [(e, True) for r in WAIT_ROWS for e in r.examples] + [(e, False) for r in WAIT_ROWS for e in r.not_examples],
)
def test_wait_rows(sentence: str, waits: bool) -> None:
    assert any(r.pattern.search(sentence) for r in WAIT_ROWS) is waits


def test_agreeing_to_wait_before_saying_yes_is_no_agreement() -> None:
    turns = [
        (THEO, "Retail media could work, but I'd want to see their audience data before we say yes to anything."),
        (PRITI, "Agreed. Can you ask them for it, Nell?"),
        (NELL, "Sure, I'll chase them today."),
    ]
    assert 1 not in [turn for turn, _ in agreements(turns)]


def test_the_same_proposal_without_the_wait_is_agreed() -> None:
    turns = [
        (THEO, "Retail media could work really well for trial, so I'd put ten percent into it."),
        (PRITI, "Agreed. Can you ask them for their rates, Nell?"),
        (NELL, "Sure, I'll chase them today."),
    ]
    assert 1 in [turn for turn, _ in agreements(turns)]
