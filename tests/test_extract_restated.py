"""A later item that takes up an earlier item's work again is that item (pipeline/extract/restated.py, GUIDELINES
§2.2): must-merge and must-not-merge pairs of tasks, and dialogues written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import DueMatch
from pipeline.extract.items import Item
from pipeline.extract.restated import fuller, object_of, restates
from tests.support import NADIA, OWEN, PEOPLE, extract_turns, header

MEETING = header(PEOPLE, dt.date(2026, 3, 4))

# (earlier task, later task): the later one is the same item
MUST_MERGE = [
    ("draft the written statement for Watchdog", "send the written statement"),
    ("write a one-page crib sheet for the ambassadors", "send a one-page crib sheet"),
    ("set up a shared tracker for dealers to log changes", "set up a shared tracker"),
    ("send Maya the reallocation breakdown", "send Maya the breakdown"),
    ("send a revised post schedule", "do the schedule"),
    ("recirculate the April content calendar (once those are in)", "recirculate the calendar after"),
    ("do the draft press guest list", "send the guest list"),
    ("pull together the coverage book", "share the coverage book with the client"),
]
# (earlier task, later task): a second item
MUST_NOT_MERGE = [
    ("draft the brief", "book the studio"),
    ("send the draft deck", "send the final deck"),
    ("send the draft copy", "send the win-back copy and designs"),
    ("send the brief", "draft the brief"),
    ("draft the statement", "review the statement"),
    ("send the deck", "send the deck again after your feedback"),
    ("book the photographer", "book the venue"),
]


def item(turn: int, task: str, owner: str = NADIA) -> Item:
    return Item(turn=turn, owner=owner, task=task, rule="will_future", confidence=0.85, speaker=owner)


@pytest.mark.parametrize(("first", "later"), MUST_MERGE)
def test_restatement_is_the_same_item(first: str, later: str) -> None:
    assert restates(item(3, first), item(5, later), MEETING)


@pytest.mark.parametrize(("first", "later"), MUST_NOT_MERGE)
def test_second_item_is_not_a_restatement(first: str, later: str) -> None:
    assert not restates(item(3, first), item(5, later), MEETING)


def test_someone_else_doing_the_same_is_another_item() -> None:
    assert not restates(item(3, "send the deck"), item(5, "send the deck", OWEN), MEETING)


def test_the_side_and_one_of_its_people_are_one_owner() -> None:
    assert restates(item(3, "draft the statement", "agency"), item(5, "send the statement", OWEN), MEETING)
    assert not restates(item(3, "draft the statement", "client"), item(5, "send the statement", OWEN), MEETING)


def test_an_earlier_turn_or_the_same_words_for_the_same_date_in_the_turn() -> None:
    assert not restates(item(5, "send the deck"), item(3, "send the deck"), MEETING)
    assert not restates(item(5, "draft the statement"), item(5, "send the statement"), MEETING)
    assert restates(item(5, "set you up on the portal"), item(5, "set you up on the portal"), MEETING)
    friday, monday = (DueMatch(day, 0, 6, None, "weekday") for day in ("Friday", "Monday"))
    first, later = item(5, "send the deck"), item(5, "send the deck")
    first.due, later.due = friday, monday
    assert not restates(first, later, MEETING)


def test_object_head_and_which_one() -> None:
    assert object_of("draft the written statement for Watchdog") == ("statement", {"written"})
    assert object_of("send Maya the reallocation breakdown") == ("breakdown", {"maya", "reallocation"})
    assert object_of("send it") is None


def actions(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str, str | None]]:
    got = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0).action_items
    return [(a.turn, a.owner, a.task, a.due.isoformat() if a.due else None) for a in got]


CRIB_SHEET = [
    ("Lucy Tam", "Could we have something for the regional buyers on the new range?"),
    ("Nadia Brooks", "I'll write a one-page crib sheet for the buyers."),
    ("Lucy Tam", "Great. And the tasting day went really well, the store team loved it."),
    ("Owen Price", "Good to hear, the samplers were pleased too."),
]


def test_a_step_later_said_again_is_one_item_dated_by_the_later() -> None:
    got = actions([*CRIB_SHEET, ("Nadia Brooks", "And I'll send the crib sheet on Friday.")])
    assert [(t, o, d) for t, o, _, d in got] == [(1, NADIA, "2026-03-06")], got


def test_two_things_said_by_one_person_stay_two_items() -> None:
    got = actions([*CRIB_SHEET, ("Nadia Brooks", "And I'll book the studio for the shoot on Friday.")])
    assert [t for t, _, _, _ in got] == [1, 4], got


def test_an_offer_pointed_back_at_is_the_item_at_the_offer() -> None:
    got = actions(
        [
            ("Lucy Tam", "The ambassadors keep getting the sugar claim wrong."),
            ("Nadia Brooks", "I could put together a one-page crib sheet for them with the approved lines."),
            ("Lucy Tam", "Yes please."),
            ("Nadia Brooks", "Will do. You'll have it by the 14th."),
        ]
    )
    assert [(t, o, d) for t, o, _, d in got] == [(1, NADIA, "2026-03-14")], got


def test_an_item_asked_for_between_stays_at_the_answer() -> None:
    got = actions(
        [
            ("Owen Price", "I've got the numbers from last year somewhere."),
            ("Lucy Tam", "Could you pull those together, Owen? The top twenty posts?"),
            ("Owen Price", "Yeah, I can do that. Tomorrow okay?"),
        ]
    )
    assert [(t, o) for t, o, _, _ in got] == [(2, OWEN)], got


def test_the_later_fuller_object_is_taken_with_the_first_verb() -> None:
    first = "pull together a breakdown of the sign-ups"
    assert fuller(first, "do a breakdown of the sign-ups by region and by store") == (
        "pull together a breakdown of the sign-ups by region and by store"
    )
    assert fuller("send a first draft of both", "do the first draft of both entries the coverage book back") == (
        "send a first draft of both"
    )
    assert fuller(first, "do a breakdown") == first
