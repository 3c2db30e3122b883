"""Agreements: decisions, approvals and settled terms, at the turn where they become final.

* a ratifying cue ("so we're agreed", "let's go with", "that's approved", "X it is") marks its own turn;
* put as a question ("So we're agreed, capped at 350?"), it is final at the confirming reply ("Agreed.");
* an acceptance ("that works for us", "fine by me") counts when it answers a proposal from the other speaker
  ("I'd suggest…", "what if we…", "could we move it to…"), not when it answers a deadline or a request;
* "we'll move/drop/keep X" said by the person with the say is a decision.

Audio without speaker labels comes one sentence per segment, so nobody is seen to change: an acceptance that
opens its sentence is taken as the other side's reply to a proposal up to three sentences back, a bare "Go ahead."
(Whisper's half of "Fine, go ahead.") settles what was asked just before it, and of a long run-on sentence only
the stretch around the cue is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.extract.agreed_terms import approved_if, conditional_course_assented, cut_off_agreed
from pipeline.extract.announced import announced, relayed
from pipeline.extract.antecedents import article_lowered
from pipeline.extract.approvals import change_asked, with_change
from pipeline.extract.changes import choice_changed
from pipeline.extract.clause_kinds import restricts
from pipeline.extract.components import Clause
from pipeline.extract.concessions import concession_taken
from pipeline.extract.date_words import DIG_ORD, ORD
from pipeline.extract.deadlines import ACCEPTING, moves_to_new_topic
from pipeline.extract.deals import condition_dealt, conditional_taken, counter_asked, deal_taken, offers_deal
from pipeline.extract.declined import declined
from pipeline.extract.deferred import defers, puts_off, waits_to_decide
from pipeline.extract.echoes import counter_taken, event_dated, sum_said_back, term_echoed
from pipeline.extract.held import kept_held
from pipeline.extract.limits import limit_given
from pipeline.extract.next_meeting import NEXT_SAID, session_settled, spoken
from pipeline.extract.readback import (
    choice_read_back,
    choice_summed,
    confirmed_read_back,
    direction_read_back,
    outcome_read_back,
    plan_confirmed,
    summary_confirmed,
    terms_asked,
)
from pipeline.extract.roles import put_forward_taken
from pipeline.extract.settled import (
    LETS_COURSE,
    change_granted,
    change_taken,
    changes_the_work,
    course_put,
    proposing_sentence,
    settled_text,
    terse_answer,
    we_decide,
)
from pipeline.extract.settling import (
    answers_when,
    asks_when,
    changes_mind,
    content_decided,
    content_taken_up,
    course_taken,
    date_moved,
    decided_instead,
    figure_settled,
    gone_back_to,
    kept_as_it_was,
    letter_picked,
    moves_a_date,
    named_picked,
    names_a_day,
    opposed,
    option_affirmed,
    option_picked,
    option_restated,
    outcome_stated,
    permission_echoed,
    puts_something,
    role_confirmed,
    role_taken,
    said_no,
    signoff_set,
    still_on_it,
    time_word,
    verb_option_picked,
)
from pipeline.extract.speakerless import OPENER, around, asked_before, bare_go_ahead, sentence_of
from pipeline.extract.task_dates import DATE_WORDS
from pipeline.extract.turns import CueLabel, Turn, speaker_words
from pipeline.extract.verdicts import (
    named_verdict,
    opens_accepting,
    outcome_restated,
    overruled,
    stated_after,
    then_verdict,
)

CLOSING = {"done", "deal"}  # "Done. Forty-eight, one shoot day.": the word that closes terms said after it
ANSWER_LIKE = {"thats_the_one", "x_it_is", "x_then"}
# "Glasgow, then.", "C's out.", "Drone's back in.", "No influencers this time.": an option chosen, dropped or taken
# back in, which the turns before must have named
CHOSEN_FROM_TABLE = {"x_then", "x_out", "x_back_in", "none_for_now", "lets_verb_option", "none_said"}
OUT_OR_IN = {"x_out": "out", "x_back_in": "back"}  # the word after what "C's out." / "Drone's back in." names
SHORT_ANSWER = 8  # words: a reply this short that names a date takes a time ("Yeah, fine, Monday.")
ASKS_OK = re.compile(
    r"\b(?:is|would) (?:that|it) (?:be )?(?:ok|okay|alright|all right|fine)\b[^.?!]*\?\s*$"
    r"|\bif that's (?:ok|okay|alright)\?",
    re.IGNORECASE,
)
REVERSAL_REACH = 6
TAKEN_BACK_REACH = 90  # turns back a decision may lie that a reversal takes back by name ("Scrap the creator.")
MIND_REACH = 60  # turns back a decision taken back by name ("Keep the banner." … "Then lose the banner.") may lie
CONFIRM_REACH = 3  # a settling reply this soon after a decision confirms it
# reversal cues that take back something settled ("scrap that", "change of plan", "on second thoughts", "I'm changing
# my mind", "going back on what I said"), unlike "actually, no" or "hang on", which may only stop what was just said
TAKES_BACK = frozenset({"scrap", "change", "on", "changing", "changed", "go"})
INTERRUPTIONS = frozenset({"hang on"})  # reversal cues that only stop the talk: they undo what their turns name
GENERIC_THINGS = frozenset("one ones option options thing things idea version way".split())  # "the other one"
DECISION_VERBS = {"move", "go", "stick", "drop", "cut", "keep", "swap", "switch", "shift", "lock"}


@dataclass
class Found:
    turn: int
    text: str
    rule: str
    confidence: float
    strong: bool
    speakerless: bool = False
    said: str = ""  # what the report states when it differs from ``text`` (the words the rules compare)


ACCEPTING_LABELS: tuple[CueLabel, ...] = ("ACCEPT", "AGREE_ACCEPT", "AGREE")


def reverses(turn: Turn) -> list[Span]:
    """The turn's reversals ("Scrap the toddy", "Hang on, actually", "I'm changing my mind"); not a request broken off
    ("Ed, can you send the list out to— actually, no, I'll do it"), scrapping put as an option in a question
    ("Do we want to store it or scrap it?"), nor the answer to a case still open, in a sentence that opens on its
    condition ("If it's a one-off, a dropped battery, then no."), nor the speaker correcting their own work ("I'll
    send notes round on Friday. Actually, no, I'll send them tomorrow.")."""
    requests = turn.cues("REQUEST")
    return [
        v
        for v in turn.cues("REVERSE")
        if not any(r.start < v.start for r in requests)
        and not (len(v) == 1 and v.root.pos_ == "VERB" and v.sent.text.rstrip().endswith("?"))
        and not _on_a_case(v)
        and not _own_work_corrected(turn, v)
    ]


def _own_work_corrected(turn: Turn, v: Span) -> bool:
    """The reversal ``v`` leads into the speaker's promise of work of their own in its sentence ("Actually, no,
    I'll send them tomorrow."): it corrects that work, not a decision; not a decision of the speaker's put so ("No,
    hang on, I'll go with B.")."""
    return any(
        c.sent.start == v.sent.start and c.verb.i >= v.end and c.verb.lemma_ not in DECISION_VERBS | {"take"}
        for c in own_promises(turn)
    )


def refuses_what_was_asked(turns: list[Turn], k: int) -> bool:
    """Turn ``k``'s reversals only say no ("so no", "then no") to the proposal another speaker has just put as a
    question ("We could launch digital first? Search on the twenty-second, TV a week later?" "Search copy has to be
    signed off too, so no, that doesn't really help you."): the new proposal is turned down, no decision taken back."""
    prev = turns[k - 1] if k > 0 else None
    if prev is None or prev.speaker in (None, turns[k].speaker) or not prev.is_question():
        return False
    asked = [s for s in prev.cues("PROPOSAL") if s.sent.text.rstrip().endswith("?")]
    return bool(asked) and all("no" in {t.lower_ for t in v} for v in reverses(turns[k]))


def _orders_after(span: Span, strong: list[Span]) -> str:
    """A terse order followed, in the sentences right after it, by more terse orders among the turn's ratifying
    cues ``strong``: every one of them stated ("Keep the bird. Lose the script font though." -> "We keep the bird.
    We lose the script font.", its "though" left off by the statement rows); "" for an order said alone or followed by
    anything else."""
    if span.id_ != "terse_decide":
        return ""
    starts = {s.sent.start for s in strong if s.id_ == "terse_decide"}
    sents = list(span.doc.sents)
    first = next(i for i, s in enumerate(sents) if s.start == span.sent.start)
    orders = [sents[first]]
    for sent in sents[first + 1 :]:
        if sent.start not in starts:
            break
        orders.append(sent)
    return " ".join(we_decide(s.as_doc()) for s in orders) if len(orders) > 1 else ""


def _on_a_case(span: Span) -> bool:
    """The cue's sentence opens on "if" or "unless" and the cue comes after it: "If it's a one-off, then no."."""
    words = [t for t in span.doc[span.sent.start : span.start] if not t.is_punct]
    return bool(words) and words[0].lower_ in ("if", "unless")


def only_a_time(turn: Turn) -> bool:
    """The turn says nothing but a date, time or span and that it is fine ("Twenty-fourth. Yeah, go on then.",
    "Afternoon's fine.", "Two weeks is fine.", "the thirteenth... yeah, I can make that work")."""
    if not any(time_word(t) for t in turn.doc):
        return False
    accepting = {i for label in ACCEPTING_LABELS for s in turn.cues(label) for i in range(s.start, s.end)}
    return all(t.is_punct or t.is_stop or t.i in accepting or time_word(t) for t in turn.doc)


# a question asking for work to be had by a time: "Can I have the breakdown first thing tomorrow?", "Could you…?"
ASKED_TO_HAVE = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:have|get)\b[^?]*\?|\b(?:can|could)\s+you\b[^?]*\?", re.I
)


def deadline_said_back(turns: list[Turn], k: int) -> bool:
    """Turn ``k`` opens by saying back the deadline the other speaker has just asked for ("Can I have the fee
    breakdown first thing tomorrow instead?" "First thing tomorrow. Done."): that work's due date, no decision; not
    a date moved ("Can we move the launch to the 14th?" "The 14th. Done.")."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if prev is None or prev.speaker in (None, turn.speaker) or not ASKED_TO_HAVE.search(prev.text):
        return False  # not "By six?" "By six. Agreed. All members get the email by six tonight."
    if moves_a_date(turns, k):
        return False
    first = next(iter(turn.doc.sents), None)
    said = re.sub(r"[^\w\s'-]", "", first.text).strip().lower() if first is not None else ""
    return bool(said) and any(said == d.text.lower() for d in prev.dues)


TIME_CLAUSE = frozenset({"before", "by", "until", "till", "after"})  # "Before I log off for the weekend."


def own_deadline(turn: Turn, dues: list[str]) -> bool:
    """The turn says nothing but that the deadline of work its speaker took on a turn or four before is fine ("Yep,
    on it. When do you need them by?" "Before the shoot." … "Okay, before the shoot. Fine."; "I'll send it this
    week." "It's Friday, Piers." "Ha! Yes. Okay. Today, then. Before I log off."): ``dues`` are the deadline words of
    those items. Accepting a deadline belongs to its item; it is no decision (not "Sixteenth, fine, go ahead.", where
    the speaker has no work of their own at that date)."""
    said = {w.lower() for d in dues for w in re.findall(r"[A-Za-z]+", d)}
    if not said & {t.lower_ for t in turn.doc if not t.is_stop}:
        return False
    accepting = {i for label in ACCEPTING_LABELS for s in turn.cues(label) for i in range(s.start, s.end)}
    timed = {t.i for sent in turn.doc.sents if sent[0].lower_ in TIME_CLAUSE for t in sent}
    return all(
        t.is_punct
        or t.is_stop
        or t.pos_ == "INTJ"
        or t.i in accepting
        or t.i in timed
        or time_word(t)
        or t.lower_ in said
        for t in turn.doc
    )


# "we're all agreed (that) …", "it's agreed: …", "agreed, then: …" before the term itself; with neither "that" nor a
# stop after it, only before a term that opens on a determiner or pronoun ("we're agreed the launch moves", not
# "we've agreed internally that …")
AGREED_LEAD = re.compile(
    r"^(?:(?:we(?:'re| are)(?: all)?|we(?:'ve| have)(?: all)?|it's|it is)\s+(?:agreed|aligned)"
    r"|we(?: all)? agreed?|agreed)"
    r"(?:,?\s+then)?(?:(?:\s+that\b|\s*[:,\u2014-])\s+(?!(?:to|on|with|about|for|upon|in|by)\b)"
    r"|\s+(?=(?:the|a|an|we|you|they|it|its|our|your|their|this|these|those|no|both|all|every|each)\b))",
    re.IGNORECASE,
)


# the speaker's consulting before the decision they report ("I've talked to my director and we're going with X."):
# how it was reached, not what was agreed
CONSULTED_LEAD = re.compile(
    r"^(?:I|we)(?:'ve| have)?\s+(?:just\s+|now\s+|already\s+)?(?:talked|spoken|spoke|checked|chatted|"
    r"had a (?:quick )?(?:chat|word))\s+(?:to|with)\s+[\w' -]{1,40}?,?\s+and\s+(?=(?:we|I|it|they|the|let's)\b)",
    re.IGNORECASE,
)


HEDGE_LEAD = re.compile(r"^(?:maybe|perhaps|possibly)\b,?\s+", re.IGNORECASE)  # "Maybe a tote with the voucher in?"


def statement(text: str) -> str:
    """The agreement as the report states it: the sentence without its conversational opener, nor the "we're agreed
    (that)" a speaker puts before the term ("So we're agreed the launch stays on the 8th." -> "The launch stays on
    the 8th.")."""
    text = " ".join(text.split())
    core = HEDGE_LEAD.sub("", CONSULTED_LEAD.sub("", OPENER.sub("", text)))
    term = AGREED_LEAD.sub("", core, count=1)
    core = term if len(term.split()) >= 2 else core
    if len(core.split()) < 2:  # "Yes. Agreed." says nothing without its opener: keep the sentence as spoken
        return text
    return core[0].upper() + core[1:]


def _proposal_before(turns: list[Turn], k: int) -> Turn | None:
    """A proposal by another speaker in the two turns before ``k``.

    Without speaker labels (audio: one segment per sentence) who spoke is unknown: an acceptance that opens its
    sentence ("Okay, that works for us.") is taken as the other side's reply, and since the proposer may go on
    for a sentence or two, the proposal is looked for in the three sentences before it.
    """
    me = turns[k].speaker
    speakerless = me is None
    if speakerless and not turns[k].opening("AGREE_ACCEPT", 5):  # "I think I can live with that" opens it too
        return None
    for j in (k - 1, k - 2, k - 3) if speakerless else range(k - 1, k - 1 - CLARIFIED_REACH, -1):
        if j < 0:
            break
        prev = turns[j]
        if not speakerless and prev.speaker != me and j < k - 2 and not _clarified(turns, j, k):
            break
        if speakerless and j < k - 1 and (prev.cues("AGREE_ACCEPT") or prev.cues("AGREE")):
            return None  # an earlier sentence already answered it
        if prev.speaker == me and not speakerless:
            continue
        if j < k - 2 and prev.cues("AGREE"):
            return None  # "Do that." … "Okay, yeah, that works.": a decision already taken, confirmed
        if any(s.id_ in NEEDS_ASKED for s in prev.cues("REQUEST")):
            return None  # "So we'd need your final sign-off by the fourth." "That's fine.": work asked, taken on
        # "We can take that out and just say 'well reviewed'." "That's fine.": a change offered, taken by the reply
        offered = j == k - 1 and any(changes_the_work(c) for c in prev.clauses)
        put = prev.cues("PROPOSAL") or prev.cues("AGREE") or any(_proposes(c) for c in prev.clauses) or offered
        if put or _lets_course(prev):
            return None if runs_the_call(prev) else prev
        if terms_asked(prev):  # "Can you do a thousand if we book three days?": a counter-offer, not work asked
            return prev
        if j == k - 1 and prev.speaker is not None and ASSENT_ASKED.search(prev.text):
            return None  # "The plan is results, then learnings. Sound okay?" "Sounds good.": that plan, nothing put
        if any(_asks_preference(s) and _asked(s) for s in prev.cues("REQUEST")):
            return prev  # "Would you rather have a live dashboard instead?": a choice put, not work asked
        if any(c.question and restricts(c) for c in prev.clauses):
            return prev  # "Can you keep the plan to generic terms only?": the bounds of the work put, to settle
        if prev.is_question() and (prev.cues("REQUEST") or prev.cues("WHEN")):
            return None
    return None


def _lets_course(turn: Turn) -> bool:
    """ "Let's keep the rest of the budget for the summer push.": a course put with "let's" (``LETS_COURSE``)."""
    return LETS_COURSE.search(turn.text) is not None


def _other_side(a: Turn, b: Turn) -> bool:
    """Two turns said by the two sides of the table (agency and client)."""
    return a.side is not None and b.side is not None and a.side != b.side


# a question asking the listener's assent to what its own turn said ("Sound okay?", "Does that work for everyone?"):
# the reply answers it, not a proposal made before it
ASSENT_ASKED = re.compile(
    r"\b(?:sounds?|that|this|everyone|everybody)\s+(?:okay|ok|good|alright|all\s+right|fine)\s*\?"
    r"|\b(?:does|do)\s+(?:that|this)\s+(?:work|sound)\b[^?.!]*\?"
    r"|\b(?:okay|ok|alright|happy)\s+with\s+(?:that|this|everyone|you)\s*\?",
    re.IGNORECASE,
)
NEEDS_ASKED = frozenset({"request_need_named", "request_need_yours"})  # "Tom, I'll need…", "we'd need your…"
CLARIFIED_REACH = 4  # turns back a proposal may be taken up once the one who takes it up has asked about it


def _clarified(turns: list[Turn], j: int, k: int) -> bool:
    """Between proposal ``j`` and reply ``k`` the replier only talked it over, nobody settling, asking for or
    refusing anything ("What would that do to the shoot?" "It'd be a day shorter." "Okay, let's do that.")."""
    me = turns[k].speaker
    between = turns[j + 1 : k]
    return (
        any(t.speaker == me for t in between)
        and not any(
            t.cues("AGREE") or t.cues("AGREE_ACCEPT") or t.cues("REQUEST") or t.opening("DECLINE", 3) for t in between
        )
        and still_on_it(turns, j, k)
    )


TIMES_OF_DAY = frozenset("morning afternoon evening lunchtime noon midday am pm o'clock".split())


# "It is what it is.", "Oh god, so it is.", "Sure it is.", "…know where it is.": "it is" after these chooses nothing
# "Oh God, it is.", "Yeah. It is.": a fact granted after an exclamation or a yes, no option named
NOT_CHOSEN = frozenset(
    {"what", "as", "so", "sure", "where", "how", "who", "when", "whatever", "wherever"}
    | {"god", "gosh", "oh", "yes", "yeah", "yep", "well"}
)


def own_promises(turn: Turn) -> list[Clause]:
    """The clauses in which the speaker promises work of their own ("I'll put a slot in for Friday.")."""
    return [c for c in turn.clauses if c.subj_kind == "SELF" and c.label == "FUTURE" and not c.question]


def _own_promise(turn: Turn) -> bool:
    """The turn promises work of the speaker's own ("I'll put a slot in for Friday.") and proposes nothing."""
    return bool(own_promises(turn)) and not turn.cues("PROPOSAL")


def _no_choice(span: Span) -> bool:
    """ "Afternoon it is.": the hour of a call or session settled, which belongs to that item, not a decision;
    "It is what it is.", "So it is.", "…where it is.": idioms and clauses, no option chosen."""
    if span.id_ != "x_it_is":
        return False
    said = [t.lower_ for t in span.doc[span.sent.start : span.start] if not t.is_punct]
    return bool(said) and (said[-1] in TIMES_OF_DAY or said[-1] in NOT_CHOSEN)


def _in_order_to(span: Span) -> bool:
    """ "Let's have a quick call tomorrow so we're aligned before the pitch.": "so" that ends with what a plan is for,
    after a verb of its sentence; not one that sums up ("So we're aligned on the north-west.", "Okay so we're
    agreed.", "Just so we're all clear, …")."""
    if span[0].lower_ != "so" or span.start == 0 or span.doc[span.start - 1].is_punct:
        return False
    stops = [t.i for t in span.doc[: span.start] if t.is_punct]  # the parser may open a sentence on that "so"
    return any(t.pos_ in ("VERB", "AUX") for t in span.doc[(stops[-1] + 1 if stops else 0) : span.start])


CHECKS = frozenset("yeah yes right agreed okay ok".split())


def _checked(turn: Turn) -> bool:
    """ "So we swap painless for gentle, then. Yeah?": a statement of what we do, put to the others with a bare check;
    "Gentle it is." in reply settles it (unlike an answer to a question of which or what)."""
    sents = list(turn.doc.sents)
    words = [t.lower_ for t in sents[-1] if not t.is_punct] if sents else []
    return len(sents) > 1 and len(words) == 1 and words[0] in CHECKS and "we" in {t.lower_ for t in sents[-2]}


def _asked(span: Span) -> bool:
    return span.sent.text.rstrip().endswith("?")


def runs_the_call(turn: Turn) -> bool:
    """ "Shall we make a start?" "Sounds good.": a proposal about the call itself (starting, the WIP, stopping)
    settles nothing."""
    running = {s.sent.start for s in turn.cues("DISTRACTOR") if s.id_ == "in_meeting_running"}
    proposals = turn.cues("PROPOSAL") + turn.cues("AGREE")
    return bool(running) and all(s.sent.start in running for s in proposals)


def _proposes(c: Clause) -> bool:
    """ "We could do fifty", "I'd move it into Bristol": a proposal; not "if we go with you, we'd want…" (a
    condition) nor "we'd be subbing it out" (what would happen)."""
    verb = c.verb
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "we'd be subbing it out and marking it up"
        verb = verb.head
    return (
        c.label == "POSSIBLE"
        and c.subj_kind in ("WE", "SELF")
        and not (c.negated or c.conditional)
        and not (verb.tag_ == "VBG" and any(t.lemma_ == "be" and t.dep_ == "aux" for t in verb.children))
        and not _a_thing_needed(verb)
    )


PROPOSING = frozenset({"propose", "suggest", "recommend"})  # "We'd propose …", "I'd suggest …": a proposal put


def _proposes_after(turn: Turn, accept: Span) -> bool:
    """After the sentence of its acceptance the turn puts a proposal of its own ("Also, I want a proper measurement
    plan." "Agreed. We'd propose a geo holdout on cinema."): it agrees with a want, and what it puts is for the other
    side to take (the settling is there); not a proposal in the acceptance's own sentence ("Agreed, we could do
    fifty.", the terms it takes)."""
    after = accept.sent.end
    # not work asked after it ("That works. Can we have the new timeline by Friday?")
    put = [s for s in turn.cues("PROPOSAL") if s.start >= after and not s.sent.text.rstrip().endswith("?")]
    return bool(put) or any(
        c.verb.i >= after and c.verb.lemma_.lower() in PROPOSING and _proposes(c) and not c.question
        for c in turn.clauses
    )


def _a_thing_needed(verb: Token) -> bool:
    """ "So we'd need final sign-off by the fourth.": a thing the speaker's side needs by a day, which is work asked
    (taking it on is no decision); not a course proposed ("we'd need to push the launch", "we'd want proper creator
    content, not cut-downs")."""
    dated = any(c.dep_ == "prep" and c.lower_ in ("by", "before") for c in verb.children)
    return verb.lemma_ in ("need", "require") and dated and any(c.dep_ == "dobj" for c in verb.children)


# acceptances that settle whatever the other side just put, proposal cue or not ("No, first of June." "Yeah, works
# for me."; "Colin can approve small changes." "Happy with that."; "I can do one thirty." "One thirty works for us.")
# ("The best I can do is forty-two." "Fine. We'll take it.")
SETTLING = {
    "works_for_us",
    "exactly_that",
    "lets_do_that",
    "lets_have_that",
    "agreed_reply",
    "go_on_then",
    "go_ahead_reply",
    "bare_fine",
    "we_take",
    "prefer_that",
}
# "agreed", "go on then" and "Thirty. Fine." settle only what was asked
SETTLING_ANY = {
    "works_for_us",
    "exactly_that",
    "lets_do_that",
    "lets_have_that",
    "go_ahead_reply",
    "we_take",
    "prefer_that",
}


def _settles(span: Span, accept: list[Span]) -> bool:
    """A settling reply; a bare "Go ahead." only with an acceptance said with it ("That's fine. Go ahead."), not
    after "I'll share my screen"."""
    if span.id_ == "go_ahead_reply":
        return any(s.id_ != "go_ahead_reply" for s in accept)
    return span.id_ in SETTLING


def _says_more(turn: Turn, span: Span) -> bool:
    """ "Yes. Priti for both phases. I'd rather that.": a sentence beside the cue's that names something states the
    decision itself (read by the rules for what it names), so the cue takes up nothing put before."""
    return any(
        sent.start != span.sent.start and any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in sent)
        for sent in turn.doc.sents
    )


def _put_before(turns: list[Turn], k: int, committed: Callable[[int], bool]) -> Turn | None:
    """A statement by another speaker in the two turns before ``k`` that a settling reply takes up: not a request,
    a deadline question or a commitment (accepting a delivery date is not an agreement)."""
    me = turns[k].speaker
    if me is None:
        return None
    for j in (k - 1, k - 2):
        if j < 0:
            return None
        prev = turns[j]
        if prev.speaker == me:
            continue
        if committed(j) or asks_for_something(prev) or prev.cues("WHEN") or prev.n_words < 2 or runs_the_call(prev):
            return None
        if turns[k].dues or (prev.dues and (prev.is_question() or (j > 0 and turns[j - 1].cues("WHEN")))):
            return None  # "Next Tuesday?" "Tuesday works.", "By when?" "Friday?": a session's time or a deadline
        return prev
    return None


def asks_for_something(turn: Turn) -> bool:
    """The turn asks for work ("Can you send it?", "You'll bring the samples, right?"); not a statement only checked
    with a tag ("And she's the only one who speaks, right?"), whose sentence says no work."""
    working = {c.sent.start for c in turn.clauses}
    return any(s.id_ != "request_tag_question" or s.sent.start in working for s in turn.cues("REQUEST"))


def _option_answered(question: Turn, span: Span) -> bool:
    """ "For the cans, matt or gloss?" "Gloss it is.": one of the options the question put, taken."""
    if span.id_ != "x_it_is" or span.start == span.sent.start:
        return False
    words = {t.lower_ for t in question.doc}
    return "or" in words and span.doc[span.start - 1].lower_ in words


def _asks_preference(span: Span) -> bool:
    """ "Would you rather have …?", "Would you prefer the …?": the listener asked which they want, not asked to do
    work; not "Would you rather we went through the numbers first?" nor "Would you prefer to send it?", which ask
    about work someone does."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in PREFERRING:
        return False
    return doc[span.end + 1].lower_ not in DOERS


PREFERRING = frozenset({"rather", "prefer"})
DOERS = frozenset({"we", "i", "us", "me", "to", "if", "that", "they", "he", "she"})


def _doable(turn: Turn) -> bool:
    """A turn that puts something to do: what we or I would or could do, an order, something that could or should
    be done, or an option named ("The other option is a single hero film.")."""
    words = {t.lower_ for t in turn.doc}
    return (
        any(c.subj_kind in ("WE", "SELF") for c in turn.clauses)
        or any(s.root.tag_ == "VB" and s.root.i == s.start for s in turn.doc.sents)
        or any(t.tag_ == "MD" for t in turn.doc)
        or bool(words & {"option", "alternative", "instead", "rather", "idea", "suggestion"})
    )


COUNTERED = re.compile(r"\b(?:but|though|instead|rather|could we|can we|what if|how about|why don't)\b", re.I)


class AgreementTracker:
    """Agreements turn by turn; ``committed(j)`` says whether turn ``j`` gave an action item or an open request or
    offer (an acceptance of those is not an agreement)."""

    def __init__(
        self,
        committed: Callable[[int], bool] | None = None,
        sets_meeting: Callable[[int], bool] | None = None,
        sessions_put: frozenset[int] = frozenset(),
        joint: Callable[[int], bool] | None = None,
        took_up: Callable[[int], bool] | None = None,
        recaps: frozenset[int] = frozenset(),
    ) -> None:
        self.found: list[Found] = []
        self.turns: list[Turn] = []
        self.question_at: int | None = None
        self.refused: set[int] = set()  # replies that only take a "no": "No. Let's not." "Fair enough."
        self.deferred: set[int] = set()  # acceptances that leave the say to another: "…but I'd want Gareth to say yes"
        self.reported: set[int] = set()  # facts said with a cue: "A hundred and fifty confirmed."
        self.timed: set[int] = set()  # a time the speaker asked for, taken: "When?" "Give us two weeks." "Fine."
        self.mind_changed: int | None = None  # a change of mind that asked for a new position, not yet settled
        self.committed: Callable[[int], bool] = committed or (lambda _j: False)
        self.sets_meeting: Callable[[int], bool] = sets_meeting or (lambda _j: False)
        self.sessions_put = sessions_put  # turns that name a session whose day may be settled after them
        self.joint: Callable[[int], bool] = joint or (lambda _j: False)  # turn ``j`` took up a session of two
        self.took_up: Callable[[int], bool] = took_up or (lambda _j: False)  # turn ``j`` took up an offer left open
        self.recaps = recaps  # the turns that recap the call ("Okay, recap. Navy's out, orange is back. …")

    def feed(self, turns: list[Turn], k: int) -> None:
        self.turns = turns
        turn = turns[k]
        # "Route two is more playful." … "Great. So route two, with some warmth." "Perfect. We'll develop that.": the
        # client's summing up, taken on by the agency in the next turn
        summed = choice_summed(turns, k - 1) if k > 0 and turn.side == "agency" and self.committed(k) else ""
        if summed and not any(f.turn == k - 1 for f in self.found):
            self._add(Found(k - 1, summed, "choice_summed", 0.75, True))
        if self.found and self.found[-1].turn == k - 1 and self._offer_taken_up(turns, k):
            self.found.pop()  # "And Jamie, your reminder idea. Yes, do that." "Great, I'll set it up.": the item
        if self._put_off_now(turns, k):
            self.found.pop()  # "Let's go with blue." "Hang on." "Then let's wait before we decide."
        prev = turns[k - 1] if k > 0 else None
        # "Can you chase them?" "Yeah, I can, actually, no, …" takes back the reply, not a decision
        taken_back = prev is not None and (prev.cues("REQUEST") or self.committed(k - 1)) and turn.opening("ACCEPT", 3)
        if self._kept_as_it_was(turns, k):  # "Let's move it." … "Actually, forget that, we'll keep the date as it was."
            return
        if self._gone_back(turns, k):  # "Let's go with the park." … "Actually, let's go back to the studio.": B now
            return
        if self._kept_after_all(turns, k):  # "Drop it then." … "Well then we can't drop it, can we. Indeed stays."
            return
        if self._switched(turns, k):  # "Black it is, then." … "Okay. Let's switch. Sage green for the hero bike."
            return
        if reverses(turn) and not taken_back:
            if refuses_what_was_asked(turns, k):
                self.refused.add(k)  # "We could launch digital first?" "…, so no, that doesn't help.": no reversal
            else:
                self._reverse(turn, k)
        if said := role_taken(turns, k):  # "No, not me. I think Verity should do it." "Go on then."
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "role_taken", 0.7, True, said=said))
            return
        if said := role_confirmed(
            turns, k
        ):  # "Who signs it off?" "Then it should be me." "Yes. Robert signs off today."
            self._add(Found(k, turn.text, "role_taken", 0.7, True, said=said))
            return
        if said := put_forward_taken(turns, k):  # "I'd actually suggest Rafael." … "Nervous, but yes. Happy to do it."
            self._add(Found(k, turn.text, "role_taken", 0.7, True, said=said))
            return
        if prev is not None and turn.speaker not in (None, prev.speaker) and said_no(prev):
            self.refused.add(k)  # "No. Not this time." "Understood. We'll drop it.": what was put falls, nothing is
            return  # decided ("Trains are fine." "Trains it is." keeps what was already so)
        # "Let's put a QR code on the shelters." "Good idea, I'll add it to the artwork.": the client's course for the
        # work, taken up by the agency (whose work it then is, an item beside it)
        # "What about the app?" "That's, yeah, good shout. Let's put a QR code on the shelters.": the client's own
        # "let's", taking up what was just put
        said = content_taken_up(turns, k) or content_decided(turns, k)
        if said and not any(f.turn in (k - 1, k) for f in self.found):
            self._add(Found(k, f"{said} {turn.text}", "content_taken_up", 0.7, True, said=said))
            return
        if prev is not None and self.committed(k - 1) and ASKS_OK.search(prev.text):
            return  # "I'll post the invite once it's out, is that okay?" "Yes. Do that.": the item, allowed
        if (put := self._meeting_put(turns, k)) is not None:  # "Same time in two weeks?" … "The 27th works."
            self._add(Found(k, f"{put.text} {turn.text}", "next_meeting_set", 0.7, False, said=put.text))
            return
        # a further meeting's put is no work of its own, even as an offer ("Shall we say Friday?")
        work = lambda j: self.committed(j) and not self.sets_meeting(j)  # noqa: E731
        # not where two take up a session of their own, here or since it was put ("Why don't you and I run a
        # practice?" "Yes. Thursday at ten."; "Want to go through it together, on a call?" "Yes. Thursday?"
        # "Thursday's good."): the day is that item's due date, no meeting of the whole call
        settled = session_settled(turns, k, self.sessions_put, work)
        if settled is not None and any(self.joint(i) for i in range(settled[0], k + 1)):
            settled = None
        if settled is not None:
            j, day = settled
            # "The twelfth works for me." … "The twelfth in the morning, then.": the day settled last stands
            self.found = [f for f in self.found if f.turn < j or f.rule not in ("next_meeting_set", "date_moved")]
            said = f"{NEXT_SAID}{spoken(day, None)}."
            self._add(Found(k, f"{turns[j].text} {turn.text}", "next_meeting_set", 0.7, False, said=said))
            return
        # "Eighty-five and you have a deal." "Deal."; "We can do forty if we drop the second weekend." "Fine, forty
        # and one weekend.": the terms, taken here
        if said := deal_taken(turns, k) or conditional_taken(turns, k) or counter_asked(turns, k):
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "deal_taken", 0.7, True, said=said))
            return
        # "If I haven't got it by Friday, go without the quote." "Okay, deal.": a course set on a condition, taken
        if (said := condition_dealt(turns, k)) and not (self.committed(k - 1) or self.committed(k)):
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "deal_taken", 0.7, True, said=said))
            return
        # "…after Friday we miss the print date." "Agreed, Friday is the cut-off.": a limit agreed and named at once;
        # "So if they won't move we go Saturday only." "Yes.": a course on a condition, assented to
        said = cut_off_agreed(turns, k) or conditional_course_assented(turns, k)
        # "If it's under ten percent I'm happy to approve it.": approved on the condition named
        said = said or (approved_if(turn) if not self.committed(k) else "")
        if said and not (self.committed(k) or self.committed(k - 1)):
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "term_agreed", 0.7, True, said=said))
            return
        moving = moves_a_date(turns, k)  # "Can we move the launch to the ninth?" … "Sixteenth, then.": decided
        strong = [s for s in turn.cues("AGREE") if not _negated(s) and (moving or not _about_date(turn, s))]
        strong = [s for s in strong if not _bare(s) and not _no_choice(s) and not _runs_call_here(turn, s)]
        strong = [s for s in strong if not _in_order_to(s)]
        # "Artwork's approved, printer's got the files": the agency reporting a client's approval, not giving one
        strong = [s for s in strong if not (s.id_ == "approved" and turn.side == "agency" and not _asked(s))]
        # "I agree. But our MD has to sign that off.": a sign-off still to be given, not one given
        strong = [s for s in strong if not _still_to_sign(s)]
        strong = [s for s in strong if not _wanted_so(s)]  # "We need the RRPs confirmed.": still to be done
        # "A hundred and fifty confirmed.", "They're confirmed.": who is coming, a fact reported, not a term settled
        if any(s.id_ == "confirmed" and _people_confirmed(s) for s in strong):
            self.reported.add(k)
            strong = [s for s in strong if s.id_ != "confirmed"]
        strong = [s for s in strong if s.id_ not in CHOSEN_FROM_TABLE or _on_the_table(turns, k, s)]
        # "Can we drop the shelf wobblers though?" "Fine by me. No wobblers.": the acceptance settles what was put,
        # stated as put; the bare "No X." only says it back
        if turn.cues("AGREE_ACCEPT"):
            strong = [s for s in strong if s.id_ != "none_said"]
        strong = [s for s in strong if s.id_ not in OUT_OR_IN or _option_dropped(turns, k, s)]
        # "Can I share my screen for a minute?" "Yes, go ahead, I'll stop sharing.": leave to do something in the call
        strong = [s for s in strong if not (s.id_ == "go_ahead" and _leave_in_call(turns, k, s))]
        # "Yes, pause them today, definitely.": an order with its deadline is work asked for, not a decision
        strong = [s for s in strong if s.id_ != "terse_decide" or not _dated(turn, s)]
        # "Push it back to June.": the client moving a date decides it; the agency's "move it to Friday" is work
        strong = [s for s in strong if s.id_ != "moved_back" or turn.side == "client"]
        # "Let's just book the extra half day.": the client spending decides it; the agency's "let's book" is work
        strong = [s for s in strong if s.id_ != "lets_spend" or turn.side == "client"]
        # "Yes. Take it from contingency.": the client saying where the money comes from decides it; the agency's is a
        # suggestion
        strong = [s for s in strong if s.id_ != "paid_from" or turn.side == "client"]
        if prev is not None and prev.is_question() and not _checked(prev):
            strong = [s for s in strong if s.id_ not in ANSWER_LIKE or _option_answered(prev, s)]
        proposed = prev is not None and (
            prev.cues("PROPOSAL") or any(_proposes(c) or changes_the_work(c) for c in prev.clauses)
        )
        if prev is not None and prev.speaker != turn.speaker and self.committed(k - 1) and not proposed:
            # "I'll send a proposal." "Keep it modest."
            strong = [s for s in strong if s.id_ not in ("terse_decide", "held_at")]
        if strong:
            span = strong[0]
            if span.sent.text.rstrip().endswith("?") and not change_asked(span):
                # "Are we okay to move on to the budget?": the call itself, no term put for a yes to settle
                self.question_at = None if runs_the_call(turn) else k
                return
            text = sentence_of(span) if turn.speaker is not None else around(span)
            said = terse_answer(turns, k, span)  # "Fine, split it." after "We could go halves.": "We go halves."
            said = said or _orders_after(span, strong)  # "Keep the bird. Lose the script font though.": both
            said = with_change(span) or said  # "Can we go with 'fixed' instead? Otherwise it's approved."
            said = _terms_closed(span) or said  # "Eight for the full year. Done.": the terms, not "Done."
            said = _terms_named(span) or said  # "Fifteen and seven. Yes, that's the split.": the terms, not "That's…"
            if span.id_ == "lets_verb_option":  # "Let's license.": the course as it was put
                said = course_picked(turns, k, span) or said
            if span[0].lower_ in CLOSING and span.id_ == "terms_done":  # "Done. Ninety for twelve months." says back
                said = term_echoed(turns, k, self.committed) or said  # the offer just made, stated as it was put
            self._add(Found(k, text, span.id_, 0.85, True, turn.speaker is None, said=said))
            return
        if said := choice_read_back(turns, k):  # "…covered terrace?" "Let's take both." "So rooftop plus terrace."
            self._add(Found(k, said, "choice_read_back", 0.75, True))
            return
        if said := choice_changed(turns, k):  # "I love B." … "Could we get it with the typography from C?" "Sure."
            self._add(Found(k, said, "choice_changed", 0.7, True))
            return
        if said := then_verdict(turns, k):  # "…harder to hold on uncoated board." "Then it's illustration throughout."
            self._add(Found(k, said, "then_verdict", 0.7, True))
            return
        if said := confirmed_read_back(turns, k):  # "So just so I've got it, the cap is eighty-five?" "Correct."
            self._add(Found(k, said, "read_back_confirmed", 0.75, True))
            return
        if said := summary_confirmed(turns, k):  # "Great, so route two, five colours, no foil." "Yes."
            self._add(Found(k, said, "summary_confirmed", 0.75, True))
            return
        if said := plan_confirmed(
            turns, k
        ):  # "Okay, so the Leeds date stays, and we shift Bristol to the 20th?" "Yes."
            self._add(Found(k, said, "read_back_confirmed", 0.75, True))
            return
        # "Through you, please." "Okay, through us, then."; not a decision already taken just before, only said back
        just_found = bool(self.found) and k - self.found[-1].turn <= CONFIRM_REACH
        if not just_found and (said := direction_read_back(turns, k, self.committed)):
            self._add(Found(k, said, "direction_read_back", 0.7, True))
            return
        if (
            self.question_at is not None
            and k - self.question_at == 1
            and (turn.opening("ACCEPT", 3) or turn.opening("AGREE_ACCEPT", 3))
        ):
            self._add(Found(k, turns[self.question_at].text, "agreed_question+reply", 0.8, True))
            self.question_at = None
            return
        # "I've just messaged finance and they've come straight back. They're fine with the extra print run.": an
        # answer just come in settles what was left open, whatever else the turn takes up
        if said := relayed(turns, k):
            self._add(Found(k, said, "relayed", 0.7, True))
            return
        if any(defers(s) for s in turn.cues("AGREE_ACCEPT")):
            self.deferred.add(k)
        accept = [
            s
            for s in turn.cues("AGREE_ACCEPT")
            if not s.sent.text.rstrip().endswith("?")
            and not _negated(s)
            and not _date_or_concession(turn, s)
            and not _on_condition(s)
            and not _asked_of_someone(s)
            and not _asks_to_have_it(turn, s)
            and not defers(s)  # "That's sensible but I'd want Gareth to say yes.": not settled yet
            and not (s.id_ in ("go_ahead_reply", "bare_fine") and turn.speaker is None)  # audio: bare_go_ahead
            and not (s.id_ == "prefer_that" and _says_more(turn, s))
        ]
        # "We should do the recce together." "Yes, let's. When?": a session taken up is a joint item, not a decision
        taken_up = accept and accept[0].id_ == "lets_do_that" and self.committed(k)
        if accept and _proposes_after(turn, accept[0]):
            self.deferred.add(k)  # "Agreed. We'd propose a geo holdout …": a proposal of its own, for the other side
            return
        if accept and not taken_up and not turn.opening("DECLINE", 3) and not turn.cues("REVERSE"):
            prop = _proposal_before(turns, k)
            offered = prop is not None and any(self.committed(j) for j in range(prop.index, k))
            if offered and accept[0].id_ == "lets_do_that":  # work offered on the way ("I'll bring the research")
                return  # "I'd love to do a session on the personas." "Yeah fine, let's do that.": the session
            if prop is None and any(_settles(s, accept) for s in accept):
                prop = _put_before(turns, k, self.committed)
                put_asked = prop is not None and puts_something(prop)  # not "How was it?", "…, aren't they?"
                if prop is not None and not put_asked and not any(s.id_ in SETTLING_ANY for s in accept):
                    prop = None  # "New owners are fickle." "Agreed.": an opinion shared, nothing decided
                if prop is not None and not put_asked and accept[0].id_ == "lets_do_that" and not _doable(prop):
                    prop = None  # "The label are slow." "Okay, let's do that.": nothing put that could be done
                if prop is not None and self.found and k - self.found[-1].turn <= CONFIRM_REACH:
                    last = self.found[-1]
                    if not _left_open(turns, last.turn, k):
                        return  # "Okay, yeah, that works." once an objection to a decision is answered: it stands
                    # "The folk cover, then. If we can afford it." "It's nine and a half." "Fine. Go ahead.": the
                    # decision taken on a condition is final where it is taken once the condition is answered
                    self.found.pop()
                    self._add(Found(k, f"{last.text} {turn.text}", accept[0].id_, 0.7, last.strong, said=last.said))
                    return
            if prop is not None and waits_to_decide(prop.text):
                self.deferred.add(k)  # "…I'd want to see their data before we say yes." "Agreed.": nothing settled
                return
            if sum_said_back(turns, k) and (echo := term_echoed(turns, k, self.committed)):
                # "Can you do one-eighty?" "One-eighty is fine.": a counter-offer of a sum taken, terms settled
                said = counter_taken(turns, k) or echo
                self._add(Found(k, f"{echo} {turn.text}", "term_echoed", 0.7, True, said=said))
                return
            # "When's the pickup?" "The 29th." "Fine."; "We'd like to bring the plan back to you." "Yes. When?" "Give
            # us two weeks." "Fine. Two weeks.": the time the speaker asked for, taken, is the work's, no decision
            if prop is not None and _when_answered(turns, k):
                self.timed.add(k)
                return
            if prop is not None and not answers_when(turns, prop.index):
                text = f"{prop.text} {sentence_of(accept[0])}"
                # "Let's have that." points at what the other speaker has just said, whatever was proposed before it
                pointed = accept[0].id_ == "lets_have_that" and turns[k - 1].speaker not in (None, turn.speaker)
                said = settled_text(turns[k - 1] if pointed else prop, accept[0])
                # "I think we go with Leeds and Bristol and drop Glasgow." "Makes sense.": a decision put as ours,
                # taken; stated as put
                if (course := course_put(prop)) and not pointed and said == proposing_sentence(prop):
                    self._add(Found(k, text, "course_accepted", 0.7, True, said=course))
                    return
                # "Let's push the launch to the 9th then." "Fine by us.": the other side's course put with "let's",
                # taken in the next turn, is a course accepted, its terms all put by the proposal
                if prop.index == k - 1 and _lets_course(prop) and _other_side(prop, turn):
                    self._add(Found(k, text, "course_accepted", 0.7, True, said=said))
                    return
                # "I'd much rather present the scripts ourselves." "Yes, I'd prefer that.": the other side's wish,
                # taken as the speaker's own preference, ratifies it
                preferred = accept[0].id_ == "prefer_that" and prop.index == k - 1 and _other_side(prop, turn)
                self._add(Found(k, text, accept[0].id_, 0.7, preferred, said=said))
                return
        if said := named_verdict(turns, k):  # "We'd like to go with route two." "Yes, route two."
            self._add(Found(k, said, "named_verdict", 0.7, True))
            return
        if said := concession_taken(turns, k):  # "…we'd be happy to waive our fee on it." "Oh! Yes, please."
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "concession_taken", 0.7, True, said=said))
            return
        if said := change_taken(turns, k):  # "We can cut it down to fifteen seconds." "Yes, please."
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "change_taken", 0.7, True, said=said))
            return
        if said := overruled(turns, k):  # "Yeah. No. He'll have to lump it. Standing, canapés for everyone."
            self._add(Found(k, said, "overruled", 0.7, True))
            return
        opened = accept[0] if accept else turn.opening("ACCEPT", 3) or opens_accepting(turn)
        said = stated_after(turns, k, opened, self.committed) if opened is not None else ""
        if said and not turn.opening("DECLINE", 3):
            self._add(Found(k, said, "stated_after", 0.7, False))  # "Okay. I'm persuaded. Voiceover, not the dad."
            return
        # "I'd put the prizes on stage at the close." … "Okay. Prizes move to the close on stage.": the proposal settled
        if opened is not None and (said := outcome_restated(turns, k, opened)) and not turn.opening("DECLINE", 3):
            self._add(Found(k, said, "outcome_restated", 0.7, True))
            return
        if turn.speaker is None and bare_go_ahead(turn):
            asked = asked_before(turns, k)
            if asked is not None:
                self._add(Found(k, f"{asked.text} {turn.text}", "go_ahead", 0.6, False))
                return
        if said := term_echoed(turns, k, self.committed):  # "…starts on the first of June." "First of June, yes."
            # "When do we go live?" "We were thinking the 21st." "The 21st works for us.": "We go live on the 21st."
            at = next((j for j in (k - 1, k - 2) if j >= 0 and turns[j].speaker not in (None, turn.speaker)), k)
            stated = counter_taken(turns, k) or event_dated(turns, at, k) or said
            self._add(Found(k, f"{said} {turn.text}", "term_echoed", 0.7, True, said=stated))
            return
        # "Teal or coral?" "Coral."; "We can either keep the map or switch to the free one." … "Then let's switch."
        picked = option_picked(turns, k) or letter_picked(turns, k) or named_picked(turns, k)
        if (picked := picked or verb_option_picked(turns, k)) is not None:
            self._add(Found(k, picked, "option_picked", 0.7, True))
            return
        if restated := option_restated(turns, k):  # "Option one, free for everyone, …" … "Free for everyone."
            self._add(Found(k, restated, "option_restated", 0.7, True))
            return
        if affirmed := option_affirmed(turns, k):  # "Our recommendation is real customers." "Oh, yes. Real customers."
            self._add(Found(k, affirmed, "option_affirmed", 0.7, True))
            return
        # "Don't spend it without asking me." "Understood. Nothing comes out of contingency without your sign-off."
        if (condition := signoff_set(turns, k)) and not (self.found and self.found[-1].turn == k - 1):
            self._add(Found(k, condition, "signoff_set", 0.7, True))
            return
        put_at = figure_settled(turns, k)  # "...and a hundred and twenty on the panels." "Eighty and 120. Yes."
        if put_at is not None and not self.committed(put_at):
            self._add(Found(k, f"{turns[put_at].text} {turn.text}", "figure_settled", 0.7, True, said=turn.text))
            return
        # "Are we okay to go live Monday?" "Yes, go live Monday."; not "Shall we go through the WIP?" "Yes, go for it."
        if (said := permission_echoed(turns, k)) and not runs_the_call(turns[k - 1]):
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "permission_echoed", 0.7, True, said=said))
            return
        # "I'd pause everything that's scheduled." "Oh no, the giveaway. Yes, pause everything."; "Should we pause the
        # posts?" "Yeah, hold everything."
        if (said := course_taken(turns, k)) and not runs_the_call(turns[k - 1]):
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "course_taken", 0.7, True, said=said))
            return
        # "Can we push the launch back a week?" "Yes.": a change the other side asked to make, granted; not one taken
        # on as work ("Can we swap it for the science building?" "Yep. I'll get revised versions to you tomorrow.")
        asked_or_taken = self.committed(k - 1) or self.committed(k)
        if (said := change_granted(turns, k)) and not runs_the_call(turns[k - 1]) and not asked_or_taken:
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "change_granted", 0.7, True, said=said))
            return
        if turn.speaker is not None and date_moved(turns, k):  # "Can we move the launch?" … "Sixteenth then. Fine."
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "date_moved", 0.7, False, said=turn.text))
            return
        if said := declined(turns, k):  # "We decline.", "I don't think we should use them again." "No. Agreed."
            self._add(Found(k, f"{turns[k - 1].text} {turn.text}", "declined", 0.7, True, said=said))
            return
        if said := limit_given(turns, k):  # "Go up to six fifty if you have to, but no more."
            self._add(Found(k, said, "limit_given", 0.7, True))
            return
        if said := announced(turns, k):  # "Quick update: the board signed off the extra fifty thousand for Q3."
            self._add(Found(k, said, "announced", 0.7, True))
            return
        for c in turn.clauses:
            if (
                c.subj_kind == "WE"
                and c.label == "FUTURE"
                and c.verb.lemma_ in DECISION_VERBS
                and not (c.negated or c.conditional or c.question or c.distractor)
                and not kept_held(c.verb)  # "we'll keep it held till the board confirms": a booking kept, work
            ):
                self._add(Found(k, c.sent.text.strip(), "we_decide", 0.65, False))
                return
        if said := outcome_stated(turns, k):  # "I'd rather cut it to twenty." "Contingency goes down to twenty."
            if outcome_read_back(turns, k):  # "So radio stays as is, ninety?" "Radio stays.": a read-back confirmed
                self._add(Found(k, said, "outcome_read_back", 0.75, True))
            else:
                self._add(Found(k, said, "outcome_stated", 0.65, False))

    def _put_off_now(self, turns: list[Turn], k: int) -> bool:
        """Turn ``k`` puts off (``deferred.puts_off``) the decision found the turn before ("That works for us." "Makes
        sense, but it's her call. Let's park it till she's on."), or two turns before when the turn between stops it
        ("Let's go with blue." "Hang on, green tested better." "Then let's wait for the results before we decide."):
        it is not settled yet. Not a put-off of something new: after a turn that ends on a question ("Let's go with
        B. And the TikTok idea?" "Let's park that."), or one that opens a point of its own."""
        if not self.found or not puts_off(turns[k].text) or moves_to_new_topic(turns[k]):
            return False
        last = self.found[-1]
        if last.rule == "next_meeting_set" or not (
            last.turn == k - 1 or (last.turn == k - 2 and reverses(turns[k - 1]))
        ):
            return False
        return not any(turns[i].is_question() for i in range(last.turn, k))

    def _meeting_put(self, turns: list[Turn], k: int) -> Turn | None:
        """The turn that put a further meeting (``sets_meeting``) which turn ``k`` accepts: a short reply by someone
        else that accepts or names the day ("Friday the twenty-seventh works.", "Monday at nine. Fine."), at most
        two turns after the meeting or a counter-proposal of its date ("Shall we say the Friday?")."""
        turn, prev = turns[k], turns[k - 1] if k > 0 else None
        if prev is None or turn.speaker is None or turn.speaker == prev.speaker or turn.is_question():
            return None
        first = next(iter(turn.doc.sents), None)
        put = next((j for j in (k - 1, k - 2) if j >= 0 and self.sets_meeting(j)), None)
        if put is None or (put != k - 1 and not (prev.dues and prev.is_question())):
            return None
        accepts = turn.opening("ACCEPT", 3) or turn.opening("AGREE_ACCEPT", 3)
        # "Monday at nine. Fine.", or the hour put said back: "Let's regroup at five today." "Five's good for me."
        named = first is not None and (bool(turn.dues) or first[0].lower_ in {t.lower_ for t in turns[put].doc})
        said_no = first is not None and any(t.dep_ == "neg" or t.lower_ == "no" for t in first)
        named = named and not said_no  # "Four's no good for me."
        if not accepts and not (first is not None and len(first) <= 9 and ACCEPTING.search(turn.text) and named):
            return None
        if turn.opening("DECLINE", 3) or turn.cues("REVERSE"):
            return None
        if self.committed(put) and _own_promise(turns[put]):
            return None  # "I'll put a slot in for the same time tomorrow." "Same time works.": that item, accepted
        return turns[put]

    def _reverse(self, turn: Turn, k: int) -> None:
        """A reversal ("Scrap the toddy", "Hang on, actually") undoes a recent agreement; a decisive one replaces it."""
        # a change of mind names the position it takes, not the one it leaves ("I'm changing my mind. Bright.")
        named = not changes_mind(turn)
        # "Kenji, actually, do the competitor spend thing. I've changed my mind.": a mind changed on work asked for
        # (an item of the turn) that names nothing the decision was about leaves that decision standing
        on_work = not named and (self.committed(k) or self.took_up(k))
        kept = [
            f
            for f in self.found
            if k - f.turn > REVERSAL_REACH
            or self._moved_on(f, k)
            or (named and self._elsewhere(f, k))
            or (on_work and self._about_else(f, k))
        ]
        undone, self.found = len(kept) < len(self.found), kept
        interrupts = all(" ".join(v.text.lower().split()) in INTERRUPTIONS for v in turn.cues("REVERSE"))
        decisive = not interrupts and not reverses(turn)[0].sent.text.rstrip().endswith("?")
        # "Scrap A, go with B.", not "Efe, hang on, …?"; also when a recap just before it was undone already
        undone = (decisive and self._drop_reversed(k)) or undone
        sents = list(turn.doc.sents)
        said = decided_instead(turn, self._position_before(k))
        checked = bool(sents) and sents[-1].text.rstrip().endswith("?")
        if changes_mind(turn):  # "Okay, I'm changing my mind. Harlow, at thirty-seven nine.": not Delta
            self.mind_changed = None if said else k  # only asked: the decision a turn or three on replaces it
            if said:
                self._drop_replaced(k, self._changed(k, said))
        # "Okay, so bowl food, internal only. Actually, no, hang on. I've just remembered the board …": a stop to
        # raise something, with no new position said, decides nothing yet
        stopped = not said and any(" ".join(v.text.lower().split()) in INTERRUPTIONS for v in turn.cues("REVERSE"))
        if undone and (not checked or said) and not stopped and (not turn.opening("DECLINE", 3) or len(sents) > 1):
            # "I'm changing my mind then. We go with A. Not B. Everyone good with that?": the new position, checked
            self._add(Found(k, turn.text, "reversal_decision", 0.6, True, said=said if checked else ""))
        elif not undone and said:  # the earlier position was never recorded
            self._add(Found(k, turn.text, "reversal_decision", 0.6, True, said=said))

    def _kept_as_it_was(self, turns: list[Turn], k: int) -> bool:
        """Turn ``k`` takes back what was just said and keeps a thing it names as it was ("Actually, forget that, we'll
        keep the date as it was.", ``settling.kept_as_it_was``) after a change put or decided in the last
        ``REVERSAL_REACH`` turns ("We could move the launch to the 14th." "Okay, let's move it."): the change is
        dropped (and barred from the scorer's additions), and the thing kept is the decision; not a thing kept with no
        change put just before, nor one not named ("Forget that, we'll keep it as it was." leaves the change as it
        stands: which change it undoes is not said)."""
        said = kept_as_it_was(turns[k])
        put = [j for j in range(max(0, k - REVERSAL_REACH), k) if CHANGED.search(turns[j].text)]
        if not said or not put:
            return False
        self.found = [f for f in self.found if not (f.turn >= put[0] and CHANGED.search(f.said or f.text))]
        self.refused.update(range(put[0], k))
        self._add(Found(k, turns[k].text, "kept_as_it_was", 0.6, True, said=said))
        return True

    def _kept_after_all(self, turns: list[Turn], k: int) -> bool:
        """Turn ``k`` keeps a thing ("Okay, Indeed stays.", "We keep Indeed then.", ``kept_thing``) that a decision of
        the last ``MIND_REACH`` turns dropped ("…we'd suggest we drop Indeed." "Drop it then."): that decision is
        dropped (and barred from the scorer's additions) and the thing kept is the decision; not a thing kept that no
        decision dropped, which is read as before."""
        kept = kept_thing(turns[k]) if k not in self.recaps and not turns[k].cues("RECAP") else None
        if kept is None:
            return False  # "So, recap: Delphine stays, …": the decisions as they stand, read back
        thing, said = kept
        about = [
            f
            for f in self.found
            if 0 < k - f.turn <= MIND_REACH
            and thing & {t.lower_ for j in range(max(0, f.turn - 3), f.turn + 1) for t in turns[j].doc}
        ]
        # the latest decision on the thing, when it dropped it ("Drop it then."); not one that already kept it
        # ("Actually, let's keep Delphine, and cut the micros instead.")
        last = about[-1] if about else None
        if last is None or not DROPPED.search(f"{last.said} {last.text}") or KEPT.search(f"{last.said} {last.text}"):
            return False
        self.found.remove(last)
        self.refused.update({last.turn, last.turn + 1})  # the drop and its echo ("Yeah. Drop Indeed."), no more
        self._add(Found(k, turns[k].text, "kept_as_it_was", 0.6, True, said=said))
        return True

    def _switched(self, turns: list[Turn], k: int) -> bool:
        """Turn ``k`` says to switch ("Let's switch.", "Let's change it.") and then, in a sentence of its own, the new
        position ("Sage green for the hero bike."), which names what the latest decision of the last ``MIND_REACH``
        turns was about (its turn and the three before: "Hero bike colour. I'd assumed black." "Black it is, then."):
        that decision is dropped and the new position is the decision; not a switch with no new position said, nor one
        about something no decision settled."""
        sents = list(turns[k].doc.sents)
        at = next((n for n, sent in enumerate(sents) if SWITCH.match(sent.text.strip())), None)
        if at is None or at + 1 >= len(sents) or k in self.recaps:
            return False
        new = sents[at + 1]
        if new.text.rstrip().endswith("?") or any(t.lower_ in ("i", "you", "me") for t in new):
            return False
        named = _things_said(new) - GENERIC_THINGS

        def shared(f: Found) -> int:
            return len(
                named & set().union(*(_things_said(turns[j].doc[:]) for j in range(max(0, f.turn - 2), f.turn + 1)))
            )

        # the decision on the same thing: two things in common, or all the new position names ("hero bike")
        about = [f for f in self.found if 0 < k - f.turn <= MIND_REACH and shared(f) >= min(2, len(named))]
        if not named or not about:
            return False
        self.found.remove(about[-1])
        self.refused.update({about[-1].turn, about[-1].turn + 1})  # not the decisions in between
        said = new.text.strip().rstrip(".!")
        said = f"{said}." if new[0].lower_ in ORDER_VERBS else f"We switch to {said[:1].lower()}{said[1:]}."
        self._add(Found(k, turns[k].text, "gone_back", 0.6, True, said=said))
        return True

    def _gone_back(self, turns: list[Turn], k: int) -> bool:
        """Turn ``k`` goes back to an option ("Actually, let's go back to the studio.", "Actually, no. Studio after
        all.") that was on the table ``TABLE_REACH`` turns before a decision of the last ``REVERSAL_REACH`` turns took
        another ("We can use the studio or the park." "Let's go with the park."): that decision is dropped and the
        option gone back to is the decision, stated "We go with the studio."; not a topic gone back to ("Let's go back
        to the budget for a second."), which no recent decision left aside, nor the option that decision took."""
        for thing in gone_back_to(turns[k]):
            words = _content(thing.text) - GENERIC_THINGS
            if not words:
                continue
            left = [
                f
                for f in self.found
                if 0 < k - f.turn <= REVERSAL_REACH
                and not words <= _content(f.said or f.text)
                and any(words <= _content(turns[j].text) for j in range(max(0, f.turn - TABLE_REACH), f.turn))
            ]
            # "Matt or gloss?" "Gloss." "…every fingerprint, though." "True. Matt after all, then.": "after all" says a
            # course was taken and left, whether or not a decision was recorded for it
            after_all = "after all" in thing.sent.text.lower() and any(
                words <= _content(turns[j].text) for j in range(max(0, k - TABLE_REACH), k)
            )
            if not left and not after_all:
                continue
            self.found = [f for f in self.found if f not in left]
            said = thing.text
            if thing[0].tag_ in ("NN", "NNS") and said[:1].isupper():  # "Studio after all.": "the studio" named
                said = said[0].lower() + said[1:]
            self._add(Found(k, turns[k].text, "gone_back", 0.6, True, said=f"We go with {article_lowered(said)}."))
            return True
        return False

    def _position_before(self, k: int) -> bool:
        """The speaker of turn ``k`` took a position in their last turn a few turns back ("Yes, let's do open
        nominations."), which a "scrap that" takes back; not a question or a request ("would you be able to do
        LinkedIn as well?"), after which what is said states a fact ("Scrap that. Corporate comms do LinkedIn.")."""
        me = self.turns[k].speaker
        mine = next(
            (self.turns[j] for j in range(k - 1, max(-1, k - REVERSAL_REACH), -1) if self.turns[j].speaker == me), None
        )
        return mine is not None and not (mine.is_question() or mine.cues("REQUEST"))

    def _moved_on(self, f: Found, k: int) -> bool:
        """A reversal that says no ("Then no. Not this year.") to what the turn before put, after the talk has moved on
        to something the decision's turns do not name ("Let's keep it on the front." … "Next, finishes. … soft-touch
        is going to cost you."): the new thing is refused, the decision stands; not "Scrap the forty, then.". So too an
        interruption ("Sorry, hang on. The sixth is when the CRM's down.") about something else than the decision."""
        turn = self.turns[k]
        interrupts = all(" ".join(v.text.lower().split()) in INTERRUPTIONS for v in turn.cues("REVERSE"))
        if k - f.turn <= CONFIRM_REACH - 1 or not (turn.opening("DECLINE", 3) or interrupts):
            return False
        answered = _named(self.turns[k - 1].doc[:]) | _named(self.turns[k].doc[:])
        return bool(answered) and not answered & self._named_at(f.turn)

    def _elsewhere(self, f: Found, k: int) -> bool:
        """The reversal names what it takes back, and that is not what decision ``f`` (its turn and the three
        before it) is about: "Stills on day two, seven-eight. Go ahead." … "Scrap A, go with B." (the music), or a
        recap broken off ("…Efe, hang on, you're off next week?"). A reversal naming nothing but a time or the
        option words ("Scrap that.", "Actually, no, Friday.", "Hang on, the other one.") still undoes it."""
        return self._names_else(self._reversal_names(k), f)

    def _about_else(self, f: Found, k: int) -> bool:
        """Turn ``k`` names things, none of them named by decision ``f``."""
        return self._names_else(_things_said(self.turns[k].doc[:]), f)

    def _names_else(self, said: set[str], f: Found) -> bool:
        """``said`` names things, none of them what decision ``f`` (its turn and the three before it) names."""
        about = set().union(*(_things_said(self.turns[j].doc[:]) for j in range(f.turn - 3, f.turn + 1) if j >= 0))
        return bool(said) and bool(about) and not said & about

    def _chosen_instead(self, g: Found, f: Found) -> bool:
        """Choice ``f`` takes another option than earlier choice ``g``, one already named in ``g``'s turn or the
        ``TABLE_REACH`` turns before it (the options then on the table), and says "instead" or "rather than", or
        names what ``g`` took in its own turn."""
        before, now = _chosen_thing(g), _chosen_thing(f)
        if not (before and now) or before == now or f.turn >= len(self.turns):
            return False
        table = {t.lower_ for j in range(max(0, g.turn - TABLE_REACH), g.turn + 1) for t in self.turns[j].doc}
        own = {t.lower_ for t in self.turns[f.turn].doc}
        return now in table and (bool(INSTEAD.search(self.turns[f.turn].text)) or before in own)

    def _replaced_later(self, g: Found, f: Found) -> bool:
        """Decision ``f``, taken after the talk has gone on (more than ``CONFIRM_REACH`` turns, up to ``MIND_REACH``)
        and said as the decision ("That's the decision.", "the decision is") or as what is done "instead", settles
        what choice ``g`` settled in other terms: ``f`` names something on the table when ``g`` was chosen (its turn
        and the ``TABLE_REACH`` before it) other than what ``g`` took, and does not take that itself ("Let's go with
        the teal." … "Fern, brightened up, within the stable range. That's the decision."); not a decision that takes
        ``g``'s choice ("Use the teal instead of grey on the signage.")."""
        if not (CONFIRM_REACH < f.turn - g.turn <= MIND_REACH) or f.turn >= len(self.turns):
            return False
        m = CHOICE_OBJECT.search(g.said) or CHOICE_OBJECT.search(g.text)
        took = (m.group("o") or m.group("t")).lower() if m and (g.rule in CHOOSING or g.said) else ""
        if not took and g.rule == "x_it_is" and (it_is := IT_IS.search(g.text)):
            took = it_is.group("x").lower()  # "Great. Teal it is, then."
        if not took or took in NOT_CHOICES or _option_chosen(g):
            return False
        now = f"{f.said or f.text} {self.turns[f.turn].text}".lower()
        instead = INSTEAD.search(now)
        if not (instead or f.rule in EXPLICIT):
            return False
        if re.search(rf"\b{re.escape(took)}\b", now[: instead.start()] if instead else now):
            return False
        kinds = ("NOUN", "PROPN", "ADJ", "NUM")
        # the options on the table: also for a choice confirmed a turn or two after it was made ("Let's go with the
        # teal." "Teal. A hundred percent." "Great. Teal it is, then.")
        turns = range(max(0, g.turn - TABLE_REACH - CONFIRM_REACH), g.turn + 1)
        table = {t.lower_ for j in turns for t in self.turns[j].doc if t.pos_ in kinds and not t.is_stop}
        said = _content(f.said or f.text)
        docs = [self.turns[j].doc for j in (f.turn - 1, f.turn) if j >= 0]  # "So the prize is …?" "Agreed."
        named = {t.lower_ for d in docs for t in d if t.pos_ in kinds and not t.is_stop and t.lower_ in said}
        return bool((named - {took} - GENERIC_THINGS) & table)

    def _reversal_names(self, k: int) -> set[str]:
        """What the reversal at turn ``k`` names from its cue's sentence on."""
        turn = self.turns[k]
        return _things_said(turn.doc[reverses(turn)[0].sent.start :])

    def _drop_reversed(self, k: int) -> bool:
        """A reversal naming in its sentence what it takes back ("Scrap A, go with B.") drops the latest decision up
        to ``TAKEN_BACK_REACH`` turns back that chose it ("A. It's got to be A." "A it is."); whether one was
        dropped."""
        cue = reverses(self.turns[k])[0]
        # "Scrap A, go with B."; not "Actually, no, don't. … Put it in the proposal."; the cue's own words ("change of
        # plan") name nothing taken back
        said = _things_said(cue.sent) - _things_said(cue)
        reach: tuple[int, ...] = (1, 0)
        if not said and cue[0].lemma_.lower() in TAKES_BACK:
            # "Okay, scrap that. Mile eight, by the park." after "…at mile six we'd be on the pavement": what the new
            # position and the talk just before it both name; not "Actually, no, don't. … Put it in the proposal.",
            # which stops what was just put
            talk = set().union(*(_things_said(self.turns[j].doc[:]) for j in (k - 3, k - 2, k - 1) if j >= 0))
            said, reach = _things_said(self.turns[k].doc[cue.sent.end :]) & talk, (2, 1, 0)
        for g in reversed(self.found):
            if not said or not 0 < k - g.turn <= TAKEN_BACK_REACH:
                continue
            if said & set().union(*(_things_said(self.turns[g.turn - j].doc[:]) for j in reach if g.turn >= j)):
                self.found.remove(g)
                return True
        return False

    def _drop_replaced(self, k: int, named: set[str]) -> None:
        """A change of mind replaces the latest decision, up to ``MIND_REACH`` turns back, on what the change names
        (``_changed``): the decision's turn or the one it answered named it ("…Delta would subcontract them." "Let's
        go with Delta." … "I'm changing my mind. Harlow, at thirty-seven nine.")."""
        for g in reversed(self.found):
            if not 0 < k - g.turn <= MIND_REACH:
                continue
            if named & self._named_at(g.turn):
                self.found.remove(g)
                return

    def _changed(self, k: int, said: str) -> set[str]:
        """What a change of mind at turn ``k`` names: its new position (the sentence ``said``; when the position is
        only asked, all the turn says after the cue: "…I'm going back on what I said. Could we do A's apple with B's
        lettering?") and what it turns down ("We go with A. Not B.")."""
        turn = self.turns[k]
        after = turn.cues("REVERSE")[0].end
        sent = next((s for s in turn.doc.sents if s.text.strip() == said), None) if said else turn.doc[after:]
        named = _named(sent) if sent is not None else set()
        return named | _turned_down(turn.doc[after:])

    def _named_last(self, f: Found) -> set[str]:
        """What the last sentence of decision ``f`` names, read in its turn ("Yeah, a launch moment is in." names the
        moment; "Let's keep it, then." nothing)."""
        if f.turn >= len(self.turns):
            return set()
        said = set(re.findall(r"[a-z]+", (re.split(r"(?<=[.!?])\s+", f.text.strip().lower()) or [""])[-1]))
        return {w for w in _named(self.turns[f.turn].doc[:]) if w in said}

    def _recapped(self, f: Found) -> bool:
        """``f`` is said in a recap of the call and restates a decision found before it, which its sentence names
        ("Then orange it is. Forget the navy." … "Okay, recap. Navy's out, orange is back."): the decision stands at
        the turn that settled it, and the recap adds no second one (GUIDELINES §2.2, §3). A decision new in the recap
        is its own."""
        if f.turn not in self.recaps or f.turn >= len(self.turns):
            return False
        doc = self.turns[f.turn].doc
        said = f.text.strip().lower()
        sents = [x for x in doc.sents if x.text.strip().lower() in said or said in x.text.strip().lower()]
        mine = set().union(*(_things_of(x) for x in sents))
        return any(
            0 < f.turn - g.turn <= MIND_REACH and mine & _things_of(self.turns[g.turn].doc[:]) for g in self.found
        )

    def _named_at(self, j: int) -> set[str]:
        """What turn ``j`` and the turn before it name."""
        return set().union(*(_named(self.turns[i].doc[:]) for i in (j - 1, j) if 0 <= i < len(self.turns)))

    def _offer_taken_up(self, turns: list[Turn], k: int) -> bool:
        """Turn ``k - 1`` approved the addressee's own idea ("your … idea", "your offer") and ``k`` is that person
        committing to it: an offer taken up, which is an action item, not an agreement."""
        said, reply = turns[k - 1], turns[k]
        if self.found[-1].rule != "terse_decide" or reply.speaker in (None, said.speaker) or not self.committed(k):
            return False
        return any(t.lower_ == "your" and t.head.pos_ == "NOUN" for t in said.doc)

    def _dropped(self, f: Found) -> set[str]:
        """What decision ``f`` drops by name: "C's out.", "Not B.", "No teal."."""
        if f.turn >= len(self.turns):
            return set()
        turn = self.turns[f.turn]
        out = {
            t.lemma_.lower().rstrip(".")
            for s in turn.cues("AGREE")
            if s.id_ == "x_out"
            for t in s
            if t.pos_ in ("NOUN", "PROPN")
        }
        return out | _turned_down(turn.doc[:])

    def _same_speaker(self, j: int, k: int) -> bool:
        """Turns ``j`` and ``k`` are said by one known speaker, and ``k`` is no recap."""
        if not (j < len(self.turns) and k < len(self.turns)) or self.turns[k].cues("RECAP"):
            return False
        return self.turns[j].speaker is not None and self.turns[j].speaker == self.turns[k].speaker

    def _ratifies(self, f: Found, last: Found) -> bool:
        """A ratifying cue a turn or two after a weaker acceptance of the same thing (what the two turns of each name,
        figures and qualities too) is where it is settled."""
        # "Eight feels right." … "So, eight, fortnightly. Are we happy with that?" "Yes. Agreed.": the terms put to the
        # room for a yes a few turns on are where they are settled, the earlier liking only led there
        reach = REVERSAL_REACH + 1 if f.rule == "agreed_question+reply" else CONFIRM_REACH
        if f.turn - last.turn >= reach or last.strong:
            return False
        if f.rule == "concession_taken":  # "Forty-five for the radio. Done." "…we waive our fee." "Yes, please."
            return False  # terms given on top of the decision, which stands
        return bool(self._things_at(f.turn) & self._things_at(last.turn))

    def _words_at(self, j: int) -> set[str]:
        """The words turn ``j`` and the turn before it say."""
        return {t.lower_ for i in (j - 1, j) if 0 <= i < len(self.turns) for t in self.turns[i].doc}

    def _things_at(self, j: int) -> set[str]:
        """What turn ``j`` and the turn before it name, figures and qualities included ("gentle", "three")."""
        # a figure or word said with hyphens is one thing: "ninety-five" is not the "ninety" of "ninety seconds"
        return {
            _hyphened(t) or t.lemma_.lower().removesuffix("'s")
            for i in (j - 1, j)
            if 0 <= i < len(self.turns)
            for t in self.turns[i].doc
            if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and (t.pos_ == "NUM" or not t.is_stop)
        }

    def _conceded(self, f: Found) -> list[Found]:
        """ "Cinema I can live with." … turns on, "And cinema's out?" "Out. That's decided.": a point conceded while
        the rest was still argued is settled by the later decision that names it again (not by a recap)."""
        if not 0 < f.turn < len(self.turns) or self.turns[f.turn].cues("RECAP"):
            return []
        said = _named(self.turns[f.turn].doc[:]) | _named(self.turns[f.turn - 1].doc[:])
        gone = []
        for g in self.found:
            reply = _named(next(iter(self.turns[g.turn].doc.sents))) if g.turn < len(self.turns) else set()
            if g.rule in CONCEDING and 1 < f.turn - g.turn <= SETTLE_REACH and reply and reply <= said:
                gone.append(g)
        return gone if len(gone) == 1 else []

    def _settled_later(self, f: Found) -> list[Found]:
        """ "Let's go with the free drink, any size." "Any size will make finance twitch. Can we say regular?" "Fine.
        Any hot drink, regular size, one per account.": terms taken and then argued on stand where the meeting settles
        them last, a few turns on, in a statement naming at least two of the same things (not a recap, nor what the
        earlier turn only asked about: "B. Could we bring the coin-drop into it?" … "The coin-drop goes into B.")."""
        if f.rule == "next_meeting_set" or f.turn >= len(self.turns) or self.turns[f.turn].cues("RECAP"):
            return []
        mine = _stated_things(self.turns[f.turn])
        return [
            g
            for g in self.found
            if g.rule != "next_meeting_set"
            and 1 < f.turn - g.turn <= REVERSAL_REACH
            and len(mine & _stated_things(self.turns[g.turn])) >= SAME_THINGS
        ]

    def _ratified_as_accepted(self, f: Found, last: Found) -> bool:
        """``f`` says "that" of the turn before, which accepted a proposal (``last``) and went on with what follows
        from it ("That works for us. We'd adjust the media to weight the second week."): the proposal accepted is
        what is ratified, not the sentence after it; unless that sentence puts another way ("…, but could we make it
        the 21st?")."""
        if f.turn != last.turn + 1 or not last.said or not f.said or f.said == last.said:
            return False
        turn, prev = self.turns[f.turn], self.turns[last.turn]
        pointing = any(t.lower_ in ("that", "this", "it") and t.dep_ in ("dobj", "pobj") for t in turn.doc)
        accepted = bool(prev.opening("AGREE_ACCEPT", 4))
        return pointing and accepted and f.said in prev.text and not COUNTERED.search(f.said)

    def _add(self, f: Found) -> None:
        if self._recapped(f):
            return  # "Then orange it is." … "Okay, recap. Navy's out, orange is back.": settled where it was settled
        if self.mind_changed == f.turn:  # "Right. Then I'm changing my mind. Webinar stays. One in Q3.": the new
            self.mind_changed = None  # position, said in the change's own turn, is no longer asked for
        if self.mind_changed is not None and 0 < f.turn - self.mind_changed <= CONFIRM_REACH:
            # "Right, I'm going back on what I said. Could we do A's apple with B's lettering?" … "Then that's the
            # decision.": the decision the change of mind asked for replaces the one it went back on; one stated
            # without a ratifying cue, by what its own turn names too ("I think we have to go back on what we said."
            # … "Okay, forget the thirties. We'll make it a forty.")
            named = self._changed(self.mind_changed, "")
            if not f.strong and f.turn < len(self.turns):
                named |= _named(self.turns[f.turn].doc[:])
            self._drop_replaced(f.turn, named)
            self.mind_changed = None
        # "Let's go with the blue pack." … "Actually, let's go with the green pack instead."; "Let's go with Fenwick
        # Park." … "Then it's the ICC, … I know you liked Fenwick.": another of the options put when the earlier choice
        # was made, taken instead of it or as it is named, replaces it
        self.found = [g for g in self.found if not (0 < f.turn - g.turn <= MIND_REACH and self._chosen_instead(g, f))]
        # "Let's go with the teal." … (the wrap fades) … "Fern, brightened up. That's the decision."; "Let's go with the
        # year's free insurance." … "So the prize is a two-fifty pet shop voucher instead.": replaced later on
        self.found = [g for g in self.found if not self._replaced_later(g, f)]
        if f.rule in EXPLICIT and f.turn < len(self.turns):
            # "So TikTok's out." … "Then the decision is no TikTok, and the thirty goes into YouTube.": the speaker's
            # own explicit ratification of what they settled two or three turns before is where it stands
            named = _named(self.turns[f.turn].doc[:])
            self.found = [
                g
                for g in self.found
                if not (
                    1 < f.turn - g.turn <= CONFIRM_REACH
                    and self._same_speaker(g.turn, f.turn)
                    and named & _named(self.turns[g.turn].doc[:])
                )
            ]
        if self.found and f.turn - self.found[-1].turn <= 1:
            last = self.found[-1]
            if f.speakerless and last.speakerless and not (_content(f.text) & _content(last.text)):
                self.found.append(f)  # one speaker settling two things in a row: "Fine, highball it is. Ten mil it is."
                return
            if f.rule == "term_echoed" and not (_content(f.said) & _content(last.said or last.text)):
                self.found.append(f)  # "First of June, yes. And terms stay at thirty days?" "Thirty days is fine."
                return
            if f.strong and (not last.strong or last.rule == "reversal_decision" != f.rule):
                if self._ratified_as_accepted(f, last):
                    # "What if we launch …?" "That works. We'd adjust the media." "Let's go with that."
                    f.said = last.said
                self.found[-1] = f  # "Hang on, the blue clashes." "Go with green.": the decision said after wins
            return
        if self.found and f.strong and self._ratifies(f, self.found[-1]):
            self.found.pop()  # "Gentle's fine." "So we swap painless for gentle, then?" "Gentle it is.": ratified
        # "Keep the banner." … long after, "Then lose the banner.": the later decision on the same thing stands
        mine = _named(self.turns[f.turn].doc[:]) if f.turn < len(self.turns) else set()
        # soon after, so too when the sentence that takes it back names nothing ("drop it" … "Okay. Let's keep it,
        # then. But monthly."); not "Leave paid out." … "Yeah, a launch moment is in.", another thing taken in
        undone = [
            g
            for g in self.found
            if f.turn - g.turn <= REVERSAL_REACH
            and opposed(g.text, f.text)
            and (not (said_last := self._named_last(f)) or said_last & self._named_at(g.turn))
        ]
        undone += [
            g
            for g in self.found
            if REVERSAL_REACH < f.turn - g.turn <= MIND_REACH
            and opposed(g.text, f.text)
            and mine & self._named_at(g.turn)
        ]
        # "Okay, let's go with B. The armchair and the dog." … later, "Let's go with A, the table. The dog goes
        # inside.": another option of the same set chosen on the same thing replaces the earlier choice
        undone += [
            g
            for g in self.found
            if 0 < f.turn - g.turn <= MIND_REACH
            and _option_chosen(g) not in ("", _option_chosen(f))
            and _option_chosen(f)
            and mine & self._named_at(g.turn)
        ]
        # "Two. It's two." … "Can you make it bigger?" … "So, two, with a bigger product.": the same option taken again
        # by the same speaker, with what was asked of it since, is where the choice is final (not a recap of it)
        undone += [
            g
            for g in self.found
            if 0 < f.turn - g.turn <= REVERSAL_REACH
            and _option_chosen(g) == _option_chosen(f) != ""
            and self._same_speaker(g.turn, f.turn)
        ]
        # "Let's go with the stations then." "Agreed, stations." "Okay, stations it is.": the same thing chosen again
        # a turn or two on, by anyone, is where the choice is final
        undone += [
            g for g in self.found if 0 < f.turn - g.turn <= CONFIRM_REACH and _chosen_thing(g) == _chosen_thing(f) != ""
        ]
        # "Teal." … "Can it be darker?" … "So, teal, a shade darker.": an option picked on its own and then taken again
        # by the same speaker with what was asked of it is final there
        undone += [
            g
            for g in self.found
            if g.rule == "option_picked"
            and 0 < f.turn - g.turn <= REVERSAL_REACH
            and self._same_speaker(g.turn, f.turn)
            and _content(g.text) <= _content(self.turns[f.turn].text if f.turn < len(self.turns) else f.text)
        ]
        # "Yes, go with blue." "Actually, the blue clashes with the logo." "Then go with green.": a later choice,
        # said as the earlier one is talked down, replaces it
        undone += [
            g
            for g in self.found
            if 0 < f.turn - g.turn <= REVERSAL_REACH and _talked_down(g, f, self._words_at(f.turn))
        ]
        undone += self._conceded(f)
        undone += self._settled_later(f)
        # "Yes, Cotswolds. Let's do that." … "Okay, Edinburgh's the hero. Cotswolds is out.": what an earlier decision
        # took, dropped by a later one, undoes it
        dropped = self._dropped(f)
        undone += [
            g
            for g in self.found
            if 0 < f.turn - g.turn <= MIND_REACH
            and dropped & _named(self.turns[g.turn].doc[:])
            and not DROPPING & {t.lower_ for t in self.turns[g.turn].doc}
        ]
        # "Drop the TikTok." … "Okay, so without TikTok that's fifteen?" "Fifteen, no TikTok. Done.": the same drop said
        # again a turn or three on, in the terms settled last, is one decision, settled there
        undone += [
            g
            for g in self.found
            if f.strong
            and 0 < f.turn - g.turn <= CONFIRM_REACH
            and dropped & _named(self.turns[g.turn].doc[:])
            and DROPPING & {t.lower_ for t in self.turns[g.turn].doc}
        ]
        self.found = [g for g in self.found if g not in undone]  # "drop it" … "Let's keep it, then.": only the last
        self.found.append(f)


CONCEDING = {"works_for_us", "terms_accepted", "thats_fair"}
EXPLICIT = {"decision_is", "agreed"}  # cues that ratify outright: "the decision is", "so we're agreed"
DROPPING = frozenset("drop dropped cut out lose scrap ditch no not kill bin".split())  # a decision that drops already
SETTLE_REACH = 15  # turns a negotiation may run on after a point is conceded
SAME_THINGS = 2  # things (nouns, names, figures) a later statement names again to settle the same terms


def _hyphened(t: Token) -> str:
    """The whole word ``t`` is part of when it is joined to its neighbours by hyphens with no space ("ninety-five",
    "four-week"), lowercased; "" when it stands alone."""
    doc, start, end = t.doc, t.i, t.i

    def joined(i: int) -> bool:  # the hyphen at ``i`` sits between two words with no space
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    while start >= 2 and joined(start - 1):
        start -= 2
    while end + 2 < len(doc) and joined(end + 1):
        end += 2
    return doc[start : end + 1].text.lower() if end > start else ""


def _stated_things(turn: Turn) -> set[str]:
    """The things a turn's statements name (nouns, names and figures, not days or times); its questions left out."""
    return {
        t.lemma_.lower()
        for s in turn.doc.sents
        if not s.text.rstrip().endswith("?")
        for t in s
        if ((t.pos_ in ("NOUN", "PROPN") and not t.is_stop) or t.like_num) and not _when(t)
    }


def _when(t: Token) -> bool:
    """A day or time by name ("Friday", "the fourth", "week"), or a time of day; not a figure spaCy tags as a date
    ("four and a half")."""
    return (
        t.lower_ in DATE_WORDS
        or t.lower_ in ORD
        or re.fullmatch(DIG_ORD, t.lower_) is not None
        or t.ent_type_ == "TIME"
    )


def _turned_down(span: Span) -> set[str]:
    """What a short "Not B." / "No teal." in ``span`` turns down."""
    return {
        t.nbor(1).lemma_.lower().rstrip(".")
        for t in span
        if t.lower_ in ("not", "no")
        and (t.i == t.sent.start or t.nbor(-1).is_punct)
        and t.i + 1 < len(t.doc)
        and t.nbor(1).pos_ in ("NOUN", "PROPN")
    }


# a bare "let's switch" said as a sentence of its own, before the new position ("Okay. Let's switch. Sage green for …")
SWITCH = re.compile(
    r"^(?:(?:okay|ok|right|so|fine)[,.]?\s+)?(?:let's|we'll|we)\s+(?:switch|change|swap)(?:\s+(?:it|them|that))?"
    r"(?:\s+(?:over|round|then))?[.!]$",
    re.IGNORECASE,
)
ORDER_VERBS = frozenset("use go make take keep put run do".split())  # "Use the sage green." stays as said
# a decision that drops something: "We drop it.", "Drop Indeed.", "Let's cut the radio."
DROPPED = re.compile(r"\b(?:drop|dropped|cut|lose|remove|scrap|ditch|axe|kill)\b", re.IGNORECASE)
KEPT = re.compile(r"\b(?:keep|keeps|kept|stay|stays|stick)\b", re.IGNORECASE)


def kept_thing(turn: Turn) -> tuple[set[str], str] | None:
    """The words of the thing a sentence of the turn keeps, said flat ("Indeed stays.", "Then the radio ads stay in.",
    "We keep the radio ads then."), and the sentence as the decision ("Indeed stays."); None when there is none, also
    for a condition ("If the radio ads stay, …"), a question, a negation or a pronoun ("It stays.": which thing is not
    said)."""
    for sent in turn.doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        root = sent.root
        kids = list(root.children)
        if any(c.dep_ in ("neg", "mark", "aux") for c in kids) or root.tag_ not in ("VBZ", "VBP"):
            continue
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        before = turn.doc[root.i - 1] if root.i > sent.start else None
        if subj is None and before is not None and before.is_title and before.i > sent.start and before.dep_ != "nsubj":
            # "Okay, Indeed stays.": a name the parser read as a word of its own ("indeed"), just before the verb
            subj = before if before.nbor(-1).is_punct and root.lemma_ == "stay" else None
            if subj is not None:
                return {subj.lower_}, f"{subj.text} {turn.doc[root.i : root.i + 1].text}."
        if root.lemma_ == "stay" and subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            thing, start = subj, subj.left_edge.i
        elif root.lemma_ == "keep" and subj is not None and subj.lower_ == "we" and obj is not None:
            thing, start = obj, subj.i
            if obj.pos_ not in ("NOUN", "PROPN"):
                continue
        else:
            continue
        end = max([root.i, thing.i] + [c.i for c in kids if c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "on")])
        said = turn.doc[start : end + 1].text
        named = [thing, *(c for c in thing.children if c.dep_ in ("compound", "amod"))]
        words = {t.lower_ for t in named if t.is_alpha and not t.is_stop}
        return words - GENERIC_THINGS, f"{said[:1].upper()}{said[1:]}."
    return None


def _things_said(span: Span) -> set[str]:
    """The things ``span`` names, figures and option letters too ("Scrap A, go with B.", "Seven-eight I can do."), but
    no time and no bare "one" or "option"."""
    return {
        t.lemma_.lower().rstrip(".")
        for t in span
        if (len(t.text) == 1 and t.is_upper and t.i > t.sent.start and t.lower_ != "i")
        or (t.pos_ == "NUM" or t.like_num or (t.pos_ in ("NOUN", "PROPN") and not t.is_stop))
        and not time_word(t)
        and t.lower_ not in GENERIC_THINGS
    }


def _things_of(span: Span) -> set[str]:
    """The things, names, qualities and figures ``span`` says ("Navy's out, orange is back." -> navy, orange)."""
    return {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not t.is_stop}


def _named(span: Span) -> set[str]:
    """The nouns and names ``span`` says ("B." at the end of a sentence is "b")."""
    return {t.lemma_.lower().rstrip(".") for t in span if t.pos_ in ("NOUN", "PROPN") and not t.is_stop}


TABLE_REACH = 5  # how many turns back the options a terse "X, then." chooses from may have been put


def _on_the_table(turns: list[Turn], k: int, span: Span) -> bool:
    """ "Glasgow, then." chooses an option said in the turns before ("The Forge … or Riverside in Glasgow");
    "Social, then. We've got the cutdowns…" opens a new item of the agenda; "C's out." drops an option talked of."""
    word = next((t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN", "NUM")), span[0].lower_)  # "In person, then."
    if span.id_ in OUT_OR_IN:  # "C's out.", "Leave paid out.", "Drone's back in.": the word before "out" or its verb
        out = next(t for t in span if t.lower_ == OUT_OR_IN[span.id_])
        word = out.nbor(-2).lower_ if out.nbor(-1).lower_ in ("'s", "is", "are", "'re") else out.nbor(-1).lower_
    if span.id_ == "lets_verb_option":  # "Let's license." after "licensing rather than a composed track"
        return _course_put(turns, k, next(t for t in span if t.i > 0 and t.nbor(-1).lower_ == "'s")) is not None
    return any(word in {t.lower_ for t in turns[j].doc} for j in range(max(0, k - TABLE_REACH), k))


def _stem(word: str) -> str:
    """ "license", "licensing", "licensed" -> "licens": the one word a bare "let's" verb shares with how it was put."""
    word = word.lower()
    for end in ("ing", "ed", "es", "e", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _course_put(turns: list[Turn], k: int, verb: Token) -> Token | None:
    """ "We'd suggest licensing rather than a composed track." … "Let's license.": a bare "let's" verb picks a course
    another speaker put as a verb of its own in the turns just before (the latest such word); "Okay, let's eat."
    picks none."""
    stem = _stem(verb.text)
    for j in range(k - 1, max(0, k - TABLE_REACH) - 1, -1):
        if turns[j].speaker != turns[k].speaker:
            put = [t for t in turns[j].doc if t.is_alpha and _stem(t.text) == stem]
            if put:
                return put[-1]
    return None


def course_picked(turns: list[Turn], k: int, span: Span) -> str | None:
    """ "Let's license." stated as the course was put: "We go with licensing rather than a composed track." (a verb
    put as a gerund, with what it was set against), "We license a track." (put as "license a track or commission
    an original": the verb and what it takes, not the other course)."""
    verb = next(t for t in span if t.i > 0 and t.nbor(-1).lower_ == "'s")
    put = _course_put(turns, k, verb)
    if put is None:
        return None
    if put.tag_ == "VBG":
        words = [t for t in put.subtree if t.i >= put.i and not t.is_punct]
        return f"We go with {' '.join(t.text for t in words)}." if words else None
    after = [c for c in put.rights if c.dep_ in ("dobj", "prt", "attr", "oprd")]
    rest = " ".join(t.text for c in after for t in c.subtree)
    return f"We {verb.lower_}{' ' + rest if rest else ''}."


def _dated(turn: Turn, span: Span) -> bool:
    """The cue's sentence names a deadline ("pause them today", "drop it by Friday")."""
    sent = span.sent
    return any(sent.start_char <= d.start_char < sent.end_char and d.due for d in turn.dues)


def _option_dropped(turns: list[Turn], k: int, span: Span) -> bool:
    """ "So C's out?" "C's out.", "So TikTok's out.": an option dropped (or taken back in: "Drone's back in."); not a
    person away or back ("Priya's out.", a name of someone on the call) nor the answer to a question of fact ("Is the
    new ad live yet?" "The ad's out."); an order to leave it out answers none ("Do we have the money for it?" "No,
    let's leave radio out.")."""
    names = speaker_words(turns)
    if any(t.lower_ in names for t in span) or turns[k].is_question():
        return False  # "So radio's out, posters three weeks. Agreed?": put to the others, settled by their reply
    prev = turns[k - 1] if k > 0 else None
    if any(t.lower_ == "leave" for t in span):  # "Do we have the money?" "No, let's leave radio out.": an order
        return True
    return prev is None or not prev.is_question() or any(t.lower_ == OUT_OR_IN[span.id_] for t in prev.doc)


def _left_open(turns: list[Turn], j: int, k: int) -> bool:
    """Decision ``j`` was taken on a condition said as a sentence of its own after it ("The folk cover, then. If we can
    afford it."), and another speaker answered it before turn ``k`` ("It's nine and a half for the cover.")."""
    sents = list(turns[j].doc.sents)
    # the sentence is the condition alone: "if" hangs on its root, not on a clause under a main one
    open_ = any(s[0].lower_ == "if" and s[0].head.i == s.root.i for s in sents[1:])
    return open_ and any(turns[i].speaker not in (None, turns[k].speaker) for i in range(j + 1, k))


COMING = frozenset({"they", "he", "she", "we", "i"})  # "They're confirmed.": people, coming
BE = frozenset({"is", "'s", "are", "'re", "am", "'m", "was", "were"})
SUM_WORDS = frozenset({"thousand", "million", "k", "grand", "percent", "%", "per", "cent"})


WANTED_SO = frozenset({"need", "want", "like", "require", "get"})
TOLD_SO = frozenset({"know", "tell", "inform", "say"})  # "I'll let the stockists know the date's confirmed"
SETTLED_WORDS = frozenset({"confirmed", "approved", "agreed", "signed", "settled", "locked"})


def _wanted_so(span: Span) -> bool:
    """ "We need the RRPs confirmed.", "I want it approved by Friday.": a state still wanted of a thing, which is
    work to be done, not a term settled (not "The date is confirmed.", "Venue confirmed."); nor one told on ("I'll
    let the stockists know the date's confirmed."), the message of an item, settled before if at all."""
    wanted_or_told = WANTED_SO | TOLD_SO
    return any(
        t.lower_ in SETTLED_WORDS and t.dep_ in ("ccomp", "xcomp", "oprd") and t.head.lemma_ in wanted_or_told
        for t in span
    )


def _people_confirmed(span: Span) -> bool:
    """ "A hundred and fifty confirmed.", "They're confirmed. Thirty people.": who is coming, counted or pointed at,
    reported as so; not a term confirmed ("Eighty-five, confirmed.", "Fifty thousand confirmed.", "That's
    confirmed.", "Confirmed.")."""
    cue = next(t for t in span if t.lower_ == "confirmed")
    before = [t for t in span.doc[span.sent.start : cue.i] if t.lower_ not in BE]
    if not before:
        return False
    last = before[-1]
    if last.lower_ in COMING:
        return True
    # a bare count said straight before it, no comma, no sum: "a hundred and fifty confirmed"
    sums = any(t.lower_ in SUM_WORDS or t.tag_ == "$" or t.ent_type_ in ("MONEY", "PERCENT") for t in span.sent)
    return last.like_num and not sums


def _still_to_sign(span: Span) -> bool:
    """ "Our MD has to sign that off.", "I'll need to sign it off with finance": the sign-off said as what someone
    must or will do, after "to"; not "Sign it off." nor "Happy to sign that off." (its own cue)."""
    return (
        span.id_ == "approved"
        and span[0].lower_ == "sign"
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "to"
    )


def _terms_closed(span: Span) -> str:
    """ "Seventy. Done.", "Eight for the full year. Done.": the terms said before the closing word, or after it when
    it opens ("Done. Forty-eight, one shoot day."); "" for other cues."""
    if span.id_ != "terms_done":
        return ""
    if span[0].lower_ in CLOSING:
        return span.doc[span[0].sent.end : span.end].text.strip()
    return span.doc[span.start : span.doc[span.end - 1].sent.start].text.strip()


def _terms_named(span: Span) -> str:
    """ "Full refund plus a free return. That's the offer.": the terms said in the sentence before a closing "that's
    the offer / split / line" that ends its own sentence, with it; "" for other cues or when more follows the cue
    ("That's the offer for everyone: a full refund and …" states its terms itself); the sentence itself when the terms
    open the cue ("Three-ten all in is the number.")."""
    sent = span.sent
    if span.id_ != "thats_the_line" or span.end < sent.end - 1:
        return ""
    if span[0].like_num:  # "Three-ten all in is the number.": the terms are said in its own sentence
        return sent.text.strip()
    if sent.start == 0:
        return ""
    before = span.doc[sent.start - 1].sent
    return f"{before.text.strip()} {sent.text.strip()}"


def _runs_call_here(turn: Turn, span: Span) -> bool:
    """The cue lies inside words that run the call itself ("Nell, go ahead and share."): nothing is decided."""
    return any(
        d.id_.startswith("in_meeting") and d.start <= span.start and span.end <= d.end for d in turn.cues("DISTRACTOR")
    )


# what a go-ahead commits the client's money to ("Go ahead and book the CTV now.", "Okay, go ahead and order them.")
SPEND_VERBS = frozenset({"book", "order", "buy", "commission", "confirm", "sign", "place", "purchase", "reserve"})


def go_ahead_to_spend(turn: Turn) -> bool:
    """ "Go ahead and book the CTV now.", "Let's just book the extra day.": a go-ahead whose order commits money is the
    client's decision even where it takes up work the agency offered (the booking is also that work's item); not "Go
    ahead and do a sketch"."""
    return any((s.id_ == "go_ahead" and _to_spend(s)) or s.id_ == "lets_spend" for s in turn.cues("AGREE"))


def _to_spend(span: Span) -> bool:
    """ "Go ahead and book …": the cue goes on to an order that commits money (``SPEND_VERBS``), not asked."""
    at = span.end + int(span[-1].lower_ == "ahead" and span.end < span.sent.end and span.doc[span.end].lower_ == "and")
    if (span[-1].lower_ != "and" and at == span.end) or at >= span.sent.end or span.sent.text.rstrip().endswith("?"):
        return False
    return span.doc[at].lemma_.lower() in SPEND_VERBS


def _leave_in_call(turns: list[Turn], k: int, span: Span) -> bool:
    """ "Go ahead" that gives another leave to do something in the call itself: what the turn before asked ("Could I
    share my screen?") or what the turn says besides it ("Yes, go ahead, I'll stop sharing.") runs the call; not
    "Can we send the draft to the printers?" "Yes, go ahead." (a decision)."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if prev is None or prev.speaker in (None, turn.speaker) or "?" not in prev.text:
        return False
    return _in_call(prev) or _in_call(turn, span)


NOW_ONLY = (
    "in_meeting_now"  # "…, right now.": said of work ordered ("Go ahead and book it now.") as often as of the call
)


def _when_answered(turns: list[Turn], k: int) -> bool:
    """The turn before ``k`` answers the speaker's own question of when, asked the turn before that ("Yes, please.
    When?" "Give us two weeks." "Fine.")."""
    if k < 2 or turns[k].speaker is None or turns[k - 2].speaker != turns[k].speaker:
        return False
    answer = turns[k - 1]  # its time may be a span the deadlines do not read ("Give us two weeks.")
    timed = bool(answer.dues) or any(time_word(t) for t in answer.doc)
    return timed and answer.speaker not in (None, turns[k].speaker) and asks_when(turns[k - 2])


def _in_call(turn: Turn, outside: Span | None = None) -> bool:
    """The turn talks of something done in the call itself (an ``in_meeting`` distractor), outside ``outside``; a
    bare "now." in the sentence of ``outside`` times what it orders ("Go ahead and book the CTV now.")."""
    return any(
        d.id_.startswith("in_meeting")
        and not (outside is not None and d.start < outside.end and outside.start < d.end)
        and not (outside is not None and d.id_ == NOW_ONLY and d.sent == outside.sent and _to_spend(outside))
        for d in turn.cues("DISTRACTOR")
    )


def _bare(span: Span) -> bool:
    """ "It is." on its own agrees with a remark ("It's a big cut though." "It is."); "Highball it is." decides."""
    return span.id_ == "x_it_is" and span.start == span.sent.start and span[0].lower_ == "it"


def _date_or_concession(turn: Turn, span: Span) -> bool:
    """ "Tuesday's fine.", "Yeah, fine, Monday." take a time, not a decision; "That's fair. I mean…, but…" concedes a
    point and argues on."""
    if span.id_ == "bare_fine" and any(d.due for d in turn.dues):
        return True  # "The twenty-third. Fine."
    sent = span.sent
    short = span.id_ == "x_is_fine" or sum(1 for t in sent if not t.is_punct) <= SHORT_ANSWER
    if short and _dated(turn, span):
        return True  # not "Okay, that works for us, the new route starts April 1st, so…" run on by Whisper
    if short and names_a_day(sent.text):
        return True  # "Twenty-second works for me. Morning?": a day taken for a visit, unresolved or not
    after = [t.lower_ for t in span.doc[span.end :]]
    return span.id_ == "thats_fair" and "but" in after


_FUNCTION = {"it", "is", "that", "that's", "s", "the", "a", "we", "we're", "re", "so", "then", "fine", "okay", "ok"}


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _FUNCTION} - {"agreed", "approved"}


# a choice among options named by letter or number: "let's go with B", "go for option two", "route C it is"
OPTION_CHOSEN = re.compile(
    r"\bgo (?:with|for) (?:option |route )?(?P<a>[A-E]|one|two|three|four)\b(?![\w'-])"
    r"|\b(?:option|route) (?P<b>[A-E]|one|two|three|four) it is\b",
)
CHOOSING = {"lets_go_with", "terse_choice", "go_with_imperative", "x_it_is", "named_verdict", "then_verdict"}


def _option_chosen(f: Found) -> str:
    """The option a choice names by letter or number ("B"), "" for other agreements."""
    m = OPTION_CHOSEN.search(f.text) if f.rule in CHOOSING else None
    return (m.group("a") or m.group("b")).lower() if m else ""


# what a choice takes: "go with blue", "go for the bigger stand", "Then it's the ICC" (its first word after an article)
CHOICE_OBJECT = re.compile(
    r"\bgo (?:with|for) (?:the |a |an )?(?P<o>[\w'-]+)|^(?:\w+,? )?then,? it's (?:the |a |an )?(?P<t>[\w'-]+)",
    re.IGNORECASE,
)
CHANGED = re.compile(
    r"\b(?:move[sd]?|moving|push(?:es|ed)?|shift(?:s|ed)?|swap(?:s|ped)?|switch(?:es|ed)?|chang(?:e[sd]?|ing)|bring(?:s)?|brought)\b",
    re.I,
)
IT_IS = re.compile(r"(?:^|[.!?]\s+|,\s+)(?:the |a |an )?(?P<x>[\w'-]+),? it is\b", re.IGNORECASE)  # "Teal it is"
INSTEAD = re.compile(r"\binstead\b|\brather than\b", re.IGNORECASE)
NOT_CHOICES = frozenset({"it", "that", "this", "them", "those", "either", "both"})


def _chosen_thing(f: Found) -> str:
    """The first word of what a choice takes ("blue" of "Yes, go with blue.", "teal" of "Teal it is."), "" for other
    agreements and for options named by letter or number, which ``_option_chosen`` compares ("A is white, B is navy"
    names both again)."""
    if f.rule not in CHOOSING or _option_chosen(f):
        return ""
    if m := CHOICE_OBJECT.search(f.text):
        word = m.group("o") or m.group("t")
    elif f.rule == "x_it_is" and (it := IT_IS.search(f.text)):
        word = it.group("x")  # "Okay, stations it is."
    else:
        word = ""
    return "" if word.lower() in NOT_CHOICES else word.lower()


def _talked_down(g: Found, f: Found, said: set[str]) -> bool:
    """Choice ``f`` takes something other than earlier choice ``g``, and ``f``'s turn or the one before names what
    ``g`` took ("Actually, the blue clashes with the logo." "Then go with green.")."""
    before, now = _chosen_thing(g), _chosen_thing(f)
    return bool(before and now) and before != now and before in said


def _on_condition(span: Span) -> bool:
    """ "I can live with one ninety-two five if the cancellation terms work.": taken only on a condition still open,
    so not yet settled (the terms are, when they are agreed); not "Fine, as long as we can call if it's stuck.", which
    takes it with a proviso. So too the deal offered for a step still to be taken ("Come down to sixty and you've got a
    deal.", "Okay, throw in the cutdowns and it's a deal."): an order joined by "and" to the cue is its condition."""
    if offers_deal(span.doc.text, span.start_char):  # "Eighty-five and you have a deal.": the other side's to take
        return True
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    order = verb.head
    if (
        verb.dep_ == "conj"
        and order.dep_ == "ROOT"
        and order.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux") for c in order.children)
        and any(t.lower_ == "and" for t in span.doc[order.i : verb.i])
    ):
        return True
    for t in span.doc[span.end : span.sent.end]:
        if t.lower_ in ("long", "provided", "providing") or t.lower_ == ",":
            return False
        if t.lower_ == "if":
            return True
    return False


# a question asking to have what was just taken: "Can we have it before the board?", "When could I see them?"
HAVE_IT = re.compile(
    r"\b(?:(?:when|how soon)\s+(?:can|could|will|do)|can|could)\s+(?:we|i)\s+"
    r"(?:have|get|see)\s+(?:it|that|them|those)\b",
    re.IGNORECASE,
)


def _asks_to_have_it(turn: Turn, span: Span) -> bool:
    """ "What we can do is an audio-only cut." "That works. Can we have it before the board?": the acceptance goes on to
    ask when it may have the thing taken, which is work offered and taken up (its item), no decision."""
    return any(s.end > span.end and s.text.rstrip().endswith("?") and HAVE_IT.search(s.text) for s in turn.doc.sents)


OBJECTS = frozenset("me us him her them you".split())


def _asked_of_someone(span: Span) -> bool:
    """ "…my CFO is going to ask me exactly that.": "exactly that" after a verb's object says what someone asks or
    tells, not a yes to what was put ("Yes, exactly that.", "It's exactly that.")."""
    return span.id_ == "exactly_that" and span.start > span.sent.start and span.doc[span.start - 1].lower_ in OBJECTS


def _negated(span: Span) -> bool:
    """'nothing's confirmed', 'once it's signed off', 'as soon as it's approved', 'If he's free, I'd like Theo as our
    speaker': not a decision."""
    before = span.doc[span.sent.start : span.start]
    if len(before) and before[0].lower_ in ("if", "unless") and before[0].dep_ == "mark":
        return True  # the sentence opens on its condition
    # only the clause the cue is in: "No, I'd rather cap it, so we're agreed, capped at 350" is agreed, and "No. Let's
    # just book it." where the parser ran the answer into the sentence
    stops = [t.i for t in before if t.text in (",", ";", "\u2014", "-", ":", ".", "!", "?")]
    if stops:
        before = span.doc[stops[-1] + 1 : span.start]
    return any(
        t.lower_ in ("not", "n't", "never", "no", "nothing", "once", "if", "until", "unless", "when", "soon")
        for t in before
    )


def _about_date(turn: Turn, span: Span) -> bool:
    """'October 1st it is' settles a deadline or a session date, not a decision."""
    sent = span.sent
    return span.id_ in ANSWER_LIKE and any(sent.start_char <= d.start_char < sent.end_char for d in turn.dues)
