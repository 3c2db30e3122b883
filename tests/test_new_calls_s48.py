"""Defects found in session 48 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

import pytest
from support import opened_agreements_at, opened_items

from pipeline.extract.deals import ASKED_ROWS
from pipeline.extract.pattern_rows import PatternRow

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_that_would_help_takes_up_the_offer_and_its_day() -> None:
    """ "We can pull the footfall numbers for all three if that helps." / "That would help, yes. By Friday if you
    can." / "Friday's doable.": "that would help" takes the offer up; the day asked goes with it."""
    items = opened_items(
        [
            (PRITI, "Glasgow worries me a bit on footfall."),
            (THEO, "We can pull the footfall numbers for all three if that helps."),
            (PRITI, "That would help, yes. By Friday if you can."),
            (THEO, "Friday's doable."),
        ]
    )
    assert [(task, due) for _, task, due in items] == [("pull the footfall numbers for all three", "2026-03-06")]


def test_that_would_help_with_more_is_no_acceptance() -> None:
    """ "That would help with the budget conversation." says what an offer would do for something else; it takes
    nothing up on its own (must not change)."""
    items = opened_items(
        [
            (THEO, "We could pull the footfall numbers for all three."),
            (PRITI, "Hmm. That would help with the budget conversation, but not yet."),
        ]
    )
    assert items == []


def test_shall_we_offering_work_is_the_sides_offer() -> None:
    """ "Shall we pull the footfall numbers for all three?" / "Yes please. By Friday if you can.": the agency offers
    work of its own, taken up: an item for the agency, not a joint session waiting for "together"."""
    items = opened_items(
        [
            (PRITI, "Glasgow worries me a bit on footfall."),
            (THEO, "Shall we pull the footfall numbers for all three?"),
            (PRITI, "Yes please. By Friday if you can."),
            (THEO, "Friday's doable."),
        ]
    )
    assert [(task, due) for _, task, due in items] == [("pull the footfall numbers for all three", "2026-03-06")]


def test_shall_we_declined_or_meeting_gives_no_offer() -> None:
    """ "Shall we send you the cost breakdown?" / "No, we're fine, thanks." is declined; "Shall we go with the green
    route then?" / "Yes." is a decision, not work (must not change)."""
    items = opened_items(
        [
            (NELL, "Shall we send you the cost breakdown?"),
            (PRITI, "No, we're fine, thanks."),
            (THEO, "Should we go with the green route then?"),
            (PRITI, "Yes."),
        ]
    )
    assert items == []


def test_casual_sending_verbs_are_written_send() -> None:
    """ "pop the contact report over tomorrow", "whizz the deck across to Owen", "shoot you the link", "fire over the
    revised estimate": the report says "send"."""
    items = opened_items(
        [
            (NELL, "I'll pop the contact report over tomorrow."),
            (PRITI, "Great."),
            (NELL, "And I'll whizz the deck across to Owen this afternoon."),
            (OWEN, "Thanks."),
            (THEO, "I'll shoot you the link after this."),
            (PRITI, "Lovely."),
            (NELL, "I'll fire over the revised estimate by Friday."),
            (PRITI, "Perfect."),
        ]
    )
    assert [task for _, task, _ in items] == [
        "send the contact report",
        "send the deck to Owen",
        "send the link",
        "send the revised estimate",
    ]


def test_shooting_over_days_is_filming() -> None:
    """ "We'll shoot the hero film over two days.", "I'll shoot the cutdowns across the weekend.": filmed, not sent
    (must not change)."""
    items = opened_items(
        [
            (NELL, "We'll shoot the hero film over two days."),
            (PRITI, "Okay."),
            (NELL, "I'll shoot the cutdowns across the weekend."),
            (PRITI, "Fine."),
        ]
    )
    assert [task.split()[0] for _, task, _ in items] == ["shoot", "shoot"]


def test_we_owe_you_the_thing_is_the_sides_work() -> None:
    """ "We still owe you the product allocation, I know." … "Should be next week.": the client's side owes it, an
    item worded "send the product allocation"; "I owe you a revised timeline." is the speaker's."""
    items = opened_items(
        [
            (PRITI, "We still owe you the product allocation, I know."),
            (NELL, "Yes, when do you think?"),
            (PRITI, "Should be next week."),
            (NELL, "Great."),
            (THEO, "And I owe you a revised timeline. I'll get it over by Thursday."),
            (PRITI, "Thanks."),
        ]
    )
    assert items == [
        ("client", "send the product allocation", "2026-03-13"),
        (THEO, "send a revised timeline", "2026-03-05"),
    ]


def test_owing_thanks_or_said_once_with_ill_send_it() -> None:
    """ "I owe you the promo calendar, don't I? I'll send it over this week." is one item; "We owe you one",
    "you owe us lunch" are thanks and banter (must not change)."""
    items = opened_items(
        [
            (OWEN, "And I owe you the promo calendar, don't I? I'll send it over this week."),
            (NELL, "Yes please."),
            (PRITI, "We owe you one for the help last month."),
            (THEO, "Ha, you owe us lunch."),
        ]
    )
    assert items == [(OWEN, "send the promo calendar", "2026-03-06")]


@pytest.mark.parametrize(
    ("row", "sentence", "matches"),
    [(r, s, True) for r in ASKED_ROWS for s in r.examples]
    + [(r, s, False) for r in ASKED_ROWS for s in r.not_examples],
)
def test_asked_counter_rows(row: PatternRow, sentence: str, matches: bool) -> None:
    assert bool(row.pattern.match(sentence)) is matches


def test_a_counter_asked_and_taken_is_agreed_as_its_terms() -> None:
    """ "We're proposing six brand ambassadors per day." "Can we do four?" "Four, and six in Glasgow?" "Deal.": the
    counter asked is what is agreed, not the first proposal; "Can we do four?" "Four is fine." settles four."""
    assert opened_agreements_at(
        [
            (NELL, "We're proposing six brand ambassadors per day."),
            (PRITI, "Six feels a lot. Can we do four?"),
            (NELL, "Four is tight for Glasgow but fine elsewhere. Four, and six in Glasgow?"),
            (PRITI, "Deal."),
        ]
    ) == [(3, "Four, and six in Glasgow agreed.")]
    assert opened_agreements_at(
        [
            (NELL, "We're proposing six brand ambassadors per day."),
            (PRITI, "Six feels a lot. Can we do four?"),
            (NELL, "Four is fine."),
            (PRITI, "Great."),
        ]
    ) == [(2, "Four agreed.")]


def test_a_question_with_a_number_is_no_counter() -> None:
    """ "Is four enough for Glasgow?" "Four is fine." answers a question, it settles no counter put (must not
    change)."""
    assert (
        opened_agreements_at(
            [
                (PRITI, "Is four enough for Glasgow?"),
                (NELL, "Done. I checked the footfall this morning."),
            ]
        )
        == []
    )


def test_an_option_named_to_a_preference_asked_is_picked() -> None:
    """ "We sent two routes last week. Did you have a preference?" "Route B, the green one." "Yes, B.": the options
    were laid out before the call; the pick named to the question asked is the agreement, once."""
    assert opened_agreements_at(
        [
            (NELL, "On the van wrap, we sent two routes last week. Did you have a preference?"),
            (OWEN, "Route B, the green one. The team liked it."),
            (PRITI, "Yes, B. Let's not reopen it."),
            (NELL, "Lovely."),
        ]
    ) == [(1, "We go with route B, the green one.")]


def test_an_option_named_to_another_question_is_no_pick() -> None:
    """ "Which one had the typo?" "Route B, the green one." answers a question of fact; "Route B is too dark." says
    more than the pick (must not change)."""
    assert (
        opened_agreements_at(
            [
                (NELL, "We sent two routes last week. Which one had the typo?"),
                (OWEN, "Route B, the green one."),
                (NELL, "Okay. And did you have a preference?"),
                (PRITI, "Route B is too dark, honestly."),
            ]
        )
        == []
    )


def test_t_and_cs_are_one_thing_sent_without_over() -> None:
    """ "Legal need to see the competition T and Cs …" / "I'll send them over to you this afternoon …": "them" is
    the T and Cs (one plural thing, not "the competition T"), and "send … over" is written "send"."""
    items = opened_items(
        [
            (PRITI, "One more thing. Legal need to see the competition T and Cs before anything goes out."),
            (THEO, "Understood. I'll send them over to you this afternoon."),
            (PRITI, "Great."),
        ]
    )
    assert items == [(THEO, "send the competition T and Cs", "2026-03-04")]


def test_going_back_to_someone_for_a_thing_is_work_and_takes_the_day_wished() -> None:
    """ "We'll go back to the caterer for a canape-only menu and come back to you with costs." / "Great. Ideally by
    Monday." / "Should be fine.": going back to someone for a thing is work (not "we'll go with …", a decision),
    the report back is part of it, and the day wished for, hedged, dates it."""
    items = opened_items(
        [
            (PRITI, "On catering, I really don't want bowl food again."),
            (NELL, "Noted. We'll go back to the caterer for a canape-only menu and come back to you with costs."),
            (PRITI, "Great. Ideally by Monday."),
            (NELL, "Should be fine."),
        ]
    )
    assert items == [("agency", "go back to the caterer for a canape-only menu", "2026-03-09")]


def test_going_back_to_a_plan_is_no_work() -> None:
    """ "We'll go back to the original date for now." reverts to it: no item (must not change)."""
    assert opened_items([(NELL, "We'll go back to the original date for now."), (PRITI, "Fine.")]) == []


def test_and_forward_it_keeps_its_and() -> None:
    """ "I'll chase them today and forward it as soon as I have it.": the parser reads "forward" as an adverb; the
    task keeps the two steps joined ("chase the PR team and forward it"), not run together."""
    items = opened_items(
        [
            (THEO, "Owen, did you manage to get the press list from your PR team?"),
            (OWEN, "Not yet, sorry. I'll chase them today and forward it as soon as I have it."),
            (THEO, "Perfect."),
        ]
    )
    assert items == [(OWEN, "chase the PR team and forward it", "2026-03-04")]


def test_a_time_asked_is_no_counter() -> None:
    """ "I can pull together a short Q&A." / "Please. By, what, three o'clock?" / "Three's fine.": the time the work
    is wanted by, not terms agreed."""
    assert (
        opened_agreements_at(
            [
                (THEO, "I can pull together a short Q&A for the call centre."),
                (PRITI, "Please. By, what, three o'clock?"),
                (THEO, "Three's fine."),
            ]
        )
        == []
    )


def test_should_we_pull_the_ads_is_no_offer_of_work() -> None:
    """ "Should we pull the sales ads?" / "Yes.": taking the ads down is decided, no side's offer of work to send."""
    assert opened_items([(PRITI, "Should we pull the sales ads? They're running right now."), (NELL, "Oh. Yes.")]) == []


def test_lets_go_with_that_after_an_assent_states_the_course_put() -> None:
    """ "We'd recommend leaning into short video." / "I'm comfortable with that. Owen?" / "Yeah, sixty's fine. Let's
    go with that.": the agreement states the course recommended, not the assent before it."""
    assert opened_agreements_at(
        [
            (NELL, "On the Q3 plan, we'd recommend leaning into short video, maybe sixty percent of spend."),
            (PRITI, "I'm comfortable with that. Owen?"),
            (OWEN, "Yeah, sixty's fine. Let's go with that."),
            (NELL, "Brilliant."),
        ]
    ) == [(2, "We lean into short video.")]


def test_a_q_and_a_is_never_its_a() -> None:
    """ "A reactive Q and A, for the call centre." / "When could we have that?" / "I'll pick that up as well.": the
    "A" of the pair is no thing of its own ("pick up an as well" was drafted once "T and Cs" became one thing)."""
    items = opened_items(
        [
            (PRITI, "Can we get the call-centre team something? They're making it up as they go."),
            (NELL, "Yes, absolutely. A reactive Q and A, for the call centre and the store staff."),
            (PRITI, "When could we have that?"),
            (THEO, "I'll pick that up as well. First thing Friday?"),
        ]
    )
    assert [task for _, task, _ in items] and all(" an as " not in f" {task} " for _, task, _ in items)


def test_add_that_in_loses_its_in() -> None:
    """ "Can we get a rough cost per post for each?" / "Sure, I'll add that in.": "add a rough cost per post", not
    "… per post in"; "I'll hand the forms in." keeps its particle (must not change)."""
    items = opened_items(
        [
            (PRITI, "And can we get a rough cost per post for each?"),
            (THEO, "Sure, I'll add that in."),
            (PRITI, "Great. And the consent forms?"),
            (THEO, "I'll hand the forms in."),
        ]
    )
    assert [task for _, task, _ in items] == ["add a rough cost per post", "hand the consent forms in"]


def test_mid_next_week_is_no_word_of_the_task() -> None:
    """ "I'll send the deck mid next week.", "I'll send the plan mid-week.": a vague part of the week (no date, as
    GUIDELINES' "early next week"), and no "mid" left in the task."""
    items = opened_items(
        [
            (OWEN, "I'll send the deck mid next week."),
            (NELL, "Perfect."),
            (OWEN, "And I'll send the plan mid-week."),
            (NELL, "Great."),
        ]
    )
    assert items == [(OWEN, "send the deck", None), (OWEN, "send the plan", None)]


def test_a_day_said_back_then_yes_takes_the_request() -> None:
    """ "Will do. Theo, can you turn the revisions round by Thursday?" / "Thursday end of day, yes.": the day said
    back and then the yes take the request up (as "Yes, Thursday end of day." did)."""
    items = opened_items(
        [
            (NELL, "Will do. Theo, can you turn the revisions round by Thursday?"),
            (THEO, "Thursday end of day, yes."),
            (PRITI, "Brilliant."),
        ]
    )
    assert [(owner, due) for owner, _, due in items] == [(THEO, "2026-03-05")]


def test_a_day_said_back_then_no_is_no_acceptance() -> None:
    """ "Thursday? No, not a chance." takes nothing up (must not change)."""
    items = opened_items(
        [
            (NELL, "Theo, can you turn the revisions round by Thursday?"),
            (THEO, "Thursday, no. Not a chance, I'm on the shoot."),
            (PRITI, "Okay."),
        ]
    )
    assert items == []


def test_so_go_with_after_a_reason_is_the_decision() -> None:
    """ "I doubt we'll get the study in time, so go with dermatologist tested.": the client's decision, after its
    reason, stated without it ("We go with dermatologist tested.")."""
    found = opened_agreements_at(
        [
            (OWEN, "Legal flagged the claim. We can't say it without the study."),
            (NELL, "Okay, we'll soften it unless you can get us the study."),
            (OWEN, "I doubt we'll get the study in time, so go with dermatologist tested."),
            (NELL, "Will do."),
        ]
    )
    assert found == [(2, "We go with dermatologist tested.")]


def test_a_counter_said_maybe_and_taken_as_right() -> None:
    """ "We can bump that up. Maybe twenty percent bigger?" / "Twenty percent sounds right.": the terms, without the
    "maybe"."""
    assert opened_agreements_at(
        [
            (PRITI, "The main thing is the logo lockup feels small on the outdoor."),
            (THEO, "We can bump that up. Maybe twenty percent bigger?"),
            (PRITI, "Twenty percent sounds right."),
            (NELL, "Great."),
        ]
    ) == [(2, "Twenty percent bigger agreed.")]


def test_the_sides_work_passed_to_a_colleague_by_name() -> None:
    """ "And we still owe you the product allocation. Owen?": the client's work, passed to Owen to answer for; "We'll
    send the revised deck. Owen?" said to the other side keeps it the agency's (must not change)."""
    items = opened_items(
        [
            (PRITI, "And we still owe you the product allocation. Owen?"),
            (OWEN, "I'm chasing the warehouse for it."),
            (NELL, "Perfect. We'll send the revised deck. Owen?"),
            (OWEN, "Great, thanks."),
        ]
    )
    assert [(owner, task) for owner, task, _ in items] == [
        (OWEN, "send the product allocation"),
        ("agency", "send the revised deck"),
    ]
