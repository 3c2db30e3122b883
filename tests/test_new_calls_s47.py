"""Defects found in session 47 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_bare_could_you_takes_up_the_offer_it_answers() -> None:
    """ "I can ring the printer …" / "Could you? That would be brilliant." / "No problem, I'll do it this
    afternoon.": the bare "Could you?" takes the offer up, it asks for nothing new; one item, dated by the reply."""
    items = opened_items(
        [
            (THEO, "I can ring the printer about the paper stock if that helps."),
            (PRITI, "Could you? That would be brilliant."),
            (THEO, "No problem, I'll do it this afternoon."),
        ]
    )
    assert items == [(THEO, "ring the printer about the paper stock", "2026-03-04")]


def test_consider_it_done_after_would_you_is_the_offer_not_would_you() -> None:
    """ "Do you want me to chase sales directly?" / "Would you? That'd be great." / "Consider it done.": the chasing,
    once; not an item "Would you"."""
    items = opened_items(
        [
            (OWEN, "The guest list. We're still waiting on sales for their names."),
            (NELL, "Do you want me to chase sales directly?"),
            (OWEN, "Would you? That'd be great."),
            (NELL, "Consider it done."),
        ]
    )
    assert [task for _, task, _ in items] == ["chase sales directly"]


def test_a_name_with_could_you_still_puts_the_work_to_them() -> None:
    """ "Someone needs to ring the printer … Theo, could you?" stays a request put to Theo (must not change)."""
    items = opened_items(
        [
            (PRITI, "Someone needs to ring the printer about the paper stock. Theo, could you?"),
            (THEO, "Yep, will do."),
        ]
    )
    assert items == [(THEO, "ring the printer about the paper stock", None)]


def test_get_that_done_after_a_request_is_the_request_finished() -> None:
    """ "Can you get the deposit approved on your side, Owen?" / "I'll need to run it past finance, but should be
    fine. I'll try and get that done this week.": "get that done" finishes the work asked, it is no second step
    joined to it; "on your side" is whose side, which the owner says."""
    items = opened_items(
        [
            (NELL, "Can you get the deposit approved on your side, Owen?"),
            (OWEN, "I'll need to run it past finance, but should be fine. I'll try and get that done this week."),
        ]
    )
    assert items == [(OWEN, "get the deposit approved", "2026-03-06")]


def test_it_after_a_purpose_is_the_thing_reworked() -> None:
    """ "I'll rework the estimate to come in under forty-five and send it Monday.": "it" is the estimate, named in
    the task already; not "budget-wise" of the turn before."""
    items = opened_items(
        [
            (PRITI, "And budget-wise, we're capped at forty-five thousand all in."),
            (NELL, "Understood. I'll rework the estimate to come in under forty-five and send it Monday."),
        ]
    )
    assert items == [(NELL, "rework the estimate to come in under forty-five and send it", "2026-03-09")]


def test_them_is_the_department_that_opens_the_sentence() -> None:
    """ "Legal are still reviewing. I'll chase them today.": "them" is legal, said first in the sentence before,
    not the CMO of the turn before."""
    items = opened_items(
        [
            (OWEN, "I'll take the Manchester sites to our CMO on Monday and come back to you."),
            (NELL, "Perfect. The other thing is the influencer contracts."),
            (PRITI, "Legal are still reviewing. I'll chase them today."),
        ]
    )
    assert (PRITI, "chase Legal", "2026-03-04") in items


def test_a_bare_verb_takes_the_thing_it_was_said_of() -> None:
    """ "Once we have those, Theo can get the samples ordered." / "Yep. … I'll order as soon as the files land.":
    what is ordered is the samples, as said the turn before; the condition stays in brackets."""
    items = opened_items(
        [
            (NELL, "Once we have those, Theo can get the samples ordered."),
            (THEO, "Yep. Turnaround's about ten days, so I'll order as soon as the files land."),
        ]
    )
    assert [task for _, task, _ in items] == ["order the samples (once the files land)"]


def test_make_sure_they_do_promises_the_item_again() -> None:
    """ "Owen, can you get the brand team to look at it before Friday?" … "as long as we have their comments by
    Monday lunchtime." / "I'll make sure they do.": the same item, promised again; no item "make sure they do"."""
    items = opened_items(
        [
            (PRITI, "The sign-off process, Owen, can you get the brand team to look at the route before Friday?"),
            (OWEN, "I'll try, but they're swamped. Realistically it'll be Monday."),
            (PRITI, "Monday's okay, as long as we have their comments by Monday lunchtime."),
            (OWEN, "I'll make sure they do."),
        ]
    )
    assert items == [(OWEN, "get the brand team to look at the route", "2026-03-09")]


def test_leave_asked_and_given_reads_as_what_was_agreed() -> None:
    """ "Are you happy for us to use the contingency on the extra edit?" / "Yes, go ahead.": the agreement reads as
    what the agency will do, not the question."""
    turns = [
        (NELL, "We're at ninety-two against a hundred. Are you happy for us to use the contingency on the extra edit?"),
        (PRITI, "Yes, go ahead."),
    ]
    assert opened_agreements(turns) == ["We use the contingency on the extra edit."]


def test_aim_to_have_it_with_you_dates_the_offer() -> None:
    """ "I can re-run them on a data-driven model if that's useful." / "That would be really useful, yes." / "It'll
    take a few days. I'll aim to have it with you by Wednesday next week.": when the re-run is had, one item."""
    items = opened_items(
        [
            (OWEN, "The only thing I'd question is the attribution numbers. They look high."),
            (THEO, "That's fair. They're last-click. I can re-run them on a data-driven model if that's useful."),
            (OWEN, "That would be really useful, yes."),
            (THEO, "It'll take a few days. I'll aim to have it with you by Wednesday next week."),
        ]
    )
    assert items == [(THEO, "re-run the attribution numbers on a data-driven model", "2026-03-11")]


def test_a_suggestion_after_in_that_case_reads_without_its_lead_in() -> None:
    """ "In that case we'd suggest dropping the print ads …" / "I'm happy with that." / "Agreed.": the agreement is
    what was suggested, without "In that case we'd suggest"."""
    turns = [
        (PRITI, "On the autumn push, we want to lead with the loyalty app."),
        (NELL, "In that case we'd suggest dropping the print ads and putting that money into app installs."),
        (PRITI, "I'm happy with that."),
    ]
    assert opened_agreements(turns) == ["Dropping the print ads and putting that money into app installs."]


def test_forward_you_the_thing_keeps_the_thing() -> None:
    """ "I'll forward you the deck." / "I'll forward you their comments.": the parser reads "forward" as an adverb and
    the thing as an adverbial noun; the task is forwarding the thing (whose it is named), not "forward you"."""
    items = opened_items(
        [
            (
                OWEN,
                "So legal have looked at the leaflet copy. They've got a couple of tweaks. I'll forward you their "
                "comments.",
            ),
            (NELL, "Perfect. And the brand deck?"),
            (OWEN, "I'll forward you the deck as well."),
        ]
    )
    assert [task for _, task, _ in items] == ["forward legal's comments", "forward the brand deck"]


def test_from_you_guys_is_from_the_listeners() -> None:
    """ "we need the final list of stores from you guys." / "that's on me. I'll get that over to you": the list,
    without "guys" left over from "from you guys"."""
    items = opened_items(
        [
            (NELL, "We've got the routes drafted, but we need the final list of stores from you guys."),
            (PRITI, "Yeah, sorry, that's on me. I'll get that over to you Thursday."),
        ]
    )
    assert items == [(PRITI, "send the final list of stores", "2026-03-05")]


def test_a_thing_named_in_a_purpose_is_not_what_that_is() -> None:
    """ "Do we need to sign that off?" (the shot list) / "Yes please, ideally by next Friday so we can build the call
    sheet." / "I'll get that back to you by then.": "that" is the shot list, not the call sheet the purpose names."""
    items = opened_items(
        [
            (PRITI, "Last thing, the shot list. Do we need to sign that off?"),
            (NELL, "Yes please, ideally by next Friday so we can build the call sheet."),
            (PRITI, "Fine, I'll get that back to you by then."),
        ]
    )
    assert items == [(PRITI, "send the shot list", "2026-03-13")]


def test_a_day_said_to_work_does_not_date_the_check() -> None:
    """ "Could we push to the thirtieth?" / "Let me check with the photographer. If she's free, the thirtieth works
    for us.": the thirtieth is the slot asked about, not when the check is done."""
    items = opened_items(
        [
            (PRITI, "The twenty-third's tricky, our product won't be ready. Could we push to the thirtieth?"),
            (NELL, "Let me check with the photographer. If she's free, the thirtieth works for us."),
        ]
    )
    assert items == [(NELL, "check with the photographer", None)]


PRINT_RUN = [
    (NELL, "On POS, the printers need final artwork by the fourteenth."),
    (THEO, "That's tight but doable. I'll get the final files to them by the thirteenth."),
    (OWEN, "Do we need to approve anything before that?"),
    (THEO, "Just the final proofs. I'll send those to you on the tenth."),
    (OWEN, "Fine, I'll turn them round same day."),
]


def test_proofs_named_first_in_the_turn_are_new_work() -> None:
    """ "Do we need to approve anything before that?" / "Just the final proofs. I'll send those to you on the
    tenth.": "those" are the proofs the turn names first, a second item, not the files said again; "them" of the
    files are the printers, not POS (the topic the sentence opens on); "same day" is the tenth just said."""
    assert opened_items(PRINT_RUN) == [
        (THEO, "get the final files to the printers", "2026-03-13"),
        (THEO, "send the final proofs", "2026-03-10"),
        (OWEN, "review the final proofs", "2026-03-10"),
    ]


def test_actually_the_twelfth_in_a_recap_changes_the_date() -> None:
    """ "So to recap: … files go to print by the thirteenth. Actually, let's say the twelfth for files, to give us a
    buffer." / "Sure, the twelfth.": the files are due on the twelfth."""
    items = opened_items(
        [
            *PRINT_RUN,
            (PRITI, "And the shelf strips are the same size as last year?"),
            (NELL, "Yes, same as last year."),
            (
                NELL,
                "So to recap: Theo sends proofs on the tenth, Owen approves same day, and files go to print by the "
                "thirteenth. Actually, let's say the twelfth for files, to give us a buffer.",
            ),
            (THEO, "Sure, the twelfth."),
        ]
    )
    assert items[0] == (THEO, "get the final files to the printers", "2026-03-12")


def test_a_budget_confirmed_reads_as_a_statement() -> None:
    """ "And budget-wise, are we still at fifteen k for talent?" / "Fifteen, yes.": the agreement states it, not the
    question."""
    turns = [
        (PRITI, "And budget-wise, are we still at fifteen k for talent?"),
        (NELL, "Fifteen, yes. We'll flag it before committing to anything more."),
        (PRITI, "Fine."),
    ]
    assert opened_agreements(turns) == ["Budget-wise, we are still at fifteen k for talent."]


def test_making_sure_a_team_sends_it_is_an_item_of_its_own() -> None:
    """ "The PO's me, I'll raise it this week." … "could someone send us the product page URL?" / "That's our
    digital team. I'll make sure they send it straight to you.": work seen to, not the PO promised again (must not
    merge)."""
    items = opened_items(
        [
            (OWEN, "The PO's me, yeah. I'll raise it this week."),
            (NELL, "And could someone send us the product page URL once the site's built?"),
            (
                OWEN,
                "That's our digital team, they're building the page now. I'll make sure they send it straight to you.",
            ),
        ]
    )
    assert len(items) == 2 and items[1][0] == OWEN


def test_one_more_thing_moves_on_and_a_deadline_is_no_part_of_the_thing() -> None:
    """ "I'll double-check with our finance team and confirm." / "Thanks. One more thing, … They meet on the
    twentieth." / "Okay, so we'd want the final version to you by the eighteenth?" / "Yes, ideally." / "Done. We'll
    get it to you by the eighteenth.": the eighteenth is the final version's, not the finance check's (the talk moved
    on), and "by the eighteenth" is no part of what is sent."""
    items = opened_items(
        [
            (PRITI, "And can we keep the cost the same?"),
            (NELL, "Should be fine, it's the same amount of design time. I'll double-check with our finance team."),
            (
                OWEN,
                "Thanks. One more thing, we need to get this past our global brand team. They meet on the twentieth.",
            ),
            (NELL, "Okay, so we'd want the final version to you by the eighteenth?"),
            (OWEN, "Yes, ideally."),
            (NELL, "Done. We'll get it to you by the eighteenth."),
        ]
    )
    assert items[0][0] == NELL and items[0][2] is None
    assert items[1][2] == "2026-03-18" and "eighteenth" not in items[1][1]


def test_a_thing_in_what_happens_otherwise_is_not_what_it_is() -> None:
    """ "We should have a rough cut next Tuesday. Can you get your CEO to watch it by the Friday?" … "Monday's okay
    but no later, or we miss the clearance slot." / "I'll lock it in his diary today.": "it" is not the clearance
    slot a delay would miss."""
    items = opened_items(
        [
            (NELL, "We should have a rough cut next Tuesday. Can you get your CEO to watch it by the Friday?"),
            (PRITI, "I can try. He's travelling that week. Worst case it'll be the Monday after."),
            (NELL, "Monday's okay but no later, or we miss the clearance slot."),
            (PRITI, "Understood. I'll lock it in his diary today."),
        ]
    )
    assert items and all("clearance" not in task for _, task, _ in items)
    assert any("rough cut" in task for _, task, _ in items)


def test_my_fault_is_no_thing_and_from_your_team_is_said_to_you() -> None:
    """ "Waiting on the sales data from Owen's team." / "Sorry, that's my fault. I'll chase it internally and get it
    to you by Monday.": "it" is the sales data (not "my fault"), without "from Owen's team" said to Owen."""
    items = opened_items(
        [
            (NELL, "Theo, where are we on the results section?"),
            (THEO, "Waiting on the sales data from Owen's team."),
            (OWEN, "Sorry, that's my fault. I'll chase it internally and get it to you by Monday."),
        ]
    )
    assert items == [(OWEN, "chase and send the sales data internally", "2026-03-09")]


def test_sign_it_off_after_sign_off_on_a_thing_is_the_thing() -> None:
    """ "Do we need client sign-off on the entry?" / "We do. Priti, could you sign it off by the twenty-fifth?":
    "it" is the entry, not the sign-off ("sign off client sign-off on the entry")."""
    items = opened_items(
        [
            (PRITI, "Do we need client sign-off on the entry?"),
            (NELL, "We do, yes. Priti, could you sign it off by the twenty-fifth, so we have a few days in hand?"),
            (PRITI, "Yes, that's fine."),
        ]
    )
    assert items == [(PRITI, "sign off the entry", "2026-03-25")]


def test_can_we_come_back_to_you_is_the_sides_offer_not_a_decision() -> None:
    """ "Can we come back to you with some options rather than decide now?" / "Of course. By when, do you think?" /
    "End of next week?" / "Fine.": the agency's offer taken up and dated, an item; not a joint session, nor an
    agreement "We come back to you …"."""
    turns = [
        (OWEN, "Finance have asked us to find ten percent across all agency fees this year."),
        (NELL, "Okay. That's a big ask. Can we come back to you with some options rather than decide now?"),
        (OWEN, "Of course. By when, do you think?"),
        (NELL, "End of next week?"),
        (OWEN, "Fine."),
    ]
    assert opened_items(turns) == [("agency", "come back to Owen with some options", "2026-03-13")]
    assert opened_agreements(turns) == []


def test_a_quote_for_one_prices_the_thing_just_named() -> None:
    """ "If they can't do it, we might need a generator." / "Yeah, I'll get a quote for one just in case.": a quote
    for a generator."""
    items = opened_items(
        [
            (OWEN, "If they can't do the power, we might need a generator."),
            (THEO, "Yeah, I'll get a quote for one just in case."),
        ]
    )
    assert [task for _, task, _ in items] == ["get a quote for a generator"]


def test_a_term_confirmed_on_a_new_point_after_an_item_is_agreed() -> None:
    """ "Sure, I'll do both versions." / "Great. And the embargo, are we still going with the ninth?" / "The ninth,
    yes. Nine a.m.": the embargo is agreed; the promise just before is of another point, not of the ninth."""
    turns = [
        (OWEN, "Can we also get a version without the CEO quote, just in case?"),
        (THEO, "Sure, I'll do both versions."),
        (PRITI, "Great. And the embargo, are we still going with the ninth?"),
        (NELL, "The ninth, yes. Nine a.m."),
    ]
    assert opened_agreements(turns) == ["The embargo, we are still going with the ninth."]


def test_a_bit_earlier_redates_the_concepts() -> None:
    """ "I'll have three concepts for you by the twentieth." / "Could we see them a bit earlier? Our MD is away from
    the eighteenth." / "Sure, I'll aim for the seventeenth then.": the concepts are due the seventeenth ("a bit"
    names no other thing asked for); no item "aim"."""
    items = opened_items(
        [
            (OWEN, "Who's doing the stand design?"),
            (THEO, "Me. I'll have three concepts for you by the twentieth."),
            (OWEN, "Could we see them a bit earlier? Our MD is away from the eighteenth."),
            (THEO, "Sure, I'll aim for the seventeenth then."),
        ]
    )
    assert [(owner, due) for owner, _, due in items] == [(THEO, "2026-03-17")]
