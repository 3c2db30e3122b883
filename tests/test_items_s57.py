"""Session 57, issue 10: action items an AE keeps. Not every "I'll" is an item: "I'm going to share the site plan.
Can everyone see the map?" shows it on the call's own screen. Task wording: a bracketed condition that says by a
pronoun what it waits for names it ("build the targeting (once the postcode file lands)"). Joint sessions: one put
to an attendee as "would you be up for a session with me?", "are you still up for the site visit?", "we'd love a
site visit with Maeve", "I'd like to walk the orchard with Patrick", and taken by them. Short dialogues written
for these tests: each gives a task the draft must word, or words no task may have. (The calls in
tests/data/items_s57/ are the same kinds of talk in whole meetings.)"""

from __future__ import annotations

import pytest

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
