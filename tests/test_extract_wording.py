"""Task wording an AE keeps (models/wording/task_wording.jsonl, pipeline/extract/wording.py): "it"/"that" resolved
to what it points back to, verb first, no fillers, hedges or vocatives, the listener out, "us" as the organisation.
Each row is a short dialogue written for these tests and the task the draft must give (or must not give)."""

from __future__ import annotations

import json
import re

import pytest

from tests.support import MODELS, extract_turns
from tests.test_extract_meetings import MEETING_DATE, PEOPLE, run

WORDING = MODELS / "wording" / "task_wording.jsonl"


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


# (rule, dialogue, a task that must be given, words that must not be in any task)
CASES = [
    (
        "resolve_request_that",
        [
            ("Nadia Brooks", "Lucy, can you email the print supplier about the paper stock this week?"),
            ("Lucy Tam", "Yeah, I'll do that."),
        ],
        "email the print supplier about the paper stock",
        ["do that"],
    ),
    (
        "resolve_it_earlier_turn",
        [
            ("Lucy Tam", "Is there a floor plan of the venue anywhere?"),
            ("Owen Price", "There is. I'll dig it out for you tomorrow."),
        ],
        "send a floor plan of the venue",
        ["dig it"],
    ),
    (
        "resolve_that_same_turn",
        [("Owen Price", "So the media schedule needs a second pass. I'll get that to you by Friday.")],
        "send the media schedule",
        ["get that"],
    ),
    (
        "resolve_plural_them",
        [
            ("Lucy Tam", "The store photos from the refit are on a drive somewhere."),
            ("Nadia Brooks", "Our studio will pick them up and retouch them."),
        ],
        "pick up the store photos",
        ["pick them"],
    ),
    (
        "get_it_over",
        [("Owen Price", "I'll get the revised cost sheet over to you on Monday.")],
        "send the revised cost sheet",
        ["over to you"],
    ),
    (
        "have_the_thing",
        [("Owen Price", "You'll have the draft contract by Friday.")],
        "send the draft contract",
        [],
    ),
    (
        "fillers_hedges",
        [("Nadia Brooks", "Um, I'll just quickly update the tracker with the new dates tomorrow.")],
        "update the tracker with the new dates",
        ["just", "quickly", "um"],
    ),
    (
        "vocative",
        [
            ("Lucy Tam", "Owen, could you send the shoot schedule to the photographer?"),
            ("Owen Price", "Sure, will do."),
        ],
        "send the shoot schedule to the photographer",
        ["Owen"],
    ),
    (
        "request_wrapper",
        [
            ("Nadia Brooks", "Look, why don't you and I sit down and agree the launch KPIs next Tuesday?"),
            ("Lucy Tam", "Yes, let's do that together."),
        ],
        "sit down and agree the launch KPIs",
        ["why don't", "Look"],
    ),
    (
        "us_to_organisation",
        [
            ("Nadia Brooks", "Lucy, can you send us the hero product list by Thursday?"),
            ("Lucy Tam", "Yes, no problem."),
        ],
        "send the hero product list",
        [" us "],
    ),
    (
        "do_that_resolves_the_offer",
        [
            ("Owen Price", "I could trim the radio script down to twenty seconds and record a new sign-off."),
            ("Lucy Tam", "Yes please. Can you do that?"),
            ("Owen Price", "Sure, will do."),
        ],
        "trim the radio script down to twenty seconds",
        ["do that"],
    ),
    (
        "causative_that_resolved",
        [
            ("Lucy Tam", "We still don't have the usage licence for the stock photo."),
            ("Nadia Brooks", "Owen, can you get that signed off this week?"),
            ("Owen Price", "Yep, on it."),
        ],
        "get the usage licence for the stock photo signed",
        ["that"],
    ),
    (
        "look_into_that",
        [
            ("Lucy Tam", "Some of the sales team want a shuttle bus from the station."),
            ("Owen Price", "I'll look into that before Friday."),
        ],
        "look into a shuttle bus from the station",
        ["that"],
    ),
    (
        "discourse_look_only_with_comma",
        [("Owen Price", "Look, I'll look at the pricing grid tomorrow.")],
        "look at the pricing grid",
        ["Look,"],
    ),
    (
        "agent_is_not_what_it_is",
        [
            (
                "Nadia Brooks",
                "The printers have said the banner proofs are nearly done. Our team will have them with you Monday.",
            )
        ],
        "send the banner proofs",
        ["printers"],
    ),
    (
        "gerund_to_verb_first",
        [
            ("Nadia Brooks", "Any chance of updating the stockist map before the launch?"),
            ("Owen Price", "Yeah, no problem."),
        ],
        "update the stockist map",
        ["updating", "chance"],
    ),
    (
        "you_are_doing_tag",
        [
            ("Lucy Tam", "Owen, you're checking the venue capacity, yeah?"),
            ("Owen Price", "Yep."),
        ],
        "check the venue capacity",
        ["yeah", "Owen", "you're"],
    ),
    (
        "reason_cut",
        [
            ("Lucy Tam", "Someone needs to check the competition terms again, because the prize has changed."),
            ("Owen Price", "Yep, I'll take that."),
        ],
        "check the competition terms",
        ["because", "prize"],
    ),
    (
        "nickname_vocative",
        [("Nadia Brooks", "Ollie, you're doing the store rota, yeah?"), ("Owen Price", "Yep.")],
        "do the store rota",
        ["Ollie", "yeah"],
    ),
    (
        "do_it_after_declined_request",
        [
            ("Nadia Brooks", "The trade paper want an interview with someone senior. Lucy, would you do it?"),
            ("Lucy Tam", "Not this week, sorry. I'm away Wednesday to Friday."),
            ("Will Ferris", "I'll do it, then."),
        ],
        "do an interview with someone senior",
        ["do it", "paper"],
    ),
    (
        "that_after_request_for_an_offer",
        [
            ("Owen Price", "We could look at a shuttle bus from the station."),
            ("Lucy Tam", "Can you look into that?"),
            ("Owen Price", "Sure, I'll take care of it."),
        ],
        "look at a shuttle bus from the station",
        ["take care"],
    ),
    (
        "hyphenated_antecedent_whole",
        [("Owen Price", "The studio finished a stop-motion teaser last night. I'll get it over to you today.")],
        "a stop-motion teaser",
        [],
    ),
    (
        "the_question_answered_before_a_fragment",
        [
            ("Lucy Tam", "Owen, is there any footfall data from the test stores? Even rough figures."),
            ("Owen Price", "Yep, there is. I'll dig it out."),
        ],
        "dig out the footfall data from the test stores",
        ["figures"],
    ),
    (
        "it_carried_on_by_a_pronoun_subject",
        [
            (
                "Nadia Brooks",
                "The interview audio from the launch event would be handy. It's on an old laptop somewhere. "
                "I'll dig it out.",
            )
        ],
        "dig out the interview audio from the launch event",
        ["laptop"],
    ),
    (
        "approximation_and_deadline_phrase_out",
        [
            ("Lucy Tam", "Could we run a few more store visits together?"),
            ("Owen Price", "Yes. So you and I could book, what, four visits between us in the next three weeks?"),
            ("Lucy Tam", "Deal."),
        ],
        "book four visits",
        ["what", "between", "weeks"],
    ),
    (
        "aside_after_the_object",
        [("Nadia Brooks", "I'll draft a quick pricing scan — what the big grocers are charging online.")],
        "draft a pricing scan",
        ["grocers"],
    ),
    (
        "one_with_modifiers",
        [
            ("Lucy Tam", "The old price card is still on the shelf edge."),
            ("Owen Price", "I'll get the printers to send you the new one."),
        ],
        "send the new price card",
        ["old", "you"],
    ),
    (
        "need_before_a_reason_clause",
        [
            (
                "Lucy Tam",
                "Someone needs to send the embargo note to the regional titles, ideally by Friday, so they can plan.",
            ),
            ("Owen Price", "Consider it done."),
        ],
        "send the embargo note to the regional titles",
        ["plan"],
    ),
    (
        "thats_mine_takes_the_question",
        [
            ("Lucy Tam", "The shelf leaflets need a refresh. Who is updating those?"),
            ("Owen Price", "Yep, that is mine."),
        ],
        "update the shelf leaflets",
        ["mine", "Who"],
    ),
    (
        "the_thing_is_mine",
        [("Lucy Tam", "Who is updating the shelf leaflets?"), ("Owen Price", "The leaflets are mine.")],
        "handle the shelf leaflets",
        ["mine"],
    ),
    (
        "leave_it_with_me_takes_the_request",
        [
            ("Lucy Tam", "Can someone book the photographer for the store opening?"),
            ("Owen Price", "Leave it with me."),
        ],
        "book the photographer for the store opening",
        ["leave", "with me"],
    ),
    (
        "offer_of_something_accepted",
        [
            ("Lucy Tam", "The store team keep asking about the new returns rules."),
            ("Owen Price", "Shall I write something up for them?"),
            ("Lucy Tam", "Yes please."),
        ],
        "write up the new returns rules",
        ["something"],
    ),
    (
        "worth_wrapper",
        [
            ("Owen Price", "Would it be worth us doing a store walk together before the install?"),
            ("Lucy Tam", "Yes, let's. How's Tuesday?"),
        ],
        "do a store walk together",
        ["worth"],
    ),
    (
        "first_verb_without_object_keeps_the_second",
        [("Owen Price", "Shall we get together and go through the shelf plan on Monday?"), ("Lucy Tam", "Yes, let's.")],
        "get together and go through the shelf plan",
        [],
    ),
    (
        "get_it_done_is_the_work",
        [("Owen Price", "Our team will get the radio spots booked by Friday.")],
        "book the radio spots",
        ["get", "Friday"],
    ),
    (
        "get_it_signed_stays",
        [("Owen Price", "I'll get the model release signed this week.")],
        "get the model release signed",
        [],
    ),
    (
        "time_of_day_tail_out",
        [("Owen Price", "I'll send the shelf plan over first thing.")],
        "send the shelf plan",
        ["first", "thing"],
    ),
    (
        "day_of_month_out",
        [("Owen Price", "We'll have the pitch deck with you by the ninth.")],
        "send the pitch deck",
        ["ninth"],
    ),
    (
        "me_as_recipient_out",
        [("Lucy Tam", "Can you send me the media flowchart as a PDF?"), ("Owen Price", "Sure, will do.")],
        "send the media flowchart as a PDF",
        ["me"],
    ),
    (
        "come_back_to_you_reports_on_what_was_said",
        [("Lucy Tam", "Action on me to check the freight costs with logistics. I'll come back to you by Friday.")],
        "check the freight costs with logistics",
        ["come back"],
    ),
    (
        "go_through_it",
        [
            ("Owen Price", "We've written the product copy for the six new lines. Quicker to go through it together?"),
            ("Lucy Tam", "Much quicker. Tuesday? You and me?"),
        ],
        "go through the product copy for the six new lines together",
        [" it "],
    ),
    (
        "condition_in_brackets",
        [("Owen Price", "Our studio will resize the banners once the hero edit is approved.")],
        "resize the banners (once the hero edit is approved)",
        [],
    ),
    (
        "the_sentences_opener_is_not_the_things",
        [
            ("Owen Price", "Agreed. So rooftop plus the covered terrace. Lucy, can you confirm that with the venue?"),
            ("Lucy Tam", "Will do."),
        ],
        "confirm rooftop",
        ["So "],
    ),
    (
        "a_thing_asked_about_is_not_it",
        [
            ("Owen Price", "Okay, I need the detail on that. Like, which days, which times."),
            ("Lucy Tam", "It's all in the store reports. I'll pull it into one sheet."),
        ],
        "the detail",
        ["which"],
    ),
    (
        "condition_keeps_who_waits",
        [("Owen Price", "The buyer list is nearly there."), ("Lucy Tam", "Once we have it, we'll send invites out.")],
        "send invites (once we have the buyer list)",
        ["once have"],
    ),
    (
        "condition_keeps_who_waits_for_their_step",
        [("Owen Price", "I'll order the power once I've got the spec.")],
        "order the power (once I've got the spec)",
        [],
    ),
    (
        "condition_of_a_thing_doing_something_keeps_it",
        [("Owen Price", "I'll send the deck once it lands.")],
        "send the deck (once it lands)",
        ["once lands"],
    ),
    (
        "condition_about_the_object_itself_is_short",
        [("Owen Price", "I'll post the statement on our channels as soon as it's signed off.")],
        "(once signed off)",
        ["it's"],
    ),
    (
        "a_dated_possessive_is_not_the_thing",
        [
            ("Owen Price", "When can your legal team look at the revised statement of work?"),
            ("Lucy Tam", "Tuesday's good. Our legal team will have it back to you by the fifteenth."),
        ],
        "the revised statement of work",
        ["good", "'s"],
    ),
    (
        "i_can_do_that_answers_the_question_just_asked",
        [
            ("Owen Price", "I'll send the revised cost sheet by Friday."),
            ("Lucy Tam", "Lovely."),
            ("Nadia Brooks", "Will, are you free for a store walk on the twelfth? With the regional manager."),
            ("Will Ferris", "The twelfth. Yes, I can do that."),
        ],
        "do a store walk",
        ["twelfth", "send the revised cost sheet do"],
    ),
    (
        "a_draft_says_of_what",
        [
            ("Lucy Tam", "We will need a holding statement for the regional press."),
            ("Owen Price", "Leave it with us. You will have a draft by Wednesday."),
        ],
        "draft a holding statement for the regional press",  # the making, as the report says it
        [],
    ),
    (
        "the_draft_already_known_stays",
        [("Owen Price", "That one's mine. I'll send the draft over on Monday.")],
        "send the draft",
        ["mine"],
    ),
    (
        "them_passes_over_a_singular_sentence",
        [
            ("Lucy Tam", "The new shelf labels arrived this morning."),
            ("Owen Price", "The warehouse is shut on Friday, though. I will check them over tomorrow."),
        ],
        "check the new shelf labels",
        ["warehouse"],
    ),
    (
        "handle_x_then_the_work_on_it",
        [
            ("Lucy Tam", "Someone has to tell the regional buyers."),
            ("Owen Price", "No, I will handle the buyers. I will brief them on the new prices on Monday."),
        ],
        "brief the regional buyers on the new prices",
        ["handle"],
    ),
    (
        "pick_that_up_takes_the_work_said_it_needs",
        [
            ("Lucy Tam", "So the shelf wobblers need redoing with the new price."),
            ("Nadia Brooks", "Our studio will pick that up by Friday."),
        ],
        "redo the shelf wobblers with the new price",
        ["pick"],
    ),
    (
        "sort_it_after_needs_to_be_done",
        [("Owen Price", "The press release needs to be updated with the new quote. I will sort it tomorrow.")],
        "update the press release with the new quote",
        ["sort"],
    ),
    (
        "pick_them_up_with_no_need_said_stays",
        [
            ("Lucy Tam", "The store photos need a look, they came back from the printer on Monday."),
            ("Nadia Brooks", "Our studio will pick them up."),
        ],
        "pick up the store photos",
        [],
    ),
    (
        "get_them_weekly_resolves_them",
        [
            ("Lucy Tam", "Footfall. Last year we got the counts at the end. Any chance of getting them weekly?"),
            ("Owen Price", "Yeah, no problem."),
        ],
        "get the counts weekly",
        ["them"],
    ),
    (
        "examples_after_the_object_are_an_aside",
        [("Owen Price", "Our ad team are updating the block list this week — gambling, obviously, and a few others.")],
        "update the block list",
        ["gambling", "others"],
    ),
    (
        "a_list_of_objects_is_kept",
        [("Owen Price", "I will send the deck, the notes and the budget tomorrow.")],
        "budget",
        [],
    ),
    (
        "made_then_sent_reads_and_send",
        [("Owen Price", "Our team will put together a launch calendar and get it over to you by Friday.")],
        "put together and send a launch calendar",
        ["get"],
    ),
    (
        "made_then_reported_back_is_not_sent",
        [("Owen Price", "I'll update the tracker and get back to you on Monday.")],
        "update the tracker",
        ["send"],
    ),
    (
        "made_then_signed_off_is_not_sent",
        [("Owen Price", "I'll write the copy and get it signed off by legal.")],
        "write the copy",
        ["send"],
    ),
    (
        "request_pronoun_named_in_the_reply",
        [
            ("Nadia Brooks", "Your buyers bounced our October invoices over the new cost codes."),
            ("Lucy Tam", "Sorry, we moved platforms. Could you reissue them with the new codes?"),
            ("Nadia Brooks", "Yes, our finance team will reissue the October invoices this week."),
        ],
        "reissue the October invoices",
        ["platforms"],
    ),
    (
        "bare_any_chance_takes_what_was_needed",
        [
            ("Nadia Brooks", "For the test we'd need the price list updated before the sale starts. Any chance?"),
            ("Lucy Tam", "Yeah, should be fine — our web team will sort it early next week."),
        ],
        "update the price list",
        ["chance"],
    ),
    (
        "bare_try_takes_what_was_needed",
        [("Nadia Brooks", "We need the banners resized for the app."), ("Lucy Tam", "I'll try, by Friday.")],
        "resize the banners for the app",
        [],
    ),
    (
        "a_verb_alone_takes_the_turns_commitment",
        [
            (
                "Nadia Brooks",
                "So on your side, Will will pull all of that into a shopper insight report. Will, when do you think?",
            ),
            ("Will Ferris", "Next Friday. I'll have it with you next Friday."),
        ],
        "send a shopper insight report",
        ["think"],
    ),
    (
        "an_acronym_object_is_not_a_verb_alone",
        [
            ("Nadia Brooks", "And we'll need a purchase order for the deposit, won't we?"),
            ("Lucy Tam", "Our finance team will raise the PO by the 1st."),
        ],
        "raise the purchase order",
        ["need"],
    ),
    (
        "a_hyphenated_word_counts_once_in_what_it_is",
        [
            ("Lucy Tam", "Is there any click-through data from the regional test stores?"),
            ("Owen Price", "There is. I'll dig it out."),
        ],
        "dig out the click-through data from the regional test stores",
        [],
    ),
    (
        "whole_is_a_filler",
        [("Owen Price", "I'll send over the whole list of store contacts tomorrow.")],
        "send over the list of store contacts",
        ["whole"],
    ),
    (
        "the_other_three_are_three_of_what_was_counted",
        [
            (
                "Lucy Tam",
                "The review found nine broken links. We have fixed six. The other three are on the partner site.",
            ),
            ("Nadia Brooks", "Can we do anything about those three?"),
            ("Lucy Tam", "We can flag them to the partner. I'll write them up."),
        ],
        "write up the three broken links",
        ["partner site"],
    ),
    (
        "time_with_you_names_the_listener",
        [
            ("Lucy Tam", "Then it's me on the radio at six."),
            ("Owen Price", "I can do a prep call with you beforehand. Fifteen minutes, half five?"),
        ],
        "hold a prep call with Lucy",
        ["you"],
    ),
    (
        "a_thing_shared_with_you_is_sent_not_named",
        [("Lucy Tam", "Could you send the draft?"), ("Owen Price", "I'll share the draft with you tomorrow.")],
        "send the draft",
        ["Lucy"],
    ),
    (
        "acronym_spelled_out_before",
        [
            ("Lucy Tam", "For the street stalls we'll need mobile trader licences from the council."),
            ("Owen Price", "Fine. Who is applying for the MTLs?"),
            ("Nadia Brooks", "I'll apply for the MTLs on Monday."),
        ],
        "apply for the mobile trader licences",
        ["MTLs"],
    ),
    (
        "acronym_not_spelled_by_any_words",
        [
            ("Lucy Tam", "Let's explore different options for the wall."),
            ("Owen Price", "I'll update the LED wall drawing tomorrow."),
        ],
        "update the LED wall",
        ["explore", "different"],
    ),
    (
        "abbreviation_in_full",
        [("Lucy Tam", "Right, our procurement team will raise a PO on Friday.")],
        "raise a purchase order (PO)",
        ["PO"],
    ),
    (
        "invite_for_the_session",
        [
            ("Owen Price", "Shall we do a proper walkthrough of the loyalty app with your CRM lead next week?"),
            ("Lucy Tam", "Yes, Wednesday morning suits us."),
            ("Owen Price", "Great, I'll send an invite."),
        ],
        "send an invite for the walkthrough of the loyalty app",
        [],
    ),
    (
        "fronted_purpose",
        [("Lucy Tam", "For the site visit next week, floor plans, menus, the lot, I can put a pack together.")],
        "put a pack together for the site visit",
        [],
    ),
    (
        "someone_is_who_is_needed",
        [
            ("Lucy Tam", "We still need a videographer for the open day."),
            ("Owen Price", "Can you get someone booked by Friday?"),
            ("Lucy Tam", "Sure, will do."),
        ],
        "book a videographer",
        ["someone"],
    ),
    (
        "number_range_in_figures",
        [("Lucy Tam", "Sure, our team will get one to six scheduled in Hootsuite today.")],
        "schedule 1-6 in Hootsuite",
        ["six"],
    ),
    (
        "condition_before",
        [("Owen Price", "Our support team will email the affected customers today, before the notice goes live.")],
        "email the affected customers",  # an event to beat, a vague due: the task names its own thing (s49)
        [],
    ),
    (
        "next_step_kept",
        [("Owen Price", "I'll redo the seating plan and fold it into the event pack.")],
        "redo the seating plan and fold it into the event pack",
        [],
    ),
    (
        "take_on_with_next_step",
        [
            ("Lucy Tam", "The menus need reprinting."),
            ("Owen Price", "Our studio will pick that up, and they'll drop them into the welcome packs."),
        ],
        "reprint the menus and drop them into the welcome packs",
        ["pick"],
    ),
    (
        "pointing_task_with_a_condition",
        [
            ("Lucy Tam", "The shelf labels need reprinting."),
            ("Owen Price", "Our studio will pick that up once the prices are confirmed."),
        ],
        "reprint the shelf labels (once the prices are confirmed)",
        ["pick"],
    ),
    (
        "bare_noun_said_with_its_object_before",
        [
            ("Owen Price", "We'll need access to the brand asset library before we start."),
            ("Lucy Tam", "Of course. Our IT team will set you up with access by Friday."),
        ],
        "access to the brand asset library",
        [],
    ),
    (
        "scope_listed_after",
        [
            ("Lucy Tam", "Owen, can you update the launch plan? Timings, budget and the approvals."),
            ("Owen Price", "Sure, by Friday."),
        ],
        "update the launch plan (timings, budget, approvals)",
        [],
    ),
    (
        "a_few_made_the_number_said_next",
        [
            ("Lucy Tam", "The headline feels weak."),
            ("Owen Price", "Okay. I can write a few alternative headlines as a backup. Three options, say, by Monday?"),
        ],
        "write three alternative headlines as a backup",
        ["few"],
    ),
    (
        "hyphen_kept",
        [("Owen Price", "I'll have the re-cut with you by Friday.")],
        "send the re-cut",
        ["re cut"],
    ),
    (
        "a_request_said_again_more_fully_in_the_answer",
        [
            ("Nadia Brooks", "We'll need a few customers happy to be filmed. Could you put a note out internally?"),
            ("Lucy Tam", "We can do that. Our comms team will put a note out for customers in the weekly bulletin."),
        ],
        "put a note out for customers in the weekly bulletin",
        ["internally"],
    ),
    (
        "a_request_answered_with_another_thing_keeps_its_own",
        [
            ("Nadia Brooks", "Could you send the shortlist over?"),
            ("Lucy Tam", "Yes, I can do that, and I'll send the budget to finance as well."),
        ],
        "send the shortlist",
        [],
    ),
    (
        "two_things_promised_in_one_turn_stay_two",
        [
            ("Lucy Tam", "Can we have the numbers?"),
            ("Owen Price", "Okay. We can get you the top line numbers today, and the full revised plan on Friday."),
        ],
        "get the full revised plan",
        [],
    ),
    (
        "a_piece_of_work_promised_in_answer_is_the_work_asked_for",
        [
            ("Nadia Brooks", "We would need to re-price the shoot if it's only one city."),
            ("Lucy Tam", "Owen, can you re-price it on the one-city basis?"),
            ("Owen Price", "Yep, I'll have a revised quote to you by Thursday."),
        ],
        "re-price the shoot on the one-city basis",
        ["send"],
    ),
    (
        "a_change_takes_the_size_asked_for_just_before",
        [
            ("Nadia Brooks", "Same time next Thursday for the follow-up?"),
            ("Lucy Tam", "Thursday works. Let's make it forty-five minutes though."),
            ("Nadia Brooks", "Forty-five minutes, sure. I'll shorten the invite."),
        ],
        "shorten the invite to forty-five minutes",
        [],
    ),
    (
        "a_change_with_no_size_said_stays_as_said",
        [
            ("Lucy Tam", "The deck feels long for the board."),
            ("Owen Price", "Agreed, I'll shorten the deck before Friday."),
        ],
        "shorten the deck",
        ["to"],
    ),
    (
        "got_to_everyone_is_circulated",
        [("Owen Price", "Once the council signs off, I'll finalise the seating plan and get it to everyone.")],
        "finalise and circulate the seating plan (once the council signs off)",
        ["Once"],
    ),
    (
        "a_race_with_someone_else_is_not_a_condition",
        [("Owen Price", "I'll book the drone operator before someone else grabs him.")],
        "book the drone operator",
        ["someone", "else"],
    ),
    (
        "a_step_someone_named_takes_first_is_a_condition",
        [("Owen Price", "I'll send the invites before the venue confirms the numbers.")],
        "send the invites (before the venue confirms the numbers)",
        [],
    ),
    (
        "a_joined_send_with_its_own_thing_is_kept",
        [
            ("Lucy Tam", "Fine, we can live with ninety a head."),
            ("Owen Price", "Great. I'll confirm with them today and send the booking form over for signature."),
        ],
        "confirm with them and send the booking form over for signature",
        ["today"],
    ),
    (
        "a_joined_send_with_a_subject_of_its_own_is_not_folded_in",
        [("Owen Price", "I'll update the budget tracker tonight, and Lucy will send the deck round tomorrow.")],
        "update the budget tracker",
        ["deck"],
    ),
    (
        "them_is_what_the_question_asked_for_not_who_it_is_about",
        [
            ("Lucy Tam", "Great. And the partners? The bakery needs to be on there."),
            ("Owen Price", "Oh. They weren't in the brief I had, sorry, do we have their brand guidelines?"),
            ("Nadia Brooks", "I have them. I'll email them to you right after this."),
        ],
        "email the brand guidelines",
        ["partners", "after"],
    ),
    (
        "him_is_the_person_named_before",
        [
            ("Lucy Tam", "The landlord is still sitting on the lease. Mr Okafor hasn't replied since May."),
            ("Owen Price", "I'll chase him on Monday."),
        ],
        "chase Mr Okafor",
        ["him"],
    ),
    (
        "her_is_left_when_two_people_were_named",
        [
            ("Lucy Tam", "Both Priya Shah and Grace Oduya asked about the panel."),
            ("Owen Price", "I'll call her this afternoon."),
        ],
        "call her",
        ["Priya", "Grace"],
    ),
]


@pytest.mark.parametrize(("rule", "dialogue", "expected", "absent"), CASES, ids=[c[0] for c in CASES])
def test_task_wording(rule: str, dialogue, expected: str, absent: list[str]) -> None:
    got = tasks(dialogue)
    assert len(set(got)) == len(got), got  # no item is worded as another one
    assert any(expected in t for t in got), got
    for word in absent:
        assert not any(f" {word} " in f" {t} " for t in got), (word, got)


def tasks_with_orgs(turns: list[tuple[str, str]]) -> list[str]:
    """The tasks of a meeting whose sidecar names both organisations (the agency is Brightwater)."""
    found = extract_turns(turns, PEOPLE, MEETING_DATE, agency="Brightwater Agency", client="Kestrel Foods")
    return [a.task for a in found.action_items]


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # the client offers to introduce the agency: "you" is the agency
        ([("Lucy Tam", "I'll introduce you to our regional buyers next week.")], "introduce Brightwater to"),
        # "make the intro": to whom the turn said the listener should meet
        (
            [("Lucy Tam", "It would be worth you meeting our regional buyers first. I'll make the intro on Monday.")],
            "introduce Brightwater to the regional buyers",
        ),
        (
            [
                ("Nadia Brooks", "We would love to talk to Harbour & Vale before we plan the launch."),
                ("Lucy Tam", "Of course. I'll set up an introduction next week."),
            ],
            "introduce Brightwater to Harbour & Vale",
        ),
        # "intro you to two of them": the verb in full, "them" as what was counted
        (
            [
                ("Nadia Brooks", "It would help to hear from a few of your store managers."),
                ("Lucy Tam", "We have forty stores in the pilot. I can intro you to three of them next week."),
            ],
            "introduce Brightwater to three of the stores",
        ),
        # the agency asks the client to "send us" something: the report says who "us" is
        (
            [
                ("Nadia Brooks", "Lucy, can you send us the hero product list by Thursday?"),
                ("Lucy Tam", "Yes, no problem."),
            ],
            "send Brightwater the hero product list",
        ),
        # "let you know" / "let me know": whom the owner tells, by name, and what
        (
            [
                ("Nadia Brooks", "So the rates card waits for your pricing committee?"),
                ("Lucy Tam", "It does. I'll let you know what they decide on Thursday."),
            ],
            "let Nadia know what they decide",
        ),
        (
            [
                ("Owen Price", "Lucy, could you let me know by Friday whether the shelf space is confirmed?"),
                ("Lucy Tam", "Yes, will do."),
            ],
            "let Owen know whether the shelf space is confirmed",
        ),
    ],
)
def test_person_changed_to_the_report(turns, expected: str) -> None:
    got = tasks_with_orgs(turns)
    assert any(t.startswith(expected) for t in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll get the brief over to you tomorrow.", "send the brief"),
        ("Our team will turn the banners round by the 14th.", "complete the banners"),
        ("I'll send the contact report round tomorrow.", "send the contact report"),
        # must not change: a causative "have", a person after "with", a real destination
        ("Our team will have the voice over recorded in two weeks.", "have the voice over recorded"),
        ("I'll confirm the date with the venue today.", "confirm the date with the venue"),
        ("I'll send the proofs to the printer on Monday.", "send the proofs to the printer"),
    ],
)
def test_delivery_idioms(text: str, expected: str) -> None:
    assert tasks([("Owen Price", text)]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of day said as a number is the due time, not the task
        ("And I'll sign the contract off before two.", "sign the contract off"),
        ("I'll get the deck over to you by half one.", "send the deck"),
        # not an amount the work changes something by
        ("I'll cut the edit by two.", "cut the edit by two"),
        ("I'll cut the budget by two percent.", "cut the budget by two percent"),
    ],
)
def test_clock_times_are_not_the_task(text: str, expected: str) -> None:
    assert tasks([("Owen Price", text)]) == [expected]


def test_a_long_condition_is_left_out_not_cut() -> None:
    got = tasks(
        [
            (
                "Owen Price",
                "I'll send the revised media schedule once the finance director and the board have both "
                "looked at the regional numbers.",
            )
        ]
    )
    assert got == ["send the revised media schedule"], got


def test_tasks_are_short() -> None:
    long = (
        "I'll put together a really detailed breakdown of every single regional media cost line item we have "
        "across the whole of the north-west and the midlands for next year by Friday."
    )
    assert all(len(t.split()) <= 12 for t in tasks([("Owen Price", long)]))


def test_every_wording_rule_is_known() -> None:
    rows = [json.loads(x) for x in WORDING.read_text().splitlines() if x.strip()]
    assert {r["label"] for r in rows} <= {
        "FILLER",
        "LEAD_IN",
        "DELIVERY",
        "AGENT",
        "DO_IT",
        "CUT",
        "OWNED",
        "DONE_TO",
        "REPORT_BACK",
        "VERSION_OF",
        "INTRO",
        "TAKE_ON",
        "PUT_IN",
        "SESSION",
        "ABBREVIATION",
        "ACRONYM",
        "INVITE",
        "SOMEONE",
        "ADDRESSED",
        "ROLE",
        "BODY",
        "REVIEWED",
        "DOCUMENT",
        "HELD",
        "CHASED",
    }
    assert len({r["id"] for r in rows}) == len(rows)


def _cut_rows() -> list[dict]:
    return [r for r in (json.loads(x) for x in WORDING.read_text().splitlines() if x.strip()) if r["label"] == "CUT"]


@pytest.mark.parametrize("row", _cut_rows(), ids=lambda r: r["id"])
def test_cut_rule_examples(row: dict) -> None:
    """Each CUT row takes its aside off its examples and leaves its non-examples whole (its "unless" as well: the
    tasks it leaves whole, as ``WordingRules.cut`` reads it)."""
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    unless = re.compile(row["unless"], re.IGNORECASE) if row.get("unless") else None
    assert row["examples"] and row["not_examples"]
    for text, expected in row["examples"]:
        assert unless is None or not unless.match(text), text
        assert pattern.sub("", text).strip() == expected, text
    for text in row["not_examples"]:
        assert (unless is not None and unless.match(text)) or pattern.sub("", text) == text, text


def _rows(*labels: str) -> list[dict]:
    return [r for r in (json.loads(x) for x in WORDING.read_text().splitlines() if x.strip()) if r["label"] in labels]


@pytest.mark.parametrize("row", _rows("ABBREVIATION", "ACRONYM"), ids=lambda r: r["id"])
def test_abbreviation_rule_examples(row: dict) -> None:
    """An ABBREVIATION / ACRONYM row writes its examples in full (or in capitals) and leaves its non-examples."""
    from pipeline.extract.wording_rules import WordingRules

    rules = WordingRules(frozenset(), (), ())
    if row["label"] == "ABBREVIATION":
        rules = WordingRules(frozenset(), (), (), abbreviations=((re.compile(row["pattern"]), row["replace"]),))
    else:
        rules = WordingRules(frozenset(), (), (), acronyms=frozenset(row["words"]))
    assert row["examples"] and row["not_examples"]
    for text, expected in row["examples"]:
        assert rules.spell_out(text) == expected, text
    for text in row["not_examples"]:
        assert rules.spell_out(text) == text, text


def test_an_invite_that_names_its_session_is_left() -> None:
    got = tasks(
        [
            ("Owen Price", "We should book a creative review before the shoot."),
            ("Lucy Tam", "Agreed. I'll send an invite for Thursday's production meeting."),
        ]
    )
    assert got == ["send an invite for the production meeting"], got  # its day is the item's due date


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # "for now", a date or a person said first is not what the work is for
        ([("Owen Price", "For now, I'll send the deck over.")], "send the deck"),
        ([("Owen Price", "For Tuesday, I'll have the media plan ready.")], "prepare the media plan"),
        # a sentence after the request that says more than a list, or lists days, is not what the work covers
        (
            [
                ("Lucy Tam", "Owen, can you update the launch plan? The budget has moved again."),
                ("Owen Price", "Sure, by Friday."),
            ],
            "update the launch plan",
        ),
        (
            [
                ("Lucy Tam", "Owen, can you update the launch plan? Monday, Tuesday at the latest."),
                ("Owen Price", "Sure."),
            ],
            "update the launch plan",
        ),
        # a number that counts people, in a sentence of its own, is not how many
        (
            [("Owen Price", "I can write a few alternative headlines. Three of us will review them.")],
            "write a few alternative headlines",
        ),
        # this call is not the session an invite is for
        (
            [("Lucy Tam", "Thanks for making time for this call."), ("Owen Price", "I'll send an invite.")],
            "send an invite",
        ),
        # the speaker's own "before I …" is not a step the work waits for
        ([("Owen Price", "I'll send the deck over before I leave.")], "send the deck"),
        # a joined verb that reports back, or is an item of its own, is not a next step
        ([("Owen Price", "I'll check the venue dates and come back to you.")], "check the venue dates"),
        (
            [("Owen Price", "I'll update the tracker and then I'll email the printers.")],
            ["update the tracker", "email the printers"],
        ),
        # when a noun was said, or said with nothing after it last, is not what it is of
        (
            [("Lucy Tam", "Can we do a site visit on the fourteenth?"), ("Owen Price", "Yes, I'll book a site visit.")],
            "book a site visit",
        ),
        (
            [
                ("Lucy Tam", "We liked the deck of case studies. Is the deck final?"),
                ("Owen Price", "Nearly. I'll send the deck tomorrow."),
            ],
            "send the deck",
        ),
        # a noun inside a longer one is not given what the noun alone was said with
        (
            [
                ("Owen Price", "We'll need access to the brand asset library."),
                ("Lucy Tam", "Sure. I'll send the access details tomorrow."),
            ],
            "send the access details",
        ),
        # a change of time is not a range
        ([("Owen Price", "I'll move the call from two to three.")], "move the call from two to three"),
        # nobody said who is needed: "someone" stays
        ([("Lucy Tam", "Can you get someone booked by Friday?"), ("Owen Price", "Sure.")], "book someone"),
    ],
)
def test_objects_left_as_said(turns, expected: str | list[str]) -> None:
    assert tasks(turns) == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # "no rush" says there is none: the contract is what "it" is
        (
            [("Lucy Tam", "We need the venue contract back. No rush."), ("Owen Price", "I'll sign it and send it.")],
            "sign and send the venue contract",
        ),
        # a transcriber's note is not speech
        (
            [("Lucy Tam", "The hoardings went up crooked [laughter]."), ("Owen Price", "I'll get it fixed this week.")],
            "fix the hoardings",
        ),
        # a thing that is there, said with "no" elsewhere in the turn, still is
        (
            [("Lucy Tam", "No, the banner proofs are wrong."), ("Owen Price", "I'll redo them tonight.")],
            "redo the banner proofs",
        ),
    ],
)
def test_what_is_said_not_to_be_there_is_not_what_it_points_back_to(turns, expected: str) -> None:
    assert tasks(turns) == [expected]


@pytest.mark.parametrize("row", _rows("INTRO", "TAKE_ON", "INVITE", "SOMEONE"), ids=lambda r: r["id"])
def test_pointing_task_rule_examples(row: dict) -> None:
    """An INTRO / TAKE_ON row matches the tasks that only point at the work, and not the ones that say it."""
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"] and row["words"]
    for text in row["examples"]:
        assert pattern.match(text), text
    for text in row["not_examples"]:
        assert not pattern.match(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase cut in half goes whole
        (
            "send over the list of requirements for the new loyalty scheme single sign-on page",
            "send over the list of requirements",
        ),
        # the cut falls where a phrase ends: kept as it is
        (
            "write a pinned reply on the summer post about the late parcels , we keep getting asked",
            "write a pinned reply on the summer post about the late parcels",
        ),
    ],
)
def test_a_long_task_is_cut_where_a_phrase_ends(text: str, expected: str) -> None:
    from pipeline.extract.wording_rules import load_rules

    assert load_rules(WORDING).tidy(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we've got the shuttle bus covered", "handle the shuttle bus"),
        ("got the hotel rooms covered", "handle the hotel rooms"),
        # must not change: covered as a word of the thing
        ("send the covered walkway plan", "send the covered walkway plan"),
    ],
)
def test_got_it_covered_reads_handle(text: str, expected: str) -> None:
    from pipeline.extract.wording_rules import load_rules

    assert load_rules(WORDING).tidy(text) == expected


def test_got_that_covered_answers_the_question() -> None:
    got = tasks(
        [
            ("Lucy Tam", "Who is sorting the shuttle bus from the hotel?"),
            ("Owen Price", "Oh, we've got that covered. Our events team do it every year."),
        ]
    )
    assert got == ["sort the shuttle bus from the hotel"], got


def _lead_in_rows() -> list[dict]:
    rows = (json.loads(x) for x in WORDING.read_text().splitlines() if x.strip())
    return [r for r in rows if r["label"] == "LEAD_IN" and "examples" in r]


@pytest.mark.parametrize("row", _lead_in_rows(), ids=lambda r: r["id"])
def test_lead_in_rule_examples(row: dict) -> None:
    """Each LEAD_IN row with examples takes its wrapper off them and leaves its non-examples whole."""
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"]
    for text, expected in row["examples"]:
        assert pattern.sub("", text, count=1) == expected, text
    for text in row["not_examples"]:
        assert not pattern.match(text), text


@pytest.mark.parametrize("row", [r for r in _rows("DELIVERY") if "examples" in r], ids=lambda r: r["id"])
def test_delivery_rule_examples(row: dict) -> None:
    """A DELIVERY row with examples rewrites each as given and leaves its non-examples alone."""
    pattern = re.compile(row["pattern"], re.IGNORECASE)
    assert row["examples"] and row["not_examples"]
    for text, expected in row["examples"]:
        assert pattern.sub(row["replace"], text) == expected, text
    for text in row["not_examples"]:
        assert pattern.sub(row["replace"], text) == text, text
