"""Task wording of how people talk to each other: the name a request is said to, a request that only asks that a
thing reach someone, "will you do that?" after saying it was worth doing, "would you mind …" and a groan before the
thing is asked for. Each dialogue is written for these tests, several phrasings of each family; each has a task the
draft must give and words no task may have (an empty task: any)."""

from __future__ import annotations

import pytest

from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given, words that must not be in any task)
# the name the request or promise is said to, set off by commas: not part of the task (pipeline/extract/tasks.py
# ``addressed``); the listener given the thing is that person
VOCATIVE = [
    (
        "name_after_a_request_at_its_end",
        [
            ("Nadia Brooks", "And we'll need somewhere for the crew to stay. Can you sort the crew hotel, Lucy?"),
            ("Lucy Tam", "Yep, on it."),
        ],
        "book the crew hotel",
        ["Lucy", "Tam"],
    ),
    (
        "name_after_the_thing_sent",
        [
            ("Lucy Tam", "Can you get Will the full list of broken links, Owen?"),
            ("Owen Price", "Yeah, course. I'll have that over to Will by close of play."),
        ],
        "the full list of broken links",
        ["Owen", "Price"],
    ),
    (
        "name_between_commas_mid_request",
        [
            ("Nadia Brooks", "Can you send over the brand book, Lucy, when you get a sec?"),
            ("Lucy Tam", "Yeah, I'll send it tonight."),
        ],
        "send over the brand book",
        ["Lucy", "Tam"],
    ),
    (
        "name_after_a_phrase_of_the_thing",
        [
            ("Lucy Tam", "Can you pull together the sales figures for Q3, Owen?"),
            ("Owen Price", "Yeah. Give me a week."),
        ],
        "pull together the sales figures for Q3",
        ["Owen", "Price"],
    ),
    (
        "name_in_a_promise_to_the_listener",
        [
            ("Nadia Brooks", "I'll send you the full list, Lucy, by Friday."),
        ],
        "send Lucy the full list",
        [],
    ),
    (
        "name_after_the_one_the_thing_goes_to",
        [
            ("Will Ferris", "Can you get the deck to Lucy, Nadia, before the board?"),
            ("Nadia Brooks", "Yes, will do."),
        ],
        "the deck to Lucy",
        ["Nadia", "Brooks"],
    ),
    (
        "a_name_inside_the_request_stays",
        [
            ("Nadia Brooks", "Lucy, can you send Will the revised budget?"),
            ("Lucy Tam", "Yep, will do."),
        ],
        "send Will",
        ["Lucy"],
    ),
]

# "would you mind doing X": X (models/wording/task_wording.jsonl, LEAD_IN mind_wrapper)
MIND = [
    (
        "would_you_mind_doing",
        [
            ("Lucy Tam", "Would you mind booking the meeting room for the workshop?"),
            ("Nadia Brooks", "Sure, I'll do it today."),
        ],
        "book the meeting room for the workshop",
        ["mind"],
    ),
    (
        "do_you_mind_doing",
        [
            ("Will Ferris", "Owen, do you mind chasing the printer for the proofs?"),
            ("Owen Price", "Not at all, I'll do it tomorrow."),
        ],
        "chase the printer",
        ["mind"],
    ),
    (
        "would_you_mind_just",
        [
            ("Lucy Tam", "Would you mind just sending the deck again? I can't find it."),
            ("Owen Price", "Sure, I'll do that now."),
        ],
        "send the deck",
        ["mind"],
    ),
]

# "make sure X gets it" answered with how it gets there: that work, to X (pipeline/extract/offers.py ``seen_to``)
SEEN_TO = [
    (
        "forwarded_to_whom_was_to_get_it",
        [
            ("Will Ferris", "The artwork's signed off. Nadia, can you make sure the printer gets it?"),
            ("Nadia Brooks", "Sure, I'll forward it to them this afternoon."),
        ],
        "forward the artwork to the printer",
        ["make sure"],
    ),
    (
        "passed_on_to_whom_was_to_have_it",
        [
            ("Nadia Brooks", "The invoice is ready. Lucy, can you make sure finance have it?"),
            ("Lucy Tam", "Yep, I'll pass it on to them today."),
        ],
        "pass on the invoice to finance",
        ["make sure"],
    ),
    (
        "the_thing_named_in_the_request",
        [
            ("Lucy Tam", "Owen, could you make sure the venue gets the final floor plan?"),
            ("Owen Price", "Yes, I'll email it to them tomorrow."),
        ],
        "email the final floor plan to the venue",
        ["make sure"],
    ),
    (
        "a_copy_to_a_person",
        [
            ("Will Ferris", "Nadia, can you make sure Lucy gets a copy of the contract?"),
            ("Nadia Brooks", "I'll send it to her tonight."),
        ],
        "send a copy of the contract to Lucy",
        ["make sure"],
    ),
    (
        "put_in_their_calendar",
        [
            (
                "Lucy Tam",
                "The switchover is the day before launch. Will, can you make sure IT have the switchover in the diary?",
            ),
            ("Will Ferris", "Yep, I'll put it in their calendar."),
        ],
        "put the switchover in IT's calendar",
        ["make sure"],
    ),
    (
        "a_reply_that_only_takes_it_on_keeps_the_request",
        [
            ("Nadia Brooks", "Lucy, can you make sure finance have the invoice?"),
            ("Lucy Tam", "Yep, I'll sort it."),
        ],
        "make sure finance have the invoice",
        [],
    ),
    (
        "work_done_to_the_thing_is_not_reaching_someone",
        [
            ("Nadia Brooks", "Owen, can you make sure the NDA gets signed?"),
            ("Owen Price", "Yes, I'll chase legal today."),
        ],
        "sign the NDA",
        ["chase"],
    ),
]

# "It's worth doing X." … "Will you do that?": X (pipeline/extract/wording.py ``_worth_doing``)
WORTH = [
    (
        "worth_doing_then_a_remark_then_do_that",
        [
            (
                "Lucy Tam",
                "I think it's worth re-sending the brand guidelines to all the franchisees. Nobody reads the appendix.",
            ),
            ("Will Ferris", "Nobody reads anything."),
            ("Lucy Tam", "Owen, will you do that this week?"),
            ("Owen Price", "Yep, on it."),
        ],
        "re-send the brand guidelines to all the franchisees",
        ["appendix"],
    ),
    (
        "it_would_be_worth_then_can_you_do_that",
        [
            (
                "Owen Price",
                "It'd be worth re-briefing the photographer on the shot list. Half of it got missed last time.",
            ),
            ("Lucy Tam", "Nobody ever reads the brief."),
            ("Owen Price", "Nadia, can you do that?"),
            ("Nadia Brooks", "Leave it with me."),
        ],
        "re-brief the photographer on the shot list",
        [],
    ),
    (
        "it_might_be_worth_checking",
        [
            ("Nadia Brooks", "Might be worth checking the power supply at the venue before we book the screens."),
            ("Will Ferris", "Ha, after last year."),
            ("Nadia Brooks", "Will, could you do that?"),
            ("Will Ferris", "Yeah, I'll do that tomorrow."),
        ],
        "check the power supply at the venue",
        [],
    ),
    (
        "worth_said_by_someone_else_is_not_what_is_asked",
        [
            ("Will Ferris", "It's worth re-sending the guidelines to the franchisees."),
            ("Lucy Tam", "We'll need the new store list for the mailing."),
            ("Nadia Brooks", "Owen, can you do that?"),
            ("Owen Price", "Yep, on it."),
        ],
        "",
        ["re-send"],
    ),
]

WORTH += [
    (
        "worth_with_a_filler_then_do_that_as_well",
        [
            ("Lucy Tam", "Yeah, I think it's worth, um, re-sending the price list to all the stockists."),
            ("Will Ferris", "Nobody opens the attachments anyway."),
            ("Lucy Tam", "Ha. Exactly. Owen, will you do that today as well?"),
            ("Owen Price", "Yep, on it."),
        ],
        "re-send the price list to all the stockists",
        ["attachments"],
    ),
]

# "Ugh.", "Argh.": a groan names no thing for "that" (pipeline/extract/antecedents.py WEAK_NOUNS)
INTERJECTION = [
    (
        "a_groan_is_no_thing",
        [
            ("Nadia Brooks", "We need the tasting notes for all six beers. Will, is that you?"),
            ("Will Ferris", "Ugh. Yes. It's me."),
            ("Nadia Brooks", "Could you pull that together for us?"),
            ("Will Ferris", "Yeah. Give me a week."),
        ],
        "pull",
        ["Ugh", "ugh"],
    ),
    (
        "an_exclamation_is_no_thing",
        [
            ("Lucy Tam", "We still need the speaker bios for the programme. Owen, are you on that?"),
            ("Owen Price", "Argh. Yes."),
            ("Lucy Tam", "Can you pull that together for Friday?"),
            ("Owen Price", "Yep, I'll do it."),
        ],
        "pull",
        ["Argh", "argh"],
    ),
]

# "take X and turn it into Y": the work is turning X into Y (pipeline/extract/tasks.py ``_picked_up``, PICKING_UP)
PICKED_UP = [
    (
        "taken_and_turned_into_a_document",
        [
            (
                "Owen Price",
                "And then our studio will take the palette and the logo and turn it all into the brand guidelines "
                "document, so you've got the rules written down. By the fifteenth.",
            ),
        ],
        "turn the palette and the logo into the brand guidelines document",
        ["take"],
    ),
    (
        "comments_taken_and_worked_into_a_draft",
        [("Nadia Brooks", "I'll take your comments and work them into the next draft by Friday.")],
        "work the comments into the next draft",
        ["take"],
    ),
    (
        "results_grabbed_and_pulled_into_a_summary",
        [("Owen Price", "I'll grab the survey results and pull them into a one-page summary.")],
        "pull the survey results into a one-page summary",
        ["grab"],
    ),
    (
        "footage_used_and_cut_into_a_teaser",
        [("Owen Price", "We'll use the old footage and the new stills and cut them into a thirty-second teaser.")],
        "cut the old footage and the new stills into a thirty-second teaser",
        ["use"],
    ),
    (
        "forms_grabbed_and_typed_up",
        [("Lucy Tam", "I'll grab the feedback forms and type them up into one sheet.")],
        "type up the feedback forms into one sheet",
        ["grab"],
    ),
    (
        "photos_gathered_and_put_in_a_deck",
        [("Owen Price", "I'll gather up the store photos and put them in one deck for the buyers.")],
        "put the store photos in one deck for the buyers",
        ["gather"],
    ),
    (
        "a_taking_with_a_place_of_its_own_stays",
        [("Nadia Brooks", "I'll take the deck to the board and walk them through it.")],
        "take the deck to the board",
        [],
    ),
    (
        "a_second_step_that_says_no_more_stays",
        [("Nadia Brooks", "I'll take the notes and file them.")],
        "take the notes",
        [],
    ),
]

# "X can do Y … I'll get them on it": get X to do Y (pipeline/extract/wording.py ``_put_on``)
PUT_ON = [
    (
        "a_team_said_to_need_to_do_it",
        # the department's need is the client's item (test_extract_offers_taken_up); the put-on says the same work
        [("Lucy Tam", "Our legal team will need to check the T&Cs. I'll get them on it today.")],
        "check the T&Cs",
        [],
    ),
    (
        "a_supplier_said_to_be_able_to",
        [
            ("Nadia Brooks", "The printer can do a wet proof by Tuesday."),
            ("Lucy Tam", "Great, can you get them on it?"),
            ("Nadia Brooks", "Yes, I'll get them on it today."),
        ],
        "get the printer to do a wet proof",
        [],
    ),
    (
        "a_person_named_after_the_role_said_able",
        [
            ("Nadia Brooks", "Then invitations. They need to go out before Christmas."),
            ("Lucy Tam", "Our designer can do the invite. Priya's already done the menu templates, so it'll match."),
            ("Nadia Brooks", "When could we have it?"),
            ("Lucy Tam", "I'll get Priya on it today. Thursday?"),
        ],
        "get Priya to do the invite",
        ["menu"],
    ),
    (
        "nobody_said_to_do_anything_stays",
        [("Lucy Tam", "Can you get someone on it?"), ("Owen Price", "Yes, I'll get Nadia on it.")],
        "get someone on it",
        [],
    ),
]

CASES = VOCATIVE + MIND + SEEN_TO + WORTH + INTERJECTION + PICKED_UP + PUT_ON


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_said_to_wording(case: str, dialogue: list[tuple[str, str]], expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)
