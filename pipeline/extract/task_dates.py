"""Dates in a task's words: which phrases say when (dropped from the task) and which name a thing with a date
said inside it (kept, the date alone dropped): "by the end of the week" goes; "for the passwords and the account
handover today" keeps all but "today"; "for three and four colours" is not a date."""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Span, Token

from pipeline.extract.date_words import WEEKDAYS
from pipeline.extract.dates import find_due_dates

HOLD_VERBS = frozenset({"hold", "keep", "block", "book", "rebook", "reserve", "save", "pencil", "protect"})
HOLD_NOUNS = frozenset({"hold", "booking", "reservation", "option", "pencil"})  # "a first option on the 3rd"


def held(span: Span) -> bool:
    """A day that is the thing held or booked ("hold the 27th", "book the 3rd") or that a thing is held or booked
    for ("two slots held for the fifth", "book the room for the 14th", "get a provisional hold on the 18th"), not
    when the work is done."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else root  # "held for the fifth": the day hangs on "for"
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    on_hold = before.lemma_ in HOLD_NOUNS and before.pos_ == "NOUN" and prep.head in (before, before.head)
    if prep.dep_ == "prep" and prep.lower_ in ("on", "for") and on_hold:
        return True  # "a hold on the 18th", "a booking for the 14th" (hung on the noun or on its verb)
    if prep.lower_ == "for" and prep.dep_ == "prep":
        return held_for(prep)
    return root.dep_ == "dobj" and root.head.lemma_ in HOLD_VERBS


def held_for(prep: Token) -> bool:
    """ "for" opening the day a thing is held or booked for."""
    return prep.lower_ == "for" and prep.head.lemma_ in HOLD_VERBS


def held_for_part(prep: Token) -> bool:
    """ "rebook the cart for day one only": the part of the event a thing is booked for, which is no date (unlike
    "get that booked in for the week of the thirty-first", when the work is done)."""
    said = "".join(t.text_with_ws for t in prep.subtree)
    return held_for(prep) and not find_due_dates(said, SPAN_DAY)


DATE_WORDS = {
    "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week", "weekend", "month", "eod", "noon", "morning", "afternoon", "evening", "hour", "hours", "days", "weeks",
    "then", "asap", "soon", "later", "now",
}  # fmt: skip
DATE_PREPS = {"by", "before", "on", "until", "till", "in", "within", "for", "after", "first", "end", "over"}


def _is_date_phrase(tok: Token) -> bool:
    sub = [t for t in tok.subtree if not _how_often(t)]
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in DATE_WORDS for t in sub) and len(sub) <= 8 or _clock(tok)


def _how_often(tok: Token) -> bool:
    """ "weekly" of "in the weekly bulletin": what kind of thing, not when (unlike "in the next few weeks")."""
    return tok.dep_ == "amod" and tok.head.ent_type_ not in ("DATE", "TIME") and tok.head.lower_ not in DATE_WORDS


CLOCK_PREPS = {"before", "by", "until", "till"}
CLOCK_WORDS = set("one two three four five six seven eight nine ten eleven twelve half quarter past pm am".split())
CHANGE_VERBS = {"cut", "reduce", "increase", "raise", "drop", "lower", "extend", "shorten", "trim", "lift", "grow"}


def _clock(prep: Token) -> bool:
    """ "before two", "by half one": a time of day said as a number (not "cut it by two percent", "cut it by two")."""
    if prep.lower_ not in CLOCK_PREPS or (prep.lower_ == "by" and prep.head.lemma_ in CHANGE_VERBS):
        return False
    words = [t for t in prep.subtree if t.i != prep.i]
    return 0 < len(words) <= 3 and all(t.lower_ in CLOCK_WORDS or t.lower_ == "o'clock" for t in words)


HOW_MUCH = {"bit", "lot", "little", "touch", "tad", "way", "time", "times", "each", "step"}


def _second_object(tok: Token, verb: Token) -> bool:
    """ "drop Kim a note", "send the team a reminder": the thing given, which the parser reads as an adverbial noun,
    after the verb's person (not "this week", "a bit", "one step at a time"); after "you", "me" or "us" also a thing
    said with "the" or whose it is ("forward you their comments", "I'll forward you the deck")."""
    people = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < tok.i]
    said = [c.lower_ for c in tok.children if c.dep_ == "det"]
    owned = said == ["the"] or any(c.dep_ == "poss" for c in tok.children)
    told = any(c.lower_ in ("you", "me", "us") for c in people) and owned
    return (
        bool(people)
        and tok.pos_ == "NOUN"
        and (said in (["a"], ["an"]) or told)
        and tok.lower_ not in HOW_MUCH | DATE_WORDS
    )


COUNTING = ("NUM", "CCONJ", "DET", "ADJ", "ADP", "PUNCT")  # the words of a date that are not its noun
DATE_HEADS = {"end", "start", "beginning", "middle", "close", "back", "rest"}


def date_prep(prep: Token) -> bool:
    """A preposition that opens a date ("by Friday", "in the next two weeks"); "at" only before the date itself ("at
    the end of next week", "at the weekend"), not a figure, place or occasion ("the plan at eighteen", "at the
    board on Friday")."""
    if prep.lower_ != "at":
        return prep.lower_ in DATE_PREPS
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.lower_ in DATE_HEADS | DATE_WORDS or obj.ent_type_ == "TIME")  # not "eighteen"


SPAN_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def lasting(prep: Token) -> bool:
    """ "for twelve months", "for two weeks": how long something runs, said with a number, which is part of the
    work ("check the usage rights run for twelve months"), not when it is due ("for next week")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.lower_ == "for"
        and obj is not None
        and obj.lower_ in SPAN_UNITS
        and any(c.dep_ == "nummod" for c in obj.children)
        and not any(c.lower_ in ("next", "coming") for c in obj.children)
    )


def _dated_aside(prep: Token) -> bool:
    """ "for the passwords and the account transfer today": a phrase naming a thing, with a date said inside it
    (dropped on its own, ``_nested_date``), unlike "by the end of the week" or "in the next two weeks"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _is_date_word(obj) or obj.lower_ in DATE_HEADS:
        return False
    said = [t for t in prep.subtree if _is_date_word(t) and t.i != obj.i and t.pos_ not in COUNTING]
    # "for five and six colours": numbers of a thing, not a date; "pencil in a call for Tuesday": the date said of
    # the thing named (the call's day), not the phrase's ("in time for Friday" is when)
    return all(_nested_date(t) or (obj.lemma_ != "time" and _dated_thing(t, prep)) for t in said)


def _dated_thing(tok: Token, prep: Token) -> bool:
    """``tok`` is the object of a date's own preposition inside ``prep``'s phrase ("a call for Tuesday", "a slot on
    Friday"), dropped as a date of its own (``said_dates``)."""
    head = tok.head
    return tok.dep_ == "pobj" and head.i != prep.i and head.dep_ == "prep" and head.lower_ in DATE_PREPS


def _nested_date(tok: Token) -> bool:
    """A date word inside a date phrase hung off the words before it ("today", "this week", "on Friday")."""
    return any(a.dep_ in ("npadvmod", "tmod") or (a.dep_ == "prep" and a.lower_ in DATE_PREPS) for a in _up_to(tok))


def _up_to(tok: Token) -> list[Token]:
    """``tok`` and its heads up to (not including) the nearest preposition's object chain's top."""
    chain = [tok]
    while chain[-1].dep_ not in ("pobj", "ROOT") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _is_date_word(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in DATE_WORDS


SPAN_DAY = datetime.date(2000, 1, 3)  # any day: where a date is said is wanted here, not which day it is
LEAD_INS = {"say", "like", "about", "around", "roughly", "maybe", "probably", "latest"}  # "by, say, the fourth"
PARTICLE_LEAD_INS = {"about", "around"}  # "turn it around by Wednesday", "bring it about by May": the verb's


# a part of a week or month said as when ("mid next week", "mid-week"): no date, but no words of the task either
PART_OF_WEEK = re.compile(r"^(?:(?:by|before|until)\s+)?mid[\s-]?(?:(?:next|this)\s+)?(?:week|month)$", re.IGNORECASE)


def said_dates(verb: Token) -> set[int]:
    """The tokens of a deadline said inside the verb's phrase without "by": "get the joining instructions out end of
    the month", "send the slides over this afternoon", "have the proofs back Monday week" (the date finder's spans,
    ``pipeline/extract/dates.py``), with a "by, say," before one; not a date that names the thing ("the Friday
    meeting notes", "the plan for next week"), a condition ("once it's signed") or what is asked ("check if they can
    do the 20th")."""
    sent = verb.sent
    phrase = {t.i for t in verb.subtree if t.i > verb.i}
    out: set[int] = set()
    for m in find_due_dates(sent.text, SPAN_DAY):
        span = sent.char_span(m.start_char, m.end_char, alignment_mode="expand")
        vague = m.rule == "vague" and not PART_OF_WEEK.match(sent.text[m.start_char : m.end_char])
        if vague or span is None or not all(t.i in phrase for t in span):
            continue
        inside = {t.i for t in span}
        if _names_thing(span, inside) or _changed_by(span) or in_question(span.root):
            continue
        start = span.start
        while start - 1 in phrase and (_lead_in(sent.doc[start - 1], span) or sent.doc[start - 1].is_punct):
            start -= 1
        prep = sent.doc[start - 1] if start - 1 in phrase and start < span.start else None
        if prep is not None and date_prep(prep) and not particle_in(prep):
            start -= 1  # "by, say, the fourth": the deadline's own preposition goes with it
        out.update(range(start, span.end))
        out.update(t.i for h in span for c in h.rights if c.i >= span.end for t in c.subtree)  # what hangs on it
    return out


# verbs that put a question to someone: their "if" clause is the question asked ("ask legal if we can say it"), not a
# condition ("call them if it's late")
ASKING = {"ask", "check", "find", "see", "confirm", "establish", "enquire", "query"}
SELF = {"you"}  # "check if you can get it to me by Friday": the work asked of them, not a question


def puts_question(clause: Token) -> bool:
    """An "if"/"whether" clause that is the question a verb of asking puts, however parsed: "check if the room's
    free", "check with the printer if they can deliver", "ask them if the 20th works" (not "check the proofs if you
    get a chance": a thing checked, and the speaker's own time)."""
    verb = clause.head
    marks, subject = said_with(clause, ("mark",)), said_with(clause, ("nsubj", "nsubjpass"))
    if clause.dep_ not in ("ccomp", "advcl") or clause.i < verb.i or verb.lemma_ not in ASKING:
        return False
    if not marks & {"if", "whether"} or subject & SELF:
        return False
    return (
        "whether" in marks
        or clause.dep_ == "ccomp"
        or verb.lemma_ == "ask"
        or not any(c.dep_ == "dobj" for c in verb.children)
    )


def said_with(clause: Token, deps: tuple[str, ...]) -> set[str]:
    """The words (lower case) of ``clause``'s children of the given dependencies: its marks, subject, auxiliaries."""
    return {c.lower_ for c in clause.children if c.dep_ in deps}


def in_question(tok: Token) -> bool:
    """A word of the question a verb of asking puts ("check if the influencer can do the 20th", "find out whether
    the venue is free on the 12th"): what is asked about, so a date in it is no deadline."""
    while tok.head.i != tok.i:
        if puts_question(tok):
            return True
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in tok.children):
            return False  # "ask finance whether we can move it and let you know by Friday": the asker's next step
        tok = tok.head
    return False


def _lead_in(tok: Token, span: Span) -> bool:
    """A word before the deadline that goes with it ("by, say, the fourth", "around Friday"), not the verb's particle
    before a deadline with its own preposition ("turn the plan around by Wednesday")."""
    return tok.lower_ in LEAD_INS and not (tok.lower_ in PARTICLE_LEAD_INS and span[0].lower_ in DATE_PREPS)


def particle_in(prep: Token) -> bool:
    """ "in" before "today", "tomorrow", "on Friday", "this week": a date never said after "in", so the "in" is the
    verb's particle ("put the order in today"), not the date's preposition ("in two weeks", "in March")."""
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return prep.lower_ == "in" and after is not None and (after.lower_ in DEICTIC or after.lower_ in WEEKDAYS)


def _changed_by(span: Span) -> bool:
    """ "cut the edit by two": how much a thing changes, not a time of day."""
    by = span[0] if span[0].lower_ == "by" else span.doc[span.start - 1] if span.start > 0 else None
    counted = all(t.like_num or t.lower_ in CLOCK_WORDS for t in span if t.lower_ != "by")
    return by is not None and by.lower_ == "by" and by.head.lemma_ in CHANGE_VERBS and counted


def _names_thing(span: Span, inside: set[int]) -> bool:
    """A date that is part of what the task names: "the Friday meeting notes", "a note of today", "move the
    embargo to the 19th", or a word said before it hangs on it ("those three first thing": not "that first thing")."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "of":
        return True  # "a note of today", "the minutes of Monday"
    if held(span):
        return True  # "hold the 27th", "book the 3rd": the day is the thing held
    for t in span:
        head = t.head
        if head.i in inside or t.dep_ == "npadvmod":
            continue
        if t.dep_ in ("compound", "amod", "poss", "nmod"):
            return True  # "the Friday meeting notes"
        if t.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and t.lower_ not in DEADLINE_WORDS | SENT_ON:
            return True  # "the plan for next week"
        if head.pos_ == "ADP" and head.lower_ not in DATE_PREPS:
            return True  # "move the embargo to the 19th": where it moves
        if head.pos_ == "ADP" and head.head.pos_ in ("NOUN", "PROPN") and head.lower_ not in DEADLINE_WORDS | SENT_ON:
            return True  # not "the report by Friday" nor "the report over this afternoon"
    hung = [t for t in span.doc[: span.start] if t.head.i in inside and not t.is_punct]  # said before the date
    return any(t.lower_ not in ("that", "this", "it", "those", "these", "them") for t in hung)


DEICTIC = {"today", "tomorrow", "tonight", "this", "next", "first", "on"}
DEADLINE_WORDS = {"by", "before", "until", "till", "within"}
SENT_ON = {"over", "across", "round", "through", "back"}  # "get the report over this afternoon": sent, then when
