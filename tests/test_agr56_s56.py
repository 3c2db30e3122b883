"""Session 56, agreements (branch agr56): the way people settle things.

* "We'd suggest licensing rather than a composed track." "I'd rather composed." "It's twelve grand more."
  "Twelve? Then no. Let's license.": a bare "let's" and a verb (``lets_verb_option``) picks the course another speaker
  put with that verb in the turns just before ("licensing", "license a track or commission an original"), stated as
  it was put ("We go with licensing rather than a composed track.", "We license a track."); not a "let's" verb
  nobody put as a course ("Okay, let's eat."), nor a "let's" of the call itself ("Let's start.").
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def _agreements(turns: list[tuple[str | None, str]]) -> list[tuple[int | None, str]]:
    return [(a.turn, a.text) for a in run(turns).agreements]


MUSIC = [
    (NELL, "And music. We'd suggest licensing rather than a composed track for the second route. Cheaper and quicker."),
    (PRITI, "Hmm. I'd rather composed, it's more ownable."),
    (NELL, "It's about twelve grand more."),
]


def test_a_bare_lets_verb_picks_the_course_put_before() -> None:
    found = _agreements([*MUSIC, (PRITI, "Twelve? Then no. Let's license. Ownable can wait."), (THEO, "Noted.")])
    assert [t for t, _ in found] == [3], found
    assert "licensing rather than a composed track" in found[0][1], found


def test_a_bare_lets_verb_states_the_option_with_what_it_takes() -> None:
    turns = [
        (NELL, "Music next. We can license a track or commission an original."),
        (PRITI, "What does an original cost?"),
        (NELL, "Around fifteen thousand."),
        (PRITI, "Too much. Let's license."),
        (NELL, "Fine."),
    ]
    found = _agreements(turns)
    assert [t for t, _ in found] == [3], found
    assert found[0][1] == "We license a track.", found


@pytest.mark.parametrize(
    "answer",
    ["Okay, let's eat. I'm starving.", "Great. Let's start.", "Let's see."],
)
def test_a_lets_verb_nobody_put_as_a_course_settles_nothing(answer: str) -> None:
    turns = [*MUSIC, (PRITI, answer), (THEO, "Sure.")]
    assert 3 not in [t for t, _ in _agreements(turns)]
