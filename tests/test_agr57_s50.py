"""Session 50, agreements (branch agr57).

* A bare "Yes, go." (or "Yeah, go!") said in reply to a cost or change put to the speaker settles it, as "Yes, go
  on." does (a ``go_on_then`` row of ``models/agreements.jsonl``): "Could we add a teaser cut? It's a day in the edit,
  about nine hundred." … "Is that okay?" "Yes, go.". Not "go" that goes on to say where ("Yes, go to the next
  slide.").

Dialogues written for these tests (no meeting of the sets; tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client).
"""

from __future__ import annotations

import pytest

from tests.support import opened_agreements_at as agreements

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


GO_SAID = [
    [
        (OWEN, "Could we add a short teaser cut for the website? Fifteen seconds or so."),
        (THEO, "We can. It's another day in the edit, about nine hundred."),
        (OWEN, "Worth it, I think. Priti, is that okay?"),
        (PRITI, "It's your budget, not mine. Yes, go."),
    ],
    [
        (NELL, "We'd suggest a second photographer for the evening, about eight hundred extra."),
        (PRITI, "Yeah, go!"),
    ],
]


@pytest.mark.parametrize("turns", GO_SAID)
def test_a_bare_yes_go_settles_what_was_put(turns: list[tuple[str, str]]) -> None:
    found = agreements(turns)
    assert [turn for turn, _ in found] == [len(turns) - 1], found


def test_go_to_somewhere_settles_nothing() -> None:
    turns = [
        (NELL, "We'd suggest a second photographer for the evening, about eight hundred extra."),
        (PRITI, "Let me think about it. Yes, go to the next slide."),
    ]
    assert agreements(turns) == []
