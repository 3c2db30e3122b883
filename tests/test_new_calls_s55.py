"""Defects found drafting calls of our own as a new user would (session 55): "Let's take the 12th then." and "let's
keep Priya" settling nothing; "straight away" left half in a task that waits for a sign-off; a topic said first
("And the press release, can you put the new quote in it?") passed over for "it"; an offer that leaves
the work to the listener ("Shall I chase them, or would you rather do it?") given to the one offering whatever the
answer."""

from __future__ import annotations

import pytest
from support import opened_agreements, opened_call, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"


@pytest.mark.parametrize(
    ("said", "stated"),
    [
        ("Let's take the 12th then. Our CEO is away on the 19th anyway.", "We take the 12th."),
        ("Let's just pick the 12th.", "We pick the 12th."),
        ("Let's opt for the 12th.", "We opt for the 12th."),
        ("Actually, no, let's keep Priya. Her numbers are too good.", "We keep Priya."),
        ("Okay, let's do the split then.", "We do the split."),
    ],
)
def test_a_choice_put_with_lets_is_agreed(said: str, stated: str) -> None:
    turns = [(NELL, "The venue can do the 12th or the 19th, and Priya or Dev for the host."), (PRITI, said)]
    assert opened_agreements(turns) == [stated]


@pytest.mark.parametrize(
    "said",
    [
        "Let's take a look at both before we decide.",
        "Let's take the rest of this offline.",
        "Let's pick the conversation back up next week.",
        "Let's take five.",
        "Let's opt for a quick break.",
        "Let's do the intros then.",
        "Let's do the numbers then.",
    ],
)
def test_lets_take_that_chooses_nothing_is_no_agreement(said: str) -> None:
    turns = [(NELL, "The venue can do the 12th or the 19th."), (PRITI, said)]
    assert opened_agreements(turns) == []


@pytest.mark.parametrize(("now", "task"), [("straight away", "send the brief"), ("right away", "send the brief")])
def test_at_once_goes_from_a_task_that_waits(now: str, task: str) -> None:
    turns = [
        (PRITI, "Legal still need to sign off the brief."),
        (NELL, f"Once it's signed off, I'll send it to the three creators {now}."),
    ]
    assert opened_items(turns) == [(NELL, f"{task} to the three creators (once signed off)", None)]


CHASE = (PRITI, "The influencer brief. Legal still haven't signed it off.")


@pytest.mark.parametrize(
    ("offer", "reply", "owner"),
    [
        ("Do you want me to chase them, or would you rather do it?", "I'll do it, they listen to me.", PRITI),
        ("Shall I chase them, or do you want to?", "I'll do it, I know them.", PRITI),
        ("Do you want me to chase them, or would you rather do it?", "No, you do it, they never answer me.", NELL),
        ("Do you want me to chase them, or would you rather do it?", "Yes please, if you could.", NELL),
    ],
)
def test_an_offer_that_leaves_it_to_the_listener_goes_to_who_takes_it(offer: str, reply: str, owner: str) -> None:
    items = opened_items([CHASE, (NELL, offer), (PRITI, reply)])
    assert [(who, task) for who, task, _ in items] == [(owner, "chase Legal")]


def test_an_offer_without_the_other_choice_stays_the_offerers() -> None:
    items = opened_items([CHASE, (NELL, "Do you want me to chase them?"), (PRITI, "Yes please, if you could.")])
    assert [(who, task) for who, task, _ in items] == [(NELL, "chase Legal")]


def test_a_topic_said_first_is_what_it_goes_in() -> None:
    turns = [
        (NELL, "The dashboard is nearly there."),
        (OWEN, "And the press release, can you put the new quote in it?"),
        (NELL, "Yep, will do."),
    ]
    assert [t for _, t, _ in opened_items(turns)] == ["put the new quote in the press release"]


def test_a_name_called_is_no_topic() -> None:
    turns = [
        (NELL, "The press release is nearly there."),
        (PRITI, "Theo, can you put the new quote in it?"),
        (THEO, "Yep."),
    ]
    assert [t for _, t, _ in opened_items(turns)] == ["put the new quote in the press release"]


def test_no_then_keep_them_is_a_decision() -> None:
    turns = [
        (NELL, "Bristol and Cardiff came up cheap. If you'd rather stick to ten cities, we can drop them."),
        (PRITI, "No, keep them."),
    ]
    assert len(opened_agreements(turns)) == 1


def test_no_then_a_question_is_no_decision() -> None:
    turns = [(NELL, "Bristol and Cardiff came up cheap."), (PRITI, "No, keep them posted?")]
    assert opened_agreements(turns) == []


def test_when_the_same_thing_is_asked_its_date_is_the_items() -> None:
    turns = [
        (NELL, "I'll send you the full cost breakdown so you can see."),
        (PRITI, "Please. And when can we see the breakdown?"),
        (NELL, "Realistically end of next week."),
    ]
    assert opened_items(turns) == [(NELL, "send the full cost breakdown", "2026-03-13")]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I know. I'll push them for Friday.", "push the printers"),
        ("I chased them Monday. I'll chase again today.", "chase the proofs"),
    ],
)
def test_whom_pressing_presses(said: str, task: str) -> None:
    turns = [(PRITI, "Where are we with the proofs? The printers are running late."), (NELL, said)]
    assert [t for _, t, _ in opened_items(turns)] == [task]


def test_pushing_a_thing_back_is_no_pressing() -> None:
    turns = [(PRITI, "The printers are running late with the proofs."), (NELL, "I'll push them back a week.")]
    assert [t for _, t, _ in opened_items(turns)] == ["push the proofs back"]


@pytest.mark.parametrize("reply", ["Thank you, I'll pass that on.", "Aw, thanks so much. I'll let the team know."])
def test_thanks_passed_on_is_no_item(reply: str) -> None:
    turns = [(PRITI, "I saw the photos, they look brilliant. Well done to the team."), (NELL, reply)]
    assert opened_items(turns) == []


def test_news_passed_on_is_still_an_item() -> None:
    turns = [(PRITI, "Can you tell the crew the load-in moves to six?"), (NELL, "Sure, I'll pass that on.")]
    assert [who for who, _, _ in opened_items(turns)] == [NELL]


def test_a_day_said_of_another_thing_does_not_redate_an_item() -> None:
    turns = [
        (NELL, "I'll confirm York by tomorrow either way."),
        (PRITI, "Great. And the January sale assets?"),
        (NELL, "Okay, rough drafts on the 22nd then."),
    ]
    assert [(task, due) for _, task, due in opened_items(turns)][0] == ("confirm York", "2026-03-05")


@pytest.mark.parametrize(
    "asked",
    [
        "Is there any chance we could have the first drafts before Easter?",
        "Any chance we could have the first drafts before Easter?",
        "Do you think we could have the first drafts before Easter?",
    ],
)
def test_any_chance_we_could_have_asks_for_a_thing(asked: str) -> None:
    turns = [(PRITI, f"The spring sale assets. {asked}"), (NELL, "Yes, no problem.")]
    items = opened_items(turns)
    assert [who for who, _, _ in items] == [NELL]
    assert items[0][1].startswith("send the first drafts of the spring sale assets")


def test_any_chance_we_could_have_a_call_is_no_request() -> None:
    turns = [(PRITI, "Any chance we could have a quick call about it?"), (NELL, "Yes, no problem.")]
    assert all(task != "send a quick call" for _, task, _ in opened_items(turns))


def test_a_later_day_offered_and_taken_dates_the_request() -> None:
    turns = [
        (PRITI, "The spring sale assets. Is there any chance we could have the first drafts before the 20th?"),
        (NELL, "I'd love to say yes but the studio's closed that week. We could do the 23rd, but it'd be rough."),
        (PRITI, "Rough is fine, we just need something to show the buying team."),
    ]
    assert [(task, due) for _, task, due in opened_items(turns)] == [
        ("send the first drafts of the spring sale assets", "2026-03-23")
    ]


def test_run_down_the_list_is_the_call_itself() -> None:
    turns = [(NELL, "Okay, WIP time. Shall I just run down the list?"), (PRITI, "Please.")]
    found = opened_call([*turns, (OWEN, "Right, the radio copy next.")])
    assert found.action_items == [] and found.suggested_action_items == []


def test_things_the_parser_took_for_a_verb_are_what_those_are() -> None:
    turns = [
        (NELL, "The trade show stand. We need the final logo files from you before then."),
        (PRITI, "Which version, the one with the strapline?"),
        (NELL, "Without, please. The strapline doesn't fit the fascia."),
        (PRITI, "Okay, I'll get those to you this week."),
    ]
    assert [t for _, t, _ in opened_items(turns)] == ["send the final logo files"]


@pytest.mark.parametrize(
    ("said", "task"), [("I'll nudge them today.", "nudge legal"), ("I'll chase them.", "chase legal")]
)
def test_whom_a_thing_is_with_is_who_is_chased(said: str, task: str) -> None:
    turns = [(NELL, "The spring catalogue. Copy is with legal, we're waiting on them."), (PRITI, said)]
    assert [t for _, t, _ in opened_items(turns)] == [task]


@pytest.mark.parametrize("said", ["Fine, if you have to. But keep Jess, she's the one we want.", "Keep Jess."])
def test_keep_someone_by_name_decides(said: str) -> None:
    turns = [(NELL, "We might have to drop one of the bigger names, Jess or Dev, to get there."), (PRITI, said)]
    assert opened_agreements(turns) == ["We keep Jess."]


def test_keep_someone_asked_is_no_decision() -> None:
    turns = [(NELL, "We might have to drop one of the bigger names."), (PRITI, "Keep Jess?")]
    assert opened_agreements(turns) == []


DEAL = [
    (NELL, "We can pull her audience data and send it over, then you can decide."),
    (PRITI, "Yes please. And how quickly can you get contracts out? We want them locked before the January sales."),
    (NELL, "If you confirm the final list by Tuesday, we can have contracts out by the 4th."),
    (PRITI, "Tuesday's fine. I'll confirm once Owen's looked at the audience data."),
]


def test_a_deal_gives_both_sides_their_work() -> None:
    items = opened_items(DEAL)
    assert [(who, task) for who, task, _ in items] == [
        ("agency", "pull and send her audience data"),
        ("agency", "send contracts"),
        (PRITI, "confirm the final list (once Owen's looked at the audience data)"),
    ]
    assert [due for _, _, due in items][:2] == [None, "2026-04-04"]


def test_a_chance_with_we_can_is_no_promise() -> None:
    turns = [(PRITI, "If you approve it, we can still make the deadline."), (NELL, "Great.")]
    assert opened_items(turns) == []


def test_a_day_said_as_the_same_time_still_dates_the_item() -> None:
    turns = [
        (NELL, "Fair. I'll rewrite the carousel captions tighter."),
        (PRITI, "Nell, when can you turn round the captions?"),
        (NELL, "Same time as last week, Tuesday."),
    ]
    assert [due for _, _, due in opened_items(turns)] == ["2026-03-10"]


@pytest.mark.parametrize(
    "turns",
    [
        [(PRITI, "Sorry, can we go back to slide two for a sec?"), (NELL, "Sure.")],
        [
            (PRITI, "Sorry I'm late, the train was delayed."),
            (NELL, "No worries."),
            (PRITI, "Okay. I'll catch up, carry on."),
        ],
        [(NELL, "Will the bar need a generator?"), (PRITI, "It will, and I will hate it, yes.")],
        [(PRITI, "Could we get a weekly report on sales by code? So I can show my boss."), (NELL, "Sure.")],
    ],
)
def test_the_call_itself_and_feelings_are_no_items(turns: list[tuple[str, str]]) -> None:
    tasks = [t for _, t, _ in opened_items(turns)]
    assert not any(w in " ".join(tasks) for w in ("back to", "catch up", "hate", "show the boss")), tasks


def test_a_look_while_we_talk_is_done_in_the_call() -> None:
    turns = [(NELL, "Is there a break clause?"), (PRITI, "Let me have a look at the contract while we talk.")]
    assert opened_items(turns) == []


def test_selling_a_plan_upstairs_is_no_item() -> None:
    turns = [
        (NELL, "So it's option B, plus the two station sites."),
        (PRITI, "Okay. B, plus the two sites. I can sell that."),
    ]
    assert opened_items(turns) == []


@pytest.mark.parametrize("said", ["I'll place the order today.", "I'll get the order in today."])
def test_an_order_placed_is_for_what_was_just_chosen(said: str) -> None:
    turns = [
        (PRITI, "How many cups is that?"),
        (NELL, "Eight thousand. About four grand with the print."),
        (PRITI, "Okay, fine. Our own cups, eight thousand. Go."),
        (NELL, said),
    ]
    assert [t for _, t, _ in opened_items(turns)] == ["place the order for the cups"]


def test_an_order_for_a_thing_keeps_it() -> None:
    turns = [(PRITI, "Okay, fine. Our own cups, eight thousand."), (NELL, "I'll place the order for the lanyards too.")]
    assert [t for _, t, _ in opened_items(turns)] == ["place the order for the lanyards"]


def test_agreed_then_go_with_decides() -> None:
    turns = [(NELL, "We've narrowed it to two families, A and B. A feels warmer."), (PRITI, "Agreed, go with A.")]
    assert opened_agreements(turns) == ["We go with A."]
