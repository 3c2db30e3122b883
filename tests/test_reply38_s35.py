"""Short replies that take work on, naming no verb, from session 35. Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04;
``opened_call`` numbers the turns given from 2).

Asked for work, "Give me a week." / "Give me a couple of days." takes it on and dates it (GUIDELINES §5: "give me N
weeks" is the meeting date + 7N days) (``models/acceptances.jsonl`` ``accept_give_me_time``); "Give me a minute to
find it." asks for a moment in the call, no work. "Mine." / "I've got it." / "That's one for me." / "Me." take on
work just asked for (``models/commitment_cues.jsonl`` SELF_IDIOM ``mine_answer``, ``ive_got_it``; the task from the
request, ``models/wording/replies.jsonl`` OWN_IT); answering a question of having or wanting ("Who's got the deck?",
"Who wants the veggie one?") they take nothing on (``CommitmentTracker._work_asked``). "Mine's the blue one." says
whose a thing is, "I've got it here." has a file at hand, and "Got it." says understood: none takes work on.

"Course. I'll send it over tonight." answering "Can I see the keyword list before it goes live? Just the new
generics." sends the keyword list: a question with more said after its question mark still asks for a new thing, so the
"it" is not the speaker's earlier item said again (``repeats.asked_anew``).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


def rows(turns: list[tuple[str, str]]) -> list[tuple[object, str, str | None, int | None]]:
    found = opened_call(turns).action_items
    return [(a.owner, a.task, a.due.isoformat() if a.due else None, a.turn) for a in found]


@pytest.mark.parametrize(
    ("turns", "task", "due"),
    [
        (
            [(PRITI, "Theo, can you pull together the media plan options?"), (THEO, "Give me a week."), NEXT],
            "pull together the media plan options",
            "2026-03-11",
        ),
        (
            [
                (NELL, "Owen, could you get us the store list for the trial?"),
                (OWEN, "Give me two weeks on that."),
                NEXT,
            ],
            "get the store list for the trial",
            "2026-03-18",
        ),
        (
            [(PRITI, "Could you cost up the extra venue, Nell?"), (NELL, "Sure, give me a couple of days."), NEXT],
            "cost up the extra venue",
            "2026-03-06",
        ),
    ],
)
def test_asking_for_time_takes_the_request_on(turns: list[tuple[str, str]], task: str, due: str) -> None:
    found = rows(turns)
    assert [(t, d, k) for _, t, d, k in found] == [(task, due, 3)], found
    assert found[0][0] == turns[1][0]


@pytest.mark.parametrize(
    ("turns", "task"),
    [
        (
            [(PRITI, "Who's booking the studio for the shoot?"), (THEO, "Mine."), NEXT],
            "book the studio for the shoot",
        ),
        (
            [(PRITI, "Can someone chase the printer about the proofs?"), (THEO, "I've got it."), NEXT],
            "chase the printer about the proofs",
        ),
        (
            [(PRITI, "Can someone chase the printer about the proofs?"), (THEO, "Yeah, I've got this one."), NEXT],
            "chase the printer about the proofs",
        ),
        (
            [(PRITI, "Theo, can you chase the printer about the proofs?"), (THEO, "Yep, I've got that."), NEXT],
            "chase the printer about the proofs",
        ),
        (
            [(PRITI, "Can someone chase the printer about the proofs?"), (THEO, "That's one for me."), NEXT],
            "chase the printer about the proofs",
        ),
        (
            [(PRITI, "Who's booking the studio for the shoot?"), (THEO, "Me."), NEXT],
            "book the studio for the shoot",
        ),
    ],
)
def test_a_short_reply_takes_on_what_was_asked(turns: list[tuple[str, str]], task: str) -> None:
    found = rows(turns)
    assert found == [(THEO, task, None, 3)], found


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Theo, can you find the media plan options?"), (THEO, "Give me a minute to find it."), NEXT],
        [(PRITI, "Can you put the deck up?"), (THEO, "Give me a second, my screen's frozen."), NEXT],
        [(PRITI, "Whose is the blue folder on the shared drive?"), (THEO, "Mine's the blue one."), NEXT],
        [(PRITI, "Can you pull up the latest deck?"), (THEO, "I've got it here."), NEXT],
        [(PRITI, "Has anyone got the latest deck open?"), (THEO, "I've got it open now."), NEXT],
        [(PRITI, "The printer needs the proofs back by Friday."), (THEO, "Got it."), NEXT],
        [(PRITI, "Did the courier bring the samples?"), (THEO, "Yes, I've got them."), NEXT],
        [(PRITI, "Who's got the latest version of the deck?"), (THEO, "I've got it."), NEXT],
        [(PRITI, "Has everyone got the agenda?"), (THEO, "I've got it."), NEXT],
        [(PRITI, "Who wants the veggie option at lunch?"), (THEO, "Me."), NEXT],
        [(PRITI, "Whose is the blue folder?"), (THEO, "Mine."), NEXT],
    ],
)
def test_a_short_reply_that_takes_nothing_on_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert rows(turns) == []


@pytest.mark.parametrize(
    "ask",
    [
        "Can I see the keyword list before it goes live? Just the new generics.",
        "Could we have the keyword list first? Only the new ones, mind.",
    ],
)
def test_a_thing_asked_for_since_is_what_it_points_at(ask: str) -> None:
    """ "I'll get the budgets live Monday." "Can I see the keyword list before it goes live? Just the new generics."
    "Course. I'll send it over tonight.": the "it" answers the question put since (also with more said after its
    question mark), a new item; it is not the earlier item said again with a new date (``repeats.asked_anew``)."""
    turns = [
        (THEO, "Great. I'll get the new search budgets live on Monday."),
        (OWEN, ask),
        (THEO, "Course. I'll send it over tonight."),
        (PRITI, "Tonight! Look at you."),
    ]
    found = rows(turns)
    assert [(k, d) for _, _, d, k in found] == [(2, "2026-03-09"), (4, "2026-03-04")], found
    assert "keyword list" in found[1][1], found
