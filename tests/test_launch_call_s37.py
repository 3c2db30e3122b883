"""Defects found by drafting an events call as a new user would (session 37): a terse "Do that." after a proposal
put as "If we drop the band and go with a DJ, we can hit sixty." was recorded as "We do that." (or as the reason
said after it, "The band was a nice-to-have anyway."); "I can, but not until Monday." took on nothing, and "Yes, but
not until Monday." lost its day; "the press contacts you want added" lost "added"; "Do you want us to brief the
photographer or are you using your own?" / "We'll use yours." drafted the client's item "use yours"."""

from __future__ import annotations

import datetime as dt

import pytest
from support import NEXT, extract_turns, opened_call

from pipeline.schemas import Attendee

NELL, PRITI = "Nell Garside", "Priti Anand"
ASK = (PRITI, "You quoted sixty-five. Can you get that down to sixty?")
PUT = (NELL, "If we drop the live band and go with a DJ, we can hit sixty.")
MONDAY = dt.date(2026, 3, 9)  # the Monday after the tests' Wednesday call


@pytest.mark.parametrize("said", ["Do that.", "Do that. The band was a nice-to-have anyway.", "Fine, do that."])
def test_a_terse_decision_states_the_course_put_under_if(said: str) -> None:
    (agreed,) = opened_call([ASK, PUT, (PRITI, said), NEXT]).agreements
    assert agreed.text == "We drop the live band and go with a DJ."


def test_the_rest_of_the_turn_still_states_a_terse_decision_when_it_says_the_course() -> None:
    put = (NELL, "We could turn comments off for the launch post.")
    (agreed,) = opened_call([put, (PRITI, "Fine. Do that. Nobody comments on the launch post."), NEXT]).agreements
    assert "Nobody comments on the launch post" in agreed.text


REQUEST = (NELL, "Priti, could you send us the press contacts you want added?")


@pytest.mark.parametrize(
    "reply",
    [
        "I can, but not until Monday.",
        "I can, but not until Monday, I'm out Thursday and Friday.",
        "Yes, but not until Monday.",
        "Sure, not till Monday though.",
    ],
)
def test_a_request_taken_on_for_a_later_day_is_due_that_day(reply: str) -> None:
    (item,) = opened_call([REQUEST, (PRITI, reply), NEXT]).action_items
    assert (item.owner, item.task, item.due) == (PRITI, "send the press contacts you want added", MONDAY)


@pytest.mark.parametrize(
    "reply",
    [
        "Not this week, sorry.",  # the day refused
        "I can't, I'm on leave until Monday.",
    ],
)
def test_a_request_refused_gives_no_item(reply: str) -> None:
    assert not opened_call([REQUEST, (PRITI, reply), NEXT]).action_items


@pytest.mark.parametrize(
    ("asked", "task"),
    [
        ("Priti, could you send over the changes you'd like made?", "send over the changes you'd like made"),
        ("Priti, could you send us the names you want invited?", "send the names you want invited"),
    ],
)
def test_what_is_wanted_done_to_the_object_stays_in_the_task(asked: str, task: str) -> None:
    (item,) = opened_call([(NELL, asked), (PRITI, "Sure."), NEXT]).action_items
    assert item.task == task


OPTIONS = (NELL, "Do you want us to brief the photographer or are you using your own?")


@pytest.mark.parametrize("reply", ["We'll use yours.", "I'll take yours, thanks."])
def test_whose_one_is_used_is_a_choice_not_work(reply: str) -> None:
    items = opened_call([OPTIONS, (PRITI, reply), NEXT]).action_items
    assert [(i.owner, i.task) for i in items] == [(NELL, "brief the photographer")]


def test_using_something_of_ones_own_is_still_work() -> None:
    (item,) = opened_call([(PRITI, "We'll use the new logo on the invites."), NEXT]).action_items
    assert item.task == "use the new logo on the invites"


TERMS = [
    (PRITI, "Legal need to see the competition terms before anything goes out."),
    (NELL, "Understood. We'll get the terms to legal by Thursday."),
    (PRITI, "Perfect. I think that's everything."),
]
THURSDAY = dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    "recap",
    [
        "So to recap: Theo sends the floor plan today, and I'll send the terms.",
        "So to recap: I send the terms to legal by Thursday.",
    ],
)
def test_a_recap_names_who_takes_the_sides_work_and_keeps_its_day(recap: str) -> None:
    items = opened_call([*TERMS, (NELL, recap), NEXT]).action_items
    (terms,) = [i for i in items if "terms" in i.task]
    assert (terms.owner, terms.task, terms.due) == (NELL, "get the competition terms to legal", THURSDAY)


def test_a_recap_that_thinks_aloud_names_no_owner() -> None:
    recap = "So to recap: I think the terms go to legal by Thursday."
    items = opened_call([*TERMS, (NELL, recap), NEXT]).action_items
    assert [(i.owner, i.due) for i in items if "terms" in i.task] == [("agency", THURSDAY)]


def test_a_purpose_after_a_steer_takes_nothing_on() -> None:
    """ "getting a steer so Dan's team can push on", said with Dan an attendee (his name is written out in full,
    which the parser then reads with "so" hung on "getting"): why the call is held, no item."""
    people = [Attendee(name="Jess Morgan", side="agency"), Attendee(name="Dan Webb", side="agency"),
              Attendee(name="Helen Price", side="client")]  # fmt: skip
    said = "Morning both. So today is really about the packaging routes and getting a steer so Dan's team can push on."
    turns = [("Jess Morgan", said), ("Helen Price", "Yes. We've all had a look."), ("Helen Price", NEXT[1])]
    assert not extract_turns(turns, people, dt.date(2026, 12, 9), "txt", step=10.0).action_items


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("OK, I'll mock it up and send it over by Friday.", "mock up and send"),
        ("I'll type the notes up and send them on.", "type up and send the notes"),
        ("I'll print the boards and get them over to you.", "print and send the boards"),  # no particle: as before
    ],
)
def test_a_particle_stays_with_its_verb_when_the_thing_is_then_sent(said: str, task: str) -> None:
    (item,) = opened_call([(PRITI, "We need a version with the new logo."), (NELL, said), NEXT]).action_items
    assert item.task.startswith(task)


SIGN_OFF = (NELL, "If we get sign-off on the hybrid by the 16th, we're fine.")


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("We'll make sure we get the feedback to you by Friday.", "send the feedback"),
        ("I'll make sure we send the deck tomorrow.", "send the deck"),
        ("OK, we'll make sure we turn it round by then.", "complete sign-off on the hybrid"),
        ("I'll make sure finance pays the invoice this week.", "make sure finance pays the invoice"),  # their work
    ],
)
def test_making_sure_we_do_it_is_doing_it(said: str, task: str) -> None:
    (item,) = opened_call([SIGN_OFF, (PRITI, said), NEXT]).action_items
    assert item.task == task


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'm waiting on two quotes. I'll have them to you by the end of the week.", "send the two quotes"),
        ("I've got four options from the agency. I'll share them on Friday.", "share the four options from the agency"),
        ("There are some strong options. I'll share them on Friday.", "share the strong options"),  # as before
    ],
)
def test_things_counted_and_then_sent_are_the_ones_named(said: str, task: str) -> None:
    (item,) = opened_call([(PRITI, "What about catering?"), (NELL, said), NEXT]).action_items
    assert item.task == task


def test_so_before_a_promise_gives_the_result_not_a_purpose() -> None:
    """ "Registration closes on the Sunday so I'll send them through Monday week.": what the speaker will do as a
    result, an item (the purpose rule above takes only "so <someone> can …")."""
    ask = (NELL, "Priti, it'd really help to have the final registration numbers. Can we get those?")
    said = "Sure. Registration closes on the Sunday so I'll send them through Monday week."
    (item,) = opened_call([ask, (PRITI, said), NEXT]).action_items
    assert (item.owner, item.due) == (PRITI, dt.date(2026, 3, 16))
