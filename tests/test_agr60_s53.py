"""Session 53, agreements (branch agr60).

* A change to the work put by one side as its own course ("We want to drop the second shoot day.", "I think we move
  some of the radio money into podcasts.") and taken by the other with a weak acceptance ("That works.", "That makes
  sense to us.") is settled (``settled.puts_a_change``, ``Found.changes``): the agreement scorer keeps it unless it
  gives the turn and both neighbours less than ``agreement_scorer.CHANGE_KEEP``, as it does for a ratifying cue. Not
  an opinion taken ("I think the radio money is working."), nor a change made before ("Last year we moved…").
* The other side's "can we …?" that asks to change the work ("Can we extend the competition through May then?"),
  granted with a bare yes ("Yes."), is settled (``settled.change_granted``), stated as the change ("We extend the
  competition through May."). Not work offered ("Can we send you the deck on Monday?"), the call's own course ("Can
  we move on to the venue?"), a yes with a "but", nor a colleague's yes.
* A terse choice that names its term ("Half nine, then.") is no bare acceptance for the agreement scorer
  (``agreement_scorer.NAMING``): it may settle a time put two turns before, after a word from the other side's
  colleague ("Could we open at half nine?" "The hall is fine with half nine." "Half nine, then.").

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"

CHANGE_TAKEN = [
    (
        [
            (PRITI, "We want to drop the second shoot day and do it all in one."),
            (THEO, "That works."),
            (OWEN, "Good."),
        ],
        "second shoot day",
    ),
    (
        [
            (PRITI, "I think we move some of the radio money into podcasts."),
            (NELL, "That makes sense to us. Do you want us to redo the plan?"),
            (PRITI, "Yes please."),
        ],
        "podcasts",
    ),
]


@pytest.mark.parametrize(("turns", "named"), CHANGE_TAKEN)
def test_a_change_put_and_taken_is_agreed(turns: list[tuple[str, str]], named: str) -> None:
    found = agreements(turns)
    assert [turn for turn, _ in found] == [1], found
    assert named in found[0][1].lower(), found


NOT_A_CHANGE = [
    [
        (PRITI, "I think the radio money is working hard for us."),
        (NELL, "That makes sense to us."),
        (PRITI, "Good."),
    ],
    [
        (PRITI, "Last year we moved the whole radio budget into podcasts."),
        (THEO, "That makes sense."),
        (OWEN, "Good."),
    ],
]


@pytest.mark.parametrize("turns", NOT_A_CHANGE)
def test_no_change_put_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


CHANGE_GRANTED = [
    (
        [
            (NELL, "Can we extend the competition through May then?"),
            (PRITI, "Yes."),
            (NELL, "Great, I'll tell the printers."),
        ],
        "we extend the competition through may",
    ),
    (
        [
            (THEO, "The venue wants the weekend for a wedding. Could we push the tasting back a week?"),
            (OWEN, "Yeah, fine."),
            (THEO, "Thanks, I'll let the chef know."),
        ],
        "push the tasting back a week",
    ),
]


@pytest.mark.parametrize(("turns", "named"), CHANGE_GRANTED)
def test_a_change_asked_and_granted_is_agreed(turns: list[tuple[str, str]], named: str) -> None:
    found = agreements(turns)
    assert [turn for turn, _ in found] == [1], found
    assert named in found[0][1].lower(), found


NOT_GRANTED = [
    [(NELL, "Can we send you the deck on Monday?"), (PRITI, "Yes."), (NELL, "Great.")],
    [(NELL, "Can we move on to the venue?"), (PRITI, "Yes."), (NELL, "Great.")],
    [(NELL, "Can we move the shoot to Friday?"), (PRITI, "Yes, but only if the weather holds."), (NELL, "Great.")],
    [(NELL, "Can we drop the second shoot day?"), (THEO, "Yes."), (NELL, "Great.")],
]


@pytest.mark.parametrize("turns", NOT_GRANTED)
def test_no_change_granted_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


def test_a_terse_choice_that_names_its_term_settles_what_was_put_before() -> None:
    found = agreements(
        [
            (NELL, "Doors were at nine, but the stage needs an hour to rig. Could we open at half nine?"),
            (THEO, "The hall is fine with half nine, we have it from seven."),
            (PRITI, "Half nine, then."),
            (NELL, "Lovely, I'll change the invite."),
        ]
    )
    assert [turn for turn, _ in found] == [2], found
    assert "half nine" in found[0][1].lower(), found
