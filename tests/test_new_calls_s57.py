"""Defects found drafting calls of our own as a new user would (session 57): "I can pull that together, give me
till Wednesday." worded "pull together a shot list give me" (the time asked for spliced into the work); "I'll try
calling tomorrow morning instead of emailing." worded "try calling", and with the fix for that, "call" alone, a
suggestion only (whom the call goes to is the one the turn, or the one before it, chased or has not heard from)."""

from __future__ import annotations

import pytest
from support import opened_agreements, opened_items

NELL, THEO, PRITI = "Nell Garside", "Theo Marsh", "Priti Anand"

SHOT_LIST = (PRITI, "The photographer wants a shot list for the day.")


@pytest.mark.parametrize(
    "said",
    [
        "I can pull the shot list together, give me till Friday.",
        "I can pull the shot list together, just give me till Friday.",
        "I'll pull the shot list together, give us until Friday.",
    ],
)
def test_the_time_asked_for_is_not_the_work(said: str) -> None:
    assert opened_items([SHOT_LIST, (NELL, said)]) == [(NELL, "pull the shot list together", "2026-03-06")]


def test_a_second_step_after_a_comma_is_not_the_time_asked_for() -> None:
    items = opened_items([SHOT_LIST, (NELL, "I'll pull the shot list together, give it a once-over and send it.")])
    assert [task for _, task, _ in items] != ["pull the shot list together"]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll try ringing her agent tomorrow.", "ring the keynote speaker's agent"),
        ("I'll try calling the agent tomorrow.", "call the agent"),
        ("I'll try to call the agent tomorrow.", "call the agent"),
    ],
)
def test_a_verb_tried_is_the_work(said: str, task: str) -> None:
    turns = [(PRITI, "We still haven't heard from the keynote speaker."), (NELL, said)]
    assert opened_items(turns) == [(NELL, task, "2026-03-05")]


@pytest.mark.parametrize(
    ("before", "said", "task"),
    [
        (
            "We still haven't heard from the keynote's agent.",
            "I chased her twice last week. I'll try calling tomorrow instead of emailing.",
            "call the keynote's agent",
        ),
        (
            "We still haven't heard from the keynote's agent.",
            "Okay, I'll try calling tomorrow.",
            "call the keynote's agent",
        ),
        ("The printer still hasn't confirmed the slot.", "I'll try phoning them tomorrow.", "phone the printer"),
        ("The printer still hasn't confirmed the slot.", "I'll try phoning tomorrow.", "phone the printer"),
        ("Has anyone emailed the venue?", "Yes, no reply yet. I'll call tomorrow.", "call the venue"),
    ],
)
def test_a_call_without_whom_goes_to_the_one_not_heard_from(before: str, said: str, task: str) -> None:
    assert opened_items([(PRITI, before), (NELL, said)]) == [(NELL, task, "2026-03-05")]


def test_a_call_with_nobody_awaited_names_nobody() -> None:
    items = opened_items([(PRITI, "The printer has confirmed the slot."), (NELL, "Great. I'll call tomorrow.")])
    assert all("printer" not in task for _, task, _ in items)


@pytest.mark.parametrize(
    ("said", "text"),
    [
        ("Gifting guide. Let's go with that.", "We go with the gifting guide."),
        ("Route two. Let's go with that.", "We go with route two."),
        ("The tote. Let's go with that, then.", "We go with the tote."),
    ],
)
def test_a_choice_pointed_at_is_named(said: str, text: str) -> None:
    turns = [
        (NELL, "Route one is the gifting guide, route two is the tote and the twelve days thing."),
        (PRITI, "Okay, so, which one?"),
        (THEO, said),
    ]
    assert opened_agreements(turns) == [text]


def test_a_choice_that_names_itself_is_kept() -> None:
    turns = [
        (NELL, "Route one is the gifting guide, route two is the twelve days thing."),
        (THEO, "Let's go with the gifting guide."),
    ]
    assert opened_agreements(turns) == ["We go with the gifting guide."]


@pytest.mark.parametrize(
    ("need", "reply", "items"),
    [
        (
            "We'll need the product list for the guide by the 16th.",
            "Sure, we can do that.",
            [("client", "send the product list for the guide", "2026-03-16")],
        ),
        ("We'll need the room by the 16th.", "Sure, we can do that.", []),
        ("We'll need the product list for the guide.", "Sure.", []),
    ],
)
def test_a_need_by_a_day_taken_on_by_the_other_side(need: str, reply: str, items: list[tuple[str, str, str]]) -> None:
    assert opened_items([(NELL, need), (PRITI, reply)]) == items


def test_writing_up_the_call_is_new_work_after_another_promise() -> None:
    turns = [
        (PRITI, "Yes, Jess was great."),
        (NELL, "Brilliant. I'll book her in. Right, I'll write this up and send it round."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["book Jess in", "write up and send the contact report"]


def test_writing_up_the_thing_just_promised_is_the_same_work() -> None:
    turns = [
        (PRITI, "We need the notes from the workshop."),
        (NELL, "I'll pull the notes together. I'll write them up tonight."),
    ]
    assert len(opened_items(turns)) == 1


def test_a_relative_pronoun_is_not_the_thing_pointed_at() -> None:
    turns = [
        (PRITI, "Can we make sure every contract has the usage rights for paid social?"),
        (NELL, "Yes, that's standard for us, but I'll double-check the two that are already signed."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["check the two that are already signed"]


@pytest.mark.parametrize(
    ("before", "said", "whom"),
    [
        ("Who's our contact for the intranet?", "That's Mariam in internal comms. I'll introduce you.", "Mariam"),
        ("Who looks after the intranet?", "That'd be Mariam. I'll make the intro.", "Mariam"),
        ("We should meet your regional buyers.", "Sure, I'll introduce you.", "the regional buyers"),
    ],
)
def test_an_introduction_names_whom_it_is_to(before: str, said: str, whom: str) -> None:
    assert [task for _, task, _ in opened_items([(NELL, before), (PRITI, said)])] == [f"introduce Nell to {whom}"]


def test_an_introduction_to_someone_named_keeps_them() -> None:
    turns = [(NELL, "Is the deck final?"), (PRITI, "Yes. I'll introduce you to the buyers at the event.")]
    assert [task for _, task, _ in opened_items(turns)] == ["introduce Nell to the buyers at the event"]


@pytest.mark.parametrize(
    ("asked", "said", "task"),
    [
        (
            "Do you have the survey from last summer? The one on what people actually do in the garden?",
            "I do, yeah. I'll dig it out and send it over tomorrow.",
            "send the survey",
        ),
        (
            "For the posters we'll need the store list with postcodes. The one on the website's out of date.",
            "Yep. I'll send it over tomorrow.",
            "send the store list",
        ),
    ],
)
def test_the_one_that_says_which_is_not_the_thing(asked: str, said: str, task: str) -> None:
    assert [t for _, t, _ in opened_items([(NELL, asked), (PRITI, said)])] == [task]


def test_a_thing_named_after_the_one_of_its_own_is_the_thing() -> None:
    turns = [(NELL, "We need a new banner. The one with the old logo is wrong."), (PRITI, "I'll fix it tomorrow.")]
    assert all("logo" not in t for _, t, _ in opened_items(turns))


@pytest.mark.parametrize("opener", ["Grand.", "Wow."])
def test_an_exclamation_is_nothing(opener: str) -> None:
    turns = [(NELL, "We'd love the survey from last summer."), (PRITI, f"{opener} Okay, I'll send it Friday.")]
    assert [t for _, t, _ in opened_items(turns)] == ["send the survey"]


def test_an_exclamation_is_nobody() -> None:
    turns = [
        (NELL, "We still need the data sign-off from your DPO."),
        (PRITI, "Yes. Ugh. I chased her last week."),
        (NELL, "Could you give her another nudge?"),
        (PRITI, "I will. I'll chase her today."),
    ]
    assert all("Ugh" not in t for _, t, _ in opened_items(turns))


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        ("Our warehouse will ship six spare batteries to the unit base by Friday, just in case.", "client"),
        ("Our fulfilment team will pack the spare batteries by Friday.", "client"),
    ],
)
def test_a_part_of_our_side_that_works_is_our_side(said: str, owner: str) -> None:
    items = opened_items([(NELL, "And the spares for the shoot?"), (PRITI, said)])
    assert [(o, d) for o, _, d in items] == [(owner, "2026-03-06")]


def test_it_in_capitals_is_the_department_got_to_do_the_work() -> None:
    turns = [
        (NELL, "Priti, the ATS export. Have you had a think?"),
        (PRITI, "Oh, yeah. Go on. I'll get IT to send it to Theo by Friday."),
    ]
    assert opened_items(turns) == [(PRITI, "get IT to send the ATS export to Theo", "2026-03-06")]


def test_it_in_lower_case_is_the_thing() -> None:
    turns = [(NELL, "The configurator keeps crashing."), (PRITI, "I'll get it to work by Friday.")]
    assert all("IT" not in task for _, task, _ in opened_items(turns))


def test_a_thing_got_with_a_participle_before_it_is_got() -> None:
    turns = [
        (NELL, "We need permissions from the partners, in writing."),
        (PRITI, "Yeah. I'll get written permission from all three by Friday."),
    ]
    assert opened_items(turns) == [(PRITI, "get written permission from all three", "2026-03-06")]


def test_can_you_calling_the_one_who_offered_takes_the_offer_up() -> None:
    turns = [
        (NELL, "And Owen, you asked about BSL last time. Do you want me to book the interpreter?"),
        ("Owen Lacey", "Yes, for the AGM at least. Can you, Nell?"),
        (NELL, "Yeah, I can."),
        (THEO, "Actually, let me do it, Nell. I know the interpreter from the Rotherby job, I'll book her tomorrow."),
    ]
    assert all("Can you" not in task for _, task, _ in opened_items(turns))


@pytest.mark.parametrize(
    "said", ["So the CEO opens. Lovely, we'll build it that way.", "Okay, we'll plan it like that."]
)
def test_doing_it_the_way_decided_is_no_item(said: str) -> None:
    turns = [(PRITI, "Running order: the CEO opens at ten thirty, then the formal business."), (NELL, said)]
    assert opened_items(turns) == []


def test_a_thing_sent_the_parser_read_as_a_clause_is_sent() -> None:
    turns = [(PRITI, "Can we lock in the workshop?"), (NELL, "Yes, I'll send you a calendar hold this afternoon.")]
    assert opened_items(turns) == [(NELL, "send a calendar hold for the workshop", "2026-03-04")]
