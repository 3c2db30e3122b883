"""Session 59, agreements (branch agr59): the way people settle things.

* "About ninety-five." "Ninety-five. Okay. I can stand behind ninety-five.": "can stand behind" / "can get behind"
  takes the terms just put, like "can live with" (``works_for_us``, and ``terms_accepted`` so no work is read into
  it); before, it was drafted as an action item "stand behind ninety-five" and no agreement. Not "I can't get behind
  that.", nor "We could get behind on the edit…" (behind schedule).
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)

RUN_SIZE = [
    (NELL, "What's the smallest mailing that still gives us a proper read on the new lists?"),
    (THEO, "Honestly? About ninety-five thousand. Below that the test cells get too small."),
]


@pytest.mark.parametrize(
    "taken",
    [
        "Ninety-five. Okay. I can stand behind ninety-five.",
        "Okay. I can get behind ninety-five thousand.",
        "Fine, I could probably stand behind that.",
    ],
)
def test_terms_stood_behind_are_taken(taken: str) -> None:
    found = run([*RUN_SIZE, (PRITI, taken), (NELL, "Great, thanks.")])
    assert [a.turn for a in found.agreements] == [2], found.agreements
    assert not any(a.turn == 2 for a in found.action_items), found.action_items


@pytest.mark.parametrize(
    "reply",
    [
        "Hmm. I can't get behind that, it's too many.",
        "We could get behind on the edit if the lists are late.",
    ],
)
def test_not_terms_stood_behind(reply: str) -> None:
    found = run([*RUN_SIZE, (PRITI, reply), (NELL, "Okay.")])
    assert not any(a.turn == 2 for a in found.agreements), found.agreements
