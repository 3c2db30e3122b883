"""One commitment said in two ways is one item (pipeline/extract/repeats.py, clause_kinds.said_how): a taking-on
("I can get you that") before the work said plainly, the result "had with you" after the work, and a later "I'll have
it to you Monday week" after some date talk. Two pieces of work in one turn stay two. Dialogues written for these
tests."""

from __future__ import annotations

from tests.test_extract_meetings import run


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str, str | None]]:
    return [(a.turn, a.owner, a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]


def test_taking_on_then_the_work_is_one_item() -> None:
    got = items(
        [
            ("Nadia Brooks", "We need the store split by region."),
            ("Owen Price", "I can get you that. I'll send the regional split over by Monday."),
        ]
    )
    assert [(t, o, d) for t, o, _, d in got] == [(1, "Owen Price", "2026-03-09")], got
    assert "regional split" in got[0][2], got


def test_result_had_with_you_dates_the_work() -> None:
    got = items(
        [
            ("Nadia Brooks", "Can someone look at the retouching on the hero shot?"),
            ("Lucy Tam", "I'll redo the shadows and fix the label. I'll have the new version with you on Friday."),
        ]
    )
    assert len(got) == 1, got
    assert got[0][2].startswith("redo the shadows") and got[0][3] == "2026-03-06", got


def test_an_answer_had_later_is_the_same_item() -> None:
    got = items(
        [
            ("Nadia Brooks", "Can we check whether the intern can keep posting?"),
            ("Lucy Tam", "I'll ask her. She's away but answers messages. I'll have an answer by our next catch-up."),
        ]
    )
    assert len(got) == 1 and got[0][2].startswith("ask"), got


def test_a_chat_or_something_else_as_well_stays_its_own_item() -> None:
    chat = items(
        [
            ("Nadia Brooks", "Anything else from you?"),
            ("Owen Price", "I'll send the contact report tonight and I'll have a chat with Marcus about the budget."),
        ]
    )
    assert len(chat) == 2, chat
    also = items(
        [
            ("Nadia Brooks", "What's next on your side?"),
            ("Owen Price", "I'll fix the banner sizes today. I'll also have the media plan to you by Thursday."),
        ]
    )
    assert len(also) == 2, also


def test_had_by_after_date_talk_dates_the_earlier_item() -> None:
    got = items(
        [
            ("Nadia Brooks", "And the board report?"),
            ("Owen Price", "I'll write up a proper review of the incident. What happened, what we're changing."),
            ("Nadia Brooks", "When is the board?"),
            ("Owen Price", "You said the twentieth?"),
            ("Nadia Brooks", "The twentieth, yes."),
            ("Owen Price", "So I'll have it to you Monday week. That gives you a few days with it."),
        ]
    )
    assert [(t, o, d) for t, o, _, d in got] == [(1, "Owen Price", "2026-03-16")], got


def test_reactions_are_no_items() -> None:
    for said in (
        "Fine. I'll trust you on the casting then.",
        "Our compliance people will have kittens about that claim.",
        "The call centre will get swamped again.",
        "He said Monday, and I'll hold him to it.",
        "We'll also need three units for the photo shoot.",
    ):
        got = items([("Nadia Brooks", "So the new claim stays in the script."), ("Owen Price", said)])
        assert got == [], (said, got)


def test_recap_light_verb_restates_the_earlier_item() -> None:
    opening = [
        ("Nadia Brooks", "Where are we on the edit schedule?"),
        ("Owen Price", "I'll send a revised post schedule with the grade slotted in."),
        ("Nadia Brooks", "Great. And the music?"),
        ("Lucy Tam", "Still waiting on the label."),
    ]
    got = items(opening + [("Owen Price", "So, to recap: Lucy, music by Tuesday, and I'll do the schedule tomorrow.")])
    assert [(t, o, d) for t, o, _, d in got] == [(1, "Owen Price", "2026-03-05")], got
    other = items(opening + [("Owen Price", "To recap: I'll do the music licence tomorrow, and the schedule Friday.")])
    assert [t for t, _, _, _ in other] == [1, 4], other


def test_what_must_come_first_offers_nothing() -> None:
    got = items(
        [
            ("Nadia Brooks", "Can we book the outdoor on the new terms?"),
            ("Owen Price", "I'll need the terms in writing before I can do anything."),
        ]
    )
    assert got == [], got
    kept = items([("Nadia Brooks", "Can you get the files over?"), ("Owen Price", "I can send them before the call.")])
    assert [(t, o) for t, o, _, _ in kept] == [(1, "Owen Price")], kept
