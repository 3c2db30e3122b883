"""Task wording, second round: "I'll have a draft with you" says what the draft is of when it was named before the
promise (a draft handed over is not a draft of nothing), worded as the making ("draft the speech"); "Send me a
figure." / "You'll have a quote for the vinyls" is worded as the thing handed over; "I'll talk to the head ranger"
says the question it was needed for ("we need to check what the rangers will allow"). Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client)."""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


@pytest.mark.parametrize(
    "reply",
    [
        "It's mostly in my head so far. I'll have a rough draft with you by Friday.",
        "Not yet, to be honest. I can have a first draft to you on Monday.",
    ],
)
def test_a_draft_handed_over_is_a_draft_of_the_thing_named(reply: str) -> None:
    got = tasks([(PRITI, "Theo, the welcome speech for the gala dinner. Have you made a start?"), (THEO, reply)])
    assert len(got) == 1 and "draft" in got[0] and "speech" in got[0], got
    assert got[0].startswith("draft "), got  # the making, as the report says it, not "send a draft of …"


def test_a_draft_that_says_what_it_is_of_keeps_its_own_thing() -> None:
    got = tasks(
        [
            (PRITI, "Theo, the welcome speech for the gala dinner. Have you made a start?"),
            (THEO, "Yes. And I'll have a draft of the seating plan with you by Friday too."),
        ]
    )
    assert any("seating plan" in t and "speech" not in t for t in got), got


PRINT = [
    (PRITI, "Could the printers do the window vinyls as well as the posters?"),
    (THEO, "They could, but it's six shops on three different sizes. We'd need to cost it up first."),
]


@pytest.mark.parametrize(
    "reply",
    [
        "Will do. You'll have a quote for the vinyls by Friday.",
        "Sure. You'll have a costing for the vinyls by Friday.",
    ],
)
def test_accepting_with_what_the_listener_will_have_words_the_thing_in_full(reply: str) -> None:
    got = tasks([*PRINT, (PRITI, "Send me a figure, then."), (THEO, reply)])
    assert len(got) == 1 and "vinyls" in got[0], got


@pytest.mark.parametrize(
    "reply",
    [
        "Will do. You'll have it by Friday.",  # nothing of its own: the request's words
        "Will do. You'll have loads of questions from the shops, mind.",  # foretold, not handed over
    ],
)
def test_accepting_with_nothing_handed_keeps_the_request(reply: str) -> None:
    got = tasks([*PRINT, (PRITI, "Send me a figure, then."), (THEO, reply)])
    assert len(got) == 1 and "figure" in got[0], got


@pytest.mark.parametrize(
    "need",
    [
        "If we're filming after dark, we need to check what the rangers will allow.",
        "We need to ask what the rangers are happy with at night.",
    ],
)
def test_getting_in_touch_says_the_question_it_was_needed_for(need: str) -> None:
    got = tasks(
        [(NELL, f"Priti, on the evening tours. {need}"), (PRITI, "Leave that with me, I'll talk to the head ranger.")]
    )
    assert len(got) == 1 and "head ranger" in got[0] and "rangers" in got[0].replace("head ranger", ""), got


def test_getting_in_touch_after_a_statement_stays_as_said() -> None:
    got = tasks(
        [
            (NELL, "Priti, on the evening tours. The rangers said what they will allow last year."),
            (PRITI, "Leave that with me, I'll talk to the head ranger."),
        ]
    )
    assert got == ["talk to the head ranger"], got


@pytest.mark.parametrize(
    "reply",
    [
        "They're in a spreadsheet somewhere. I'll dig them out and send them Friday.",
        "Sure, I'll send them over on Friday.",
    ],
)
def test_it_is_the_thing_without_what_is_to_be_done_with_it(reply: str) -> None:
    asked = "It'd help to have the survey figures to hand, if you can. Could you send them over?"
    got = tasks([(NELL, asked), (PRITI, reply)])
    assert len(got) == 1 and "survey figures" in got[0] and "hand" not in got[0], got


@pytest.mark.parametrize(
    ("turns", "work"),
    [
        (
            [
                (PRITI, "The freight costs have to go through our finance people first."),
                (OWEN, "Leave that with me, I'll have the freight costs confirmed by Friday."),
            ],
            "confirm the freight costs",
        ),
        (
            [(NELL, "Are the opening hours on the flyer right?"), (THEO, "I'll get the opening hours checked today.")],
            "check the opening hours",
        ),
    ],
)
def test_having_a_thing_confirmed_or_checked_is_confirming_or_checking_it(
    turns: list[tuple[str, str]], work: str
) -> None:
    got = tasks(turns)
    assert len(got) == 1 and got[0].startswith(work), got


def test_having_a_thing_approved_is_still_others_work() -> None:
    got = tasks([(PRITI, "The costs need to go to finance."), (OWEN, "I'll get the freight costs approved by Friday.")])
    assert got == ["get the freight costs approved"], got


@pytest.mark.parametrize(
    ("said", "work"),
    [
        ("Yes, we found it. I'll have a fix on staging by tomorrow.", "put a fix on staging"),
        ("We'll get the new opening hours up on the website today.", "put the new opening hours on the website"),
    ],
)
def test_having_a_thing_up_somewhere_is_putting_it_there(said: str, work: str) -> None:
    got = tasks([(PRITI, "The sign-up button is broken on Android and the opening hours are wrong."), (THEO, said)])
    assert got == [work], got


def test_having_a_view_on_something_is_not_putting_it_anywhere() -> None:
    got = tasks([(PRITI, "Is the claim on the pack safe?"), (THEO, "I'll have a view on the claim for you by Friday.")])
    assert not any(t.startswith("put ") for t in got), got


@pytest.mark.parametrize("session", ["check-in", "run-through", "walk-through"])
def test_an_invite_is_for_the_hyphened_session_just_settled(session: str) -> None:
    got = tasks(
        [
            (NELL, f"One more from me: do we want a regular {session} until the launch? We'd usually do weekly."),
            (PRITI, "Weekly's good. Tuesdays at nine, until the launch."),
            (NELL, "Great. I'll send the invites round."),
        ]
    )
    assert len(got) == 1 and got[0].startswith("send the invites for") and session in got[0], got


WORDING_ASKED = (PRITI, "Theo, are we nearly there on the legal wording for the end frames?")


@pytest.mark.parametrize(
    "reply",
    [
        "Yes, the legal wording. I'll get the final version over to you tomorrow.",
        "Nearly. You'll have the revised version with you tomorrow.",
    ],
)
def test_the_final_version_is_of_the_thing_just_named(reply: str) -> None:
    got = tasks([WORDING_ASKED, (THEO, reply)])
    assert len(got) == 1 and "version of the legal wording" in got[0], got


def test_the_draft_already_talked_about_stays() -> None:
    got = tasks([WORDING_ASKED, (THEO, "Nearly there. I'll send the draft over tomorrow.")])
    assert got == ["send the draft"], got
