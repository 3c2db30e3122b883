"""Defects found in session 46 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

import pytest
from support import CALL_DATE, opened_agreements, opened_items

from pipeline.extract.dates import find_due_dates

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_thing_needed_since_is_what_it_answers() -> None:
    """ "I'll sort that this afternoon." / "And we'll need the revised quote in writing for finance." / "I'll get it
    over to you by Thursday.": the "it" is the quote just asked for, a second item; the rebooking keeps its own
    afternoon."""
    items = opened_items(
        [
            (NELL, "Theo, can you go back to the caterer and rebook the cart for day one only?"),
            (THEO, "Yep, I'll sort that this afternoon."),
            (PRITI, "And we'll need the revised quote in writing for finance."),
            (THEO, "I'll get it over to you by Thursday."),
        ]
    )
    assert items[0][0] == THEO and items[0][2] == "2026-03-04"
    assert items[1:] == [(THEO, "send the revised quote", "2026-03-05")]


def test_a_date_agreed_for_promised_work_is_no_agreement() -> None:
    """ "By when?" / "End of the week? Friday lunchtime." / "That works.": accepting the deadline of the options
    promised belongs to that item (GUIDELINES §3), it is not a decision."""
    turns = [
        (PRITI, "The headline on the back wall is too long. Can we try something shorter?"),
        (NELL, "Sure. We'll give you three shorter options."),
        (PRITI, "By when?"),
        (NELL, "End of the week? Friday lunchtime."),
        (PRITI, "That works."),
    ]
    assert opened_agreements(turns) == []
    assert opened_items(turns) == [("agency", "give three shorter options", "2026-03-06")]


def test_the_day_a_thing_is_rebooked_for_is_kept() -> None:
    """ "rebook the cart for day one only": the day the cart is booked for is what is rebooked, as with "book the
    room for the 14th", not when the work is done."""
    items = opened_items([(NELL, "Theo, can you rebook the barista cart for day one only?"), (THEO, "Yep, will do.")])
    assert items == [(THEO, "rebook the barista cart for day one only", None)]


def test_a_status_answered_with_when_it_will_be_with_you_is_an_item() -> None:
    """ "Where are we with the content calendar?" / "It'll be with you Tuesday.": the calendar is the speaker's to
    send, by Tuesday, as "You'll have it Tuesday." is; the crew that "will be with you" is no item."""
    items = opened_items(
        [
            (PRITI, "One more thing. The Christmas content calendar. Where are we with that?"),
            (NELL, "We're about halfway. It'll be with you Tuesday."),
            (PRITI, "Tuesday's fine, but no later."),
        ]
    )
    assert items == [(NELL, "send the Christmas content calendar", "2026-03-10")]
    crew = [(PRITI, "And the install crew, when do they arrive?"), (THEO, "They'll be with you at eight on Monday.")]
    assert opened_items(crew) == []


def test_a_number_said_with_a_hyphen_stays_in_the_thing() -> None:
    """ "Let's do the two-week test." / "Theo, you'll set that up?" / "Yeah, leave it with me.": the test is the
    two-week test, not "the week test"."""
    items = opened_items(
        [
            (THEO, "I'd test it first. Two weeks of evening posts, then compare."),
            (PRITI, "Fine by me. Let's do the two-week test."),
            (NELL, "Okay. Theo, you'll set that up?"),
            (THEO, "Yeah, leave it with me. I'll start it Monday."),
        ]
    )
    assert items == [(THEO, "set up the two-week test", "2026-03-09")]


def test_make_sure_a_thing_goes_to_someone_is_worded_as_the_reply_sends_it() -> None:
    """ "Can you make sure the T and Cs go to them first?" / "Sure, I'll send them to legal before anything goes
    live.": the reply says how, with whom named; "them" is the T and Cs."""
    items = opened_items(
        [
            (
                OWEN,
                "Oh, and legal need to approve any competition posts. Can you make sure the T and Cs go to them first?",
            ),
            (THEO, "Sure, I'll send them to legal before anything goes live."),
        ]
    )
    assert items == [(THEO, "send the T and Cs to legal", None)]  # a full task: no "(before …)" (s49)


@pytest.mark.parametrize(
    ("said", "owner"),
    [
        ("I was hoping to get it to you Friday but realistically it'll be Tuesday.", NELL),
        ("We were aiming to have it with you Friday, but it's going to be Tuesday now.", "agency"),
    ],
)
def test_a_delivery_put_back_to_a_later_day_is_an_item(said: str, owner: str) -> None:
    """A status answered with the day the work now comes ("I was hoping to get it to you Friday but realistically
    it'll be Tuesday."): the calendar is sent, on the later day."""
    items = opened_items(
        [
            (PRITI, "One more thing. The Christmas content calendar. Where are we with that?"),
            (NELL, f"We're about halfway. {said}"),
            (PRITI, "Tuesday's fine, but no later."),
        ]
    )
    assert items == [(owner, "send the Christmas content calendar", "2026-03-10")]


def test_a_hope_given_up_without_a_day_is_no_item() -> None:
    """ "I was hoping to get down to the stand Friday but it'll be too busy.": no day the work now comes, no item."""
    items = opened_items(
        [
            (PRITI, "Are you coming to the preview?"),
            (NELL, "I was hoping to get down to the stand Friday but it'll be too busy."),
        ]
    )
    assert items == []


def test_a_catch_up_offered_and_timed_is_a_joint_session() -> None:
    """ "Owen, do you want a quick catch-up before Priti goes?" / "Let's do Wednesday the eighteenth.": a session
    the two hold on the 18th (GUIDELINES §2.1), worded "hold", not "send"; the invite stays Nell's."""
    items = opened_items(
        [
            (NELL, "Owen, do you want a quick catch-up before Priti goes?"),
            (OWEN, "Yeah, good idea. Let's do Wednesday the eighteenth, ten o'clock."),
            (NELL, "I'll send an invite."),
        ]
    )
    assert items == [([NELL, OWEN], "hold a catch-up", "2026-03-18"), (NELL, "send an invite for the catch-up", None)]


def test_a_session_had_is_held_not_sent() -> None:
    """ "Shall we have a quick catch-up before Priti goes?": "have a catch-up" is held; "have the deck with you" is
    still sent."""
    items = opened_items(
        [
            (NELL, "Owen, shall we have a quick catch-up before Priti goes?"),
            (OWEN, "Yeah, good idea. Let's do Wednesday the eighteenth."),
        ]
    )
    assert items == [([NELL, OWEN], "hold a catch-up (before Priti goes)", "2026-03-18")]


def test_a_booking_for_a_week_is_still_one_item() -> None:
    """ "I'll get that booked in for the week of the thirtieth, I'll find a day that works.": the week is when the
    session is, not a part of an event it is booked for; finding the day is how it is booked, one item."""
    items = opened_items(
        [
            (NELL, "We can do a media training session. Shall I put a half day in for you?"),
            (PRITI, "Please. Yes."),
            (NELL, "Okay, I'll get that booked in for the week of the thirtieth, I'll find a day that works."),
        ]
    )
    assert (NELL, "book a media training session in", None) in items
    assert not any("find a day" in task for _, task, _ in items)


def test_first_of_next_month_said_without_the() -> None:
    """ "When's that due?" / "First of next month, as usual.": the 1st of April, not the end of it."""
    assert [d.due.isoformat() for d in find_due_dates("First of next month, as usual.", CALL_DATE) if d.due] == [
        "2026-04-01"
    ]


def test_a_read_then_its_verdict_sent_is_one_item() -> None:
    """ "I'll look at it tonight. You'll have my sign-off by ten tomorrow.": reading it is the step, the sign-off
    what is sent, one item dated by the sign-off; a different thing sent after reading stays its own item."""
    asked = (NELL, "Legal came back with two changes. If you can sign off the final wording by tomorrow, we're set.")
    items = opened_items([asked, (PRITI, "I'll look at it tonight. You'll have my sign-off by ten tomorrow.")])
    assert items == [(PRITI, "look at the final wording and send the sign-off", "2026-03-05")]
    other = opened_items([asked, (PRITI, "I'll read it tonight. I'll send you the run of show on Friday.")])
    assert (PRITI, "send the run of show", "2026-03-06") in other


def test_a_check_then_let_you_know_is_the_check() -> None:
    """ "I'll have to check with the studio whether that's possible with the fonts. I'll let you know.": the work
    is the check, reported back; not "let Priti know"."""
    items = opened_items(
        [
            (PRITI, "Can we also get them as editable files? The regional teams like to add their own prices."),
            (NELL, "I'll have to check with the studio whether that's possible with the fonts. I'll let you know."),
        ]
    )
    assert items == [(NELL, "check with the studio whether that's possible with the fonts", None)]


def test_new_versions_of_an_offer_taken_up_date_the_offer() -> None:
    """ "Would it help if we cut them down to one page each?" / "Yes." / "We can do that. I'll brief the designer
    this afternoon and you'll have new versions by next Wednesday.": the new versions are the offer's work, due
    next Wednesday; briefing the designer keeps its afternoon."""
    items = opened_items(
        [
            (OWEN, "Retailer toolkit. Honestly the product sheets are too text heavy."),
            (NELL, "Okay. Would it help if we cut them down to one page each?"),
            (OWEN, "Yes. One page, bigger images."),
            (
                NELL,
                "We can do that. I'll brief the designer this afternoon, you'll have new versions by next Wednesday.",
            ),
        ]
    )
    assert items == [
        (NELL, "cut down the product sheets to one page each", "2026-03-11"),
        (NELL, "brief the designer", "2026-03-04"),
    ]


def test_ratifying_an_accepted_proposal_states_the_proposal() -> None:
    """ "What if we launch in the flagships on the 14th …?" / "That works for us. We'd adjust the media …" / "Good.
    Let's go with that.": what is decided is the launch plan accepted, not the media adjustment said after it."""
    said = opened_agreements(
        [
            (PRITI, "What if we launch in the flagships on the 14th and roll out to the rest a week later?"),
            (NELL, "That works for us. We'd adjust the media to weight the second week."),
            (OWEN, "Good. Let's go with that."),
        ]
    )
    assert said == ["We launch in the flagships on the 14th and roll out to the rest a week later."]


def test_a_bare_number_picked_names_what_it_counts() -> None:
    """ "Are we still doing two cut-downs?" … "Go with two.": two cut-downs, not "two" alone."""
    said = opened_agreements(
        [
            (PRITI, "And the hero film? Are we still doing two cut-downs?"),
            (NELL, "We'd suggested three, a fifteen, a six and a bumper."),
            (PRITI, "Honestly, three feels like a lot. Go with two."),
        ]
    )
    assert said == ["We go with two cut-downs."]


def test_a_question_misread_as_a_noun_is_not_what_that_stands_for() -> None:
    """ "Would a one-page PDF every Monday work?" (the parser reads "work" as a noun) / "Perfect." / "I'll set that
    up from next week.": "that" is the PDF, not the whole question."""
    items = opened_items(
        [
            (PRITI, "Can we get a quick weekly snapshot as well? Just the top-line numbers."),
            (NELL, "Of course. Would a one-page PDF every Monday work?"),
            (PRITI, "Perfect."),
            (NELL, "Okay, so I'll set that up from next week."),
        ]
    )
    assert not any("would" in task.lower() for _, task, _ in items)
    assert any("one-page PDF" in task for _, task, _ in items)


def test_it_will_be_with_you_after_an_offer_taken_up_is_its_delivery() -> None:
    """ "Shall I send round the revised schedule?" / "Please, yeah." / "Okay, it'll be with you by close of play.":
    the schedule's delivery, dated, not a second item."""
    turns = [
        (NELL, "Perfect. Shall I get Theo to send round the revised schedule with the new dates?"),
        (THEO, "Shall I? I can do it this afternoon."),
        (OWEN, "Please, yeah."),
    ]
    before = opened_items(turns)
    after = opened_items([*turns, (THEO, "Okay, it'll be with you by close of play.")])
    assert after == before


def test_a_colleague_offered_who_takes_it_on_is_its_one_owner() -> None:
    """ "Shall I get Theo to send round the revised schedule?" / "Shall I? I can do it this afternoon." / "Please,
    yeah.": one item, Theo's, worded as his work; not Nell's "get Theo to …" beside it."""
    items = opened_items(
        [
            (NELL, "Perfect. Shall I get Theo to send round the revised schedule with the new dates?"),
            (THEO, "Shall I? I can do it this afternoon."),
            (OWEN, "Please, yeah."),
        ]
    )
    assert items == [(THEO, "send round the revised schedule", "2026-03-04")]


def test_make_sure_you_get_it_loses_half_a_condition() -> None:
    """ "I'll make sure you get it as soon as it's signed off.": not "… get a new version as soon" (half of "as soon
    as it's signed off" left in the task)."""
    items = opened_items(
        [
            (
                PRITI,
                "The brand guidelines, we've got a new version coming out next month. I'll make sure you get it as "
                "soon as it's signed off.",
            )
        ]
    )
    assert [task for _, task, _ in items] == ["make sure you get a new version"]


def test_leave_it_with_me_after_a_need_is_handling_it() -> None:
    """ "The venue wants a risk assessment. No idea who owns that." / "Leave it with me, I'll revert by Friday.": the
    report writes the work, not "Leave a risk assessment with me"."""
    items = opened_items(
        [
            (PRITI, "Also, the venue wants a risk assessment. No idea who owns that."),
            (NELL, "Leave it with me, I'll revert by Friday."),
        ]
    )
    assert items == [(NELL, "handle a risk assessment", "2026-03-06")]
