"""Dates from session 29's read sets. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

"I'll have it with you by Friday" dates the owner's undated item of the last few turns (``repeats.carries_on``,
``had_by``), but not when a turn since named the thing of another of the owner's items and not that one ("Can you
book the coaches?" "Yep." "And the seating plan, Theo, that'd really help." "I can have it with you by next
Friday."): "it" is the seating plan offered before, which takes the date; the coaches stay undated.

A turn late in the call changes an item's day when it asks to ("Could I have till Tuesday for the claim wording?");
"till"/"until" asks that only before a day, not before a clause ("No claim wording goes anywhere until legal have
checked it. I'll see you all Wednesday.": Wednesday is no new day for the claim wording). The change names the
item by a noun of its task, but not a noun said of another kind ("our travel team … till the fourth" does not name
"reach out to the ambassador team")."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
OFFER = (THEO, "Shall I mock up a seating plan for both days? Just a rough one, so we can see the gaps.")
TAKEN = (PRITI, "Yes please, that would help.")
COACHES = (NELL, "Theo, can you book the coaches for the dinner?")
YES = (THEO, "Yep, will do.")
HAD = (THEO, "Great. I can have it with you by next Friday.")
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    "named",
    [
        "And Theo, the seating plan, the sooner the better. That'd really help.",
        "Oh, and on the seating plan, I'd love to see a draft before we sign the venue.",
    ],
)
def test_it_after_another_items_thing_is_named_is_that_thing(named: str) -> None:
    turns = [OFFER, TAKEN, COACHES, YES, (PRITI, named), HAD, NEXT]
    items = [(task, due, at) for _, task, due, at in call_items(turns)]
    assert items == [("mock up a seating plan", "2026-03-13", 0), ("book the coaches for the dinner", None, 3)], items


@pytest.mark.parametrize(
    "between",
    [
        "Perfect, the coaches are the big one.",  # the coaches named again: "it" is still theirs
        "Lovely.",  # nothing named
    ],
)
def test_it_right_after_the_item_still_dates_it(between: str) -> None:
    turns = [OFFER, TAKEN, COACHES, YES, (PRITI, between), HAD, NEXT]
    items = {("coaches" if "coaches" in task else task): due for _, task, due, _ in call_items(turns)}
    assert items.get("coaches") == "2026-03-13", run(turns).action_items


FILLER = [
    (PRITI, "Great. Now, the radio copy."),
    (OWEN, "The radio copy's with legal, we should hear back this week."),
    (NELL, "And the outdoor sites are all confirmed."),
    (PRITI, "Lovely, that's good news."),
]


@pytest.mark.parametrize(
    "later",
    [
        "So, to sum up. No claim wording goes anywhere until legal have checked it. I'll see you all Wednesday.",
        "Fine. The claim wording stays with me until Owen's team have signed it off, and we talk again Wednesday.",
    ],
)
def test_until_before_a_clause_asks_no_change_of_day(later: str) -> None:
    turns = [(THEO, "I'll send the revised claim wording by Friday."), *FILLER, (THEO, later), NEXT]
    assert [due for _, _, due, at in call_items(turns) if at == 0] == ["2026-03-06"], run(turns).action_items


def test_till_before_a_day_still_asks_one() -> None:
    turns = [
        (THEO, "I'll send the revised claim wording by Friday."),
        *FILLER,
        (THEO, "Sorry, one thing. Could I have till Tuesday for the claim wording? Legal are slow."),
        NEXT,
    ]
    assert [due for _, _, due, at in call_items(turns) if at == 0] == ["2026-03-10"], run(turns).action_items


@pytest.mark.parametrize(
    "later",
    [
        "I would, but no, sorry, our travel team shut down on the eighteenth and don't come back till the fourth.",
        "Sadly not. The design team are away till Monday, so it'll have to wait.",
    ],
)
def test_a_change_naming_another_team_does_not_redate_the_item(later: str) -> None:
    turns = [
        (PRITI, "Theo, can you reach out to the ambassador team about the shoot?"),
        (THEO, "Yep, sure. I'll do it this week."),
        *FILLER,
        (PRITI, "Theo, could you also book flights for the crew?"),
        (THEO, later),
        NEXT,
    ]
    dues = [due for _, task, due, _ in call_items(turns) if "ambassador" in task]
    assert dues == ["2026-03-06"], run(turns).action_items
