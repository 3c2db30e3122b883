"""A client's direction said back by the agency (readback.direction_read_back), session 31's second round: work the
client asks for that the agency says back and then takes on by pointing back at it ("Send it to legal first."
"Okay, to legal first. I'll do that this afternoon.") is work taken on, not a settled term; a read-back followed
by other work of the agency's own ("I'll redo the running order with that swap.") stays agreed. Dialogues
written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey
client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    "turns",
    [
        [  # work asked for, said back and taken on by pointing back at it
            (NELL, "The press statement is drafted and ready."),
            (PRITI, "Send it to legal first."),
            (NELL, "Okay, to legal first. I'll do that this afternoon."),
            (THEO, "Next, the venue."),
        ],
        [
            (NELL, "The brochure proofs came back."),
            (PRITI, "Print them on the matt stock."),
            (NELL, "Great, the matt stock then. I'll get that sorted today."),
            (THEO, "Next, the venue."),
        ],
    ],
)
def test_work_asked_for_said_back_and_taken_on_is_not_agreed(turns: list[tuple[str, str]]) -> None:
    assert agreed_at(turns) == [], run(turns).agreements


def test_a_direction_said_back_with_other_work_of_the_agency_stays_agreed() -> None:
    turns = [
        (THEO, "So which of you does the welcome speech on the night?"),
        (OWEN, "I'd rather not speak first, I'm hopeless at that. Priti opens, I'll do the toast."),
        (PRITI, "Oh, even better, you get the big moment. Fine by me."),
        (NELL, "Okay, so Priti opens, Owen toasts. I'll redo the running order with that swap."),
        (THEO, "Next, the venue."),
    ]
    assert agreed_at(turns) == [3], run(turns).agreements
