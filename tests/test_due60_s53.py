"""Session 53, a session of two put as the thing the speaker wishes for, or timed in words that name nothing, and a
second thing handed over that the parser read as a clause (branch due60).

"Owen, something that would really help me is walking through the loyalty data with you." and "One thing I'd like
to do, Owen, is get you and me in a room with the survey.": a wish put first and the session after "is"
(``sessions._cleft_wish``). "I'd love to walk through the loyalty data with you. Shall we do that Tuesday
afternoon?": the "do that" the turn times is the session just wished for (``CommitmentTracker._invite``). Before,
neither was open as a joint session, so the yes that took it ("Go on then. Tuesday.") made no item. A wish for work
of the speaker's alone ("one thing I'd love to do is come to one of your tastings") or a thing ("what I'd really
like is a proper list") puts no session, and a session turned down makes no item. "I'll email the floor plan across,
and the changes log by tomorrow.": the parser reads "log" as a verb with "the changes" its subject; the thing and its
date are a second delivery (``items._misread_thing``), not when the words after the first thing are a clause of
others ("and the designers finish on Friday"). The dialogues are written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client; the call is on Wednesday 4 March 2026).
"""

from __future__ import annotations

from tests.support import CALL, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def _joint(items: list[tuple[object, str, str | None, int | None]]) -> list[tuple[object, str, str | None, int | None]]:
    return [i for i in items if isinstance(i[0], list)]


def test_a_wish_put_first_then_timed_is_a_joint_session() -> None:
    items = call_items(
        [
            (PRITI, "A fortnightly catch-up would suit us better."),
            (
                NELL,
                "Owen, something that would really help me is walking through the loyalty data with you. "
                "Shall we do that Tuesday afternoon?",
            ),
            (OWEN, "Go on then. Tuesday."),
            (PRITI, "Next, the budget."),
        ]
    )
    found = _joint(items)
    assert len(found) == 1
    assert sorted(found[0][0]) == [NELL, OWEN]  # type: ignore[arg-type]
    assert "loyalty data" in found[0][1]
    assert found[0][2] == "2026-03-10"
    assert found[0][3] == 2


def test_a_session_timed_as_do_that_is_the_one_wished_for() -> None:
    items = call_items(
        [
            (PRITI, "A fortnightly catch-up would suit us better."),
            (NELL, "Owen, I'd love to walk through the loyalty data with you. Shall we do that Tuesday afternoon?"),
            (OWEN, "Yes, Tuesday's good."),
            (PRITI, "Next, the budget."),
        ]
    )
    found = _joint(items)
    assert len(found) == 1
    assert "loyalty data" in found[0][1]
    assert found[0][2] == "2026-03-10"


def test_a_wish_with_a_name_before_is_timed_later() -> None:
    items = call_items(
        [
            (PRITI, "One more thing."),
            (NELL, "One thing I'd like to do, Owen, is sit down with you and go through the survey before the board."),
            (OWEN, "Yes, I'd appreciate that. When?"),
            (NELL, "Next Tuesday? Come to ours."),
            (OWEN, "Next Tuesday, yeah, go on. Afternoon's better for me."),
            (PRITI, "Right, the packaging."),
        ]
    )
    found = _joint(items)
    assert len(found) == 1
    assert found[0][2] == "2026-03-10"
    assert found[0][3] == 4


def test_a_wish_for_own_work_or_a_thing_is_no_session() -> None:
    alone = call_items(
        [
            (PRITI, "One more thing."),
            (NELL, "Owen, one thing I'd love to do before we start is come to one of your tastings. Just to listen."),
            (OWEN, "Hmm, let me think about it."),
            (PRITI, "Right, the packaging."),
        ]
    )
    assert _joint(alone) == []
    thing = call_items(
        [
            (PRITI, "One more thing."),
            (NELL, "What I'd really like is a proper list of the stockists."),
            (OWEN, "Sure, I'll send it Friday."),
            (PRITI, "Right, the packaging."),
        ]
    )
    assert _joint(thing) == []
    assert [i[0] for i in thing] == [OWEN]


def test_a_wished_session_turned_down_makes_no_item() -> None:
    items = call_items(
        [
            (PRITI, "One more thing."),
            (NELL, "Owen, one thing I'd love to do is sit down with you and go through the survey."),
            (OWEN, "Honestly, I don't think we need that. It's all in the deck."),
            (PRITI, "Right, the packaging."),
        ]
    )
    assert items == []


def test_a_second_thing_the_parser_reads_as_a_clause_is_its_own_delivery() -> None:
    """ "…, and the comments log this afternoon": the parser reads "log" as a verb with "the comments" its subject;
    the thing and its date are a second delivery (``items._misread_thing``)."""
    items = call_items(
        [
            (PRITI, "We'll need the booking details before we can approve anything."),
            (THEO, "Sure, I'll email the floor plan across, and the changes log by tomorrow."),
            (OWEN, "Perfect."),
        ]
    )
    tasks = {i[1]: i[2] for i in items if i[0] == THEO}
    assert "email the changes log" in tasks
    assert tasks["email the changes log"] == "2026-03-05"
    assert any("floor plan" in t for t in tasks)


def test_a_clause_of_others_after_a_delivery_is_no_second_thing() -> None:
    items = call_items(
        [
            (PRITI, "We'll need the deck before the designers start."),
            (THEO, "I'll send the deck over, and the designers finish on Friday."),
            (OWEN, "Perfect."),
        ]
    )
    assert len([i for i in items if i[0] == THEO]) == 1
