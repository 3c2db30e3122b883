"""The time someone leaves the call is a fact, not a deadline ("I've got a hard stop at eleven", "I need to drop at
half past", "Sorry, I'll need to move the car in a minute", "he's got to leave at half past"): it dates no item
still waiting for a date, whoever says it; work put with a time straight after its verb keeps it ("I'll drop the
proofs off by Friday", "I'll go through it by Thursday", "We need to move on the buy by Friday").
tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")
ASKED = (PRITI, "They've offered me a speaking slot at the supper. Can someone write me something to say?")


@pytest.mark.parametrize("who", [NELL, THEO, PRITI])
@pytest.mark.parametrize(
    "leaving",
    [
        "Sorry, I'll need to move the car in a minute.",
        "Sorry, I have to jump off in ten minutes.",
        "I need to head off in five, sorry.",
        "I've got a hard stop in ten minutes, just so you know.",
    ],
)
def test_a_time_of_leaving_the_call_dates_no_waiting_item(who: str, leaving: str) -> None:
    turns = [ASKED, (THEO, "We'll write the speech for you."), (PRITI, "Lovely, thank you."), (who, leaving), NEXT]
    assert [(o, d) for o, _, d, at in call_items(turns) if at == 1] == [("agency", None)], run(turns).action_items


@pytest.mark.parametrize(
    ("promise", "due"),
    [
        ("I'll drop the proofs off by Friday.", "2026-03-06"),
        ("I'll go through it with the team by Thursday.", "2026-03-05"),
        ("I need to move the slots over by Friday, so I'll send the plan then.", "2026-03-06"),
        ("I'll get it to you in ten minutes.", "2026-03-04"),
    ],
)
def test_work_with_a_time_after_its_verb_keeps_the_time(promise: str, due: str) -> None:
    turns = [(PRITI, "Can you send the media plan?"), (NELL, promise), (PRITI, "Great."), NEXT]
    assert [d for _, _, d, at in call_items(turns) if at == 1][:1] == [due], run(turns).action_items


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("I've got the audit on Thursday, but yes, I'll give it a go on Friday.", "2026-03-06"),
        ("Sure, I'll send the updated risk log tomorrow.", "2026-03-05"),
    ],
)
def test_a_noun_that_can_mean_leaving_is_no_leaving(said: str, due: str) -> None:
    turns = [(PRITI, "Nell, could you test the form end to end?"), (NELL, said), (PRITI, "Great."), NEXT]
    assert [d for _, _, d, at in call_items(turns) if at == 1][:1] == [due], run(turns).action_items


def test_going_somewhere_on_a_day_keeps_the_day() -> None:
    turns = [(PRITI, "Could someone check the venue?"), (NELL, "Yes, I'll go on Thursday."), (PRITI, "Great."), NEXT]
    assert [d for _, _, d, at in call_items(turns) if at == 1][:1] == ["2026-03-05"], run(turns).action_items


@pytest.mark.parametrize(
    ("said", "invite_due"),
    [
        ("I'll send the invite over, and the approvals log this afternoon.", None),
        ("I'll send the invite and our notes by Friday.", None),
        ("I'll send the invite over this afternoon.", "2026-03-04"),
        ("I'll send the invite this afternoon, and the notes tomorrow.", "2026-03-04"),
    ],
)
def test_a_date_after_a_further_thing_sent_is_not_the_invites(said: str, invite_due: str | None) -> None:
    turns = [
        (PRITI, "Shall we say Thursday the 19th for the review?"),
        (OWEN, "Yes, the 19th is good."),
        (NELL, said),
        NEXT,
    ]
    found = [(t, d) for _, t, d, at in call_items(turns) if at == 2 and "invite" in t]
    assert [d for _, d in found][:1] == [invite_due], run(turns).action_items
