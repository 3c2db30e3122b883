"""Defects found drafting four calls as a new user would (session 42): a dairy brand's packaging concept review
(typed, details lines), a telecom media plan review (an ``.srt`` with speaker names and a ``.meeting.yaml``), an awards
dinner's weekly production call (a Teams ``.vtt`` with fillers, and its sidecar) and a skincare influencer check-in
(typed, the date in the file name)."""

from __future__ import annotations

import pytest
from support import NEXT, opened_call, opened_items
from support import opened_agreements as agreed

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


ROUTES = [
    (THEO, "Route one is the classic crest, route two is the hand-lettered logotype, route three is type only."),
    (OWEN, "Three feels too cold for a bakery."),
    (PRITI, "I like two, but the red is a bit harsh."),
    (THEO, "We could soften the red, and we could borrow the crest from one as a small stamp on the back."),
]


@pytest.mark.parametrize(
    ("choice", "stated"),
    [
        ("That's the one. Two with the stamp and a softer red.", "Two with the stamp and a softer red."),
        ("Yeah, that's the one. The logotype with the crest stamp.", "The logotype with the crest stamp."),
    ],
)
def test_thats_the_one_states_the_choice_named_after_it(choice: str, stated: str) -> None:
    assert agreed([*ROUTES, (OWEN, choice), (NELL, "Lovely.")]) == [stated]


def test_a_bare_thats_the_one_states_the_proposal_it_takes() -> None:
    turns = [*ROUTES[:3], (THEO, "We could soften the red a touch."), (OWEN, "That's the one."), (NELL, "Great.")]
    assert agreed(turns) == ["We soften the red a touch."]


def test_thats_the_one_answering_a_question_decides_nothing() -> None:
    turns = [(PRITI, "Is that the studio with the big skylight?"), (THEO, "That's the one."), (PRITI, "Nice.")]
    assert agreed(turns) == []


def test_a_learned_agreement_leaves_out_the_work_taken_on_with_it() -> None:
    turns = [
        (NELL, "Are we going for the printed backdrop or the projection?"),
        (THEO, "The printed one is about three grand more, but honestly it looks far better on camera."),
        (PRITI, "Hmm. Yeah go on then, let's do the printed backdrop. I'll square it with procurement."),
        (NELL, "Brilliant."),
    ]
    found = opened_call([*turns, NEXT])
    assert [a.text for a in found.agreements] == ["We do the printed backdrop."]
    assert [(a.owner, a.task) for a in found.action_items] == [(PRITI, "confirm the printed backdrop with procurement")]


def test_when_are_you_free_for_that_names_the_session_said_before() -> None:
    turns = [
        (THEO, "Just the wine tasting, when are you free for that?"),
        (PRITI, "Any afternoon the week after next, apart from the Monday."),
        (THEO, "Okay, I'll book it in with the restaurant and send you an invite."),
    ]
    tasks = [task for _, task, _ in opened_items(turns)]
    assert tasks[0] == "attend the wine tasting"
    assert not any("free" in task for task in tasks)


def test_also_after_a_date_given_is_more_work() -> None:
    turns = [
        (NELL, "Theo, when could you have the revised layout back to them?"),
        (
            THEO,
            "Give me until Friday. I'll also mock it up on the whole pack family, so the tin, the jar and the pouch.",
        ),
        (PRITI, "Great."),
    ]
    tasks = [task for _, task, _ in opened_items(turns)]
    assert "mock up the revised layout on the pack family" in tasks
    assert len(tasks) == 2


def test_turn_that_round_takes_on_the_work_assigned() -> None:
    turns = [
        (NELL, "And then once we've got the guest list Theo will do the seating plan and, er, send you a first draft."),
        (THEO, "Yeah I can turn that round in a couple of days once the list is in."),
        (PRITI, "Perfect."),
    ]
    items = opened_items(turns)
    assert len(items) == 1
    assert items[0][0] == THEO
    assert items[0][1].startswith("do the seating plan and send a first draft")


def test_a_go_ahead_is_stated_by_what_it_settles() -> None:
    turns = [
        (NELL, "We're holding the terrace at the Langham for the ninth. We need a yes by Friday or we lose it."),
        (PRITI, "The ninth is fine for us. Go ahead and confirm it."),
        (NELL, "Great, I'll confirm with the venue today."),
    ]
    assert agreed(turns) == ["The ninth is fine for us."]


@pytest.mark.parametrize("light", ["I'll get the booking in on Monday.", "I'll put the booking through on Monday."])
def test_the_booking_taken_on_is_the_booking_just_named(light: str) -> None:
    turns = [
        (PRITI, "Radio I'm happy with. Let's go ahead and book the drive-time slots now before the rates go up."),
        (NELL, f"Will do, {light}"),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["book the drive-time slots"]


def test_chasing_someone_to_get_it_done_keeps_what_for() -> None:
    turns = [
        (OWEN, "Just the credit note from March, our accounts team are still waiting on it."),
        (THEO, "That's with me, sorry. I'll chase our finance people and get it reissued this week."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["chase the finance people and get the credit note reissued"]


def test_him_is_the_chairman_just_named() -> None:
    turns = [
        (OWEN, "Before we go further I need to take this to our chairman. He'll want a say."),
        (NELL, "Of course. Would it help if we put together a one-page summary for him?"),
        (OWEN, "That would be really useful."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["put together a one-page summary for the chairman"]


@pytest.mark.parametrize("reply", ["Yes, I'm comfortable with that line.", "I'm happy with that approach."])
def test_comfortable_with_that_line_takes_the_proposal(reply: str) -> None:
    turns = [
        (PRITI, "Right. We need to be careful then. I don't want us to deny it."),
        (NELL, "Agreed. I'd suggest we own it, say what we're changing, and point to the refill scheme."),
        (PRITI, reply),
        (NELL, "Great. I'll draft the statement now."),
    ]
    assert agreed(turns) == ["We own it, say what we're changing, and point to the refill scheme."]


def test_not_comfortable_with_that_takes_nothing() -> None:
    turns = [
        (NELL, "I'd suggest we own it and point to the refill scheme."),
        (PRITI, "I'm not comfortable with that line."),
        (NELL, "Okay, let me rework it."),
    ]
    assert agreed(turns) == []


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        ("Thanks both. Let's speak at nine tomorrow.", "Thursday 5 March 2026 at nine"),
        ("Okay. We'll talk again at 4pm on Friday.", "Friday 6 March 2026 at 4pm"),
    ],
)
def test_a_call_put_at_a_time_is_the_next_meeting(closing: str, when: str) -> None:
    turns = [(THEO, "I'll pause the scheduled posts straight after this call."), (PRITI, closing)]
    assert opened_call(turns).next_meeting == when


def test_a_season_naming_the_thing_stays_in_the_task() -> None:
    turns = [
        (
            PRITI,
            "Oh, the buyer wants a sell-in deck for the Christmas range. Could you pull something together?",
        ),
        (NELL, "Of course. I'll action that."),
    ]
    assert [task for _, task, _ in opened_items(turns)] == ["pull together a sell-in deck for the Christmas range"]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll get eyes on it today.", "review the radio script"),
        ("I'll cast an eye over it tonight.", "review the radio script"),
    ],
)
def test_eyes_on_it_is_a_review(said: str, task: str) -> None:
    turns = [(NELL, "The radio script needs your sign-off though, Priti."), (PRITI, f"Yes, sorry. {said}")]
    assert [t for _, t, _ in opened_items(turns)] == [task]


def test_leave_it_with_me_takes_on_what_we_were_asked_to_do() -> None:
    turns = [
        (PRITI, "Can we also sense-check the banner sizes against the new guidelines? The logo looks small."),
        (THEO, "Sure, leave it with me. I'll take a look and ping you by tomorrow."),
    ]
    assert opened_items(turns) == [(THEO, "sense-check the banner sizes against the new guidelines", "2026-03-05")]


def test_leave_it_with_me_with_work_of_its_own_keeps_that_work() -> None:
    turns = [
        (PRITI, "Can we look at the banner sizes again? The logo looks small."),
        (THEO, "Leave it with me. I'll redraw the lock-up at a larger size."),
    ]
    items = opened_items(turns)
    assert len(items) == 1
    assert items[0][0] == THEO
    assert items[0][1].startswith("redraw the lock-up at a larger")


def test_the_next_status_put_in_the_diary_is_the_next_meeting() -> None:
    turns = [
        (THEO, "I'll send the tracker round."),
        (NELL, "Lovely. Let's pencil in the next status for the ninth of April."),
    ]
    assert opened_call(turns).next_meeting == "Thursday 9 April 2026"
