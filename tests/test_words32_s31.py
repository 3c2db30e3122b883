"""Dates from session 31's read sets. Dialogues written for these tests (tests.support.CALL: Nell Garside and Theo
Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

A day the other side accepts for an item just said ("I'll get the revised plan over by Friday." "Friday's fine. And
the pricing question, we should take that to the printers.") is that item's: the reply that then offers or takes on
the next thing ("I can set up a call with them.") does not take it as its own deadline, though it would take a day
put for it ("Can you set up a call with them by Friday?" "Sure.")."""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


def _dues(turns: list[tuple[str | None, str]], owner: str) -> list[str | None]:
    return [due for who, _, due, _ in call_items(turns) if who == owner]


def test_a_day_accepted_for_the_item_before_is_not_the_next_offers() -> None:
    turns = [
        (NELL, "I'll rework the flowchart and get the revised plan over by Friday."),
        (
            PRITI,
            "Friday's fine. And the pricing question Owen raised. We should be talking to the printers about that.",
        ),
        (THEO, "Yeah, good shout. I can set up a call with them."),
        (PRITI, "Yes please."),
        NEXT,
    ]
    assert _dues(turns, NELL) == ["2026-03-06"], call_items(turns)
    assert _dues(turns, THEO) == [None], call_items(turns)


def test_a_day_accepted_then_work_taken_on_does_not_move() -> None:
    turns = [
        (THEO, "I'll send the shortlist over on Monday."),
        (OWEN, "Monday works. The venue contract still needs chasing as well."),
        (NELL, "Leave that with me."),
        NEXT,
    ]
    assert _dues(turns, THEO) == ["2026-03-09"], call_items(turns)
    assert _dues(turns, NELL) == [None], call_items(turns)


def test_a_day_put_for_the_work_still_dates_the_reply() -> None:
    turns = [
        (NELL, "I'll get the revised plan over by Friday."),
        (PRITI, "Great. Could someone set up a call with the printers by Monday?"),
        (THEO, "Sure, I can do that."),
        NEXT,
    ]
    assert _dues(turns, THEO) == ["2026-03-09"], call_items(turns)


def test_the_time_put_in_the_diary_dates_the_session_just_taken_up() -> None:
    turns = [
        (PRITI, "We should be talking to the printers about the pricing."),
        (THEO, "Yeah, good shout. I can set up a session with them, the three of us."),
        (PRITI, "Yes please."),
        (THEO, "Great, I'll get something in the diaries in the next two weeks."),
        NEXT,
    ]
    got = [(due, turn) for who, _, due, turn in call_items(turns) if who == THEO]
    assert got == [("2026-03-18", 1)], call_items(turns)


def test_keeping_the_day_free_gives_the_session_no_date_of_its_own() -> None:
    turns = [
        (THEO, "Could we do a site visit together, you and me?"),
        (PRITI, "Love to. Shall we say the twelfth?"),
        (THEO, "Twelfth works. I'll put it in the diary."),
        NEXT,
    ]
    joint = [due for who, _, due, _ in call_items(turns) if isinstance(who, list)]
    assert joint == ["2026-03-12"], call_items(turns)


def test_a_day_answering_when_could_you_let_us_know_dates_the_item() -> None:
    turns = [
        (THEO, "I'll get the warehouse to count how many we've actually got."),
        (PRITI, "When could you let us know? The printer needs the quantity locked by the 20th."),
        (THEO, "By Friday, easily."),
        NEXT,
    ]
    assert [(due, turn) for who, _, due, turn in call_items(turns) if who == THEO] == [("2026-03-06", 0)], call_items(
        turns
    )


def test_a_day_put_after_we_should_do_new_work_is_not_the_earlier_items() -> None:
    turns = [
        (THEO, "Yes, okay, that works for us. I'll square it with the director."),
        (PRITI, "And if it's going to be you, we should do a refresher. A proper half day."),
        (THEO, "Please. I was rusty last time."),
        (PRITI, "You weren't. But yes. How's the twenty-ninth?"),
        (THEO, "The twenty-ninth works."),
        NEXT,
    ]
    squared = [due for who, task, due, _ in call_items(turns) if who == THEO and "with the director" in task]
    assert squared == [None], call_items(turns)


def test_a_day_answering_when_after_we_should_still_dates_the_item() -> None:
    turns = [
        (THEO, "I'll square it with the director."),
        (PRITI, "We should hear from him soon. When could you let us know?"),
        (THEO, "By Friday."),
        NEXT,
    ]
    assert [due for who, _, due, _ in call_items(turns) if who == THEO] == ["2026-03-06"], call_items(turns)
