"""Defects found in session 53 by drafting new calls as a new user would: each test failed before its fix. The calls
open with ``support.OPENING`` on Wednesday 4 March 2026."""

from __future__ import annotations

from support import opened_agreements, opened_items

NELL, THEO, PRITI, OWEN = "Nell Garside", "Theo Marsh", "Priti Anand", "Owen Lacey"  # agency, agency, client, client


def test_a_reason_said_after_the_task_leaves_no_so_hanging() -> None:
    """ "Could you pull together the travel costs for all three so Priti can compare?": the reason goes with its
    "so", which the parser may hang on the task; a follow-on "include accommodation in that" is put in those costs."""
    items = opened_items(
        [
            (NELL, "Theo, could you pull together the travel costs for all three so Priti can compare?"),
            (THEO, "Sure, I'll have that with you by Thursday."),
            (OWEN, "And can you include accommodation in that?"),
            (THEO, "Yep, will do."),
        ]
    )
    assert items[0] == (THEO, "pull together the travel costs for all three", "2026-03-05")
    assert items[1][:2] == (THEO, "include accommodation in the travel costs for all three")


def test_a_thing_kept_in_a_state_is_the_whole_task() -> None:
    """ "We'll keep it held until Friday.", "I'll leave it pencilled in until we know numbers.": the thing and the
    state it stays in, the thing taken from what was asked about; not "keep" alone (which read as "keep it up")."""
    items = opened_items(
        [
            (PRITI, "And the hotel block?"),
            (THEO, "I'll leave it pencilled in until we know numbers."),
            (PRITI, "And the Glasgow venue?"),
            (NELL, "I'll keep it held until Friday."),
        ]
    )
    assert items == [
        (THEO, "leave the hotel block pencilled in until we know numbers", None),
        (NELL, "keep the Glasgow venue held", "2026-03-06"),
    ]


def test_keep_it_going_is_no_task() -> None:
    """Must not give: "keep it going", "keep it up" and a bare "keep it." say no work."""
    for said in ("I'll keep it going.", "We'll keep it up.", "Fine, I'll keep it."):
        assert opened_items([(PRITI, "The social numbers look great."), (NELL, said)]) == [], said


def test_shall_we_say_is_stated_as_the_term_taken() -> None:
    """ "Shall we say the print order goes in the day after we get the count?" "Yep, that works.": the term put,
    stated without "we say" (and "Yep" is a reply word, not a thing named)."""
    agreements = opened_agreements(
        [
            (PRITI, "We can't place the print order without the store count."),
            (NELL, "Yeah, so shall we say the print order goes in the day after we get the count?"),
            (PRITI, "Yep, that works."),
        ]
    )
    assert agreements == ["The print order goes in the day after we get the count."]


def test_asking_someone_the_speaker_will_see_asks_them() -> None:
    """ "Did we ever get the final store count?" "Not yet. I'm seeing their buyer on Thursday, so I'll ask then.":
    the asking is put to the one seen, about what was asked; not "see the buyer"."""
    items = opened_items(
        [
            (PRITI, "Did we ever get the final store count from the retailer?"),
            (OWEN, "Not yet. I'm seeing their buyer on Thursday, so I'll ask then."),
        ]
    )
    assert items == [(OWEN, "ask the retailer's buyer about the final store count", "2026-03-05")]


def test_what_would_you_change_asks_a_view_not_work() -> None:
    """ "What would you take out?" asks the client's view: the agency's "We can lose both of those." after the
    answer takes on no request of the client's, and the work said next is the one item."""
    items = opened_items(
        [
            (OWEN, "The posters feel a bit busy."),
            (NELL, "Okay. What would you take out?"),
            (OWEN, "Probably the second line of copy. And the price burst."),
            (THEO, "We can lose both of those. I'll get the studio to strip them back and send new versions."),
            (OWEN, "Great."),
        ]
    )
    assert [(owner, due) for owner, _, due in items] == [(THEO, None)]
    assert items[0][1].startswith("get the studio to strip")


def test_could_you_tell_me_what_is_still_asked() -> None:
    """Must not drop: "Could you tell me what you'd cut?" asks for the telling."""
    items = opened_items([(NELL, "Owen, could you send me what you'd cut by Friday?"), (OWEN, "Sure.")])
    assert [(owner, due) for owner, _, due in items] == [(OWEN, "2026-03-06")]


def test_a_contingency_said_without_its_thing_is_no_item() -> None:
    """ "Without it we'll slip the press release to the following week.": what happens if the quote does not
    come, no work promised."""
    call = [
        (NELL, "The journalist list is done. We're waiting on your quote from the MD."),
        (OWEN, "He's been travelling. I'll nudge him again today."),
        (NELL, "Thanks. Without it we'll slip the press release to the following week."),
        (OWEN, "Understood."),
    ]
    assert [task for _, task, _ in opened_items(call)] == ["nudge the MD"]


def test_go_without_it_on_a_condition_is_a_decision() -> None:
    """ "If I haven't got it by Friday, go without the quote." "Okay, deal.": the client's conditional order, taken,
    is what was agreed."""
    call = [
        (NELL, "We're waiting on your quote from the MD."),
        (OWEN, "If I haven't got it by Friday, go without the quote."),
        (NELL, "Okay, deal."),
    ]
    assert opened_agreements(call) == ["If I haven't got it by Friday, go without the quote."]


def test_without_fail_is_no_condition() -> None:
    """Must not drop: "Without fail, I'll send it Friday." promises."""
    items = opened_items([(OWEN, "We need the final cut."), (NELL, "Without fail, I'll send the final cut Friday.")])
    assert items == [(NELL, "send the final cut", "2026-03-06")]


def test_the_issue_named_after_is_what_it_stands_for() -> None:
    """ "The one issue is the hotel for the crew." "Can you sort it?": "it" is the hotel, not "the one issue"."""
    items = opened_items(
        [
            (THEO, "The one issue is the hotel for the crew."),
            (OWEN, "Can you sort it?"),
            (THEO, "Yes, I'll sort it today."),
        ]
    )
    assert len(items) == 1 and "hotel" in items[0][1] and "issue" not in items[0][1]


def test_both_handed_over_on_a_day_dates_the_two_pieces_of_work() -> None:
    """ "We'll mock up an extra execution …" … "we'll do a safe version of the headline too." … "We'll get both to
    you by the 16th then.": the two pieces of work, dated the 16th; no third item "send both"."""
    items = opened_items(
        [
            (PRITI, "I'd want to see one execution with a couple in their sixties."),
            (THEO, "Totally doable. We'll mock up an extra execution with an older couple."),
            (OWEN, "And can we see a version without the pun in the headline?"),
            (THEO, "Sure, we'll do a safe version of the headline too."),
            (NELL, "When do you need them by?"),
            (PRITI, "The steering group's on the 19th, so ideally a few days before."),
            (NELL, "We'll get both to you by the 16th then."),
        ]
    )
    assert items == [
        ("agency", "mock up an extra execution with an older couple", "2026-03-16"),
        ("agency", "do a safe version of the headline", "2026-03-16"),
    ]


def test_both_with_one_piece_of_work_is_its_own_item() -> None:
    """Must not merge: "both" where only one piece of work was taken on names its own things."""
    items = opened_items(
        [
            (THEO, "We'll mock up an extra execution with an older couple."),
            (PRITI, "Great. And the two radio scripts?"),
            (NELL, "We'll get both to you by the 16th."),
        ]
    )
    assert len(items) == 2 and items[1][2] == "2026-03-16"


def test_writing_up_a_thing_asked_for_is_work() -> None:
    """ "I need a one-pager on the impact for my director." "Sure, I'll write that up. End of the week okay?": the
    one-pager, written up (not note-taking), for "the" director (the client's "my" is not the owner's)."""
    items = opened_items(
        [
            (OWEN, "Also, I need a one-pager on the impact for my director. Nothing fancy."),
            (NELL, "Sure, I'll write that up. End of the week okay?"),
            (OWEN, "End of the week's fine."),
        ]
    )
    assert items == [(NELL, "write up a one-pager on the impact for the director", "2026-03-06")]


def test_a_change_asked_and_granted_with_a_bare_yes_is_agreed() -> None:
    """ "Should we move the awards to after dessert?" "Yes.", "Can we extend the campaign through April then?"
    "Yes.": the other side's question to change the work, granted, is the decision, stated as the change."""
    for asked, stated in (
        ("Should we move the awards to after dessert?", "We move the awards to after dessert."),
        ("Can we extend the campaign through April then?", "We extend the campaign through April."),
        ("Could we push the tasting back a week?", "We push the tasting back a week."),
    ):
        assert opened_agreements([(NELL, asked), (PRITI, "Yes.")]) == [stated], asked


def test_a_yes_with_a_but_or_to_a_condition_grants_no_change() -> None:
    """Must not agree: "Yes, but only if the budget allows." to "Could we drop the second shoot day?", and a yes to
    "If it rains, can we move it indoors?" (a plan for a case), nor a yes to the speaker's own side."""
    assert (
        opened_agreements(
            [(NELL, "Could we drop the second shoot day?"), (PRITI, "Yes, but only if the budget allows.")]
        )
        == []
    )
    assert opened_agreements([(NELL, "If it rains, can we move it indoors?"), (PRITI, "Yes.")]) == []
    assert opened_agreements([(NELL, "Can we move the awards to after dessert?"), (THEO, "Yes.")]) == []


def test_a_date_asked_to_be_kept_takes_the_work_the_reply_names() -> None:
    """ "So by the 15th. Theo, can you make sure we hit that?" "Yep, I'll have the push copy with Owen by the 13th
    to give a bit of buffer.": the work is sending the copy (not "hit the push notification copy"), and why the day is
    early is no part of it."""
    items = opened_items(
        [
            (OWEN, "The push notification copy has to be with our tech team a week before the 22nd."),
            (NELL, "So by the 15th. Theo, can you make sure we hit that?"),
            (THEO, "Yep, I'll have the push copy with Owen by the 13th to give a bit of buffer."),
        ]
    )
    assert items == [(THEO, "send the push notification copy to Owen", "2026-03-13")]


def test_who_is_pulling_something_together_is_no_session_nor_the_thing() -> None:
    """ "Right, is that something your regional managers are pulling together?" asks who does it: no joint session
    of the asker and the one asked, and "whatever I've got" sent after it is the thing talked of, not "the regional
    managers are"."""
    items = opened_items(
        [
            (PRITI, "On the in-store side, we still don't have the POS quantities."),
            (NELL, "Right, is that something your regional managers are pulling together?"),
            (PRITI, "Yes, I'll chase them today, and I'll send over whatever I've got by Monday."),
        ]
    )
    assert items == [
        (PRITI, "chase the regional managers", "2026-03-04"),
        (PRITI, "send the POS quantities", "2026-03-09"),
    ]


def test_a_change_taken_on_as_work_is_no_decision() -> None:
    """Must not agree: "Can we swap it for the new science building?" "Yep. I'll get revised versions to you
    tomorrow.": the change asked is work the reply takes on (an item), not a decision."""
    for reply in (
        "Yep. I'll get revised versions to you tomorrow.",
        "Yep. I'll get revised versions to your tomorrow.",
    ):
        call = [
            (OWEN, "Yes, the library's being refurbished. Can we swap it for the new science building?"),
            (NELL, reply),  # the second as Whisper heard it
        ]
        assert opened_agreements(call) == [], reply
        assert [(owner, due) for owner, _, due in opened_items(call)] == [(NELL, "2026-03-05")], reply
