"""Agreements missed or kept wrongly in session 24's read sets, by how they are said: a decision taken back later in
the call, where only the final one counts ("Okay, scrap that. The hall, then." long after "The marquee, then.").
Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


VENUE = [
    (NELL, "For the awards dinner the venue has offered the glass marquee on the lawn or the old tithe barn."),
    (THEO, "The marquee photographs better. The barn is cosier."),
    (PRITI, "Marquee, let's go with the marquee."),  # 2: decided
    (NELL, "Great. Then the menu. We have the tasting notes from the caterer."),
    (OWEN, "Anything with fish is out, the chairman won't touch it."),
    (NELL, "Noted. I'll pass that on to the caterer today."),
    (PRITI, "And the wine list can wait until we know numbers."),
    (THEO, "Sure. Numbers should be in by the end of the month."),
]
LATER = [
    (
        THEO,
        "Sorry, one thing on the venue. The marquee can't be heated after October, the hire firm just told me. "
        "The barn has its own heating.",
    ),
    (OWEN, "Oh. That's no good in November."),
]


@pytest.mark.parametrize(
    "reply",
    [
        "Okay, scrap that. The tithe barn, then.",  # the cue names nothing: what it takes back is what the talk is on
        "Right, change of plan then. The dinner goes in the tithe barn, heaters and all.",
        "Right. Scrap the marquee, then. We'll take the tithe barn.",
    ],
)
def test_a_decision_taken_back_later_leaves_only_the_final_one(reply: str) -> None:
    turns = [*VENUE, *LATER, (PRITI, reply)]
    at = agreed_at(turns)
    assert 2 not in at and len(turns) - 1 in at, run(turns).agreements


def test_a_decision_taken_back_soon_after_another_also_goes() -> None:
    """The reversal undoes a recap said just before it and the decision that recap named, further back."""
    recap = (PRITI, "So, to catch Owen up: we've agreed the marquee for the dinner.")
    turns = [*VENUE, recap, *LATER, (PRITI, "Right. Scrap the marquee, then. We'll take the tithe barn.")]
    at = agreed_at(turns)
    assert 2 not in at and len(turns) - 1 in at, run(turns).agreements


def test_scrap_that_about_something_else_keeps_the_decision() -> None:
    other = [
        (THEO, "On the invitations, the printer can do foil but it adds a week."),
        (OWEN, "Hmm, a week is a lot."),
        (PRITI, "Okay, scrap that. Plain print for the invitations."),
    ]
    turns = [*VENUE, *other]
    assert 2 in agreed_at(turns), run(turns).agreements


# a counter-offer of a sum, said back by the other side: the terms are agreed
MOVE = [
    (THEO, "Podcasts did well in the test. I'd like to move three grand from radio into podcasts for May."),
    (PRITI, "Three grand's a lot on one test."),
    (THEO, "That's rather the point of a test, though."),
]


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("I'll give you fifteen hundred. Not three.", "Fifteen hundred works. I'll take it."),
        ("I'll give you fifteen hundred. That's my limit.", "Fifteen hundred works for us."),
    ],
)
def test_a_sum_offered_and_said_back_is_agreed(offer: str, reply: str) -> None:
    turns = [*MOVE, (PRITI, offer), (THEO, reply)]
    assert 4 in agreed_at(turns), run(turns).agreements


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("I'll give you two versions to pick from.", "Two versions, fine."),  # a number of things, work taken on
        ("I'll give you the figures on Friday.", "Friday works."),  # the day of some work
    ],
)
def test_things_offered_and_said_back_are_no_agreement(offer: str, reply: str) -> None:
    turns = [*MOVE, (PRITI, offer), (THEO, reply)]
    assert agreed_at(turns) == [], run(turns).agreements


# options laid out by the agency, each with a name of several words; the client picks one by its name, turns on
MENU = [
    (THEO, "For the dinner the caterer has two routes. Option one is a hog roast in the courtyard, everyone mingling. "
           "Option two is a plated dinner in the hall, three courses."),
    (OWEN, "The hall's a long walk from the bar."),
    (NELL, "Prices are about the same, to be fair."),
]  # fmt: skip


def test_an_option_of_several_words_picked_by_its_name_is_agreed() -> None:
    turns = [*MENU, (PRITI, "Hog roast.")]
    assert 3 in agreed_at(turns), run(turns).agreements


def test_a_name_said_without_options_laid_out_picks_nothing() -> None:
    turns = [
        (THEO, "Last year the caterer did a hog roast in the courtyard and it ran out by nine."),
        (OWEN, "I remember, people were queuing."),
        (NELL, "They've promised more this time."),
        (PRITI, "Hog roast. Typical."),
    ]
    assert agreed_at(turns) == [], run(turns).agreements


# a choice taken on a condition of its own sentence, the condition answered, then a go-ahead: final at the go-ahead
TRACKS = [
    (THEO, "For the film's music we've shortlisted three: the string piece, the brass band and the choir."),
    (OWEN, "Brass is too much."),
    (PRITI, "The choir, then. If we can afford it."),  # 2
    (NELL, "We've had a quote. It's six thousand for the choir, a year's use in the UK."),
]


def test_a_go_ahead_once_the_condition_is_answered_is_where_the_choice_is_final() -> None:
    turns = [*TRACKS, (PRITI, "Fine. Go ahead.")]
    at = agreed_at(turns)
    assert 4 in at and 2 not in at, run(turns).agreements


def test_a_go_ahead_after_an_unconditional_choice_leaves_it_where_it_was_taken() -> None:
    turns = [*TRACKS, (PRITI, "Fine. Go ahead.")]
    turns[2] = (PRITI, "The choir, then. It suits the mood.")
    at = agreed_at(turns)
    assert 2 in at and 4 not in at, run(turns).agreements


RECALL = [
    (THEO, "Our advice is to pull the whole batch today, before the paper runs the story."),
]


@pytest.mark.parametrize(
    "reply",
    [
        "I agree with you. But our chief executive has to sign that off.",
        "Makes sense. I'll need to sign it off with the board first, though.",
    ],
)
def test_a_sign_off_someone_still_has_to_give_is_no_agreement(reply: str) -> None:
    turns = [*RECALL, (PRITI, reply)]
    assert agreed_at(turns) == [], run(turns).agreements


@pytest.mark.parametrize("reply", ["Right. Sign it off, then.", "Fine, I'll sign that off."])
def test_a_sign_off_given_is_still_an_agreement(reply: str) -> None:
    turns = [*RECALL, (PRITI, reply)]
    assert agreed_at(turns) == [1], run(turns).agreements
