"""A bare object completed from what the meeting said (pipeline/extract/objects.py, antecedents.py): what "one" or
"that" stands for when the sentence also says what the thing is like or names the person the work is done to, the
list a request goes on with, the fuller mention of a thing said "the proper one with …", a stage noun said with the
thing ("a draft structure"), and a number said for the things it counts. Each dialogue is written for these tests;
each case has a task the draft must give (failing before the rule) or one it must keep as said."""

from __future__ import annotations

import pytest

from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given, words that must not be in any task)
MUST_MATCH = [
    (
        "one_is_the_thing_not_what_it_is_like",
        [("Owen Price", "We could do a barista cart on the stand, it's a proper crowd-puller. I can price one up.")],
        "price up a barista cart",
        ["crowd-puller"],
    ),
    (
        "it_is_the_place_not_what_it_is",
        [("Lucy Tam", "We looked at the venue, it's a converted warehouse."), ("Owen Price", "I'll book it.")],
        "book the venue",
        ["warehouse"],
    ),
    (
        "that_after_a_preposition_is_not_the_verbs_own_object",
        [
            ("Lucy Tam", "The reset emails are going to spam."),
            ("Nadia Brooks", "Can you chase the developer on that today, Owen?"),
            ("Owen Price", "Sure."),
        ],
        "chase the developer on the reset emails",
        ["on the developer"],
    ),
    (
        "that_after_a_preposition_is_not_the_object_asked_about",
        [
            ("Lucy Tam", "The new prices land on Monday."),
            ("Owen Price", "Can you brief the buyers on that before then?"),
            ("Lucy Tam", "Will do."),
        ],
        "brief the buyers on the new prices",
        ["on the buyers"],
    ),
    (
        "a_list_after_the_request_that_goes_on_into_a_clause",
        [
            (
                "Lucy Tam",
                "Could you send me the full spec sheet? Weight, power, footprint, and whatever safety "
                "certification it's got.",
            ),
            ("Owen Price", "Yep, I'll get that off engineering. Friday okay?"),
        ],
        "send the full spec sheet (weight, power, footprint)",
        [],
    ),
    (
        "a_list_after_a_request_with_the_listener_named",
        [
            ("Lucy Tam", "Can you send us the updated cost sheet? Print, install, and whatever the crew will cost."),
            ("Owen Price", "Sure, by Friday."),
        ],
        "send the updated cost sheet (print, install)",
        [],
    ),
    (
        "the_proper_one_with_says_which",
        [
            ("Lucy Tam", "So the flowchart, the proper one with all the dates. When do you want it?"),
            ("Owen Price", "I can do the flowchart for Monday week."),
        ],
        "do the flowchart with all the dates",
        [],
    ),
    (
        "a_thing_named_after_and_is_named_in_full",
        [
            ("Lucy Tam", "And the welcome banners for the Leeds store. Where are we?"),
            ("Owen Price", "I'll send the banners on Friday."),
        ],
        "send the welcome banners for the Leeds store",
        [],
    ),
    (
        "the_draft_is_the_draft_thing",
        [
            ("Lucy Tam", "We've got a draft structure for the points scheme."),
            ("Owen Price", "I can send the draft over to you today."),
        ],
        "send the draft structure",
        [],
    ),
    (
        "the_proof_is_the_proof_thing",
        [
            ("Lucy Tam", "The proof copy is on your desk."),
            ("Owen Price", "I'll check the proof tonight."),
        ],
        "check the proof copy",
        [],
    ),
    (
        "an_abbreviation_the_table_knows_is_not_spelled_from_chance_words",
        [
            ("Lucy Tam", "We take the port outdoor from six weeks down to four."),
            ("Lucy Tam", "Could you raise the PO for the new flight?"),
            ("Owen Price", "Yes, I'll raise it today."),
        ],
        "raise the purchase order",
        ["port outdoor"],
    ),
    (
        "an_invite_keeps_how_long_the_session_is",
        [
            ("Lucy Tam", "Last thing from me. The six-month review. Can we put it in the diary now?"),
            ("Owen Price", "Good idea. Let's aim for the week of the sixteenth. I'll send the invite round."),
        ],
        "send the invite for the six-month review",
        [],
    ),
    (
        "an_invite_keeps_how_long_the_session_is_said_apart",
        [
            ("Lucy Tam", "We'd like a two day workshop with the regional teams."),
            ("Owen Price", "Fine, I'll send an invite."),
        ],
        "send an invite for the two-day workshop",
        [],
    ),
    (
        "all_eleven_are_the_eleven_sizes",
        [
            ("Lucy Tam", "Then the screens in branch. It's eleven sizes now, not eight."),
            ("Owen Price", "Fine, the studio will resize all eleven by the end of next week."),
        ],
        "resize all eleven sizes",
        [],
    ),
    (
        "four_are_the_unit_priced",
        [
            ("Lucy Tam", "The organiser emailed about the lead retrieval app, it's, like, ninety quid a licence."),
            ("Nadia Brooks", "How many did we have last year?"),
            ("Lucy Tam", "Three, and we were fighting over them."),
            ("Nadia Brooks", "Get four."),
            ("Lucy Tam", "Okay. I'll book four this week, before the early-bird price goes."),
        ],
        "book four licences",
        [],
    ),
    (
        "six_are_the_unit_priced",
        [
            ("Lucy Tam", "The hire place charges sixty pounds a crate."),
            ("Owen Price", "Great, I'll book six for the launch."),
        ],
        "book six crates for the launch",
        [],
    ),
    (
        "three_are_the_unit_priced_turns_before",
        [
            ("Lucy Tam", "The van company wants £200 a van for the weekend."),
            ("Nadia Brooks", "Let's get three."),
            ("Owen Price", "I'll book three today."),
        ],
        "book three vans",
        [],
    ),
    (
        "the_six_are_the_six_formats",
        [
            ("Lucy Tam", "We could start with the six formats they use most."),
            ("Owen Price", "I'll build the six by Friday."),
        ],
        "build the six formats",
        [],
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), MUST_MATCH, ids=[c[0] for c in MUST_MATCH])
def test_bare_object_completed(case: str, dialogue: list[tuple[str, str]], expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(word in t for t in got), (word, got)


MUST_NOT_MATCH = [
    # "a …" said of "there", not of a thing named before, is the thing itself
    (
        "there_is_a_thing",
        [("Lucy Tam", "Is there a floor plan of the venue anywhere?"), ("Owen Price", "I'll dig it out.")],
        "dig out a floor plan of the venue",
    ),
    # a pronoun object (not after a preposition) may stand for what the same sentence named
    (
        "a_pronoun_object_still_points_back",
        [("Owen Price", "So the media schedule needs a second pass. I'll get that to you by Friday.")],
        "send the media schedule",
    ),
    # "it" after a preposition may be the verb's own object: "with the logo on it" is on the banner
    (
        "it_on_the_thing_worked_on",
        [("Lucy Tam", "The new logo is signed off."), ("Owen Price", "I'll reprint the banner with the logo on it.")],
        "reprint the banner with the new logo on the banner",
    ),
    # a list's first word is lower case, though the sentence opens with it
    (
        "a_list_opening_a_sentence_is_lower_case",
        [
            ("Lucy Tam", "Can you send us last year's audience data? Footfall, demographics, whatever you've got."),
            ("Owen Price", "Sure, by Friday."),
        ],
        "send us last year's audience data (footfall, demographics)",
    ),
    # a sentence that goes on with a verb of its own is not a list
    (
        "a_sentence_with_a_verb_is_not_a_list",
        [
            ("Lucy Tam", "Could you send me the full spec sheet? Engineering will know what it weighs."),
            ("Owen Price", "Sure, by Friday."),
        ],
        "send the full spec sheet",
    ),
    # thanks and a name are not what the work covers
    (
        "thanks_and_a_name_are_not_a_list",
        [("Owen Price", "I'll send the contact report tomorrow. Thanks all, and Lucy, happy birthday.")],
        "send the contact report",
    ),
    # "the one from last week": when, not which
    (
        "the_one_said_with_a_date",
        [
            ("Lucy Tam", "So the flowchart, the one from last Tuesday. Is it still right?"),
            ("Owen Price", "I'll update the flowchart."),
        ],
        "update the flowchart",
    ),
    # the day a session is on is not what kind it is
    (
        "an_invite_leaves_the_day_out",
        [("Lucy Tam", "Can we do the Tuesday review at ten?"), ("Owen Price", "Sure, I'll send an invite.")],
        "send an invite for the review",
    ),
    # a stage noun said for when, not for a thing
    (
        "the_draft_stage_is_no_thing",
        [("Lucy Tam", "The draft stage is nearly done."), ("Owen Price", "I'll send the draft tomorrow.")],
        "send the draft",
    ),
    # the task that names what it counts keeps it, and "two of them" is not counted again
    (
        "all_three_decks_named",
        [("Lucy Tam", "We've got three options now."), ("Owen Price", "I'll send all three decks tomorrow.")],
        "send all three decks",
    ),
    (
        "a_price_per_head_counts_no_thing",
        [("Lucy Tam", "Tickets are forty pounds a head."), ("Owen Price", "I'll book four this week.")],
        "book four",
    ),
    (
        "a_number_nothing_counted",
        [("Lucy Tam", "How many did we have last year?"), ("Owen Price", "I'll book four this week.")],
        "book four",
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected"), MUST_NOT_MATCH, ids=[c[0] for c in MUST_NOT_MATCH])
def test_bare_object_kept_as_said(case: str, dialogue: list[tuple[str, str]], expected: str) -> None:
    assert tasks(dialogue) == [expected]
