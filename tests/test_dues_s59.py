"""Session 59, issue 10: due dates an AE keeps. Short dialogues written for these tests give (turn, owner, ISO due)
rows the draft must have, or must not have. (The calls in tests/data/dues_s59/ are the same kinds of talk in whole
meetings.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import written_call
from tests.test_extract_meetings import actions

# the meeting of ``actions`` is on Wednesday 2026-03-04
FILLER = [
    ("Lucy Tam", "Okay. Moving on, the radio scripts."),
    ("Owen Price", "They're with the voice artist now, no news yet."),
    ("Lucy Tam", "Fine. And the stockist pack?"),
    ("Will Ferris", "That went out last week, all good."),
    ("Lucy Tam", "Great."),
]


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


# -- a day asked for another thing by name, and the yes to it: not the date of the owner's undated item -------------
OTHER_THING_ASKED = [
    (
        [
            ("Owen Price", "I'll send you the revised schedule by Friday."),
            ("Lucy Tam", "Great."),
            ("Owen Price", "And I can put together a cost breakdown to go with that."),
            ("Lucy Tam", "Yes please."),
            (
                "Will Ferris",
                "Owen, can the revised schedule come a bit earlier, say Thursday? I've got the steering "
                "group on Friday.",
            ),
            ("Owen Price", "Thursday's fine."),
        ],
        [(2, "Owen Price", None)],
        [(2, "Owen Price", "2026-03-05")],
    ),
    (
        [
            ("Nadia Brooks", "I'll get the venue shortlist over to you on Monday."),
            ("Will Ferris", "Perfect."),
            ("Nadia Brooks", "And I'll draft a run of show for the evening."),
            ("Will Ferris", "Lovely. Could the shortlist be with us sooner, say Friday?"),
            ("Nadia Brooks", "Friday works."),
        ],
        [(2, "Nadia Brooks", None)],
        [(2, "Nadia Brooks", "2026-03-06")],
    ),
]
# the day asked of the item's own thing, or of the one who does it, still dates it; so does one asked after a fact
# or before its reason
OWN_THING_ASKED = [
    (
        [
            ("Owen Price", "I'll tidy up the cost breakdown."),
            ("Lucy Tam", "Could we have it by Thursday, so the finance team can look at it before the board?"),
            ("Owen Price", "Thursday's fine."),
        ],
        [(0, "Owen Price", "2026-03-05")],
        [(0, "Owen Price", None)],
    ),
    (
        [
            ("Lucy Tam", "I can get you eight tenants. When do you need them?"),
            ("Nadia Brooks", "Sessions are the week of the ninth, so confirmed names by the sixth?"),
            ("Lucy Tam", "The sixth. Should be fine."),
        ],
        [(0, "Lucy Tam", "2026-03-06")],
        [(0, "Lucy Tam", None)],
    ),
    (
        [
            ("Owen Price", "I can put together a cost breakdown if that helps."),
            ("Lucy Tam", "Yes please."),
            ("Will Ferris", "Could you have it to us by Thursday?"),
            ("Owen Price", "Thursday's fine."),
        ],
        [(0, "Owen Price", "2026-03-05")],
        [(0, "Owen Price", None)],
    ),
    (
        [
            ("Owen Price", "I can put together a cost breakdown if that helps."),
            ("Lucy Tam", "Yes please. Can the breakdown come Thursday?"),
            ("Owen Price", "Thursday's fine."),
        ],
        [(0, "Owen Price", "2026-03-05")],
        [(0, "Owen Price", None)],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), OTHER_THING_ASKED + OWN_THING_ASKED)
def test_day_asked_for_a_named_thing_is_that_things(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []


# -- a late change of somebody's thing ("Can I have Owen's copy earlier?") is not the speaker's own item's -----------
SOMEBODYS_THING = [
    (
        [
            ("Owen Price", "I'll redo the poster copy and have it to you next Friday."),
            ("Lucy Tam", "Lovely."),
            *FILLER,
            ("Will Ferris", "And I'll sign off the copy by the twentieth, promise."),
            *FILLER,
            ("Will Ferris", "Can I have Owen's copy earlier? I'm at the board on Thursday. Wednesday?"),
            ("Owen Price", "Wednesday's fine."),
        ],
        [(7, "Will Ferris", "2026-03-20")],
        [(7, "Will Ferris", "2026-03-05"), (7, "Will Ferris", "2026-03-11")],
    ),
    (
        [
            ("Lucy Tam", "I'll get the stockist letter approved by the 18th."),
            ("Nadia Brooks", "Great."),
            *FILLER,
            ("Nadia Brooks", "And I'll send the stockist letter to print once it's approved."),
            *FILLER,
            ("Owen Price", "Sorry, one change. Could we have Lucy's letter sooner? Say the 16th?"),
            ("Lucy Tam", "The 16th, fine."),
        ],
        [(0, "Lucy Tam", "2026-03-16")],
        [(7, "Nadia Brooks", "2026-03-16")],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), SOMEBODYS_THING)
def test_late_change_of_somebodys_thing_leaves_the_speakers_item(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []


# the calls written for this session (tests/data/dues_s59/, gold format): the same kinds of talk in whole meetings,
# with negotiated and carried dates in new words; each row is (turn, owner, ISO due) of an item the draft must have
CALLS = Path(__file__).parent / "data" / "dues_s59"
CALLED = [
    ("e01-mailer-wip", 4, "Kit Mensah", None),  # "Kit, could the proofs come a day sooner, say Tuesday?": the proofs'
    ("e01-mailer-wip", 10, "Mina Cho", "2026-11-12"),  # "could you do the 12th?" "The 12th we can do."
    ("e01-mailer-wip", 15, "Mina Cho", "2026-11-02"),
    ("e01-mailer-wip", 17, "Kit Mensah", "2026-11-09"),  # asked in the recap, new work
    ("e02-awards-plan", 2, "Jo Park", "2026-11-05"),
    ("e02-awards-plan", 4, "Jo Park", "2026-11-09"),  # "Can we have Jo's running order sooner? … Monday?"
    ("e02-awards-plan", 10, "Tom Reid", "2026-11-20"),  # … not Tom's sign-off of the running order
    ("e03-launch-release", 1, "Dan Hart", "2026-11-13"),  # "When can we have it?" "Let me think. …" "Friday, …"
    ("e03-launch-release", 5, "Sam Okoro", "2026-11-13"),  # "Sam, can the media list come a bit earlier, say Friday?"
    # "How's next Wednesday?" "Could you do Monday?" "Monday we can do."
    ("e03-launch-release", 10, "client", "2026-11-16"),
    # "I'll nudge their agent. They should have the terms back to us by Wednesday."
    ("e04-popup-fitout", 1, "Ruth Okafor", "2026-11-18"),
    ("e04-popup-fitout", 5, ["Sean Doyle", "Leo Grant"], "2026-11-17"),  # "Leo, could you come along on Tuesday?"
    ("e04-popup-fitout", 8, "Sean Doyle", "2026-11-13"),
]


@pytest.mark.parametrize(("meeting_id", "turn", "owner", "due"), CALLED, ids=[f"{c[0]}-t{c[1]}" for c in CALLED])
def test_written_calls(meeting_id: str, turn: int, owner: str | list[str], due: str | None) -> None:
    found = written_call(CALLS / f"{meeting_id}.json").action_items
    got = [(a.owner, a.due.isoformat() if a.due else None) for a in found if a.turn == turn]
    assert (owner, due) in got, got


# -- the listener asked to come along with the speaker ("would you come along to one?", "would you sit in on that?",
# "could you join us?"), then taking it: a session of both (GUIDELINES §2.1), dated at the day taken ------------------
OPENED = ("Owen Price", "The tour plan is signed off.")
ASKED_ALONG = [
    (
        [
            OPENED,
            (
                "Nadia Brooks",
                "I'd really like a dry run at one store first. Lucy, would you come along to one? Next Thursday?",
            ),
            ("Lucy Tam", "Yes, next Thursday's fine."),
        ],
        [(2, ["Nadia Brooks", "Lucy Tam"], "2026-03-12")],
        [(2, "Lucy Tam", "2026-03-12")],
    ),
    (
        [
            OPENED,
            ("Nadia Brooks", "Then I'd like to do a recording test with the top two. Lucy, would you sit in on that?"),
            ("Lucy Tam", "Yes, I'd like to."),
        ],
        [(2, ["Nadia Brooks", "Lucy Tam"], None)],
        [(2, "Lucy Tam", None)],
    ),
    (
        [
            OPENED,
            ("Nadia Brooks", "We're walking the venue with the caterers. Could you join us?"),
            ("Lucy Tam", "Yes, happy to."),
        ],
        [(2, ["Nadia Brooks", "Lucy Tam"], None)],
        [(2, "Lucy Tam", None)],
    ),
]
# work asked of the listener that only comes back to the speaker, or is held: theirs alone
NOT_ALONG = [
    (
        [
            OPENED,
            ("Nadia Brooks", "Lucy, would you come back to me on the budget by Friday?"),
            ("Lucy Tam", "Yes, will do."),
        ],
        [(2, "Lucy Tam", "2026-03-06")],
        [(2, ["Nadia Brooks", "Lucy Tam"], "2026-03-06")],
    ),
    (
        [OPENED, ("Nadia Brooks", "Can you send the deck over to us by Friday?"), ("Lucy Tam", "Sure, will do.")],
        [(2, "Lucy Tam", "2026-03-06")],
        [(2, ["Nadia Brooks", "Lucy Tam"], "2026-03-06")],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), ASKED_ALONG + NOT_ALONG)
def test_asked_to_come_along_is_a_joint_item(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []


# -- a chase dated by when the party chased delivers, said after it in the same turn ("I'll chase the fares team.
# Realistically they'll have it done by Wednesday."), or the result the speaker's side will have ("… done by Friday")
CLAIM = ("Owen Price", "The price claim needs signing off by the fares team.")
CHASED = [
    (
        [
            CLAIM,
            ("Lucy Tam", "That one's me. I'll chase the fares team. Realistically they'll have it done by Wednesday."),
            ("Nadia Brooks", "Great."),
        ],
        [(1, "Lucy Tam", "2026-03-11")],
        [(1, "Lucy Tam", None)],
    ),
    (
        [
            CLAIM,
            ("Lucy Tam", "I'll chase the printer. They should have the proofs back by Friday."),
            ("Nadia Brooks", "Great."),
        ],
        [(1, "Lucy Tam", "2026-03-06")],
        [(1, "Lucy Tam", None)],
    ),
    (
        [CLAIM, ("Lucy Tam", "I'll ask the studio, we should have it done by Friday."), ("Nadia Brooks", "Great.")],
        [(1, "Lucy Tam", "2026-03-06")],
        [(1, "Lucy Tam", None)],
    ),
]
# another party's result, or a party the item does not chase: no date of the item's
NOT_CHASED = [
    (
        [
            CLAIM,
            ("Lucy Tam", "I'll chase the printer. The designers will have the files by Friday."),
            ("Nadia Brooks", "Great."),
        ],
        [(1, "Lucy Tam", None)],
        [(1, "Lucy Tam", "2026-03-06")],
    ),
    (
        [CLAIM, ("Lucy Tam", "I'll book the printer. They'll have it done by Friday."), ("Nadia Brooks", "Great.")],
        [(1, "Lucy Tam", None)],
        [(1, "Lucy Tam", "2026-03-06")],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), CHASED + NOT_CHASED)
def test_chase_dated_by_the_chased_partys_result(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []


# -- the day put as a question, said back alone before the commitment ("Wednesday next week?" "Wednesday next week.
# I'll come with Will."): the commitment's day; not a fact said back ("The launch is on Friday." "Friday. I'll …") ---
DAY_SAID_BACK = [
    (
        [
            ("Nadia Brooks", "Why don't you come to the workshop and we'll have a prototype up? Wednesday next week?"),
            ("Lucy Tam", "Wednesday next week. I'll come with Will."),
            ("Owen Price", "Great."),
        ],
        [(1, ["Nadia Brooks", "Lucy Tam"], "2026-03-11")],
        [(1, ["Nadia Brooks", "Lucy Tam"], None)],
    ),
    (
        [
            ("Nadia Brooks", "The launch is on Friday."),
            ("Lucy Tam", "Friday. I'll send the logos over."),
            ("Owen Price", "Great."),
        ],
        [(1, "Lucy Tam", None)],
        [(1, "Lucy Tam", "2026-03-06")],
    ),
]


@pytest.mark.parametrize(("turns", "must", "must_not"), DAY_SAID_BACK)
def test_day_put_and_said_back_alone_is_taken(turns, must, must_not) -> None:
    got = actions(turns)
    assert [row for row in must if row not in got] == []
    assert [row for row in must_not if row in got] == []
