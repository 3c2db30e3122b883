"""Agreements missed or kept wrongly in session 28's read sets, by how they are said. Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


# "If it's a single unit, then no.": the answer to a case still open takes back nothing settled before it
@pytest.mark.parametrize(
    ("turns", "at"),
    [
        (
            [
                (NELL, "The notice now says we've collected the heater and are testing it. Priti, are you happy?"),
                (PRITI, "With that line in, yes. That's approved."),
                (THEO, "Great. I'll get it out to the local papers this afternoon."),
                (OWEN, "Bigger question. Do we have to pull every heater from the shops?"),
                (PRITI, "If the lab finds a fault in the batch, yes. If it's one heater, a dropped one, then no."),
                (NELL, "When will the lab know?"),
            ],
            1,
        ),
        (
            [
                (THEO, "So the poster runs with the new strapline, the one without the price?"),
                (OWEN, "Yes. That's approved, go ahead on that basis."),
                (NELL, "And the radio? Does the strapline change there too?"),
                (PRITI, "Unless legal says the old strapline is wrong, then no, the radio stays as it is."),
                (THEO, "Okay. Next, the budget."),
            ],
            1,
        ),
    ],
)
def test_then_no_on_a_case_takes_nothing_back(turns: list[tuple[str, str]], at: int) -> None:
    assert at in agreed_at(turns), run(turns).agreements


def test_then_no_said_outright_still_takes_back() -> None:
    turns = [
        (THEO, "So we scrap the printed programme and do it all on the app?"),
        (PRITI, "Yes. Scrap the programme."),
        (OWEN, "Hang on, half our guests don't have smartphones. The programme has to stay."),
        (PRITI, "Then no. Keep the printed programme."),
        (NELL, "Okay. Next, the catering."),
    ]
    assert 1 not in agreed_at(turns), run(turns).agreements
