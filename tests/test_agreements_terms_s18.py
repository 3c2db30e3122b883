"""Agreements, second round of session 18: terms closed with a "Done." that opens the turn and states them after it
("Done. Forty-eight, one shoot day."), an offer made on a condition ("Come down to sixty and you've got a deal.")
that is not yet a deal, and terms read back and taken ("… We can work with that."). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def agreed(turns: list[tuple[str, str]]) -> dict[int, str]:
    return {a.turn: a.text for a in run(turns).agreements if a.turn is not None}


HAGGLE = [
    (THEO, "With both shoot days and the extra edit, the package comes to fifty-five thousand."),
    (PRITI, "We budgeted forty-five. Can you get any nearer that?"),
    (NELL, "If we lose the second shoot day, we can do forty-eight."),
]


@pytest.mark.parametrize(
    ("reply", "settled"),
    [
        ("Done. Forty-eight, one shoot day.", True),
        ("Done. Forty-eight and a single day on location.", True),
        # the work asked for, done on the spot or reported, settles nothing
        ("Done. I sent the revised estimate this morning.", False),
        ("Let me take that to finance first.", False),
    ],
)
def test_done_then_terms(reply: str, settled: bool) -> None:
    found = agreed([*HAGGLE, (PRITI, reply)])
    assert (3 in found) is settled, found
    if settled:
        assert "forty-eight" in found[3].lower()
        assert not found[3].lower().startswith("done")


@pytest.mark.parametrize(
    ("offer", "deal"),
    [
        ("Come down to sixty and you've got a deal.", False),
        ("Okay, throw in the cutdowns and you've got a deal.", False),
        ("Sixty-two. Okay, you've got a deal.", True),
    ],
)
def test_deal_offered_on_a_condition(offer: str, deal: bool) -> None:
    turns = [
        (NELL, "We could build and dress the stand for sixty-two."),
        (PRITI, offer),
        (THEO, "Let me talk to the builders about that."),
    ]
    assert (1 in agreed(turns)) is deal


@pytest.mark.parametrize(
    ("reply", "settled"),
    [
        ("Understood. Eighty now and the twenty later. We can work with that.", True),
        ("Okay. We could work with that.", True),
        ("Understood. I'll work with Owen on the phasing plan.", False),
    ],
)
def test_terms_we_can_work_with(reply: str, settled: bool) -> None:
    turns = [
        (OWEN, "Finance will release eighty now and hold the other twenty until they see the first results."),
        (NELL, reply),
    ]
    assert (1 in agreed(turns)) is settled
