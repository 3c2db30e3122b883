"""A request is put to the one listening, not to an attendee only talked of in the turn ("Owen wants a release on
it. Could you draft one?" asks the listener; Owen's name does not make him the one asked). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[int, str]]:
    return [(a.turn or 0, a.owner) for a in call(turns).action_items]


@pytest.mark.parametrize(
    "ask",
    [
        "Owen wants a release on it. Could you draft one?",
        "The survey came back. Owen Lacey's keen to use it. Can you pull the headline numbers out?",
    ],
)
def test_a_name_talked_of_before_the_request_is_not_whom_it_asks(ask: str) -> None:
    assert items([(PRITI, ask), (THEO, "Yeah, that's one for me.")]) == [(1, THEO)]


def test_the_one_named_in_the_request_is_still_whom_it_asks() -> None:
    assert items([(PRITI, "Owen, could you draft the release?"), (THEO, "Yeah, that's one for me.")]) == []
    assert items([(PRITI, "The survey's back. Owen, could you draft the release?"), (OWEN, "Will do.")]) == [(1, OWEN)]
