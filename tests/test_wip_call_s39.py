"""Defects found drafting a social agency's monthly WIP call (a Teams .vtt) as a new user would, and in the new read
set tune22 (session 39): "Wednesday's tight for me, I'm out at the stores. Thursday?" / "Thursday it is." kept
the draft due on Wednesday, and "Could we say Thursday?" moved it to tomorrow, before the day it was pushed back from;
"I'd give it another week before we move anything. If it's still ahead next Friday, we shift twenty percent across."
/ "Let's do that." agreed only the first sentence; "I'll go back to her manager" read "the manager's manager";
"I'll sign the plan off by Friday. And the PO is, Owen?" / "Yeah, I'll raise it this week." gave Owen the sign-off
(worded "sign the signed plan off" after "Signed plan and the PO.") and nobody the PO; "someone senior should phone
the mum" / "I'll call her this afternoon." named somebody else; "Should we use real staff or models?" / "Oh gosh,
yes. Real staff." chose nothing."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
BRIEF = [
    (PRITI, "And the spring sale, we need the brief signed off before Easter. Who's writing it?"),
    (NELL, "That's me. I'll have a draft to you by Wednesday."),
]  # the call is on a Wednesday: "by Wednesday" is the next one, 11 March


@pytest.mark.parametrize(
    "counter, reply",
    [
        ("Wednesday's tight for me, I'm out at the stores. Thursday?", "Thursday it is."),
        ("Wednesday's tight for me. Could we say Thursday?", "Thursday's fine."),
        ("Can you make it Thursday? I'm out on Wednesday.", "Sure."),
    ],
)
def test_a_day_put_back_from_the_owners_day_is_the_one_after_it(counter: str, reply: str) -> None:
    assert opened_items([*BRIEF, (PRITI, counter), (NELL, reply)]) == [(NELL, "draft the brief", "2026-03-12")]


def test_a_sooner_day_asked_is_still_the_sooner_one() -> None:
    turns = [*BRIEF, (PRITI, "Could you do Tuesday? Wednesday's the board."), (NELL, "Yes, Tuesday's fine.")]
    assert opened_items(turns) == [(NELL, "draft the brief", "2026-03-10")]


def test_what_follows_on_a_condition_is_part_of_the_proposal_agreed() -> None:
    turns = [
        (PRITI, "Should we move some money from the video into the carousel then?"),
        (NELL, "I'd give it another week. If it's still ahead next Friday, we shift twenty percent across."),
        (PRITI, "OK, that makes sense. Let's do that."),
    ]
    texts = [a.text for a in opened_call([*turns, NEXT]).agreements]
    assert texts == ["We give it another week. If it's still ahead next Friday, we shift twenty percent across."]


def test_her_manager_is_not_the_managers_manager() -> None:
    turns = [
        (NELL, "Four of the five have signed. The last one, her manager keeps asking for more money."),
        (PRITI, "No. We agreed the fee."),
        (NELL, "Understood. I'll go back to her manager today."),
    ]
    ((_, task, _),) = opened_items(turns)
    assert "manager's manager" not in task and task.startswith("go back to")


def test_a_thing_named_after_an_item_is_what_the_next_speaker_takes_on() -> None:
    turns = [
        (NELL, "Signed plan and the PO. That's all we need."),
        (PRITI, "Right. I'll sign the plan off by Friday. And the PO is, Owen?"),
        (OWEN, "Yeah, I'll raise it this week."),
    ]
    owners_tasks = [(owner, task) for owner, task, _ in opened_items(turns)]
    assert owners_tasks == [(PRITI, "sign the plan off"), (OWEN, "raise the purchase order (PO)")]


def test_a_person_named_by_who_they_are_is_whom_her_stands_for() -> None:
    turns = [
        (NELL, "We were saying someone senior should phone the mum, and ideally that's you."),
        (OWEN, "Yes. Absolutely. I'll call her this afternoon."),
    ]
    assert opened_items(turns) == [(OWEN, "call the mum", "2026-03-04")]


def test_an_option_named_after_an_exclamation_is_picked() -> None:
    turns = [
        (NELL, "Should we cast real staff or models for the shoot?"),
        (PRITI, "Oh gosh, yes. Real staff. I don't want a model pretending to ice a cake."),
    ]
    assert [a.text for a in opened_call([*turns, NEXT]).agreements] == ["We go with real staff."]
