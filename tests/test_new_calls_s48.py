"""Defects found in session 48 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_items

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
        "send the deck to Owen Lacey",
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
