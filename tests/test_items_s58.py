"""Session 58, issue 10: action items an AE keeps. "her"/"him" of a task named by the role said before it ("the data
sign-off from your DPO" ... "I'll chase her today" -> "chase the DPO"; "I've got the interpreter from the last job,
she was great, I'll book her" -> "book the interpreter ..."); "give X a nudge" is chasing X; a thing offered as
"What I can do is ..." taken up by "that'll do" or "great, do that". Short dialogues written for these tests: each
gives a task the draft must word, or words no task may have. (The calls in tests/data/items_s58/ are the same kinds
of talk in whole meetings.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import written_call
from tests.test_extract_meetings import run

OPENER = ("Lucy Tam", "Okay, let's crack on. Nadia, do you want to take us through where we are?")


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


# -- "her"/"him": the person named by a role just before ----------------------------------------------------------
ROLE_THEN_PRONOUN = [
    (
        [
            ("Lucy Tam", "We still need the data sign-off from your DPO before we can send anything."),
            ("Will Ferris", "Yes. I chased her last week."),
            ("Lucy Tam", "Could you give her another nudge?"),
            ("Will Ferris", "I will. I'll chase her today."),
        ],
        "chase the DPO",
    ),
    (
        [
            ("Lucy Tam", "The interpreter for the AGM still hasn't confirmed she's free."),
            ("Nadia Brooks", "I'll ring her this afternoon."),
        ],
        "ring the interpreter",
    ),
    (
        [
            ("Lucy Tam", "The trainer for the staff sessions hasn't confirmed the dates."),
            ("Nadia Brooks", "I'll ring him this afternoon."),
        ],
        "ring the trainer",
    ),
]


@pytest.mark.parametrize(("turns", "want"), ROLE_THEN_PRONOUN)
def test_her_or_him_named_by_the_role_said_before(turns: list[tuple[str, str]], want: str) -> None:
    got = tasks(turns)
    assert any(t.startswith(want) for t in got), got


# must not: no role said, the pronoun stays (a wrong name is worse than a pronoun)
def test_her_without_a_role_stays() -> None:
    got = tasks([("Lucy Tam", "The print run is late again."), ("Nadia Brooks", "I'll chase her today.")])
    assert not any("print" in t for t in got), got


# -- "give X a nudge": chasing X -----------------------------------------------------------------------------------
NUDGED = [
    ("I'll give the printers a quick nudge this afternoon.", "chase the printers"),
    ("I'll give Tom another nudge tomorrow.", "chase Tom"),
]


@pytest.mark.parametrize(("said", "want"), NUDGED)
def test_a_nudge_is_chasing(said: str, want: str) -> None:
    got = tasks([OPENER, ("Nadia Brooks", said), ("Lucy Tam", "Great.")])
    assert want in got, got


def test_a_final_polish_is_no_chasing() -> None:
    got = tasks([OPENER, ("Nadia Brooks", "I'll give the deck a final polish tonight."), ("Lucy Tam", "Great.")])
    assert not any(t.startswith("chase") for t in got), got


# -- a thing offered instead, taken up by "that'll do" or a go-ahead -----------------------------------------------
ASKED = ("Lucy Tam", "Could you have a full animation by next week?")
TAKEN_UP = [
    (
        "Honestly, not a proper one, no. What I can do is a storyboard animatic in two weeks.",
        "Two weeks. Fine, that'll do for the exec.",
    ),
    ("Not a full one, no. What I can do is a storyboard animatic in two weeks.", "Fine, that'd do."),
    ("No, sorry. What I can do is a storyboard animatic in two weeks.", "Great, do that."),
]


@pytest.mark.parametrize(("offer", "reply"), TAKEN_UP)
def test_a_thing_offered_instead_taken_up(offer: str, reply: str) -> None:
    got = run([ASKED, ("Nadia Brooks", offer), ("Lucy Tam", reply)]).action_items
    assert [(a.turn, a.owner) for a in got if "animatic" in a.task] == [(1, "Nadia Brooks")], got


NOT_TAKEN_UP = [
    "That'd do nothing for the board, honestly.",
    "Okay, that'll do it for today, thanks everyone.",
    "Fine, that'll do, but not in two weeks.",
]


@pytest.mark.parametrize("reply", NOT_TAKEN_UP)
def test_that_will_do_that_takes_nothing_up(reply: str) -> None:
    offer = "What I can do is a storyboard animatic in two weeks."
    got = run([ASKED, ("Nadia Brooks", offer), ("Lucy Tam", reply)]).action_items
    assert not any("animatic" in a.task for a in got), got


# the calls written for this session (tests/data/items_s58/, gold format): the same kinds of talk in new words, each
# with the turn, the owner and the wording the draft must give there, or no item where an offer is turned down
CALLS = Path(__file__).parent / "data" / "items_s58"
CALLED = [
    ("d01-brochure-wip", 3, "Priya Sethi", "chase the safeguarding officer"),
    ("d01-brochure-wip", 5, "Omar Haddad", "floor plan illustrations"),
    ("d01-brochure-wip", 8, "Omar Haddad", "chase the printers"),
    ("d02-event-logistics", 3, "Glen Abara", "ring the caretaker"),
    ("d02-event-logistics", 8, "Glen Abara", "a short written message"),
    ("d03-launch-pr", 8, "Luke Fenn", "chase the distiller"),
    ("d04-research-followup", 2, "Colm Tierney", "a breakdown of the complaint reasons"),
    ("d04-research-followup", 8, "Sam Osei", "the regional figures"),
    ("d05-openday-prep", 3, "Joel Wexford", "book a photographer"),
    ("d06-stand-review", 4, "Piotr Nowak", "send the render to the facilities manager"),
]
TURNED_DOWN = [("d03-launch-pr", 4)]
MADE_ONCE = [("d04-research-followup", 4)]  # the breakdown offered at turn 2, made again: no second item


@pytest.mark.parametrize(("meeting_id", "turn", "owner", "want"), CALLED, ids=[f"{c[0]}-t{c[1]}" for c in CALLED])
def test_written_calls(meeting_id: str, turn: int, owner: str, want: str) -> None:
    got = [(a.owner, a.task) for a in written_call(CALLS / f"{meeting_id}.json").action_items if a.turn == turn]
    assert any(o == owner and want in t for o, t in got), got


@pytest.mark.parametrize(("meeting_id", "turn"), TURNED_DOWN, ids=[f"{c[0]}-t{c[1]}" for c in TURNED_DOWN])
def test_written_calls_offer_turned_down(meeting_id: str, turn: int) -> None:
    assert not [a.task for a in written_call(CALLS / f"{meeting_id}.json").action_items if a.turn in (turn, turn + 1)]


# -- "introduce you both": the side (or the one answered) named, the "both"/"all" not left behind -------------------
INTRODUCED = [
    "I'll also introduce you both to our chair early next week.",
    "I'll introduce you all to the new buyers on Monday.",
]


@pytest.mark.parametrize("said", INTRODUCED)
def test_introduced_you_both_leaves_no_both(said: str) -> None:
    got = tasks([("Lucy Tam", "Great, that's everything on the pitch."), ("Will Ferris", said)])
    assert got and all(t.startswith("introduce ") and " both " not in t and " all " not in t for t in got), got
    assert all("you" not in t.split() for t in got), got


def test_introduced_to_them_both_keeps_both() -> None:
    got = tasks(
        [("Lucy Tam", "The two buyers are new."), ("Will Ferris", "I'll introduce Nadia to them both on Monday.")]
    )
    assert got and all(t.startswith("introduce Nadia") for t in got), got


# -- the same thing made again by its owner a turn or two on, with another verb of making: one item -----------------
MADE_AGAIN = [
    [
        ("Lucy Tam", "Do you have the exit survey from drivers who left in the first year?"),
        (
            "Nadia Brooks",
            "I can't share the raw survey. It's got names in it. But I can do you a summary of the themes.",
        ),
        ("Lucy Tam", "That's, yeah, the themes are what we need, honestly."),
        ("Nadia Brooks", "Okay. I'll pull a summary together."),
    ],
    [
        ("Lucy Tam", "Could you send us a shortlist of venues?"),
        ("Nadia Brooks", "Sure, I'll send a shortlist over tomorrow."),
        ("Lucy Tam", "Great."),
        ("Nadia Brooks", "I'll put the shortlist together tonight then."),
    ],
]


@pytest.mark.parametrize("turns", MADE_AGAIN)
def test_the_same_thing_made_again_is_one_item(turns: list[tuple[str, str]]) -> None:
    got = [(a.turn, a.owner) for a in run(turns).action_items]
    assert got == [(1, "Nadia Brooks")], got


# must not: another thing, or the thing of a kind said more, is work of its own
def test_another_thing_made_is_its_own_item() -> None:
    got = tasks(
        [
            ("Lucy Tam", "Could you draft the press release?"),
            ("Nadia Brooks", "Sure, I'll draft the release."),
            ("Lucy Tam", "Great."),
            ("Nadia Brooks", "And I'll pull the stats together."),
        ]
    )
    assert len(got) == 2 and any("stats" in t for t in got), got


def test_the_same_noun_by_another_owner_is_their_own_item() -> None:
    got = [
        a.owner
        for a in run(
            [
                ("Lucy Tam", "Could you send us a shortlist of venues?"),
                ("Nadia Brooks", "Sure, I'll send a shortlist over tomorrow."),
                ("Will Ferris", "And I'll put a shortlist of caterers together."),
            ]
        ).action_items
    ]
    assert got == ["Nadia Brooks", "Will Ferris"], got


@pytest.mark.parametrize(("meeting_id", "turn"), MADE_ONCE, ids=[f"{c[0]}-t{c[1]}" for c in MADE_ONCE])
def test_written_calls_made_again_once(meeting_id: str, turn: int) -> None:
    assert not [a.task for a in written_call(CALLS / f"{meeting_id}.json").action_items if a.turn == turn]


# -- a colleague's item taken over by one who calls them by name ("Actually, let me do it, Lucy."): one item, theirs --
TAKEN_OVER = [
    ("Lucy Tam", "And Nadia, you asked about BSL last time. Do you want me to book the interpreter?"),
    ("Nadia Brooks", "Yes, for the AGM at least. Can you, Lucy?"),
    ("Lucy Tam", "Yeah, I can."),
    (
        "Will Ferris",
        "Actually, let me do it, Lucy. I've got the interpreter from the Rotherby job, she was great, "
        "I'll book her tomorrow.",
    ),
    ("Lucy Tam", "Oh, even better. Thank you."),
]


def test_taken_over_by_a_colleague_calling_them_by_name() -> None:
    got = [(a.turn, a.owner) for a in run(TAKEN_OVER).action_items]
    assert got == [(3, "Will Ferris")], got


OFFERED = [("Lucy Tam", "Do you want me to send the floor plan?"), ("Nadia Brooks", "Yes please.")]


# must not: work of their own said with thanks by name, or the colleague named as whom it goes to
@pytest.mark.parametrize(
    "said", ["Thanks Lucy. I'll send the running order.", "Great, and I'll forward it to Lucy's team in Leeds."]
)
def test_named_colleague_keeps_their_item(said: str) -> None:
    got = [a.owner for a in run([*OFFERED, ("Will Ferris", said)]).action_items]
    assert got == ["Lucy Tam", "Will Ferris"], got


# -- "him"/"her" is not the one talked to ("Actually, leave that one with me, Hana. I've got a photographer from the
# Ashby shoot, he was brilliant, I'll book him this week." was "book Hana"): written call d05, turn 3 in CALLED
# must: an attendee talked of in the third person is still whom "him" stands for
def test_him_is_the_attendee_talked_of() -> None:
    got = tasks(
        [
            ("Lucy Tam", "Can Owen sit in on the shoot? He's never been to one."),
            ("Nadia Brooks", "Sure, I'll send him the call sheet."),
        ]
    )
    assert any("Owen" in t for t in got), got


# -- "quote for it": the thing priced, named from before --------------------------------------------------------------
PRICED_BEFORE = [
    ("Will Ferris", "Could we get a fifteen-second cut for cinema out of this? Just, thrown in?"),
    ("Nadia Brooks", "Thrown in is hard, honestly. It's a few days' work. We can't do it for free."),
    ("Will Ferris", "Fair enough."),
]


@pytest.mark.parametrize("offer", ["I can quote for it separately, if you like?", "I can price for that separately?"])
def test_quote_for_it_names_the_thing_priced(offer: str) -> None:
    got = tasks([*PRICED_BEFORE, ("Nadia Brooks", offer), ("Will Ferris", "Yes, do that.")])
    assert any(t.startswith(("quote for a", "price for a")) and "cut" in t for t in got), got


# must not: what is paid for or asked for is no thing priced
def test_pay_for_it_is_no_thing_priced() -> None:
    got = tasks([*PRICED_BEFORE, ("Will Ferris", "Actually, I'll pay for it out of the launch budget.")])
    assert not any("cut" in t for t in got), got


# -- a showing asked for and done on the call, checked on screen ("can you all see ...?"): no item ------------------
SCREEN_CHECKED = [
    [
        ("Lucy Tam", "Nadia's got the venue comparison up. Nadia, can you share?"),
        (
            "Nadia Brooks",
            "Yep, one sec... there. Can you all see two columns, The Mill on the left, the ICC on the right?",
        ),
        ("Will Ferris", "Yes. Slightly small on my laptop, but yes."),
    ],
    [
        ("Lucy Tam", "Okay, the site."),
        ("Nadia Brooks", "Can you both see the floor plan with the stage marked?"),
        ("Will Ferris", "Yep."),
    ],
]


@pytest.mark.parametrize("turns", SCREEN_CHECKED)
def test_screen_checked_is_no_item(turns: list[tuple[str, str]]) -> None:
    assert tasks(turns) == []


# must: "can you all see if ..." asks for a check; a share handed to someone stays work
def test_see_if_is_still_asked() -> None:
    got = tasks(
        [("Lucy Tam", "Can you all see if the venue is free on the ninth?"), ("Nadia Brooks", "Yes, I'll check today.")]
    )
    assert any(t.startswith("check") for t in got), got


def test_share_with_someone_stays_work() -> None:
    got = tasks(
        [
            ("Lucy Tam", "Nadia, can you share the rough cut with our CEO?"),
            ("Nadia Brooks", "Yep, I'll do it this afternoon. Can you all see the agenda for now?"),
        ]
    )
    assert any("rough cut" in t for t in got), got


# the render put up and checked on screen, and the sound check, in a whole call: no item at those turns
@pytest.mark.parametrize("turn", [0, 1, 2, 5, 6])
def test_written_call_screen_checks(turn: int) -> None:
    got = written_call(CALLS / "d06-stand-review.json").action_items
    assert not [a.task for a in got if a.turn == turn], got
