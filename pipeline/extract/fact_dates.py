"""Dates that are facts, not deadlines (GUIDELINES §5: "Dates that are facts and not deadlines are never copied
into ``due``"): someone away ("I'm off till Monday", "she's on holiday the week of the 30th", "I'm in Madrid
Wednesday to Friday"), someone busy until a day ("she's on another shoot till Friday", "Marta's tied up until
Thursday"), an event's own date ("the launch is on the 14th", "the branch opens on the 14th"), a date refused
("Not this week, sorry."), a date in the past ("Sales dipped on the 2nd", not "We'll have it switched on Tuesday"),
a date in a condition put first ("If it's still stuck by Thursday, shout.", not the polite "If you could send it by
Friday, that'd be great", "If I could see it by close of play, ideal"), a date in a question put ("Could you check if
the influencer can do the 20th?", not "Could you see if you can get it to me by Friday?"), a date talked about ("let
the stores know about the twentieth", not "by about Friday")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.dates import DueMatch
from pipeline.extract.task_dates import in_question
from pipeline.extract.turns import Turn

if TYPE_CHECKING:
    from spacy.tokens import Token

_BE = r"(?:'m|'s|'re|\bam|\bis|\bare|\bbe|\bwas|\bwere)\s+(?:(?:still|also|just|going|actually)\s+)?"
_AWAY = re.compile(
    rf"(?:{_BE}(?:off|away|out\s+of\s+(?:the\s+)?office|on\s+(?:holiday|leave|annual\s+leave|paternity(?:\s+leave)?|"
    r"maternity(?:\s+leave)?|a\s+course)|at\s+(?:a|the)\s+(?:conference|wedding|trade\s+show)|in\s+(?-i:[A-Z])\w+)"
    r"|\b(?:i'm|i\s+am|i\s+was|we're|we\s+were|he's|she's|they're|he\s+was|she\s+was|they\s+were)\s+out)"
    r"\b[\w\s']{0,24}$",
    re.IGNORECASE,
)
# a person in some state until the day: "she's on another shoot till Friday", "he's tied up until Wednesday" (not
# "we're holding the rate until Friday", what the speaker's side does)
_BUSY_UNTIL = re.compile(
    r"(?:\b(?:he's|she's|they're|(?:he|she|they)\s+(?:is|are))|(?!(?:it|that|there|what|here|this|who|let)'s)"
    r"\b(?-i:[A-Z])\w+'s)\s+(?!going\b|gonna\b)[\w\s'-]{1,30}?\s+$"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?!going\b|gonna\b|\w+ing\b)[\w\s'-]{1,30}?\s+$",
    re.IGNORECASE,
)
# the start of a span the date ends ("the eleventh to ", "Monday till "), left out to read what the span is of
_SPAN_START = re.compile(r"(?:the\s+)?[\w-]+(?:\s+of\s+\w+)?\s+(?:to|till|until|through)\s+$", re.IGNORECASE)
_EVENT = re.compile(
    r"\b(?:launch|event|open\s+day|opening|festival|show|agm|conference|premiere|party|go-live|election|match|race|"
    r"shoot|webinar|fair|gala|awards|dinner|ceremony)(?:\s+itself)?(?:'s|\s+is|\s+was|\s+will\s+be|\s+happens)\s+(?:on\s+)?$"
    r"|\b(?:opens|launches|goes\s+live|kicks\s+off|reopens|closes|premieres)\s+(?:on\s+)?$",
    re.IGNORECASE,
)

# someone leaving the call at the time said straight after: "I've got a hard stop at eleven", "I need to drop at half
# past", "Sorry, I have to jump off in ten minutes", "I'll need to move the car in a minute", "he's got to leave at
# half past" (a person's going, said with "to" just before it and the time straight after: not "I'll drop
# the proofs off by Friday", "I'll give it a go on Friday", "I'll send the RAID log tomorrow")
_LEAVING = re.compile(
    r"\b(?:i|he|she)\b[\w\s']{0,24}?\bto\s+(?:just\s+|probably\s+|quickly\s+)?"
    r"(?:go|leave|drop|jump|dash|head\s+off|hop\s+off|move(?:\s+the\s+car)?|shoot\s+off|log\s+off)"
    r"(?:\s+(?:off|out|away|early))?(?:\s+(?:about|around|roughly))?\s+$"
    r"|\bhard\s+stop\s+$",
    re.IGNORECASE,
)

_CONDITION = re.compile(
    r"^\W*(?:(?:and|but|so|or|then)\W+)?(?:if|unless)\s+"
    r"(?![\w']+\s+(?:could|can|would|might|don't\s+mind)\b)[^,;]*$",
    re.IGNORECASE,
)


_UNTIL = re.compile(r"(?:until|till|til)\b", re.IGNORECASE)
# the date is what is told or talked about: "let the stores know about the twentieth", "remind them about Friday"
# (not "in about two weeks", "by about Friday": a date said roughly)
_TOPIC = re.compile(
    r"\b(?:know|tell|told|remind|warn|brief|update|talk|talking|speak|speaking|chat|email|ring|call)\b"
    r"[\w\s']{0,30}?\s+about\s+$",
    re.IGNORECASE,
)


def fact_date(turn: Turn, d: DueMatch) -> bool:
    """``d`` dates someone's absence or an event, in its sentence (see the module docstring)."""
    start = max((s.start_char for s in turn.doc.sents if s.start_char <= d.start_char), default=0)
    before = turn.text[start : d.start_char]
    clause = re.split(r"[,;]|\b(?:so|and|but|then)\b", before)[-1] if before else ""
    # "Not this week, sorry." (not "Yes, but not until Monday.": the day it comes)
    refused = re.search(r"\bnot\s+$", before, re.IGNORECASE) is not None and not _UNTIL.match(d.text)
    # in the past: "Sales dipped on the 2nd", "What happened to the feed on Monday?"
    busy = _UNTIL.match(d.text) is not None and _BUSY_UNTIL.search(clause) is not None
    condition = _CONDITION.match(before) is not None
    away = _AWAY.search(clause) is not None or _LEAVING.search(clause) is not None
    tok = _first_word(turn, d)
    asked = tok is not None and in_question(tok)
    # "the launch is on the 3rd", and the end of an event's span: "The shoot's the eleventh to the thirteenth"
    event = _EVENT.search(before) is not None or _EVENT.search(_SPAN_START.sub("", before)) is not None
    topic = _TOPIC.search(before) is not None
    return refused or condition or _past(turn, d) or away or event or busy or asked or topic


def _first_word(turn: Turn, d: DueMatch) -> Token | None:
    """The date's first word in the turn."""
    return next((t for t in turn.doc if t.idx >= d.start_char), None)


def _past(turn: Turn, d: DueMatch) -> bool:
    """The verb the date hangs from is in the past: "Sales dipped on the 2nd", "What happened on Monday?" (not "They
    said they can do it next week", nor "I've got him on the sixth")."""
    tok = _first_word(turn, d)
    while tok is not None and tok.head.i != tok.i and (d.start_char <= tok.idx < d.end_char or tok.pos_ == "ADP"):
        tok = tok.head  # out of the date and its preposition, to what it dates ("the panel on the 28th": the panel)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return False  # "I've got him on the sixth" (the tagger's VBD)
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ in ("have", "get") and _future(tok.head):
        return False  # "We'll have the ads switched on Tuesday" (a thing to be done, the tagger's VBD)
    return tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lower_ == "did" for c in tok.children)


def _future(verb: Token) -> bool:
    return any(
        c.dep_ == "aux" and c.lemma_ in ("will", "shall", "should", "can", "could", "must") for c in verb.children
    )
