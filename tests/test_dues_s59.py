"""Session 59, issue 10: due dates an AE keeps. A dated answer to a question in a recap that names new work ("And
Nadia, the final proofs to the printer for the twelfth?" "Yep, the final proofs by the twelfth, that one's on me.")
is that new work, not a re-dating of an older item of hers that only shares where the work goes ("book the slot with
the printer"). Short dialogues written for these tests give (turn, owner, ISO due) rows the draft must have, or
must not have. (The calls in tests/data/dues_s59/ are the same kinds of talk in whole meetings.)"""

from __future__ import annotations

import pytest

from tests.test_extract_meetings import actions

# the meeting of ``actions`` is on Wednesday 2026-03-04
FILLER = [
    ("Lucy Tam", "Okay. Moving on, the radio scripts."),
    ("Owen Price", "They're with the voice artist now, no news yet."),
    ("Lucy Tam", "Fine. And the stockist pack?"),
    ("Will Ferris", "That went out last week, all good."),
    ("Lucy Tam", "Great."),
]


# -- a recap's question of a new thing, answered with its day: new work, not the old item re-dated -----------------
NEW_THING_ASKED = [
    (
        [
            ("Nadia Brooks", "I'll book the August slot with the printer straight after this call."),
            *FILLER,
            (
                "Lucy Tam",
                "So, to recap. Owen's scripts, the stockist pack's done. And Nadia, the final proofs to "
                "the printer for the twelfth?",
            ),
            ("Nadia Brooks", "Yep, final proofs to the printer by the twelfth. That one's on me."),
        ],
        [(0, "Nadia Brooks", "2026-03-04"), (7, "Nadia Brooks", "2026-03-12")],
        [(0, "Nadia Brooks", "2026-03-12")],
    ),
    (
        [
            ("Owen Price", "I'll confirm the crew call times with the studio today."),
            *FILLER,
            ("Will Ferris", "One more thing. The lighting plan for the studio, could we have that by Friday?"),
            ("Owen Price", "The lighting plan for the studio, Friday, sure. Leave it with me."),
        ],
        [(0, "Owen Price", "2026-03-04"), (7, "Owen Price", "2026-03-06")],
        [(0, "Owen Price", "2026-03-06")],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), NEW_THING_ASKED)
def test_new_thing_asked_in_a_recap_is_its_own_item(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []


# still one item: the question asks when of the earlier item's own thing, and the answer names no other thing
ASKED_AGAIN = [
    (
        [
            ("Nadia Brooks", "I'll send the sponsor list and the logos."),
            *FILLER,
            ("Lucy Tam", "Nadia, when can we get the logos?"),
            ("Nadia Brooks", "Friday. I'll send the whole pack on Friday."),
        ],
        [(0, "Nadia Brooks", "2026-03-06")],
        [(7, "Nadia Brooks", "2026-03-06")],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), ASKED_AGAIN)
def test_asked_again_of_the_same_thing_stays_one_item(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []
