"""Spurious action items from hospitality and travel said around a session (session 40). Dialogues written for
these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday,
2026-03-04).

Once a visit or a walk-through is fixed, the host often adds a kindness, and a call ends on one: "Come at eight,
I'll put the kettle on.", "Bye! I'll save you a slice." These are no work a contact report would list (GUIDELINES.md
§4: not a future task), and an item on the turn that settles the session takes the session's place in matching.
``social_treat`` in ``models/distractors.jsonl`` now also marks the kettle and a treat kept for someone; the work said
the same way stays ("I'll bring the samples", "I'll save you a copy of the deck").

A promise asked about in the same breath ("I'll get the samples pulled — what sizes do you need?", "I'll set up a
pre-production meeting for the first week of April — in person, ideally?") was no item: the parser copy turns the dash
into a comma, the sentence ends with "?", and every clause of a sentence that ends so was a question. A promise in
plain word order ("I'll", "we'll") before the comma, with a question of its own after it, is now a promise
(``components._question``); a question that asks ("Can you send the deck, by Friday?", "Do you think we'll need a
second photographer, or not?") and a promise closed by a tag ("We'll go with route B, yeah?") are read as before.

Not kept: a "could we …?" session answered "Yes, absolutely. I'll pop an invite in." taken as on (a joint item, and
the invite one of its own): one session found on a read set, worded poorly (a miss became a task edit, no group
moved), and "Can we do the Tuesday review at ten?" "Sure, I'll send an invite." then drafted the review, a meeting
the call sets, as a joint item (tests/test_extract_bare_objects.py).

Not kept: "I'll drive up." / "I'll drive." as a distractor: on a turn that settles a visit ("Thursday's great." "Lovely.
I'll drive down.") it is what the session item is drafted from, and the session was lost.
"""

from __future__ import annotations

import pytest

from tests.support import CALL, opened_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


NOT_ITEMS = [
    [
        (PRITI, "Do you want to come and see the workshop before the shoot? It's tight for lights."),
        (THEO, "Yes, that would be great. Friday morning?"),
        (PRITI, "Come at eight on Friday. I'll put the kettle on."),
    ],
    [
        (NELL, "Thanks all, that was really useful."),
        (OWEN, "Bye! I'll save you a slice of the launch cake."),
    ],
    [
        (PRITI, "Theo, would you like to come down to the workshop before the shoot?"),
        (THEO, "Definitely. When?"),
        (PRITI, "Friday? I'll put the kettle on."),
        (THEO, "Friday works."),
    ],
]


@pytest.mark.parametrize("turns", NOT_ITEMS)
def test_hospitality_and_travel_are_no_items(turns: list[tuple[str, str]]) -> None:
    tasks = " / ".join(task for _, task, _ in opened_items(turns))
    for word in ("kettle", "slice", "cake"):
        assert word not in tasks


STILL_ITEMS = [
    (
        [
            (PRITI, "Can you bring the fabric swatches when you come?"),
            (THEO, "Sure. I'll bring the samples to the workshop on Friday."),
        ],
        "sample",
    ),
    (
        [
            (PRITI, "Could we have the deck from today?"),
            (NELL, "Of course, I'll save you a copy of the deck on the shared drive tonight."),
        ],
        "deck",
    ),
]


@pytest.mark.parametrize(("turns", "word"), STILL_ITEMS)
def test_work_said_the_same_way_stays(turns: list[tuple[str, str]], word: str) -> None:
    assert any(word in task for _, task, _ in opened_items(turns))


ASKED_ABOUT = [
    [
        (PRITI, "We'll need some samples of the new range for the shoot."),
        (THEO, "Right, that's one for me. I'll get the samples sent over — what sizes do you need?"),
    ],
    [
        (PRITI, "We should meet properly before the shoot."),
        (NELL, "Agreed. I'll set up a planning meeting for the first week of April — in person, ideally?"),
    ],
]


@pytest.mark.parametrize("turns", ASKED_ABOUT)
def test_a_promise_asked_about_is_an_item(turns: list[tuple[str, str]]) -> None:
    speaker = turns[-1][0]
    assert [owner for owner, _, _ in opened_items(turns)] == [speaker]


STILL_ASKED = [
    [(NELL, "Can you send the deck, by Friday?")],
    [(PRITI, "Do you think we'll need a second photographer, or not?"), (NELL, "Probably not.")],
    [(PRITI, "So which route?"), (OWEN, "We'll go with route B, yeah?"), (PRITI, "Yes.")],
    [(PRITI, "So which route?"), (OWEN, "We'll go with route B, is that okay?"), (PRITI, "Yes.")],
]


@pytest.mark.parametrize("turns", STILL_ASKED)
def test_a_question_stays_a_question(turns: list[tuple[str, str]]) -> None:
    assert opened_items(turns) == []
