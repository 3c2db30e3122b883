"""Which turns are action items, by the kind of talk: sentences with "I'll" / "I can" that commit to nothing, and
commitments put in less usual forms (an imperative answered "Will do", "What I can do is …", "I'll be there").

The dialogues are written for these tests, in the way account teams talk on client calls.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.schemas import Attendee, Extraction
from tests.support import extract_turns, item_rows

MEETING_DATE = dt.date(2026, 5, 13)  # a Wednesday
PEOPLE = [
    Attendee(name="Hattie Byrne", side="agency"),
    Attendee(name="Ravi Mistry", side="agency"),
    Attendee(name="Joanna Pike", side="client"),
    Attendee(name="Colm Doherty", side="client"),
]
NEUTRAL = ("Joanna Pike", "Right, next on the list is the summer campaign.")
CLOSE = ("Joanna Pike", "Okay.")


def run(turns: list[tuple[str, str]]) -> Extraction:
    return extract_turns(turns, PEOPLE, MEETING_DATE, "gold-json", step=10.0)


def items(turns: list[tuple[str, str]]) -> list[tuple[int | None, object, str | None]]:
    return item_rows(turns, PEOPLE, MEETING_DATE)


@pytest.mark.parametrize(
    "said",
    [
        # a modal inside a relative clause, a view, a choice, a forecast
        "That's fair, and it's a case I can take to the board. Fine. Four-twenty. I can defend four-twenty.",
        "Is there a one-pager? Something I could forward to the exec.",
        "Oh, I can imagine. I can totally see why they'd say that.",
        "Honestly, I'll go with whatever you think.",
        "We'll be launching on the fourth of June, same as last year.",
        # running the call, and figures of speech
        "Shall we go round the table? I'll start. I run brand at the trust.",
        "The printer came back this morning and, hold on, I'll pull it up, yes, the proof is fine.",
        "Okay so, I'll do a bit of context first, then Ravi has the numbers.",
        "I'm only here for the contract side, so I'll keep quiet until the end.",
        "Let me put it another way: the end frame is too busy.",
        "We'll cross that bridge when we come to it.",
        "I'll defer to Colm on the media split.",
        "Good challenge. We'll take that on board.",
        "I'll stop talking. Ravi, over to you.",
        "Friday's tight. I'll try.",
        "And while we're on it, the fee letter still says March.",
        # what is usually done, and a contingency
        "We'll normally send a first cut about a week after the shoot.",
        "Worst case, I'll drive the samples up myself.",
        "Right, I'll leave you to it, thanks everyone.",
    ],
)
def test_talk_that_commits_to_nothing_gives_no_item(said: str) -> None:
    assert items([NEUTRAL, ("Ravi Mistry", said), CLOSE]) == []


def test_a_reason_for_asking_is_not_the_askers_promise() -> None:
    got = items(
        [
            ("Joanna Pike", "Could you send me the slot calendar for July, Ravi? Then I can plan back from it."),
            ("Ravi Mistry", "Sure, I'll send it today."),
            CLOSE,
        ]
    )
    assert got == [(1, "Ravi Mistry", "2026-05-13")]


def test_a_negation_after_the_commitment_does_not_undo_it() -> None:
    got = items(
        [
            ("Hattie Byrne", "The sampling stock, is that something you need to clear internally?"),
            ("Colm Doherty", "Yeah, that's one for me. I'll square it with the warehouse, they won't mind."),
            CLOSE,
        ]
    )
    assert got == [(1, "Colm Doherty", None)]


def test_an_offer_made_instead_of_what_was_declined() -> None:
    found = run(
        [
            ("Joanna Pike", "Could you share how we compare with your other charity clients? By name, ideally."),
            ("Hattie Byrne", "I'm afraid we can't name clients. What I can do is share an anonymised benchmark."),
            ("Joanna Pike", "That would do."),
        ]
    ).action_items
    assert [(a.turn, a.owner) for a in found] == [(1, "Hattie Byrne")]
    assert "benchmark" in found[0].task


def test_an_offer_with_a_courtesy_condition_taken_up_stays_at_the_offer() -> None:
    got = items(
        [
            ("Joanna Pike", "I need to take the results to the trustees on the twenty-ninth."),
            ("Ravi Mistry", "We can write up a one-page summary for that, if it would help."),
            ("Joanna Pike", "Please do. By the twenty-second, if you can."),
            CLOSE,
        ]
    )
    assert got == [(1, "agency", "2026-05-22")]


def test_an_imperative_request_answered_will_do_and_the_promise_that_depends_on_it() -> None:
    got = items(
        [
            ("Hattie Byrne", "And our tester will need a login for the staging site as well."),
            ("Colm Doherty", "Ha. Yes. Send me her email and I'll set up the login."),
            ("Hattie Byrne", "Will do."),
            ("Ravi Mistry", "So when does the site go live?"),
        ]
    )
    assert got == [(1, "Colm Doherty", None), (2, "Hattie Byrne", None)]


def test_an_imperative_that_asks_for_a_moment_is_no_request() -> None:
    assert items([("Hattie Byrne", "Give us a mo, the screen's frozen."), ("Colm Doherty", "Sure."), CLOSE]) == []


def test_an_invitation_to_a_session_taken_up_is_a_joint_item_on_its_date() -> None:
    got = items(
        [
            (
                "Hattie Byrne",
                "We're doing the fitting with the family on Friday at the studio. Why don't you come along?",
            ),
            ("Joanna Pike", "I'll come. What time?"),
            ("Hattie Byrne", "Two o'clock."),
        ]
    )
    assert got == [(1, ["Hattie Byrne", "Joanna Pike"], "2026-05-15")]


def test_ill_be_there_commits_to_the_session_just_put() -> None:
    got = items(
        [
            ("Ravi Mistry", "And the press check. Someone from your side should be at the printer with me."),
            ("Colm Doherty", "I'd like to do that. When is it?"),
            ("Ravi Mistry", "Tuesday the second of June, in Leeds."),
            ("Colm Doherty", "I'll be there."),
            CLOSE,
        ]
    )
    # the press check is Ravi's ("at the printer with me"): coming to it makes a session of both (session_owners)
    assert [(t, o) for t, o, _ in got] == [(3, ["Ravi Mistry", "Colm Doherty"])]


def test_a_sign_off_is_work_with_a_deadline_and_an_approval_without_one() -> None:
    dated = items([("Joanna Pike", "Half one. Fine. And I'll sign it off before two."), CLOSE])
    assert [(t, o) for t, o, _ in dated] == [(0, "Joanna Pike")]
    assert items([("Joanna Pike", "Looks great. I'll happily sign that off."), CLOSE]) == []
    assert items([("Joanna Pike", "Understood. The bakehouse route it is, we'll retire the others."), CLOSE]) == []


def test_a_re_verb_is_read_as_one_verb() -> None:
    found = run(
        [
            ("Joanna Pike", "So the door drop figure may be flattering itself."),
            ("Ravi Mistry", "It could go either way. I'll re-run the attribution with the shop sales split out."),
            CLOSE,
        ]
    ).action_items
    assert [(a.turn, a.owner) for a in found] == [(1, "Ravi Mistry")]
    assert found[0].task.startswith("re-run the attribution")


def test_a_commitment_said_again_is_one_item_and_a_new_date_wins() -> None:
    got = items(
        [
            ("Hattie Byrne", "I'll book the studio by Friday."),
            ("Joanna Pike", "Lovely."),
            ("Ravi Mistry", "The crew want it confirmed sooner than that."),
            ("Hattie Byrne", "Fine, I'll book the studio by Thursday then."),
            CLOSE,
        ]
    )
    assert got == [(0, "Hattie Byrne", "2026-05-14")]


def test_the_asker_takes_back_a_request_already_accepted() -> None:
    got = items(
        [
            ("Joanna Pike", "Ravi, can you send the deck to Colm?"),
            ("Ravi Mistry", "Sure."),
            ("Joanna Pike", "Actually, don't worry, I'll forward it myself."),
            ("Ravi Mistry", "Okay."),
        ]
    )
    assert [(t, o) for t, o, _ in got] == [(2, "Joanna Pike")]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Can you remind me what the media budget was?", "Sure, it's forty-two grand all in."),
        ("Could you say that again? You cut out.", "Sure. I said the launch moves to June."),
        ("Can you explain why the cost per thousand went up?", "Yes, it's seasonal demand on the premium slots."),
        ("Could you live with a smaller logo on the pack?", "Yes, that's fine."),
    ],
)
def test_a_request_met_in_the_reply_or_a_question_of_stance_is_no_item(asked: str, answer: str) -> None:
    assert items([("Joanna Pike", asked), ("Ravi Mistry", answer), ("Joanna Pike", "Okay, thanks.")]) == []


def test_a_request_to_explain_later_is_still_an_item() -> None:
    got = items(
        [
            ("Joanna Pike", "Can you explain the fee change to procurement?"),
            ("Ravi Mistry", "Sure, I'll write to them on Friday."),
            ("Joanna Pike", "Thanks."),
        ]
    )
    assert got == [(1, "Ravi Mistry", "2026-05-15")]


def test_a_session_asked_for_and_given_a_time_is_an_item_of_both_when_the_time_is_taken() -> None:
    got = items(
        [
            ("Joanna Pike", "One thing. Can we do a proper walk-through of the microsite before it goes live?"),
            ("Hattie Byrne", "Definitely. How are you for Monday? That's the eighteenth."),
            ("Joanna Pike", "Monday's good. Afternoon, ideally."),
            ("Ravi Mistry", "Great, moving on to the social plan."),
        ]
    )
    assert got == [(2, ["Hattie Byrne", "Joanna Pike"], "2026-05-18")]


def test_a_delivery_asked_for_with_we_is_not_made_a_session() -> None:
    got = items(
        [
            ("Joanna Pike", "Can we get the deck by Friday?"),
            ("Hattie Byrne", "Sure. Is Friday morning okay?"),
            ("Joanna Pike", "Friday morning's fine."),
            ("Ravi Mistry", "Great."),
        ]
    )
    assert not any(isinstance(owner, list) for _, owner, _ in got)


@pytest.mark.parametrize(
    "asked",
    [
        "Ravi, I'd like you to send over the revised media plan.",
        "Ravi, we need you to chase the printer for the wet proofs.",
        "I want you to pull the store-level numbers together, Ravi.",
        "Ravi, could I ask you to send over the revised media plan?",
    ],
)
def test_a_wish_that_the_listener_do_the_work_is_a_request_taken_up_with_will_do(asked: str) -> None:
    got = run([NEUTRAL, ("Joanna Pike", asked), ("Ravi Mistry", "Sure, will do."), CLOSE]).action_items
    assert [(a.turn, a.owner) for a in got] == [(2, "Ravi Mistry")]
    assert got[0].task.split()[0] in ("send", "chase", "pull")


def test_a_wish_that_a_named_colleague_do_the_work_is_theirs_once_they_answer() -> None:
    got = items(
        [
            NEUTRAL,
            ("Joanna Pike", "I'll present it myself. But I'd like Ravi to walk me through it properly the day before."),
            ("Ravi Mistry", "Happy to."),
            CLOSE,
        ]
    )
    assert got == [(1, "Joanna Pike", None), (2, "Ravi Mistry", None)]  # her presenting, his walk-through
