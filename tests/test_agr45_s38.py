"""Agreements in session 38 that a new user's calls lost:

* a standing rule of the client's sign-off said as "nothing goes … without me seeing it first" and taken as set by
  the agency ("Understood. Everything comes through you.") is agreed, stated as the client said it with the client
  named ("No copy goes to any other blogger without Priti seeing it first."); not the same words of something done
  without the client seeing it, nor a bare "Understood." to a fact, nor the rule answered with work ("Will do."), nor
  asked. (The row's own examples are checked by tests/test_agr32_s30.py's test_signoff_rows.)

Tried in session 38 and not kept (more spurious agreements than found on the read sets, held-out groups up): "No
interview." / "UK only for now." as a decision; most such turns turn a proposal down, which is no agreement.

Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, NEXT, OPENING
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn - len(OPENING), a.text) for a in run(turns).agreements if a.turn is not None]


SET = [
    (
        [
            (NELL, "The blogger pack is nearly ready."),
            (PRITI, "And no copy goes to any other blogger without me seeing it first."),
            (NELL, "Understood. Everything comes through you."),
        ],
        (2, "No copy goes to any other blogger without Priti seeing it first."),
    ),
    (
        [
            (THEO, "We've drafted replies for the comments."),
            (OWEN, "Fine, but nothing gets posted without us checking it."),
            (THEO, "Noted."),
        ],
        (2, "Nothing gets posted without the client checking it."),
    ),
]


@pytest.mark.parametrize(("turns", "expected"), SET)
def test_a_rule_of_the_clients_sign_off_taken_as_set_is_agreed(
    turns: list[tuple[str, str]], expected: tuple[int, str]
) -> None:
    assert agreed([*turns, NEXT]) == [expected]


NOT_SET = [
    [(PRITI, "The shop changed its prices without me seeing it."), (NELL, "Understood.")],
    [(PRITI, "The stand is twelve metres wide."), (NELL, "Understood.")],
    [(PRITI, "And nothing goes to the press without me seeing it first."), (NELL, "Will do.")],
    [(PRITI, "Can the press see it without me seeing it first?"), (NELL, "Understood.")],
]


@pytest.mark.parametrize("turns", NOT_SET)
def test_no_rule_set_or_none_taken_is_no_agreement(turns: list[tuple[str, str]]) -> None:
    assert agreed([*turns, NEXT]) == []
