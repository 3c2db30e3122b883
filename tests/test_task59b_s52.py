"""Session 52, task wording of whom "them" stands for, and of a check after a "do" question (task59, cherry-picked).

"I'll ask them to courier one over": "them" is whom the work is asked of, not a thing, whatever the parser makes of
the "to" (``parties.ASKED_TO``); "Leeds and Glasgow … I'll chase them": both names, as said (``parties._coordinated``);
"Do they need the logos in vector?" / "I'll check.": the check of what was asked, its verb as the statement says it
(``checked._inflected``). The dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh
agency, Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# "ask them to …", "tell them to …": the people just named are asked; not "email them to you" (things sent)
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "Could we see one of the new aprons before the shoot?"),
                (OWEN, "Sure, the supplier keeps a few spare. I'll ask them to courier one over by Friday."),
            ],
            "ask the supplier to courier one",
        ),
        (
            [
                (THEO, "The caterer still thinks we're at ninety covers."),
                (PRITI, "I'll tell them to plan for a hundred and ten tomorrow."),
            ],
            "tell the caterer to plan for 110",
        ),
    ],
)
def test_them_asked_to_do_the_work(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks


def test_them_sent_to_someone_stays_the_things() -> None:
    tasks = call_tasks(
        [
            (PRITI, "The printers need the cutter guides before they quote."),
            (NELL, "I'll email them to you tonight."),
        ]
    )
    assert not any("printers" in t for t in tasks), tasks


# "them" after two or more names said together: all of them, as said; one name alone stays one
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "We've had nothing back from Hull and Norwich on the street permits."),
                (OWEN, "I'll chase them tomorrow."),
            ],
            "chase Hull and Norwich",
        ),
        (
            [
                (THEO, "The Gazette, the Clarion and the Sentinel have all asked for a comment."),
                (PRITI, "I'll ring them this afternoon."),
            ],
            "ring the Gazette, the Clarion and the Sentinel",
        ),
        (
            [
                (THEO, "Tesco still haven't confirmed the end bays."),
                (OWEN, "I'll chase them on Monday."),
            ],
            "chase Tesco",
        ),
    ],
)
def test_them_after_names_said_together(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks


# a bare "I'll check." after a question put with "do", "does" or "did": the check of what was asked
@pytest.mark.parametrize(
    ("turns", "worded"),
    [
        (
            [
                (NELL, "Do they need the shelf strips in both sizes?"),
                (PRITI, "I'll check."),
            ],
            "check whether they need the shelf strips in both sizes",
        ),
        (
            [
                (PRITI, "Does the hall have a loading bay?"),
                (NELL, "I'll find out."),
            ],
            "find out whether the hall has a loading bay",
        ),
        (
            [
                (NELL, "Did the framers send the proofs back?"),
                (OWEN, "I'll check."),
            ],
            "check whether the framers sent the proofs back",
        ),
    ],
)
def test_check_after_a_do_question(turns: list[tuple[str, str]], worded: str) -> None:
    tasks = call_tasks(turns)
    assert worded in tasks, tasks


# not a check of fact: the listener asked about themselves ("Do you …?"), or a question put in the negative
@pytest.mark.parametrize(
    "question",
    ["Do you need the shelf strips in both sizes?", "Don't they need the shelf strips in both sizes?"],
)
def test_no_check_item_for_these_questions(question: str) -> None:
    items = call_items([(NELL, question), (PRITI, "I'll check.")])
    assert not any("whether" in task for _, task, _, _ in items), items
