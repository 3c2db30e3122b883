"""One set of acknowledgements for the agreements the agency takes as said (``settling.ACKNOWLEDGED``, which
``readback`` shares): a client's pick from options laid out, acknowledged "Cool.", is settled, as it was after
"Great.". Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "For the lockers there are two options. Free for everyone, or a small fee for non-members."),
                (PRITI, "I really don't want us charging people at a festival."),
                (PRITI, "Free for everyone."),
                (NELL, "Cool. Then the supplier needs a new booking flow."),
            ],
            [2],
        ),
    ],
)
def test_a_pick_acknowledged_cool_is_settled(turns: list[tuple[str, str]], at: list[int]) -> None:
    assert agreed_at(turns) == at, run(turns).agreements
