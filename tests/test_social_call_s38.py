"""Defects found drafting a building society's monthly social media review as a new user would (session 38): the
client's "I'll need it by Wednesday" (and the owner's "Wednesday's fine.") left the copy changes undated; "We'll
put it behind the stories" after "Brilliant, that's great news." read "put great news behind
the stories"; "Same time next month?" left the next meeting "To be arranged"; and "So we're going with the
customer stories then." was agreed as said, and summarised "We agreed that We're going with …"."""

from __future__ import annotations

import pytest
from support import NEXT, call, opened_call

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"
COPY = "I'll go through the copy and take out the superlatives before it comes back to you."


@pytest.mark.parametrize(
    "turns",
    [
        [(NELL, COPY), (OWEN, "Thanks. I'll need it by Wednesday to get it through legal."), (NELL, "Sure.")],
        [(NELL, COPY), (OWEN, "Great. We need them back by Wednesday for legal."), (NELL, "Wednesday's fine.")],
        # the owner's own date, taken over by the date the work is needed by
        [
            (NELL, "I'll fix the copy by Friday."),
            (OWEN, "I'll need it by Wednesday, really."),
            (NELL, "Wednesday's fine."),
        ],
    ],
)
def test_the_date_the_work_is_needed_by_dates_it(turns: list[tuple[str, str]]) -> None:
    (item,) = opened_call([*turns, NEXT]).action_items
    assert (item.owner, item.due.isoformat() if item.due else None) == (NELL, "2026-03-11")


@pytest.mark.parametrize(
    "said",
    [
        "I'll need the budget by Wednesday.",  # what is needed is named, not the item's work
        "We need it by Wednesday? I thought it was Friday.",
    ],
)
def test_no_date_needed_for_other_work_or_in_doubt(said: str) -> None:
    (item, *_) = opened_call([(NELL, COPY), (OWEN, said), NEXT]).action_items
    assert item.due is None


def test_good_news_is_not_what_it_is() -> None:
    turns = [
        (PRITI, "Finance have approved the extra boosting budget."),
        (NELL, "Brilliant, that's great news. We'll put it behind the stories then."),
        NEXT,
    ]
    (item,) = opened_call(turns).action_items
    assert item.task == "put the extra boosting budget behind the stories"


def test_same_time_next_month_sets_the_next_meeting() -> None:
    found = call([(NELL, "Right, that's everything. Same time next month?"), (PRITI, "Same time next month.")])
    assert found.next_meeting == "Wednesday 1 April 2026"


def test_going_with_is_agreed_as_a_statement() -> None:
    turns = [
        (THEO, "So route one is the carousel, route two the customer stories."),
        (PRITI, "I like the customer stories. So we're going with the customer stories then."),
        (NELL, "Great."),
        NEXT,
    ]
    texts = [a.text for a in opened_call(turns).agreements]
    assert texts == ["We go with the customer stories."]
