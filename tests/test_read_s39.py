"""Defects found reading tune22 and tune23, two sets written blind for session 39: "I'll get a first round of faces to
you by next Wednesday." was taken for buying a round of drinks; "Yep, can do. And I'll get the permit application
in today." took the permit for the way the call sheet asked for was sent, dated it today and lost the permit; and "The
pack closes Friday, and I'd want the new version in it. Any chance?" / "Friday... yeah, okay. Friday. I'll make it
work." made "Any chance?" an item and left the plan due on the Monday first put."""

from __future__ import annotations

import pytest
from support import opened_items

THEO, PRITI = "Theo Marsh", "Priti Anand"


def test_a_round_of_work_is_no_round_of_drinks() -> None:
    turns = [
        (PRITI, "And casting? We want faces before Easter."),
        (THEO, "I'll get a first round of faces to you by next Wednesday."),
    ]
    assert opened_items(turns) == [(THEO, "send a first round of faces", "2026-03-11")]


@pytest.mark.parametrize("said", ["I'll get us a round in after this.", "Next time I'll buy you a round."])
def test_a_round_of_drinks_is_still_no_item(said: str) -> None:
    assert opened_items([(PRITI, "Thanks, that was a long one."), (THEO, said)]) == []


def test_more_work_after_a_yes_is_an_item_of_its_own() -> None:
    turns = [
        (PRITI, "Can you get the call sheet out by the end of next week?"),
        (THEO, "Yep, can do. And I'll get the permit application in today."),
    ]
    assert opened_items(turns) == [
        (THEO, "send the call sheet", "2026-03-13"),
        (THEO, "get the permit application in", "2026-03-04"),
    ]


def test_the_work_asked_said_again_after_a_yes_is_still_one_item() -> None:
    turns = [
        (PRITI, "Can you send the call sheet by Friday?"),
        (THEO, "Yep, can do. And I'll copy the crew on the call sheet."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["send the call sheet"]


def test_a_day_pressed_for_and_said_back_dates_the_item() -> None:
    turns = [
        (PRITI, "Okay, I'm happy with that. Ten percent into video."),
        (THEO, "Great. I'll re-cut the plan with that in and get it back to you. Next Monday?"),
        (PRITI, "Ooh. The board pack closes Friday, and I'd want the new version in it. Any chance?"),
        (THEO, "Friday... yeah, okay. Friday. I'll make it work."),
        (PRITI, "You're a star."),
    ]
    assert opened_items(turns) == [(THEO, "re-cut the plan with that in", "2026-03-06")]


def test_a_note_of_a_kind_is_a_thing_and_where_it_is_read_is_not() -> None:
    turns = [
        (PRITI, "We need an internal note out today. Before the staff read about it on Instagram."),
        (THEO, "I can draft that alongside the press statement."),
    ]
    assert opened_items(turns) == [(THEO, "draft an internal note alongside the press statement", "2026-03-04")]


def test_work_alongside_another_thing_is_not_that_thing_again() -> None:
    turns = [
        (THEO, "We'll write the press statement this morning."),
        (PRITI, "And the staff need to hear it from us first."),
        (THEO, "I can draft a staff note alongside the statement."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == [
        "write the press statement",
        "draft a staff note alongside the press statement",
    ]


def test_a_colleague_named_with_a_time_takes_the_sides_item() -> None:
    turns = [
        (PRITI, "Any other questions?"),
        ("Nell Garside", "We'll put the rest of our questions in an email, the small ones. Theo, close of play?"),
        (THEO, "Yeah, I'll get those over close of play today."),
    ]
    assert [(owner, turn) for owner, _, turn in opened_items(turns)] == [(THEO, "2026-03-04")]


def test_a_day_someone_else_takes_leaves_the_item_dated() -> None:
    turns = [
        (THEO, "Sure, I'll get two references over to you by Monday."),
        ("Owen Lacey", "Can you also send the insurance certificate? Any chance by the twentieth?"),
        (PRITI, "The twentieth works for the audit."),
    ]
    assert opened_items(turns)[0] == (THEO, "send two references", "2026-03-09")


def test_what_someone_is_called_is_no_thing() -> None:
    turns = [
        (THEO, "I'll send the revised plan tonight."),
        (PRITI, "You're a star."),
        ("Owen Lacey", "And Priti, you'll take it to the board yourself?"),
        (PRITI, "Yes, I'm presenting it on the sixteenth. Fingers crossed."),
    ]
    assert opened_items(turns)[-1] == (PRITI, "take the revised plan to the board", "2026-03-16")


@pytest.mark.parametrize(
    "said", ["It comes back to me and I'll release it if June's good.", "I'll sign it off if May's strong."]
)
def test_a_promise_on_a_condition_the_parser_misreads_is_no_item(said: str) -> None:
    turns = [
        (PRITI, "Could we agree a trigger for the contingency?"),
        ("Owen Lacey", f"No, I don't want a formula. {said}"),
    ]
    assert opened_items(turns) == []


def test_a_day_asked_for_other_work_leaves_the_item_dated() -> None:
    turns = [
        (THEO, "I'll send the deck by Monday."),
        (PRITI, "Great. Can you also send the invoices by Friday?"),
        (THEO, "Friday, yes, fine."),
    ]
    assert opened_items(turns)[0] == (THEO, "send the deck", "2026-03-09")
