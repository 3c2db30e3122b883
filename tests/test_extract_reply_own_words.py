"""Whose words a reply's task is in (pipeline/extract/offers.own_work) and what "it" is after a sentence that only
says what happened to a thing (pipeline/extract/happened.as_happened), and what a reply that only says how the
speaker gets there comes for (pipeline/extract/proposals.proposed). Each dialogue is written for these
tests, in several phrasings: a reply that says its own concrete work is worded as the reply says it; a reply that
only takes the request on ("I'll do that", "leave it with me", "I'll get it over") keeps the request's words."""

from __future__ import annotations

import pytest

from tests.test_extract_wording import tasks

# (case, dialogue, a task that must be given, words that must not be in any task)
OWN_WORDS = [
    (
        "reply_redraws_what_was_asked_vaguely",
        [
            ("Nadia Brooks", "Could you make the logo pop a bit more on the pack?"),
            ("Owen Price", "Sure. I'll redraw the wordmark in the darker green and send two versions on Friday."),
        ],
        "redraw the wordmark",
        ["pop"],
    ),
    (
        "reply_names_the_change_to_a_think_about",
        [
            ("Nadia Brooks", "Can you have a think about where the store finder goes?"),
            ("Lucy Tam", "Yes, I'll move the store finder into the header."),
        ],
        "move the store finder into the header",
        ["think"],
    ),
    (
        "reply_says_how_the_plan_is_tidied",
        [
            ("Nadia Brooks", "Would you be able to tidy up the media plan before the board?"),
            ("Owen Price", "Yeah, I'll split the plan into paid and owned by Tuesday."),
        ],
        "split the media plan into paid and owned",
        ["tidy"],
    ),
    (
        "reply_hands_over_a_named_deliverable_for_the_notes_asked",
        [
            ("Nadia Brooks", "Right, I think that's everything. Owen, you'll send round the notes?"),
            ("Owen Price", "Yep, I'll have the contact report over by end of day, with the updated totals in."),
        ],
        "send the contact report",
        ["notes"],
    ),
    (
        "reply_hands_over_the_same_thing_keeps_the_request_in_full",
        [
            ("Nadia Brooks", "Owen, could you send us the full breakdown by store?"),
            ("Owen Price", "Yep, I'll get the breakdown over tomorrow."),
        ],
        "send the full breakdown by store",
        [],
    ),
    (
        "reply_mocks_up_what_was_asked_to_be_shown",
        [
            ("Nadia Brooks", "Can we see the pack shot a bit bigger on the poster?"),
            ("Owen Price", "Of course. I'll mock up the poster with the bottle at twice the size."),
        ],
        "mock up the poster",
        ["see"],
    ),
    (
        "reply_recosts_what_was_asked_to_be_looked_at",
        [
            ("Nadia Brooks", "Could you look at the pricing for the extra round?"),
            ("Owen Price", "Yes, I'll re-cost the extra round with two fewer shoot days."),
        ],
        "re-cost the extra round",
        ["look", "pricing"],
    ),
    (
        "reply_says_how_room_is_found",
        [
            ("Nadia Brooks", "Can you find a way to fit the allergen panel on the back?"),
            ("Lucy Tam", "Sure, I'll shrink the nutrition table and move the allergens under it."),
        ],
        "shrink the nutrition table",
        ["way"],
    ),
    (
        "reply_says_what_the_help_is",
        [
            ("Nadia Brooks", "Could you help us with the launch email?"),
            ("Lucy Tam", "Yeah, I'll write three subject lines for you to pick from."),
        ],
        "write three subject lines",
        ["help"],
    ),
    (
        "reply_says_what_the_something_is",
        [
            ("Nadia Brooks", "Can you send us something on where the budget sits?"),
            ("Owen Price", "Yes, I'll write up a cost tracker with the spend to date."),
        ],
        "write up a cost tracker",
        ["something"],
    ),
]

REQUEST_WORDS = [
    (
        "do_that_takes_the_request",
        [("Nadia Brooks", "Tom, can you email the Meta rep this week?"), ("Owen Price", "Yeah, I'll do that.")],
        "email the Meta rep",
        ["do"],
    ),
    (
        "the_same_thing_said_with_less_keeps_the_fuller_request",
        [
            ("Nadia Brooks", "Could you send the updated store list?"),
            ("Lucy Tam", "Sure, I'll send the list tomorrow."),
        ],
        "send the updated store list",
        [],
    ),
    (
        "leave_it_with_me_takes_the_request",
        [("Nadia Brooks", "Can you book the studio for Thursday?"), ("Owen Price", "Leave it with me.")],
        "book the studio",
        ["leave"],
    ),
    (
        "get_that_done_takes_the_request",
        [
            ("Nadia Brooks", "Could you chase the printer for the proofs?"),
            ("Lucy Tam", "I can get that done by Friday."),
        ],
        "chase the printer for the proofs",
        ["get"],
    ),
    (
        "a_pronoun_object_takes_the_request",
        [("Nadia Brooks", "Can you send the deck over?"), ("Owen Price", "Sure, I'll get it over tonight.")],
        "send the deck",
        [],
    ),
    (
        "a_taking_verb_on_the_thing_keeps_the_request",
        [("Nadia Brooks", "Can you send the deck over?"), ("Owen Price", "Sure, I'll handle the deck.")],
        "send the deck",
        ["handle"],
    ),
    (
        "other_work_said_as_well_is_not_the_answer",
        [("Nadia Brooks", "Can you send the deck over?"), ("Owen Price", "Sure. I'll also book the venue.")],
        "send the deck",
        [],
    ),
    (
        "a_call_given_is_how_the_warning_is_done",
        [
            ("Nadia Brooks", "Could you warn the warehouse before the promo starts?"),
            ("Lucy Tam", "Yep, I'll give them a quick call tomorrow."),
        ],
        "warn the warehouse",
        ["give", "call"],
    ),
    (
        "the_person_chased_is_whom_not_what",
        [
            ("Nadia Brooks", "Could you get the lawyers to check the wording on the pack?"),
            ("Owen Price", "Sure, I'll ping Dominic in legal this morning."),
        ],
        "check the wording on the pack",
        ["ping"],
    ),
    (
        "the_same_work_on_the_thing_keeps_the_fuller_request",
        [
            ("Nadia Brooks", "Can you fold in the new stores and send the rollout plan round?"),
            ("Owen Price", "Yes, I'll send the rollout plan tonight."),
        ],
        "fold in the new stores",
        [],
    ),
]

HAPPENED = [
    (
        "a_misprint_is_raised",
        [
            ("Nadia Brooks", "The graphics were misprinted."),
            ("Owen Price", "I'll raise it with the printer and push for a credit note."),
        ],
        "raise the misprinted graphics",
        [],
    ),
    (
        "arrived_damaged_is_taken_up",
        [
            ("Nadia Brooks", "The banners arrived damaged."),
            ("Owen Price", "Sorry about that. I'll take it up with the courier."),
        ],
        "the damaged banners",
        [],
    ),
    (
        "delayed_again_is_chased",
        [
            ("Nadia Brooks", "The hero film was delayed again."),
            ("Owen Price", "I'll chase it with the edit house today."),
        ],
        "chase the delayed hero film",
        [],
    ),
]

THING_ITSELF = [
    (
        "a_verb_that_says_more_keeps_the_thing",
        [
            ("Nadia Brooks", "The invoice was sent to the wrong address."),
            ("Owen Price", "I'll sort it with our accounts team."),
        ],
        "the invoice",
        ["sent"],
    ),
    (
        "how_far_along_is_no_state",
        [("Nadia Brooks", "The proofs are nearly done."), ("Owen Price", "Great, I'll send them to the board.")],
        "send the proofs",
        ["done"],
    ),
    (
        "an_adjective_is_no_event",
        [("Nadia Brooks", "The new deck is ready."), ("Owen Price", "Great, I'll send it to the board.")],
        "send the new deck",
        ["ready"],
    ),
    (
        "not_happened_keeps_the_thing",
        [("Nadia Brooks", "The budget wasn't approved."), ("Owen Price", "I'll take it back to finance.")],
        "the budget",
        ["approved"],
    ),
]


# "I'll come to you", "I'll drive over after lunch": only getting there; the work is the session put before it
GOING_FOR = [
    (
        "come_to_you_for_what_you_and_i_would_go_through",
        [
            (
                "Nadia Brooks",
                "It would really help if you and I sat down and went through the survey results together. Thursday?",
            ),
            ("Owen Price", "Thursday's good. I'll come to you."),
        ],
        "go through the survey",
        ["come"],
    ),
    (
        "come_up_for_what_the_speaker_said_they_should_see",
        [
            ("Nadia Brooks", "I should really see the new showroom before we sign anything."),
            ("Owen Price", "Let's go round together. I'm there on Friday anyway."),
            ("Nadia Brooks", "Friday, yes. I'll come up first thing."),
        ],
        "visit the new showroom",  # a place seen is visited (session 45, going._visited)
        ["come"],
    ),
    (
        "drive_over_after_lunch_for_the_walk_put_if_we",
        [
            ("Owen Price", "It'd be worth it if we walked the route together before the race. Saturday?"),
            ("Nadia Brooks", "Saturday works. I'll drive over after lunch."),
        ],
        "walk the route together",
        ["drive"],
    ),
    (
        "a_choice_we_could_make_is_no_session",
        [
            ("Nadia Brooks", "We could move the launch to May."),
            ("Owen Price", "Maybe. I'll come to you on Friday and we can talk it through."),
        ],
        "come to you",
        ["move", "launch"],
    ),
    (
        "let_me_look_at_the_diary_for_the_training_morning_put",
        [
            (
                "Owen Price",
                "So my idea, Nadia, is that you and I go up to Glasgow and run a training morning with the store"
                " managers. Tuesday week?",
            ),
            ("Nadia Brooks", "Tuesday week. Hang on, let me look... Yes, I can do Tuesday week."),
        ],
        "run a training morning with the store managers",
        ["look"],
    ),
    (
        "let_me_check_for_what_the_speaker_would_like_to_check",
        [
            ("Nadia Brooks", "I'd like to check the samples before they're boxed."),
            ("Owen Price", "Come down to the unit? I'm there all Thursday."),
            ("Nadia Brooks", "Thursday... let me check. Yes, the afternoon. Fine."),
        ],
        "check the samples",
        [],
    ),
    (
        "the_question_answered_ends_the_search_for_the_session",
        [
            ("Nadia Brooks", "Could we have your slides so the tech team can load them?"),
            ("Owen Price", "Yes, I'll send them over Monday."),
            ("Nadia Brooks", "Perfect. Owen, are you still fine to come down to the venue with me on Friday?"),
            ("Owen Price", "Yes, Friday's fine. I'll drive down first thing."),
        ],
        "drive down",
        ["together"],
    ),
    (
        "a_wish_to_see_it_names_nothing_for_the_session",
        [
            ("Owen Price", "Great. I'll renew the storage contract next week."),
            ("Nadia Brooks", "And I'd quite like to see it before it's packed away."),
            ("Owen Price", "Come down to the warehouse? I'm there all Wednesday."),
            ("Nadia Brooks", "Wednesday... let me look. Yes, the morning. Fine."),
        ],
        "renew the storage contract",
        ["together"],
    ),
    (
        "a_wish_with_a_clause_about_this_still_names_its_thing",
        [
            ("Nadia Brooks", "And I think I should see the rooms before any of this is signed."),
            ("Owen Price", "Let's go round together. I'm up there next Tuesday anyway."),
            ("Nadia Brooks", "Next Tuesday, yes. I'll come up in the morning."),
        ],
        "see the rooms",
        ["come"],
    ),
    (
        "boots_brought_to_a_walk_put_for_both",
        [
            ("Owen Price", "It'd really help if we walked the route together, Nadia. How about the fifth?"),
            ("Nadia Brooks", "The fifth works. Yes, let's do that. I'll bring my boots."),
        ],
        "walk the route together",
        ["boots"],
    ),
    (
        "a_tape_measure_after_a_hypothetical_is_no_session",
        [
            ("Lucy Tam", "If we took the larger stand next year we could add a bar, but that's another conversation."),
            ("Nadia Brooks", "Much later."),
            ("Lucy Tam", "Thanks, all. Nadia, see you Tuesday, I'll bring a tape measure."),
        ],
        "bring a tape measure",
        ["larger", "together"],
    ),
    (
        "samples_asked_to_be_brought_are_the_work",
        [
            ("Nadia Brooks", "Owen, can you bring the samples on Friday?"),
            ("Owen Price", "Sure, I'll bring the samples."),
        ],
        "bring the samples",
        ["together"],
    ),
    (
        "come_to_the_factory_for_what_the_host_would_like_seen",
        [
            (
                "Owen Price",
                "Nadia, I'd really like you to see the new packaging samples in person. Could you come to"
                " the factory next Tuesday?",
            ),
            ("Nadia Brooks", "Tuesday. Yes, I'll be there."),
        ],
        "see the new packaging samples",
        ["be", "there"],
    ),
    (
        "come_along_to_what_we_are_running",
        [
            (
                "Owen Price",
                "We're running the tasting with the chefs on Tuesday at the kitchen. Nadia, why don't you come along?",
            ),
            ("Nadia Brooks", "I'll come. What time?"),
        ],
        "run the tasting with the chefs",
        ["along"],
    ),
    (
        "fancy_coming_takes_what_the_speaker_wants_to_check",
        [
            (
                "Nadia Brooks",
                "Before we wrap, the warehouse. I want to check the stock levels before the sale starts."
                " Owen, fancy coming with me?",
            ),
            ("Owen Price", "Ooh, yes. When?"),
            ("Nadia Brooks", "Thursday? I'll drive."),
            ("Owen Price", "Thursday works."),
        ],
        "check the stock levels",
        ["fancy", "drive"],
    ),
    (
        "worth_walking_it_with_someone_who_comes",
        [
            (
                "Nadia Brooks",
                "On the new store, it'd be really useful to walk it before we lock the till position."
                " Owen, do you fancy coming with me?",
            ),
            ("Owen Price", "Ooh. When were you thinking?"),
            ("Nadia Brooks", "The 12th? It's a Thursday."),
            ("Owen Price", "Let me look... yeah, the 12th works. Let's do it."),
        ],
        "walk the new store",
        ["come", "fancy"],
    ),
    (
        "the_coming_says_what_for",
        [
            (
                "Owen Price",
                "Nadia, are you still okay to come down to the factory with me on Friday for the line trial?",
            ),
            ("Nadia Brooks", "Yes, Friday's fine. I'll drive down first thing."),
        ],
        "for the line trial",
        ["drive", "me"],
    ),
    (
        "can_we_go_through_it_put_as_a_question_is_the_session",
        [
            (
                "Nadia Brooks",
                "Owen, separately, can we go through the search reporting properly? Every month I get"
                " the charts and I'm not sure what they mean.",
            ),
            (
                "Owen Price",
                "Yeah, of course. Do you want to sit down on Monday? I can come to you, I'm in Leeds anyway.",
            ),
            ("Nadia Brooks", "Perfect. Monday."),
        ],
        "go through the search reporting",
        ["come"],
    ),
    (
        "could_we_move_it_asks_a_choice_not_a_session",
        [
            ("Nadia Brooks", "Could we move the launch to May?"),
            ("Owen Price", "Maybe. I'll come to you on Friday and we can talk it through."),
        ],
        "come to you",
        ["move", "launch"],
    ),
    (
        "what_is_not_worth_doing_is_no_session",
        [
            (
                "Owen Price",
                "It wouldn't be worth visiting the old depot. Nadia, do you want to come up with me on Friday?",
            ),
            ("Nadia Brooks", "Sure, I'll come up."),
        ],
        "come",
        ["depot", "visit"],
    ),
    (
        "could_we_do_a_day_names_no_work",
        [
            (
                "Lucy Tam",
                "And if you want to see a real showroom before the launch, I could show someone round. Harrogate's"
                " probably the best one, it's the one we refitted.",
            ),
            ("Nadia Brooks", "Oh, I'd love that. Could we do Friday the thirteenth?"),
            ("Lucy Tam", "The thirteenth works for me. Morning?"),
            ("Nadia Brooks", "Morning's good. I'll drive up."),
        ],
        "drive up",
        ["love", "do"],
    ),
    (
        "what_a_third_person_can_do_is_no_session",
        [
            ("Lucy Tam", "I can redo the brand book tomorrow."),
            ("Owen Price", "Nadia, Thursday's good for me. I'll come to you."),
        ],
        "come to you",
        ["together"],
    ),
]


# "I'll chase him", "I'll ping them": whom the speaker gets in touch with; the work is what was asked of them
CONTACT_FOR = [
    (
        "chase_him_for_what_we_asked_to_get",
        [
            ("Nadia Brooks", "Could we get the signed contract back from their lawyer before Monday?"),
            ("Owen Price", "Yep, I'll chase him. You'll have it by Friday."),
        ],
        "get the signed contract back from their lawyer",
        ["chase", "him"],
    ),
    (
        "ping_them_for_the_floor_plan_we_can_have",
        [
            ("Nadia Brooks", "Can we have the updated floor plan from the venue by Wednesday?"),
            ("Owen Price", "Sure, I'll ping them today."),
        ],
        "the updated floor plan from the venue",
        ["ping"],
    ),
    (
        "ring_them_with_nothing_asked_is_whom_not_a_thing",
        [
            ("Nadia Brooks", "The printer hasn't replied about the proofs."),
            ("Owen Price", "I'll ring them tomorrow."),
        ],
        "ring the printer",  # whom "them" is: the body named before (pipeline/extract/parties.py)
        ["proofs"],
    ),
]


@pytest.mark.parametrize(
    ("case", "dialogue", "expected", "absent"),
    OWN_WORDS + REQUEST_WORDS + HAPPENED + THING_ITSELF + GOING_FOR + CONTACT_FOR,
    ids=[c[0] for c in OWN_WORDS + REQUEST_WORDS + HAPPENED + THING_ITSELF + GOING_FOR + CONTACT_FOR],
)
def test_task_in_the_right_words(case: str, dialogue, expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)


def test_a_share_of_a_session_is_not_an_item_of_its_own() -> None:
    """ "Yes, I can do the morning." accepting a stock check put for both: one item of both, not a second one."""
    got = tasks(
        [
            ("Owen Price", "Nadia, shall we do the stock check together next Tuesday? I'm in Bristol anyway."),
            ("Nadia Brooks", "Let me check. Tuesday... yes, I can do the morning."),
        ]
    )
    assert got == ["do the stock check together"], got
