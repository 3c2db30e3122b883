"""What "it" is, and the state a thing is left in (issue 10), found by putting new calls through the product:
"I can have it live within a day" was drafted as "have", "put a hold on it" as "put a hold on a hold", and the
invoice a turn opens on lost "it" to "budget" of "four hundred under budget". Dialogues written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_meetings import run
from tests.test_extract_wording import tasks

LUCY, OWEN = "Lucy Tam", "Owen Price"  # client and agency (tests.support.PEOPLE)


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I can have it live by Friday.", "put the landing page live"),
        ("We'll get it live Monday.", "put the landing page live"),
        ("I'll have the landing page live by Friday.", "put the landing page live"),
        ("I'll have it done by Friday.", "finish the landing page"),
        ("I can have it ready for Friday.", "the landing page"),  # the thing named, whatever the verb
    ],
)
def test_the_state_a_thing_is_left_in_is_the_work(said: str, task: str) -> None:
    got = tasks([(LUCY, "Where are we with the landing page?"), (OWEN, said)])
    assert got and task in got[0] and got[0].split()[0] != "have", got
    assert not any(t in ("have", "get", "send the landing page live") for t in got), got


@pytest.mark.parametrize(
    "said",
    [
        "I'll have the live feed checked by Friday.",  # "live" names the thing here
        "I'll get the live dates confirmed with the venue.",
    ],
)
def test_live_as_a_word_of_the_thing_is_no_state(said: str) -> None:
    got = tasks([(LUCY, "What's left on the stream?"), (OWEN, said)])
    assert got and not any(t.startswith("put ") for t in got), got


def test_what_a_condition_waits_for_is_not_what_it_is() -> None:
    """ "that" of the condition is the rate table that comes in; "it" is the page the turn is about."""
    got = tasks(
        [
            (LUCY, "First up, the savings landing page. Owen, where are we?"),
            (
                OWEN,
                "So it's built on staging. The only thing missing is the rate table, which we're waiting on from "
                "your product team. As soon as that comes in I can have it live within a day.",
            ),
        ]
    )
    assert got and got[0].startswith("put the savings landing page live"), got


def test_the_same_pronoun_in_the_condition_is_the_same_thing() -> None:
    got = tasks([(LUCY, "Can you post the press release?"), (OWEN, "Sure, I'll post it once it's signed off.")])
    assert got and "press release" in got[0], got


@pytest.mark.parametrize(
    ("asked", "thing"),
    [
        ("We'd like to book the same venue for next year. Can you put a hold on it?", "the same venue"),
        ("The new brochure copy is in the shared folder. Can you do a proofread on it?", "the new brochure copy"),
    ],
)
def test_it_beside_a_thing_said_with_a_is_not_that_thing(asked: str, thing: str) -> None:
    got = tasks([(LUCY, asked), (OWEN, "Yes, I'll do that today.")])
    assert got and thing in got[0], got


def test_it_beside_the_thing_it_is_on_is_still_that_thing() -> None:
    """ "with the new rate on it": the rate card is what is reissued (the thing said with "the")."""
    got = tasks(
        [(LUCY, "The rate card is out of date."), (OWEN, "I'll reissue the rate card with the new rate on it.")]
    )
    assert got and "reissue the rate card" in got[0], got


@pytest.mark.parametrize(
    "state", ["We're about four hundred under budget", "We're on budget", "It's all on track", "We're behind schedule"]
)
def test_a_bare_noun_saying_how_things_stand_is_not_what_it_is(state: str) -> None:
    got = tasks([(LUCY, "How did the event land?"), (OWEN, f"And the final invoice. {state}, so I'll send it over.")])
    assert got and "final invoice" in got[0], got


@pytest.mark.parametrize(
    ("before", "said", "task"),
    [
        ("Agreed, let's give the Grocer the exclusive.", "Great, I'll let them know this afternoon.", "the Grocer"),
        ("The venue wants an answer on the terrace.", "Fine, I'll let them know today.", "the venue"),
        ("Priya in legal asked about the claims.", "I'll let her know by Friday.", "Priya"),
    ],
)
def test_whom_let_know_names_is_the_one_just_talked_of(before: str, said: str, task: str) -> None:
    got = tasks([(LUCY, before), (OWEN, said)])
    assert got and got[0].startswith(f"let {task} know"), got


def test_let_them_know_of_things_stays_unnamed() -> None:
    got = tasks([(LUCY, "The banners are wrong again."), (OWEN, "I'll let them know.")])
    assert not any("banners" in t for t in got), got


def test_a_word_that_opened_its_sentence_is_written_small() -> None:
    got = tasks([(LUCY, "Could we use percentages?"), (OWEN, "Percentages are fine. I'll send them over.")])
    assert got and "percentages" in got[0] and "Percentages" not in got[0], got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Let me check with finance what we can say and come back to you by Friday.", "check with finance what"),
        ("I'll ask the venue what they can do and get back to you.", "ask the venue what they can do"),
    ],
)
def test_the_question_asked_stays_and_reporting_back_goes(said: str, task: str) -> None:
    got = tasks([(LUCY, "Can we share the sales figures?"), (OWEN, said)])
    assert got and got[0].startswith(task) and "back" not in got[0] and not got[0].endswith(" and"), got


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("We'll cut it down to a one-page holding statement by Friday.", "the crisis protocol"),
        ("We'll cut the protocol down to two pages before the launch.", "the protocol"),
    ],
)
def test_what_we_will_cut_by_a_deadline_is_work(said: str, task: str) -> None:
    got = tasks([(LUCY, "The crisis protocol is far too long."), (OWEN, said)])
    assert got and got[0].startswith("cut") and task in got[0], got


@pytest.mark.parametrize("said", ["Then we'll move the awards to Friday.", "Fine, we'll drop the negroni."])
def test_what_we_will_move_or_drop_is_a_decision_not_work(said: str) -> None:
    assert tasks([(LUCY, "The awards clash with the launch and the negroni is too heavy."), (OWEN, said)]) == []


def test_a_yes_then_an_imperative_to_send_is_a_request_taken_up_by_will_do() -> None:
    """ "Yes please, send it over when it's ready." / "Will do.": the agency sends what the question named, though
    the question's turn opened on another "it"."""
    got = tasks(
        [
            (
                OWEN,
                "Once we have it, we'll send the invites out. Lucy, do you want to sign off the invite design first?",
            ),
            (LUCY, "Yes please, send it over when it's ready."),
            (OWEN, "Will do."),
        ]
    )
    assert any("invite design" in t and t.startswith("send") for t in got), got


def test_an_imperative_under_if_asks_nothing() -> None:
    got = tasks(
        [(OWEN, "The invite design is nearly done."), (LUCY, "If you send it over I'll have a look."), (OWEN, "Sure.")]
    )
    assert not any("invite design" in t for t in got), got


def test_a_verb_with_nothing_to_do_is_a_suggestion_not_a_draft_line() -> None:
    """ "Print I'll do." drafted as "do": the AE sees it under "Possibly also", with its quote, not in the report."""
    got = run([(LUCY, "No telly. Print?"), (OWEN, "Print I'll do. Two, in the week before we open.")])
    assert [a.task for a in got.action_items] == []
    assert [(a.turn, a.task) for a in got.suggested_action_items] == [(1, "do")]


@pytest.mark.parametrize(
    ("before", "said", "task"),
    [
        (
            "We still need the pixel on the checkout pages.",
            "That's with our dev team. I'll chase them today.",
            "chase the dev team",
        ),
        ("Two of the invoices are overdue.", "I'll chase them today.", "chase the invoices"),
    ],
)
def test_whom_or_what_chase_them_names(before: str, said: str, task: str) -> None:
    got = tasks([(OWEN, before), (LUCY, said)])
    assert got and got[0] == task, got


def test_a_verb_ending_in_ing_is_no_gerund() -> None:
    got = tasks([(OWEN, "Is the pixel in yet?"), (LUCY, "Not yet. I'll ping you when it's live.")])
    assert got and got[0].startswith("ping Owen"), got


def test_let_you_know_is_no_filler() -> None:
    """ "you know" of "I'll let you know straight after" is the work, not a filler taken out."""
    got = tasks(
        [
            (OWEN, "Have finance confirmed the Q1 number yet?"),
            (LUCY, "Not yet. I've got a meeting with the CFO on Monday. I'll let you know straight after."),
        ]
    )
    assert got and got[0].startswith("let Owen know"), got


def test_flicked_over_is_sent() -> None:
    got = tasks(
        [
            (LUCY, "Go on then, move the twenty."),
            (OWEN, "Will do. I'll flick the revised plan over to you both tomorrow."),
        ]
    )
    assert "send the revised plan" in got, got


def test_the_second_step_had_to_you_is_sent() -> None:
    got = tasks(
        [
            (LUCY, "Could we get the table setting with some of the typography from C?"),
            (OWEN, "Definitely. I'll merge the two and have a revised visual to you by Monday."),
        ]
    )
    assert got and got[0].endswith("and send a revised visual"), got


def test_an_options_letter_names_nobody() -> None:
    got = tasks(
        [
            (LUCY, "I love B. Could we get the table setting with some of the typography from C?"),
            (OWEN, "Definitely."),
            (
                LUCY,
                "Then the leaflet. We're waiting on prices from buying. Hopefully Friday. I'll give them a nudge.",
            ),
        ]
    )
    assert not any(" C " in f" {t} " for t in got), got


def test_understood_opening_a_reply_names_nobody() -> None:
    got = tasks(
        [(LUCY, "Go up to six fifty if you have to, but no more."), (OWEN, "Understood. I'll go back to her today.")]
    )
    assert got and "Understood" not in got[0], got


def test_a_promise_with_if_that_works_is_still_a_promise() -> None:
    got = tasks(
        [
            (LUCY, "Anything else?"),
            (
                OWEN,
                "Just the Father's Day posts. We'll have drafts over to you by the end of next week, if that works.",
            ),
            (LUCY, "Works for me. Thanks both."),
        ]
    )
    assert got and "Father's Day posts" in got[0], got


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("Not yet. I've got a meeting with the CFO on Monday. I'll let you know straight after.", "2026-03-09"),
        ("Sure, I'll text it to you straight after.", "2026-03-04"),  # after this call
    ],
)
def test_straight_after_is_the_day_of_the_event_said_before_it(said: str, due: str) -> None:
    got = run([(OWEN, "Have finance confirmed the number yet? Can you send me the link?"), (LUCY, said)]).action_items
    assert [str(a.due) for a in got] == [due], got


@pytest.mark.parametrize("reply", ["Okay, let's try that.", "Okay, let's try that for May then."])
def test_lets_try_that_settles_the_proposal(reply: str) -> None:
    got = run([(OWEN, "We could cut the tour posts as short reels."), (LUCY, reply)])
    assert [a.turn for a in got.agreements] == [1], got.agreements
    assert "short reels" in got.agreements[0].text, got.agreements
