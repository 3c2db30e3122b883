"""Defects found in session 45 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

import pytest
from support import CALL_DATE, opened_agreements, opened_items

from pipeline.extract.dates import find_due_dates
from pipeline.ingest import title_of

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


@pytest.mark.parametrize("wish", ["we'd like", "we want", "we'll need", "we still need"])
def test_a_thing_wanted_from_the_listener_is_asked_for(wish: str) -> None:
    """ "we'd like the guest list from you by the 12th" asks the client for the list: taken up with "That's fine."
    it is theirs to send, worded without "from you"."""
    items = opened_items(
        [(THEO, f"On the invites, {wish} the guest list from you by the 12th."), (PRITI, "That's fine.")]
    )
    assert items == [(PRITI, "send the guest list", "2026-03-12")]


def test_a_need_then_is_that_you_asks_the_one_named() -> None:
    """ "We still need the speaker bios. Owen, is that you?" / "Yes, leave that with me.": the bios are Owen's, not
    the guest list asked for two turns before."""
    items = opened_items(
        [
            (THEO, "We'd like the guest list from you by the 12th."),
            (PRITI, "That's fine, I can pull that together."),
            (NELL, "And we still need the speaker bios. Owen, is that you?"),
            (OWEN, "Yes, leave that with me."),
        ]
    )
    assert (OWEN, "send the speaker bios", None) in items
    assert not any(owner == OWEN and "guest list" in task for owner, task, _ in items)


def test_a_pick_with_a_condition_is_agreed() -> None:
    """ "The warehouse it is, as long as the capacity works." settles the venue, the condition kept in brackets."""
    said = opened_agreements(
        [
            (NELL, "Shall we start with the venue? We sent over the two options, the warehouse and the hotel."),
            (OWEN, "I'm leaning towards the warehouse, to be honest. The hotel felt a bit corporate."),
            (PRITI, "Same. The warehouse it is, as long as the capacity works."),
        ]
    )
    assert said == ["We go with the warehouse (as long as the capacity works)."]


@pytest.mark.parametrize("check", ["double check", "double-check"])
def test_double_check_and_send_is_a_promise(check: str) -> None:
    """ "I'll double check and send you the list of store addresses.": the parser read "double" as the verb and the
    promise was lost; "double check" is read as "check"."""
    items = opened_items(
        [
            (PRITI, "And how many stores are we talking, Owen?"),
            (OWEN, f"Twelve, I think. I'll {check} and send you the list of store addresses."),
        ]
    )
    assert [(owner, task) for owner, task, _ in items] == [(OWEN, "check and send the list of store addresses")]


@pytest.mark.parametrize(
    ("stem", "client", "title"),
    [
        ("Fernhill Bakery - Christmas campaign check-in", "Fernhill Bakery", "Christmas campaign check-in"),
        ("Fernhill Bakery - Christmas campaign check-in", None, "Fernhill Bakery - Christmas campaign check-in"),
        ("Weekly check-in with Fernhill", "Fernhill Bakery", "Weekly check-in with Fernhill"),
        ("kestrel-cider-wip", "Kestrel Cider", "kestrel cider wip"),
        ("client_call_notes", None, "client call notes"),
    ],
)
def test_a_file_names_title_keeps_its_hyphens(stem: str, client: str | None, title: str) -> None:
    """A transcript named "Fernhill Bakery - Christmas campaign check-in.txt" (its client said in its header) was
    titled "Fernhill Bakery   Christmas campaign check in": a name with spaces keeps its hyphens, and the client it
    opens on is the report's Client line, not its title; a slug's hyphens are still spaces."""
    assert title_of(stem, client) == title


def test_work_sent_with_a_dated_thing_takes_its_date() -> None:
    """ "Can you send me a breakdown?" "I'll get that to you by Thursday." … "I'll revise the estimate and send it
    with the breakdown.": the estimate goes with the breakdown, on Thursday; not with a thing of someone else's."""
    asked = [
        (PRITI, "Can you send me a breakdown? I'll need to take it to our finance director."),
        (NELL, "Of course, I'll get that to you by Thursday."),
        (OWEN, "Actually, could we drop the A4s? We don't really use them."),
    ]
    items = opened_items(
        [*asked, (NELL, "Okay, no A4s then. I'll revise the estimate and send it with the breakdown.")]
    )
    assert (NELL, "revise and send the estimate", "2026-03-05") in items
    items = opened_items([*asked, (THEO, "Okay, no A4s then. I'll revise the estimate and send it with the artwork.")])
    assert (THEO, "revise and send the estimate", None) in items


@pytest.mark.parametrize(
    "reply", ["Yeah, fine.", "Yeah, let's drop them. That should bring it down.", "Okay, drop them then."]
)
def test_a_proposal_taken_up_is_stated_with_its_thing(reply: str) -> None:
    """ "Actually, could we drop the A4s? We don't really use them." taken up: "We drop the A4s.", not "Actually,
    could we drop the A4s." nor "We drop them. That should bring it down." (the thing only pointed at)."""
    said = opened_agreements([(OWEN, "Actually, could we drop the A4s? We don't really use them."), (PRITI, reply)])
    assert said == ["We drop the A4s."]


@pytest.mark.parametrize("wish", ["need", "want"])
def test_a_day_put_back_as_a_question_dates_the_work_taken_on(wish: str) -> None:
    """ "we really want the final trade list from you, with the top twenty flagged. Is end of next week doable?" /
    "… can we say Wednesday the eleventh? I'll do it before I head off.": the list, due the day put back, not the
    event the work comes before (nor the sentence as the task)."""
    items = opened_items(
        [
            (
                NELL,
                f"Which means, Owen, we really {wish} the final trade list from you, with the top twenty flagged. "
                "Is end of next week doable?",
            ),
            (
                OWEN,
                "End of next week... I'm at our sales conference Wednesday to Friday next week, so honestly, can we "
                "say Wednesday the eleventh? I'll do it before I head off.",
            ),
            (NELL, "Even better, thank you."),
        ]
    )
    assert items == [(OWEN, "send the final trade list", "2026-03-11")]


def test_i_think_we_do_it_is_a_proposal_taken_up() -> None:
    """ "I think we pause the Facebook ads over Christmas." / "Yes, agreed.": a course put, agreed, stated without
    "I think"."""
    said = opened_agreements(
        [(OWEN, "And on the paid side, I think we pause the Facebook ads over Christmas."), (NELL, "Yes, agreed.")]
    )
    assert said == ["On the paid side, we pause the Facebook ads over Christmas."]


def test_a_period_put_later_is_no_deadline_for_earlier_work() -> None:
    """ "We'll hold the page until then." … "Makes sense. From the twenty-third to the second?" (of the ads paused
    over Christmas): the period's end is not the page's date."""
    items = opened_items(
        [
            (OWEN, "Let me check with legal and come back to you tomorrow."),
            (NELL, "Sure. We'll hold the page until then."),
            (OWEN, "And on the paid side, I think we pause the Facebook ads over Christmas."),
            (NELL, "Makes sense. From the twenty-third to the second?"),
            (OWEN, "Yes, exactly."),
        ]
    )
    assert ("agency", "hold the page", None) in items


@pytest.mark.parametrize(
    ("said", "due"),
    [("I'll have it with you within the month.", "2026-03-31"), ("Within this month, I promise.", "2026-03-31")],
)
def test_within_the_month_is_the_months_end(said: str, due: str) -> None:
    """ "within the month" (due51 listed it unparsed in session 44) is the month's last day, as "by the end of the
    month" is."""
    assert [d.due.isoformat() for d in find_due_dates(said, CALL_DATE) if d.due] == [due]
    assert not [d for d in find_due_dates("Within the month after launch.", CALL_DATE) if d.due]
