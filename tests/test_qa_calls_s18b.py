"""Spurious and missed items: the same work promised twice by one owner within a couple of turns, the second time
only dated ("I can get our printers to quote for it." "Oh, brilliant." "I'll email the printers today."), and an
offer made to one attendee that they take up a few turns later by naming it among other words ("And Theo, yes,
the tracker. That would be great."). Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, str | list[str] | None, str, str | None]]:
    return [(a.turn, a.owner, a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]


QUOTE = [
    (PRITI, "The stands are the worry. We still don't know what the big ones will cost us."),
    (NELL, "I can get the stand builders to quote on the two big stands."),
    (PRITI, "Oh, that would be brilliant."),
]


@pytest.mark.parametrize(
    "again",
    [
        "Yeah, I'll get an email out to the stand builders today.",
        "Great, I'll ping the SBs about the big stands by Friday.",
    ],
)
def test_the_same_work_said_again_with_a_date_dates_the_offer(again: str) -> None:
    got = items([*QUOTE, (NELL, again)])
    assert len(got) == 1 and got[0][0] == 1 and got[0][1] == NELL and got[0][3] is not None, got


@pytest.mark.parametrize(
    "other",
    [
        "And I'll also send you the floor plan by Friday.",  # more work, said as more
        "I'll book the photographer for the opening by Friday.",  # other work
    ],
)
def test_other_dated_work_of_the_same_owner_is_its_own_item(other: str) -> None:
    got = items([*QUOTE, (NELL, other)])
    assert len(got) == 2, got


TRACKER = [
    (THEO, "Oh, and Owen, I could give you a login to the live tracker, so you can see where we are any time."),
    (PRITI, "Are the radio spots in the plan at all?"),
    (NELL, "Not this time round. Radio is out for this flight."),
]


@pytest.mark.parametrize(
    "yes",
    [
        "Fair enough. And Theo, yes, sorry, the tracker. I'd love that.",
        "Yes, the tracker login would be great, thanks.",
    ],
)
def test_an_offer_taken_up_later_by_the_one_it_was_made_to_is_an_item_at_the_offer(yes: str) -> None:
    got = items([*TRACKER, (OWEN, yes), (THEO, "Cool. I'll have it sorted for you by end of next week.")])
    tracker = [i for i in got if "tracker" in i[2] or "login" in i[2]]
    assert len(got) == 1 and tracker and tracker[0][0] == 0 and tracker[0][3] == "2026-03-13", got


def test_an_offer_made_to_one_is_not_taken_up_by_anothers_yes_in_passing() -> None:
    got = items([*TRACKER, (PRITI, "Yes, the tracker looks busy this month.")])
    assert got == [], got
