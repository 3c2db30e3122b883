"""Spurious action items from recaps nobody read as recaps (session 39). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04).

A chair closes a call with "Right, let me do the recap." or "Right, so just for the notes." and then lists who does
what. These open a recap (RECAP cues in ``models/distractors.jsonl``) as "let me recap" does: the side's "we'll …"
and an attendee's "Theo to …" in the list say again work taken on earlier, not new items. Not "I'll send the recap
round tonight." nor "I'll put that in the notes for the client." (rows in tests/test_extract_rules.py). ("Let me just
run through it." opens most such recaps too, but read as one it moved a due date on a never-read set: not kept.)

A part of a recap that names two attendees before the thing ("Priti's building the sampling list off Theo's grading
file") does not say whose the thing is: the earlier item for the file keeps its owner (``recaps._fragment_owner``).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None, int | None]]:
    return [(a.owner, a.task, a.due.isoformat() if a.due else None, a.turn) for a in opened_call(turns).action_items]


EARLIER = [
    (PRITI, "Could you cost up the hospitality options for the two bars?"),
    (NELL, "Yes, we'll send you costed options for both by next Wednesday."),
    (PRITI, "Great. And the mascot, it needs simplifying for the stamp on the back."),
    (THEO, "I'll draft a simpler mascot with cleaner lines after the bank holiday."),
    (OWEN, "Lovely, that sounds right."),
]


@pytest.mark.parametrize(
    "opener",
    [
        "Right, let me do the recap, then I'll let you all go.",
        "Right, so just for the notes.",
    ],
)
def test_a_recap_says_again_and_adds_no_item(opener: str) -> None:
    recap = (
        NELL,
        f"{opener} We'll do the hospitality costs next Wednesday, Theo to simplify the mascot after the bank "
        "holiday, and Owen's checking the stamp size with the printer.",
    )
    got = items([*EARLIER, recap, NEXT])
    assert [turn for *_, turn in got] == [3, 5], got


def test_notes_taken_in_the_call_open_no_recap() -> None:
    turns = [
        (PRITI, "Shall we look at the deck?"),
        (NELL, "That's going in the notes for the client. We'll send the revised plan over by Friday."),
        NEXT,
    ]
    assert items(turns) == [("agency", "send the revised plan", "2026-03-06", 3)], opened_call(turns).action_items


def test_two_people_named_before_the_thing_leave_its_owner() -> None:
    turns = [
        (PRITI, "I'll build the sampling list off the store grading."),
        (OWEN, "Theo, could you send Priti your grading file?"),
        (THEO, "Sure, I'll send her the grading file today."),
        (NELL, "Okay, so to recap. Priti's building the sampling list for Monday off Theo's grading file."),
        NEXT,
    ]
    owners = [(owner, turn) for owner, _, _, turn in items(turns)]
    assert owners == [(PRITI, 2), (THEO, 4)], opened_call(turns).action_items
