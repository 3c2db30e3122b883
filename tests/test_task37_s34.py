"""Session 34, task wording (branch task37): "send a sentiment snapshot round", where the parser hung the object's
second noun on an earlier verb ("keep monitoring … snapshot"): that noun still finishes the object
(``tasks._noun_run_on``). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency,
Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_tasks

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("And I'll keep monitoring and send a sentiment snapshot round before each call.", "sentiment snapshot"),
        ("I'll keep checking and send a stock report round every morning.", "stock report"),
    ],
)
def test_the_object_noun_the_parser_hung_elsewhere(said: str, thing: str) -> None:
    tasks = call_tasks([(THEO, "Okay, next thing."), (NELL, said)])
    assert any(thing in task for task in tasks), tasks
