"""Defects found in session 51 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements, opened_agreements_at, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_past_agreement_checked_and_confirmed_is_stated() -> None:
    """ "And we agreed the budget cap stays at forty K, yes?" "Yes, forty K all in.": the term, confirmed, goes in the
    report as stated, without the "we agreed" and the tag question that check it."""
    for reply in ("Yes, forty K all in.", "Yes, that's right.", "Correct.", "Yes, that's what we agreed."):
        agreements = opened_agreements([(PRITI, "And we agreed the budget cap stays at forty K, yes?"), (NELL, reply)])
        assert agreements == ["The budget cap stays at forty K."], reply


def test_a_fact_checked_is_no_agreement() -> None:
    """Must not give: a fact checked with a tag ("And she's the only speaker, right?" "Yes.") or work checked ("And
    we said you'd send the deck Friday, right?" "Yes.") settles no term."""
    assert (
        opened_agreements([(PRITI, "And she's the only speaker on the day, right?"), (NELL, "Yes, that's right.")])
        == []
    )
    items = opened_items([(PRITI, "And we agreed you'd send the deck over Friday, right?"), (THEO, "Yes.")])
    assert items == [(THEO, "send the deck", "2026-03-06")]


def test_a_promise_with_its_i_left_unsaid_is_an_item() -> None:
    """ "Will send it over tonight.": the speaker's "I" is dropped, as people do when they answer quickly; the
    promise is theirs. Not a question ("Will it be ready?") nor a second verb of another subject's sentence."""
    items = opened_items([(PRITI, "And the deck?"), (THEO, "Nearly done. Will send it over tonight.")])
    assert items == [(THEO, "send the deck", "2026-03-04")]
    items = opened_items(
        [
            (PRITI, "What's happening with the brochure?"),
            (NELL, "The printer has the files and will deliver on Friday."),
            (PRITI, "Will it be ready for the show?"),
        ]
    )
    assert items == []


def test_what_is_made_sure_of_is_the_task() -> None:
    """ "Please don't forget the T and Cs at the bottom." "Will make sure they're on there.": the task is making sure
    of the T and Cs, not a bare "make"; "make sure they send the URL" keeps "they", the people who send it."""
    items = opened_items(
        [(OWEN, "And please don't forget the T and Cs at the bottom."), (THEO, "Will make sure they're on there.")]
    )
    assert items == [(THEO, "make sure the T and Cs are on there", None)]
    items = opened_items(
        [(PRITI, "Also, please make sure the legal line is in the footer."), (NELL, "Sure, I'll make sure it's in.")]
    )
    assert items == [(NELL, "make sure the legal line is in", None)]
    items = opened_items(
        [(OWEN, "And the supplier still owes us the URL."), (THEO, "I'll make sure they send the URL by Friday.")]
    )
    assert items == [(THEO, "make sure they send the URL", "2026-03-06")]


def test_a_thing_had_from_someone_is_got_not_sent() -> None:
    """ "I'll have some feedback from the board by Monday.": the speaker gets it from the board; "have the deck over"
    is still sending."""
    items = opened_items([(OWEN, "I'll have some feedback from the board by Monday.")])
    assert items == [(OWEN, "get some feedback from the board", "2026-03-09")]
    items = opened_items([(THEO, "I'll have the deck over to you by Monday.")])
    assert items == [(THEO, "send the deck", "2026-03-09")]


def test_do_it_takes_the_work_asked_whether_done() -> None:
    """ "Owen, did you speak to procurement about the PO?" "Not yet, I'll do it this afternoon.": "do it" is the
    speaking to procurement, not "do procurement"."""
    items = opened_items(
        [
            (PRITI, "Oh and Owen, did you speak to procurement about the PO?"),
            (OWEN, "Not yet, I'll do it this afternoon."),
        ]
    )
    assert items == [(OWEN, "speak to procurement about the purchase order (PO)", "2026-03-04")]


def test_what_the_one_asking_needs_a_thing_for_is_not_the_task() -> None:
    """ "We'll need the brand guidelines from you to start on the stand design." "I'll ask Jess to send them
    today.": the task is sending the guidelines; starting on the design is the agency's reason."""
    items = opened_items(
        [
            (THEO, "And we'll need the brand guidelines from you to start on the stand design."),
            (PRITI, "I'll ask Jess to send them today."),
        ]
    )
    assert items == [(PRITI, "send the brand guidelines", "2026-03-04")]


def test_those_after_a_list_of_places_is_all_of_them() -> None:
    """ "Manchester, Leeds and Bristol." "I'll get venue options for each of those over by next Friday.": options
    for the three cities, not "each of the Leeds"."""
    items = opened_items(
        [
            (NELL, "Which cities are we thinking?"),
            (PRITI, "Manchester, Leeds and Bristol."),
            (NELL, "Perfect. I'll get venue options for each of those over by next Friday."),
        ]
    )
    assert items == [(NELL, "send venue options for Manchester, Leeds and Bristol", "2026-03-13")]


def test_a_change_offered_and_asked_for_is_agreed() -> None:
    """ "The Easter posts feel a bit early." "We can push them back a week, no problem." "Please do.": the date is
    changed, agreed as put (without its "no problem")."""
    for offer in ("We can push them back a week, no problem.", "We can move them to the following week."):
        agreements = opened_agreements(
            [(PRITI, "The Easter posts feel a bit early though."), (NELL, offer), (PRITI, "Please do.")]
        )
        assert agreements == [offer.replace(", no problem", "").replace("We can", "We")], offer


def test_a_new_thing_needed_is_not_the_last_item_redated() -> None:
    """ "I'll update the media plan by Friday." "And we need the April report a couple of days earlier than usual,
    the board meets on the 28th." "No problem, you'll have it by the 24th.": a second item, the April report; the
    media plan keeps Friday, and "it" is not the board."""
    items = opened_items(
        [
            (NELL, "I'll update the media plan and send it across by Friday."),
            (PRITI, "And we need the April report a couple of days earlier than usual, the board meets on the 28th."),
            (NELL, "No problem, you'll have it by the 24th."),
        ]
    )
    assert items == [
        (NELL, "update and send the media plan", "2026-03-06"),
        (NELL, "send the April report", "2026-03-24"),
    ]


def test_making_that_swap_is_the_swap_asked_for() -> None:
    """ "Can we swap the influencer post for the recipe video?" "Sure, I'll make that swap.": the swap asked for, as
    "make that change" is the change."""
    items = opened_items(
        [
            (OWEN, "And can we swap the influencer post for the recipe video?"),
            (THEO, "Sure, I'll make that swap today."),
        ]
    )
    assert items == [(THEO, "swap the influencer post for the recipe video", "2026-03-04")]


def test_fine_go_with_it_approves_what_was_put() -> None:
    """ "Her agent's asking for a higher fee." "How much higher?" "Two K on top." "That's fine, go with it.": the
    client approves the fee, an agreement at that turn (as "Fine, go ahead." is)."""
    at = [
        k
        for k, _ in opened_agreements_at(
            [
                (NELL, "Her agent's come back asking for a higher fee."),
                (PRITI, "How much higher?"),
                (NELL, "Two K on top."),
                (OWEN, "That's fine, go with it."),
            ]
        )
    ]
    assert at == [3]


def test_so_we_go_with_asked_and_answered_is_agreed() -> None:
    """ "Okay, so we go with the top five then?" "Yeah, top five.": the choice put as a question and confirmed (as
    "So we'll go with …?" is); "We go with whatever they say, normally." answered "Yes." decides nothing."""
    agreements = opened_agreements(
        [
            (PRITI, "We like the first five, the rest not so much."),
            (NELL, "Okay, so we go with the top five then?"),
            (PRITI, "Yeah, top five."),
        ]
    )
    assert agreements == ["We go with the top five."]
    assert opened_agreements([(NELL, "We go with whatever the client says, normally."), (PRITI, "Yes.")]) == []


def test_lets_move_a_named_session_is_decided() -> None:
    """ "Let's also move the review call to Thursdays from now on.": a decision, as "Let's move the launch to June."
    is, though the thing moved takes two words and "also" comes before the verb."""
    agreements = opened_agreements(
        [
            (PRITI, "Okay. Let's also move the review call to Thursdays from now on."),
            (THEO, "Thursdays work for us."),
        ]
    )
    assert len(agreements) == 1 and "review call to Thursdays" in agreements[0]


def test_go_for_it_to_the_order_of_the_call_is_no_agreement() -> None:
    """Must not give: "So shall we do numbers first and get to the content when he's on?" "Yeah, go for it.": how the
    call runs, not a decision for the report."""
    agreements = opened_agreements(
        [
            (NELL, "So shall we do numbers and venue first and get to the content stuff when he's on?"),
            (PRITI, "Yeah, go for it."),
        ]
    )
    assert agreements == []


def test_a_term_asked_then_taken_is_stated_by_its_answer() -> None:
    """ "Are we saying Tuesday 9am?" "Tuesday 9am works for us." "Great, let's go with that.": the term put in the
    decider's own question and answered, not a line said before it ("I'll have them in the doc by tomorrow")."""
    agreements = opened_agreements(
        [
            (THEO, "Yep, on it. I'll have them in the doc by tomorrow lunchtime."),
            (PRITI, "Oh, and the embargo. Are we saying Tuesday 9am?"),
            (NELL, "Tuesday 9am works for us."),
            (PRITI, "Great, let's go with that."),
        ]
    )
    assert agreements == ["Tuesday 9am works for us."]


def test_the_clients_own_summing_up_of_the_routes_is_agreed() -> None:
    """ "Route one is warm. Route two is more playful." … "Great. So route two, with a bit of route one's warmth."
    "We'll develop that …": the client sums up the choice among the routes put, a decision; "that" is route two.
    A client's "So, budget, timings and venues." names no option and decides nothing."""
    call = [
        (THEO, "Route one is very warm. Route two is more playful. Route three is product-led."),
        (PRITI, "I love route two. Owen?"),
        (OWEN, "Two for me too, but can we bring in some of the warmth from one?"),
        (THEO, "Definitely, we can blend those."),
        (PRITI, "Great. So route two, with a bit of route one's warmth."),
        (NELL, "Perfect. We'll develop that and come back with scripts in two weeks."),
    ]
    assert opened_agreements(call) == ["Route two, with a bit of route one's warmth."]
    assert opened_items(call) == [("agency", "develop route two", "2026-03-18")]
    assert opened_agreements([(NELL, "Shall we start?"), (PRITI, "Yes. So, budget, timings and venues.")]) == []


def test_the_sides_report_back_later_does_not_redate_the_speakers_work() -> None:
    """ "I'll send the deck tomorrow and we'll report back at the end of March.": the deck is due tomorrow; the
    side's report at the end of March is later work, not the deck's date."""
    items = opened_items([(NELL, "Great. I'll send the deck tomorrow and we'll report back at the end of March.")])
    assert [(owner, due) for owner, _, due in items][:1] == [(NELL, "2026-03-05")]


def test_a_choice_checked_with_a_tag_asks_no_work() -> None:
    """ "So we go for the curved case with the battery at the back, yes?" "Yeah, fine, let's do that.": a decision
    checked and agreed; no item "we go for the curved case" for the one who said yes."""
    call = [
        (NELL, "So we go for the curved case with the battery at the back, yes?"),
        (PRITI, "Yeah, fine, let's do that."),
    ]
    assert opened_items(call) == []
    assert opened_agreements(call) == ["We go for the curved case with the battery at the back."]


def test_a_bare_check_takes_the_yes_no_question_it_answers() -> None:
    """ "Is the venue free on the ninth?" "I'll check.": the check of what was asked, an item (not nothing, nor a
    bare "find out"); a question of when leaves the reply as it was. (One put with "do" is read back too since
    session 52: "check whether they have parking", test_task59_s52.py.)"""
    for reply, verb in (("I'll check.", "check"), ("I'll find out.", "find out")):
        items = opened_items([(OWEN, "Is the venue free on the ninth?"), (THEO, reply)])
        assert items == [(THEO, f"{verb} whether the venue is free on the ninth", None)], reply
    items = opened_items(
        [
            (OWEN, "Oh, and can we get usage rights for twelve months, not six?"),
            (THEO, "I'll ask. It'll probably push the fee up a bit though."),
        ]
    )
    assert items == [(THEO, "ask whether we can get usage rights for twelve months", None)]
    assert opened_items([(OWEN, "Do they have parking?"), (THEO, "I'll check.")]) == [
        (THEO, "check whether they have parking", None)
    ]
    assert opened_items([(OWEN, "When do they need the files?"), (THEO, "I'll check.")]) == []
