"""Which item a date belongs to (GUIDELINES §5): dialogues written for these tests.

Each case is (turns, {item turn: the ISO date it must get, or None}). A date put in the turn before a reply that
takes the work on, or asked for after the item and accepted by its owner, or granted by the other side right after,
dates the item; a date that is someone's absence or an event's own date dates nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import late_changes
from tests.support import LUCY, NADIA, OWEN, PEOPLE, WILL, extract_turns

MEETING = dt.date(2026, 3, 4)  # a Wednesday


def all_dues(turns: list[tuple[str, str]]) -> list[tuple[int | None, str | None]]:
    ex = extract_turns(turns, PEOPLE, MEETING, "gold-json", step=10.0)
    return [(a.turn, a.due.isoformat() if a.due else None) for a in ex.action_items]


def dues(turns: list[tuple[str, str]]) -> dict[int, str | None]:
    """The date of the first item found at each turn."""
    out: dict[int, str | None] = {}
    for turn, due in all_dues(turns):
        if turn is not None:
            out.setdefault(turn, due)
    return out


CASES = {
    "a corrected date, said sentences after the item, with the input's date in the if-clause": (
        [
            (OWEN, "When can we see a call sheet?"),
            (
                LUCY,
                "If I get the five names Friday, I can have a draft call sheet to you... Thursday? No, wait, that's "
                "before. Say, um, Tuesday, the seventeenth.",
            ),
        ],
        {1: "2026-03-17"},
    ),
    "the date in the next sentence, with the reason for it": (
        [
            (OWEN, "Can you re-set the layouts with the new caps?"),
            (LUCY, "So I'll re-set the layouts. Realistically that's next Friday, because the labels need re-flowing."),
        ],
        {1: "2026-03-13"},
    ),
    "a second thought, said as the date alone": (
        [(OWEN, "Can you amend the PO?"), (LUCY, "It's just a form. I'll amend the PO today. Well. Monday.")],
        {1: "2026-03-09"},
    ),
    "a request's date, taken on with an idiom": (
        [
            (OWEN, "Can we get the purchase order raised by the end of the month, Lucy? Otherwise we can't book."),
            (LUCY, "Consider it done."),
        ],
        {1: "2026-03-31"},
    ),
    "a need with a date, then leave it with me": (
        [
            (OWEN, "The printer needs the final headcount by the 18th to make the mailing."),
            (LUCY, "Finance own that figure, and their lead's off this week, so leave that with me."),
        ],
        {1: "2026-03-18"},
    ),
    "someone away, in the item's own sentence": (
        [(WILL, "Our buyer is on holiday until Monday, so I'll chase the supplier for the samples.")],
        {0: None},
    ),
    "someone away, said after the item by its side": (
        [
            (NADIA, "Fair. We'll have another go at the strapline and send you a few options."),
            (LUCY, "No rush. End of the month's fine."),
            (NADIA, "And the poster's approved as it is?"),
            (LUCY, "Approved."),
            (OWEN, "Just so you know, I'm on leave the week of the 23rd, so Nadia has the account."),
        ],
        {0: "2026-03-31"},
    ),
    "the other side grants a date straight after": (
        [(NADIA, "I'll pull the numbers together for you."), (LUCY, "Lovely. Friday's fine.")],
        {0: "2026-03-06"},
    ),
    "a date asked after the item, the owner accepts": (
        [
            (NADIA, "I know their marketing lead. Leave that with me, I'll speak to her."),
            (LUCY, "Any chance of an answer by the 20th? The band want to lock their diary."),
            (NADIA, "Should be doable, yeah."),
        ],
        {0: "2026-03-20"},
    ),
    "a date asked after the item, the owner does not take it": (
        [
            (NADIA, "I'll speak to the venue about parking."),
            (LUCY, "Could we hear by Friday?"),
            (NADIA, "Honestly it depends on them, I can't promise anything."),
        ],
        {0: None},
    ),
    "a refusal of a date before a taken-over request": (
        [
            (NADIA, "Radio want a pre-record with someone from your side. Will, would you do it?"),
            (WILL, "Not this week, sorry. I'm in Madrid Wednesday to Friday."),
            (LUCY, "I'll do it, then. I've done them before."),
        ],
        {2: None},
    ),
    "the turn before dated its own item": (
        [
            (OWEN, "I'll ask the marquee firm to hold the date and send you a quote. By Friday."),
            (NADIA, "And I could sketch the lighting. Do you want to see something?"),
            (LUCY, "Yes please."),
        ],
        {0: "2026-03-06", 1: None},
    ),
    "an event's date is not the item's": (
        [(LUCY, "The launch is on the 14th. I'll brief the store managers myself.")],
        {0: None},
    ),
    "an embedded question does not cut the deadline off": (
        [
            (
                WILL,
                "I'll check with the mill whether the new stock will hold the varnish, and get back to you by Friday.",
            )
        ],
        {0: "2026-03-06"},
    ),
    "a deadline after who's doing it": (
        [(LUCY, "That's mine. I'll confirm who's presenting on the second day by the end of the week.")],
        {0: "2026-03-06"},
    ),
    "a date said first, the item points back to it": (
        [(LUCY, "Our chair has to see it first. I have her on the ninth of April. I'll show her the routes then.")],
        {0: "2026-04-09"},
    ),
    "a meeting's date, the work put to it then": (
        [(WILL, "The trustees meet on the ninth of April. I'll put the two routes to them then.")],
        {0: "2026-04-09"},
    ),
    "a session put as a question, then the speaker's part in it": (
        [(OWEN, "So maybe a half-day, you and me, in a fortnight? I'll bring the shopper research."), (LUCY, "Fine.")],
        {0: "2026-03-18"},
    ),
    "a past question's date is not the item's": (
        [(NADIA, "Did the files come through on Monday? I'll resend them to be safe.")],
        {0: None},
    ),
    "'then' as 'in that case' after a refused date": (
        [(NADIA, "Not this week, I'm afraid. Okay, I'll ask Owen to cover it, then.")],
        {0: None},
    ),
    "a new date asked a few turns later, accepted by the owner": (
        [
            (NADIA, "I'll get the edit over to you on Friday."),
            (OWEN, "And the voiceover's booked."),
            (LUCY, "Actually, could you make the edit Thursday? Our board moved."),
            (NADIA, "Yeah, that's fine."),
        ],
        {0: "2026-03-05"},
    ),
    "another thing moved a few turns later": (
        [
            (NADIA, "I'll get the edit over to you on Friday."),
            (OWEN, "And the voiceover's booked."),
            (LUCY, "Could we move the launch to the 20th?"),
            (NADIA, "Fine by me."),
        ],
        {0: "2026-03-06"},
    ),
    "a new date asked later, which the owner refuses": (
        [
            (NADIA, "I'll get the edit over to you on Friday."),
            (OWEN, "The music's cleared too."),
            (LUCY, "Could you make it Thursday instead?"),
            (NADIA, "Sorry, no, Thursday's not possible."),
        ],
        {0: "2026-03-06"},
    ),
    "the requester adds a date after the yes": (
        [(LUCY, "Will, can you send us the store photos?"), (WILL, "Sure."), (LUCY, "Ideally by Friday.")],
        {1: "2026-03-06"},
    ),
    "the requester adds a fact after the yes": (
        [
            (LUCY, "Will, can you send us the store photos?"),
            (WILL, "Sure."),
            (LUCY, "By the way, the launch is on Friday."),
        ],
        {1: None},
    ),
    "a date the other side needs after the item, accepted": (
        [
            (NADIA, "I'll put together a shortlist of caterers."),
            (LUCY, "Great. We'd need it by the 18th."),
            (NADIA, "No problem."),
        ],
        {0: "2026-03-18"},
    ),
    "a date said in passing after the item is not needed": (
        [
            (NADIA, "I'll put together a shortlist of caterers."),
            (LUCY, "Great. The tasting we did on the 18th was awful."),
            (NADIA, "Oh no."),
        ],
        {0: None},
    ),
    "a later date the other side grants": (
        [
            (NADIA, "I'll get the sell-in deck to you by Friday."),
            (LUCY, "Honestly, no rush, end of next week is fine."),
        ],
        {0: "2026-03-13"},
    ),
    "a date the owner's own side offers for something else": (
        [
            (NADIA, "I'll get the sell-in deck to you by Friday."),
            (OWEN, "And I'll check the shelf strips. Tomorrow okay?"),
            (LUCY, "Perfect."),
        ],
        {0: "2026-03-06"},
    ),
    "a refused date does not undo the answer before it": (
        [
            (NADIA, "Our studio will redo the floor plan and fold it into the pack."),
            (LUCY, "When would we see it?"),
            (NADIA, "Within two weeks, realistically."),
            (WILL, "Could you mock up the stand this week?"),
            (OWEN, "Honestly, not this week, it'll only change."),
        ],
        {0: "2026-03-18"},
    ),
    "an opening date beside the need's deadline": (
        [
            (LUCY, "The new branch opens on the 14th, so we need the window vinyls by Wednesday."),
            (NADIA, "Leave that with me."),
        ],
        {1: "2026-03-11"},
    ),
    "a request after a day someone was out": (
        [(WILL, "I was out on Monday. Can you resend the media schedule?"), (NADIA, "Sure, will do.")],
        {1: None},
    ),
    "out one day, the work another": (
        [(NADIA, "I'm out on Thursday, but I'll get the deck over by Friday.")],
        {0: "2026-03-06"},
    ),
    "a past day asked about, then looked into": (
        [(LUCY, "What happened to the stock feed on Monday? I'll look into it with our IT team.")],
        {0: None},
    ),
    "a past day reported, then taken on": (
        [(WILL, "Sign-ups fell on the 2nd, any idea why?"), (OWEN, "Not sure. Leave it with me.")],
        {1: None},
    ),
    "a later turn's statement of another thing's date": (
        [
            (NADIA, "I'll send the revised storyboard on Friday."),
            (LUCY, "What about the radio script? That was meant to go out on the 12th too."),
        ],
        {0: "2026-03-06"},
    ),
    "a question about the asker's own plans, not a new date": (
        [
            (LUCY, "Can you book the venue tour for our regional managers, Nadia?"),
            (NADIA, "Sure, I'll get it booked by Friday."),
            (WILL, "Do I have to be there for Tuesday?"),
        ],
        {1: "2026-03-06"},
    ),
    "a date asked about after a question of its own is no new deadline": (
        [
            (LUCY, "We're holding the 16th and 17th for the shoot."),
            (NADIA, "Leave that with me. I'll check the crew list and come back to you by Friday."),
            (WILL, "And are we all happy with those shoot days? The 16th and 17th?"),
        ],
        {1: "2026-03-06"},
    ),
    "an hour put after the day is set keeps the day": (
        [
            (LUCY, "Owen, can you go through the tracking plan with Will?"),
            (OWEN, "Sure. Will, are you free Friday?"),
            (WILL, "Friday afternoon, yes. Go on then."),
            (OWEN, "Two o'clock?"),
            (WILL, "Two's good."),
        ],
        {1: "2026-03-06"},
    ),
    "a question whose date is in a statement beside it": (
        [
            (NADIA, "We'll redo the header banner and send it over on Monday."),
            (OWEN, "The banner's on the list for Thursday's review anyway. Can we leave it till then?"),
        ],
        {0: "2026-03-09"},
    ),
    "an accepted date is the one asked, not one said beside it": (
        [
            (OWEN, "I'll send the cost sheet by Friday."),
            (LUCY, "Could you do Thursday? Friday's the board."),
            (OWEN, "Yes, Thursday, Friday's too late anyway."),
        ],
        {0: "2026-03-05"},
    ),
    "a question moving another thing gives no date": (
        [
            (NADIA, "Great, I'll send the invite."),
            (WILL, "One more thing. Can we push the webinar back a week? The 18th?"),
        ],
        {0: None},
    ),
    "the day a thing is moved to, in a task given to someone else, is not the deadline": (
        [(NADIA, "I'll get our media planner to push the radio flight to the 20th and tell the stations by Monday.")],
        {0: "2026-03-09"},
    ),
    "a day put, taken at the start of the reply, then the work that goes with it": (
        [
            (LUCY, "It would help to see the shop floor before we sign off the layout. How about the 12th?"),
            (NADIA, "The 12th works. Yes, let's. I'll bring the floor plans."),
        ],
        {1: "2026-03-12"},
    ),
    "a day taken after a bare yes": (
        [
            (WILL, "You're in Manchester on Thursday, aren't you? We could record the voiceover at ours."),
            (OWEN, "Yeah, fine. Thursday. I'll come over after lunch."),
        ],
        {1: "2026-03-05"},
    ),
    "a day the turn before did not put is not taken": (
        [
            (WILL, "The board meets on Thursday, so the budget's settled after that."),
            (OWEN, "Okay, good. I'll draft the media plan once we hear."),
        ],
        {1: None},
    ),
    "a day in a condition put first is no deadline": (
        [
            (LUCY, "Owen, could you chase the printer on the banner stands?"),
            (OWEN, "Yep, on it."),
            (LUCY, "If it's still stuck by Thursday, shout and I'll call them myself."),
        ],
        {1: None},
    ),
    "a polite if with a day is still the deadline": (
        [
            (LUCY, "Nadia, can you send us the logo files? If you could get them over by Friday, that'd be brilliant."),
            (NADIA, "Sure, will do."),
        ],
        {1: "2026-03-06"},
    ),
    "an offer taken, then the day its result is had": (
        [
            (OWEN, "I can put together a one-page explainer of the fee for your call centre team."),
            (LUCY, "Yes please, that would help them a lot."),
            (OWEN, "I'll have a draft with Lucy by Thursday."),
        ],
        {0: "2026-03-05"},
    ),
    "work taken, then the day it is had done": (
        [
            (NADIA, "I'll book the refrigerated van."),
            (LUCY, "Great, we need it on site the day before."),
            (NADIA, "Fine, I'll have it booked by Friday."),
        ],
        {0: "2026-03-06"},
    ),
    "the day a result is had, after a question about another thing, is not the item's": (
        [
            (WILL, "Could you add us as partners on the ads account?"),
            (LUCY, "Yes, I'll sort that once IT are back."),
            (NADIA, "Lovely. And the paid budget, Lucy, did you get anywhere with finance?"),
            (LUCY, "Not yet. I'll have an answer for you by the end of the week."),
        ],
        {1: None},
    ),
    "a thing named anew, with its own day, is its own item": (
        [
            (NADIA, "I'll book the refrigerated van."),
            (LUCY, "Great."),
            (NADIA, "I'll have the route plan to you by Friday as well."),
        ],
        {0: None, 2: "2026-03-06"},
    ),
    "a time asked for after two pieces of work is the last one's": (
        [
            (OWEN, "Cool. I'll switch the budget across today, and I'll pull together a pack of the best ads."),
            (LUCY, "Oh, that would be great. When could I have that?"),
            (OWEN, "First thing tomorrow."),
        ],
        {0: "2026-03-04"},
    ),
    "the day a thing is moved to, hung on the thing, is not the deadline": (
        [
            (
                NADIA,
                "Right. Then I'll get our PR lead to move the embargo to the 19th and let the bloggers know by Monday.",
            )
        ],
        {0: "2026-03-09"},
    ),
    "a polite if with the asker's own wish keeps the day": (
        [
            (OWEN, "Shall I draft a fresh holding line for the moderators?"),
            (LUCY, "Please. If I could see it by close of play that would be ideal."),
            (OWEN, "Yep, close of play's fine."),
        ],
        {0: "2026-03-04"},
    ),
    "a day asked about, then promised for it": (
        [(LUCY, "Is Tuesday realistic for the toolkit?"), (NADIA, "Yes, I'll get it to you then.")],
        {1: "2026-03-10"},
    ),
    "the date said after, with how sure the speaker is": (
        [
            (LUCY, "We'll need the new phone numbers for the back page."),
            (OWEN, "Our web team will send those over. By the 20th, I'd have thought."),
        ],
        {1: "2026-03-20"},
    ),
    "the day the work counts back from is not its deadline": (
        [
            (LUCY, "What's the plan for the launch?"),
            (OWEN, "I'll build a timing plan working back from the twelfth of May, and I'll have it to you Friday."),
        ],
        {1: "2026-03-06"},
    ),
    "a deadline after 'each' is no recurring day": (
        [(OWEN, "Who's in the film?"), (LUCY, "I'll send you the names with a line on each by Friday.")],
        {1: "2026-03-06"},
    ),
    "a reply's answer is its first date, the reason after it is no deadline": (
        [
            (NADIA, "We need the artwork files for the printer."),
            (OWEN, "I'll send them over."),
            (NADIA, "When could we have them?"),
            (OWEN, "Thursday? Wednesday's packed."),
        ],
        {1: "2026-03-05"},
    ),
    "a reply's date corrected in a later sentence": (
        [
            (NADIA, "We need the signed-off copy deck."),
            (OWEN, "I'll chase the proofreader for it."),
            (NADIA, "When by?"),
            (OWEN, "Monday. Actually, no, make that Tuesday, she's off Monday."),
        ],
        {1: "2026-03-10"},
    ),
    "an accepted request dated after a condition with a date of its own": (
        [
            (NADIA, "Owen, can you rebuild the results section?"),
            (OWEN, "Yep, can do. If I get the survey numbers tomorrow, I'll have it back to you Friday."),
        ],
        {1: "2026-03-06"},
    ),
    "a reply's asked date after a day ruled out": (
        [
            (NADIA, "Legal will want to see the wording. I can get them to look at it."),
            (LUCY, "When do you reckon?"),
            (NADIA, "Well, Monday's a bank holiday, so... Tuesday, after that?"),
        ],
        {0: "2026-03-10"},
    ),
    "a request for the same work with a date of its own keeps the item waiting for its owner's yes": (
        [
            (NADIA, "Let's go with the second script."),
            (OWEN, "Brilliant. I'll tighten it up, there's a clunky line in the middle."),
            (NADIA, "Could we see the new version by Monday, Owen, so the board has time with it?"),
            (OWEN, "Monday's fine."),
        ],
        {1: "2026-03-09"},
    ),
    "a date asked for after an aside about new work is still the item's": (
        [
            (NADIA, "The headlines on the mailer are a bit long."),
            (OWEN, "Fair. I'll rewrite the headlines, shorter."),
            (LUCY, "And if the samples land early, we could do a teaser email too."),
            (NADIA, "Maybe. Owen, when can you turn the headlines round?"),
            (OWEN, "Thursday."),
        ],
        {1: "2026-03-05"},
    ),
    "an offer made after a session was dated does not take the session's date": (
        [
            (NADIA, "Can we both go to the plant on Thursday the 12th?"),
            (OWEN, "Thursday the 12th. Yes, let's both go."),
            (LUCY, "One other thing. Shall I set up a short weekly check-in till the launch?"),
            (NADIA, "Please. Mondays, ideally."),
        ],
        {2: None},
    ),
    "a date said after the talk moved on to new work is not the earlier item's": (
        [
            (NADIA, "Could you share how we compare with your other retail clients?"),
            (OWEN, "We can't name them, but what I can do is share an anonymised benchmark."),
            (NADIA, "That would do."),
            (LUCY, "Nadia, could you and Owen go through the loyalty data properly before the planning day?"),
            (NADIA, "Happy to. Owen, are you free next Tuesday?"),
        ],
        {1: None},
    ),
    "a date taken before work that waits on an event is the event's": (
        [
            (LUCY, "Could we get the floor plan over to you by Friday?"),
            (NADIA, "Friday's great. And once I've got that, I'll order the power and do the risk assessment."),
        ],
        {1: None},
    ),
    "work that waits on an event, dated with the work itself": (
        [
            (LUCY, "Could we get the floor plan over to you by the 12th?"),
            (NADIA, "Great. And once I've got that, I'll order the power and do the risk assessment by Friday."),
        ],
        {1: "2026-03-06"},
    ),
    "a day said four turns on, unasked, is somebody else's": (
        [
            (LUCY, "Our quality team will send over the supplier's certificate, they've got a template for it."),
            (OWEN, "And the staff on the stand all have their food hygiene cards already."),
            (NADIA, "Great, that's the paperwork covered then."),
            (OWEN, "It is. The wristbands came in this morning too."),
            (WILL, "Can I have one? I'm coming up Saturday."),
        ],
        {0: None},
    ),
    "a day said four turns on, in answer to when, is the item's": (
        [
            (OWEN, "Fair. I'll rewrite the carousel captions, tighter."),
            (NADIA, "And if the stock lands early we could do a pre-order post as well."),
            (LUCY, "Maybe. The warehouse says mid-April, but I'll believe it when I see it."),
            (NADIA, "Owen, when can you turn round those captions?"),
            (OWEN, "Same time as the reel. Tuesday."),
        ],
        {0: "2026-03-10"},
    ),
    "a day said three turns on, unasked, by the requester, is the item's": (
        [
            (LUCY, "Could you send us the shortlist of venues?"),
            (NADIA, "Yes, I'll send the shortlist over."),
            (LUCY, "Lovely, thanks."),
            (OWEN, "I'll need the headcount for that, by the way."),
            (LUCY, "Friday would be ideal for the shortlist."),
        ],
        {1: "2026-03-06"},
    ),
    "a go-live date answering when about another thing leaves the reply's own date": (
        [
            (LUCY, "Can you send me the venue contact?"),
            (NADIA, "Will do, straight after this."),
            (OWEN, "So when does the microsite actually go live?"),
            (NADIA, "If the feed lands Thursday, it can go live on the 18th."),
        ],
        {1: "2026-03-04"},
    ),
    "a day put to somebody else by name is not the offer's date": (
        [
            (LUCY, "Could you share how we compare with your other retail clients?"),
            (NADIA, "We can't name them. What I can do is share an anonymised benchmark."),
            (LUCY, "That would do."),
            (LUCY, "Owen, are you free next Tuesday?"),
        ],
        {1: None},
    ),
    "the owner's own question after the work puts its date, and the answer takes it": (
        [
            (LUCY, "Neither of them has done live radio."),
            (NADIA, "I'll book our usual trainer. Could we do Wednesday the eighteenth?"),
            (LUCY, "The eighteenth... yes, yes, I can make that work."),
            (OWEN, "And the embargo. Are we going with the Monday?"),
        ],
        {1: "2026-03-18"},
    ),
    "a date the owner asks after the first step's, accepted before work of the other side's own": (
        [
            (OWEN, "When could we have the invite?"),
            (NADIA, "I'll get our designer on it today. Thursday?"),
            (OWEN, "Thursday's great, and then we'll send the invites out Friday."),
        ],
        {1: "2026-03-05"},
    ),
    "a deadline its owner changes after the recap, naming the work": (
        [
            (NADIA, "I'll get the new search budgets live Monday."),
            (LUCY, "Great."),
            (OWEN, "On the creative, we're nearly there."),
            (LUCY, "Good. And the radio?"),
            (OWEN, "Booked for April, all three stations."),
            (LUCY, "Lovely. I think that's everything."),
            (NADIA, "Sorry, one change, can I do the budgets Tuesday, not Monday? I want the keywords signed off."),
            (LUCY, "Tuesday's fine."),
        ],
        {0: "2026-03-10"},
    ),
    "a deadline the other side wants earlier, which the owner then puts": (
        [
            (OWEN, "I'll send the product copy over on the seventeenth."),
            (LUCY, "Perfect."),
            (NADIA, "The stand build is all booked."),
            (LUCY, "Good. And the lighting?"),
            (NADIA, "Confirmed with the venue."),
            (LUCY, "One change. Owen, I need the copy a week earlier, I'm away after that."),
            (OWEN, "The tenth, then?"),
            (LUCY, "The tenth."),
        ],
        {0: "2026-03-10"},
    ),
    "a later change to another thing leaves the item's date": (
        [
            (NADIA, "I'll send the floor plan over Friday."),
            (LUCY, "Great."),
            (OWEN, "The stand build is all booked."),
            (LUCY, "Good. And the lighting?"),
            (OWEN, "Confirmed with the venue."),
            (LUCY, "Could we move the launch to Tuesday instead?"),
            (NADIA, "Tuesday's fine by me."),
        ],
        {0: "2026-03-06"},
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_item_gets_its_date(name: str) -> None:
    turns, want = CASES[name]
    got = dues(turns)
    for turn, due in want.items():
        assert turn in got, (name, got)
        assert got[turn] == due, (name, got)


@pytest.mark.parametrize(
    "text",
    [
        "We'll sign the contract the day it arrives, and we'll have the written proposal in by the 20th.",
        "I'll send the deck today and I'll circulate the notes by Friday.",
    ],
)
def test_two_items_in_one_sentence_keep_their_own_dates(text: str) -> None:
    got = all_dues([(NADIA, text)])
    assert len(got) == 2, got
    assert got[1][1] is not None and got[0][1] != got[1][1], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I'll get the minutes out in the morning, and I'll drop Lucy a note about the budget.", ["2026-03-05", None]),
        ("I'll book the studio for Tuesday and I'll let the talent agent know.", ["2026-03-10", None]),
    ],
)
def test_a_date_before_a_second_subject_is_the_first_items(text: str, want: list[str | None]) -> None:
    assert [due for _, due in all_dues([(NADIA, text)])] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I'll book the venue. I'll also get catering options to you by Monday.", [None, "2026-03-09"]),
        ("We'll brief the photographer. We'll send the shot list as well, by Friday.", [None, "2026-03-06"]),
        # the next sentence's work is how the item is done, or a statement
        ("I'll brief the suppliers. Next week, probably, I'm seeing two of them on Tuesday anyway.", ["2026-03-13"]),
        # the same work said again, or pointed back to: one item, dated by the next sentence
        ("I'll send the deck. I'll have it with you by Friday.", ["2026-03-06"]),
        ("I'll redo the deck. I'll send the new deck by Friday.", ["2026-03-06"]),
    ],
)
def test_the_next_sentences_date_is_other_work_said_there(text: str, want: list[str | None]) -> None:
    """A date in the next sentence dates the item before it only when that sentence promises no other work."""
    assert [due for _, due in all_dues([(LUCY, "Where are we on the launch?"), (NADIA, text)])] == want


def test_how_the_work_is_done_in_the_next_sentence_dates_it() -> None:
    said = "I'll chase the photographer for the file. I'll drop her an email this afternoon."
    assert all_dues([(LUCY, "Where are we on the cover?"), (NADIA, said)])[0] == (1, "2026-03-04")


def test_the_day_a_result_is_had_is_no_second_item() -> None:
    turns = [
        (OWEN, "I can put together a one-page explainer of the fee for your call centre team."),
        (LUCY, "Yes please, that would help them a lot."),
        (OWEN, "I'll have a draft with Lucy by Thursday."),
    ]
    assert all_dues(turns) == [(0, "2026-03-05")]


def test_a_weekday_put_as_next_weeks_and_taken_by_its_name_dates_the_work_after_it() -> None:
    turns = [
        (LUCY, "Owen, could we sit down with the test scripts together? Next Thursday? Half a day?"),
        (OWEN, "Thursday's good. Come to us, we'll find you a quiet room."),
    ]
    assert (1, "2026-03-12") in all_dues(turns)


def test_work_done_after_a_step_is_not_dated_by_the_step() -> None:
    turns = [(NADIA, "Right. Will's sending me the stockist list by Friday, and I'll update the map after that.")]
    ex = extract_turns(turns, PEOPLE, MEETING, "gold-json", step=10.0)
    mapped = [a for a in ex.action_items if "map" in a.task]
    assert mapped and all(a.due is None for a in mapped), ex.action_items


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Sorry, one change, can I do the budgets Tuesday, not Monday?", True),
        ("Ah, on the photos, make it Monday, not Friday.", True),
        ("Can I see the guest list sooner?", True),
        ("Small change, can I have till Thursday for the flow?", True),
        ("Could we do the lines Tuesday instead?", True),
        ("The budgets go live Monday.", False),
        ("Nothing's changed on the photos.", False),
        ("I'll send the guest list tomorrow.", False),
    ],
)
def test_a_late_change_is_asked_in_so_many_words(said: str, asks: bool) -> None:
    assert bool(late_changes.CHANGE.search(said)) is asks
