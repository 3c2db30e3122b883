"""Agreements in session 33's reading:

* a change of mind whose new position is said in its own turn stays the decision when the speaker goes on to
  settle something else ("Right. Then I'm changing my mind. The podcast stays. One in the autumn." … "And Theo,
  your quiz idea. Yes, do that.");
* the deadline of the speaker's own work, said back once it has been talked over ("When do you need them by?"
  "Before the launch." … "Okay, before the launch. Fine."), belongs to that action item and is no agreement;
* a later decision reverses an earlier one a few turns back only when it is about the same thing ("Leave paid
  out." … "Yeah, a launch moment is in." leaves paid out; "drop it" … "Let's keep it, then." takes it back).

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


CHANGED = [
    [  # the change of mind names its new position, then the speaker approves someone's idea, taken up
        (PRITI, "So we drop the podcast this year, it never paid its way."),
        (NELL, "Understood."),
        (THEO, "Can I bring the podcast back up? Its listeners sign up for the newsletter at twice the rate."),
        (OWEN, "Twice the rate? That's a different story."),
        (PRITI, "Right. Then I'm changing my mind. The podcast stays. One in the autumn."),
        (NELL, "Great."),
        (PRITI, "And Theo, your quiz idea for the newsletter. Yes, do that."),
        (THEO, "Lovely, I'll set it up this week."),
    ],
]


@pytest.mark.parametrize("turns", CHANGED)
def test_a_change_of_mind_stating_its_position_stays_the_agreement(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    assert 6 in [a.turn for a in found.agreements], found.agreements


DEADLINES = [
    [  # the owner asks when, the answer is an event, the owner says it back
        (OWEN, "Could you collect the logos from the three stockists?"),
        (NELL, "Yep, on it. When do you need them by?"),
        (OWEN, "Before the launch, ideally, our designer builds the screens that week."),
        (NELL, "When's the launch again?"),
        (PRITI, "The twentieth. At the store in Leeds."),
        (NELL, "Okay, before the launch. Fine."),
    ],
    [  # the owner's own deadline brought forward by a reminder of the day, with a time clause after it
        (OWEN, "And I still owe you the spring promotion dates, don't I? I'll send them over this week."),
        (THEO, "It's Friday tomorrow, Owen."),
        (OWEN, "Ha! Yes. Okay. Tomorrow, then. Before I log off for the weekend."),
    ],
]


@pytest.mark.parametrize("turns", DEADLINES)
def test_the_deadline_of_the_speakers_own_work_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    last = len(OPENING) + len(turns) - 1
    assert last not in [a.turn for a in found.agreements], found.agreements


DECIDED_DATES = [
    [  # a date the client settles for the campaign, with no work of their own due then
        (THEO, "Could we move the go-live to the sixteenth? The media owner can't make the ninth."),
        (PRITI, "Sixteenth, fine, go ahead."),
    ],
    [  # the owner of work agrees a date, but the date is not that work's deadline
        (OWEN, "I'll send the final store list by Friday."),
        (NELL, "Thanks. And the opening, are we still on the twentieth?"),
        (OWEN, "The twentieth works for us. Lock it in."),
    ],
]


@pytest.mark.parametrize("turns", DECIDED_DATES)
def test_a_date_decided_stays_an_agreement(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    last = len(OPENING) + len(turns) - 1
    assert last in [a.turn for a in found.agreements], found.agreements


KEPT = [
    [  # something else taken in a few turns on does not reverse what was left out
        (THEO, "On scope, the brief says integrated, but the budget only talks about PR. Is paid media in or out?"),
        (OWEN, "We've got a media agency on a retainer, they do paid."),
        (THEO, "So for the pitch—"),
        (OWEN, "Leave paid out. PR and partnerships."),
        (NELL, "Perfect. That's clear."),
        (THEO, "Sorry, can I just check, does that include an event? There's a line about a launch moment."),
        (OWEN, "Yeah, a launch moment is in. Whatever that turns out to be."),
    ],
]


@pytest.mark.parametrize("turns", KEPT)
def test_a_later_decision_on_another_thing_leaves_the_earlier_one(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    assert 5 in [a.turn for a in found.agreements], found.agreements


REVERSED = [
    [  # the same thing taken back a few turns on, named by neither: only the last decision stands
        (OWEN, "The sampling van is a lot of money for three weekends."),
        (NELL, "We could drop it and put the money into the in-store tastings."),
        (OWEN, "Yeah, makes sense, drop it."),
        (THEO, "The van did bring in a third of last year's sign-ups, though."),
        (OWEN, "Did it? Okay. Let's keep it, then. But two weekends instead of three."),
    ],
]


@pytest.mark.parametrize("turns", REVERSED)
def test_a_decision_taken_back_soon_after_gives_way(turns: list[tuple[str, str]]) -> None:
    found = run(turns)
    assert 4 not in [a.turn for a in found.agreements], found.agreements
