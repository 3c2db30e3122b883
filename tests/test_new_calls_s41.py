"""Defects found drafting six calls as a new user would (session 41): a bookshop's Christmas POS status call and a
gin brand's social plan (typed transcripts with their details lines), an events agency's site-visit debrief (a
Teams ``.vtt`` with its ``.meeting.yaml``), a bank's CRM monthly (typed with ``[00:00:04]`` times) a retailer's edit
review (a Teams ``.vtt`` dropped on its own) and a hotel group's PR check-in (typed)."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call, opened_items
from support import opened_agreements as agreed

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


BARTENDERS = [
    (NELL, "We've got twelve on the long list. We'd suggest going with the three bartenders, not the lifestyle ones."),
    (PRITI, "Hmm. I'd like one lifestyle name in there for reach."),
]


@pytest.mark.parametrize(
    ("counter", "stated"),
    [
        ("We can do two bartenders and one lifestyle.", "We do two bartenders and one lifestyle."),
        ("Okay. We can do two bartenders plus one lifestyle name.", "We do two bartenders plus one lifestyle name."),
    ],
)
def test_a_counter_offer_taken_is_what_is_agreed(counter: str, stated: str) -> None:
    assert agreed([*BARTENDERS, (NELL, counter), (PRITI, "Yes, let's do that.")]) == [stated]


@pytest.mark.parametrize("offer", ["We can do that.", "We can do Thursday."])
def test_work_or_a_day_offered_is_no_counter_offer(offer: str) -> None:
    assert (
        agreed([(PRITI, "Could you move the shoot to the other studio?"), (NELL, offer), (PRITI, "Great, thanks.")])
        == []
    )


HALF_DAY = [
    (THEO, "The goods lift only takes one flight case at a time, so the build needs an extra half day."),
    (OWEN, "Does that cost us more?"),
    (THEO, "About two grand for the crew, yeah."),
    (OWEN, "Hmm. I mean, we don't really have a choice, do we."),
]


def test_the_client_saying_lets_book_decides_the_spend() -> None:
    turns = [*HALF_DAY, (PRITI, "No. Let's just book the extra half day."), (THEO, "Okay, I'll book the crew.")]
    assert agreed(turns) == ["We book the extra half day."]


def test_the_agency_saying_lets_book_is_its_own_work() -> None:
    assert agreed([*HALF_DAY, (THEO, "Let's book the extra half day then."), (OWEN, "Okay.")]) == []


def test_a_person_got_to_send_it_is_not_sent() -> None:
    found = opened_items(
        [
            (THEO, "Sam's going to redo the floor plan, I'll get him to send it to you both by Friday."),
            (PRITI, "Lovely."),
        ]
    )
    assert found == [(THEO, "get Sam to send the floor plan", "2026-03-06")]


def test_a_thing_got_done_and_sent_is_the_thing_sent() -> None:
    found = opened_items(
        [
            (THEO, "The proofs came back this morning. There's a colour shift on the red."),
            (PRITI, "Ugh. Can we fix that before it goes to press?"),
            (THEO, "Yes, I'll get a wet proof done and send it over to you by Friday."),
            (PRITI, "Great."),
        ]
    )
    assert found == [(THEO, "get a wet proof done and send it", "2026-03-06")]


def test_a_department_named_as_the_worry_is_whom_them_stands_for() -> None:
    found = opened_items(
        [
            (NELL, "The idea is a spritz month, lower alcohol serves and long drinks."),
            (PRITI, "I love it. My only worry is legal, they might not like the name."),
            (NELL, "Fair. Shall we run it past them first?"),
            (PRITI, "Yes. Actually, I'll take it to them myself, I see them on Friday."),
        ]
    )
    assert len(found) == 1 and found[0][1].endswith(" to legal"), found


@pytest.mark.parametrize(
    "said", ["I'll write this up and send it round.", "I'll write all this up and send it round this afternoon."]
)
def test_writing_the_call_up_is_the_contact_report(said: str) -> None:
    found = opened_items(
        [
            (OWEN, "Can we get a quote for a photographer?"),
            (NELL, "Sure, I'll get you three quotes."),
            (OWEN, "Great."),
            (NELL, f"Brilliant. I think that's everything. {said}"),
        ]
    )
    assert found[-1][:2] == (NELL, "write up and send the contact report"), found


def test_a_closing_though_is_not_stated() -> None:
    turns = [
        (OWEN, "Can we drop the shelf wobblers though? The stores hate them."),
        (PRITI, "Fine by me. No wobblers."),
    ]
    assert agreed(turns) == ["We drop the shelf wobblers."]


def test_a_thing_had_ready_before_an_event_is_sent() -> None:
    found = opened_items(
        [
            (OWEN, "I'll need the final artwork by the fourth of January."),
            (THEO, "That's fine, we'll have it ready before we break for Christmas."),
        ]
    )
    assert found == [("agency", "send the final artwork", "2027-01-04")]


COMMENTS = [(NELL, "The copy's with Owen for compliance.")]


@pytest.mark.parametrize(
    ("said", "due"),
    [("I'll ping them over this afternoon.", "2026-03-04"), ("I'll shoot them over tomorrow.", "2026-03-05")],
)
def test_comments_pinged_over_are_sent(said: str, due: str) -> None:
    found = opened_items(
        [*COMMENTS, (OWEN, f"Sorry. I've got two comments on the rate wording. {said}"), (NELL, "Thanks.")]
    )
    assert found == [(OWEN, "send the two comments on the rate wording", due)]


def test_a_person_pinged_is_still_pinged() -> None:
    found = opened_items([*COMMENTS, (OWEN, "I'll ping the agent this afternoon."), (NELL, "Thanks.")])
    assert found == [(OWEN, "ping the agent", "2026-03-04")]


SIGN_OFF = [
    (PRITI, "And it has to go out on the sixth, the rate changes that day."),
    (NELL, "Understood. So we'd need final sign-off by the fourth."),
]


@pytest.mark.parametrize("reply", ["That's fine, I'll make sure I'm around.", "Sure, will do.", "That's fine."])
def test_a_sign_off_needed_by_a_day_is_asked_of_the_one_who_gives_it(reply: str) -> None:
    run = opened_call([*COMMENTS, *SIGN_OFF, (OWEN, reply), NEXT])
    assert [(a.owner, a.task, str(a.due)) for a in run.action_items] == [(OWEN, "give final sign-off", "2026-04-04")]
    assert run.agreements == []


@pytest.mark.parametrize(
    ("need", "task"),
    [
        ("We need the logo from you by Friday.", "send the logo"),
        ("We'll need your sign-off by Friday.", "give sign-off"),
    ],
)
def test_a_thing_needed_from_the_listener_is_asked_of_them(need: str, task: str) -> None:
    found = opened_items([*COMMENTS, (NELL, need), (OWEN, "Sure, will do.")])
    assert found == [(OWEN, task, "2026-03-06")]


@pytest.mark.parametrize("need", ["We'll need your help at some point.", "We'd need to push the launch."])
def test_a_need_that_asks_nothing_of_the_listener_is_no_item(need: str) -> None:
    assert opened_items([*COMMENTS, (NELL, need), (OWEN, "Sure.")]) == []


def test_a_thing_made_the_default_is_named() -> None:
    found = opened_items(
        [
            (THEO, "The subject line test won by a mile, the question format."),
            (PRITI, "Nice. Can we use the question format going forward then?"),
            (THEO, "Yes, we'll make it the default from January."),
        ]
    )
    assert found == [("agency", "make the question format the default from January", None)]


EDIT = [
    (PRITI, "I like it. The middle drags a bit though, the bit in the kitchen."),
    (OWEN, "Agreed, it feels long. Could we lose maybe five seconds there?"),
    (NELL, "We can. The editor suggested trimming the kitchen scene and holding longer on the product at the end."),
]


@pytest.mark.parametrize("reply", ["That sounds right. Do that.", "Yes, do that."])
def test_a_course_someone_suggested_is_what_do_that_decides(reply: str) -> None:
    assert agreed([*EDIT, (PRITI, reply)]) == ["We trim the kitchen scene and hold longer on the product at the end."]


MUSIC = [(PRITI, "And the music. Did we ever hear back on the licence?")]


@pytest.mark.parametrize(
    ("said", "task", "due"),
    [
        ("Not yet. The label said this week. I'll chase them tomorrow.", "chase the label", "2026-03-05"),
        (
            "Not yet. The label said this week. I'll chase them tomorrow if nothing lands.",
            "chase the label",
            "2026-03-05",
        ),
        ("Not yet. I'll nudge the label if we haven't heard by Friday.", "nudge the label", "2026-03-06"),
    ],
)
def test_a_chase_unless_the_thing_comes_stands(said: str, task: str, due: str) -> None:
    assert opened_items([*MUSIC, (NELL, said), (PRITI, "Please do.")]) == [(NELL, task, due)]


def test_a_call_if_they_want_is_no_promise() -> None:
    assert opened_items([*MUSIC, (NELL, "Not yet. I'll call them if they want."), (PRITI, "Okay.")]) == []


SEVENTH = [
    (
        NELL,
        "We've got six journalists confirmed for the trip. "
        "We'd like to add a seventh, a freelancer who writes for Conde Nast.",
    ),
    (OWEN, "What does that cost us?"),
    (NELL, "Another room for two nights and her train. About six hundred."),
]


@pytest.mark.parametrize("reply", ["Fine, go ahead.", "Okay, do it.", "That's fine."])
def test_a_go_ahead_after_the_cost_is_asked_states_the_proposal(reply: str) -> None:
    assert agreed([*SEVENTH, (OWEN, reply)]) == ["We add a seventh, a freelancer who writes for Conde Nast."]
