"""The commitment walk's data (``Item``, ``Pending``) and what it reads off a clause: its deadline, whether it is
usable, whether its task says anything, which party its subject commits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Span, Token

from pipeline.extract.components import Clause, SubjectKind, prerequisite
from pipeline.extract.dates import DueMatch
from pipeline.extract.own_dates import own_dues
from pipeline.extract.task_dates import held
from pipeline.extract.turns import Turn
from pipeline.schemas import Owner

PendingKind = Literal["request", "assign", "offer", "joint", "pair"]
"""An open proposal waiting for its answer: a request ("can you…?"), an assignment ("Tom to…", "Tom will…"), an
offer ("shall I…?"), a joint session ("you and I could…"), or a task for a pair ("you two…")."""
Party = Literal["SELF", "ORG", "ANY"]
VAGUE_WORDS = {"it", "that", "this", "them", "those", "one", "then", "answer", "ready", "done", "there", "in", "back",
               "an", "a", "the", "with", "you", "to", "over", "for", "round", "across", "through", "on"}  # fmt: skip


@dataclass
class Item:
    """An action item found so far. ``rule`` is the rule that found it; ``closing`` (assigned in the closing
    part of the meeting) and ``accepted`` (made at the acceptance of a request) say how it came about."""

    turn: int
    owner: Owner
    task: str
    rule: str
    confidence: float
    due: DueMatch | None = None
    speaker: str | None = None
    late_due: bool = False
    requester: str | None = None
    merged: list[int] = field(default_factory=list)
    kind: SubjectKind | None = None  # the subject kind of the committing clause, None when there is none
    closing: bool = False
    accepted: bool = False
    offered: bool = False  # made when an offer of its owner's was taken up ("I could …" "Yes please.")
    moved_on: bool = False  # a later turn asked for new work while the item still had no date (``late_dues``)
    step: bool = False  # a step towards a thing not yet named ("I'll chase Fennick"): ``steps.step_of_delivery``

    @property
    def rule_name(self) -> str:
        """The rule as the draft records it: ``name_to_verb+closing+accept``."""
        return self.rule + "+closing" * self.closing + "+accept" * self.accepted


@dataclass
class Pending:
    """An open proposal (see ``PendingKind``), kept for a couple of turns while its answer may come."""

    kind: PendingKind
    turn: int
    proposer: str | None
    addressees: list[str]
    task: str
    rule: str
    due: DueMatch | None
    needs_joint_cue: bool = False
    vocative: str | None = None  # the attendee the request is addressed to by name ("Tom, can you …?")
    closing: bool = False  # made in the closing part of the meeting (an assignment there stands unanswered)
    owner: Owner = None  # who an offer commits when it is not the one who made it ("we can…": the side)
    open_since: int = 0  # the last turn that kept it open (a refusal of its time only: "I'm away next week")
    # asks what should happen to a thing ("Any chance it could go out?"), not what the one asked should do: the
    # reply's own verb says the work ("I'll get accounts to pay it.")
    about_thing: bool = False
    # a thing asked for ("Can we get the shortlist?"): a bare yes takes it on; a reply that says its own work ("We
    # can get you the top line today, and the full plan Friday") is drafted from its own words, as any promise
    thing_asked: bool = False
    accepted_at: int = -1  # a session taken but not yet timed: the turn it was first taken (``sessions.hold``)
    # more time asked by the one asked ("Could I do Monday?"): that turn, whose the work is then, and the day put
    more_time: tuple[int, Owner, DueMatch] | None = None
    doubted_at: int = -1  # the turn where the one asked doubted its time ("I'm not sure we can … this week")


def nearest(dues: list[DueMatch], char: int) -> DueMatch | None:
    """The deadline after ``char`` that is closest to it, else the closest one before it."""
    after = [d for d in dues if d.start_char >= char]
    if after:
        return min(after, key=lambda d: d.start_char - char)
    return max(dues, key=lambda d: d.end_char) if dues else None


def _after_anothers(verb: Token, subj: Token) -> bool:
    """The clause is joined by "and" to an earlier one with a subject of its own ("Theo sends the floor plan today,
    and I'll send the terms"), which need not be a commitment: that one's date is not this one's."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != subj.lower_ for c in verb.head.children)


def clause_due(turn: Turn, clause: Clause) -> DueMatch | None:
    """The deadline of a clause: in its sentence, else in the next sentence of the turn when that one
    commits to nothing else ("Our studio will pick those up. All nine, by the 14th."). Dates beat vague
    event-relative deadlines ("once it's signed off … next week")."""
    sent = clause.sent
    lo, hi = sent.start_char, sent.end_char
    if _comes_after(clause):  # "Priti's getting me the dates by Friday, I'll recirculate the calendar after."
        lo = max(lo, clause.verb.idx)
    # "Theo sends the plan today, and I'll send the terms": the date of the clause before
    if clause.subj is not None and _after_anothers(clause.verb, clause.subj):
        lo = max(lo, min(clause.subj.left_edge.idx, clause.verb.idx))
    for other in turn.clauses:  # "I'll send the list next Friday, and our team will sort out the passes"
        if embedded(other, clause):  # "I'll confirm who's signing off by Friday": the question is the object
            continue
        if other.sent != sent or other.subj is None or clause.subj is None or other.subj.i == clause.subj.i:
            continue
        if other.verb.i < clause.verb.i:  # "I'll get the report out tomorrow, and I'll drop Max a note": the earlier's
            lo = max(lo, min(clause.subj.left_edge.idx, clause.verb.idx))
        elif other.verb.i > clause.verb.i:  # "we'll turn the NDA round …, and we'll have our response in by the 6th"
            hi = min(hi, min(other.subj.left_edge.idx, other.verb.idx))
    inside = [
        d
        for d in turn.dues
        if lo <= d.start_char < hi
        and not _new_slot(turn, clause, d)
        and not _from(turn, d)
        and not _input_due(turn, d)
        and not _when_it_happened(turn, clause, d)
        and not _told(turn, clause, d)
    ]
    inside = own_dues(turn, clause, inside)  # "The editor says first cut Friday, and we'll get it over early next week"
    held = [d for d in inside if held_day(turn, d)]
    if held and len(held) < len(inside):  # "I'll tell the crew to hold the 27th today": the day held, done today
        inside = [d for d in inside if d not in held]
    # "I'll book the studio for the 10th then. Today.": only the day booked for in the sentence; a date said after it
    # says when the booking is done, and the day booked for is the due only when none is
    kept_held = inside if held and len(held) == len(inside) else []
    inside = [] if kept_held else inside
    nxt = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
    others = [
        c
        for c in turn.clauses
        if (c.subj_kind != clause.subj_kind or _other_work(c, clause))
        and not _stance(c)
        and not _reason(c)
        and not date_only(turn, c)
    ]  # "I'll book the trainer. Could we do Wednesday the 13th?": the next sentence only puts its date
    if nxt is not None and not any(c.sent == nxt for c in others) and not _opens_recap(turn, nxt):
        later = [d for d in turn.dues if nxt.start_char <= d.start_char < nxt.end_char and not _day_that_works(turn, d)]
        if not any(d.due for d in inside) and not kept_held:  # (a day booked for: only a date said alone after)
            inside = inside + later
    if not any(d.due for d in inside):  # "I'll audit the keyword list. There's a lot of waste. By next Tuesday."
        inside = inside + _date_said_after(turn, sent, others)
    if kept_held and not any(d.due for d in inside):
        inside = kept_held + inside
    dated = [d for d in inside if d.due is not None]
    pool = dated or inside
    return _after_the_event(
        turn, clause, _delivered(clause, dated) or (nearest(pool, clause.verb.idx) if pool else None)
    )


# what is said of a day that suits: "the thirtieth works for us", "Friday's fine" ("works" may be parsed as a noun)
SUITS = re.compile(
    r"^\s*(?:works|would work|could work|suits|(?:'s|is|would be) (?:fine|good|better|best|ideal))\b", re.I
)


def _day_that_works(turn: Turn, due: DueMatch) -> bool:
    """A day said to suit ("Let me check with the photographer. If she's free, the thirtieth works for us."): the
    slot talked about, not when the promise of the sentence before is done."""
    return SUITS.match(turn.text[due.end_char :]) is not None


FRAGMENT_EXTRA = 3  # words a sentence that only dates the promise may say beside its date ("First one by three.")


def _date_said_after(turn: Turn, sent: Span, others: list[Clause]) -> list[DueMatch]:
    """The date of a later sentence of the turn that says nothing but it ("By next Tuesday.", "First one by
    three."), when no one is promised or asked to do other work between: it dates the promise of ``sent``."""
    for later in (s for s in turn.doc.sents if s.start >= sent.end):
        if any(c.sent == later and c.subj_kind != "OTHER" for c in others) or _opens_recap(turn, later):
            return []  # "Owen will send the spend report. By Tuesday.": that one's date (not "it's burning money")
        dues = [d for d in turn.dues if later.start_char <= d.start_char < later.end_char and d.due is not None]
        words = [t for t in later if not t.is_punct]
        said = sum(len(d.text.split()) for d in dues)
        last = later.end == len(turn.doc)
        if last and dues and not any(t.pos_ in ("VERB", "AUX") for t in words) and len(words) <= said + FRAGMENT_EXTRA:
            return dues[:1]
    return []


def _opens_recap(turn: Turn, sent: Span) -> bool:
    """ "I'll send the invite. Quick recap: Owen's redrafting within the hour, …": a sentence that opens a recap
    restates other work; its dates are not the promise's before it."""
    return any(sent.start <= c.start < sent.start + 4 for c in turn.cues("RECAP"))


AFTER_IT = re.compile(r"^(?:straight|right|directly|immediately|just)\s+after$", re.I)


def _after_the_event(turn: Turn, clause: Clause, due: DueMatch | None) -> DueMatch | None:
    """ "I've got a meeting with the CFO on Monday. I'll let you know straight after.": on the day of the event the
    turn dated before it; with none, after this call (``dates.py``)."""
    if due is None or not AFTER_IT.match(due.text.strip()):
        return due
    before = [d for d in turn.dues if d.end_char <= clause.sent.start_char and d.due is not None]
    return before[-1] if before else due


def _other_work(c: Clause, clause: Clause) -> bool:
    """The same subject promising other work, said as more: "I'll book the venue. I'll also get catering options to
    you by Monday." (not "I'll send the deck. I'll have it with you by Friday.", "I'll chase the photographer. I'll
    drop her an email this afternoon.", "I'll re-record that line. I can get the new reads back to you by Thursday.")"""
    return c.verb.i != clause.verb.i and further(c) and not pronoun_object(c)


ADDITIVE = {"also", "too", "additionally", "separately"}


def further(c: Clause) -> bool:
    """ "I'll also book the studio", "I'll send the deck too", "and as well, I'll …": work of its own."""
    said = {t.lower_ for t in c.verb.children if t.dep_ in ("advmod", "npadvmod")}
    return bool(said & ADDITIVE) or "as well" in c.sent.text.lower()


def _comes_after(clause: Clause) -> bool:
    """The work is done after a step said before it in the sentence ("…, I'll recirculate the calendar after",
    "I'll send it round after that"): that step's date is not the work's deadline."""
    for t in clause.verb.children:
        if t.lower_ == "afterwards" or (t.lower_ == "after" and not any(o.lower_ not in POINTING for o in t.children)):
            return True
    return False


def no_work(turn: Turn, c: Clause) -> bool:
    words = task_object(c.task)
    for d in turn.dues:
        words = words.replace(d.text, "").replace(d.text.lower(), "")
    return not any(w.isalpha() and w.lower() not in NO_WORK_WORDS for w in words.split())


# words that put no work of their own: "Could we do Monday instead?", "Could we have it sooner?", "Could we bring it
# forward to Thursday?" (only a time)
NO_WORK_WORDS = frozenset({"the", "then", "instead", "it", "with", "sooner", "earlier", "later", "quicker", "forward"})


def date_only(turn: Turn, c: Clause) -> bool:
    """The clause asks only a date: "Could you do Monday instead?", "Can we make it the twentieth?" (not "Can you
    present it?", which asks for the work said before)."""
    dated = any(d.due is not None and c.sent.start_char <= d.start_char < c.sent.end_char for d in turn.dues)
    return dated and c.verb.lemma_ in DATE_VERBS and no_work(turn, c)


DATE_VERBS = {"do", "make", "say", "be", "go", "live"}  # "could you do / make it / say / live with Monday?"


def _input_due(turn: Turn, d: DueMatch) -> bool:
    """ "If I get the five names Friday, I can have the call sheet to you Tuesday": the date an input the work waits
    for arrives (``components.prerequisite``), said inside the if-clause before the promise, not the work's deadline."""
    tok = next((t for t in turn.doc if t.idx >= d.start_char), None)
    if tok is None:
        return False
    for cond in tok.sent:
        if cond.dep_ != "advcl" or not any(c.lower_ == "if" for c in cond.children) or not prerequisite(cond):
            continue
        main = [c.i for c in cond.head.children if c.dep_ == "nsubj" and c.i > cond.i]
        if main and cond.i < tok.i < main[0]:
            return True
    return False


FROM = re.compile(r"\b(?:from|since)\s+$", re.IGNORECASE)


INSIDE_THE_WORK = frozenset({"relcl", "ccomp", "pcomp", "acl"})
ALREADY = re.compile(r"\b(?:today|yesterday|this morning|earlier|last)\b", re.IGNORECASE)  # days things were said


def _when_it_happened(turn: Turn, clause: Clause, d: DueMatch) -> bool:
    """ "update the plan with everything we've said today", "send the notes from what we discussed today": the day
    something was done, said in a clause inside the work, not the work's deadline."""
    if not ALREADY.search(d.text):  # "what we agreed by Friday", misparsed or not, is a deadline
        return False
    said = turn.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    verb = said.root.head if said is not None else None
    if verb is None or verb.i == clause.verb.i or verb.dep_ not in INSIDE_THE_WORK or verb.head.i == verb.i:
        return False
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBD" or perfect


# the verbs whose clause says what is told: "tell her we're not filming today", "let them know we're out on Friday"
TELLING = frozenset({"tell", "know", "say", "inform", "warn", "explain"})


def _told(turn: Turn, clause: Clause, d: DueMatch) -> bool:
    """ "I'll ring the producer and tell her we're not filming today": the date is in what is told, a clause of its
    own with its own subject under "tell" or "let … know", not when the telling is due ("I'll tell her today"); the
    work said inside what is told keeps it ("tell the venue we'll confirm numbers by Monday": the confirming's)."""
    said = turn.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    tok = said.root if said is not None else None
    while tok is not None and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in TELLING:
            own = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            # "let you know where we land by Friday": a question whose answer is due, the date the telling's
            asked = any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("if", "whether") for t in tok.subtree)
            return own and not asked and clause.verb not in tok.subtree
        tok = tok.head
    return False


def _from(turn: Turn, d: DueMatch) -> bool:
    """ "a timing plan working back from the twelfth of May": where the work counts from, not when it is due."""
    return bool(FROM.search(turn.text[: d.start_char]))


BELIEF_VERBS = frozenset({"think", "reckon", "guess", "suppose", "imagine", "expect", "hope"})
STANCE_VERBS = BELIEF_VERBS | {"say", "bet", "assume"}  # "I'd have thought", "I'd say", "I bet"


REASON_MARKS = frozenset({"because", "cos", "cause", "since"})


def _reason(c: Clause) -> bool:
    """ "Realistically that's next Friday, because half the labels will need re-flowing.": why, not other work."""
    return c.verb.dep_ == "advcl" and any(t.dep_ == "mark" and t.lower_ in REASON_MARKS for t in c.verb.children)


def _stance(c: Clause) -> bool:
    """ "By the 20th, I'd have thought.", "Friday, I reckon.": how sure the speaker is, not a commitment."""
    return c.verb.lemma_ in STANCE_VERBS and not any(t.dep_ in ("dobj", "ccomp", "xcomp") for t in c.verb.children)


EMBEDDING = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "pcomp", "xcomp"})


def embedded(other: Clause, clause: Clause) -> bool:
    """``other`` is said inside ``clause``'s work ("I'll check whether the board will take the foil, and come back
    to you by Friday"): an embedded question or relative clause, not a commitment beside it."""
    tok, via = other.verb, False
    while tok.i != tok.head.i:
        via = via or tok.dep_ in EMBEDDING
        tok = tok.head
        if tok.i == clause.verb.i:
            return via
    return False


DELIVERY_VERBS = frozenset({"send", "circulate", "share", "forward", "email", "deliver", "submit", "return", "get"})


def _delivered(clause: Clause, dated: list[DueMatch]) -> DueMatch | None:
    """ "I'll pull a report together over the weekend and send it first thing Monday": the work is due when it
    is sent, the date after the delivery verb that takes the same thing ("it", "them")."""
    for conj in clause.verb.conjuncts:
        if conj.i <= clause.verb.i or conj.lemma_ not in DELIVERY_VERBS:
            continue
        if any(c.dep_ == "dobj" and c.lower_ in ("it", "them", "that", "those") for c in conj.children):
            return next((d for d in dated if d.start_char > conj.idx), None)
    return None


def concrete(dues: list[DueMatch]) -> DueMatch | None:
    dated = [d for d in dues if d.due is not None]
    return dated[-1] if dated else (dues[-1] if dues else None)


def not_own_work(turn: Turn, asked: int) -> list[DueMatch]:
    """The turn's dates but those of work its speaker takes on beside the request whose verb is token ``asked``
    ("I'll book the venue this week. Can you send me the list of sites?": the booking's date, not the list's; "Can
    you send us the logos? I'll get the studio started on Monday.": the studio's, not the logos'). Not a need ("I'll
    need it by Friday"), which dates what is asked."""
    mine = [
        c
        for c in turn.clauses
        if c.verb.i != asked
        and c.subj_kind == "SELF"
        and c.label == "FUTURE"
        and not (c.question or c.negated)
        and (c.verb.i < asked or not c.distractor)
    ]
    own = [d for c in mine if (d := clause_due(turn, c)) is not None and d.due is not None]
    return [d for d in turn.dues if not any(d is o for o in own)]


def usable(clause: Clause) -> bool:
    return not (clause.negated or clause.conditional or clause.distractor)


def vague_task(clause: Clause) -> bool:
    return all(w.lower() in VAGUE_WORDS for w in clause.task.split()[1:])


def party(kind: SubjectKind | None) -> Party | SubjectKind | None:
    """Who a subject kind commits: the speaker (I), their organisation (we, our team), or either ("you'll have
    it" promises whatever the clause before promised); other kinds stand for themselves."""
    parties: dict[SubjectKind | None, Party] = {"SELF": "SELF", "WE": "ORG", "ORG_SELF": "ORG", "YOU": "ANY"}
    return parties.get(kind, kind)


def speakerless_reply(turn: Turn, p: Pending, own: list[Clause]) -> bool:
    """Without speaker labels, a later sentence takes up a request when it opens with an acceptance ("Sure,
    I'll do that.", "Will do.") or commits to it by pointing back ("I'll get that over tomorrow")."""
    if turn.index <= p.turn:
        return False
    if turn.opening("ACCEPT", window=3) or turn.cues("SELF_IDIOM") or turn.cues("ORG_IDIOM"):
        return True
    return any(pronoun_object(c) or vague_task(c) for c in own) and p.kind in ("request", "assign")


def shares_subject(c: Clause) -> bool:
    """A coordinated verb without a subject of its own ("I'll draft it and send it over"); "our team will
    record it, and I'll send the report" holds two commitments."""
    return c.verb.dep_ == "conj" and (c.subj is None or c.subj.head.i != c.verb.i)


POINTING = frozenset({"it", "that", "them", "those", "this"})  # a thing said before, pointed back to


def done_to_it(c: Clause) -> bool:
    """ "I'll have it done by the 14th", "we'll get them booked", "I'll have it all confirmed": what was just
    said, finished; the causative's participle has a pronoun for its subject."""
    return c.verb.lemma_ in ("have", "get") and any(
        t.dep_ in ("ccomp", "xcomp")
        and t.tag_ == "VBN"
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in POINTING and s.i < t.i for s in t.children)
        for t in c.verb.children
    )


HEDGED = frozenset({"aim", "try", "plan"})  # "I'll try for the 15th": a day aimed at, the work's own verb unsaid


def pronoun_object(c: Clause) -> bool:
    return c.verb.lemma_ in HEDGED or any(t.dep_ == "dobj" and t.lower_ in POINTING for t in c.verb.children)


TAKEN_BACK = re.compile(r"\b(actually|instead|myself|on second thoughts?|scratch that|never mind)\b", re.IGNORECASE)


# the verbs of taking work over with nothing said of it ("I'll do it", "I'll sort it", "I'll take that")
TAKING_OVER = frozenset({"do", "take", "handle", "own", "grab", "pick", "sort", "deal", "cover", "manage"})


def takes_back(p: Pending, c: Clause) -> bool:
    """The speaker's own work after their request in the same turn takes the request back when it is the same work
    ("Can you ring the printers? Actually, I'll do it.", "Could you draft it? I'll draft it myself."), not when it
    is other work of their own, which may follow from it ("Can you send me the list by Friday? I'll book the venue after
    that.": the list is still asked for), even on the thing asked for ("Can you send me the scripts today? I'll have
    them back to you by Friday.", "… I'll review them.")."""
    same_verb = pronoun_object(c) and p.task.split()[:1] == [c.verb.lemma_.lower()]  # "… I'll ring them."
    taken_over = vague_task(c) and c.verb.lemma_.lower() in TAKING_OVER
    return taken_over or same_verb or overlap(c.task, p.task) or TAKEN_BACK.search(c.sent.text) is not None


def names_a_thing_first(c: Clause) -> bool:
    """The clause's "it" can be a thing its own sentence names first ("Send the draft to me when it's ready and
    I'll turn it round"), the sentence before it too when the clause opens with "and", or the thing the turn opens
    on ("And the final invoice. We're under budget, so I'll send it over.")."""
    doc = c.verb.doc
    start = c.sent.start
    if c.sent[0].dep_ == "cc" and start > 0:
        start = doc[start - 1].sent.start
    return _opens_on_a_thing(c) or any(
        t.pos_ == "NOUN" and (t.dep_ in ("dobj", "nsubj", "nsubjpass") or _topic(t)) for t in doc[start : c.verb.i]
    )


def _topic(tok: Token) -> bool:
    """ "on the tracker, I'll have it done by Wednesday": the thing the sentence is about, put first."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about", "re", "regarding")


def _opens_on_a_thing(c: Clause) -> bool:
    """The turn opens with a thing named alone, "the" and all, before the clause's sentence: "And the final
    invoice.", "The photos." (not "Sorry, one change —", "Great, thanks.")."""
    first = next(iter(c.verb.doc.sents))
    if first.end > c.sent.start or any(t.pos_ in ("VERB", "AUX") for t in first):
        return False
    return any(t.pos_ == "NOUN" and any(d.lower_ in ("the", "our", "your") for d in t.children) for t in first)


SESSION_WORDS = {"walk-through", "walkthrough", "call", "session", "workshop", "visit", "meeting", "catch-up", "chat",
                 "recce", "review", "demo", "tour", "look", "run-through", "briefing"}  # fmt: skip


def session(task: str) -> bool:
    """A task that is a session two people hold ("do a walk-through of the hub", "have a call"), not a delivery."""
    return any(w.strip(".,?").lower() in SESSION_WORDS for w in task.split())


def intransitive(c: Clause) -> bool:
    """A verb with nothing done to anything ("I'll carry on", "we'll live", "I'll pause there")."""
    return not any(
        t.dep_ in ("dobj", "dative", "prep", "xcomp", "ccomp", "attr", "acomp", "oprd") for t in c.verb.children
    )


def has_object(c: Clause) -> bool:
    return any(t.dep_ in ("dobj", "dative") for t in c.verb.children)


PRONOUNS = {"it", "that", "this", "them", "those"}


def refers_back(c: Clause) -> bool:
    """A clause about nothing but the work just said: a pronoun and no thing of its own ("I'll make sure of it",
    "we'll stay on top of that"); "I'll make sure of the booking" names its own."""
    words = [t for t in c.verb.subtree if t.i > c.verb.i]
    return any(t.lower_ in PRONOUNS for t in words) and not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words)


BEARING = frozenset({"relevant"})  # "the relevant pages": the part of the thing just said that bears on it
PART_NOUNS = frozenset({"page", "section", "bit", "part", "extract", "excerpt", "passage", "chapter", "paragraph"})


def names_its_part(c: Clause) -> bool:
    """The clause's object is the part of a thing already said that bears on it ("I'll dig that report out. It's
    long, I'll pull the relevant pages on Monday."): the same work narrowed, not a thing of its own ("I'll send you
    the relevant press cuttings")."""
    return any(
        t.dep_ == "dobj"
        and t.lemma_.lower() in PART_NOUNS
        and any(a.dep_ == "amod" and a.lower_ in BEARING for a in t.children)
        for t in c.verb.children
    )


def delivers(item: Item, c: Clause) -> bool:
    """The clause hands over the thing the item makes ("we'll draft the release … we'll have a draft with you by
    the third"): its object is a word of the item's task, as a noun or the verb's own."""
    objects = [t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ == "NOUN"]
    words = task_words(item.task)
    said = set(words)
    return any((o.lower_ in said or o.lemma_.lower() in said) and not other_kind(o, words) for o in objects)


def task_words(task: str) -> list[str]:
    """The task's words in lower case, without the stops and commas on them."""
    return [w.lower().strip(".,") for w in task.split()]


MORE_OPENERS = frozenset({"and", "also", "plus"})


def goes_on_to_more(turn: Turn, c: Clause, asked: str) -> bool:
    """A reply's clause after its first sentence, opening "And …" or with "also", on a thing the work asked does not
    name ("Yep, can do. And the permit for the dawn shots, I'll get that application in today."): more work of the
    speaker's own."""
    first = next(iter(turn.doc.sents), None)
    opener = next((t for t in c.sent if not t.is_punct), None)
    if first is None or c.sent.start == first.start or opener is None:
        return False
    if opener.lower_ not in MORE_OPENERS and not also_said(c):
        return False
    said = set(task_words(asked))
    return any(unnamed_noun(w, said) for w in c.sent)


def promised_besides(c: Clause, asked: str) -> bool:
    """A reply's clause joined on by "and" with a subject of its own ("I'll email every stockist this afternoon, and
    I'll get our web team to take the page down"), on a thing the work asked does not name: a second promise, more
    work of the speaker's own; not the first clause's work said on ("I'll tidy it up and I'll send it tonight")."""
    verb = c.verb
    if verb.dep_ != "conj" or not any(t.dep_ == "nsubj" for t in verb.children):
        return False
    joined = [t for t in verb.head.children if t.dep_ == "cc" and t.i < verb.i]
    if not joined or joined[-1].lower_ != "and":
        return False
    said = set(task_words(asked))
    return any(unnamed_noun(w, said) for w in verb.subtree)


def also_said(c: Clause) -> bool:
    """ "I'll also mock it up on the full range.": more work, said with "also" on its verb."""
    return any(t.dep_ == "advmod" and t.lower_ == "also" for t in c.verb.children)


WRITING_UP = frozenset({"write", "type"})
THE_CALL = frozenset({"this", "everything"})  # "write this up", "write everything up": what was said in the call


def writes_up_the_call(c: Clause) -> bool:
    """ "Right, I'll write this up and get it over to everyone.": the write-up of the call, new work whatever the
    turn promised before it ("I'll book her in."), not more of that."""
    verb = c.verb
    return (
        verb.lemma_ in WRITING_UP
        and any(t.dep_ == "prt" and t.lower_ == "up" for t in verb.children)
        and any(t.dep_ == "dobj" and t.lower_ in THE_CALL for t in verb.children)
    )


AMOUNTS = frozenset({"bit", "lot", "tad", "touch", "little"})  # "a bit earlier"


def unnamed_noun(w: Token, said: set[str]) -> bool:
    """A noun the task's words (``task_words``) do not name, as said or as its lemma; not one of how much ("a bit
    earlier", "a lot sooner"), which names no thing."""
    return w.pos_ == "NOUN" and w.lower_ not in said and w.lemma_ not in said and w.lower_ not in AMOUNTS


def other_kind(thing: Token, task: list[str]) -> bool:
    """The thing is another of its kind than the task's: "I'll start the sentiment report." … "I'll send the
    contact report round." ("contact" names which report, and the task's report is named by another noun); not
    "I'll draft the release." … "I'll send the press release over" (the task's release is named by nothing)."""
    kinds = {t.lower_ for t in thing.children if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")}
    kinds -= KIND_NEUTRAL  # "the draft release" is still the release
    at = [k for k, w in enumerate(task) if w in (thing.lower_, thing.lemma_.lower())]
    before = task[at[0] - 1] if at and at[0] > 0 else ""
    return bool(kinds) and before.isalpha() and before not in kinds and before not in KIND_NEUTRAL


# words before a task's noun that do not say which one it is ("the", "revised", "full")
KIND_NEUTRAL = VAGUE_WORDS | {"the", "a", "an", "our", "your", "my", "their", "his", "her", "its", "this", "that",
                              "these", "those", "revised", "updated", "new", "full", "final", "first", "draft",
                              "whole", "two", "three", "both", "all"}  # fmt: skip


def overlap(a: str, b: str) -> bool:
    wa = {w for w in a.lower().split() if len(w) > 3}
    wb = {w for w in b.lower().split() if len(w) > 3}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def said_in_the_offer(items: list[Item], p: Pending, owner: Owner, task: str) -> Item | None:
    """The item the offer's own turn made for its owner on the same thing as the offer taken up ("What I can do is
    the number of stockists who reordered. That I can give you."), or one that points back to it ("I'll send that
    over by Friday."): one piece of work."""
    thing = task_object(task)
    for i in items:
        if i.turn == p.turn and i.owner == owner and (not task_object(i.task) or overlap(task_object(i.task), thing)):
            return i
    return None


def task_object(task: str) -> str:
    """What a task is about: its words after the verb, less pronouns and particles ("send it over" -> "")."""
    return " ".join(w for w in task.split()[1:] if w.lower() not in VAGUE_WORDS)


def without_second(task: str, second: str) -> str:
    """The first delivery's task once the second (``second_object``'s "send the minutes") is its own item: "send the
    invite and the minutes on Friday" -> "send the invite" (the second thing, what is said after it, and the "and")."""
    thing = second.split(" ", 1)[1] if " " in second else second
    at = task.find(thing)
    first = task[:at] if at > 0 else task
    return re.sub(r"(?:\s*,)?\s+(?:and|,)?\s*$", "", first).strip() or task


def second_object(clause: Clause, turn: Turn) -> tuple[str, DueMatch] | None:
    """A second thing promised by the same verb with its own deadline: "We can get you the top-line numbers today,
    and the full plan, properly, on Friday" -> ("get the full plan", Friday). The parser hangs it on the verb."""
    verb = clause.verb
    objects = [t for t in verb.children if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    # "rough mixes to you Friday, final ones Tuesday": a second object the parser hangs on the verb, its date after it
    said = [t for t in verb.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    objects += [t for t in said[1:] if t.doc[t.left_edge.i - 1].lower_ in (",", "and") and not _someones(t)]
    # "send the deck Tuesday and the budget Thursday": the second thing the parser joins to the first one's day
    days = [t for t in verb.children if t.dep_ in ("npadvmod", "tmod") and t.i > verb.i and said and t.i > said[0].i]
    joined = [c for t in days for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    objects += [c for c in joined if c.ent_type_ not in ("DATE", "TIME") and not _someones(c)]
    if not objects:
        return _misread_thing(verb, turn)
    second = objects[0]
    span = second.doc[second.left_edge.i : second.right_edge.i + 1]
    hung = second.dep_ == "dobj" or second.head.dep_ in ("npadvmod", "tmod")
    end = second.sent.end_char if hung else span.end_char  # its date hung on the verb
    dues = [d for d in turn.dues if d.due is not None and span.start_char <= d.start_char < end]
    if not dues or not _set_apart(verb, second, turn):
        return None
    dated = {t.i for t in span if in_due(t, dues)}
    dated |= {t.i for t in span if t.dep_ == "prep" and all(c.i in dated for c in t.children)}  # "on Friday"
    kept = [t for t in span if not (t.is_punct or t.i in dated or (t.dep_ == "advmod" and t.head.i == second.i))]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in kept):
        return None  # "…today and Monday": a second date, not a second thing
    return f"{verb.text} {' '.join(t.text for t in kept)}", dues[0]


def fronted_pair(clause: Clause, turn: Turn) -> tuple[DueMatch, str, DueMatch] | None:
    """Two deliveries each said after its own day, the verb said once: "Tuesday we'll send the storyboards, Thursday
    the animatic" -> (Tuesday, "send the animatic", Thursday), the first thing due on the day said before the verb.
    Not a second day alone ("Tuesday we'll send it, Thursday at the latest"), nor a clause of its own after the comma
    ("…, Thursday we'll see")."""
    verb, sent = clause.verb, clause.sent
    said = [d for d in turn.dues if sent.start_char <= d.start_char < sent.end_char and d.due is not None]
    first = next((d for d in said if d.end_char <= verb.idx), None)
    comma = next((t for t in sent if t.i > verb.i and t.text == ","), None)
    if first is None or comma is None:
        return None
    second = next((d for d in said if d.start_char > comma.idx), None)
    if second is None or sent.doc.text[comma.idx + 1 : second.start_char].strip():
        return None  # the day opens what follows the comma
    rest = [t for t in sent if t.idx >= second.end_char and not t.is_punct]
    if not rest or any(t.pos_ in ("VERB", "AUX") for t in rest) or not any(t.pos_ in ("NOUN", "PROPN") for t in rest):
        return None
    if any(t.lower_ in ("latest", "earliest", "latter", "at") for t in rest):
        return None
    return first, f"{verb.text} {' '.join(t.text for t in rest)}", second


# things handed over whose names are also verbs, the parser's verb in "and the approvals log this afternoon"
PAPER_WORDS = frozenset(
    {"log", "list", "plan", "brief", "report", "schedule", "sheet", "estimate", "quote", "budget", "update", "record",
     "tracker", "file", "map", "notes", "proof", "draft", "outline", "release", "summary", "timeline", "rota",
     "forecast", "mock-up", "cost", "costs", "order"}
)  # fmt: skip


def _misread_thing(verb: Token, turn: Turn) -> tuple[str, DueMatch] | None:
    """ "I'll send the invite over, and the approvals log this afternoon": a second thing with its date that the
    parser read as a clause, its last noun the verb ("log") and the words before it the subject; no auxiliary, no
    object, nothing after it but the date."""
    misread = (t for t in verb.children if t.dep_ == "conj" and t.i > verb.i and t.tag_ in ("VB", "VBP"))
    for clause in (t for t in misread if t.lower_ in PAPER_WORDS):
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        rest = [c for c in clause.children if c.dep_ not in ("nsubj", "punct")]
        if len(subj) != 1 or subj[0].i != clause.i - 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
            continue
        thing = verb.doc[subj[0].left_edge.i : clause.i + 1]
        if thing[0].dep_ != "det" or not _set_apart(verb, subj[0], turn):
            continue
        end = clause.sent.end_char
        dues = [d for d in turn.dues if d.due is not None and clause.idx < d.start_char < end]
        dated = [c for c in rest if all(in_due(w, dues) or w.dep_ == "prep" or w.is_punct for w in c.subtree)]
        if dues and len(dated) == len(rest):
            return f"{verb.text} {' '.join(t.lower_ if t.dep_ == 'det' else t.text for t in thing)}", dues[0]
    return None


ELIDED_LEADS = {"and", "also", "plus", "then"}


def elided_delivery(turn: Turn, made: list[Item]) -> list[Item]:
    """ "I'll send the deck tonight. And the budget by Friday.": a sentence after the speaker's own item in the same
    turn that names only a further thing and its deadline, no verb, is that work done to it (a second delivery,
    "send the budget", Friday). Not a question ("And the budget?"), nor a thing with no date ("And the budget,
    no idea."), nor a thing said with a verb of its own ("And the budget's fine.")."""
    own = [i for i in made if i.turn == turn.index and i.speaker == turn.speaker and i.owner is not None]
    found: list[Item] = []
    for sent in turn.doc.sents:
        if not own or sent.start == 0 or sent.text.rstrip().endswith("?"):
            continue
        words = [t for t in sent if not t.is_punct]
        if not words or words[0].lower_ not in ELIDED_LEADS or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        dues = [d for d in turn.dues if d.due is not None and sent.start_char <= d.start_char < sent.end_char]
        if not dues or sent.root.pos_ not in ("NOUN", "PROPN") or in_due(sent.root, dues):
            continue
        if any(t.lower_ in EVENT_DATES for t in sent if t.i < sent.end and _next_is_due(t, dues)):
            continue  # "And the launch on Friday.": when something happens, no deadline
        named = []  # the words after the lead up to a comma or the deadline: "the front desk Q and A"
        for t in sent:
            if t.i < words[1].i:
                continue
            if t.is_punct or in_due(t, dues) or (t.dep_ == "prep" and t.i > sent.root.i):
                break
            named.append(t)
        if not named or (named[0].dep_ != "det" and named[0].tag_ != "PRP$") or sent.root not in named:
            continue  # "the budget", "our figures": a thing named in full
        if any(sent.root.lower_ in i.task.lower().split() for i in made):
            continue  # the thing is already promised in the turn
        last = own[-1]
        text = " ".join(t.lower_ if t.dep_ == "det" else t.text for t in named)
        item = Item(turn.index, last.owner, f"{last.task.split()[0]} {text}", last.rule, last.confidence, dues[0],
                    turn.speaker, kind=last.kind)  # fmt: skip
        found.append(item)
        own.append(item)
    return found


EVENT_DATES = {"on", "at", "in"}


def _next_is_due(tok: Token, dues: list[DueMatch]) -> bool:
    """The word after ``tok`` opens one of the deadlines (``tok`` is the preposition before it, or its first word)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return any(d.start_char in (tok.idx, nxt.idx if nxt is not None else -1) for d in dues)


def in_due(tok: Token, dues: list[DueMatch]) -> bool:
    """The token is a word of one of the deadlines ``dues`` ("Thursday" of "by Thursday")."""
    return any(d.start_char <= tok.idx < d.end_char for d in dues)


def _set_apart(verb: Token, second: Token, turn: Turn) -> bool:
    """A second thing is its own delivery when a comma sets it apart ("the invite over, and the log this afternoon")
    or the first thing has a date of its own ("the numbers today and the plan on Friday"). "I'll send the running
    order and the contact report by Friday": one date closing the list is the date of both, one item."""
    start = second.left_edge.i
    before = second.doc[verb.i : start]
    if any(t.text in (",", ";") for t in before):
        return True
    return any(d.due is not None and verb.idx <= d.start_char < second.doc[start].idx for d in turn.dues)


def _someones(thing: Token) -> bool:
    """ "…, Bill's re-costing by Thursday": a thing said as someone's, their own work listed in a recap."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in thing.children)


def named_again(task: str, clause: Clause) -> str:
    """The second thing's task with "ones" said of the first thing named ("have final ones" -> "have final mixes"),
    sent where the first goes ("… to you")."""
    said = [t for t in clause.verb.children if t.dep_ == "dobj"]
    if not said:
        return task
    words = [said[0].text if w in ("one", "ones") else w for w in task.split()]
    to = next((t for t in clause.verb.children if t.dep_ == "prep" and t.lower_ == "to" and t.i > said[0].i), None)
    return " ".join(words + ([t.text for t in to.subtree] if to is not None else []))


MOVE_VERBS = {"move", "push", "shift", "bring", "postpone", "reschedule", "switch", "change"}


def held_day(turn: Turn, due: DueMatch) -> bool:
    """A day held or booked ("hold the 27th", "a hold on the 18th"), not when the work is due."""
    span = turn.doc.char_span(due.start_char, due.end_char, alignment_mode="expand")
    return span is not None and held(span)


def _new_slot(turn: Turn, clause: Clause, due: DueMatch) -> bool:
    """ "I'll move the WIP to Friday", "I'll get our PR lead to push the embargo to the 19th and tell the press by
    Thursday": the date a thing is moved to is its new slot, not the deadline."""
    before = turn.text[: due.start_char].rstrip().lower()
    if not (before.endswith(" to") or due.text.lower().startswith("to ")):
        return False
    if clause.verb.lemma_ in MOVE_VERBS:
        return True
    to = [t for t in turn.doc if t.lower_ == "to" and t.idx <= due.start_char + 1]
    if not to:
        return False
    head = to[-1].head  # "move the embargo to the 19th": the parser may hang "to" on the thing moved
    return head.lemma_ in MOVE_VERBS or (head.dep_ == "dobj" and head.head.lemma_ in MOVE_VERBS)


def question_asked(turn: Turn, span: Span) -> str | None:
    """The question a request cue opens, from its sentence's start to the "?" that ends it, when the parser ended
    the sentence early ("Victor, could you | and I present the results together?"); None when it is no question."""
    rest = turn.doc.text[span.sent.start_char :]
    m = re.search(r"[.?!]", turn.doc.text[span.end_char :])
    if m is None or m.group() != "?":
        return None
    return rest[: span.end_char - span.sent.start_char + m.end()]


REDONE = frozenset({"new", "revised", "updated", "fresh", "reworked", "amended"})


def redone_version(thing: Token) -> bool:
    """ "new versions", "the revised ones": the work on the table, redone, not a thing of its own."""
    return thing.lemma_ in ("version", "one") and any(a.dep_ == "amod" and a.lower_ in REDONE for a in thing.children)


def last_said(item: Item) -> int:
    """The last turn that said or took on ``item``: its own, or a later one merged into it (a go-ahead, a date)."""
    return max([item.turn, *item.merged])
