"""Session 57, issue 10: action items an AE keeps. Not every "I'll" is an item: "I'm going to share the site plan.
Can everyone see the map?" shows it on the call's own screen. Task wording: a bracketed condition that says by a
pronoun what it waits for names it ("build the targeting (once the postcode file lands)"). Joint sessions: one put
to an attendee as "would you be up for a session with me?", "are you still up for the site visit?", "we'd love a
site visit with Maeve", "I'd like to walk the orchard with Patrick", "I'd suggest Carys and I do a proper review",
and taken by them. Short dialogues written
for these tests: each gives a task the draft must word, or words no task may have. (The calls in
tests/data/items_s57/ are the same kinds of talk in whole meetings.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.schemas import Extraction
from tests.support import written_call
from tests.test_extract_meetings import run

OPENER = ("Lucy Tam", "Okay, let's crack on. Nadia, do you want to take us through where we are?")


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


# -- a showing on the call's screen, checked straight after ("can everyone see it?"): no item ----------------------
SHOWN_IN_CALL = [
    "I'm going to share the site plan. Is that, can everyone see the map?",
    "So, the stand. I'm going to share the floor layout. Can everyone see it?",
    "I'll share the running order, hang on. Is that coming through?",
    "I'll just bring up the media schedule. Are you seeing it?",
    "Let me share the mood board with you all. Everyone see that?",
]


@pytest.mark.parametrize("said", SHOWN_IN_CALL)
def test_showing_checked_on_screen_is_no_item(said: str) -> None:
    got = tasks([OPENER, ("Nadia Brooks", said), ("Lucy Tam", "Yep, I can see it.")])
    assert got == [], got


# must: a showing handed to someone not on the call, or put after it, is work to do, whatever is asked next
SHOWN_LATER = [
    ("I'll share the rough cut with Tom. Can you see my notes here?", "share the rough cut with Tom"),
    (
        "I'll share the final budget with your finance team on Friday. Can you see the summary?",
        "share the final budget",
    ),
    ("I'll share the deck after the call. Can you all see the agenda for now?", "share the deck"),
]


@pytest.mark.parametrize(("said", "want"), SHOWN_LATER)
def test_showing_handed_on_stays_an_item(said: str, want: str) -> None:
    got = tasks([OPENER, ("Nadia Brooks", said), ("Lucy Tam", "Yes.")])
    assert any(want in t for t in got), got


# -- a condition's pronoun named: what the work waits for, not the work's own thing ------------------------------
WAITED = [
    (
        [
            ("Lucy Tam", "I can get you the postcode file. It needs to go through our data team first."),
            ("Nadia Brooks", "Totally understood. When do you think?"),
            ("Lucy Tam", "End of next week, I'd say."),
            ("Nadia Brooks", "Great. I'll build the targeting once it lands, so it doesn't hold up the plan."),
        ],
        "build the targeting (once the postcode file lands)",
    ),
    (
        [
            ("Will Ferris", "I'll send over the store list on Monday."),
            ("Nadia Brooks", "Lovely. I'll plan the sampling routes once it arrives."),
        ],
        "plan the sampling routes (once the store list arrives)",
    ),
]


@pytest.mark.parametrize(("turns", "want"), WAITED, ids=["postcode_file", "store_list"])
def test_condition_names_what_it_waits_for(turns: list[tuple[str, str]], want: str) -> None:
    got = tasks(turns)
    assert want in got, got


# must not: the work's own thing ("the cut ... once it lands": the cut itself) is not said again in the brackets
OWN_THING = [
    (
        [
            ("Lucy Tam", "The edit house will have the new cut on Thursday."),
            ("Nadia Brooks", "I'll review the new cut once it lands."),
        ],
        "(once the new cut",
    ),
    (
        [
            ("Will Ferris", "Three venue options are coming from the events team tomorrow."),
            ("Owen Price", "Great, I'll review the three options once they land."),
        ],
        "(once the three",
    ),
]


@pytest.mark.parametrize(("turns", "never"), OWN_THING, ids=["new_cut", "three_options"])
def test_condition_does_not_repeat_the_task_thing(turns: list[tuple[str, str]], never: str) -> None:
    got = tasks(turns)
    assert got, got
    assert not any(never in t for t in got), got


# -- a session put to one attendee and taken by them: one joint item ----------------------------------------------
def items(turns: list[tuple[str, str]]) -> list[tuple[object, str, str | None]]:
    got = run(turns).action_items
    return [
        (sorted(a.owner) if isinstance(a.owner, list) else a.owner, a.task, a.due.isoformat() if a.due else None)
        for a in got
    ]


JOINT = [
    (  # a session wished for "with" an attendee named, who asks when
        [
            ("Nadia Brooks", "One more thing. We'd love a venue recce with Lucy before we sign the contract."),
            ("Lucy Tam", "Absolutely. When?"),
            ("Nadia Brooks", "Say Thursday the 12th?"),
            ("Lucy Tam", "Yes, the 12th works."),
        ],
        ["Lucy Tam", "Nadia Brooks"],
        "do a venue recce",
        "2026-03-12",
    ),
    (  # asked if they are still up for it, the asker going on a day
        [
            ("Owen Price", "And Will, are you still up for the store tour? I'm going on Friday."),
            ("Will Ferris", "Yes, Friday's fine. Let's go together."),
        ],
        ["Owen Price", "Will Ferris"],
        "do the store tour",
        "2026-03-06",
    ),
    (  # "would you be up for a … session with me?", the day put in the same turn
        [
            ("Nadia Brooks", "Lucy, would you be up for a short workshop with me on tone of voice? Monday the 9th?"),
            ("Lucy Tam", "Monday's good. Yeah, go on then."),
        ],
        ["Lucy Tam", "Nadia Brooks"],
        "hold a short workshop",
        "2026-03-09",
    ),
    (  # a wish to do something "with" an attendee named, who says yes and puts a day
        [
            ("Owen Price", "And I'd like to go through the media schedule with Lucy next week."),
            ("Lucy Tam", "Happy to. Tuesday?"),
            ("Owen Price", "Tuesday's great."),
        ],
        ["Lucy Tam", "Owen Price"],
        "go through the media schedule",
        "2026-03-10",
    ),
]


@pytest.mark.parametrize(
    ("turns", "owners", "want", "due"), JOINT, ids=["recce_with_name", "still_up_for", "up_for_with_me", "wish_with"]
)
def test_session_taken_is_joint(turns: list[tuple[str, str]], owners: list[str], want: str, due: str) -> None:
    got = items(turns)
    assert any(o == owners and want in t and d == due for o, t, d in got), got


# must not: a session with someone not on the call, nor "up for" something that is no session
NOT_JOINT = [
    [
        ("Nadia Brooks", "I'd like to go through the schedule with Sarah from our media team."),
        ("Lucy Tam", "Sounds good."),
    ],
    [
        ("Nadia Brooks", "Lucy, are you up for the challenge? It's a tight turnaround."),
        ("Lucy Tam", "Always."),
    ],
]


@pytest.mark.parametrize("turns", NOT_JOINT, ids=["someone_off_the_call", "up_for_no_session"])
def test_no_joint_session(turns: list[tuple[str, str]]) -> None:
    got = items(turns)
    assert not any(isinstance(o, list) for o, _, _ in got), got


# a session suggested for an attendee named and the speaker ("I'd suggest Carys and I do …"), taken by them
SUGGESTED_PAIR = [
    (
        [
            ("Nadia Brooks", "And a wash-up once this settles. I'd suggest Lucy and I do a proper review next week."),
            ("Lucy Tam", "Yes. Let's say next Thursday."),
        ],
        "review",
    ),
    (
        [
            ("Nadia Brooks", "I think Lucy and I should walk the venue next week."),
            ("Lucy Tam", "Yes, good idea. Next Thursday?"),
        ],
        "walk the venue",
    ),
]


@pytest.mark.parametrize(("turns", "want"), SUGGESTED_PAIR, ids=["suggest_pair", "should_pair"])
def test_suggested_pair_is_joint(turns: list[tuple[str, str]], want: str) -> None:
    got = items(turns)
    assert any(o == ["Lucy Tam", "Nadia Brooks"] and want in t and d == "2026-03-12" for o, t, d in got), got


def test_pair_not_suggested_is_no_joint_session() -> None:
    """Must not: "I don't think Lucy and I need to do a review" puts no session."""
    got = items(
        [
            ("Nadia Brooks", "I don't think Lucy and I should do a separate review next week."),
            ("Lucy Tam", "No, agreed. Thanks."),
        ]
    )
    assert not any(isinstance(o, list) for o, _, _ in got), got


# what two people go to together, put in words besides the session words: a test day, a store walk, a press lunch
GATHERED = [
    (
        [
            ("Owen Price", "Will, would you be up for a test day with me before we go out? Saturday the 7th?"),
            ("Will Ferris", "The 7th's good. Yeah, go on then."),
        ],
        "hold a test day",
    ),
    (
        [
            ("Nadia Brooks", "And Lucy, we'd love a store walk with you before we lock the sampling spots."),
            ("Lucy Tam", "Definitely. When?"),
        ],
        "do a store walk",
    ),
    (
        [
            ("Nadia Brooks", "And Lucy, are you still up for the press lunch? We're holding it on Thursday the 12th."),
            ("Lucy Tam", "I am, yes. Count me in."),
        ],
        "hold the press lunch",
    ),
]


@pytest.mark.parametrize(("turns", "want"), GATHERED, ids=["test_day", "store_walk", "press_lunch"])
def test_gathering_taken_is_joint(turns: list[tuple[str, str]], want: str) -> None:
    got = items(turns)
    assert any(isinstance(o, list) and want in t for o, t, _ in got), got


# must not: a condition's "they" is not named by a thing the task names already ("the regionals" for "re-pitch the
# regional titles"), nor by a team said bare as doing something ("Estates have to measure up first")
NOT_NAMED = [
    (
        [
            ("Nadia Brooks", "Our photographer is sending the new room shots on Friday."),
            ("Lucy Tam", "Good. Can you re-pitch the regionals?"),
            ("Nadia Brooks", "Yes, I'll re-pitch the regional titles once they come in."),
        ],
        "(once the regionals",
    ),
    (
        [
            ("Lucy Tam", "I can get you the bay sizes. Estates have to measure up first, so Thursday at the earliest."),
            ("Nadia Brooks", "That's fine. I'll order the window vinyls once they come in."),
        ],
        "(once estates",
    ),
]


@pytest.mark.parametrize(("turns", "never"), NOT_NAMED, ids=["own_word", "team_bare"])
def test_condition_not_named_by_own_word_or_team(turns: list[tuple[str, str]], never: str) -> None:
    got = tasks(turns)
    assert got, got
    assert not any(never in t for t in got), got


# the calls written for this session (tests/data/items_s57/, gold format): the same kinds of talk in new words, each
# with the turn, the owners and the wording the draft must give there, or no item at a turn where the call's own
# screen is shown
CALLS = Path(__file__).parent / "data" / "items_s57"
CALLED = [
    ("c01-fitout-wip", 6, "Rory Vale", "order the window vinyls"),
    ("c01-fitout-wip", 10, "Gemma Strand", "send the final running order"),
    ("c02-brief-followup", 6, "Ivo Marsh", "(once the retailer data arrives)"),
    ("c02-brief-followup", 8, "Priya Nolan", "share the research deck"),
    ("c03-sampling-prepro", 3, "Fraser Boyd", "hold a test day"),
    ("c03-sampling-prepro", 6, "Ada Wilde", "do a store walk"),
    ("c03-sampling-prepro", 10, "Fraser Boyd", "go through the staffing rota"),
    ("c04-launch-checkin", 8, "Jude Ferris", "hold the press lunch"),
    ("c04-launch-checkin", 9, "Mina Osei", "send the final guest list"),
]
SHOWN = [("c01-fitout-wip", 2), ("c01-fitout-wip", 8), ("c02-brief-followup", 2), ("c04-launch-checkin", 2)]


def _call(meeting_id: str) -> Extraction:
    return written_call(CALLS / f"{meeting_id}.json")


@pytest.mark.parametrize(("meeting_id", "turn", "owner", "want"), CALLED, ids=[f"{c[0]}-t{c[1]}" for c in CALLED])
def test_written_calls(meeting_id: str, turn: int, owner: str, want: str) -> None:
    got = [(a.owner, a.task) for a in _call(meeting_id).action_items if a.turn == turn]
    assert any((owner in o if isinstance(o, list) else o == owner) and want in t for o, t in got), got


@pytest.mark.parametrize(("meeting_id", "turn"), SHOWN, ids=[f"{c[0]}-t{c[1]}" for c in SHOWN])
def test_written_calls_shown_on_screen(meeting_id: str, turn: int) -> None:
    assert not [a.task for a in _call(meeting_id).action_items if a.turn == turn]


# -- dates: a day booked for, and when the booking is done said alone after it ------------------------------------
BOOKED = [
    (
        [
            ("Lucy Tam", "They have the 10th or the 11th."),
            ("Will Ferris", "Go for the 10th."),
            ("Nadia Brooks", "Okay, I'll book the studio for the 10th then. Today."),
        ],
        "book the studio",
        "2026-03-04",
    ),
    (
        [("Nadia Brooks", "I'll reserve the meeting room for the 20th. This afternoon, probably.")],
        "reserve the meeting room",
        "2026-03-04",
    ),
    # must not: a day asked of other work after it, or none at all, leaves the day booked for
    (
        [("Nadia Brooks", "I'll book the venue for Friday the 13th. Could we do the walk-through on the 10th?")],
        "book the venue",
        "2026-03-13",
    ),
    ([("Nadia Brooks", "I'll book the venue for Friday the 13th.")], "book the venue", "2026-03-13"),
]


@pytest.mark.parametrize(
    ("turns", "want", "due"), BOOKED, ids=["today_alone", "this_afternoon_alone", "other_day_asked", "booked_only"]
)
def test_booking_done_on_the_day_said_after(turns: list[tuple[str, str]], want: str, due: str) -> None:
    got = items(turns)
    assert any(want in t and d == due for _, t, d in got), got


# -- the reply's count for the request's vague quantity ("a couple of" … "two or three") --------------------------
COUNTED = [
    (
        [
            ("Lucy Tam", "Actually, could you send me a couple of RPO names, then?"),
            ("Nadia Brooks", "Of course. I'll send you two or three by Thursday."),
        ],
        "send two or three RPO names",
    ),
    (
        [
            ("Lucy Tam", "Could you pull together a few venue options?"),
            ("Nadia Brooks", "Sure, I'll get you three by Friday."),
        ],
        "three venue options",
    ),
    (
        [("Lucy Tam", "Can you send some case studies?"), ("Nadia Brooks", "Yes, I'll send four or five tomorrow.")],
        "send four or five case studies",
    ),
]


@pytest.mark.parametrize(("turns", "want"), COUNTED, ids=["two_or_three", "three", "four_or_five"])
def test_reply_count_for_vague_quantity(turns: list[tuple[str, str]], want: str) -> None:
    got = tasks(turns)
    assert any(want in t for t in got), got


# must not: an hour is no count ("by three"), and a reply without a count keeps the request's words
@pytest.mark.parametrize(
    "reply", ["Yes, I'll send them by three.", "Yes, I'll send them over tomorrow."], ids=["by_three", "no_count"]
)
def test_no_count_leaves_the_quantity(reply: str) -> None:
    got = tasks([("Lucy Tam", "Can you send some case studies?"), ("Nadia Brooks", reply)])
    assert got, got
    assert all("three" not in t for t in got) and any("case studies" in t for t in got), got
