"""Sessions of three (GUIDELINES §2.2: a joint item is at the turn where the last owner takes it; §2.3: a list of
names for what attendees do together): a session put for a party named in it ("You, me and Owen, see the space";
"Nell and I will go. Can you make it, Priti?") is of everyone named who takes it, and a session one person was
invited to and then put to another ("Could you come then?" "The fourteenth works for me. Owen, can you make it?") is
of the one who invited too. "Can you make it?" is being at the session: "attend the press check". Dialogues written
for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a
Wednesday, 4 March 2026)."""

from __future__ import annotations

import pytest

from pipeline.extract.going import attending
from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (THEO, "Great. Next, the radio copy.")

INVITED = [
    (PRITI, "We'd love to see the press check at some point."),
    (NELL, "I'm at the printers on the fourteenth for another job anyway. Could you come then?"),
    (PRITI, "The fourteenth works for me. Owen, can you make it?"),
    (OWEN, "Yes, I'll come."),
    NEXT,
]
PARTY_AND_I = [
    (PRITI, "Where are we on the venue?"),
    (THEO, "The venue has offered a walk-through on the ninth. Nell and I will go. Can you make it, Priti?"),
    (NELL, "Yep, I'm free."),
    (PRITI, "The ninth works for me."),
    (OWEN, "Good. Next, the radio copy."),
]
PARTY_LISTED = [
    (PRITI, "I still can't picture the space, to be honest."),
    (
        NELL,
        "Then why don't we do a walk-through at the venue with you? Thursday the nineteenth? You, me and Owen, "
        "see the space.",
    ),
    (PRITI, "Yes, I'd love that. Thursday works."),
    (OWEN, "I'm there anyway for the survey, so yes."),
    NEXT,
]


@pytest.mark.parametrize(
    ("turns", "owners", "task", "due", "turn"),
    [
        (INVITED, {NELL, PRITI, OWEN}, "attend the press check", "2026-03-14", 3),
        (PARTY_AND_I, {THEO, NELL, PRITI}, "attend the walk-through", "2026-03-09", 3),
        (PARTY_LISTED, {NELL, PRITI, OWEN}, "do a walk through at the venue", "2026-03-19", 3),
    ],
)
def test_a_session_of_three_is_of_all_three(
    turns: list[tuple[str, str]], owners: set[str], task: str, due: str, turn: int
) -> None:
    items = call_items(turns)
    assert [(set(o) if isinstance(o, list) else o, t, d, k) for o, t, d, k in items] == [(owners, task, due, turn)]


def test_a_named_member_who_says_nothing_against_it_is_an_owner() -> None:
    """GUIDELINES §2.3: named, "once they accept or fail to object"."""
    [(owner, _, _, turn)] = call_items([*PARTY_LISTED[:3], NEXT])
    assert isinstance(owner, list) and set(owner) == {NELL, PRITI, OWEN} and turn == 2


def test_a_named_member_who_cannot_come_is_not_an_owner() -> None:
    turns = [*PARTY_LISTED[:3], (OWEN, "I can't, I'm away that week."), NEXT]
    [(owner, _, _, turn)] = call_items(turns)
    assert isinstance(owner, list) and set(owner) == {NELL, PRITI} and turn == 2


@pytest.mark.parametrize(
    ("task", "worded"),
    [
        ("make the press check together", "attend the press check"),
        ("make a walk-through", "attend the walk-through"),
        ("make it", "make it"),  # nothing to be at: left as it is
        ("send the deck", "send the deck"),
    ],
)
def test_making_it_is_attending(task: str, worded: str) -> None:
    assert attending(task) == worded
