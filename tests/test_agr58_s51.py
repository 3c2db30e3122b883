"""Session 51, agreements (branch agr58).

* The client may settle a point against someone who is not on the call and leave them to put up with it ("He'll
  have to lump it.", "She'll live.", "They'll get over it."): the turn's other sentences that name what was being
  discussed say what is decided (``verdicts.overruled``), before or after the words that overrule. Not the agency's
  turn, nor a turn whose other sentences are only a yes or no or the speaker's own ("I know.", "I'll tell her.").
* A sum worked out ("Our latest estimate comes to sixty-four two.", "…gets you to, what, fifty-eight?") said back
  ("Sixty-four two. Okay.") is checked, not taken: no term echoed (``echoes._worked_out``); a sum put with a modal
  ("That'd get us to about fifty-eight thousand.") is still a counter-offer that the reply takes.

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


OVERRULED = [
    (
        [
            (NELL, "On the gala, the plan we had was a buffet on the terrace and no formal seating."),
            (PRITI, "Our chair keeps asking for a sit-down lunch with the trustees in the library."),
            (THEO, "We can lay that on, but it would empty the terrace and cost about four thousand more."),
            (PRITI, "Yeah. No. She'll have to lump it. Buffet on the terrace for everyone, and the trustees mingle."),
        ],
        "buffet on the terrace",
    ),
    (
        [
            (NELL, "For the spring push we'd lead on the young families and keep the retirees as a second audience."),
            (OWEN, "Our sales director really wants the retirees up front. He says they buy the most."),
            (THEO, "They do, but they already know the brand. The families are where the growth is."),
            (OWEN, "No, I know. Okay. Young families are the lead audience. Retirees come second. He'll live."),
        ],
        "families",
    ),
]


@pytest.mark.parametrize(("turns", "named"), OVERRULED)
def test_a_point_settled_over_someone_elses_head_is_agreed(turns: list[tuple[str, str]], named: str) -> None:
    found = agreements(turns)
    assert [turn for turn, _ in found] == [3], found
    assert named in found[0][1].lower(), found


NOT_OVERRULED = [
    # the agency's turn: nobody with the say has decided
    [
        (PRITI, "Our chair keeps asking for a sit-down lunch with the trustees in the library."),
        (NELL, "Honestly, she'll live. Buffet on the terrace for everyone works better for the room."),
    ],
    # only a yes and the speaker's own remark besides
    [
        (THEO, "Your chair wanted the trustees' lunch in the library, but the terrace buffet is booked."),
        (PRITI, "Yeah. I know. She'll live."),
    ],
]


@pytest.mark.parametrize("turns", NOT_OVERRULED)
def test_no_decision_where_nothing_is_overruled_by_the_client(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


# ---- a sum worked out, said back, is no term taken (echoes._worked_out)

WORKED_OUT = [
    [
        (
            NELL,
            "Where we are on budget: the agreed figure is sixty thousand. Our latest estimate comes to sixty-four two.",
        ),
        (
            PRITI,
            "Sixty-four two. Okay. And the sixty isn't moving, I've already been through it with our finance team.",
        ),
    ],
    [
        (OWEN, "So losing the lanyards and the second photographer gets you to, what, fifty-eight?"),
        (THEO, "Fifty-eight, yes. Just under."),
    ],
]


@pytest.mark.parametrize("turns", WORKED_OUT)
def test_a_sum_worked_out_said_back_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreements(turns) == []


def test_a_sum_put_with_a_modal_said_back_is_still_taken() -> None:
    turns = [
        (THEO, "We could book one photographer instead of two. That'd get us to about fifty-eight thousand."),
        (PRITI, "Fifty-eight thousand with one photographer. Okay. Yes."),
    ]
    assert [turn for turn, _ in agreements(turns)] == [1]
