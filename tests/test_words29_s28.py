"""Session 28, due dates and task wording (words29). tests.support.CALL: Nell Garside and Theo Marsh agency, Priti
Anand and Owen Lacey client, a Wednesday (4 March 2026)."""

from __future__ import annotations

import pytest

from tests.support import CALL, call_items

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
