"""Every cue pattern and dependency frame, with sentences that must match and sentences that must not.

Sentences are written for these tests (agency dialogue), with ASR-style variants: lowercase, no punctuation,
fillers ("um", "uh", "you know") and false starts ("I'll I'll send"). The text goes through the same
normalisation as the extractor before it is parsed.
"""

from __future__ import annotations

import json

import pytest

from pipeline.extract import load_nlp
from pipeline.extract.asr import normalise
from pipeline.extract.owners import expand_names
from pipeline.schemas import Attendee
from pipeline.settings import Settings
from tests.support import MODELS


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings(models_dir=MODELS))


def cue_ids(nlp, text: str) -> set[str]:
    doc = nlp(normalise(text))
    return {s.id_ for s in doc.spans["cues"]}


# (rule id, sentence, must match?)
CUES = [
    # commitment idioms
    ("leave_it_with_me", "Yes, leave that with me.", True),
    ("leave_it_with_me", "um leave it with me i'll sort it", True),
    ("leave_it_with_me", "We'll leave the logo where it is.", False),
    ("leave_it_with_us", "The retouching? Leave it with us.", True),
    ("leave_it_with_us", "leave that with us we'll turn it round", True),
    ("leave_it_with_us", "Leave it with me.", False),
    ("put_me_down", "Put me down for the venue recce.", True),
    ("put_me_down", "put me down for that one", True),
    ("put_me_down", "Don't put the phone down.", False),
    ("thats_on_me", "That's on me, I'll chase the printer.", True),
    ("thats_on_me", "yeah that's on me", True),
    ("thats_on_me", "That's on the shelf already.", False),
    ("thats_on_us", "The missing proofs? That's on us.", True),
    ("thats_on_us", "That's on the agenda.", False),
    ("action_on_me", "Action on me to confirm the budget with procurement.", True),
    ("action_on_me", "ok action on me", True),
    ("action_on_me", "What action do we take?", False),
    ("thats_mine", "The supplier contract? That one's mine.", True),
    ("thats_mine", "the venue contract is mine.", True),
    ("thats_mine", "That coffee is my colleague's.", False),
    ("our_team_on_it", "Our studio's on it already.", True),
    ("our_team_on_it", "we've got that covered", True),
    ("our_team_on_it", "Our studio is in Leeds.", False),
    ("im_on_it", "I'm on it.", True),
    ("im_on_it", "uh i'm on it", True),
    ("im_on_it", "I'm on the train.", False),
    ("consider_it_done", "Consider it done.", True),
    ("consider_it_done", "consider it done", True),
    ("consider_it_done", "Consider the budget first.", False),
    ("i_can_do_that", "I can do that, no problem.", True),
    ("i_can_do_that", "i can take that on", True),
    ("i_can_do_that", "I can't do Mondays.", False),
    ("ill_be_there", "Thursday in Leeds? I'll be there.", True),
    ("ill_be_there", "i'll definitely be there for the press check", True),
    ("ill_be_there", "I'll be there in two minutes, my train's just pulling in", False),
    ("ill_be_there", "The boards will be there by ten.", False),
    ("request_why_dont_you", "Why don't you come along to the fitting?", True),
    ("request_why_dont_you", "why not join us at the studio on friday", True),
    ("request_why_dont_you", "I don't know why you'd want that.", False),
    ("request_why_dont_you", "Why don't we leave it there?", False),
    ("request_send_me", "Fine. Send me her email and I'll set up the login.", True),
    ("request_send_me", "get us the final cut when it's graded", True),
    ("request_send_me", "Give me a shout if the courier's late.", False),
    ("request_send_me", "Give us a mo, the screen's frozen.", False),
    ("request_send_me", "I'll send you the deck tonight.", False),
    ("request_send_me", "They never send us the proofs on time.", False),
    # acceptances
    ("accept_sure", "Sure, I'll send it.", True),
    ("accept_sure", "sure thing", True),
    (
        "accept_sure",
        "I'm not sure about the headline.",
        True,
    ),  # the ruler matches; the walk only reads it turn-initially
    ("accept_sure", "Ensure it's backed up.", False),
    ("accept_yes", "Yep, got it.", True),
    ("accept_yes", "yeah yeah", True),
    ("accept_yes", "Nope.", False),
    ("accept_of_course", "Of course, no problem.", True),
    ("accept_of_course", "absolutely", True),
    ("accept_of_course", "The course is full.", False),
    ("accept_will_do", "Will do.", True),
    ("accept_will_do", "happy to", True),
    ("accept_will_do", "What will they do?", False),
    ("accept_lets_do", "Yeah, let's do that.", True),
    ("accept_lets_do", "go on then", True),
    ("accept_lets_do", "Let's not do that.", False),
    ("accept_count_me_in", "Oh, count me in.", True),
    ("accept_count_me_in", "Love to. Which day?", True),
    ("accept_count_me_in", "Yes, let's both go.", True),
    ("accept_count_me_in", "I'd love to see the numbers on that.", False),
    ("accept_count_me_in", "Don't count the mailers in.", False),
    ("accept_please", "Yes please, by Friday.", True),
    ("accept_please", "please", True),
    ("accept_please", "Pleased to meet you.", False),
    ("accept_should_be_fine", "Should be fine. Monday?", True),
    ("accept_should_be_fine", "give me till thursday", True),
    ("accept_should_be_fine", "It should be finished by then.", False),
    ("accept_ill_do_it", "I'll do it, then.", True),
    ("accept_ill_do_it", "i'll i'll do it", True),
    ("accept_ill_do_it", "I'll do the intro.", False),
    # declines
    ("decline_not_now", "Not this week, sorry.", True),
    ("decline_not_now", "um not right now", True),
    ("decline_not_now", "This week works.", False),
    ("decline_afraid", "I'm afraid I can't share that.", True),
    ("decline_afraid", "unfortunately the studio is full", True),
    ("decline_afraid", "I'm not afraid of a challenge.", False),
    ("decline_cant", "I can't, I'm on leave.", True),
    ("decline_cant", "we cannot share the scores", True),
    ("decline_cant", "I can send it.", False),
    ("decline_rather_not", "I'd rather not mock it up yet.", True),
    ("decline_rather_not", "we would prefer not to", True),
    ("decline_rather_not", "I'd rather go with B.", False),
    ("decline_lets_not", "No, let's not do the drone shot.", True),
    ("decline_lets_not", "absolutely not", True),
    ("decline_lets_not", "Let's do the drone shot.", False),
    ("decline_no", "No, the budget's gone.", True),
    ("decline_no", "please don't", True),
    ("decline_no", "Nobody asked.", False),
    ("decline_not_possible", "That's not possible before launch.", True),
    ("decline_not_possible", "it won't be possible", True),
    ("decline_not_possible", "That's possible.", False),
    # requests, offers, joint sessions, when-questions
    ("request_can_you", "Can you send the toolkit over?", True),
    ("request_can_you", "could you uh could you pull the numbers", True),
    ("request_can_you", "You can see the screen.", False),
    ("request_any_chance", "Any chance you could resend the deck?", True),
    ("request_any_chance", "any chance of getting them weekly", True),
    ("request_any_chance", "There's no chance of rain.", False),
    ("request_possible", "Would it be possible to get the raw files?", True),
    ("request_possible", "would you mind checking the spec", True),
    ("request_possible", "It's possible we overspent.", False),
    ("request_someone", "Someone needs to chase the courier.", True),
    ("request_someone", "who's drafting the FAQs", True),
    ("request_someone", "Someone called earlier.", False),
    ("request_someone", "We need someone senior on the panel, either you or the chair.", True),
    ("request_someone", "We met someone from the council.", False),
    ("go_with_imperative", "Option C. Go with the C, it's cheaper.", True),
    ("go_with_imperative", "Go with the rooftop.", True),
    ("go_with_imperative", "We could go with the rooftop if it's dry.", False),
    ("request_tag_question", "You're doing the shortlist, yeah?", True),
    ("request_tag_question", "is that something you'd pick up", True),
    ("request_tag_question", "Yeah, that's right.", False),
    ("request_your_team", "Can your team draft the holding line?", True),
    ("request_your_team", "could your side send the logos", True),
    ("request_your_team", "Your team did well.", False),
    ("offer_want_me_to", "Do you want me to call the venue?", True),
    ("offer_want_me_to", "shall I book it", True),
    ("offer_want_me_to", "I want to book it.", False),
    ("joint_you_and_i", "You and I should walk the site.", True),
    ("joint_you_and_i", "maybe we do it together", True),
    ("joint_you_and_i", "You should walk the site.", False),
    ("when_question", "When by?", True),
    ("when_question", "when can we see it", True),
    ("when_question", "We saw it when it launched.", False),
    # agreements and proposals
    ("agreed", "So we're agreed, the budget is capped.", True),
    ("agreed", "so that's agreed then", True),
    ("agreed", "We never agreed to that.", False),
    ("agreed", "yes, so we're agree, the credit goes on the January invoice", True),
    ("agreed", "So we agree on the tone?", False),
    ("lets_go_with", "Let's go with the blue route.", True),
    ("lets_go_with", "um let's go with option two", True),
    ("lets_go_with", "Let's go to lunch.", False),
    ("lets_go_with", "So we're going with the shorter edit.", True),
    ("lets_decide", "Let's cap it at forty journalists, then.", True),
    ("lets_decide", "Let's keep it on the front, but small.", True),
    ("lets_decide", "Honestly, yes. Let's move it to the terrace.", True),
    ("lets_decide", "Let's go charcoal. Charcoal and done.", True),
    ("lets_decide", "Let's keep it simple.", False),
    ("lets_decide", "Let's keep that in mind.", False),
    ("lets_decide", "Let's go live on Monday.", False),
    ("lets_decide", "Let's move on to the budget.", False),
    ("lets_do_that", "Yes, let's do that.", True),
    ("lets_do_that", "Makes sense. Let's do it.", True),
    ("lets_do_that", "Yeah, let's.", True),
    ("lets_do_that", "Let's do that review on Friday instead of now.", False),
    ("happy_to_proceed", "We're happy to sign that off.", True),
    ("happy_to_proceed", "Happy to go ahead on that basis.", True),
    ("happy_to_proceed", "I'm happy to help with the copy.", False),
    ("approved", "The radio script is approved.", True),
    ("approved", "it's signed off", True),
    ("approved", "Send the approved logo.", False),
    ("decision_is", "The decision is we pause paid social.", True),
    ("decision_is", "we've decided to drop the podcast", True),
    ("decision_is", "It's a big decision.", False),
    ("decision_is", "Out. That's decided.", True),
    ("decision_is", "Nothing is decided yet.", False),
    ("decision_is", "Then that's the decision. A's apple with B's lettering.", True),
    ("decision_is", "So that's the call. Paused until the end of November.", True),
    ("decision_is", "Honestly, that's your call.", False),
    ("decision_is", "That's the decision we need to make today.", False),
    ("go_ahead", "Fine, go ahead and book it.", True),
    ("go_ahead", "yes go ahead", True),
    ("go_ahead", "Sorry, you go ahead.", False),
    ("confirmed", "Two hundred thousand, confirmed.", True),
    ("confirmed", "that's confirmed", True),
    ("confirmed", "Can you confirm the date?", False),
    ("x_it_is", "Fine. The courtyard it is.", True),
    ("x_it_is", "green it is then", True),
    ("x_it_is", "It is what it is, I suppose.", False),
    ("x_it_is", "okay, three months it is, we're in.", True),
    ("x_it_is", "As it is, we're in trouble.", False),
    ("x_it_is", "Understood. Lantern it is, we'll park the others.", True),
    ("x_it_is", "As it is, we'll struggle to fill the hall.", False),
    ("stays_in", "So the competition stays in.", True),
    ("stays_in", "the sponsor stays on.", True),
    ("stays_in", "Overnight stays in the period were up.", False),
    ("thats_the_one", "Yeah, that's the one.", True),
    ("thats_the_one", "yep that's the one", True),
    ("thats_the_one", "Which one is it?", False),
    ("reversal", "Scrap the toddy, then.", True),
    ("reversal", "hang on actually", True),
    ("reversal", "We kept the toddy.", False),
    ("reversal", "Right, I'm changing my mind. The stall stays.", True),
    ("reversal", "We've changed our minds on the venue.", True),
    ("reversal", "Nobody can change my mind on that.", False),
    ("reversal", "Right, I'm going back on what I said five minutes ago.", True),
    ("reversal", "Going back to what Owen said about the budget.", False),
    ("works_for_us", "Okay, that works for us.", True),
    ("works_for_us", "fine by me", True),
    ("works_for_us", "It works on mobile.", False),
    ("sounds_good", "Sounds good.", True),
    ("sounds_good", "yeah that makes sense", True),
    ("sounds_good", "It sounds loud.", False),
    ("agreed_reply", "Agreed. Sixty-forty it stays.", True),
    ("agreed_reply", "Okay, deal.", True),
    ("agreed_reply", "It's a big deal for them.", False),
    ("go_on_then", "Oh, go on then.", True),
    ("go_on_then", "Then we go on to the budget.", False),
    ("go_ahead_reply", "That's fine. Go ahead.", True),
    ("go_ahead_reply", "Sorry, go ahead.", False),
    ("go_ahead_reply", "Shall I go ahead?", False),
    ("we_can_do_that", "Okay, we can do that.", True),
    ("we_can_do_that", "Yeah we can do this.", True),
    ("we_can_do_that", "We can do that later if there's time.", False),
    ("proposal_instead", "Run the radio in June instead.", True),
    ("proposal_instead", "Instead, we talked about radio.", False),
    ("approved", "Then we'll sign that off as the final total.", True),
    ("approved", "Can you sign that off for me?", False),
    ("bare_fine", "Thirty. Fine. But I want to see it on a shelf.", True),
    ("bare_fine", "Fine, thanks, how are you?", False),
    ("bare_fine", "The colours are fine.", False),
    ("persuaded", "Okay. I'm persuaded.", True),
    ("persuaded", "You've convinced me, go with the voiceover.", True),
    ("persuaded", "That's very fair, we'd accept that.", True),
    ("persuaded", "I'm not persuaded by the data.", False),
    ("persuaded", "They accept cards.", False),
    ("proposal_instead", "Do the first four weeks instead, end of May through June.", True),
    ("done_deal", "Thirty without the extra day. Okay, done.", True),
    ("done_deal", "Alright, you've got a deal.", True),
    ("done_deal", "Okay, done? Can I stop sharing?", False),
    ("done_deal", "We're done with the brief.", False),
    ("proposal_suggest", "I'd suggest we move it to Thursday.", True),
    ("proposal_suggest", "we would recommend a thirty", True),
    ("proposal_suggest", "They suggested it last year.", False),
    ("proposal_what_if", "What if we moved the awards?", True),
    ("proposal_what_if", "could we push it a week", True),
    ("proposal_what_if", "We moved the awards.", False),
    # distractors and deferrals
    ("ill_be_honest", "I'll be honest, I prefer B.", True),
    ("ill_be_honest", "i'll be upfront with you", True),
    ("ill_be_honest", "I'll send it honestly.", False),
    ("in_meeting_perceive", "Can you hear me okay?", True),
    ("in_meeting_perceive", "I'll drop it in the chat", True),
    ("in_meeting_perceive", "Can you send the deck?", False),
    ("in_meeting_perceive", "Can everyone see the timeline okay?", True),
    ("in_meeting_perceive", "I can see your camera's frozen.", True),
    ("in_meeting_perceive", "Can you see if the printer can do Thursday?", False),
    ("in_meeting_recap", "Okay, let me just quickly recap where we are.", True),
    ("in_meeting_recap", "Let me play back what I heard.", True),
    ("in_meeting_recap", "I can give you till Monday, not later.", True),
    ("in_meeting_recap", "Shall I give you a bit of background first?", True),
    ("in_meeting_recap", "I'll give you the final numbers on Friday.", False),
    ("in_meeting_recap", "Let me check with the venue.", False),
    ("capability_boast", "Honestly, our in-house team could do that in their sleep.", True),
    ("capability_boast", "They can build it with one hand tied.", True),
    ("capability_boast", "We'll sleep on it.", False),
    ("accept_that_would_help", "Oh, that would be really helpful, yes.", True),
    ("accept_that_would_help", "that'd be brilliant", True),
    ("accept_that_would_help", "That would be a problem for the board.", False),
    ("withdraw_self", "Oh, of course. Ignore me then.", True),
    ("withdraw_self", "Scratch that, the venue already sent it.", True),
    ("withdraw_self", "Never mind.", True),
    ("withdraw_self", "Never mind the cost, is it on brand?", False),
    ("withdraw_other", "No, don't worry, I'll sort the printer myself.", True),
    ("withdraw_other", "Actually, no, sorry, don't.", True),
    ("withdraw_other", "Honestly, don't bother, we have one already.", True),
    ("withdraw_other", "Don't worry about the font, it's fine.", False),
    ("done_on_the_spot", "Sure, one sec. There you go.", True),
    ("done_on_the_spot", "Just sent it over.", True),
    ("done_on_the_spot", "I'll send it over tonight.", False),
    ("done_on_the_spot", "Yep, sharing now.", True),
    ("done_on_the_spot", "pulling it up now", True),
    ("done_on_the_spot", "We're sharing the plan with finance next week.", False),
    ("in_meeting_pace", "There's loads to get through, so I'm going to go fast.", True),
    ("in_meeting_pace", "i'll go quickly on this one", True),
    ("in_meeting_pace", "I'll go to the printers on Tuesday.", False),
    ("in_meeting_wait", "He's dropped off. We'll give him a sec.", True),
    ("in_meeting_wait", "let's give it a minute, she might rejoin", True),
    ("in_meeting_wait", "I'll give them a call about the proofs.", False),
    ("in_meeting_permission", "Could I ask about the budget? Is that fixed?", True),
    ("in_meeting_permission", "can i just add something on the timings", True),
    ("in_meeting_permission", "Could I ask you to send the deck over?", False),
    ("in_meeting_walkthrough", "Theo's going to share the routes and I'll talk over the top.", True),
    ("in_meeting_walkthrough", "I'll talk to the printers about the stock.", False),
    ("decline_away", "I'm on leave that week, sorry.", True),
    ("decline_away", "i'll be away next week", True),
    ("decline_away", "I'm on it.", False),
    ("joint_are_you_free", "Are you free for a walk round the site on the ninth?", True),
    ("joint_shall_we_meet", "Could we do a prep session tomorrow morning?", True),
    ("joint_shall_we_meet", "shall we book a quick call for Friday", True),
    ("joint_shall_we_meet", "Could we do a second print run?", False),
    ("joint_shall_we_meet", "We had a good session yesterday.", False),
    ("joint_are_you_free", "would you be around to meet the printer tuesday", True),
    ("joint_are_you_free", "Are you free to send the deck today?", False),
    ("decline_not_for", "Not for the launch, no. Maybe for phase two.", True),
    ("decline_not_for", "not in January, no", True),
    ("decline_not_for", "Not for me, thanks, I'm fine.", False),
    ("defer_talk_about_it", "For next year, maybe, we can talk about it.", True),
    ("defer_talk_about_it", "Let's talk about that later.", True),
    ("defer_talk_about_it", "We can talk to the venue about it.", False),
    ("defer_talk_about_it", "I'll have to think about that one.", True),
    ("defer_talk_about_it", "we'll have to agree to disagree on the end frame", True),
    ("defer_talk_about_it", "I'll have to send it to legal first.", False),
    ("in_meeting_screen", "I'll just share my screen.", True),
    ("in_meeting_screen", "let me pull up the plan", True),
    ("in_meeting_screen", "I'll share the findings on Friday.", False),
    ("in_meeting_note", "Let me just mark that down.", True),
    ("in_meeting_note", "i'll make a note", True),
    ("in_meeting_note", "I'll send a note to finance.", False),
    ("in_meeting_walkthrough", "Chiara will walk you through the venues.", True),
    ("in_meeting_walkthrough", "i'll let you all go", True),
    ("in_meeting_walkthrough", "I'll send the venue list.", False),
    ("vague_intention", "We'll keep an eye on it.", True),
    ("vague_intention", "we'll give it a go", True),
    ("vague_intention", "We'll keep the budget at forty.", False),
    ("vague_intention", "Yeah, I'll have a look.", True),
    ("vague_intention", "We're already running the winter spots.", True),
    ("vague_intention", "I'll have a look at the figures tonight.", False),
    ("need_not_commit", "We'll need the logo files.", True),
    ("need_not_commit", "we would need a bigger room", True),
    ("need_not_commit", "We'll send the logo files.", False),
    ("defer_come_back", "Let's come back to that.", True),
    ("defer_come_back", "let's park that", True),
    ("defer_come_back", "I'll come back to you with dates.", False),
    ("defer_come_back", "We'll pick this up next time, we're out of time.", True),
    ("defer_come_back", "let's come back to it another time", True),
    ("defer_come_back", "I'll pick the proofs up next Tuesday.", False),
    ("defer_think", "Let me think about it.", True),
    ("defer_think", "we'll see", True),
    ("defer_think", "I'll send it.", False),
    ("defer_check_come_back", "Let me check and get back to you on that.", True),
    ("defer_check_come_back", "um i'll have a think and come back to you, it's a big ask", True),
    ("defer_check_come_back", "I'll check with the printer and come back to you by Monday.", False),
    ("defer_check_come_back", "Good question. I'll get back to you on that one.", True),
    ("defer_check_come_back", "I'll get back to you on that by Thursday.", False),
    ("terms_accepted", "The ninth? Yes, I can make that work.", True),
    ("terms_accepted", "we'll make it work", True),
    ("terms_accepted", "I can make the new artwork by Friday.", False),
    ("terms_offered", "Then let me come back at nineteen flat.", True),
    ("terms_offered", "we could come in at eighteen grand", True),
    ("terms_offered", "I'll come back at two with the answer.", False),
    ("terms_accepted", "Thirty days? I can live with thirty.", True),
    ("terms_accepted", "we can live with those terms", True),
    ("terms_accepted", "I'll live with the family in Porto for a month.", False),
    ("terms_accepted", "The late slot I can live with.", True),  # the thing accepted said first
    ("terms_accepted", "we could probably live with a shorter edit", True),
    ("terms_accepted", "Fine, four-twenty. I can defend four-twenty to the board.", True),
    ("terms_accepted", "we can probably justify that with the footfall numbers", True),
    ("terms_accepted", "I'll defend the budget line at the board on Tuesday.", False),
    ("reaction_not_work", "Fine, I'll trust you on the casting.", True),
    ("reaction_not_work", "The tagline's gone. We'll mourn it over lunch.", True),
    ("reaction_not_work", "Our compliance people will have kittens about that claim.", True),
    ("reaction_not_work", "the call centre will get swamped again", True),
    ("reaction_not_work", "Me and the mascot will get over it.", True),
    ("reaction_not_work", "Give me the extra weekend and I'll stop complaining.", True),
    ("reaction_not_work", "He promised the copy by Monday, and I'll hold him to it.", True),
    ("reaction_not_work", "Thanks, everyone, I'll walk you down to reception.", True),
    ("reaction_not_work", "I'll get it over to you by Friday.", False),
    ("reaction_not_work", "I'll walk you through the venue plan on Tuesday.", False),
    ("reaction_not_work", "We'll stop the paid social on Friday.", False),
    ("reaction_not_work", "I'll hold the rate card until the end of the month.", False),
    ("reaction_not_work", "I'll have a draft over to you by Thursday.", False),
    ("need_not_commit", "We'll also need three units for the photo shoot.", True),
    ("need_not_commit", "Their legal team will want a fortnight with it.", True),
    ("need_not_commit", "We'll also send three units for the photo shoot.", False),
    ("feeling_prediction", "The crew will be thrilled about the extra day.", True),
    ("feeling_prediction", "our founder's going to be absolutely gutted", True),
    ("feeling_prediction", "The crew will be booked by Friday.", False),
    ("in_meeting_agenda", "Sam's doing the figures, then I'll take the admin bits.", True),
    ("in_meeting_agenda", "i'll do the housekeeping at the end", True),
    ("in_meeting_agenda", "I'll do the tricky bits of the edit on Monday.", False),
    ("in_meeting_agenda", "I'll do the intro, then hand over to Kemi.", True),
    ("in_meeting_agenda", "I'll do the intro to their head of retail.", False),
    ("in_meeting_aside", "Sorry, I'll just grab a water, one sec.", True),
    ("in_meeting_aside", "i'll come to that in a minute", True),
    ("in_meeting_aside", "Okay, I'll tell you what, let's split it.", True),
    ("in_meeting_aside", "I'll get a quote from the caterers.", False),
    ("in_meeting_aside", "Let me just... hang on, my dog's barking.", True),
    ("in_meeting_aside", "Bear with me, the link's died.", True),
    ("in_meeting_aside", "We'll hold on to the spare stock until June.", False),
    ("in_meeting_screen", "I'll share... right, is that the deck you're seeing?", True),
    ("in_meeting_screen", "I'll share the cost report with finance.", False),
    ("in_meeting_walkthrough", "Let me do a quick round-up before we go.", True),
    ("in_meeting_walkthrough", "I'll round up the volunteers on Friday.", False),
    ("in_meeting_aside", "I'll pick that up with the printer on Monday.", False),
    ("in_meeting_aside", "And while we're on it, the fee letter still says March.", True),
    ("in_meeting_aside", "The fee letter? We're on it.", False),
    ("contingency", "Worst case, I'll drive the samples up myself.", True),
    ("contingency", "if all else fails we can print them locally", True),
    ("contingency", "In theory we could re-shoot the pack.", True),
    ("contingency", "The worst thing would be a late print run.", False),
    ("contingency", "I'll push the printer on the case count.", False),
    ("bare_try", "Friday's tight. I'll try.", True),
    ("bare_try", "i'll do my best, no promises", True),
    ("bare_try", "I'll try the new supplier for the next print run.", False),
    ("bare_try", "I'll try, by Friday.", False),  # what to try is what was just needed
    ("bare_try", "I'll do my best work on the hero film.", False),
    ("in_meeting_walkthrough", "I'll let Kemi answer that one.", True),
    ("in_meeting_walkthrough", "I'll let Ravi explain, it's his model.", True),
    ("in_meeting_walkthrough", "We'll let the client present the results to their board.", False),
    ("in_meeting_walkthrough", "i'll go through the figures now", True),
    ("in_meeting_walkthrough", "I'll let the venue know by Friday.", False),
    # "let me know" said to the listener asks them to come back: no item of the speaker's, but asked with
    # "can you" it is a request the listener can take up
    # a figure offered in a negotiation is a term put, not work to do
    ("terms_offered", "I can get you fifteen grand.", True),
    ("terms_offered", "I can get you eight. When do you need them?", False),  # eight of something: work
    ("terms_offered", "We could stretch to forty grand, tops.", True),
    ("terms_offered", "I can get you three options by Friday.", False),
    ("let_me_know", "Let me know if the cut needs anything else.", True),
    ("let_me_know", "Just let me know what the client thinks.", True),
    ("let_me_know", "Could you let me know by Thursday how many passes you need?", False),
    ("in_meeting_walkthrough", "We'll go through the contract with legal on Thursday.", False),
    ("vague_intention", "Good point, I'll bear that in mind.", True),
    ("vague_intention", "I'll take your word for it.", True),
    ("in_meeting_running", "Shall we make a start? I know you're tight for time.", True),
    ("in_meeting_running", "shall we go through the wip", True),
    ("in_meeting_running", "Let's leave it there, thanks all.", True),
    ("in_meeting_running", "I'll get started on the storyboards tomorrow.", False),
    ("in_meeting_running", "We'll go through the contract with legal on Monday.", False),
    ("discourse_idiom", "Fair enough, I'll let you off.", True),
    ("discourse_idiom", "i'll let that one go", True),
    ("discourse_idiom", "I'll take it as a compliment.", True),
    ("discourse_idiom", "We'll take the hit on that one.", True),
    ("discourse_idiom", "I'll hold my hands up, that was our mistake.", True),
    ("discourse_idiom", "We'll have to agree to disagree.", True),
    ("discourse_idiom", "I'll second that.", True),
    ("discourse_idiom", "I'll let the venue know we need the hall.", False),
    ("discourse_idiom", "I'll take the samples as a backup.", False),
    ("discourse_idiom", "We'll echo the launch line in the social posts.", False),
    ("in_meeting_running", "I'll make it quick, I know you've got a hard stop.", True),
    ("in_meeting_running", "I'll try to be brief.", True),
    ("in_meeting_running", "I'll just flag one thing on the timeline.", True),
    ("in_meeting_running", "Let me follow the agenda.", True),
    ("in_meeting_running", "I'll let you respond to that.", True),
    ("in_meeting_running", "I'll have a go at answering that.", True),
    ("in_meeting_running", "I'll flag it with legal today.", False),
    ("in_meeting_running", "We'll keep the copy short for the six-sheets.", False),
    ("in_meeting_aside", "Sorry, I'll just grab the door.", True),
    ("in_meeting_aside", "I'll pop you on speaker.", True),
    ("in_meeting_aside", "I'll put the shelf strips on hold for now.", False),
    ("terms_accepted", "Two weeks? I can work with that.", True),
    ("terms_accepted", "We can work with the printer on the stock.", False),
    # deference and stance: what the speaker thinks or leaves to others, no work of theirs
    ("deference", "I'll defer to Lucy on the media split.", True),
    ("deference", "i'll leave the casting to you guys", True),
    ("deference", "The work will speak for itself.", True),
    ("deference", "Good challenge, we'll take that on board.", True),
    ("deference", "I'll look forward to it.", True),
    ("deference", "I'll stick my neck out and say route two.", True),
    ("deference", "Let me play devil's advocate for a second.", True),
    ("deference", "I'll keep my fingers crossed for the pitch.", True),
    ("deference", "I'll wait to hear from procurement then.", True),
    ("deference", "We'll await the legal comments.", True),
    ("deference", "We'll find out soon enough.", True),
    ("deference", "I'll leave the samples at reception for you.", False),
    ("deference", "I'll take the boards to the client on Friday.", False),
    ("deference", "We'll find out the venue capacity and come back to you.", False),
    ("deference", "I'll look into it.", False),
    ("in_meeting_running", "Anyway, I'll stop talking.", True),
    ("in_meeting_running", "I'll just finish my point, then over to you.", True),
    ("in_meeting_running", "I'll hand back to you, Lucy.", True),
    ("in_meeting_running", "I'll go back to my point about reach.", True),
    ("in_meeting_running", "I can speak to that, I was on the shoot.", True),
    ("in_meeting_running", "I'll answer that one.", True),
    ("in_meeting_running", "I'll speak for the client side here.", True),
    ("in_meeting_running", "I'll stop the old ads running on Friday.", False),
    ("in_meeting_running", "I'll answer that email by Friday.", False),
    ("in_meeting_running", "I'll speak to the printer in the morning.", False),
    # discourse: how a thing is said, farewells and figures of speech
    ("discourse_idiom", "Let me put it another way: the end frame is too busy.", True),
    ("discourse_idiom", "I'll take your point on the headline.", True),
    ("discourse_idiom", "we'll cross that bridge when we come to it", True),
    ("discourse_idiom", "I'll get out of your hair, thanks all.", True),
    ("discourse_idiom", "It's a slog, but we'll get there.", True),
    ("discourse_idiom", "I'll bet they want it yesterday.", True),
    ("discourse_idiom", "Lovely, I'll see you Thursday then.", True),
    ("discourse_idiom", "I'll put it in the tracker tonight.", False),
    ("discourse_idiom", "We'll get there early to check the build.", False),
    ("discourse_idiom", "I'll take the point-of-sale files to the printer.", False),
    ("handed_to_listener", "Fine, I'll leave that with you then.", True),
    ("handed_to_listener", "i'll pass you over to Sam for the media bit", True),
    ("handed_to_listener", "Leave it with me.", False),
    ("handed_to_listener", "I'll pass the feedback to the studio.", False),
    ("cognition_can", "Oh, I can imagine.", True),
    ("cognition_can", "I can totally see why they'd say that.", True),
    ("cognition_can", "I can tell you the footfall numbers are up.", True),
    ("cognition_can", "I'll tell you now, they won't go for it.", True),
    ("cognition_can", "We'll have to see what procurement says.", True),
    ("cognition_can", "I can see the sample on Thursday when it lands.", False),
    ("cognition_can", "I'll tell the printer we need it by Friday.", False),
    ("cognition_can", "We'll need to see the final cut by Monday.", False),
    ("in_meeting_running", "I'll try and keep us to time today.", True),
    ("in_meeting_running", "Great, we'll wrap up there.", True),
    ("in_meeting_running", "i'll take questions at the end", True),
    ("in_meeting_running", "Can I just add one thing?", True),
    ("in_meeting_running", "I'll repeat that, you dropped out.", True),
    ("in_meeting_running", "I'll read it out so everyone's heard it.", True),
    ("in_meeting_running", "Let me just check my diary.", True),
    ("in_meeting_running", "I'll give you the headline first and then the detail.", True),
    ("in_meeting_running", "I'll call it out now, the grade is too warm.", True),
    ("in_meeting_running", "We'll wrap up the venue contract this week.", False),
    ("in_meeting_running", "I'll add the new stockists to the tracker.", False),
    ("in_meeting_running", "We'll call it out in the voiceover.", False),
    ("in_meeting_running", "I'll give you the final numbers on Friday.", False),
    ("in_meeting_running", "Shall we go round the table? I'll start. I look after brand at the trust.", True),
    ("in_meeting_running", "Priya, do you want to kick us off on the media side?", True),
    ("in_meeting_running", "fine i'll go first", True),
    ("in_meeting_running", "I'll start the casting search next week.", False),
    ("in_meeting_running", "We'll kick off the shoot on the ninth.", False),
    ("in_meeting_mute", "I'm only here for the contract side, so I'll keep quiet for now.", True),
    ("in_meeting_mute", "We'll keep the mailing list quiet until launch.", False),
    ("in_meeting_screen", "The printer came back — hold on, I'll pull it up — yes, the proof is fine.", True),
    ("in_meeting_screen", "Bear with me, I'll just get the routes up.", True),
    ("in_meeting_screen", "i'll put the revised mockups up for them friday", False),
    ("in_meeting_screen", "I'll pull the numbers together for Thursday.", False),
    ("in_meeting_agenda", "Right, I'll do a bit of context first and then hand to Sam.", True),
    ("in_meeting_agenda", "I'll do a quick bit of scene setting.", True),
    ("in_meeting_agenda", "I'll do a bit of digging on their media spend.", False),
    ("recap", "Okay, quick recap: the deck by Friday.", True),
    ("recap", "so to summarise", True),
    ("recap", "I'll send a summary.", False),
    ("recap", "Let me do a quick round-up, then we can all get on.", True),
    ("recap", "Can I read back what I've got?", True),
    ("recap", "I'll play it back to you: the venue by Friday, the menu by Monday.", True),
    ("recap", "We'll round up the figures and send them over.", False),
    # long-meeting hints
    ("hint_next_meeting", "Bring it to the next meeting.", True),
    ("hint_next_meeting", "i'll send you the minutes", True),
    ("hint_next_meeting", "It was a good meeting.", False),
    ("hint_assignment", "You're going to work on the buttons.", True),
    ("hint_assignment", "the industrial designer looks at the case", True),
    ("hint_assignment", "It was red.", False),
    ("hint_decide", "So we decided on rubber.", True),
    ("hint_decide", "we'll go with the yellow", True),
    ("hint_decide", "It is red.", False),
    ("hint_we_plan", "We should keep it simple.", True),
    ("hint_we_plan", "it has to be cheap", True),
    ("hint_we_plan", "They liked it.", False),
    # long-meeting decision cues (pipeline/extract/ranking.py; more cases in tests/test_ranking.py)
    ("dc_choose", "so we're going for the rubber case", True),
    ("dc_choose", "I went home early.", False),
    ("dc_propose", "I'd suggest a single curve.", True),
    ("dc_propose", "You could see it from here.", False),
    ("dc_outcome", "the case will be plastic", True),
    ("dc_outcome", "The case is plastic.", False),
    ("dc_assess", "I think that's a good option.", True),
    ("dc_assess", "It is an option.", False),
    ("dc_terms", "the selling price is twenty five Euros", True),
    ("dc_terms", "It is yellow.", False),
    ("dc_confirm", "So we're going for plastic, yes?", True),
    ("dc_confirm", "Yes, plastic.", False),
    ("dc_hedge", "I don't know, maybe blue.", True),
    ("dc_hedge", "I know it is blue.", False),
    ("dc_report", "The survey says people want it fancy.", True),
    ("dc_report", "People want it fancy.", False),
    ("dc_settle", "Okay, so we're keeping the round buttons.", True),
    ("dc_settle", "Right, let's go with the grey one then.", True),
    ("dc_settle", "so it's gonna be a flat case", True),
    ("dc_settle", "We're running late today.", False),
    ("dc_settle", "Let's see what the others think.", False),
    ("dc_backing", "Yeah, that's a good idea.", True),
    ("dc_backing", "sounds good to me", True),
    ("dc_backing", "Mm, I agree.", True),
    ("dc_backing", "That's not what I meant.", False),
    ("dc_backing", "I like to cycle to work.", False),
    ("dc_logistics", "I'll pop the minutes in the team folder afterwards.", True),
    ("dc_logistics", "ok let's break for lunch and pick this up at two", True),
    ("dc_logistics", "Same slot for the next meeting?", True),
    ("dc_logistics", "It only takes ten minutes to print.", False),
    ("dc_logistics", "We'll go with the lunch on the terrace.", False),
    ("dc_hindsight", "We should have had the costs before we picked the shape.", True),
    ("dc_hindsight", "honestly it was useful to have the buyer in the room", True),
    ("dc_hindsight", "We should have the costs by Thursday.", False),
    ("dc_hindsight", "It was green in the first draft.", False),
    # talk about the call itself, jokes and hedges (issue 10)
    ("in_meeting_mute", "I'll go on mute when I'm not talking.", True),
    ("in_meeting_mute", "sorry, I have to drop off at half past", True),
    ("in_meeting_mute", "I'll turn my camera off, the wifi's bad.", True),
    ("in_meeting_mute", "I'll drop the price list to you tomorrow.", False),
    ("in_meeting_mute", "You're breaking up, I'm going to drop. Speak Tuesday.", True),
    ("in_meeting_mute", "We're going to drop the radio spot.", False),
    ("in_meeting_now", "I'll message her now.", True),
    ("in_meeting_now", "Let me forward it to you right now!", True),
    ("in_meeting_now", "I'll send it now that the budget's signed.", False),
    ("in_meeting_now", "Now, I'll send the deck on Friday.", False),
    ("in_meeting_play", "I'll play the animatics in order.", True),
    ("in_meeting_play", "We'll give it a minute for people to join.", True),
    ("in_meeting_play", "I'll give them a call about the print run.", False),
    ("joke_try_not", "I'll try not to break anything.", True),
    ("joke_try_not", "I'll try to get the quote to you by Friday.", False),
    ("no_promises", "I'll try for Friday, no promises.", True),
    ("no_promises", "We made no changes to the plan.", False),
    ("if_that_helps", "I can pull the retention curves if that's useful.", True),
    ("if_that_helps", "We can give them screenshots, if that helps.", True),
    ("if_that_helps", "I'll send both versions if you like.", True),
    ("if_that_helps", "If it's approved we'll book the shoot.", False),
    ("if_that_helps", "If you like the route, we'll cost it.", False),
    ("if_that_helps", "We can write up a one-pager for the trustees, if it would help.", True),
    ("if_that_helps", "i could mock up both sizes if that'd help?", True),
    ("if_that_helps", "If it would help the launch, we could move the date.", False),
    ("terms_offer", "I can do one thirty. Not one thirty-five.", True),
    ("terms_offer", "I can do the storyboards by Friday.", False),
    # agreements the way people settle things (issue 10)
    ("terse_choice", "No, it's two. Go with two.", True),
    ("terse_choice", "Okay. Go with the island, it keeps the queue moving.", True),
    ("terse_choice", "B. Let's go B.", True),
    ("terse_choice", "Yeah, go for it.", False),
    ("terse_choice", "We could go with either.", False),
    ("terse_decide", "Yeah. Do that.", True),
    ("terse_decide", "Three. Yes. Do it.", True),
    ("terse_decide", "Then lose the banner. I'm not going back to finance for a banner.", True),
    ("terse_decide", "Yes. Do it by Friday, Sam, the client wants it.", False),
    ("terse_decide", "And then drop it off at the printer.", False),
    ("lock_it", "Yep. Lock that in.", True),
    ("lock_it", "The twelfth of January, then. Lock it.", True),
    ("lock_it", "Can you lock it in the cupboard when you leave?", False),
    ("lock_it", "Lock the booking with the venue by Friday.", False),
    ("terse_decide", "Oh, God. Fine, pause it.", True),
    ("terse_decide", "Store it. Obviously, store it.", True),
    ("terse_decide", "Can you pause the ads?", False),
    ("x_out", "C's out. Sorry, Luca.", True),
    ("x_out", "Agree. C's out.", True),
    ("x_out", "So TikTok's out. Let's take it out of the plan.", True),
    ("x_out", "Leave paid out. PR and creator partnerships.", True),
    ("x_out", "So C's out?", False),
    ("x_out", "She's out this week.", False),
    ("x_out", "Leave it out on the desk.", False),
    ("terms_done", "Seventy. Done.", True),
    ("terms_done", "Eight for the full year. Done.", True),
    ("terms_done", "Then yes. One ninety-two and a half, four weeks. Deal.", True),
    ("terms_done", "I sent the three files. Done.", False),
    ("terms_done", "Yes. Done. It went out this morning.", False),
    ("fine_done", "One thirty-one. Fine. Done.", True),
    ("fine_done", "Deal. Done.", True),
    ("fine_done", "Yes. Done. It went out this morning.", False),
    ("fine_done", "Is the deck done? Fine.", False),
    ("thats_the_line", "Plain English, no Latin. That's the line.", True),
    ("thats_the_line", "That's the line I'd use in the pitch.", False),
    ("thats_the_line", "Is that the line?", False),
    ("terse_decide", "Halves. Fine, split it.", True),
    ("terse_decide", "Yeah. One. Drop the macro.", True),
    ("terse_decide", "Okay. Let's keep it, then.", True),
    ("terse_decide", "Keeps it feeling premium.", False),
    ("terse_decide", "Can you do that by Friday?", False),
    ("thats_fair", "Okay. That's fair.", True),
    ("thats_fair", "Fair enough.", True),
    ("thats_fair", "That's a fair question.", False),
    ("exactly_that", "Yes. Exactly that.", True),
    ("exactly_that", "Ha, exactly.", False),
    ("x_is_fine", "Three's fine.", True),
    ("x_is_fine", "Thursday the fifteenth works.", True),
    ("x_is_fine", "That's fine by the team, I think, but ask Sam", False),
    ("absolutely", "Yes. Apology first. Absolutely.", True),
    ("absolutely", "Absolutely not.", False),
    ("proposal_should_we", "Should we hold them firm?", True),
    ("proposal_should_we", "We're capping it at three photos. Is three okay?", True),
    ("proposal_should_we", "I'd lead with an apology, then the new unit.", True),
    ("proposal_should_we", "We should have the numbers on Friday.", False),
    # settling the way people do it (issue 10)
    ("if_its_x_its_x", "Honestly? If it's nine-five, it's nine-five. Book them.", True),
    ("if_its_x_its_x", "if it's twenty, it's twenty.", True),
    ("if_its_x_its_x", "If it's twenty, it's too much for us.", False),
    ("role_then", "Then it's you. You know the brief best.", True),
    ("role_then", "so it'll be me, then", True),
    ("role_then", "Hi, it's me again, sorry about the echo.", False),
    ("x_then", "Right. Lisbon, then. The flights are easier.", True),
    ("x_then", "okay. three, then.", True),
    ("x_then", "Fine. The Harbour Room, then.", True),
    ("x_then", "Okay, then. Shall we start?", False),
    ("x_then", "In person, then. At our Leeds office.", True),
    ("x_then", "On Teams, then?", False),
    ("x_then", "In that case, then, we wait.", False),
    ("but_thats_it", "Fine, the twentieth. But that's it, no more slipping.", True),
    ("but_thats_it", "okay two weeks but that's the last extension", True),
    ("but_thats_it", "But that's it from me, thanks everyone.", False),
    ("but_thats_it", "But that's it, no more from me today.", False),
    ("grudging_fine", "Sigh. Yes. Fine.", True),
    ("grudging_fine", "okay, fine, go on", True),
    ("grudging_fine", "Yeah. Fine. Have it your way.", True),  # the ruler matches; only a reply to a proposal counts
    ("grudging_fine", "Yes, fine dining is the vibe.", False),
    ("grudging_fine", "Are you fine?", False),
    ("grudging_fine", "Fine. Yes.", True),
    ("grudging_fine", "Fine, yeah, whatever works.", True),
    ("proposal_then_we", "Okay. Then we hold the launch until the stock lands.", True),
    ("proposal_then_we", "Then we went to the depot and filmed.", False),
    ("proposal_then_we", "We can do it then, we think.", False),
    ("proposal_role", "For the radio slot, I think you're the right person, Tom.", True),
    ("proposal_role", "i reckon it should be you.", True),
    ("proposal_role", "I think you're right about the colour.", False),
]


def _pattern_ids() -> set[str]:
    ids = set()
    for path in MODELS.glob("*.jsonl"):
        if path.name == "commitment_frames.jsonl":
            continue
        for line in path.read_text().splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def test_every_cue_pattern_has_match_and_non_match_rows() -> None:
    ids = _pattern_ids()
    yes = {r for r, _, ok in CUES if ok}
    no = {r for r, _, ok in CUES if not ok}
    assert ids <= yes, f"patterns without a positive example: {sorted(ids - yes)}"
    assert ids <= no, f"patterns without a negative example: {sorted(ids - no)}"


@pytest.mark.parametrize(("rule", "text", "expected"), CUES)
def test_cue(nlp, rule: str, text: str, expected: bool) -> None:
    assert (rule in cue_ids(nlp, text)) is expected, cue_ids(nlp, text)


# (frame id, sentence, must a usable clause of this frame be found?)
FRAMES = [
    ("will_future", "I'll send the revised media plan by Friday.", True),
    ("what_i_can_do_is", "We can't share the raw data. What I can do is send a summary by region.", True),
    ("what_i_can_do_is", "not the raw files, sorry. what i can do is run the numbers again next week", True),
    # "what we can do is …" puts a course of action to the meeting; the work is promised when it is taken on
    ("what_i_can_do_is", "What we can do is give the paper a proper statement before the deadline.", False),
    ("what_i_can_do_is", "That's what I can do for you on price.", False),
    ("what_i_can_do_is", "What I can't do is promise the same rate next year.", False),
    ("what_ill_do_is", "What I'll do is book the studio for both days.", True),
    ("what_ill_do_is", "what we'll do is send the cut to legal first", True),
    ("what_ill_do_is", "What I'll do depends on the budget.", False),
    ("will_future", "um i'll i'll send the the revised plan over", True),
    ("will_future", "Our studio will turn the banners round by the 14th.", True),
    ("will_future", "We won't need the drone unit.", False),
    ("will_future", "If it goes missing again, I'll drive up there myself.", False),
    ("will_future", "I'll be honest, the endline is weak.", False),
    ("will_future", "I'll just share my screen so we're all looking at the same thing.", False),
    ("will_future_mistagged", "We'll forward the brief to the studio.", True),  # "forward" tagged an adverb
    ("will_future_mistagged", "i'll forward the room list tonight", True),
    ("will_future_mistagged", "Going forward, we'll send weekly reports.", False),
    ("going_to", "I'm going to send the brief over tonight.", True),
    ("going_to", "our retoucher's going to have another pass", True),
    ("going_to", "We were going to suggest pushing print.", False),
    ("can_offer", "I can pull together a short Q&A for the call centre.", True),
    ("can_offer", "i can get that sorted by wednesday", True),
    ("can_offer", "I can't get it done this week.", False),
    ("modal_possible", "Could you send us the brand guidelines?", True),
    ("modal_possible", "you and I could set up six interviews", True),
    ("modal_possible", "We could never afford that.", False),
    ("let_me", "Let me confirm with finance and come back to you tomorrow.", True),
    ("let_me", "let me chase the printer", True),
    ("let_me", "Let me think about that one.", False),
    ("lets_have_name", "Let's have Drew set that up for next week.", True),
    ("lets_have_name", "let's have Drew set up the post-mortem", True),
    ("lets_have_name", "Let's have lunch.", False),
    ("lets_have_name_chain", "let's have Priya draft it", True),
    ("lets_have_name_chain", "Let's have Priya draft the release.", True),
    ("lets_have_name_chain", "Let's have a coffee first.", False),
    ("name_to_verb", "So, Victor to pull together the full report.", True),
    ("name_to_verb", "Priya to send the brand files.", True),
    ("name_to_verb", "We want to pull together the full report.", False),
    ("suggest_name_does", "I'd suggest Victor does a store walk with the area managers.", True),
    ("suggest_name_does", "I'd suggest Priya takes the press call herself.", True),
    ("suggest_name_does", "Victor suggested a store walk last year.", False),
    ("progressive", "Our ad-ops team are updating the exclusion list this week.", True),
    ("progressive", "our studio is finishing the cutdowns tomorrow", True),
    ("progressive", "Our studio is not finishing the cutdowns.", False),
    ("want_me_to", "Do you want me to let the stores know?", True),
    ("want_me_to", "do you want me to pull last year's numbers", True),
    ("want_me_to", "Do you want to let the stores know?", False),
    ("want_me_to_bare", "Want me to knock up a quick mock-up of the banner?", True),
    ("want_me_to_bare", "want me to ping the printer", True),
    ("want_me_to_bare", "I want to see the banner first.", False),
    ("for_you_and_me_to", "It'd be good for you and me to go through the shortlist properly.", True),
    ("for_you_and_me_to", "it would be really useful for you and me to walk the venue before the build", True),
    ("for_you_and_me_to", "It'd be good for the team to see it.", False),
]


def _usable_rules(nlp, text: str) -> set[str]:
    names = [Attendee(name=n) for n in ("Drew Castellanos", "Priya Raghunathan", "Victor Osei")]
    doc = nlp(expand_names(normalise(text), names))
    return {c.rule for c in doc._.clauses if not (c.negated or c.conditional or c.distractor)}


def test_every_frame_has_rows() -> None:
    frames = {json.loads(x)["id"] for x in (MODELS / "commitment_frames.jsonl").read_text().splitlines() if x}
    assert frames <= {r for r, _, ok in FRAMES if ok}
    assert frames <= {r for r, _, ok in FRAMES if not ok}


def test_every_label_in_the_rule_files_is_a_declared_type() -> None:
    """The cue labels of models/*.jsonl are the ``CueLabel`` values the code asks for, the frame labels the
    ``ClauseLabel`` values: a label renamed on one side only is caught here."""
    from typing import get_args

    from pipeline.extract.components import ClauseLabel
    from pipeline.extract.turns import CueLabel

    labels: dict[str, set[str]] = {}
    for path in MODELS.glob("*.jsonl"):
        rows = [json.loads(x) for x in path.read_text().splitlines() if x.strip()]
        labels.setdefault("frames" if path.name == "commitment_frames.jsonl" else "cues", set()).update(
            r["label"] for r in rows
        )
    assert labels["cues"] == set(get_args(CueLabel))
    assert labels["frames"] == set(get_args(ClauseLabel))


def test_a_frame_with_an_unknown_label_is_refused() -> None:
    import spacy

    from pipeline.errors import ConfigError

    finder = spacy.blank("en").add_pipe("debrief_clauses")
    frame = {"id": "typo", "label": "FUTUER", "pattern": [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}}]}
    with pytest.raises(ConfigError, match="FUTUER"):
        finder.add_frames([frame])


@pytest.mark.parametrize(("rule", "text", "expected"), FRAMES)
def test_frame(nlp, rule: str, text: str, expected: bool) -> None:
    assert (rule in _usable_rules(nlp, text)) is expected, _usable_rules(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("um i'll i'll send the the deck over uh by friday", "I'll send the deck over by friday"),
        ("Our production team'll pick that up", "Our production team will pick that up"),
        ("it's, you know, it's locked", "It's locked"),
        ("Um... Tuesday? Yeah, let's say Tuesday.", "Tuesday? Yeah, let's say Tuesday."),
        ("i think so", "I think so"),
        # Whisper's spellings of "Sure, will do." and "end of the month"
        ("Sure, we'll do.", "Sure, will do."),
        ("That's what we'll do.", "That's what we'll do."),
        ("they'll turn it round by the end on the month", "They'll turn it round by the end of the month"),
        ("I'll have the quote to you my Thursday.", "I'll have the quote to you by Thursday."),
        ("I'll get back to my next Monday, promise", "I'll get back by next Monday, promise"),
        ("and a draft my end on day.", "And a draft by end of day."),
        ("I'll move my Friday call", "I'll move my Friday call"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


ATTENDEES = [
    Attendee(name=n) for n in ("Will Hartigan", "Mark Delaney", "June Nakamura", "Frank Albrecht", "Kate Moss")
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So Will will pull that into a deck.", "So Will Hartigan will pull that into a deck."),
        ("Will Kate be doing the welcome?", "Will Kate Moss be doing the welcome?"),
        ("Mark, is there any data?", "Mark Delaney, is there any data?"),
        ("let me just mark that down", "let me just mark that down"),
        ("their CEO mentioned in June they'd do a sequel", "their CEO mentioned in June they'd do a sequel"),
        ("To be frank, sorry, Frank, it's late.", "To be frank, sorry, Frank Albrecht, it's late."),
        ("Will Hartigan will do it", "Will Hartigan will do it"),
    ],
)
def test_expand_names_avoids_word_traps(text: str, expected: str) -> None:
    assert expand_names(text, ATTENDEES) == expected


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("I'll get the revised plan over to you by Tuesday.", "get the revised plan over to you"),
        ("Our team will put together a proper timing plan.", "put together a proper timing plan"),
        ("I'll send the contact report round tomorrow morning.", "send the contact report round"),
    ],
)
def test_task_text_leaves_out_owner_and_date(nlp, text: str, task: str) -> None:
    doc = nlp(normalise(text))
    assert doc._.clauses[0].task == task


# Next meeting (models/next_meeting/next_meeting.jsonl): (rule id, sentence, must match?)
NEXT_MEETING_ROWS = [
    ("same_time_next_week", "Same time next week?", True),
    ("same_time_next_week", "ok same time next week then", True),
    ("same_time_next_week", "We launched at the same time last year.", False),
    ("next_meeting_named", "Next call on the 14th, then.", True),
    ("next_meeting_named", "let's do the next catch-up on Monday", True),
    ("next_meeting_named", "The next campaign goes live on Monday.", False),
    ("lets_meet_again", "Let's catch up Thursday at two.", True),
    ("lets_meet_again", "shall we regroup on Friday", True),
    ("lets_meet_again", "Let's catch up with the printer on Friday.", False),
    ("lets_meet_again", "I'll catch up on the reporting tomorrow.", False),
    ("speak_then", "Great, speak on Monday.", True),
    ("speak_then", "see you all next Tuesday", True),
    ("speak_then", "I'll speak to finance on Monday.", False),
    ("speak_then", "Lovely. Speak Thursday then.", True),
    ("same_time_next_week", "Same time, same place next week?", True),
    ("same_time_weekday", "Same time next Wednesday?", True),
    ("same_time_weekday", "ok, same time on friday", True),
    ("same_time_weekday", "Both posts went out at the same time on Friday.", False),
    ("same_time_weekday", "They arrived at the same time.", False),
    ("follow_up_booked", "Let's book in a follow-up for Thursday.", True),
    ("follow_up_booked", "shall we get another call in the diary for next Tuesday", True),
    ("follow_up_booked", "I'll book a call with the printer on Thursday.", False),
    ("same_time_in", "Lovely. Same time in two weeks?", True),
    ("same_time_in", "ok, same time in a fortnight then", True),
    ("same_time_in", "Both versions took the same time in testing.", False),
    ("lets_have_a_session", "And let's have a quick check-in on Tuesday at ten.", True),
    ("lets_have_a_session", "shall we do another call on the 3rd", True),
    ("lets_have_a_session", "Let's have a quick look at the figures on Monday.", False),
    ("lets_have_a_session", "Let's set up a call with the printer for Friday.", False),
]


def test_every_next_meeting_pattern_has_match_and_non_match_rows() -> None:
    ids = {json.loads(x)["id"] for x in (MODELS / "next_meeting" / "next_meeting.jsonl").read_text().splitlines() if x}
    assert ids == {r for r, _, ok in NEXT_MEETING_ROWS if ok} == {r for r, _, ok in NEXT_MEETING_ROWS if not ok}


@pytest.mark.parametrize(("rule", "text", "expected"), NEXT_MEETING_ROWS)
def test_next_meeting_patterns(rule: str, text: str, expected: bool) -> None:
    from pipeline.extract.next_meeting import NEXT_MEETING_FILE, load_patterns

    pats = {i: p for _, i, p in load_patterns(MODELS / NEXT_MEETING_FILE)}
    assert bool(pats[rule].search(text)) is expected


# Agreement statements (models/statements/agreement_statements.jsonl): each rewrite with its example pairs
def _statement_rows() -> list[dict]:
    path = MODELS / "statements" / "agreement_statements.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line]


def test_every_statement_rewrite_has_examples() -> None:
    assert all(row["examples"] for row in _statement_rows())


@pytest.mark.parametrize(("spoken", "stated"), [tuple(pair) for row in _statement_rows() for pair in row["examples"]])
def test_statement_rewrites(spoken: str, stated: str) -> None:
    from pipeline.extract.settled import load_statement_rules, rewrite

    assert rewrite(spoken, load_statement_rules(MODELS)) == stated
