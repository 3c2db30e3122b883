"""Defects found by putting session 18's new annotated calls (written blind to the code) through the extractor, each
shown here on a dialogue written for the test (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand
and Owen Lacey client, Wednesday 4 March 2026)."""

from __future__ import annotations

from tests.support import CALL
from tests.support import call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def items(turns: list[tuple[str, str]]) -> list[tuple[str | list[str] | None, str, str | None]]:
    return [(a.owner, a.task, a.due.isoformat() if a.due else None) for a in run(turns).action_items]


def test_a_date_for_new_work_said_with_until_is_not_a_change_of_an_earlier_items() -> None:
    """ "I'll pick that up as well. Thursday? … I'd rather wait until finance is confirmed." "Thursday works.": the
    FAQ's day; the rates promised by end of day keep today (the "until" read as a late change had moved them)."""
    got = items([
        (PRITI, "Can we confirm the new rates today? The stores need them."),
        (NELL, "Yes. I'll confirm the rates with finance by end of day."),
        (OWEN, "Thanks. And the leaflet, where are we?"),
        (THEO, "Printed, it goes out Monday."),
        (OWEN, "Great. And the store posters?"),
        (THEO, "Proofs are with you now."),
        (PRITI, "I saw them. They're fine."),
        (OWEN, "Then the FAQ for the helpline."),
        (THEO, "I'll pick that up as well. Thursday? It needs the rates, I'd rather wait until finance is confirmed."),
        (NELL, "Thursday works."),
    ])  # fmt: skip
    assert [(o, d) for o, _, d in got] == [(NELL, "2026-03-04"), (THEO, "2026-03-05")], got


def test_how_long_for_asks_a_duration_not_a_deadline() -> None:
    """ "I'll pause the scheduled posts straight after this call." "How long do we pause for?" "At least a week,
    maybe back on next Monday.": the pause is done today."""
    got = items([
        (PRITI, "There's a post going out at noon that says 'smooth sailing'. Pull it."),
        (THEO, "Yeah, I'll pause the scheduled posts straight after this call."),
        (OWEN, "How long do we pause for?"),
        (THEO, "At least a week, I'd say. Maybe back on next Monday if it's calmed down."),
    ])  # fmt: skip
    assert got == [(THEO, "pause the scheduled posts", "2026-03-04")], got


def test_a_date_put_after_taking_up_someone_elses_proposal_is_not_a_new_date_for_own_work() -> None:
    """ "I'll get the final wording over to you tomorrow." … "Worth the two of us going through the audiences." "Yes,
    let's do that. Next Tuesday?": Tuesday is the session's; the wording stays tomorrow."""
    got = items([
        (PRITI, "And the legal wording for the end frame?"),
        (NELL, "Yes, the legal wording. I'll get the final version over to you tomorrow."),
        (PRITI, "Thanks. Social next. Theo?"),
        (THEO, "It's mostly Meta. Nell, it'd be worth the two of us going through the audiences properly."),
        (NELL, "Yes, let's do that. Next Tuesday morning?"),
        (THEO, "Next Tuesday morning works."),
    ])  # fmt: skip
    assert (got[0][0], got[0][2]) == (NELL, "2026-03-05"), got


def test_a_date_on_the_next_point_does_not_date_work_whose_own_turn_dates_it() -> None:
    """ "I'll write some alternative lines, just in case. You'll have those Monday." "Now, the shoot. We're still on
    the sixteenth?": the lines are Monday's, not the shoot's day."""
    got = items([
        (PRITI, "The claim stays out of the headlines, everywhere."),
        (THEO, "Understood. I'll write some alternative lines without it, just in case. You'll have those Monday."),
        (PRITI, "Perfect. Now, the shoot. We're still on the sixteenth?"),
        (NELL, "The sixteenth and seventeenth, yes."),
    ])  # fmt: skip
    assert [(o, d) for o, _, d in got] == [(THEO, "2026-03-09")], got


def test_a_recap_part_naming_the_recipient_of_an_item_is_not_that_item() -> None:
    """ "I'll get the rota over to Priti by the sixth." … recap: "Priti sends the closures today, Theo's rota by the
    sixth": the rota keeps the sixth (the recipient's name was read as the rota's object)."""
    got = items([
        (OWEN, "Who's covering weekends over winter?"),
        (THEO, "We'll move to a rota. I'll get the winter rota over to Priti by the sixth."),
        (PRITI, "Great. And I'll send you the closure dates today."),
        (NELL, "Right, let me recap. Priti sends the closures today, Theo's rota by the sixth, and that's it."),
    ])  # fmt: skip
    dated = [(o, d) for o, _, d in got]
    assert (THEO, "2026-03-06") in dated and (PRITI, "2026-03-04") in dated, got


def test_the_listener_given_something_is_not_in_the_task() -> None:
    """ "I'll forward you the caterer's spec." (the parser reads "forward" as an adverb and "you" as its object):
    "forward the caterer's spec", as "send you the deck" is "send the deck"."""
    got = items([
        (OWEN, "Do the food stations need power?"),
        (NELL, "They'll need two feeds. I'll forward you the caterer's spec."),
        (PRITI, "I'll send you the deck tomorrow, and I'll update you on the budget."),
    ])  # fmt: skip
    assert [t for _, t, _ in got] == ["forward the caterer's spec", "send the deck", "update Nell on the budget"], got


def test_leaving_the_call_a_concession_and_presenting_in_the_call_are_no_items() -> None:
    got = items([
        (OWEN, "Sorry I'm late, the trains are a mess. The coffee's better here, I'll give you that."),
        (PRITI, "Right, I'll slip away at eleven, but don't let me stop you."),
        (NELL, "So, three routes. I'll walk through each and then Theo will say how they sit against the brief."),
        (OWEN, "Okay, the running order. I'll talk it through quickly. Doors at six, speeches at seven."),
        (NELL, "And the celebrity guest?"),
        (PRITI, "Sure, we'll hold off on that one for now."),
        (THEO, "And I'll send the routes over after the call."),
    ])  # fmt: skip
    assert [(o, t) for o, t, _ in got] == [(THEO, "send the routes")], got


def test_a_promise_after_so_set_apart_or_after_i_can_do_it_myself_is_an_item() -> None:
    """ "I just messaged IT and they said I can do it myself, so, um, I'll set that up for you today.": "so," is a
    conclusion, not a purpose ("so I can show Alistair"), and "can do it myself" is no "Can do." accepting
    something."""
    got = items([
        (THEO, "Priti, we still can't see the booking data."),
        (PRITI, "Oh, sorry, going back, on the analytics access. I just messaged IT and they said I can do it myself, "
                "so, um, I'll set that up for you today."),
        (THEO, "Oh, amazing. Thank you."),
    ])  # fmt: skip
    assert [(o, d) for o, _, d in got] == [(PRITI, "2026-03-04")] and "access" in got[0][1], got


def test_an_i_could_offer_taken_up_is_an_item_and_nothing_when_not() -> None:
    """ "I could put together a shortlist." "Yes please, that would help.": an item at the offer; "I could live with
    that" offers nothing, and an offer nobody takes up is no item."""
    got = items([
        (PRITI, "Do you know any agencies in the UK for this?"),
        (THEO, "A couple. I could put together a shortlist of two or three we've worked alongside."),
        (PRITI, "Yes please, that would be really helpful."),
        (OWEN, "And the budget, forty thousand?"),
        (NELL, "I could live with that."),
        (OWEN, "Good."),
        (NELL, "I could also draft a note for your board, but it's probably overkill."),
        (OWEN, "Let's move on."),
    ])  # fmt: skip
    assert got == [(THEO, "put together a shortlist of two or three we've worked alongside", None)], got


def test_an_offer_accepted_with_when_is_committed_where_its_date_is_given() -> None:
    """ "I could cut it down to fifteen seconds." "Yes please. When could you do that by?" "Tuesday? I'll have the
    re-edit with you Tuesday.": one item, the offer's work, at the turn that commits to it (GUIDELINES §2.2)."""
    x = run([
        (PRITI, "It's too long, and the music feels a bit stock."),
        (THEO, "Yeah, fair. I could cut it down to fifteen seconds and swap the track for something punchier."),
        (PRITI, "Yes please. When could you do that by?"),
        (THEO, "Monday's a bank holiday, so... Tuesday? I'll have the re-edit with you Tuesday."),
        (PRITI, "Great."),
    ])  # fmt: skip
    got = [(a.turn, a.owner, a.due.isoformat() if a.due else None) for a in x.action_items]
    assert got == [(3, THEO, "2026-03-10")] and "fifteen seconds" in x.action_items[0].task, got


def test_a_firm_acting_for_a_side_commits_that_side() -> None:
    """ "Our insurers will send the certificate by the 20th.": the client's item, as "our legal team will" is."""
    got = items([
        (NELL, "Has the insurance certificate come through for the venue?"),
        (OWEN, "It hasn't. That's us. Our insurers will send the certificate to the venue by the 20th."),
    ])  # fmt: skip
    assert got == [("client", "send the insurance certificate to the venue", "2026-03-20")], got


def test_a_day_held_is_the_thing_and_the_other_date_is_when() -> None:
    """ "I'll tell the crew to hold the 27th today.": the crew are told today; the 27th is the day they hold."""
    got = items([
        (OWEN, "Can we keep a weather day in case it rains?"),
        (NELL, "Great idea. I'll tell the crew to hold the 27th today."),
        (PRITI, "And I'll book the 3rd for the tasting by Friday."),
    ])  # fmt: skip
    assert got == [
        (NELL, "tell the crew to hold the 27th", "2026-03-04"),
        (PRITI, "book the 3rd for the tasting", "2026-03-06"),
    ], got


def test_a_task_never_ends_on_the_and_of_a_list_split_into_items() -> None:
    """ "We can get you the top line numbers today, and the full revised plan on Friday.": two items, the first
    "send the top line numbers" (it was "send the top line numbers and")."""
    got = items([
        (PRITI, "We need to see where the cuts land before the board."),
        (NELL, "Okay. We can get you the top line numbers today, and the full revised plan, properly, on Friday."),
        (PRITI, "Perfect."),
    ])  # fmt: skip
    assert [t for _, t, _ in got] and not any(t.endswith((" and", " or")) for _, t, _ in got), got


def test_checking_first_before_an_answer_is_no_item_but_a_dated_promise_after_it_is() -> None:
    """ "Let me have a word with procurement first about whether we even can, and I'll come back to you." puts the
    answer off; "Let me check with the venue and I'll confirm first thing tomorrow." promises the confirmation."""
    got = items([
        (THEO, "We could bring in a specialist agency for the UK."),
        (PRITI, "Let me have a word with procurement first about whether we even can, and I'll come back to you."),
        (OWEN, "And the date for the launch?"),
        (NELL, "Let me check with the venue and I'll confirm first thing tomorrow."),
    ])  # fmt: skip
    assert [(o, d) for o, _, d in got] == [(NELL, "2026-03-05")], got
