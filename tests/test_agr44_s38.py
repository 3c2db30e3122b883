"""Agreements in session 38's reading (agr44):

* a figure held said as what we will do ("We'll leave it at twelve then.", "Okay, we'll keep it at £9,500.") settles
  the figure, as "Let's leave it at twelve." does, and is no piece of work ("leave the fee"); leaving something at a
  place ("I'll leave the samples at reception.") stays work;
* a scope decision said with no verb, "No influencers this time." or "Okay, no TikTok for now.", drops an
  option the turns before named; not "No problem for now.", nor a "No X this time" that names nothing talked of,
  nor one put as a question;
* "let's leave X out" drops X as "Leave X out." does, also after a question ("Do we have the money?" "Actually, no,
  let's leave radio out."), and replaces the "Let's do it." that took X up: only the final decision stands;
* an acceptance that orders only with a pointer, with the proposal's own verb ("Agreed, swap them."), is stated by
  the proposal it takes up ("We swap the hero shot and the lifestyle shot …"), not as "We swap them.".
* "Both." (or "Then both.") takes up both when the other side has just said we can do both ("We can cut both from
  the same shoot."), as it does when asked to choose one of two; not after both done already, or only asked about.

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04; tests.support.OPENING puts two turns first, so the turns given count from 2).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements if a.turn is not None]


def items_at(turns: list[tuple[str, str]], k: int) -> list[str]:
    return [a.task for a in run(turns).action_items if a.turn == k]


# --- a figure held, said as what we will do --------------------------------------------------------------------

HELD = [
    "We'll leave it at twelve then.",
    "Okay, we'll keep it at twelve.",
    "Fine. We'll just hold it at twelve for this year.",
]


@pytest.mark.parametrize("reply", HELD)
def test_a_figure_held_by_we_will_is_an_agreement_and_no_item(reply: str) -> None:
    turns = [
        (THEO, "The fee for the extra month would normally go up to fourteen."),
        (PRITI, "Can you hold it at twelve? The budget's very tight this year."),
        (THEO, reply),
        NEXT,
    ]
    assert [k for k, _ in agreed(turns)] == [4]
    assert items_at(turns, 4) == []


def test_leaving_something_at_a_place_stays_work() -> None:
    turns = [
        (PRITI, "Where should the courier drop the samples?"),
        (THEO, "I'll leave them at reception by ten tomorrow."),
        NEXT,
    ]
    assert agreed(turns) == []
    assert items_at(turns, 3) == ["leave the samples at reception"]


# --- "No X this time." --------------------------------------------------------------------------------------------

PUT = (THEO, "For the launch we could add a handful of influencers on top of the paid social, maybe six.")


@pytest.mark.parametrize(
    "reply",
    ["No influencers this time.", "No influencers this time. Let's keep it to paid.", "Okay, no influencers for now."],
)
def test_no_x_this_time_drops_the_option_named(reply: str) -> None:
    found = agreed([PUT, (PRITI, reply), NEXT])
    assert [k for k, _ in found] == [3]
    assert "influencers" in found[0][1].lower()


@pytest.mark.parametrize(
    "turns",
    [
        [(THEO, "The paid social is all booked and live on Monday."), (PRITI, "No influencers this time."), NEXT],
        [PUT, (PRITI, "No influencers this time?"), NEXT],
        [(THEO, "Sorry, the problem with the upload is fixed now."), (PRITI, "No problem for now."), NEXT],
    ],
    ids=["not-named-before", "asked", "small-talk"],
)
def test_no_x_this_time_that_drops_nothing_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed(turns) == []


# --- "let's leave X out", and the decision it reverses ---------------------------------------------------------


def test_lets_leave_x_out_after_a_question_replaces_the_lets_do_it() -> None:
    turns = [
        (THEO, "We could add radio for the last two weeks."),
        (PRITI, "Yes, let's do it."),
        (OWEN, "Do we have the money for that though?"),
        (PRITI, "Actually, no, let's leave radio out."),
        NEXT,
    ]
    found = agreed(turns)
    assert [k for k, _ in found] == [5]
    assert "radio out" in found[0][1]


def test_lets_leave_x_out_put_as_a_question_settles_nothing() -> None:
    turns = [
        (THEO, "We could add radio for the last two weeks."),
        (PRITI, "Hmm. Should we leave radio out?"),
        NEXT,
    ]
    assert all("radio out" not in text for _, text in agreed(turns))


# --- "Agreed, swap them.": the proposal names what is swapped ----------------------------------------------------


@pytest.mark.parametrize("reply", ["Agreed, swap them.", "Yes, fine, swap them round."])
def test_an_acceptance_ordering_with_a_pointer_states_the_proposal(reply: str) -> None:
    turns = [
        (THEO, "I'd swap the hero shot and the lifestyle shot on the landing page."),
        (PRITI, reply),
        NEXT,
    ]
    found = agreed(turns)
    assert [k for k, _ in found] == [3]
    assert "hero shot" in found[0][1]


def test_an_acceptance_ordering_what_it_names_stays_as_said() -> None:
    turns = [
        (THEO, "I'd swap the hero shot and the lifestyle shot on the landing page."),
        (PRITI, "Agreed, swap the banner too."),
        NEXT,
    ]
    found = agreed(turns)
    assert [k for k, _ in found] == [3]
    assert "banner" in found[0][1]


# --- "Then both." when both were offered --------------------------------------------------------------------------


def test_both_takes_up_both_when_the_other_side_offered_both() -> None:
    turns = [
        (PRITI, "Can we get fifteen-second versions of the cutdowns too?"),
        (THEO, "We can cut both from the same shoot, it's just a bit more edit time."),
        (PRITI, "Then both. Sixes and fifteens."),
        NEXT,
    ]
    assert [k for k, _ in agreed(turns)] == [4]


@pytest.mark.parametrize(
    "said",
    [
        "We cut both from the same shoot last time.",
        "Could we cut both from the same shoot?",
        "The sixes and the fifteens are both in the folder.",
    ],
    ids=["done-already", "asked", "no-offer"],
)
def test_both_when_both_were_not_offered_settles_nothing(said: str) -> None:
    turns = [
        (PRITI, "Can we get fifteen-second versions of the cutdowns too?"),
        (THEO, said),
        (PRITI, "Then both."),
        NEXT,
    ]
    assert 4 not in [k for k, _ in agreed(turns)]
