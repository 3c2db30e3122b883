"""Task wording by general mechanisms rather than phrase lists (pipeline/extract/antecedents.py, wording.py): what
"it"/"them" stands for, found by the parse and by the words a reply shares with what it answers. Each dialogue is
written for these tests, in several of the ways people say the same thing; each has a task the draft must give and
words no task may have."""

from __future__ import annotations

import json
import re

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extract.antecedents import _carries_on, _mistagged
from pipeline.extract.wording_rules import load_rules
from tests.support import MODELS
from tests.test_extract_wording import tasks

WORDING = MODELS / "wording" / "task_wording.jsonl"
REPLIES = MODELS / "wording" / "replies.jsonl"

# (case, dialogue, a task that must be given, words that must not be in any task)
CASES = [
    (
        "the_thing_named_in_full_turns_before",
        [
            ("Lucy Tam", "The reformulation moved the salt figures, so we need updated allergen labels for the range."),
            ("Will Ferris", "When could we see those?"),
            ("Owen Price", "Sorry, yes. I'll send you the updated labels by the 10th."),
        ],
        "send the updated allergen labels",
        ["10th"],
    ),
    (
        "a_kind_of_the_thing_said_before_fills_a_bare_noun",
        [
            ("Lucy Tam", "Have the signage quotes come back from the printers?"),
            ("Owen Price", "Not yet, they've gone quiet."),
            ("Lucy Tam", "Then I'll chase the quotes myself."),
        ],
        "chase the signage quotes",
        [],
    ),
    (
        "another_kind_of_the_same_noun_is_not_the_thing",
        [
            ("Lucy Tam", "The shipping labels went out to the depot yesterday."),
            ("Owen Price", "Good. I'll send over the updated labels for the gift packs on Friday."),
        ],
        "the updated labels for the gift packs",
        ["shipping"],
    ),
    (
        "a_kind_said_turns_before_a_bare_mention_still_fills_it",
        [
            ("Lucy Tam", "Last year the sponsor prizes were handed out on the terrace."),
            ("Will Ferris", "We'll move the prizes indoors this time."),
            ("Lucy Tam", "Owen, can you update the prizes?"),
            ("Owen Price", "Sure, I'll update the prizes."),
        ],
        "update the sponsor prizes",
        [],
    ),
    (
        "a_noun_said_last_as_part_of_another_name_is_not_filled",
        [
            ("Lucy Tam", "Last year the sponsor prizes were handed out on the terrace."),
            ("Will Ferris", "We'll move the prizes indoors this time."),
            ("Lucy Tam", "Then the prizes FAQ needs redoing. Owen, can you update the prizes?"),
            ("Owen Price", "Sure, I'll update the prizes."),
        ],
        "update the prizes",
        ["sponsor"],
    ),
    (
        "a_note_dropped_to_someone_is_the_thing_sent",
        [
            ("Lucy Tam", "Kim had to leave before the budget bit."),
            ("Owen Price", "I'll drop Kim a note tonight so she's up to speed."),
        ],
        "send Kim a note",
        ["tonight"],
    ),
    (
        "a_line_to_you_all_is_a_note_to_everyone",
        [
            ("Lucy Tam", "The trustees decide on Monday."),
            ("Owen Price", "Then I'll shoot you all a quick line on Tuesday with the outcome."),
        ],
        "send everyone a note",
        ["Tuesday"],
    ),
    (
        "the_kind_said_before_fills_a_thing_said_as_it_is_now",
        [
            ("Lucy Tam", "Back of pack then. Owen, we're still working off the old allergen panel."),
            (
                "Owen Price",
                "Yes, sorry, the reformulation moved the salt figures. I'll send you the updated panels by the 10th.",
            ),
        ],
        "send the updated allergen panels",
        ["old"],
    ),
    (
        "what_a_thing_was_said_to_be_is_not_its_name",
        [
            ("Lucy Tam", "Four more shops want the window kit. They're busy shops, too."),
            ("Owen Price", "Great. I'll let the shops know today."),
        ],
        "let the shops know",
        ["busy"],
    ),
    (
        "the_span_of_time_a_thing_covers_goes_with_it",
        [
            (
                "Lucy Tam",
                "On data, what we'd really like is the last three years of loyalty sales, by region if you can.",
            ),
            ("Owen Price", "I've got most of that somewhere."),
            ("Lucy Tam", "Could you send it over?"),
            ("Owen Price", "Yeah, sure. End of the week okay?"),
        ],
        "the last three years of loyalty sales",
        ["region", "data"],
    ),
    (
        "a_period_said_before_the_thing_it_is_of",
        [
            ("Lucy Tam", "Have you got six months of complaint records we could see?"),
            ("Owen Price", "Yes, I'll dig them out tomorrow."),
        ],
        "dig out six months of complaint records",
        ["tomorrow"],
    ),
    (
        "how_figures_are_split_is_not_the_thing",
        [
            ("Lucy Tam", "Can we get the footfall numbers, by store and by week?"),
            ("Owen Price", "Sure, I'll pull them together."),
        ],
        "the footfall numbers",
        ["store", "week"],
    ),
    (
        "a_second_step_joined_to_the_first_is_kept_when_both_fit",
        [
            ("Lucy Tam", "The opening line of the mailer isn't landing."),
            ("Owen Price", "Fair. We'll rework the opening line and give you two alternatives."),
        ],
        "and give two alternatives",
        [],
    ),
    (
        "a_question_put_keeps_its_answer_coming_back",  # session 31: the answer brought back is the work's end
        [
            ("Lucy Tam", "Is the rebate in or out for Wales?"),
            ("Owen Price", "Not sure. I'll check with our finance director and come back to you."),
        ],
        "check with the finance director about the rebate and come back",
        ["you"],
    ),
    (
        "an_invite_for_that_is_for_the_session_talked_about",
        [
            ("Lucy Tam", "We should go through the test scripts together before sign-off."),
            ("Will Ferris", "Yes, a proper walkthrough of the scripts, with the devs there."),
            ("Owen Price", "I'll send you both an invite for that after this."),
        ],
        "send an invite for the walkthrough of the scripts",
        ["both", "Yes"],
    ),
    (
        "them_all_is_the_things_named",
        [
            ("Lucy Tam", "I'll send you the names of everyone on the stand tomorrow."),
            ("Owen Price", "Lovely. Then I'll register them all on the portal by Friday."),
        ],
        "register the names of everyone on the stand",
        ["all", "Friday"],
    ),
    (
        "them_both_is_the_two_things_named",
        [
            ("Lucy Tam", "The two banner files are on the drive."),
            ("Owen Price", "Great, I'll resize them both tonight."),
        ],
        "resize the two banner files",
        ["both", "tonight"],
    ),
    (
        "what_a_thing_is_of_goes_before_the_tasks_own_phrase",
        [
            ("Lucy Tam", "We still need a copy of the presenter's passport for the insurers."),
            ("Owen Price", "Yeah. I'll get a copy off her agent today."),
        ],
        "get a copy of the presenter's passport off",
        ["today"],
    ),
    (
        "how_a_thing_was_judged_is_not_what_kind_it_is",
        [
            ("Lucy Tam", "We need a really good holding line before noon."),
            ("Owen Price", "Agreed. I'll draft the line on that basis."),
        ],
        "draft the holding line on that basis",
        ["good"],
    ),
    (
        "a_date_inside_what_it_is_for_goes_the_rest_stays",
        [
            ("Lucy Tam", "We're still locked out of the ad accounts."),
            ("Owen Price", "Right, I'll chase Dan for the passwords and the account handover today."),
        ],
        "chase Dan for the passwords and the account handover",
        ["today"],
    ),
    (
        "how_many_of_a_thing_is_not_a_date",
        [
            ("Lucy Tam", "And the printing for the gift box?"),
            ("Owen Price", "I'll get a price from Harcourt for three and four colours."),
        ],
        "get a price from Harcourt for three and four colours",
        [],
    ),
    (
        "a_deadline_phrase_still_goes",
        [
            ("Lucy Tam", "Can we see the pack before the board meets?"),
            ("Owen Price", "Yes, I'll send the board pack for the directors by the end of the week."),
        ],
        "send the board pack for the directors",
        ["end", "week"],
    ),
    (
        "reply_turns_later_takes_the_request_by_shared_words",
        [
            ("Lucy Tam", "Owen, could you pull together a breakdown of the sign-ups? By region and by store ideally."),
            ("Owen Price", "Sure, give me a second to find it."),
            ("Nadia Brooks", "While he looks, the print run went out on Monday."),
            ("Lucy Tam", "Good. Did the couriers behave this time?"),
            ("Nadia Brooks", "Mostly. One box went to the wrong depot but it turned up."),
            ("Will Ferris", "That depot is always a problem."),
            ("Owen Price", "Sorry, back to your question. Yes, I'll do it by region and by store where we've got it."),
        ],
        "a breakdown of the sign-ups by region and by store",
        ["depot", "got"],
    ),
    (
        "reply_turns_later_with_a_question_in_between",
        [
            ("Will Ferris", "Can you send us a summary of the complaints? Split by channel and by week, if possible."),
            ("Nadia Brooks", "Let me check what we log."),
            ("Lucy Tam", "And the stand at the trade show, is that booked?"),
            ("Owen Price", "Booked and paid for."),
            ("Nadia Brooks", "On the complaints, leave it with me, I'll send it by channel and by week."),
        ],
        "a summary of the complaints",
        ["stand", "trade show"],
    ),
    (
        "a_pronoun_subject_after_the_thing_does_not_skip_the_sentence",
        [
            ("Lucy Tam", "The venue contract came back from legal this morning."),
            ("Nadia Brooks", "Pass the seating plan to me the second it's final and I'll sign it off the same day."),
        ],
        "the seating plan",
        ["contract"],
    ),
    (
        "a_sentence_that_opens_with_its_pronoun_still_carries_the_thing_on",
        [
            ("Lucy Tam", "Is there a recording of the focus groups anywhere? It's probably on the old drive."),
            ("Owen Price", "I'll dig it out tomorrow."),
        ],
        "dig out a recording of the focus groups",
        ["drive"],
    ),
    (
        "an_earlier_turn_that_opens_on_it_is_about_the_thing_before",
        [
            ("Lucy Tam", "Should we also pause the second competition post? It's due out Thursday."),
            ("Will Ferris", "I'd pause it. Feels like throwing fuel on it right now."),
            ("Lucy Tam", "Agreed, pause it for a fortnight."),
            ("Owen Price", "Fine. I'll take it out of the schedule after this call."),
        ],
        "the second competition post",
        ["fuel"],
    ),
    (
        "a_pronoun_subject_with_a_modal_carries_the_thing_on",
        [
            ("Nadia Brooks", "Would a short summary of the changes help, for your leadership team?"),
            ("Lucy Tam", "Yes please. That would save me a whole morning."),
            ("Nadia Brooks", "I'll do that alongside the revised budget, so Tuesday."),
        ],
        "a short summary of the changes",
        ["morning"],
    ),
    (
        "the_subject_that_has_the_thing_is_not_the_thing",
        [
            ("Lucy Tam", "The stand is a different size this year. The organisers will have the new floor plans."),
            ("Will Ferris", "Owen, could you dig those out for us before the print deadline?"),
            ("Owen Price", "Sure, I'll dig them out tomorrow."),
        ],
        "the new floor plans",
        ["organisers"],
    ),
    (
        "asking_whoever_has_it_is_asking_them_for_what_was_asked",
        [
            ("Nadia Brooks", "The leaflet size changed after the redesign. The printers will have the bleed specs."),
            ("Will Ferris", "Could you dig those out for us? Even a rough sketch would help."),
            ("Nadia Brooks", "I'll ask the printers. They're not the quickest, mind."),
        ],
        "ask the printers for the bleed specs",
        [],
    ),
    (
        "ringing_whoever_has_it_is_about_what_was_asked",
        [
            ("Nadia Brooks", "Can we get the dressing brought forward for the shoot?"),
            ("Owen Price", "Leave that with me. I'll call the prop house first thing Monday."),
        ],
        "call the prop house about the dressing brought forward",
        [],
    ),
    (
        "ringing_whoever_has_a_thing_to_get_hold_of",
        [
            ("Nadia Brooks", "Owen, could you get hold of the updated floor plan?"),
            ("Owen Price", "Sure. I'll ring the venue this afternoon."),
        ],
        "ring the venue about the updated floor plan",
        ["hold"],
    ),
    (
        "ringing_whoever_with_nothing_asked_stays_as_said",
        [
            ("Nadia Brooks", "The venue still hasn't confirmed the room."),
            ("Owen Price", "I'll ring the venue tomorrow."),
        ],
        "ring the venue",
        ["about"],
    ),
    (
        "a_condition_said_as_its_own_sentence_after_the_request_is_kept",  # after a bare task (s49)
        [
            ("Lucy Tam", "Owen, could you brief the managers? Before the new posters go up?"),
            ("Owen Price", "Yes, I'll do that."),
        ],
        "brief the managers (before the new posters go up)",
        [],
    ),
    (
        "a_long_sentence_after_the_request_is_not_a_condition",
        [
            (
                "Lucy Tam",
                "Owen, could you brief the store managers on the new prices? After last year, when half of them "
                "heard about the change from customers first, I'd rather nobody is caught out.",
            ),
            ("Owen Price", "Yes, I'll do that."),
        ],
        "brief the store managers on the new prices",
        ["(after"],
    ),
    (
        "the_subject_of_the_pronouns_own_verb_is_not_what_it_stands_for",
        [
            ("Lucy Tam", "The revised claim wording came back from our lawyers this morning."),
            ("Owen Price", "Good. I'll make sure the board approve it on Tuesday."),
        ],
        "the board approve the revised claim wording",
        ["approve the board"],
    ),
    (
        "whom_a_causative_gets_to_do_it_is_not_what_it_is_done_to",
        [
            ("Lucy Tam", "The new shelf strips are at the depot."),
            ("Nadia Brooks", "I'll get the installers to fit them on Monday."),
        ],
        "fit the new shelf strips",
        ["fit the installers"],
    ),
    (
        "it_has_to_go_somewhere_carries_the_thing_on",
        [
            ("Lucy Tam", "The costed plan for the roadshow is nearly done. It has to go to our finance director."),
            ("Owen Price", "I'll send it over tonight then."),
        ],
        "the costed plan for the roadshow",
        ["director"],
    ),
    (
        "getting_there_answers_the_work_asked_for",
        [
            ("Will Ferris", "Owen, I'd like you and Nadia to go through the loyalty figures before the board meets."),
            ("Nadia Brooks", "Happy to. Owen, does Friday suit you?"),
            ("Owen Price", "Friday's fine. I'll come to you."),
        ],
        "go through the loyalty figures",
        ["come"],
    ),
    (
        "getting_there_with_nothing_asked_stays_as_said",
        [
            ("Will Ferris", "The loyalty figures look much better this month."),
            ("Owen Price", "Great. I'll pop over on Friday then."),
        ],
        "",
        ["together", "figures"],
    ),
    (
        "a_hedge_clause_keeps_no_resolved_pronoun",
        [
            ("Lucy Tam", "We need the weekly footfall for the pilot stores."),
            ("Owen Price", "I'll pull the footfall for each store, where we've got it."),
        ],
        "pull the footfall for each store",
        ["if", "have"],
    ),
    (
        # a request about what should happen to the thing, asked after naming it: the reply's own verb is the work,
        # its "it" the thing named before the question (not what the question frames it with, nor a later sentence)
        "a_request_about_the_thing_takes_the_replys_own_verb",
        [
            (
                "Owen Price",
                "Lucy, the venue deposit. Any chance it could go out before the end of the month? "
                "The caterers want paying too.",
            ),
            ("Lucy Tam", "Yes, fine. I'll get accounts to pay it by the 20th."),
        ],
        "get accounts to pay the venue deposit",
        ["caterers", "could", "chance"],
    ),
    (
        # whom the work is passed to ("ask the brand team to check them") is never what the pronoun stands for
        "whom_the_work_is_passed_to_is_not_the_thing",
        [
            ("Owen Price", "The print invoice still needs paying, by the way."),
            ("Lucy Tam", "Sure. I'll ask accounts to settle it."),
        ],
        "ask accounts to settle the print invoice",
        [],
    ),
    # whoever does "them" in the speaker's own sentence is not what "that" stands for, nor the nouns around it
    (
        "who_does_them_is_not_the_thing_a_survey",
        [
            ("Ana Ruiz", "I'd like to know whether the mailer changed anything."),
            ("Tom Hale", "We could run a customer survey. Qualtrics do them cheaply for charities. I'll set that up."),
        ],
        "set up a customer survey",
        ["Qualtrics", "charities"],
    ),
    (
        "who_does_them_is_not_the_thing_a_panel",
        [
            ("Ana Ruiz", "How do we know the new label reads well?"),
            ("Tom Hale", "Let's book a taste panel. The lab runs them every month. Leave that with me, I'll book it."),
        ],
        "a taste panel",
        ["lab", "month"],
    ),
    (
        "the_topic_before_an_order_is_still_the_thing",
        [
            ("Ana Ruiz", "We need a holding statement in case the press call."),
            ("Tom Hale", "The holding statement, leave it with us. You'll have a draft on Monday."),
        ],
        "the holding statement",
        [],
    ),
    # "get/have X done": the work itself, a prefixed verb too
    (
        "getting_a_thing_re_done_is_doing_it",
        [
            ("Ana Ruiz", "Can the short films open on the product?"),
            ("Tom Hale", "Yeah, I'll get the films re-edited with the product up front."),
        ],
        "re-edit the films",
        ["get"],
    ),
    (
        "having_them_repaired_is_repairing_them",
        [
            ("Ana Ruiz", "Two of the window signs came back damaged."),
            ("Tom Hale", "I'll get them repaired this week."),
        ],
        "repair the window signs",
        [],
    ),
    (
        "getting_it_signed_keeps_the_thing",
        [
            ("Ana Ruiz", "The venue contract still needs a signature from your side."),
            ("Tom Hale", "I'll get it signed by Friday."),
        ],
        "the venue contract",
        [],
    ),
    (
        "having_that_sorted_is_sorting_the_thing",
        [
            ("Ana Ruiz", "The cookie banner on the booking page is broken again."),
            ("Tom Hale", "I'll have that sorted by Friday."),
        ],
        "sort the cookie banner",
        ["have"],
    ),
    # "make sure X gets done": doing it
    (
        "making_sure_it_gets_signed_is_signing_it",
        [
            ("Ana Ruiz", "We'll send our supplier agreement over this afternoon."),
            ("Tom Hale", "Jo, can you make sure that gets signed and back?"),
            ("Jo Platt", "Yep, on it. I'll have it back Monday."),
        ],
        "sign the supplier agreement",
        ["sure", "back"],
    ),
    (
        "making_sure_people_are_briefed_is_briefing_them",
        [
            ("Ana Ruiz", "The store teams don't know about the new window yet."),
            ("Tom Hale", "I'll make sure the store managers are briefed before Friday."),
        ],
        "brief the store managers",
        ["sure"],
    ),
    (
        "making_sure_they_are_put_up_without_knowing_what_they_are_is_left",
        [
            ("Ana Ruiz", "Are we all set for Monday?"),
            ("Tom Hale", "I'll make sure they're put up on Monday."),
        ],
        "make sure",
        ["put up they"],
    ),
    # what the work is for, said with "to", when it says something of its own
    (
        "putting_out_to_tender_keeps_the_purpose",
        [
            ("Ana Ruiz", "We can't use that caterer again."),
            ("Tom Hale", "Agreed. I'll put the catering out to tender next month."),
        ],
        "put the catering out to tender",
        ["month"],
    ),
    (
        "a_purpose_that_only_points_back_is_left",
        [
            ("Ana Ruiz", "The coverage overnight will need a look in the morning."),
            ("Tom Hale", "I'll set up a call for nine tomorrow to go through it."),
        ],
        "set up a call",
        ["through"],
    ),
    # "I'll come" joins the work the other speaker wants to do
    (
        "coming_along_joins_what_the_other_wants_to_do",
        [
            ("Ana Ruiz", "We'd like to see the stand going up at the show. Would you be up for joining us?"),
            ("Tom Hale", "Yes, I'll come along."),
        ],
        "see the stand going up at the show",
        ["come"],
    ),
    (
        "coming_with_nothing_wanted_before_is_left",
        [
            ("Ana Ruiz", "Is the hall booked for the rehearsal?"),
            ("Tom Hale", "Yes. I'll come down on Friday."),
        ],
        "come down",
        ["hall"],
    ),
    # "just a reminder" frames what is due; a day of the month said alone is when
    (
        "a_reminder_is_not_the_thing_due",
        [
            ("Ana Ruiz", "Quick reminder, the expenses form is due Friday."),
            ("Tom Hale", "Yep, I'll send that over by Friday."),
        ],
        "the expenses form",
        ["reminder"],
    ),
    (
        "the_thirtieth_is_a_day",
        [
            ("Ana Ruiz", "Can you invoice us this month?"),
            ("Tom Hale", "I'll send the invoice by the thirtieth."),
        ],
        "send the invoice",
        ["thirtieth"],
    ),
    # a deadline that is something happening, and a condition with nothing left to say, are not the task
    (
        "before_an_event_is_the_deadline",
        [
            ("Ana Ruiz", "The menu photos came back from the studio."),
            ("Tom Hale", "Great, I'll send them over after the bank holiday."),
        ],
        "send the menu photos",
        ["holiday", "after"],
    ),
    (
        "before_the_shoot_is_the_deadline",
        [
            ("Ana Ruiz", "Whoever presents, the crew need the running order."),
            ("Tom Hale", "I'll send the running order to the crew before the shoot."),
        ],
        "send the running order",
        ["shoot"],
    ),
    (
        "once_that_is_in_leaves_nothing_to_say",
        [
            ("Ana Ruiz", "I'll have the guest list to Sam by the 3rd."),
            ("Sam Lee", "Good. Then I'll get the lanyards ordered once that's in."),
        ],
        "order the lanyards",
        ["once's", "in)"],
    ),
    (
        "as_soon_as_is_a_condition_not_the_object",
        [
            ("Ana Ruiz", "Bill needs the final logo files for the newsletter."),
            ("Tom Hale", "I'll send him the approved logo files as soon as the brand team have signed them off."),
        ],
        "the approved logo files",
        ["soon"],
    ),
    # an object said before the subject ("That I can send you."), and "first thing" (when, not a second object)
    (
        "a_demonstrative_said_first_is_the_object",
        [
            ("Ana Ruiz", "Could you share the sales by store?"),
            ("Tom Hale", "I can't share that. What I can share is the footfall by store. That I can send you."),
        ],
        "send the footfall by store",
        ["you"],
    ),
    (
        "the_number_of_something_is_a_thing_to_send",
        [
            ("Ana Ruiz", "Could you share revenue by store?"),
            ("Tom Hale", "Revenue I can't. What I can do is the number of orders placed online. That I can give you."),
        ],
        "the number of orders",
        ["revenue"],
    ),
    (
        "a_number_of_things_is_the_things",
        [
            ("Ana Ruiz", "We had a number of complaints about the queue at the bar."),
            ("Tom Hale", "I'll look into it this week."),
        ],
        "look into",
        ["number"],
    ),
    (
        "first_thing_is_when_it_is_done",
        [
            ("Ana Ruiz", "The minibus from the station is approved."),
            ("Tom Hale", "Then I'll book it first thing Monday."),
        ],
        "book the minibus from the station",
        ["thing"],
    ),
    (
        "first_thing_with_a_person_before_it_keeps_the_person",
        [
            ("Ana Ruiz", "We need to hold the photographer for March before someone else books her."),
            ("Tom Hale", "Put me down for that. I'll call her first thing Monday."),
        ],
        "hold the photographer",
        [],
    ),
    (
        "a_number_that_opens_the_sentence_is_not_a_name",
        [
            ("Ana Ruiz", "Two coaches for the airport run are approved, it comes out of the events budget."),
            ("Tom Hale", "Then I'll book them last thing today."),
        ],
        "book the two coaches for the airport run",  # the two just named (session 37: "the" put in)
        ["thing"],
    ),
    # an aside that estimates the size of the thing is not the thing
    (
        "a_hedged_aside_is_left_out",
        [
            ("Ana Ruiz", "The comments under the post are getting nasty."),
            ("Tom Hale", "So I'll write a holding statement, maybe two or three short lines, and send it to you."),
        ],
        "write and send a holding statement",
        ["maybe", "lines"],
    ),
    (
        "a_hedged_count_after_the_object_is_left_out",
        [
            ("Ana Ruiz", "Who should we invite to the panel?"),
            ("Tom Hale", "I'll put together a shortlist, probably four or five names, by Friday."),
        ],
        "put together a shortlist",
        ["probably", "names"],
    ),
    (
        "a_noun_the_parser_read_as_a_verb_with_back_after_it",
        [
            ("Ana Ruiz", "We've got the new summer menu photos back."),
            ("Tom Hale", "Great, I'll send them over tomorrow."),
        ],
        "the new summer menu photos",
        [],
    ),
    (
        "an_earlier_turn_saying_something_of_it_is_not_where_it_was_named",
        [
            ("Ana Ruiz", "The quarterly sales summary, when would suit you?"),
            ("Tom Hale", "Monday, please. I need it before the budget review on Tuesday."),
            ("Ana Ruiz", "Monday's fine. You'll have it first thing."),
        ],
        "the quarterly sales summary",
        ["review"],
    ),
    (
        "an_abbreviation_made_plural_is_plural",
        [
            ("Ana Ruiz", "We have six bookings on hold because nobody has a purchase number for them."),
            ("Tom Hale", "Right, that's ours. The Q3 SOWs. I'll get those signed this week."),
        ],
        "the Q3 statements of work",
        ["bookings"],
    ),
    (
        "whether_the_question_put_to_someone_stays",
        [
            ("Tom Hale", "Do we need a permit for the sampling van?"),
            ("Ana Ruiz", "Not sure. I'll talk to the council and find out whether we need a permit."),
        ],
        "find out whether we need a permit",
        [],
    ),
    (
        "if_after_a_verb_of_asking_is_the_question",
        [
            ("Tom Hale", "We'd love to say vegan on the new range."),
            ("Ana Ruiz", "I'll ask compliance if we can say vegan on the new range."),
        ],
        "ask compliance if we can say vegan",
        [],
    ),
    (
        "a_thing_to_have_rebuilt_is_the_work_of_rebuilding_it",
        [
            ("Tom Hale", "Where are we on the checkout page?"),
            ("Ana Ruiz", "I can have the checkout page rebuilt by Thursday."),
        ],
        "rebuild the checkout page",
        ["send"],
    ),
    (
        "the_noun_of_an_idiom_is_not_the_thing",
        [
            ("Lucy Tam", "Owen, can you build the split version of the welcome email?"),
            ("Owen Price", "Yep. I'll have it in the test environment by Friday so Will can have a poke around."),
            ("Will Ferris", "Friday's fine. I'll go through it properly on Monday."),
        ],
        "go through the split version",
        ["poke", "environment"],
    ),
    (
        "whom_a_verb_gets_to_do_the_work_is_not_the_thing",
        [
            ("Lucy Tam", "We'd need an NDA in place before we share the survey."),
            ("Owen Price", "Of course."),
            ("Lucy Tam", "I'll get procurement to send the NDA over today."),
            ("Owen Price", "Brilliant. We'll turn it round by return."),
        ],
        "turn the NDA round",
        [],
    ),
    (
        "a_question_doing_the_same_to_it_points_back_too",
        [
            ("Owen Price", "The final proofs are in your inbox."),
            ("Lucy Tam", "It's just the hero image, the candles one. Can we swap it for the cushions shot?"),
            ("Owen Price", "Yep. I'll get the studio to swap it this afternoon."),
        ],
        "swap the hero image",
        ["proofs"],
    ),
    (
        "the_same_verb_after_the_thing_in_its_own_sentence_points_at_it",
        [
            ("Owen Price", "So, the release. I'll draft the opening release and get it to you by Friday."),
            ("Lucy Tam", "So if Owen gets it to you Friday, you sign off by the twenty-second?"),
            ("Will Ferris", "By the twenty-second, yes. I'll do it over the weekend."),
        ],
        "gets the opening release",
        ["So"],
    ),
    (
        "them_chased_for_a_thing_are_people",
        [
            ("Will Ferris", "We still don't have API access, so the used car pages are running off a CSV."),
            ("Lucy Tam", "We asked the vendor twice."),
            ("Will Ferris", "Could you chase them for the API keys?"),
            ("Lucy Tam", "Yeah. I'll chase them today."),
        ],
        "the API keys",
        ["pages"],
    ),
    (
        "what_it_is_like_does_not_say_which_thing",
        [
            ("Lucy Tam", "The supplier form still needs a signature from finance."),
            ("Will Ferris", "It's a formality, honestly."),
            ("Owen Price", "I'll chase it tomorrow."),
        ],
        "chase the supplier form",
        ["formality"],
    ),
]


@pytest.mark.parametrize(("case", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_general_wording(case: str, dialogue, expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)


def _doc(words: list[str], tags: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def test_a_plural_noun_the_parser_took_for_a_verb_is_still_a_thing() -> None:
    """ "have we got their menu cards?" with "cards" tagged as a verb: the possessive says it is a noun."""
    doc = _doc(
        ["have", "we", "got", "their", "menu", "cards", "?"],
        ["VBP", "PRP", "VBN", "PRP$", "NN", "VBZ", "."],
        ["AUX", "PRON", "VERB", "PRON", "NOUN", "VERB", "PUNCT"],
        ["aux", "nsubj", "ROOT", "poss", "nsubj", "ccomp", "punct"],
        [2, 2, 2, 5, 5, 2, 2],
    )
    assert _mistagged(doc[5], set()) == "the menu cards"
    assert _mistagged(doc[2], set()) is None  # "got": no possessive before it


def test_a_noun_read_as_a_verb_after_a_possessive_s_is_still_a_thing() -> None:
    """ "last year's ticket sales" with "sales" tagged as a verb; not "Tom's" straight before a verb."""
    doc = _doc(
        ["last", "year", "'s", "ticket", "sales", "?"],
        ["JJ", "NN", "POS", "NN", "VBZ", "."],
        ["ADJ", "NOUN", "PART", "NOUN", "VERB", "PUNCT"],
        ["amod", "poss", "case", "nsubj", "ROOT", "punct"],
        [1, 3, 1, 4, 4, 4],
    )
    assert _mistagged(doc[4], set()) == "the ticket sales"
    short = _doc(
        ["Tom", "'s", "works"], ["NNP", "POS", "VBZ"], ["PROPN", "PART", "VERB"], ["nsubj", "case", "ROOT"], [2, 0, 2]
    )
    assert _mistagged(short[2], set()) is None


def test_a_real_verb_after_a_possessive_noun_is_not_a_thing() -> None:
    """ "their banner needs resizing": "needs" has a verb's complement after it."""
    doc = _doc(
        ["their", "banner", "needs", "resizing"],
        ["PRP$", "NN", "VBZ", "VBG"],
        ["PRON", "NOUN", "VERB", "VERB"],
        ["poss", "nsubj", "ROOT", "xcomp"],
        [1, 2, 2, 2],
    )
    assert _mistagged(doc[2], set()) is None


def test_carrying_on_is_said_before_anything_is_named() -> None:
    opens = _doc(
        ["it", "is", "on", "the", "drive"],
        ["PRP", "VBZ", "IN", "DT", "NN"],
        ["PRON", "AUX", "ADP", "DET", "NOUN"],
        ["nsubj", "ROOT", "prep", "det", "pobj"],
        [1, 1, 1, 4, 2],
    )
    named_first = _doc(
        ["send", "the", "plan", "when", "it", "is", "ready"],
        ["VB", "DT", "NN", "WRB", "PRP", "VBZ", "JJ"],
        ["VERB", "DET", "NOUN", "SCONJ", "PRON", "AUX", "ADJ"],
        ["ROOT", "det", "dobj", "advmod", "nsubj", "advcl", "acomp"],
        [0, 2, 0, 5, 5, 0, 5],
    )
    opens[1].lemma_ = named_first[5].lemma_ = "be"
    assert _carries_on(opens[:], False)
    assert not _carries_on(named_first[:], False)


@pytest.mark.parametrize(
    ("said", "worded"),
    [
        ("get the signed quote over to the venue", "send the signed quote to the venue"),
        ("run the new visuals across to their brand team", "send the new visuals to their brand team"),
        ("get the signed quote over to you", "send the signed quote"),
        ("pass the budget to finance", "pass the budget to finance"),
    ],
)
def test_getting_something_over_to_someone_is_sending_it(said: str, worded: str) -> None:
    assert load_rules(WORDING).tidy(said) == worded


def test_asking_of_rows_match_their_examples_and_not_the_rest() -> None:
    rows = [json.loads(x) for x in REPLIES.read_text().splitlines() if x.strip()]
    for row in (r for r in rows if r["label"] == "ASK_OF"):
        assert row["examples"] and row["not_examples"]
        pattern = re.compile(row["pattern"], re.IGNORECASE)
        assert all(pattern.match(x) for x in row["examples"]), row["id"]
        assert not any(pattern.match(x) for x in row["not_examples"]), row["id"]


def _dated(words: list[str], pos: list[str], deps: list[str], heads: list[int], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def test_numbers_the_tagger_took_for_a_date_do_not_make_a_thing_a_date() -> None:
    """ "for five and six colours" with "five and six" tagged DATE: how many of a thing, kept; "for two weeks" and
    "by the end of the month" stay dates."""
    from pipeline.extract.task_dates import _dated_aside

    colours = _dated(
        ["get", "a", "quote", "for", "five", "and", "six", "colours"],
        ["VERB", "DET", "NOUN", "ADP", "NUM", "CCONJ", "NUM", "NOUN"],
        ["ROOT", "det", "dobj", "prep", "nummod", "cc", "conj", "pobj"],
        [0, 2, 0, 0, 7, 4, 4, 3],
        ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"],
    )
    assert _dated_aside(colours[3])
    weeks = _dated(
        ["hold", "it", "for", "two", "weeks"],
        ["VERB", "PRON", "ADP", "NUM", "NOUN"],
        ["ROOT", "dobj", "prep", "nummod", "pobj"],
        [0, 0, 0, 4, 2],
        ["O", "O", "O", "B-DATE", "I-DATE"],
    )
    assert not _dated_aside(weeks[2])
    end = _dated(
        ["send", "it", "by", "the", "end", "of", "the", "month"],
        ["VERB", "PRON", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
        ["ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj"],
        [0, 0, 0, 4, 2, 4, 7, 5],
        ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE"],
    )
    assert not _dated_aside(end[2])
