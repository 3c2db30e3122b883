"""Which turns give an action item (session 19): joint sessions put in ways the walk did not read as one. "It'd be
worth the two of us going through the store list", "it might be worth us doing a walk-through", "why don't we do a
walk-through with you?", a wish said after the listener's name ("And Priti, I'd love to do a session with you"),
and a session whose day is refused only to put another ("Next Monday? I'm away this Monday."). Dialogues written
for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def rows(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    found = call(turns).action_items
    return [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in found]


def both(*names: str) -> set[str]:
    return set(names)


@pytest.mark.parametrize(
    "put",
    [
        "Owen, it'd be worth the two of us going through the store list properly. A few calls are tricky.",
        "Owen, it might be worth us doing a proper walk-through of the store list.",
        "Owen, why don't we do a walk-through of the store list with you?",
        "And Owen, for the store list, I'd love to do a proper session with you on it. An hour maybe?",
    ],
)
def test_a_session_put_as_worth_doing_or_wished_is_joint_once_taken(put: str) -> None:
    got = rows(
        [
            (OWEN, "The retailer targeting is a bit of a mess."),
            (NELL, put),
            (OWEN, "Yes, let's do that. Friday morning?"),
            (NELL, "Friday morning works."),
        ]
    )
    assert len(got) == 1, got
    turn, owner, due = got[0]
    assert turn in (1, 2) and isinstance(owner, list) and set(owner) == both(NELL, OWEN) and due == "2026-03-06", got


@pytest.mark.parametrize(
    "put",
    [
        "Honestly, it'd be worth us pulling the numbers again before anyone decides.",  # the side's work, no session
        "Why don't we move the launch back a week?",  # a proposal, no session with the listener
        "It might be worth us doing a proper walk-through if the budget ever comes back.",  # if: not put
    ],
)
def test_worth_us_or_why_dont_we_without_a_session_is_no_joint_item(put: str) -> None:
    got = rows([(OWEN, "The retailer targeting is a bit of a mess."), (NELL, put), (OWEN, "Hmm, maybe.")])
    assert not any(isinstance(owner, list) for _, owner, _ in got), got


def test_another_day_put_for_a_session_is_no_refusal() -> None:
    got = rows(
        [
            (PRITI, "The dish in the film has to be one we actually sell."),
            (NELL, "Yes, you and I should sit down with your chefs. They're in on Mondays."),
            (PRITI, "Next Monday? I'm away this Monday."),
            (NELL, "Next Monday, fine."),
        ]
    )
    assert len(got) == 1 and set(got[0][1]) == both(NELL, PRITI) and got[0][2] == "2026-03-09", got  # type: ignore[arg-type]


def test_a_session_refused_with_no_other_day_is_no_item() -> None:
    got = rows(
        [
            (PRITI, "The dish in the film has to be one we actually sell."),
            (NELL, "Yes, you and I should sit down with your chefs on Monday."),
            (PRITI, "I'm away this Monday, sorry. Let's leave it with the chefs."),
        ]
    )
    assert not any(isinstance(owner, list) for _, owner, _ in got), got
