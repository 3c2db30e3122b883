"""Defects found in session 50 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_those_sent_round_is_the_thing_just_named() -> None:
    """ "I've pulled together three menus. I can send those round after this.": the parser reads "those round" as a
    noun with its determiner; "those" is still the menus, as with "send those over"."""
    items = opened_items(
        [
            (THEO, "On catering, I've pulled together three menus. I can send those round after this."),
            (OWEN, "Please do."),
        ]
    )
    assert items == [(THEO, "send the three menus", "2026-03-04")]


def test_a_colleague_dates_the_sides_offer_and_takes_it() -> None:
    """ "We can mock up an e-vite if you like." "Yes please." "I'll have a first draft to you Tuesday.": the side's
    offer, dated and taken on by one of it, is one item, theirs; not a second "draft an e-vite"."""
    for taker in (NELL, THEO):
        items = opened_items(
            [
                (PRITI, "What about the invites?"),
                (NELL, "We can mock up an e-vite if you like."),
                (PRITI, "Yes please, that would be great."),
                (taker, "Cool, I'll have a first draft to you Tuesday."),
            ]
        )
        assert items == [(taker, "mock up an e-vite", "2026-03-10")]


def test_a_colleagues_own_new_work_stays_its_own_item() -> None:
    """Must not change: after the side's offer is taken up, a colleague's promise of other work named anew is a
    second item."""
    items = opened_items(
        [
            (NELL, "We can mock up an e-vite if you like."),
            (PRITI, "Yes please, that would be great."),
            (THEO, "And I'll send the venue contract to you Tuesday."),
        ]
    )
    assert items == [("agency", "mock up an e-vite", None), (THEO, "send the venue contract", "2026-03-10")]


def test_the_plan_put_and_agreed_is_stated() -> None:
    """ "So the plan is we hold the booking until finance confirm." / "Agreed.": the plan is the agreement, stated;
    not the bare "Agreed.", nor nothing for "The plan is to …"."""
    for plan, stated in (
        ("So the plan is we hold the booking until finance confirm.", "We hold the booking until finance confirm."),
        ("The plan is to hold the booking until finance confirm.", "We hold the booking until finance confirm."),
        ("The idea is we go with the Boathouse.", "We go with the Boathouse."),
    ):
        assert opened_agreements([(NELL, plan), (OWEN, "Agreed.")]) == [stated]


def test_a_plan_for_the_call_is_no_agreement() -> None:
    """Must not change: the plan for the call itself, taken up, settles nothing."""
    assert opened_agreements([(NELL, "So the plan is we go through the WIP first."), (PRITI, "Sounds good.")]) == []


def test_an_order_to_the_listener_is_not_stated_as_ours() -> None:
    """ "Let me think. Don't do full creative. Show me the thinking and one idea." decides, but "Show me …" is asked
    of the agency: not "We show me the thinking"; "Let me just check the other slots..." is thinking aloud, not the
    decision."""
    said = opened_agreements(
        [
            (NELL, "We can do the full creative, or just the thinking and one worked idea."),
            (PRITI, "Show me the thinking and one worked idea. That's the decision."),
        ]
    )
    assert said and not any(s.startswith("We show me") for s in said)
    said = opened_agreements(
        [
            (NELL, "Could we move the pitch to the sixth?"),
            (PRITI, "Let me just check the other slots... Yeah. Okay. The sixth works for us."),
        ]
    )
    assert said and not any("check the other slots" in s for s in said)


def test_a_change_offered_and_taken_is_stated_as_put() -> None:
    """ "We can cut it down to fifteen seconds." "Yes, do that." / "Yes please.": the change is agreed, stated as put;
    not "We do that.", nor nothing for "Yes please"."""
    for reply in ("Yes, do that.", "Yes please."):
        said = opened_agreements(
            [
                (OWEN, "The second reel feels a bit long though."),
                (NELL, "Fair. We can cut it down to fifteen seconds."),
                (OWEN, reply),
            ]
        )
        assert said == ["We cut it down to fifteen seconds."]


def test_work_offered_and_taken_with_please_stays_an_item() -> None:
    """Must not change: "We can send you both versions." "Yes please." is work taken up, no agreement."""
    turns = [(NELL, "We can send you both versions."), (PRITI, "Yes please.")]
    assert opened_agreements(turns) == []
    assert opened_items(turns) == [("agency", "send both versions", None)]


def test_lets_keep_agreed_is_an_agreement() -> None:
    """ "Let's keep the rest of the budget for the summer push." "Agreed.": a course put and agreed; not nothing."""
    said = opened_agreements([(PRITI, "Let's keep the rest of the budget for the summer push."), (OWEN, "Agreed.")])
    assert said == ["We keep the rest of the budget for the summer push."]


def test_lets_move_on_agreed_settles_nothing() -> None:
    """Must not change: "Let's move on to the budget." "Sounds good." runs the call."""
    assert opened_agreements([(NELL, "Let's move on to the budget."), (PRITI, "Sounds good.")]) == []


def test_once_you_have_it_reads_once_received() -> None:
    """ "Once you have it, can you send it straight over?" "Of course.": the condition is the thing coming in,
    "(once received)"; not "(once have the influencer shortlist)"."""
    items = opened_items(
        [
            (OWEN, "Nell, did you ever get the influencer shortlist back from the talent agency?"),
            (NELL, "Not yet. I'll chase them today."),
            (OWEN, "Thanks. Once you have it, can you send it straight over?"),
            (NELL, "Of course."),
        ]
    )
    assert items == [
        (NELL, "chase the talent agency", "2026-03-04"),
        (NELL, "send the influencer shortlist (once received)", None),
    ]


def test_a_bare_pick_reads_as_the_recap_states_it() -> None:
    """ "Could we go the nineteenth?" … "Okay, nineteenth it is." then "So just to recap. … Launch moves to the
    nineteenth.": the agreement reads as the recap states it, not "Nineteenth it is."; the recap's sentences about
    people's work ("Theo's sending …") state no agreement."""
    said = opened_agreements(
        [
            (PRITI, "On the launch date, are we still okay with the twelfth?"),
            (OWEN, "I think the twelfth is tight. Could we go the nineteenth?"),
            (NELL, "The nineteenth works for us. It gives the printers more time."),
            (PRITI, "Okay, nineteenth it is."),
            (
                NELL,
                "So just to recap. Theo's sending the nineteenth's run sheet today. Launch moves to the nineteenth. "
                "And I'll update the timeline and send it round by Thursday.",
            ),
            (PRITI, "Perfect, thanks Nell."),
        ]
    )
    assert said == ["Launch moves to the nineteenth."]


def test_work_asked_as_done_yet_is_worded_as_work() -> None:
    """ "Priti, did you send the floor plan to the organisers?" "Not yet, I'll do it today.": the task is the work
    asked after, "send the floor plan to the organisers"; not the question "did you send …"."""
    for asked in (
        "Oh, and Priti, did you send the floor plan to the organisers?",
        "Priti, have you sent the floor plan to the organisers?",
    ):
        items = opened_items([(OWEN, asked), (PRITI, "Not yet, I'll do it today.")])
        assert items == [(PRITI, "send the floor plan to the organisers", "2026-03-04")]


def test_asking_to_talk_about_a_thing_in_the_call_is_no_agreement() -> None:
    """ "Can we talk about the stand design? …" "Yeah, that's fair. Let me take that away with the designers.": the
    call's next topic, not "We talk about the stand design."; the reply's own work stays an item."""
    turns = [
        (PRITI, "Can we talk about the stand design? The mock-ups looked great but the branding's a bit small."),
        (NELL, "Yeah, that's fair. Let me take that away with the designers."),
    ]
    assert opened_agreements(turns) == []
    assert opened_items(turns) == [(NELL, "take the stand design away with the designers", None)]


def test_a_time_doubted_then_given_keeps_the_request() -> None:
    """ "Could you put together a rough cost for a third city?" "I'm not sure we can turn that round this week."
    "Next week is fine." "Okay, I'll have something to you by next Friday.": one item, the work asked, dated next
    Friday; not the agency's at the doubt, nor "send the launch" for "something"."""
    items = opened_items(
        [
            (PRITI, "Could you also put together a rough cost for a third city, just so we know?"),
            (THEO, "I'm not sure we can turn that round this week, we're flat out with the launch."),
            (PRITI, "Next week is fine."),
            (THEO, "Okay, I'll have something to you by next Friday."),
        ]
    )
    assert items == [(THEO, "put together a rough cost for a third city", "2026-03-13")]


def test_a_time_doubted_and_let_go_gives_nothing() -> None:
    """Must not give an item: the doubt about the time, and the asker lets it go."""
    items = opened_items(
        [
            (PRITI, "Could you put together a rough cost for a third city?"),
            (THEO, "I'm not sure we can turn that round this week, we're flat out."),
            (PRITI, "Okay, never mind, it was only a thought."),
        ]
    )
    assert items == []


def test_a_recap_broken_by_an_answer_goes_on_and_its_dates_win() -> None:
    """A recap that puts a new day for an item ("Priti, signed estimate back to us, actually can we say Tuesday
    rather than Wednesday?" "Tuesday's fine.") and goes on after the answer ("… Owen briefs the stores by end of
    next week.") gives both items their recap dates; it adds only the new item."""
    items = opened_items(
        [
            (NELL, "Priti, can you get us the signed estimate back?"),
            (PRITI, "Yes, I'll get that to you by Wednesday."),
            (OWEN, "And I'll brief the store teams on the new dates."),
            (
                NELL,
                "Lovely. Right, let me just run through the actions. Priti, signed estimate back to us, actually can "
                "we say Tuesday rather than Wednesday?",
            ),
            (PRITI, "Tuesday's fine."),
            (NELL, "Owen briefs the stores by end of next week. And I'll send the contact report tomorrow."),
            (OWEN, "End of next week works."),
        ]
    )
    dues = {task: due for _, task, due in items}
    assert len(items) == 3, items
    assert [due for task, due in dues.items() if "estimate" in task] == ["2026-03-10"]
    assert [due for task, due in dues.items() if "store" in task] == ["2026-03-13"]
    assert (NELL, "send the contact report", "2026-03-05") in items


def test_get_us_it_back_is_worded_as_sent_back() -> None:
    """ "Priti, can you get us the signed estimate back?" "Yes, I'll get that to you by Wednesday.": the report's
    voice, "send back the signed estimate"; not the agency's "get us … back"."""
    items = opened_items(
        [
            (NELL, "Priti, can you get us the signed estimate back?"),
            (PRITI, "Yes, I'll get that to you by Wednesday."),
        ]
    )
    assert items == [(PRITI, "send back the signed estimate", "2026-03-11")]


def test_common_ways_of_taking_a_proposal_agree_it() -> None:
    """ "I'd suggest we move the shoot to Thursday." then "We're fine with that.", "Sounds like a plan.", "I've no
    problem with that.", "I'm on board with that.", "Let's run with that.", "Yep, do it.": each agrees it."""
    for reply in (
        "We're fine with that.",
        "Sounds like a plan.",
        "I've no problem with that.",
        "I'm on board with that.",
        "Let's run with that.",
        "Yep, do it.",
    ):
        said = opened_agreements([(NELL, "I'd suggest we move the shoot to Thursday."), (PRITI, reply)])
        assert said == ["We move the shoot to Thursday."], reply


def test_any_chance_you_could_is_worded_as_the_work() -> None:
    """ "Oh, Owen, any chance you could send over the updated store list?" "Should be fine. Tomorrow okay?": the task
    is "send over the updated store list", not "could send over …"."""
    items = opened_items(
        [
            (NELL, "Oh, Owen, any chance you could send over the updated store list?"),
            (OWEN, "Should be fine, yeah, it's just an export. Tomorrow okay?"),
        ]
    )
    assert [task for _, task, _ in items] == ["send over the updated store list"]


def test_a_time_turned_down_closes_the_request() -> None:
    """Must not keep a request open: "Could you get them live by this weekend?" "Not this week, sorry. … we can't
    post anything without it." turns it down; the next ask ("What about the plan for them?") is what "I can pull
    that together" takes on."""
    items = opened_items(
        [
            (PRITI, "Could you get the cutdowns live by this weekend?"),
            (THEO, "Not this week, sorry. The music clearance is still going through and we can't post anything."),
            (PRITI, "Fine. What about the plan for them, posting schedule, captions, all that?"),
            (THEO, "Oh, the cutdowns deck, yeah, I can pull that together."),
        ]
    )
    assert [task for _, task, _ in items] == ["pull together the cutdowns deck"]


def test_work_added_after_a_recap_asks_what_was_missed_is_new() -> None:
    """Must not drop an item: "So, to recap: … Did I miss anything?" "Contact report?" "Ha, yes, you'll have the
    contact report by end of day." is new work after the recap, not the recap going on."""
    items = opened_items(
        [
            (PRITI, "I'll send the brand guidelines tomorrow."),
            (NELL, "Perfect. So just to recap: Priti's sending the brand guidelines tomorrow. Did I miss anything?"),
            (OWEN, "Contact report?"),
            (NELL, "Ha, yes, you'll have the contact report by end of day."),
        ]
    )
    assert (NELL, "send the contact report", "2026-03-04") in items


def test_once_i_have_it_after_another_thing_keeps_no_bracket() -> None:
    """Must not change: "I'll chase them today and forward it as soon as I have it." ("them" the team, "it" the
    list): no "(once received)" on "chase the PR team and forward it"."""
    items = opened_items(
        [
            (THEO, "Owen, did you manage to get the press list from your PR team?"),
            (OWEN, "Not yet, sorry. I'll chase them today and forward it as soon as I have it."),
        ]
    )
    assert [task for _, task, _ in items] == ["chase the PR team and forward it"]
