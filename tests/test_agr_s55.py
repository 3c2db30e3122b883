"""Session 55, agreements (branch agr55): the way people settle things.

* "Could we move to monthly invoicing?" "I'm afraid we can't on outdoor. For everything else, yes, monthly's fine."
  "Okay, that's fair. Monthly for everything except outdoor.": a partial yes (a no to a part, a yes to the rest) is no
  plain refusal (``settling.said_no``), so the other side settling its terms is the agreement; a whole no is still
  one ("I'm afraid we can't, the media owners need it upfront." "Okay, that's fair.": nothing settled).
* "The stock won't be in until the 4th. Let's push the launch to the 9th then." "Fine by us.": the other side's
  course put with "let's", taken by a bare acceptance, is settled as the proposal states it ("We push the launch to
  the 9th."), not its reason; the agreement scorer vetoed it (its ``prev_other`` feature weighs against short
  replies). Not the call's own course ("Let's move on to the budget." "Fine by us.").
* "So I can play you something next Thursday?" "Fine.": an offer put as a question and taken with a bare "fine" is
  the offerer's action item, dated next Thursday (``offers.fine_to_offer``), and no agreement (GUIDELINES §3: an
  offer taken up is an item; accepting its date decides nothing). A "so" that opens the question opens the offer
  (``clause_kinds._inverted`` took it for a purpose, "Just so I can work out where the desks go?", which offers
  nothing still); "fine" with a "but" takes nothing up.
* "Then red it is. Forget the green, we shoot the packshots in red as planned." … "Okay, recap. Green's out, red is
  back. …": the decision stands at the turn that settled it, and the recap's restatement neither replaces it (the
  strong "X's out" cue took its place) nor adds a second one (``AgreementTracker._recapped``); a decision new in the
  recap is still found there ("And we'll drop the matte finish, it's too dark.").
* "Great. Plum it is, then." … "Is the logo on the door the final size?" "It's ninety mil high, the most we can do."
  "Fine, leave it at that, then.": a decision two or three turns back keeps the agreement scorer from adding a turn
  only when that turn (or the one it answers) names what the decision named (``agreement_scorer._same_exchange``); a
  settling of another point stands ("Is the plum the same as on the vans?" … "Fine, plum then." still confirms).
* "Can you keep the plan to generic terms only?" "Yeah, that's fine. Generic only, we'll take brand out.": the bounds
  of the work asked ("keep X to Y", "limit X to Y", ``clause_kinds.restricts``) are a term put, which the reply
  settles, no request; "we'll take brand out" is the course agreed (``clause_kinds.takes_out``, as "we'll drop it"),
  no new work; and the agreement states the terms the reply says back, not the question
  (``settled._terms_said_back``). Not "Can you keep me posted?" (work), nor "Could you take the prices out of the deck
  and send it to finance?" (work asked of one person), nor "That's fine. I'll send the plan Friday." (own work).
* "I'd rather park it for the summer plan." "Yeah, fine. Let's pick it up with the summer plan.": a proposal to park
  it, taken, and a reply that picks it up again later, put the decision off (``deferred.WAIT_ROWS`` "parks_it",
  ``deferred.PUT_OFF_ROWS``): no agreement (GUIDELINES §4); a change taken ("We could swap the second photographer
  for them." "Yeah, fine. Let's do that.") still is. Not a car parked ("We can park it round the back.") nor a thing
  collected ("Let's pick it up at the depot on Friday.").
* "Our digital team have a motion designer now. Let's give it to him." "Oh, okay. Sure, fine by us.": who takes the
  work, put with "let's give/hand it to", is a course put like "let's move it" (``settled.LETS_COURSE``), and the
  other side's acceptance settles it; not "Let's give them a call after this." (work, no course).
* "Then it's fine, as long as it's internal." "Okay, so bowl food, internal only. Actually, no, hang on. I've just
  remembered the board wants the partners there.": a stop ("hang on") to raise something, with no new position said,
  takes the decision back and decides nothing itself (``AgreementTracker._reverse``); "Actually, no, hang on. Let's
  go with a sit-down dinner instead." still decides.
* "On Leeds, do we stop everything, or keep the map ads ticking over?" "Oh, keep those.": two courses asked as what
  we do, one taken by an order of its verb, is the option picked, stated as put ("We keep the map ads ticking over.",
  ``settling.verb_option_picked``, which read only a statement of options and a "let's"); not an order of other
  work ("Send me the numbers first.") nor the verb with another object ("Keep an eye on it for now.").
* "Also, I want a proper measurement plan." "Agreed. We'd propose a geo holdout.": an acceptance of a want that goes
  on to put a proposal of its own settles nothing there (``agreements._proposes_after``); the other side's taking
  it up ("I like that. Let's do it.") is the agreement. A proposal in the acceptance's own sentence ("Agreed, we
  could do that.") is the terms taken.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import ROLES, ROLES_DAY, extract_turns, opened_call
from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
ASKED = (PRITI, "Could we move to monthly invoicing instead of upfront? It would help our cash flow.")


@pytest.mark.parametrize(
    "partial",
    [
        "I'm afraid we can't on outdoor, the sites need paying upfront. For everything else, yes, monthly's fine.",
        "No, not on outdoor, the sites need paying upfront. The rest is fine monthly, yes.",
    ],
)
def test_terms_settled_after_a_partial_yes_are_agreed(partial: str) -> None:
    found = agreements([ASKED, (NELL, partial), (PRITI, "Okay, that's fair. Monthly for everything except outdoor.")])
    assert [turn for turn, _ in found] == [2], found
    assert "monthly for everything except outdoor" in found[0][1].lower(), found


def test_a_whole_no_taken_settles_nothing() -> None:
    found = agreements(
        [ASKED, (NELL, "I'm afraid we can't, the media owners need payment upfront."), (PRITI, "Okay, that's fair.")]
    )
    assert found == [], found


@pytest.mark.parametrize("taken", ["Fine by us.", "That works for us."])
def test_the_other_sides_lets_course_taken_is_agreed(taken: str) -> None:
    put = (OWEN, "The stock won't be in until the 4th. Let's push the launch to the 9th then.")
    found = agreements([put, (NELL, taken)])
    assert [turn for turn, _ in found] == [1], found
    assert "push the launch to the 9th" in found[0][1].lower(), found
    assert "stock" not in found[0][1].lower(), found


def test_the_calls_own_course_taken_is_no_agreement() -> None:
    found = agreements([(OWEN, "Okay, let's move on to the budget then."), (NELL, "Fine by us.")])
    assert found == [], found


MUSIC = (OWEN, "The music is the last open thing.")
NEXT_TOPIC = (OWEN, "Right, the radio copy next.")


def _drafted(turns: list[tuple[str, str]]) -> tuple[list[tuple[int | None, str, str | None]], list[int | None]]:
    found = opened_call([*turns, ("Owen Lacey", "Right, the radio copy next.")])
    items = [(a.turn, str(a.owner), a.due.isoformat() if a.due else None) for a in found.action_items]
    return items, [a.turn for a in found.agreements]


@pytest.mark.parametrize(
    "offer",
    ["So I can play you something next Thursday?", "I can play you something next Thursday?"],
)
def test_an_offer_asked_and_taken_with_fine_is_the_offerers_item(offer: str) -> None:
    items, agreed = _drafted([MUSIC, (THEO, offer), (PRITI, "Fine.")])
    assert items == [(3, THEO, "2026-03-12")], items
    assert agreed == [], agreed


def test_a_fine_with_a_but_or_a_purpose_asked_takes_nothing_up() -> None:
    items, _ = _drafted([MUSIC, (THEO, "So I can play you something next Thursday?"), (PRITI, "Fine, but not jazz.")])
    assert items == [], items
    items, _ = _drafted([MUSIC, (THEO, "Just so I can work out where the band goes?"), (PRITI, "Fine.")])
    assert items == [], items


PICK = [
    (THEO, "The red sleeve might not be back from the printer in time, so we planned the green as a fallback."),
    (OWEN, "Just heard from the printer actually. The red sleeve ships tomorrow."),
    (THEO, "Oh, brilliant."),
    (PRITI, "Then red it is. Forget the green, we shoot the packshots in red as planned."),
    (NELL, "Great. On timings, the studio is booked for the 20th."),
]


def test_a_recap_restating_a_decision_leaves_it_where_it_was_settled() -> None:
    recap = (NELL, "Okay, recap. Green's out, red is back. Studio on the 20th. I'll send the call sheet by Monday.")
    found = agreements([*PICK, recap, (PRITI, "Perfect.")])
    assert [turn for turn, _ in found] == [3], found


def test_a_decision_new_in_the_recap_is_found_there() -> None:
    recap = (NELL, "Okay, recap. Studio on the 20th. And we'll drop the matte finish, it's too dark.")
    found = agreements([*PICK, recap, (PRITI, "Perfect.")])
    assert [turn for turn, _ in found] == [3, 5], found
    assert "matte finish" in found[1][1], found


NADIA, OWEN_P, LUCY, WILL = (a.name for a in ROLES)
PLUM = [
    (NADIA, "So that's the two wraps, the plum and the slate."),
    (LUCY, "Yeah, let's go with the plum, I think. Will?"),
    (WILL, "Plum. Definitely."),
    (NADIA, "Great. Plum it is, then."),
]


def _agreed(turns: list[tuple[str, str]]) -> list[int | None]:
    found = extract_turns([*turns, (LUCY, "Right, the radio copy next.")], ROLES, ROLES_DAY, step=10.0)
    return [a.turn for a in found.agreements]


def test_another_point_settled_after_a_decision_is_its_own_agreement() -> None:
    size = [
        (WILL, "Before we move on, the logo on the door, is that the final size? It looks small."),
        (OWEN_P, "It's ninety mil high, which is the most we can do before it hits the handle."),
        (WILL, "Oh, okay. Fine, leave it at that, then."),
    ]
    assert _agreed([*PLUM, *size])[-1] == 6


def test_the_same_choice_confirmed_again_adds_nothing() -> None:
    same = [
        (WILL, "Is the plum the same one as on the vans?"),
        (OWEN_P, "It's the same plum as on the vans, yes."),
        (WILL, "Oh, okay. Fine, plum then."),
    ]
    assert 6 not in _agreed([*PLUM, *same])


GENERIC = "Yeah, that's fine. Generic only, we'll take brand out."


@pytest.mark.parametrize(
    "asked",
    [
        (PRITI, "On search, we're handling brand terms in-house now, so can you keep the plan to generic terms only?"),
        (NELL, "On search, do you want brand terms in our plan, or shall we leave those to your team?"),
    ],
)
def test_bounds_of_the_work_settled_are_an_agreement_not_work(asked: tuple[str, str]) -> None:
    replier = NELL if asked[0] == PRITI else PRITI
    found = opened_call([asked, (replier, GENERIC), NEXT_TOPIC])
    assert [(a.turn, a.text) for a in found.agreements] == [(3, "Generic only, we'll take brand out.")], found
    assert found.action_items == [], found.action_items


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Can you keep me posted on the search numbers?", "Yeah, will do."),
        ("Could you take the prices out of the deck and send it to finance by Friday?", "Sure, will do."),
        ("Can you keep the plan to generic terms only?", "That's fine. I'll send the revised plan on Friday."),
    ],
)
def test_work_asked_or_taken_on_stays_work(asked: str, reply: str) -> None:
    found = opened_call([(PRITI, asked), (NELL, reply), NEXT_TOPIC])
    assert [a.owner for a in found.action_items] == [NELL], found.action_items
    assert not any("I'll" in a.text for a in found.agreements), found.agreements


CHEFS = (PRITI, "Could we get a couple of chefs involved in the launch?")


@pytest.mark.parametrize(
    ("put", "reply"),
    [
        (
            "We could, but it's not in scope and the budget's gone. I'd rather park it for the summer plan.",
            "Yeah, fine. Let's pick it up with the summer plan.",
        ),
        ("We could, but the budget's gone this phase.", "Okay. Let's revisit that in the new year."),
    ],
)
def test_a_point_parked_for_later_is_no_agreement(put: str, reply: str) -> None:
    assert agreements([CHEFS, (NELL, put), (PRITI, reply)]) == []


def test_a_change_taken_is_still_agreed() -> None:
    found = agreements(
        [
            CHEFS,
            (NELL, "We could swap the second photographer for them, same money."),
            (PRITI, "Yeah, fine. Let's do that."),
        ]
    )
    assert [turn for turn, _ in found] == [2], found


def test_whose_work_it_is_put_with_lets_and_taken_is_agreed() -> None:
    put = (OWEN, "Actually, no, forget it. Our digital team have a motion designer now, Aled. Let's give it to him.")
    found = agreements([put, (NELL, "Oh, okay. Sure, fine by us.")])
    assert [turn for turn, _ in found] == [1], found
    assert agreements([(OWEN, "Let's give them a call after this."), (NELL, "Fine by us.")]) == []


DINNER = [
    (THEO, "For the dinner we could do bowl food or a sit-down."),
    (OWEN, "Bowl food. It's internal only, so no hospitality code problem."),
    (THEO, "Then it's fine, as long as it's internal."),
]


def test_a_stop_to_raise_something_decides_nothing() -> None:
    stop = (
        "Okay, so bowl food, internal only. Actually, no, hang on. I've just remembered the board wants the partners"
        " at the dinner. They're external."
    )
    assert agreements([*DINNER, (PRITI, stop)]) == []


def test_a_stop_then_a_new_position_decides() -> None:
    found = agreements(
        [*DINNER, (PRITI, "Okay, so bowl food. Actually, no, hang on. Let's go with a sit-down dinner.")]
    )
    assert [turn for turn, _ in found] == [3], found


LEEDS = (NELL, "On Leeds, do we stop everything, or keep the map ads ticking over? They're tiny.")


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("Oh, keep those. People still need to find the shop.", "We keep the map ads ticking over."),
        ("Stop everything. It's closing anyway.", "We stop everything."),
    ],
)
def test_one_of_two_courses_asked_taken_by_its_verb_is_picked(reply: str, said: str) -> None:
    assert agreements([LEEDS, (PRITI, reply)]) == [(1, said)]


@pytest.mark.parametrize("reply", ["Send me the numbers first.", "Keep an eye on it for now."])
def test_an_order_of_something_else_picks_no_course(reply: str) -> None:
    assert agreements([LEEDS, (PRITI, reply)]) == []


WANT = (PRITI, "Also, I want a proper measurement plan this time. Last year we couldn't tell what drove sales.")


def test_agreeing_with_a_want_and_proposing_settles_nothing_yet() -> None:
    put = (NELL, "Agreed. We'd propose a geo holdout. Two regions go dark and we compare sales.")
    assert agreements([WANT, put]) == []
    found = agreements([WANT, (NELL, "Agreed. We'd propose a geo holdout."), (PRITI, "I like that. Let's do it.")])
    assert [turn for turn, _ in found] == [2], found


def test_a_proposal_taken_in_the_acceptances_own_sentence_is_agreed() -> None:
    found = agreements(
        [(NELL, "We could drop the second photographer to get to thirty-eight."), (PRITI, "Agreed, we could do that.")]
    )
    assert [turn for turn, _ in found] == [1], found
