"""Recaps, from session 35's read sets. Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Asked to sum up ("Nell, could you sum up for us?" "Sure. Theo sends …"), the summing up is done in the call: the
recap act is never an item, however it is asked for (``models/wording/recaps.jsonl`` RECAP_ACT, dropped in every turn
by ``recaps.merge_recaps``), while a summary to be sent is work ("could you send us a summary?").

A recap whose last sentence gives the speaker a thing with its day and no verb ("… And the contact report from me by
end of day.") says new work when nothing before it is that thing: the speaker's item "send the contact report", dated
(``recaps._from_me``); a thing said before ("Revised estimate from me Monday") only restates it, and "One more from
me" names no thing. Such a thing in an earlier sentence of the recap is a part of its list, said again.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")
TALK = [
    (PRITI, "So the stockists get the new price list on Monday."),
    (THEO, "Yes, that's all in hand."),
    (OWEN, "The radio copy is nearly there, I think."),
    (NELL, "Agreed, it reads well."),
]
SUMMED = "Theo sends the revised storyboard by Friday, and Priti confirms the talent budget on Monday."


@pytest.mark.parametrize(
    "turns",
    [
        [*TALK, (PRITI, "Nell, could you sum up for us?"), (NELL, "Sure. " + SUMMED), NEXT],
        [*TALK, (PRITI, "Nell, do you want to sum up for everyone?"), (NELL, "Yep. " + SUMMED), NEXT],
        [*TALK, (OWEN, "Theo, can you wrap up for us?"), (THEO, "Sure. " + SUMMED), NEXT],
    ],
)
def test_summing_up_when_asked_is_no_item(turns: list[tuple[str, str]]) -> None:
    tasks = [task for _, task, _, _ in call_items(turns)]
    assert not [t for t in tasks if t.startswith(("sum up", "wrap up", "recap"))], run(turns).action_items


def test_a_summary_to_send_is_still_work() -> None:
    turns = [*TALK, (PRITI, "Nell, could you send us a summary of the call?"), (NELL, "Sure, will do."), NEXT]
    assert [owner for owner, task, _, _ in call_items(turns) if "summary" in task] == [NELL], run(turns).action_items


# -- what a recap says that is new: the speaker's own thing "from me" with its day ----------------------------------
RECAP = "Right, quick recap. Theo's sending the revised storyboard by Friday, and Priti's confirming the talent budget."


def test_a_thing_from_me_in_a_recap_is_new_work() -> None:
    turns = [*TALK, *TALK, *TALK, (NELL, RECAP + " And the contact report from me by end of day."), NEXT]
    items = call_items(turns)
    assert [(o, t, d, k) for o, t, d, k in items if "contact report" in t] == [
        (NELL, "send the contact report", "2026-03-04", 12)
    ], items


@pytest.mark.parametrize(
    "said",
    [
        "Right, quick recap. Revised estimate from me Monday, and that's it.",  # said before: restated, not new
        "Right, quick recap. One more from me, the estimate's Monday.",  # no thing of the speaker's
    ],
)
def test_a_recap_from_me_restating_or_naming_nothing_adds_no_item(said: str) -> None:
    turns = [
        *TALK,
        (NELL, "I'll send the revised estimate on Monday."),
        (PRITI, "Great."),
        *TALK,
        *TALK,
        (NELL, said),
        NEXT,
    ]
    items = call_items(turns)
    assert [k for _, t, _, k in items if "estimate" in t] == [4], items


def test_a_thing_from_me_inside_the_recap_list_is_said_again_not_new() -> None:
    said = "Right, quick recap. Storyboard from me by Friday. Priti's on the talent budget, Owen has the radio copy."
    turns = [*TALK, *TALK, *TALK, (NELL, said), NEXT]
    assert [t for _, t, _, _ in call_items(turns) if "storyboard" in t] == [], run(turns).action_items
