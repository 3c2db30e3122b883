"""Defects found in session 49 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

import pytest
from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_telling_someone_off_the_call_is_work() -> None:
    """ "Theo, tell the comms team about the new date." / "Will do.": telling people who are not on the call is work
    taken up, as "Theo, send the comms team X" is; so is "let … know" and "remind"."""
    items = opened_items(
        [
            (PRITI, "The launch has moved to the twentieth, by the way."),
            (NELL, "Right. Theo, tell the comms team about the new date."),
            (THEO, "Will do."),
            (NELL, "Owen, let the store managers know as well."),
            (OWEN, "Sure."),
            (NELL, "Theo, remind the printers about the new date."),
            (THEO, "Will do."),
        ]
    )
    assert items == [
        (THEO, "tell the comms team about the new date", None),
        (OWEN, "let the store managers know", None),
        (THEO, "remind the printers about the new date", None),
    ]


def test_telling_the_call_steers_it() -> None:
    """ "Theo, tell us about the results.", "Owen, let me know.", "Theo, tell Priti about the venue options." ask for
    telling there and then, to people on the call: no work (must not change)."""
    items = opened_items(
        [
            (NELL, "Theo, tell us about the results."),
            (THEO, "Sure. So, footfall is up."),
            (NELL, "Theo, tell Priti about the venue options."),
            (THEO, "Sure. There are two."),
            (PRITI, "Owen, let's move on."),
            (OWEN, "Sure."),
        ]
    )
    assert items == []


def test_a_name_after_and_opens_the_imperative() -> None:
    """ "And Owen, book the courier for the samples." / "Sure.": a name after "and" still puts the imperative to
    that person."""
    items = opened_items(
        [
            (NELL, "Theo's got the proofs."),
            (NELL, "And Owen, book the courier for the samples."),
            (OWEN, "Sure."),
        ]
    )
    assert items == [(OWEN, "book the courier for the samples", None)]


def test_a_date_talked_about_is_no_deadline() -> None:
    """ "Owen, let the store managers know about the twentieth." / "Will do.": the twentieth is what they are told,
    not when (GUIDELINES: a date that is a fact is never a due)."""
    items = opened_items(
        [
            (PRITI, "The launch has moved to the twentieth, by the way."),
            (NELL, "Owen, let the store managers know about the twentieth."),
            (OWEN, "Yep, will do."),
        ]
    )
    assert items == [(OWEN, "let the store managers know about the twentieth", None)]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Owen, when will you have the final numbers?", "End of next week."),
        ("Owen, when can you get us the final numbers?", "End of next week, hopefully."),
        ("When can you get us the final numbers, Owen?", "End of next week, I'd say."),
        ("Owen, could you get us the final numbers?", "Probably end of next week."),
    ],
)
def test_work_asked_answered_with_a_date_is_taken_on(asked: str, answer: str) -> None:
    """ "Owen, when can you get us the final numbers?" / "End of next week.": the one asked takes the work on by
    saying when it comes; the parser's reading of "Owen, when can you …" as a relative clause on the name is no
    thing described."""
    items = opened_items([(OWEN, "On catering, we're still split between bowl food and canapes."), (NELL, asked),
                          (OWEN, answer)])  # fmt: skip
    assert [(owner, due) for owner, _, due in items] == [(OWEN, "2026-03-13")]
    assert "final numbers" in items[0][1]


@pytest.mark.parametrize("answer", ["I'm off till Monday.", "Friday?", "End of next week, but I can't promise."])
def test_a_date_that_is_no_answer_takes_nothing_on(answer: str) -> None:
    """An absence ("I'm off till Monday."), a day asked back ("Friday?") or a date with more said of it is no work
    taken on by its date alone (must not change)."""
    items = opened_items([(NELL, "Owen, could you get us the final numbers?"), (OWEN, answer)])
    assert items == []


def test_what_is_circulated_after_a_purpose_is_the_thing_updated() -> None:
    """ "I'll update the media plan to reflect that and circulate it Monday.": "it" is the media plan, named in the
    task already (the purpose "to reflect that" hangs on the plan), not the cap the turn before talked of."""
    items = opened_items(
        [
            (PRITI, "On the budget, we've agreed to cap the paid spend at twelve thousand."),
            (NELL, "Noted. I'll update the media plan to reflect that and circulate it Monday."),
        ]
    )
    assert [(task, due) for _, task, due in items] == [
        ("update the media plan to reflect the paid spend and circulate it", "2026-03-09")
    ]


def test_more_work_after_a_yes_keeps_its_own_task() -> None:
    """ "Can you confirm her for both days?" / "Will do. I'll also send her the shot list by Wednesday.": the yes
    takes the request on; "send her the shot list" is work of its own, not the request said again."""
    items = opened_items(
        [
            (PRITI, "We're happy with Jess. Can you confirm her for both days?"),
            (NELL, "Will do. I'll also send her the shot list by Wednesday."),
        ]
    )
    assert [(task, due) for _, task, due in items] == [
        ("confirm Jess", None),
        ("send Jess the shot list", "2026-03-11"),
    ]


def test_a_choice_put_and_taken_by_naming_it() -> None:
    """ "Shall we go back to location then?" / "Yes, let's do location.": the client takes the course put, naming
    the option after "let's do"."""
    agreed = opened_agreements(
        [
            (PRITI, "The other thing is the photography. We're not keen on the studio shots."),
            (NELL, "Right, so shall we go back to location then?"),
            (PRITI, "Yes, let's do location."),
            (NELL, "Okay, great."),
        ]
    )
    assert agreed == ["We go with location."]


def test_definitely_keeping_what_was_planned_decides_nothing() -> None:
    """ "We'd pencilled in the screens for November. Do you still want—" / "Yes, definitely.": what stands, kept, is
    no decision of the call (must not change)."""
    agreed = opened_agreements(
        [
            (THEO, "On out-of-home, we'd pencilled in the screens at the two malls for November. Do you still want—"),
            (PRITI, "Yes, definitely. Can you check the big atrium screen is free?"),
            (THEO, "Sure, I'll check with the vendor."),
        ]
    )
    assert agreed == []


def test_definitely_to_an_opinion_decides_nothing() -> None:
    """ "Footfall in Leeds has been soft." / "Definitely.": an opinion shared, nothing put (must not change)."""
    agreed = opened_agreements(
        [(PRITI, "Footfall in Leeds has been soft this year."), (NELL, "Definitely."), (PRITI, "Anyway, the budget.")]
    )
    assert agreed == []


def test_when_you_get_a_chance_is_no_part_of_the_task() -> None:
    """ "Can you forward those over when you get a chance?" / "Yeah, I'll forward them this afternoon.": the
    courtesy is no part of the work."""
    items = opened_items(
        [
            (PRITI, "The main thing from our side is the press release. Legal have a few comments."),
            (NELL, "Okay. Can you forward those over when you get a chance?"),
            (PRITI, "Yeah, I'll forward them this afternoon."),
        ]
    )
    assert [(owner, due) for owner, _, due in items] == [(PRITI, "2026-03-04")]
    assert "comments" in items[0][1] and "chance" not in items[0][1]


def test_when_about_work_already_taken_on_dates_it() -> None:
    """ "I'll send the floor plan." … "When can you get it to us?" / "Friday.": the date is the item's, no new work
    taken on by the date (must not change)."""
    items = opened_items(
        [
            (THEO, "I'll send the floor plan over."),
            (PRITI, "Great. Theo, when can you get it to us?"),
            (THEO, "Friday."),
        ]
    )
    assert items == [(THEO, "send the floor plan", "2026-03-06")]


def test_a_thing_asked_with_its_topic_is_asked_of_the_other_side() -> None:
    """ "Can we also get an update on the regional split before then?" / "Sure, we'll pull that together for you by
    Monday.": the client asks the agency for a thing ("on" names what it is about, not where it goes); the agency's
    item, not a session of both."""
    items = opened_items(
        [
            (OWEN, "Can we also get an update on the regional split before then?"),
            (NELL, "Sure, we'll pull that together for you by Monday."),
        ]
    )
    assert items == [("agency", "pull together an update on the regional split", "2026-03-09")]


def test_then_after_an_engagement_said_first_is_its_day() -> None:
    """ "I'm meeting the supplier tomorrow, so I'll confirm sizes with them then.": "then" is the day of the
    meeting said first in the same sentence."""
    items = opened_items(
        [
            (OWEN, "And the brand ambassadors, have we got the uniforms sorted?"),
            (THEO, "Not yet. I'm meeting the supplier tomorrow, so I'll confirm sizes with them then."),
        ]
    )
    assert [(owner, due) for owner, _, due in items] == [(THEO, "2026-03-05")]


def test_a_past_agreement_checked_asks_for_nothing() -> None:
    """ "And we agreed no giveaways over twenty pounds, right?" / "Yes, that's what we agreed.": what was agreed,
    checked; no work asked (the agreement stays). "You'll send the deck over Friday, right?" / "Yes." still asks."""
    call = [
        (PRITI, "And we agreed no giveaways over twenty pounds, right?"),
        (NELL, "Yes, that's what we agreed."),
        (PRITI, "And Theo, you'll send the deck over Friday, right?"),
        (THEO, "Yes."),
    ]
    assert opened_items(call) == [(THEO, "send the deck", "2026-03-06")]
