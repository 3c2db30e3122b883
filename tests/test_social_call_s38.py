"""Defects found drafting a building society's monthly social media review as a new user would (session 38): the
client's "I'll need it by Wednesday" (and the owner's "Wednesday's fine.") left the copy changes undated; the
recap's "Nell's updating the copy by Wednesday" did not date Nell's "go through the copy and take out the
superlatives" (the recap names the thing by one of its words); "I can split it out from this month" was due at the
month's end; "We'll put it behind the stories" after "Brilliant, that's great news." read "put great news behind
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


def test_the_recap_dates_an_item_it_names_by_its_owner_and_one_word() -> None:
    turns = [
        (NELL, COPY),
        (PRITI, "Great. And the calendar?"),
        (THEO, "I'll send the revised calendar on Friday."),
        (PRITI, "Right, just to recap. Nell's updating the copy by Wednesday, and Theo's sending the calendar Friday."),
        NEXT,
    ]
    rows = [(i.owner, i.due.isoformat() if i.due else None) for i in opened_call(turns).action_items]
    assert rows == [(NELL, "2026-03-11"), (THEO, "2026-03-06")]


def test_the_recap_does_not_date_an_item_of_another_owner() -> None:
    turns = [
        (NELL, COPY),
        (THEO, "And I'll check the copy deck for the print ads."),
        (PRITI, "Right, just to recap. Nell's updating the copy by Wednesday."),
        NEXT,
    ]
    rows = [(i.owner, i.due.isoformat() if i.due else None) for i in opened_call(turns).action_items]
    assert rows == [(NELL, "2026-03-11"), (THEO, None)]


@pytest.mark.parametrize(
    "recap",
    [
        "Quick recap. Theo's sending the press list tomorrow.",  # another list: "press" says which
        "Quick recap. The shortlist to Theo tomorrow for the client.",  # Theo named as whom it goes to
    ],
)
def test_the_recap_does_not_date_another_thing_of_the_owner(recap: str) -> None:
    turns = [
        (THEO, "Once you've signed off the list, I'll take the shortlist through legal."),
        (PRITI, "Lovely."),
        (NELL, recap),
        NEXT,
    ]
    rows = [(i.owner, i.due) for i in opened_call(turns).action_items if i.turn == 2]
    assert rows == [(THEO, None)]


def test_a_start_is_no_deadline() -> None:
    turns = [
        (PRITI, "Can you split out the paid from the organic next time?"),
        (THEO, "Yes, I can do that from this month."),
        NEXT,
    ]
    (item,) = opened_call(turns).action_items
    assert (item.owner, item.due) == (THEO, None)


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
    assert texts == ["We go with the customer stories then."]
