"""A clause that carries on an item already found: said again, dated, delivered, vouched for, or taken on.

``carries_on`` is the first thing ``CommitmentTracker.self_item`` asks of a new commitment clause: one that only
continues an item of this or a recent turn completes that item (its date, its owner) instead of adding one.

Work the side promised, taken on by the colleague it was put to, is one item, theirs (``handed_over``):

"We'll pop the rest of our questions in an email. Adam, close of play?" "Yeah, I'll get those over today." is one
item, Adam's, at his turn: the "we" said by one of the side is resolved by the one who takes it ("you" is the
addressee once they accept, GUIDELINES §2.3), and his "those" is the same work, not a second piece of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.antecedents import WEAK_NOUNS
from pipeline.extract.clause_kinds import said_again
from pipeline.extract.components import Clause
from pipeline.extract.dates import DueMatch
from pipeline.extract.deadlines import DUE_LOOKAHEAD, accepted_before
from pipeline.extract.items import (
    PRONOUNS,
    REDONE,
    SESSION_WORDS,
    Item,
    also_said,
    concrete,
    delivers,
    done_to_it,
    further,
    in_due,
    names_a_thing_first,
    names_its_part,
    overlap,
    party,
    pronoun_object,
    redone_version,
    refers_back,
    shares_subject,
    task_words,
    unnamed_noun,
    vague_task,
    writes_up_the_call,
)
from pipeline.extract.offers import content_words
from pipeline.extract.owners import names_in, side_of
from pipeline.extract.recaps import object_word, object_words
from pipeline.extract.steps import joined, result_sent, to_listener
from pipeline.extract.turns import Turn
from pipeline.schemas import Meeting, Owner

ORG_KINDS = ("WE", "ORG_SELF")
LIGHT_VERBS = {"handle", "sort", "cover", "own", "manage"}  # a task that says who, the next clause says what
DELIVERY = {"send", "get", "give", "share", "circulate", "forward", "pass", "email", "drop", "pop", "have"}
# work taken on by an idiom, its verb not said ("That's mine, the copy.", "Leave it with me.", "Action on me.")
OWNED_RULES = {
    "thats_mine", "thats_on_me", "thats_on_us", "action_on_me", "leave_it_with_me", "leave_it_with_us", "im_on_it",
    "ive_got_it", "mine_answer", "put_me_down", "consider_it_done", "i_can_do_that", "our_team_on_it",
}  # fmt: skip
TAKE_ON = {"do", "take", "handle", "sort", "cover", "grab"}  # "I'll do it": the work just said, taken on
SOON = 3  # turns within which the same speaker saying the work again is the same item
HAD_REACH = 4  # turns back to the item whose result "I'll have it to you Monday week" dates (the date talk between)
FOLLOW_UP_VERBS = {"come", "get", "report", "circle", "feed"}  # "… and I'll come back to you with their feedback"
# asking someone, and the answer it gets: "I'll raise it with finance." … "I'll try and get an answer out of them."
INQUIRY_VERBS = {"ask", "raise", "check", "chase", "query", "speak", "talk", "sound", "push", "lean"}
ANSWERS = {"answer", "response", "reply", "decision", "verdict", "steer"}
# telling the other side what the asking found, as a task: "let us know", "get back to you", "come back to me on it"
TELLS_BACK = re.compile(
    r"^(?:let\s+(?:us|me|you)\s+know|(?:get|come|circle|report)\s+back\s+to\s+(?:us|me|you))\b", re.I
)


EVENT_DEADLINE = re.compile(r"(?:(?:right|straight|just)\s+)?(?:before|ahead\s+of|prior\s+to|in\s+time\s+for)\b", re.I)


FINISHED = {"done", "sorted", "finished", "handled", "fixed", "completed", "over"}  # the work itself, finished


def _had_done(c: Clause) -> bool:
    """ "… and get it reissued", "… and get them signed off": the second step of a sentence, having the thing just
    worked on done by someone else, which says what the first step is for. Not "… and get that done", "try and
    get it sorted": the work just said, finished."""
    return (
        c.verb.dep_ == "conj"
        and c.verb.lemma_ == "get"
        and any(t.dep_ in ("ccomp", "xcomp") and t.tag_ == "VBN" and t.lower_ not in FINISHED for t in c.verb.children)
    )


def _assures(c: Clause) -> bool:
    """ "I'll make sure they do", "I'll make sure it happens", "I'll make sure of it": a promise that what was just
    said will be so, with nothing of its own."""
    if c.verb.lemma_ != "make" or not any(t.lower_ == "sure" for t in c.verb.children):
        return False
    words = [t for t in c.verb.subtree if t.i > c.verb.i]
    pointing = any(t.lower_ in ("it", "that", "this", "they", "them", "those", "he", "she") for t in words)
    said = not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words)
    # not "I'll make sure they send it straight to you": work of the team's, seen to
    return pointing and said and all(t.lemma_ in ("do", "happen", "be") for t in words if t.pos_ == "VERB")


def _so_you_get(c: Clause) -> bool:
    """ "…, so you'll have the numbers by Friday": the listener's side of the work said before it in the sentence."""
    return any(t.dep_ == "mark" and t.lower_ == "so" for t in c.verb.children) and c.verb.i > c.sent.start + 2


def carries_on(
    items: list[Item], turns: list[Turn], c: Clause, owner: Owner, due: DueMatch | None, meeting: Meeting
) -> bool:
    """The clause only carries on an item of this or a recent turn; that item takes what it adds (a date, its
    owner, its work said plainly). Returns whether it did."""
    turn = turns[-1]
    session = getting_there(items, turn, c)
    if session is not None:  # "Definitely. When?" "Next Wednesday? I'll drive.": the way there, not more work
        session.merged.append(turn.index)
        return True
    if also_said(c) or writes_up_the_call(c):  # "Give me until Friday. I'll also mock it up on the full range.": more
        return False  # work, said as more
    same_turn = [i for i in items if i.turn == turn.index and i.speaker == turn.speaker]
    recent = [
        i
        for i in items
        # the owner's, or their side's taken on by one of it ("We can get a wet proof." "Yes." "I'll order it Monday.")
        if 0 < turn.index - i.turn <= DUE_LOOKAHEAD and _ours(i, owner, turn) and (i.due is None or i.late_due)
    ]
    if turn.speaker is None:
        # no speaker labels: an unknown owner is not "the same owner"; only a clause with the same kind of
        # subject in this or the previous sentence continues an item ("I'll send the deck." "I'll do it Friday.")
        same_turn = [i for i in same_turn if party(i.kind) in (party(c.subj_kind), "ANY")]
        recent = [i for i in recent if party(i.kind) == party(c.subj_kind) and turn.index - i.turn == 1]
    accepted_here = [
        i
        for i in items
        if i.accepted
        and not i.kind
        and (
            (i.turn == turn.index and i.speaker == turn.speaker and i.owner == owner)
            if turn.speaker is not None
            else 0 <= turn.index - i.turn <= 1
        )
    ]
    # "I'll have my team log every refund request, so you'll have the numbers by the end of the month": what the
    # listener gets from the work just promised, its date
    accepted_here += [i for i in same_turn if c.subj_kind == "YOU" and _so_you_get(c) and i.owner == owner]
    if accepted_here and c.subj_kind == "YOU":
        # "Sure, will do. You'll have their comments by Monday.": the delivery of the accepted request
        target = accepted_here[-1]
        if due is not None and due.due is not None and (target.due is None or target.due.due is None):
            target.due = due
        target.merged.append(turn.index)
        return True
    # "We'll mock up an older couple." … "We'll do a safe headline too." … "We'll get both to you by the 16th."
    both = both_handed(items, turn, c, owner, due)
    if both:
        for item in both:
            item.due, item.late_due = due, True
            item.merged.append(turn.index)
        return True
    restated = [
        i
        for i in items
        if 0 < turn.index - i.turn <= 2 and i.owner == owner and i.due is not None and not asked_anew(turns, i)
    ]
    said_here = names_a_thing_first(c)
    if not (same_turn or recent or said_here) and restated and pronoun_object(c):
        # "Then I'll get it to you by half one.", "Okay, Monday then. I'll push them.": a new date for the item
        when = due if due is not None and due.due is not None else accepted_before(turn, c.verb.idx)
        if when is not None and when.due is not None:
            restated[-1].due, restated[-1].late_due = when, True
            restated[-1].merged.append(turn.index)
            return True
    again = [i for i in items if 0 < turn.index - i.turn <= 2 and i.owner == owner]
    if not (same_turn or said_here) and again and _assures(c):
        # "Owen, can you get the brand team to look at it?" … "as long as we have their comments by Monday." "I'll
        # make sure they do.": the item promised again, no more work
        again[-1].merged.append(turn.index)
        return True
    if not (same_turn or said_here) and again and handed_again(items, turns, again[-1], c):
        # "That's mine, the copy." "The twentieth's fine." "Then the twentieth. I'll get it to you.": handed over
        when = due if due is not None and due.due is not None else accepted_before(turn, c.verb.idx)
        target = again[-1]
        if when is not None and when.due is not None and (target.due is None or target.late_due):
            target.due, target.late_due = when, True
        target.merged.append(turn.index)
        return True
    redone = redone_handed(items, turn, c, owner, due)
    if redone is not None:  # "Would it help if we cut them down?" "Yes." "… you'll have new versions by Wednesday."
        redone.due = due
        redone.merged.append(turn.index)
        return True
    offered = committed_after_offer(items, turn, owner, due)
    if offered is not None:  # "I could put together a shortlist." … "Yes please." "I'll get that to you Friday."
        offered.due = due
        offered.merged.append(turn.index)
        return True
    dated = dated_again(items, turns, c, owner, due)
    if dated is not None:  # "I can get their managers to nudge them." "Amazing." "I'll email the managers today."
        dated.due, dated.late_due = due, True
        dated.merged.append(turn.index)
        return True
    had = had_by(items, turns, c, owner, due)
    if had is not None:  # "I can write an explainer." "Yes please." "I'll have a draft with you by Thursday."
        if due is not None and (due.due is not None or had.due is None):  # "… before the shoot": only if undated
            had.due, had.late_due = due, True
        had.owner = owner  # the side's "we can" taken on by one of it
        had.merged.append(turn.index)
        return True
    if handed_over(items, turns, c, due, meeting):  # "…, Adam?" "Yeah, I'll get those over"
        return True
    follow_up = same_turn and c.verb.lemma_ in FOLLOW_UP_VERBS and any(t.lower_ == "back" for t in c.verb.children)
    # not the side's own report after the speaker's work ("I'll set that up tomorrow and we'll report back at the end
    # of March"): two items
    follow_up = follow_up and party(same_turn[-1].kind) == party(c.subj_kind)
    if follow_up:  # "I'll take it to the exec on Thursday and I'll come back to you by Monday": one item
        same_turn[-1].due = due if due is not None and due.due is not None else same_turn[-1].due
        same_turn[-1].merged.append(turn.index)
        return True
    result_redone = bool(same_turn) and redone_sent(same_turn[-1], c)
    if same_turn and (same_turn[-1].step or result_redone) and same_turn[-1].owner == owner and to_listener(c):
        if not result_redone and not result_sent(same_turn[-1].task, c):
            return False  # "I'll read it tonight. I'll send you the run of show Friday.": two pieces of work
        # "I'll re-cut the ending. I'll get the new version back to you Friday.": the work and its result, one item
        # "I'll chase the photographer. I'll get you the full set by Friday.": the step and what it sends, one item
        target = same_turn[-1]
        sent = re.sub(r"^(?:have|get)\b", "send", c.task) if c.subj_kind == "YOU" else c.task
        target.task, target.step = joined(target.task, sent), False
        target.due = due if due is not None and due.due is not None else target.due
        target.merged.append(turn.index)
        return True
    handed = result_had(c) and not (same_turn and another_thing_had(c, same_turn[-1]))
    delivered = [i for i in same_turn if handed or (party(i.kind) == party(c.subj_kind) and delivers(i, c))]
    if delivered or (same_turn and refers_back(c)):  # "… I'll make sure of it.", "We'll have a draft with you …"
        same_turn = delivered or same_turn
    if not same_turn and recent and vague_task(c) and _took_other(items, turns, recent[-1], due):
        return True
    finished = done_to_it(c)  # "I'll book those. I'll have it done by the 14th."
    if (
        same_turn
        and (
            vague_task(c)
            or pronoun_object(c)
            or finished
            or shares_subject(c)
            or refers_back(c)
            or delivered
            or gets_in_touch(c)
            or names_its_part(c)
        )
    ) or (recent and (vague_task(c) or (finished and not recent[-1].offered)) and not asked_anew(turns, recent[-1])):
        # (another item named since: returned above) "I'll build the list, when would you need it?" "By the 20th." "I'll
        # have it built by the 18th.": the same list, finished by then; not an offer taken up ("Shall I put a half day
        # in?" "Please." "I'll get that booked in for the week of the 30th.": the booking says the work)
        target = (same_turn or recent)[-1]
        light = target.task.split()[:1] in ([w] for w in LIGHT_VERBS)
        if target.turn == turn.index and light and not target.task.endswith(c.task):  # not its own joined step
            # "I'll handle finance. I'll brief them on the new number.": the work, on what was handled
            what = " ".join(target.task.split()[1:])
            target.task = re.sub(r"\b(?:it|them|those|that|this)\b", what, c.task, count=1) if what else c.task
        said = turn.dues
        if target.due is not None and target.due.due is None:  # waits on an event of its own ("once I've got that")
            # "Friday's great. And once I've got that, I'll order the power and do the risk assessment.": Friday is
            # when "that" comes; only a date said with the work itself dates it
            said = [d for d in said if d.start_char >= c.sent.start_char]
        own = due is not None and (due.due is not None or EVENT_DEADLINE.match(due.text) is not None)
        due = due if own else (concrete(said) or due)
        # not over a deadline of the work's own set before an event ("They'll clear them before the film goes in, I'll
        # flag it today"): "once"/"after" only say when it can start, "before" when it must be done
        ahead = target.due is not None and target.due.due is None and EVENT_DEADLINE.match(target.due.text) is not None
        if due is not None and (target.due is None or (target.due.due is None and not ahead) or target.late_due):
            target.due = due
        # "We can put soft holds on. I'll get those on today.": the one who takes it; not a team the side named ("Our
        # legal team will clear them, I'll flag it today": the team does it, the speaker sees that it is done)
        if target.turn == turn.index and _had_done(c):  # "I'll chase finance and get it reissued": what for
            target.task = joined(target.task, c.task)
        named_team = target.kind == "ORG_SELF" and not answers_for(c)
        taken_on = target.owner == turn.side and owner == turn.speaker and c.subj_kind == "SELF"
        if taken_on and target.turn < turn.index and not named_team:
            target.owner = owner  # the side's offer of a turn before, taken on by one of it
        if target.turn == turn.index and target.owner == turn.side and owner == turn.speaker and c.subj_kind == "SELF":
            target.owner = target.owner if named_team else owner
        target.merged.append(turn.index)
        return True
    same = [i for i in items if i.turn == turn.index and i.owner == owner and overlap(i.task, c.task)]
    if same:  # "Once you've seen the site, I'll update the floor plan. You'll have the revised plan on Monday."
        if due is not None and due.due is not None and (same[-1].due is None or same[-1].due.due is None):
            same[-1].due = due  # when it is had is the date of work that only waited on an event
        return True
    # "I'll ask their ops director." "Before the brief?" "I'll get an answer out of him by then."
    if not c.negated and answer_merged(items, turn, c.task, owner, due, late=True):
        return True
    again = [i for i in items if i.turn < turn.index and i.owner == owner and said_again(i, c)]
    if again and not vague_task(c):  # "I'll book the studio for the 20th." … "And I'll book the studio.": once
        if due is not None and due.due is not None:
            again[-1].due, again[-1].late_due = due, True  # a new date said again wins
        again[-1].merged.append(turn.index)
        return True
    repeated = said_soon_again(items, turns, c)
    if repeated is not None:
        if due is not None and due.due is not None:
            repeated.due, repeated.late_due = due, True
        if repeated.owner == turn.side and owner == turn.speaker and c.subj_kind == "SELF":
            repeated.owner = owner  # "We'll get the terms to legal." … "And I'll send the terms.": who takes it
        repeated.merged.append(turn.index)
        return True
    made = made_again(items, turns, c, owner)
    if made is not None:  # "But I can do you a summary of the themes." "Yes." "Okay. I'll pull a summary together."
        if due is not None and due.due is not None and (made.due is None or made.due.due is None):
            made.due, made.late_due = due, True
        made.merged.append(turn.index)
        return True
    return False


# the verbs that make or hand over a thing: one promised again with another of them is the same work
MAKING = frozenset(
    "do pull put write draft prepare produce make knock pop get send have give share create build mock turn".split()
)
MADE_REACH = 2  # turns within which the same owner making the same thing again is the same item


def made_again(items: list[Item], turns: list[Turn], c: Clause, owner: Owner) -> Item | None:
    """The owner's item of a turn or two before that makes the thing this clause makes again, said with another
    verb of making ("But I can do you a summary of the themes." "The themes are what we need." "Okay. I'll pull a
    summary together."): the same work promised again, not a second piece of it; not a thing of another name ("I'll
    draft the release." "I'll pull the stats together."), nor with an item of the owner's own between."""
    turn = turns[-1]
    thing = next((t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ == "NOUN"), None)
    if turn.speaker is None or thing is None or c.verb.lemma_.lower() not in MAKING or c.negated or c.question:
        return None
    if any(t.dep_ in ("amod", "compound") for t in thing.children):
        return None  # "I'll pull a regional summary together": a thing of its own kind said more
    named = object_word(thing.lemma_)  # "the releases", "the glass": compared as the task's object words are
    for i in reversed(items):
        if not (0 < turn.index - i.turn <= MADE_REACH) or i.owner != owner or i.speaker not in (turn.speaker, None):
            continue
        words = [w.lower() for w in i.task.split()]
        if not words or words[0] not in MAKING:
            return None
        if any(j.turn > i.turn and j.owner == owner for j in items):
            return None
        return i if named in object_words(i.task) else None
    return None


def answers_for(c: Clause) -> bool:
    """ "Our software lot can build it. I'll get them on it.": the speaker puts the team to the work and answers for
    it (GUIDELINES §2.3, "I'll get the warehouse to courier them"); not a step of their own beside it ("Our legal team
    will clear them, I'll flag it today") nor "I'll make sure of it", which leaves the work the team's."""
    kids = {t.lower_ for t in c.verb.children}
    return c.verb.lemma_ in ("get", "put") and "them" in kids and bool(kids & {"on", "onto"})


GETTING_THERE = {"come", "go", "drive", "travel", "head", "pop"}  # "I'll drive", "I'll come up", "I'll head over"
SESSION_REACH = 2  # turns after a session is taken in which its owners still say how they get there


def getting_there(items: list[Item], turn: Turn, c: Clause) -> Item | None:
    """The session of two or more just taken that this clause only says how one of them gets to: "Definitely.
    When?" "Next Wednesday? I'll drive." or "Thursday's fine. I'll come up." is the way there, part of the session
    already drafted; "I'll drive the van back to the depot" (it moves something) is work of its own."""
    if turn.speaker is None or c.verb.lemma_ not in GETTING_THERE:
        return None
    if any(t.dep_ in ("dobj", "ccomp", "xcomp") for t in c.verb.children):
        return None
    return next(
        (
            i
            for i in reversed(items)
            if isinstance(i.owner, list) and turn.speaker in i.owner and 0 < turn.index - i.turn <= SESSION_REACH
        ),
        None,
    )


def answer_merged(items: list[Item], turn: Turn, task: str, owner: Owner, due: DueMatch | None, late: bool) -> bool:
    """Whether ``task`` only promises the answer to the owner's asking of the last few turns (``answer_of``): then
    that item takes the date said (``late``: said after it, as a renegotiation), and the turn is merged into it."""
    asked = answer_of(items, turn, task, owner)
    if asked is None:
        return False
    if due is not None and due.due is not None:
        asked.due = due
        asked.late_due = asked.late_due or late
    asked.merged.append(turn.index)
    return True


def answer_of(items: list[Item], turn: Turn, task: str, owner: Owner) -> Item | None:
    """The owner's item of asking someone, of the last few turns, whose answer ``task`` promises ("get an answer out
    of them", "have a decision from finance") or tells the other side ("I'll talk to Harriet." "Could you let us know
    by Friday?" "I'll have an answer for you by Thursday."; "let us know", "get back to you"): the same work, not a
    second piece of it. Telling someone else ("let the caterers know") is work of its own."""
    words = re.findall(r"[a-z]+", task.lower())
    answer = words[:1] in (["get"], ["have"], ["find"]) and bool(set(words[1:4]) & ANSWERS)
    if not answer and not TELLS_BACK.match(task.strip()):
        return None
    asked = [
        i
        for i in items
        if 0 <= turn.index - i.turn <= SOON
        and i.owner == owner
        and (i.task.split() or [""])[0].lower() in INQUIRY_VERBS
    ]
    return asked[-1] if asked else None


RECIPIENTS = {"you", "us", "him", "her", "them"}
TALK = SESSION_WORDS | {"word", "think", "go", "try", "conversation", "discussion", "dig", "crack"}


def result_had(c: Clause) -> bool:
    """The clause says only when the work's result is had, not new work: "I'll redo the shadows. I'll have the new
    version with you on Friday."; "I'll ask her. I'll have an answer by Monday."; "I'll get an answer out of their
    sales manager. I'll have something by our next catch-up." ("have" a thing with or to the other side, or a thing
    said for the first time with "a", or "something"); not "I'll have the FAQ to you as well"."""
    if c.verb.lemma_ != "have" or c.negated or further(c):
        return False
    things = [t for t in c.verb.children if t.dep_ == "dobj" and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in SOMETHING)]
    if any(t.lower_ in TALK for t in things):
        return False  # "I'll have a word with them", "I'll have a chat with Max": work of its own
    to_them = any(  # "with you" hangs on the verb or on the thing ("the new version with you")
        t.dep_ == "prep" and t.lower_ in ("with", "to") and any(o.lower_ in RECIPIENTS for o in t.children)
        for h in [c.verb, *things]
        for t in h.children
    )
    first_said = any(d.lower_ in ("a", "an") for t in things for d in t.children)
    return bool(things) and (to_them or first_said or any(t.lower_ in SOMETHING for t in things))


# what the work just said yields, named by what it is: "I'll redo the shadows. I'll have the new version with you …"
RESULT_NOUNS = frozenset(
    "version draft copy update answer result results findings feedback reply response word thoughts comments "
    "changes edit edits revision revisions recommendation recommendations summary".split()
)


def another_thing_had(c: Clause, item: Item) -> bool:
    """ "I'll send the deck tonight, and I'll have the budget sheet with you Friday.": the thing had is one of its
    own, named with "the" or a possessive, that the item's task does not name and that is no result of it ("the new
    version", "an answer"): a second delivery, not when the first one's result is had; not after asking or chasing
    someone ("I'll chase the printers, I'll have the proofs with you Monday": what the asking gets), nor after work
    with no date of its own ("I'll redo the steam. I'll have the retouch with you Friday": its result, dated)."""
    if item.step or item.task.split()[:1] in ([v] for v in INQUIRY_VERBS):
        return False  # "I'll chase the printers, I'll have the proofs with you Monday": what the asking gets
    start = min(c.verb.idx, c.subj.left_edge.idx) if c.subj is not None else c.verb.idx
    if item.due is None or item.due.due is None or item.due.start_char >= start:
        return False  # "I'll redo the steam. I'll have the retouch with you Friday.": the undated work's result
    things = [t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    said = {w.lower().strip(".,") for w in item.task.split()}
    return bool(things) and all(
        any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in t.children)
        and t.lemma_.lower() not in RESULT_NOUNS
        and t.lower_ not in said
        and t.lemma_.lower() not in said
        for t in things
    )


def redone_sent(item: Item, c: Clause) -> bool:
    """ "I'll need to re-cut the ending, and the end frame too. I can get the new edits back to you by Thursday.": the
    clause sends "the new …" (revised, updated) after work of the turn with no date of its own, which it is the
    result of; not after work dated before it ("I'll send the deck today, and the revised plan Friday"), nor after a
    delivery ("I'll send the deck. I'll get you the new price list Friday.": two things sent)."""
    if (item.task.split() or [""])[0].lower() in DELIVERY or delivers(item, c):
        return False  # the thing the item names, handed over: the delivery is the task (``carries_on`` below)
    things = [t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ == "NOUN"]
    if not any(a.dep_ == "amod" and a.lower_ in REDONE for t in things for a in t.children):
        return False
    start = min(c.verb.idx, c.subj.left_edge.idx) if c.subj is not None else c.verb.idx
    return item.due is None or item.due.start_char >= start


SOMETHING = {"something"}  # "I'll have something by Friday": the result of the work just said, not what it is
# getting in touch as the way to do the work just said: "I'll chase the photographer. I'll drop her an email today."
TOUCH_NOUNS = {"email", "e-mail", "mail", "call", "ring", "bell", "buzz", "line", "note", "message", "text", "shout"}
TOUCHED = {"her", "him", "them"}


def gets_in_touch(c: Clause) -> bool:
    """The clause only gets in touch with someone the turn named already, by a message or a call to "her", "him" or
    "them" ("I'll drop her an email this afternoon", "I'll give them a call after this"): the way the work said
    before it in the turn is done, not work of its own; "I'll drop Tom an email" names whom, and may be new work."""
    kids = list(c.verb.children)
    whom = any(t.dep_ in ("dative", "dobj") and t.lower_ in TOUCHED for t in kids)
    return whom and any(t.dep_ == "dobj" and t.lemma_.lower() in TOUCH_NOUNS for t in kids)


def handed_over(items: list[Item], turns: list[Turn], c: Clause, due: DueMatch | None, meeting: Meeting) -> bool:
    """The clause takes on a colleague's or the side's item of the turn before: the item becomes the speaker's, at
    this turn, with this clause's date if it has one. The same work pointed back at ("…, Adam?" "Yeah, I'll get
    those over"; "We'll get the toolkit over." "Yeah, I'll send it across tomorrow.") or plainly taken ("I'll do
    it." "Actually, I can do it, I've got the latest version.")."""
    turn = turns[-1]
    if turn.speaker is None or len(turns) < 2 or names_a_thing_first(c):
        return False
    before = turns[-2]
    named = turn.speaker in names_in(before.text, meeting)
    ours = [
        i
        for i in items
        if i.turn == before.index
        and i.speaker not in (None, turn.speaker)
        and (
            (i.owner == turn.side and i.kind in ORG_KINDS)
            or (isinstance(i.owner, str) and side_of(i.owner, meeting) == turn.side)
        )
    ]
    pointed = pronoun_object(c) or points_back(c)
    do_it = vague_task(c) and c.verb.lemma_ in TAKE_ON  # "Actually, I can do it.", not "I'll check it"
    if not ours and (do_it or pointed):
        ours = _named_colleagues(items, turns, turn, meeting)  # "Actually, let me do it, Amara."
    taken = [
        i
        for i in ours
        if do_it
        or (
            pointed
            and (named or same_verb(i, c))
            and not named_before(turn, c, i)
            and not _then_named(before, i, meeting)
        )
    ]
    if not taken:
        return False
    item = taken[-1]
    item.owner, item.turn, item.speaker = turn.speaker, turn.index, turn.speaker
    if due is not None and due.due is not None:
        item.due = due
    item.merged.append(before.index)
    return True


TAKEN_FROM_REACH = 3  # turns back a colleague's item may lie when the one taking it over names them


def _named_colleagues(items: list[Item], turns: list[Turn], turn: Turn, meeting: Meeting) -> list[Item]:
    """The items of a colleague the turn names, said in the last few turns ("Do you want me to book the
    interpreter?" "Yes." "Yeah, I can." "Actually, let me do it, Amara. … I'll book her tomorrow."): the one
    named hands the work over; only when that colleague has one such item, and the turn names no one else."""
    named = [n for n in names_in(turn.text, meeting) if n != turn.speaker]
    if len(named) != 1 or side_of(named[0], meeting) != turn.side or not _called_by_name(turn, named[0]):
        return []
    theirs = [
        i
        for i in items
        if 0 < turn.index - i.turn <= TAKEN_FROM_REACH and i.owner == named[0] and i.speaker != turn.speaker
    ]
    return theirs if len(theirs) == 1 else []


NOT_CALLED = frozenset({"pobj", "dobj", "dative", "poss", "nsubj", "nsubjpass", "compound", "attr", "appos"})


def _called_by_name(turn: Turn, name: str) -> bool:
    """The turn calls the colleague by name, set off by a comma or closing a sentence ("let me do it, Amara."), not
    as whom or what it talks about ("I'll send it to Amara's team")."""
    words = set(name.split())
    doc = turn.doc
    return any(
        t.text in words
        and t.dep_ not in NOT_CALLED
        and (
            (t.i > 0 and doc[t.i - 1].text == ",") or (t.i + 1 < len(doc) and doc[t.i + 1].text in (",", ".", "!", "?"))
        )
        for t in doc
    )


def _then_named(before: Turn, item: Item, meeting: Meeting) -> bool:
    """The turn of the item goes on, in a later sentence, to a thing of its own, which the reply's "it" points at
    ("I'll sign the plan off by Friday. And the PO is, Owen?" "Yeah, I'll raise it."), not the item."""
    said, verb = set(task_words(item.task)), item.task.split()[0].lower() if item.task else ""
    people = {w for a in meeting.attendees for w in a.name.split()}
    sents = list(before.doc.sents)
    at = next((n for n, s in enumerate(sents) if any(t.lower_ == verb or t.lemma_ == verb for t in s)), None)
    return (
        at is not None
        and any(
            w.pos_ in ("NOUN", "PROPN")
            and w.text not in people
            and w.lower_ not in said | WEAK_NOUNS
            and w.lemma_ not in said
            and w.ent_type_ not in ("DATE", "TIME")  # "Theo, end of day?", "close of play?": when, no thing
            and not in_due(w, before.dues)
            for s in sents[at + 1 :]
            for w in s
        )
    )


def named_before(turn: Turn, c: Clause, item: Item) -> bool:
    """The turn names a thing of its own in a sentence before the clause, which its "that" points at ("And you'll
    need the full brand book. I'll send that across."), not the item of the turn before."""
    said = set(task_words(item.task))
    return any(w.dep_ in ("dobj", "nsubj", "attr", "pobj") and unnamed_noun(w, said) for w in turn.doc[: c.sent.start])


def nothing_new(turns: list[Turn], since: int) -> bool:
    """The turns between ``since`` and this one name no new thing ("Yes, please do."): an "it" still points at the
    item; after "the written response is due on the 30th" it points at that."""
    between = [t for t in turns[:-1] if t.index > since]
    return not any(w.pos_ in ("NOUN", "PROPN") for t in between for w in t.doc)


OFFER_REACH = 3  # turns after "I could …" in which its owner's own dated promise is the commitment to it


def committed_after_offer(items: list[Item], turn: Turn, owner: Owner, due: DueMatch | None) -> Item | None:
    """The owner's "I could …" offer of the last few turns, taken up and not yet dated, which a dated promise of
    theirs now commits to (and dates)."""
    if turn.speaker is None or due is None or due.due is None:
        return None
    offers = [
        i
        for i in items
        if i.rule == "modal_possible"
        and i.offered
        and i.owner == owner
        and 0 < turn.index - max([i.turn, *i.merged]) <= OFFER_REACH
        and (i.due is None or i.due.due is None)
    ]
    if not offers:
        return None
    # nothing drafted since the offer was last touched: made, or taken up turns later ("I could get those over to your
    # press team." … "Then yes please, send those over." "Will do. I'll get our producer to pull them Monday.")
    last = max([offers[-1].turn, *offers[-1].merged])
    return offers[-1] if not any(i.turn > last for i in items) else None


def redone_handed(items: list[Item], turn: Turn, c: Clause, owner: Owner, due: DueMatch | None) -> Item | None:
    """The owner's offer of the last few turns, taken up and undated, whose result the clause hands the listener
    as "new versions" ("Would it help if we cut them down to one page each?" "Yes." "We can do that. I'll brief the
    designer and you'll have new versions by next Wednesday."): the offer's work, dated; not a thing it names."""
    if turn.speaker is None or c.subj_kind != "YOU" or c.verb.lemma_ not in ("have", "get") or due is None:
        return None
    things = [t for t in c.verb.children if t.dep_ == "dobj"]
    if due.due is None or not any(redone_version(t) for t in things):
        return None
    offers = [
        i
        for i in items
        if i.offered
        and i.owner == owner
        and 0 < turn.index - i.turn <= OFFER_REACH
        and (i.due is None or i.due.due is None)
    ]
    return offers[-1] if offers else None


DATED_REACH = 2  # turns after an undated item in which its owner's dated promise of the same work dates it


def dated_again(items: list[Item], turns: list[Turn], c: Clause, owner: Owner, due: DueMatch | None) -> Item | None:
    """The owner's undated item of the last two turns, the last item said, when this dated clause promises the same
    work again in other words (most of its words shared): "I can get their account managers to chase them." "Oh,
    that'd be great." "Yeah, I'll get an email out to the account managers today." is one item, dated today; not
    more work said as more ("I'll also email the managers Friday") nor an answer to a question about another thing."""
    turn = turns[-1]
    if turn.speaker is None or due is None or due.due is None or further(c) or c.negated:
        return None
    recent = [i for i in items if 0 < turn.index - i.turn <= DATED_REACH and i.owner == owner]
    if not recent or any(i.turn >= recent[-1].turn and i is not recent[-1] for i in items):
        return None
    latest = recent[-1]
    if (latest.due is not None and latest.due.due is not None) or asked_anew(turns, latest):
        return None
    return latest if overlap(latest.task, initials_spelled(c.task, latest.task)) else None


ACRONYM = re.compile(r"\b([A-Z]{2,5})s?\b")


def initials_spelled(text: str, spelling: str) -> str:
    """``text`` with an acronym written as ``spelling`` has its words ("email the PAMs" after "the partner account
    managers" -> "email the partner account managers")."""
    words = spelling.split()

    def full(m: re.Match[str]) -> str:
        n = len(m.group(1))
        for k in range(len(words) - n + 1):
            if "".join(w[0] for w in words[k : k + n]).upper() == m.group(1):
                return " ".join(words[k : k + n])
        return m.group(0)

    return ACRONYM.sub(full, text)


AIMING = frozenset({"aim", "try", "hope", "plan", "expect"})  # "I'll aim to have it …": the work is what follows


def aimed_at(verb: Token) -> Token:
    """The verb an aim is for ("aim to have it with you", "try to get it over"), else ``verb`` itself."""
    if verb.lemma_ not in AIMING:
        return verb
    return next((t for t in verb.children if t.dep_ == "xcomp" and t.pos_ in ("VERB", "AUX")), verb)


def had_by(items: list[Item], turns: list[Turn], c: Clause, owner: Owner, due: DueMatch | None) -> Item | None:
    """The owner's undated item of the last two turns, when this clause only says when its result is had: "I can
    write a short explainer." "Yes please." "I'll have a draft with Parveen by Thursday."; "I'll book the van." …
    "I'll have it booked by Friday." (``have`` with "it", "something" or "a draft", not "also" nor a thing named
    anew: "I'll have the FAQ to you by Friday as well"). Undated, only what is done to it says it is the item's
    result: "I'll get the samples pulled." … "I'll have them couriered to your studio before the shoot."."""
    turn = turns[-1]
    verb = aimed_at(c.verb)  # "I'll aim to have it with you by Wednesday": the having
    if turn.speaker is None or verb.lemma_ != "have" or c.negated:
        return None
    done = [t for t in verb.children if t.dep_ in ("ccomp", "xcomp", "oprd") and t.tag_ == "VBN"]  # "it booked"
    if (due is None or due.due is None) and not done:
        return None  # undated, only the work done to it: "I'll have them couriered to your studio before the shoot."
    objects = [t for t in verb.children if t.dep_ == "dobj"] or [
        t for v in done for t in v.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]
    versions = all(
        t.lower_ in PRONOUNS | {"something", "one"} or any(d.lower_ in ("a", "an") for d in t.children) for t in objects
    )
    again = any(t.lower_ in ("also", "too", "else") or t.text.lower() == "as well" for t in verb.subtree)
    if len(objects) != 1 or not versions or again or re.search(r"\bas well\b", c.sent.text, re.IGNORECASE):
        return None
    recent = [i for i in items if 0 < turn.index - i.turn <= HAD_REACH and _ours(i, owner, turn)]
    if not recent or recent[-1].due is not None and recent[-1].due.due is not None:
        return None
    latest = recent[-1]
    # a question since about another thing ("And the budget, did finance sign it off?"), not "When could I have it?"
    # nor "When's the board?" "You said the twentieth?": date talk; or another of the owner's things named since
    named = other_named(items, turns, latest)
    if named is not None:
        latest.moved_on = True
        return named if named.due is None or named.due.due is None else None
    other = asked_anew(turns, latest, date_questions=False)
    return latest if not other and not any(i.turn > latest.turn for i in items) else None


BOTH_REACH = 6  # turns back "both" may point to the two pieces of work the side just took on


def both_handed(items: list[Item], turn: Turn, c: Clause, owner: Owner, due: DueMatch | None) -> list[Item]:
    """The two undated pieces of work of the speaker or their side that "both" hands over on a day ("We'll get both
    to you by the 16th"); none unless there are two and a date is said."""
    if due is None or due.due is None or not any(t.dep_ == "dobj" and t.lower_ == "both" for t in c.verb.children):
        return []
    ours = [
        i
        for i in items
        if 0 < turn.index - i.turn <= BOTH_REACH and _ours(i, owner, turn) and (i.due is None or i.late_due)
    ]
    return ours[-2:] if len(ours) >= 2 else []


def _ours(item: Item, owner: Owner, turn: Turn) -> bool:
    """The item is the owner's, or their side's ("We can mock one up." "Yes please." "I'll have a draft to you
    Tuesday.": the one of the side who dates it takes it, GUIDELINES §2.3)."""
    return item.owner == owner or (owner == turn.speaker and turn.side is not None and item.owner == turn.side)


def other_named(items: list[Item], turns: list[Turn], latest: Item) -> Item | None:
    """The owner's other item whose thing a turn since ``latest`` (before this one) names, not naming its own
    ("Can you book the coaches?" "Yep." "And the seating plan, that'd really help." "I'll have it with you by
    Friday.": "it" is the seating plan offered before), else None."""
    own = content_words(latest.task)
    others = [i for i in items if i is not latest and i.owner == latest.owner and i.turn < latest.turn]
    for turn in turns[latest.turn + 1 : -1]:
        said = content_words(turn.text)
        if said & own:
            return None  # "Perfect, the coaches are the big one.": still the latest's
        named = [i for i in others if len(content_words(i.task) & said) >= OTHER_NAMED]
        if named:
            return named[-1]
    return None


def _took_other(items: list[Item], turns: list[Turn], latest: Item, due: DueMatch | None) -> bool:
    """The clause carries on the owner's other item named since ``latest`` (``other_named``), which takes its date;
    ``latest`` is then moved on from. Returns whether it did."""
    named = other_named(items, turns, latest)
    if named is None:
        return False
    if due is not None and due.due is not None and (named.due is None or named.due.due is None):
        named.due, named.late_due = due, True
    named.merged.append(turns[-1].index)
    latest.moved_on = True
    return True


OTHER_NAMED = 2  # content words of another item's task a turn must say to name its thing ("the seating plan")


def date_talk(turn: Turn) -> bool:
    """A question about when: "When could I have it?", "When's the board?", "The 20th, you said?"."""
    return bool(turn.cues("WHEN") or turn.dues) or (len(turn.doc) > 0 and turn.doc[0].lower_ == "when")


def handed_again(items: list[Item], turns: list[Turn], item: Item, c: Clause) -> bool:
    """The clause hands the owner's last item's thing over again, by "it" or "them", with a verb of handing over as
    the item's is, or after an idiom that took the work on ("That's mine, the copy." … "Then April seventeenth. I'll
    get it to you."), nothing else drafted or asked about since: the same item, not more work."""
    if any(i.turn > item.turn for i in items) or asked_anew(turns, item):
        return False
    handing = same_verb(item, c) or c.verb.lemma_ in DELIVERY and item.rule.split("+")[0] in OWNED_RULES
    return pronoun_object(c) and not c.negated and not further(c) and handing


def asked_anew(turns: list[Turn], item: Item, date_questions: bool = True) -> bool:
    """A question since the item about a thing it does not name ("And the stills?"): an "it" or "them" now
    answers that, it is not the item said again; a question with more said after it counts for what it asks ("Can I
    see the keyword list before it goes live? Just the new generics."). ``date_questions=False`` passes over questions
    of when (``date_talk``)."""
    said = set(task_words(item.task))
    between = [t for t in turns[:-1] if t.index > item.turn and (date_questions or not date_talk(t))]
    return any(unnamed_noun(w, said) for t in between for w in _asking(t))


def _asking(turn: Turn) -> list[Token]:
    """The words of a turn that ask: all of a turn that ends in a question, else its sentences that end in one and
    put no date ("Any chance we could have it by Friday? The studio's laying it out this week." asks for the item),
    that say a thing is still not had ("We still haven't had the brand fonts from your team.") or that the speaker's
    side will need it ("And we'll need the revised quote in writing for finance.")."""
    if turn.is_question():
        return list(turn.doc)
    asking = [s for s in turn.doc.sents if s.text.rstrip().endswith("?")]
    undated = [s for s in asking if not any(s.start_char <= d.start_char < s.end_char and d.due for d in turn.dues)]
    wanted = [s for s in turn.doc.sents if _still_not_had(s) or _needed(s)]
    return [w for s in [*undated, *wanted] for w in s]


NOT_HAD = frozenset({"have", "get", "receive", "see"})
NEEDING = frozenset({"need", "want"})
WANTED_BY = frozenset({"before", "by", "until", "till"})  # "We need the name before that.": the work on the table


def _needed(sent: Span) -> bool:
    """ "We'll need the revised quote", "I need the final logo files": a thing the speaker's side will need, asked
    for as a question would (not "we don't need the stills", nor "We need the name before that.", when the thing on
    the table is wanted)."""
    if any(t.lower_ in WANTED_BY for t in sent):
        return False
    return any(
        t.lemma_ in NEEDING
        and not any(c.dep_ == "neg" for c in t.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children)
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        for t in sent
    )


def _still_not_had(sent: Span) -> bool:
    """ "We still haven't had the fonts", "we haven't seen the proofs yet": a thing owed, asked for as a question
    would."""
    return any(
        t.lemma_ in NOT_HAD
        and any(c.dep_ == "neg" for c in t.children)
        and any(c.lower_ in ("still", "yet") for c in t.children)
        and any(c.dep_ == "dobj" for c in t.children)
        for t in sent
    )


def same_verb(item: Item, c: Clause) -> bool:
    """The same work's verb: the same one, or two ways of handing a thing over ("get it over", "send it")."""
    first = (item.task.split() or [""])[0].lower()
    verb = c.verb.lemma_.lower()
    return first == verb or (first in DELIVERY and verb in DELIVERY)


def said_soon_again(items: list[Item], turns: list[Turn], c: Clause) -> Item | None:
    """The speaker's item of the last few turns that this clause says again: the same verb on "it" ("Do you want us
    to book the photographer?" "Yes, please." "Great, we'll book her this week."), or the thing it makes handed
    over ("I'll draft the release." … "And I'll send the draft over for comments."; "Sure." … "So I'll get the
    plan over by Friday.")."""
    turn = turns[-1]
    # not a thing the turn names first ("Do we approve anything?" "Just the final proofs. I'll send those to you.")
    pointed = (pronoun_object(c) or points_back(c)) and not names_a_thing_first(c)
    handing = c.verb.lemma_.lower() in DELIVERY
    soon = [
        i
        for i in items
        if 0 < turn.index - i.turn <= SOON
        and turn.speaker is not None
        and turn.speaker in (i.speaker, i.owner)
        and ((pointed and same_verb(i, c) and nothing_new(turns, i.turn)) or (handing and delivers(i, c)))
        # not "I'll update the script and the end super." "Can I see the supers?" "I'll send you all the supers.":
        # sent to the one who asked since, work of its own
        and not (handing and not pointed and asked_anew(turns, i))
    ]
    return soon[-1] if soon else None


def points_back(c: Clause) -> bool:
    """The verb's object is a pronoun, also where the parser hangs it elsewhere ("I'll get those over close of
    play" reads "those" as the determiner of "close")."""
    after = c.verb.doc[c.verb.i + 1] if c.verb.i + 1 < len(c.verb.doc) else None
    return after is not None and after.lower_ in PRONOUNS | {"him", "her"}  # "we'll book her this week"
