"""Session 50, a date its owner says after the other side's dated hand-over (branch due57).

"Our finance people will check the rate card. They'll want the signed quote first." "I'll email it over this
afternoon." "Then they'll come back to you by Wednesday.": the other side's hand-over in between is dated already and
owns no part of the check, so the date the check's speaker says next in a statement is the check's
(``commitments.dated_beside``); before, any item made in between left the earlier one with no date. A date put in a
question ("Could we also have the photos by Friday?": new work) or a fact ("The launch is on Friday") is not. The
dialogues are written for these tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen
Lacey client; the call is on Wednesday 4 March 2026).
"""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("turns", "first"),
    [
        (
            [
                (OWEN, "Our finance people will check the rate card. They'll want the signed quote first though."),
                (THEO, "No problem, I'll email it over this afternoon."),
                (OWEN, "Then they'll come back to you by Wednesday."),
                (PRITI, "Right, the radio copy next."),
            ],
            ("client", "2026-03-11"),
        ),
        (
            [
                (PRITI, "Our legal team will review the competition terms. But they need the draft first."),
                (NELL, "We can send it today."),
                (PRITI, "Then they'll have it back to you by Friday."),
                (OWEN, "Right, the radio copy next."),
            ],
            ("client", "2026-03-06"),
        ),
    ],
)
def test_owner_dates_the_item_after_the_other_sides_hand_over(
    turns: list[tuple[str, str]], first: tuple[str, str]
) -> None:
    items = call_items(turns)
    assert (items[0][0], items[0][2]) == first
    assert items[1][2] == "2026-03-04"  # the hand-over keeps its own day


@pytest.mark.parametrize(
    "third",
    [
        "Great. Could we also have the photos by Friday?",  # a date put for new work, in a question
        "Lovely. The launch is on Friday, by the way.",  # a fact
    ],
)
def test_no_date_from_a_question_or_a_fact(third: str) -> None:
    items = call_items(
        [
            (PRITI, "I'll update the price list."),
            (NELL, "And we'll send you the new logos today."),
            (PRITI, third),
            (NELL, "Sure."),
            (OWEN, "Right, the radio copy next."),
        ]
    )
    assert items[0][:3] == (PRITI, "update the price list", None)


def test_not_a_date_said_by_the_other_side() -> None:
    items = call_items(
        [
            (PRITI, "Our legal team will review the competition terms."),
            (NELL, "We can send them the draft today."),
            (THEO, "The stockists meet on Friday, so that works."),
            (OWEN, "Right, the radio copy next."),
        ]
    )
    assert items[0][:3] == ("client", "review the competition terms", None)


def test_not_the_other_sides_date_said_back() -> None:
    """ "The 14th. That's fine.": the date of the other side's sign-off, taken, not the waiting item's."""
    items = call_items(
        [
            (NELL, "Lovely. Then we'll write the banner copy off that and send it over."),
            (PRITI, "And our brand team will have to approve it. Say by the 14th."),
            (NELL, "The 14th. That's fine, that's still before the launch."),
            (OWEN, "Right, the radio copy next."),
        ]
    )
    assert (items[0][0], items[0][2]) == ("agency", None)


def test_not_a_day_said_in_passing() -> None:
    items = call_items(
        [
            (NELL, "And I'll brief our out-of-hours desk so someone picks up for you."),
            (OWEN, "Priti, I'd like the incident log by Monday, just for me."),
            (PRITI, "You'll have it by Monday."),
            (NELL, "Thanks, everyone. Do try and rest this weekend."),
        ]
    )
    assert items[0][2] is None
