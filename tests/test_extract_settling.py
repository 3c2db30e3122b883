"""How people settle things in a meeting, and talk that only looks settled: dialogues written for these tests.

Each case is (turns, the turns an agreement is recorded at). GUIDELINES §3: the turn where the decision becomes
final; accepting a deadline, taking up a session, praise, opinions and the call's own logistics are not agreements.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import analyse
from pipeline.extract.agreements import AgreementTracker
from pipeline.schemas import Segment, Transcript
from pipeline.settings import Settings
from tests.support import LUCY, MODELS, NADIA, OWEN, PEOPLE, WILL, extract_turns, header


def agreed(turns: list[tuple[str, str]]) -> list[int]:
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    return [a.turn for a in ex.agreements]


SETTLED = {
    "let's do that, to a question put": (
        [
            (OWEN, "Should we move the launch event to the Thursday so the press can come?"),
            (LUCY, "Yes, let's do that."),
        ],
        [1],
    ),
    "approval of what was shown": (
        [(OWEN, "So that's the final cut, with the new end frame."), (LUCY, "Great, we're happy to sign that off.")],
        [1],
    ),
    "a chair's summary": (
        [
            (NADIA, "Right, so to sum up: we're going with the blue route and the budget is capped at ninety."),
            (LUCY, "Yes."),
        ],
        [0],
    ),
    "taken up after questions about it": (
        [
            (OWEN, "My suggestion is we use the staff as the faces of the campaign rather than models."),
            (LUCY, "Interesting. What would that do to the shoot?"),
            (OWEN, "It'd be cheaper, and a day shorter."),
            (LUCY, "Okay, let's do that. Use the staff."),
        ],
        [3],
    ),
    "talked over, then conceded": (
        [
            (OWEN, "My recommendation is we leave the comments up and post one reply."),
            (LUCY, "That reply needs very careful wording."),
            (OWEN, "It does, and you'd see it first."),
            (NADIA, "People would notice if we deleted them anyway."),
            (LUCY, "Okay. I can live with that."),
        ],
        [4],
    ),
    "a figure agreed, then gone back on and replaced by a plain decision": (
        [
            (OWEN, "We wrote it as a thirty and I'd keep it at thirty."),
            (LUCY, "Thirty's fine. Agreed, we'll buy thirties."),
            (NADIA, "Next, the casting."),
            (WILL, "We like the second voice."),
            (NADIA, "Good."),
            (OWEN, "I think we have to go back on what we said earlier. It needs to be a forty."),
            (LUCY, "How much more?"),
            (NADIA, "About a third more per spot."),
            (LUCY, "Okay, forget the thirties. We'll make it a forty and keep the budget."),
        ],
        [8],
    ),
    "a word accepted, then the swap it makes ratified by the other client": (
        [
            (NADIA, "Legal won't let us say effortless. What about simple? Simple, no fuss?"),
            (LUCY, "Simple's fine. We say simple on the packs already."),
            (OWEN, "So we swap effortless for simple, then. Yeah?"),
            (WILL, "Yep, simple it is."),
        ],
        [3],
    ),
    "figures accepted, then the total confirmed by the one who holds the budget": (
        [
            (NADIA, "Can we meet in the middle? Two point four. Print at ninety, radio at forty, the rest as it is."),
            (LUCY, "Radio at forty means breakfast only. We can live with that."),
            (WILL, "Two point four. I can take that to the board, yes."),
            (NADIA, "Then that's the number. Two point four million, confirmed."),
        ],
        [3],
    ),
    "an option chosen, then another of the same set chosen on the same thing": (
        [
            (NADIA, "Two routes for the poster. A is the harbour at dawn, B is the lighthouse and the cat."),
            (LUCY, "Okay, let's go with B. The lighthouse and the cat."),
            (OWEN, "Lovely. I'll get the retouching started."),
            (WILL, "One thing. That lighthouse is the one in the rival's ad."),
            (NADIA, "We'd have to reshoot to change it, and that's two weeks."),
            (LUCY, "No, not for a poster. Let's go with A, the harbour. The cat can go on the leaflet."),
        ],
        [5],
    ),
    "two choices by letter on different things both stand": (
        [
            (NADIA, "For the logo, A is the serif, B the rounded one."),
            (LUCY, "Let's go with B for the logo."),
            (OWEN, "And for the van livery, A is white, B is navy."),
            (LUCY, "Let's go with A for the vans."),
        ],
        [1, 3],
    ),
    "agreed, to a so-question": (
        [(NADIA, "So, seventy-thirty towards video for the summer?"), (LUCY, "Agreed. Seventy-thirty.")],
        [1],
    ),
    "that's decided": ([(OWEN, "And the podcast is definitely out?"), (WILL, "Out. That's decided.")], [1]),
    "a counter-proposal accepted": (
        [
            (OWEN, "We'd run the posters in the last two weeks of May."),
            (LUCY, "No, I want them up for half term. Run them the first two weeks of June instead."),
            (OWEN, "Okay, we can do that."),
        ],
        [2],
    ),
    "a cost asked about, then allowed": (
        [
            (OWEN, "The photographer wants to extend the usage to a year."),
            (LUCY, "Is that more money?"),
            (OWEN, "Three hundred more."),
            (LUCY, "That's fine. Go ahead."),
        ],
        [3],
    ),
    "a decision confirmed later is recorded once": (
        [
            (OWEN, "So our recommendation is we cut the films to six minutes."),
            (LUCY, "Yeah. Do that."),
            (WILL, "People like the long ones, though."),
            (OWEN, "That's why the long cut stays online."),
            (WILL, "Okay, yeah, that works."),
        ],
        [1],
    ),
    "a verdict drawn once the talk has come round": (
        [
            (OWEN, "The tasting notes could stay as line drawings, or we shoot the jars as photos."),
            (NADIA, "Photos fight with the drawn label, to be honest."),
            (WILL, "Hm, fair."),
            (LUCY, "Then it's line drawings on every jar. No photos."),
        ],
        [3],
    ),
    "an option picked with 'then'": (
        [
            (LUCY, "For the kick-off, would you rather meet in person or do it on a call?"),
            (OWEN, "Come to you, if that's alright. Easier with the boards."),
            (LUCY, "In person, then. Our Bristol office."),
        ],
        [2],
    ),
    "a change of mind is the decision": (
        [
            (OWEN, "We'd drop the newsletter and put the time into the app."),
            (LUCY, "Okay, drop it."),
            (WILL, "The newsletter's our best converter, though."),
            (NADIA, "True, click-through was double the app's last quarter."),
            (LUCY, "Right, I've changed my mind. The newsletter stays, monthly."),
        ],
        [4],
    ),
    "won round, the decision said outright": (
        [
            (OWEN, "I'd still argue for an actor on the sign-off line."),
            (NADIA, "The founder's read was a bit flat in the test."),
            (WILL, "And an actor's easier to re-record later."),
            (LUCY, "Okay. You've won me round. An actor for the sign-off line, not the founder."),
        ],
        [3],
    ),
    "a worry answered, the move ordered": (
        [
            (OWEN, "We'd move the stand to the north hall, by the cafe."),
            (LUCY, "My worry is people won't find it."),
            (NADIA, "The signage stays at the main doors either way."),
            (LUCY, "Okay. If the signage stays, fine. Move the stand to the north hall."),
        ],
        [3],
    ),
    "the agency confirms the client's pick": (
        [
            (OWEN, "So those are the three names again, with Lantern as our lead."),
            (LUCY, "I'll be blunt: Lantern. The others don't do it for me."),
            (NADIA, "Understood. Lantern it is, we'll park the others."),
        ],
        [2],
    ),
    "a point conceded, settled once the numbers are": (
        [
            (OWEN, "We could lose the radio and take the posters down to three weeks."),
            (LUCY, "Radio I can live without. Three weeks I'm less sure about."),
            (WILL, "That's still fifteen over."),
            (OWEN, "Then we'd take the fifteen from the print."),
            (LUCY, "So radio's out, posters three weeks, print down fifteen. Agreed?"),
            (WILL, "Agreed."),
        ],
        [5],
    ),
    "agreed, to a what-about": (
        [(OWEN, "What about splitting the stand cost with the distributor?"), (LUCY, "Agreed, half each.")],
        [1],
    ),
    "agreed, to a why-don't-we": (
        [(OWEN, "Why don't we split the stand cost with the distributor?"), (LUCY, "Agreed.")],
        [1],
    ),
    "a go-live date asked of us, then settled": (
        [
            (LUCY, "When do we go live, then?"),
            (OWEN, "We'd say Monday the ninth, after the press day."),
            (LUCY, "That works."),
        ],
        [2],
    ),
    "let's do that, to an option named": (
        [(OWEN, "The other option is a single hero film with cutdowns."), (LUCY, "Let's do that.")],
        [1],
    ),
    "an option picked by its place": (
        [(OWEN, "We'd recommend the second route, the bolder one."), (LUCY, "The second route works for us.")],
        [1],
    ),
    "a proposal restated as it is taken up": (
        [
            (OWEN, "I'd want another three thousand on top, mostly for paid posts behind the recipe videos."),
            (LUCY, "Three on top of the five."),
            (OWEN, "Yes, eight in total."),
            (LUCY, "Did the underspend from the spring come back, Will?"),
            (WILL, "Most of it."),
            (LUCY, "Okay, fine. Another three thousand for the recipe videos, mostly paid posts."),
        ],
        [5],
    ),
    "what is back in, said once a cut is reconsidered": (
        [
            (WILL, "Can we revisit the late-night cinema we cut?"),
            (NADIA, "The one in the courtyard?"),
            (WILL, "It scored highest in the visitor survey."),
            (LUCY, "Okay. Fine, bring it back. Cinema's in, courtyard, both nights."),
        ],
        [3],
    ),
    "a decision restated in the recap is recorded once": (
        [
            (OWEN, "Should we move the launch to the ninth so the press can come?"),
            (LUCY, "Yes, let's do that."),
            (OWEN, "Great. Next, the posters."),
            (LUCY, "Fine."),
            (NADIA, "So to recap: the launch moves to the ninth, and I'll send the poster proofs Friday."),
            (LUCY, "Yes."),
        ],
        [1],
    ),
    "taken up after a murmur": (
        [
            (OWEN, "Our recommendation is we pause the second supplier."),
            (LUCY, "Hmm."),
            (NADIA, "Their leads have been poor for three months."),
            (LUCY, "Okay, let's do that."),
        ],
        [3],
    ),
    "an order to a proposal that came with a promise": (
        [
            (OWEN, "We could drop the radio altogether, and I'll send a revised plan on Friday."),
            (LUCY, "Drop it."),
        ],
        [1],
    ),
    "figures put, said back and said yes to": (
        [
            (OWEN, "Sixty words a caption and ninety on the intro panels would keep it all at eighteen point."),
            (LUCY, "Sixty and ninety. Yes. The writers will cope."),
        ],
        [1],
    ),
    "a figure settled in a word or two": (
        [
            (OWEN, "With the extra shoot day we'd be at about forty-two."),
            (NADIA, "Forty-two all in."),
            (LUCY, "Forty-two. Fine. Done."),
        ],
        [2],
    ),
    "lock it, after the arrangement is put": (
        [
            (OWEN, "The poll opens on launch day, the ninth, and closes on the Friday night."),
            (LUCY, "Yep. Lock that in."),
        ],
        [1],
    ),
    "a change of mind long after, by name": (
        [
            (OWEN, "Here's the version with the hanging sign over the entrance."),
            (LUCY, "Oh, I love that. Keep the sign."),
            (NADIA, "Great. Next, the furniture."),
            (WILL, "We've gone with the oak benches."),
            (OWEN, "And the lighting is all warm white."),
            (NADIA, "The carpet is the grey we sampled."),
            (WILL, "The plinths are the ones from last year."),
            (OWEN, "Rigging for the sign is extra, by the way. Another four thousand."),
            (LUCY, "On top of the budget?"),
            (OWEN, "On top, it's the venue's charge."),
            (LUCY, "Then lose the sign. I'm not asking finance for more."),
        ],
        [10],
    ),
    "a change of mind that names the other option": (
        [
            (OWEN, "Bright make the signage in-house; Lane would subcontract it."),
            (LUCY, "With the budget where it is, let's go with Lane."),
            (NADIA, "Fine. Next, the timings."),
            (OWEN, "Install is the week of the fourth."),
            (WILL, "And the opening is the twelfth."),
            (NADIA, "The signage is the thing visitors will remember, though. I'd push for Bright."),
            (LUCY, "Okay. I'm changing my mind. Bright, at thirty-one."),
        ],
        [6],
    ),
    "a refusal with what can be done instead, taken": (
        [
            (OWEN, "Could we move to monthly invoicing?"),
            (LUCY, "I can't do that this year. What I can do is monthly from the new contract."),
            (OWEN, "From the new contract. Okay, that works for us."),
        ],
        [2],
    ),
    "no, with a counter figure, taken": (
        [
            (LUCY, "We'd want the retainer for a full year."),
            (WILL, "No, six months. That's what I can get past finance."),
            (NADIA, "Okay. Six months it is."),
        ],
        [2],
    ),
    "a date something is moved to, put on its own and taken": (
        [
            (LUCY, "Can we move the launch to the ninth?"),
            (OWEN, "The ninth is tight. How about the sixteenth?"),
            (LUCY, "Sixteenth then. Fine."),
        ],
        [2],
    ),
    "a decision said with let's, standing when the next thing put is refused": (
        [
            (LUCY, "Let's keep the price on the front, but small."),
            (OWEN, "Sure. I'll mock it up at two sizes."),
            (NADIA, "Next, finishes. The studio would like a soft-touch laminate on the cover."),
            (OWEN, "Soft-touch on a run that size will cost another eleven thousand."),
            (LUCY, "Then no. Not this year."),
        ],
        [0],
    ),
    "a change of mind stated, then checked, replaces the earlier choice": (
        [
            (NADIA, "Then let's run B as the lead route and develop it."),
            (LUCY, "Yes. B it is."),
            (OWEN, "Could we keep A's wordmark and use B's red and white inside the shops only?"),
            (WILL, "I'd be happy with that."),
            (
                LUCY,
                "Okay, I'm changing my mind then. We go with A, with the red and white inside the shops. Not B. "
                "Everyone good with that?",
            ),
            (WILL, "Yep."),
        ],
        [4],
    ),
    "a change of mind asked, then decided, replaces the earlier choice": (
        [
            (LUCY, "I think we go B. Let's go with B."),
            (NADIA, "Brilliant, B goes into development."),
            (OWEN, "The trouble is B's letters fill in at thumbnail size."),
            (LUCY, "Ugh. Right, I'm going back on what I said. Could we do A's apple with B's lettering?"),
            (OWEN, "We can. The letters are fine at wordmark size."),
            (LUCY, "Then that's the decision. A's apple with B's lettering."),
        ],
        [5],
    ),
    "scrapping put as an option does not undo the decision before": (
        [
            (OWEN, "The mornings were busier. What about a coffee bar instead of the evening drinks next year?"),
            (LUCY, "Yeah, okay. Next year, no drinks, morning coffee bar instead. Agreed."),
            (NADIA, "And the stand itself. Do we want to store it or scrap it?"),
        ],
        [1],
    ),
    "terms read back, agreed": (
        [
            (NADIA, "Last time the holding statement sat with legal for a day and a half."),
            (WILL, "Right, so, holding statements, one hour from legal, Lucy signs off, I'm copied, not approving."),
            (LUCY, "Agreed."),
        ],
        [2],
    ),
    "a decision to be written down": (
        [
            (NADIA, "Okay, so the tone is warm, dry, plain English, no puns."),
            (LUCY, "Yes. That's it. That's the tone, write that down."),
        ],
        [1],
    ),
    "an option dropped, stated flat": (
        [
            (OWEN, "Route C tested worst with the mums, and it's the most expensive to shoot. So C's out?"),
            (LUCY, "C's out. Sorry, Owen."),
        ],
        [1],
    ),
    "terms restated and closed": (
        [(NADIA, "Seventy, both pitches, twelve passes."), (LUCY, "Seventy. Done.")],
        [1],
    ),
    "a refusal that gives an order, then settled": (
        [
            (OWEN, "We can move it into the main hall after the last session. The caterers are fine with it."),
            (NADIA, "I'd rather not risk the courtyard. Move it."),
            (LUCY, "Yeah, agreed. Reception's in the main hall."),
        ],
        [2],
    ),
    "terms taken, said flat": (
        [
            (OWEN, "I can do forty-two thousand, including production. That's as low as I can go."),
            (LUCY, "Okay. We'll take it."),
        ],
        [1],
    ),
    "an option taken": (
        [
            (OWEN, "We can do the three-week flight at forty-two, or four weeks at fifty."),
            (LUCY, "Okay, we'll take the three-week flight."),
        ],
        [1],
    ),
    "the option a which-question asks for": (
        [
            (OWEN, "Three flavours: the original, the barista one, and the new chocolate."),
            (NADIA, "Which one are we leading with in the content? I need to know before the shoot."),
            (LUCY, "Chocolate. It's the launch. Lead with chocolate."),
        ],
        [2],
    ),
}

NOT_SETTLED = {
    "a price taken only if terms still to come suit": (
        [
            (NADIA, "The best the network can do is eighty-four for the flight."),
            (LUCY, "I can live with eighty-four if the cancellation terms work. What are they?"),
        ],
        [],
    ),
    "out, answering where someone is": (
        [(OWEN, "Is the new ad live yet?"), (LUCY, "The ad's out. It went live on Monday.")],
        [],
    ),
    "work taken on from here": (
        [(OWEN, "Can you send the deck by Friday?"), (LUCY, "Yes, we'll take it from here.")],
        [],
    ),
    "which one they liked, answered": (
        [
            (OWEN, "We tested the original and the chocolate."),
            (NADIA, "Which one did they like more?"),
            (LUCY, "Chocolate. By a mile."),
        ],
        [],
    ),
    "a session taken up": (
        [(NADIA, "Lucy, we should walk the venue together before we book it."), (LUCY, "Yes, let's. Thursday?")],
        [],
    ),
    "a session put as 'could we do a …' and taken up": (
        [
            (NADIA, "Lucy, before the radio interview I'd like to prep you. Could we do a prep session on Monday?"),
            (LUCY, "Yeah, let's do that. Monday, first thing."),
        ],
        [],
    ),
    "the hour of a call": (
        [
            (NADIA, "Shall we do the check-in Thursday morning or afternoon?"),
            (LUCY, "Afternoon it is. I'll send an invite."),
        ],
        [],
    ),
    "an idiom": ([(LUCY, "It is what it is. Costs have gone up everywhere.")], []),
    "go on, on the call": ([(NADIA, "I've put the agenda in the chat."), (LUCY, "Got it. Go on then.")], []),
    "starting the call": (
        [(NADIA, "Shall we get into it?"), (LUCY, "Yes, let's. So, three things on the agenda.")],
        [],
    ),
    "a proposal nobody takes up": (
        [(OWEN, "We could also look at a podcast sponsorship."), (LUCY, "Hmm. Let's park that."), (OWEN, "Sure.")],
        [],
    ),
    "praise": ([(NADIA, "Here's the revised storyboard."), (LUCY, "Oh, that's lovely, really nice work.")], []),
    "sounds good, to an update": (
        [(OWEN, "Quick update, the print proofs came back yesterday and look fine."), (LUCY, "Sounds good.")],
        [],
    ),
    "agreed, to an opinion put with a tag": (
        [(OWEN, "Commuters skip anything longer than six seconds, don't they?"), (LUCY, "Agreed.")],
        [],
    ),
    "fine, as a back-channel": ([(OWEN, "How was the train in?"), (LUCY, "Fine. Packed, but fine.")], []),
    "a later 'let's do that' on another subject": (
        [
            (OWEN, "My suggestion is we film the cutdowns on the same day as the main shoot."),
            (LUCY, "Hmm. Separately, the music licence is still open."),
            (NADIA, "The label are slow, as ever."),
            (LUCY, "Okay, let's do that."),
        ],
        [],
    ),
    "the day of a visit taken up": (
        [
            (OWEN, "I could show you round the new studio if you like."),
            (LUCY, "I'd love that. Could we do Tuesday the fourteenth?"),
            (OWEN, "Fourteenth works for me. Ten-ish?"),
        ],
        [],
    ),
    "fine, to the time of some work": (
        [(WILL, "When's the reshoot, roughly?"), (OWEN, "We'd pencil Thursday the ninth."), (WILL, "Fine.")],
        [],
    ),
    "guidance on a task just promised": (
        [
            (OWEN, "I'll send you a note on the loyalty idea by Friday."),
            (LUCY, "Good. Keep it short. The board has no patience for long papers."),
        ],
        [],
    ),
    "the screen coming back": ([(OWEN, "Hang on, it's frozen... there. There we go."), (LUCY, "Hi again.")], []),
    "an order to send something first": (
        [(OWEN, "We could share the deck with the board."), (LUCY, "Okay. Send the deck to me first, please.")],
        [],
    ),
    "then, drawing a problem": (
        [(OWEN, "The printer says the board won't take foil."), (LUCY, "Then it's a problem. What else could we do?")],
        [],
    ),
    "an idea of the addressee's approved, then taken on by them": (
        [
            (OWEN, "Kemi had a thought about a reminder text the day before."),
            (LUCY, "Mm."),
            (LUCY, "And Kemi, your reminder idea. Yes, do that."),
            (NADIA, "Great, I'll set it up by Wednesday."),
        ],
        [],
    ),
    "the agency walking through its plan": (
        [
            (LUCY, "The split feels heavy on programmatic."),
            (OWEN, "Yeah, fair. So in the option on the next slide the video goes up to forty and the display stays."),
        ],
        [],
    ),
    "the client describing the process": (
        [
            (OWEN, "How does the pitch work from here?"),
            (LUCY, "Yes. So, the process. Stage two is a workshop in our Leeds office."),
        ],
        [],
    ),
    "then, weighing what it turns on": (
        [
            (OWEN, "The printer can't do foil on that board."),
            (WILL, "So the board has to change."),
            (LUCY, "Then it's a question of budget for the board."),
        ],
        [],
    ),
    "a topic opened by the client": (
        [
            (OWEN, "That's everything on the shoot."),
            (LUCY, "Okay. The budget for the summer campaign."),
        ],
        [],
    ),
    "go ahead, to let someone speak first": (
        [(OWEN, "Shall I start with the numbers or do you want to?"), (LUCY, "No, go ahead, Owen, you first.")],
        [],
    ),
    "let's do that, to an offer of work": (
        [
            (OWEN, "I can pull together a short Q&A for the call centre if that helps."),
            (LUCY, "Yes, let's do that."),
        ],
        [],
    ),
    "an approval reported from outside the meeting": (
        [(LUCY, "Good news, finance signed off the extra twenty on Friday."), (OWEN, "Great.")],
        [],
    ),
    "a number said back while still negotiating": (
        [
            (OWEN, "We'd need forty for the extra day."),
            (LUCY, "Thirty?"),
            (OWEN, "Thirty-five."),
            (LUCY, "Thirty-five. Fine, if that includes the edit."),
            (OWEN, "It doesn't, the edit's separate."),
            (LUCY, "Then no. Thirty, with the edit, or we drop the day."),
        ],
        [],
    ),
    "done, said of work finished": (
        [(LUCY, "Is the deck with the printer yet?"), (OWEN, "Yes. Done. It went over this morning.")],
        [],
    ),
    "yes, do it, to a request of work": (
        [(OWEN, "Shall I send the boards to the printer today?"), (LUCY, "Yes. Do it by five, please.")],
        [],
    ),
    "a time said back to a promise": (
        [(OWEN, "Then I'll get the draft to you by half two."), (LUCY, "Half two. Fine. I'll read it on the train.")],
        [],
    ),
    "a figure confirmed as a fact": (
        [(LUCY, "How many screens are in the warehouse?"), (OWEN, "Three. Yes. Both seventy-five inch.")],
        [],
    ),
    "let's do that, to a session offered over two turns": (
        [
            (OWEN, "I'd love to run a proper workshop on the loyalty personas."),
            (LUCY, "Oh, ours are ancient."),
            (OWEN, "So maybe a morning, you and me, next month? I'll bring the survey data."),
            (LUCY, "Yeah fine, let's do that."),
        ],
        [],
    ),
    "the other side's no, accepted": (
        [
            (OWEN, "We'd love to add a drone shot over the harbour."),
            (LUCY, "No. Not this time. The budget won't stretch."),
            (OWEN, "Understood. We'll drop it."),
        ],
        [],
    ),
    "a no seconded": (
        [
            (OWEN, "We could put a video loop on the landing page."),
            (WILL, "On mobile? It's slow enough already. No, let's not do that."),
            (LUCY, "Agreed, no video."),
        ],
        [],
    ),
    "a refusal taken, what was already so standing with it": (
        [
            (OWEN, "Could we fly the journalists up rather than the train?"),
            (LUCY, "I'm afraid that one's a no. Finance won't have it."),
            (NADIA, "Okay, understood. Train it is."),
        ],
        [],
    ),
    "a day for a visit put and taken": (
        [
            (OWEN, "We should see the warehouse before we brief the crew."),
            (LUCY, "Could we do Wednesday the ninth?"),
            (OWEN, "The ninth... yeah, I can make that work."),
        ],
        [],
    ),
    "a time of day for a session put and taken": (
        [
            (LUCY, "The fourteenth works, but I've got the board in the morning. Afternoon?"),
            (NADIA, "Afternoon's fine."),
        ],
        [],
    ),
    "a day put with a condition, taken with a session": (
        [
            (OWEN, "We should both be at the press check."),
            (LUCY, "Thursday the 2nd, if the proofs are signed off."),
            (OWEN, "Thursday the 2nd. Yeah, let's both go."),
        ],
        [],
    ),
    "so it is: a fact granted": (
        [(OWEN, "Monday's the bank holiday, Lucy."), (LUCY, "Oh, so it is. I'd forgotten.")],
        [],
    ),
    "where it is: a clause, no option": (
        [
            (OWEN, "In all three routes the store finder moves to the footer."),
            (LUCY, "Most people who want a store already know where it is."),
        ],
        [],
    ),
}


@pytest.mark.parametrize("name", sorted(SETTLED))
def test_settled(name: str) -> None:
    turns, expected = SETTLED[name]
    assert agreed(turns) == expected


@pytest.mark.parametrize("name", sorted(NOT_SETTLED))
def test_not_settled(name: str) -> None:
    turns, expected = NOT_SETTLED[name]
    assert agreed(turns) == expected


def test_agreed_to_an_opinion_is_not_an_agreement() -> None:
    assert agreed([(OWEN, "First-time buyers are a fickle lot."), (LUCY, "Agreed.")]) == []


def test_go_ahead_to_a_screen_share_is_not_an_agreement() -> None:
    assert agreed([(OWEN, "I'll just share my screen."), (LUCY, "Go ahead.")]) == []


def test_an_approval_the_agency_reports_is_not_given_in_the_meeting() -> None:
    turns = [
        (OWEN, "Posters. Artwork's approved, the printer's got the files, install is next weekend."),
        (LUCY, "Good."),
    ]
    assert agreed(turns) == []
    assert agreed([(OWEN, "So the email's approved as it is?"), (LUCY, "Approved. Send it.")]) == [1]


def test_a_number_put_and_accepted_with_fine_is_agreed_but_a_date_is_not() -> None:
    size = [(OWEN, "We'd make the logo bigger. Thirty per cent, maybe forty?"), (LUCY, "Thirty. Fine.")]
    assert agreed(size) == [1]
    date = [
        (OWEN, "I'll have the storyboard with you by the end of the month."),
        (LUCY, "Could we do the twentieth?"),
        (OWEN, "The twentieth's tough. How about the twenty-third? That still gives you the weekend."),
        (LUCY, "The twenty-third. Fine."),
    ]
    assert agreed(date) == []


def _rule_agreements(lines: list[tuple[str, str]]) -> list[int]:
    """The turns the rules record an agreement at, before the learned scorer's second opinion."""
    segments = [Segment(index=k, text=text, speaker=who, start=float(k)) for k, (who, text) in enumerate(lines)]
    meeting = header(PEOPLE, dt.date(2026, 3, 4))
    turns = analyse(Transcript(source_kind="gold-json", segments=segments), meeting, Settings(models_dir=MODELS))
    tracker = AgreementTracker()
    for k in range(len(turns)):
        tracker.feed(turns, k)
    return [f.turn for f in tracker.found]


def test_a_terse_order_decides_but_not_with_its_deadline() -> None:
    put = [(OWEN, "It's about six percent of spend, mostly mobile game inventory.")]
    assert _rule_agreements([*put, (LUCY, "Oh, God. Fine, pause it.")]) == [1]
    assert _rule_agreements([*put, (LUCY, "Yes, pause them today, definitely.")]) == []
