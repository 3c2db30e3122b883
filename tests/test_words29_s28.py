"""Session 28, due dates and task wording (words29). tests.support.CALL: Nell Garside and Theo Marsh agency, Priti
Anand and Owen Lacey client, a Wednesday (4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, agreed_at, call, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def _invite(items: list) -> list[tuple[object, str | None]]:
    return [(i[0], i[2]) for i in items if "invite" in i[1]]


@pytest.mark.parametrize(
    ("turns", "due"),
    [
        (  # the day of the session the invite is for is not when the invite is sent
            [
                (PRITI, "Can we pick this up again once the numbers are in? Say Monday?"),
                (NELL, "Monday works. Eleven? I'll send an invite for eleven on Monday."),
                (OWEN, "Right, the radio copy next."),
            ],
            None,
        ),
        (  # the session's time settled after the invite was promised
            [
                (THEO, "We should run the edit past you before it locks. Friday afternoon?"),
                (PRITI, "Friday's out for me. Can we say Thursday?"),
                (THEO, "Thursday's fine. I'll send the invite."),
                (PRITI, "Make it four o'clock, I'm in the studio until then."),
                (OWEN, "Right, the radio copy next."),
            ],
            None,
        ),
        (  # when the invite itself goes out is its date
            [
                (PRITI, "Can we pick this up again once the numbers are in? Say Monday?"),
                (NELL, "Monday works. I'll get the invite out today for Monday afternoon."),
                (OWEN, "Right, the radio copy next."),
            ],
            "2026-03-04",
        ),
        (
            [
                (PRITI, "Can we pick this up again once the numbers are in? Say Monday?"),
                (NELL, "Monday works. I'll send an invite round straight after this call."),
                (OWEN, "Right, the radio copy next."),
            ],
            "2026-03-04",
        ),
    ],
)
def test_an_invite_is_dated_by_when_it_goes_out_not_by_its_session(turns: list, due: str | None) -> None:
    got = _invite(call_items(turns))
    assert got == [(NELL if turns[1][0] == NELL else THEO, due)], got


def test_an_invite_asked_for_is_dated_by_the_reply_that_sends_it() -> None:
    turns = [
        (PRITI, "The twelfth in the morning, then. Nell, can you send the invite?"),
        (NELL, "Yep, I'll send it after this."),
        (OWEN, "Right, the radio copy next."),
    ]
    assert _invite(call_items(turns)) == [(NELL, "2026-03-04")]


@pytest.mark.parametrize(
    "said",
    [
        "Wednesday's good. I'll send you both an invite for that after this.",
        "Wednesday's good. I'll send a recurring invite for both slots straight after this.",
    ],
)
def test_an_invite_for_its_session_is_dated_by_when_it_goes_out(said: str) -> None:
    turns = [
        (PRITI, "Could you and Owen go through the scripts together? Next Wednesday?"),
        (NELL, said),
        (THEO, "Right, the radio copy next."),
    ]
    assert _invite(call_items(turns)) == [(NELL, "2026-03-04")]


MIDDLE = [
    (NELL, "On the radio copy, we've gone with the second script."),
    (OWEN, "Good. The first one felt a bit long anyway."),
    (NELL, "And the stations are all booked for the first flight."),
    (OWEN, "Great, that's a relief."),
    (NELL, "The print side is all signed off as well."),
]


@pytest.mark.parametrize(
    ("taken", "due"),
    [
        ([(PRITI, "Theo, the competitor audit. Yes please, do it. End of next week's fine.")], "2026-03-13"),
        ([(PRITI, "Theo, the competitor audit, yes please, if you can, by Monday.")], "2026-03-09"),
        ([(PRITI, "Theo, the competitor audit. Yes, do it."), (THEO, "Great. Give me two weeks.")], "2026-03-18"),
        ([(PRITI, "Theo, the competitor audit. Yes, do it."), (THEO, "Will do. End of next week okay?")], "2026-03-13"),
        ([(PRITI, "Theo, the competitor audit. Yes, do it."), (THEO, "Will do.")], None),
    ],
)
def test_an_offer_taken_up_later_is_dated_in_the_turns_that_take_it_up(taken: list, due: str | None) -> None:
    turns = [
        (THEO, "I could put together a competitor audit of the category, if that helps."),
        (PRITI, "Let me think about that one, I don't want to open a whole project."),
        *MIDDLE,
        *taken,
        (OWEN, "Right, the radio copy next."),
    ]
    audit = [(i[0], i[2]) for i in call_items(turns) if "audit" in i[1]]
    assert audit == [(THEO, due)], audit


@pytest.mark.parametrize(
    ("taken", "due"),
    [
        (
            [
                (PRITI, "You know what, Theo, do the one-pager. Better to have it."),
                (THEO, "Will do. End of next week okay?"),
            ],
            "2026-03-13",
        ),
        ([(PRITI, "No, yes please, do the one-pager. Monday's fine.")], "2026-03-09"),
        ([(PRITI, "Theo, do the radio edit as well."), (THEO, "Will do. End of next week okay?")], None),  # other work
        ([(PRITI, "Theo, the one-pager. Honestly, no, leave it. Monday's the board.")], None),
    ],
)
def test_an_offer_drafted_long_before_is_dated_by_a_go_ahead_naming_it(taken: list, due: str | None) -> None:
    turns = [
        (THEO, "I can knock up a one-pager on the wet weather plan, so everyone's got it in writing."),
        (OWEN, "Let's see what the forecast looks like nearer the time."),
        *MIDDLE,
        *taken,
        (OWEN, "Right, the radio copy next."),
    ]
    found = call(turns)
    pager = [
        (a.owner, a.due.isoformat() if a.due else None)
        for a in found.action_items + found.suggested_action_items
        if "one-pager" in a.task
    ]
    assert pager == [(THEO, due)], pager


@pytest.mark.parametrize(
    ("reply", "task", "due"),
    [
        ("The 10th is good. I'll sort her diary, she never checks it.", "diary", None),
        ("The 10th works. I'll let the team know.", "team", None),
        ("The 10th is good. I'll bring the floor plans.", "floor plans", "2026-03-10"),
    ],
)
def test_a_day_put_for_a_session_is_not_the_due_of_work_that_readies_it(reply: str, task: str, due: str | None) -> None:
    turns = [
        (THEO, "I can film the interview with her on the 10th. I'm up at the site anyway."),
        (PRITI, reply),
        (OWEN, "Right, the radio copy next."),
    ]
    found = call(turns)
    got = [
        (a.owner, a.due.isoformat() if a.due else None)
        for a in found.action_items + found.suggested_action_items
        if task in a.task
    ]
    assert got == [(PRITI, due)], got


def test_a_go_ahead_naming_an_offer_drafted_long_before_still_decides() -> None:
    turns = [
        (THEO, "I can mock up the headshots in colour as well, so you can compare."),
        (PRITI, "Let me think about it."),
        *MIDDLE,
        (PRITI, "I've thought about it. Theo's right. Go with colour for everyone, all the headshots."),
        (THEO, "Colour it is."),
        (OWEN, "Right, the radio copy next."),
    ]
    assert 7 in agreed_at(turns), agreed_at(turns)
