"""Task text: a short imperative paraphrase built from the committed verb phrase.

"I'll get those over to you tomorrow."            -> "get those over to you"
"Our team will put together a proper timing plan"  -> "put together a proper timing plan"
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.complements import gerund, how_we_will
from pipeline.extract.task_conditions import KEPT_AS, LEFT_AS, MADE_INTO, SUBJECT_PRONOUNS, sure_of, waited_for
from pipeline.extract.task_cut import DEMONSTRATIVES, STEPS_WORDS, cut_words
from pipeline.extract.task_dates import (
    ASKING,
    DATE_WORDS,
    SELF,
    _dated_aside,
    _is_date_phrase,
    _second_object,
    date_prep,
    held_for_part,
    in_question,
    particle_in,
    puts_question,
    said_dates,
    said_with,
)
from pipeline.extract.task_sent import FLICKED, SENT_PRONOUNS, flicked_over, given_to_you, got_for_you, sent_on

DROP_ADVERBS = {
    "just",
    "also",
    "definitely",
    "then",
    "probably",
    "quickly",
    "really",
    "actually",
    "certainly",
    "so",
    "too",
}
MAX_TOKENS = 12
REFLEXIVES = {"myself", "ourselves", "yourself", "yourselves", "himself", "herself", "themselves"}


WH_WORDS = {"what", "who", "whether", "which", "where", "how", "why", "whatever"}
NO_PROMISES = {"promises", "promise", "guarantees", "guarantee", "commitment", "commitments", "obligation", "pressure"}
CLAUSE_DEPS = ("aux", "auxpass", "neg", "nsubj", "nsubjpass", "mark", "intj", "punct", "advcl", "cc", "discourse")


def _verb_start(verb: Token) -> int:
    """Where the verb starts: before it for a hyphened verb ("sense-check", "double-check") the parser splits."""
    doc = verb.doc
    halved = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].head.i == verb.i
    return verb.i - 2 if halved and doc[verb.i - 2].pos_ in ("VERB", "ADJ", "ADV") else verb.i


MISTAKEN_VERBS = {"forward"}  # "and forward it": read as an adverb of "it"


def _verb_mistaken(conj: Token) -> bool:
    """A joined word that is the second verb, parsed as something else: "and resubmit" (a noun), "and forward it"
    ("forward" an adverb of "it")."""
    if conj.pos_ == "NOUN":
        return not conj.n_lefts
    return conj.pos_ == "PRON" and any(t.lower_ in MISTAKEN_VERBS and t.i == conj.i - 1 for t in conj.lefts)


def with_done(clause: Token, verb: Token) -> bool:
    """ "with their fees agreed", "with the back catalogue checked" after the object: what is done to the thing
    before it goes (a participle with "with" for its mark, a noun for its subject), part of the work; the parser
    reads it as a clause of its own."""
    return (
        clause.i > verb.i
        and clause.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in clause.children)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _trim_state(state: Token, verb: Token, drop: set[int]) -> None:
    """The state a thing is sent in (``with_done``) without what is said of it in turn ("with the name change
    clearly flagged so nobody uses the old one": "with the name change flagged"), and the listener it goes to
    without the idiom that would have taken it ("get the report over to you both, with …": "to you" goes)."""
    for c in state.children:
        if c.dep_ in ("advcl", "relcl", "ccomp", "advmod"):
            drop.update(t.i for t in c.subtree)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ("you", "us", "me") for g in c.children):
            drop.update(t.i for t in c.subtree)


def _drop_child(child: Token, verb: Token) -> bool:
    """Children of the verb that are not part of the task: subject, auxiliaries, hedges, clauses, deadlines."""
    dep = child.dep_
    if child.i < verb.i and child.i >= _verb_start(verb):
        return False  # "sense-check", "spell-check", "double-check": the first half of the verb
    if (
        dep == "dobj"
        and child.pos_ == "NOUN"
        and any(c.dep_ == "cc" and c.lower_ == "so" and c.i < child.i for c in verb.children)
    ):
        return True  # "mock it up on the full range, so the one-litre, two-litre and the cream": the range spelt out
    if dep == "cc" and any(c.dep_ == "conj" and c.i > child.i and _verb_mistaken(c) for c in verb.children):
        return False  # "swap it today and resubmit": a second verb the parser took for a noun, kept with its "and"
    if dep == "cc" and _second_object_after(child, verb):
        return False  # "pull the street view and the vendor photos": the parser hung the list's "and" on the verb
    if dep == "advcl" and puts_question(child):
        return False  # "check with the printer if they can deliver by Friday": what is asked, not a condition
    if dep == "advcl" and _wanted_done(child):
        return False  # "send the press contacts you want added": the object's own relative clause, misread
    if dep == "advcl" and with_done(child, verb):
        return False  # "send a shortlist with their fees agreed": the state the thing is sent in, no clause
    if dep in CLAUSE_DEPS or (dep == "conj" and child.pos_ in ("VERB", "AUX")) or _examples_after(child, verb):
        return True
    if dep == "dep" and child.i > verb.i and any(c.dep_ == "aux" and c.tag_ == "MD" for c in child.children):
        return True  # "ping her today, should have an answer by Wednesday": a clause of its own, its modal said
    if dep == "dep" and child.i > verb.i and _time_asked(child):
        return True  # "pull that together, just give me till Wednesday": the time asked for, not the work
    if _no_promises(child):
        return True  # "raise it with finance, no promises on what they'll say": the hedge, not the work
    if dep in ("ccomp", "parataxis") and child.i > verb.i:
        if dep == "ccomp" and asked_question(child, verb):
            return False  # "find out what the agents want", "ask legal if we can say it": the object
        if dep == "ccomp" and verb.lemma_ == "let" and child.lemma_ == "know":
            return False  # "let you know how the board goes": who is told, and what, is the work
        if _message(child, verb):
            return False  # "tell the printers the run moves to Friday": the message is the work
        if _given_thing(child, verb) or _left_as(child, verb):
            return False  # "get you printed mock-ups": whom for and the thing, misread as a clause
        if verb.lemma_ in MADE_INTO and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            return False  # "make it the default", "keep them optional": the thing and what it is made, no clause
        if sure_of(child):
            return False  # "make sure it's on there": what is made sure of is the work
        subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        if dep == "ccomp" and subj and subj[0].lower_ not in SUBJECT_PRONOUNS and subj[0].pos_ in ("NOUN", "PROPN"):
            # "sort out [the security passes]" misread as a clause: a verb without an object keeps it (an object
            # after the clause is its own end misread: "check the rights run for twelve months, not six"), as does
            # one with only the listener before a thing said with "a" ("send you [a calendar hold]")
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in subj[0].children) and all(
                c.dep_ == "dative" and c.lower_ in LISTENER_WORDS
                for c in verb.children
                if c.dep_ in OBJECT_DEPS and c.i != child.i
            ):
                return False
            return any(c.dep_ in ("dobj", "dative", "attr", "acomp") and c.i < child.i for c in verb.children)
        return bool(subj)
    if child.lower_ in REFLEXIVES and dep != "pobj" and _said_after_object(child, verb):
        return True  # "speak to Marcus myself", "do it ourselves": who does it, said again
    if dep == "advmod":
        if child.lower_ in ("soon", "fast", "quickly") and any(c.dep_ == "advcl" for c in child.children):
            return True  # "as soon as the proofs are signed off" (a condition, ``waited_for``), "as fast as I can"
        return child.lower_ in DROP_ADVERBS or _is_date_phrase(child)
    if dep == "npadvmod" and _object_run_on(child, verb):
        return False  # "tweak the staffing one-pager": the end of the object, hung on the verb
    if (dep in ("npadvmod", "tmod") and not _second_object(child, verb)) or _first_thing(child):
        return True
    if (
        dep == "prep"
        and date_prep(child)
        and _is_date_phrase(child)
        and not (_dated_aside(child) or held_for_part(child))
    ):
        return not particle_in(child)  # "put the order in today": the particle stays, the date goes
    if dep == "prep" and child.lower_ in EVENT_PREPS and _event(child):
        return True
    return child.ent_type_ in ("DATE", "TIME") and dep != "dobj"


def _time_asked(clause: Token) -> bool:
    """ "give me till Wednesday", "give us a couple of days": the speaker asking for time to do the work."""
    return clause.lemma_ == "give" and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in clause.children
    )


def _no_promises(tok: Token) -> bool:
    """ "no promises", "no commitment", "no pressure": a hedge said after the work, not part of it."""
    return tok.lower_ in NO_PROMISES and any(c.lower_ == "no" for c in tok.children)


WANTING = {"want", "like", "need"}


def _wanted_done(child: Token) -> bool:
    """ "the press contacts you want added", "the changes you'd like made": a participle right after a verb of
    wanting that describes the object, which the parser hangs on the task's verb as a clause of its own."""
    before = child.doc[child.i - 1] if child.i > 0 else None
    return (
        child.tag_ == "VBN"
        and before is not None
        and before.lemma_ in WANTING
        and before.dep_ == "relcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in child.children)
    )


TELLING = {"tell", "inform", "warn", "remind", "advise", "reassure"}


def _message(clause: Token, verb: Token) -> bool:
    """ "tell the station we're not renewing", "warn them that the run moves": a statement told to the one named
    before it (not "tell you what")."""
    if clause.dep_ != "ccomp" or clause.i < verb.i:
        return False
    told = any(c.dep_ in ("dobj", "dative") and c.i < clause.i for c in verb.children)
    # "tell finance that's the number": what "that" is, the turn before says
    said = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in POINTING for c in clause.children)
    return verb.lemma_ in TELLING and told and said


POINTING = {"that", "this", "it", "there"}


def _second_object_after(cc: Token, verb: Token) -> bool:
    """ "send the deck and the budget tracker" parsed with "and" and "tracker" on the verb: a noun joined after the
    "and" with its own determiner, and the verb's object before it."""
    first = any(c.dep_ == "dobj" and c.i < cc.i for c in verb.children)
    second = any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > cc.i and any(d.dep_ == "det" for d in c.lefts)
        for c in verb.children
    )
    return first and second


def asked_question(clause: Token, verb: Token) -> bool:
    """ "what the agents want", "whether we need a licence", and "if we can say it" after a verb of asking: the
    question the work puts, which is its object."""
    first = next(iter(clause.subtree)).lower_
    return first in WH_WORDS or (first == "if" and verb.lemma_ in ASKING)


TRYING = {"see", "check"}


def _tried(verb: Token) -> Token | None:
    """The work a request puts as a try ("see if you can get the deck over", "check if you could send the
    deck"): the verb said after "if you can/could"; None for any other verb."""
    if verb.lemma_ not in TRYING:
        return None
    for clause in verb.children:
        marks, subject = said_with(clause, ("mark",)), said_with(clause, ("nsubj", "nsubjpass"))
        asked = marks & {"if", "whether"} and subject & SELF and said_with(clause, ("aux",)) & {"can", "could"}
        if clause.dep_ in ("ccomp", "advcl") and clause.i > verb.i and asked:
            return clause
    return None


def _got_made(verb: Token) -> bool:
    """ "get written permission", "get signed consent": "get" the parser took for a passive's auxiliary, though the
    participle after it describes the thing got, its object."""
    head = verb.head
    return (
        verb.dep_ == "auxpass"
        and verb.lemma_ == "get"
        and head.tag_ == "VBN"
        and head.i == verb.i + 1
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in head.children)
    )


def _tried_doing(verb: Token) -> Token | None:
    """ "I'll try calling her tomorrow": the work is the verb tried, said as "-ing" right after "try"."""
    if verb.lemma_ != "try" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)


def _asks(verb: Token) -> bool:
    """ "find out whether we need a licence", "check if the room's free": a verb of asking with its question."""
    return verb.lemma_ in ASKING and any(c.dep_ == "ccomp" and asked_question(c, verb) for c in verb.children)


def _said_after_object(tok: Token, verb: Token) -> bool:
    """A word said after the verb's object or its phrase ("speak to Marcus myself"), not the object itself
    ("introduce myself to the buyers")."""
    return any(c.dep_ in ("dobj", "prep", "dative", "prt") and c.i < tok.i for c in verb.children)


def _estimate_aside(tok: Token) -> bool:
    """ "a holding statement, maybe two or three lines,": an aside after a comma that opens with a hedge says
    roughly how big the thing is, not what it is."""
    start = tok.left_edge
    return tok.dep_ == "appos" and start.i > 0 and tok.doc[start.i - 1].text == "," and start.dep_ == "advmod"


def _first_thing(tok: Token) -> bool:
    """ "book them first thing (Monday)", "last thing today": when, though the parser reads it as an object."""
    if tok.lower_ != "thing" or tok.i < tok.head.i:
        return False
    said = [c.lower_ for c in tok.children]  # not "call her first thing", "a round-up first thing": more than when
    return said in (["first"], ["last"])


EVENT_PREPS = {"before", "after"}


def _event(prep: Token) -> bool:
    """ "before the shoot", "after the bank holiday": a deadline set by something that happens (a noun phrase
    with "the", not "before anything else", "after lunch at two" or "after all"); "straight after this": after
    the meeting."""
    obj = [c for c in prep.children if c.dep_ == "pobj"]
    said = [t.lower_ for t in prep.subtree if t.lower_ not in ("straight", "right", "just")]
    if said == ["after", "this"]:
        return True
    if len(obj) != 1 or obj[0].pos_ != "NOUN" or obj[0].lower_ in ("all", "that", "this"):
        return False
    words = list(prep.subtree)
    return any(t.dep_ == "det" and t.lower_ == "the" and t.head.i == obj[0].i for t in words) and len(words) <= 6


def _examples_after(child: Token, verb: Token) -> bool:
    """ "update the block list this week, gambling, obviously, and a few others": nouns after a break, with words
    between the verb's object and the break ("this week"), are examples or an aside, not a second object (unlike
    the list "send the deck, the notes and the budget")."""
    if child.dep_ not in ("dobj", "conj", "appos") or child.pos_ not in ("NOUN", "PROPN"):
        return False
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < child.i), None)
    start = child.left_edge.i
    if first is None or not child.doc[start - 1].is_punct or child.doc[start - 1].text == "-":
        return False
    return start - 1 > first.right_edge.i + 1  # something said between the object and the break


GIVING = {"get", "send", "bring", "give"}


def _given_thing(clause: Token, verb: Token) -> bool:
    """ "get you printed mock-ups of B", "send you signed copies": the parser reads the listener and a participle
    as a clause ("you printed mock-ups"); it is whom for and the thing given, with the participle its adjective."""
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    return (
        verb.lemma_ in GIVING
        and clause.tag_ == "VBN"
        and bool(subj)
        and subj[0].i == verb.i + 1
        and subj[0].lower_ in ("you", "us", "me")
        and clause.i == subj[0].i + 1
        and any(c.dep_ == "dobj" for c in clause.children)
    )


CAUSATIVE = {"have", "get", "make"}
DONE_OR_KEPT = CAUSATIVE | KEPT_AS  # "get it signed", "keep it held": the thing and its state
DEADLINE_PREPS = {"by", "before", "until", "till", "within"}


def _left_as(child: Token, verb: Token) -> bool:
    """ "have it live", "get the deck done": the state the thing is to be left in, which the parser reads as a
    clause with the thing as its subject; the thing and its state are the work, not a clause to drop."""
    subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    others = [c for c in child.children if c.dep_ in ("aux", "auxpass", "neg", "mark")]
    return verb.lemma_ in ("have", "get") and child.lower_ in LEFT_AS and bool(subj) and not others


def _causative(child: Token, verb: Token) -> bool:
    """ "get the compliance team to check the scripts", "have the voice over recorded": the object's own
    clause is the task, unlike "make sure we send it" (a subject pronoun starts a clause of its own)."""
    if verb.lemma_ not in DONE_OR_KEPT or child.i < verb.i:
        return False
    if child.dep_ == "advcl" and verb.lemma_ in CAUSATIVE and not _sparing(child):
        # the parser's other reading: "get [the team] [to check …]"; not "have the copy with Owen to give a buffer"
        obj = [c for c in verb.children if _got_to_do(c) and verb.i < c.i < child.i]
        to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
        return bool(obj and to) and not _subject_pronoun(obj[0])
    if child.dep_ != "ccomp":
        return False
    subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].i == verb.i + 1 and subj[0].lower_ in SENT_PRONOUNS and child.tag_ == "VBN":
        return verb.lemma_ != "make"  # "get it signed", "have that set up": the thing and what is done to it
    return verb.lemma_ in CAUSATIVE and bool(subj) and subj[0].i > verb.i and not _subject_pronoun(subj[0])


def _subject_pronoun(tok: Token) -> bool:
    """ "we", "they", "it": a pronoun that starts a clause of its own; not "IT" in capitals, the department ("get IT
    to send it to Lukas")."""
    return tok.lower_ in SUBJECT_PRONOUNS and tok.text != "IT"


def _had_done_by(verb: Token) -> Token | None:
    """The bare verb of "have the copywriter work up three options", "have Priti send it": work a person is had do,
    said in the report as "get … to …" (not "have the banners printed": a thing and what is done to it)."""
    if verb.lemma_ != "have":
        return None
    for c in verb.children:
        subj = [s for s in c.children if s.dep_ == "nsubj" and s.i > verb.i]
        done = any(d.dep_ in ("dobj", "prt") for d in c.children)  # not "have the results deck to you": a noun
        if c.dep_ == "ccomp" and c.tag_ == "VB" and subj and subj[0].pos_ in ("NOUN", "PROPN") and done:
            return c
    return None


def _got_to_do(tok: Token) -> bool:
    """Who a causative verb gets to do the work: its object, or a noun the parser reads as its complement ("get
    comms to send it")."""
    return tok.dep_ == "dobj" or (tok.dep_ in ("acomp", "oprd") and tok.pos_ in ("NOUN", "PROPN"))


def _mistagged_noun(child: Token) -> bool:
    """ "speak to Marcus in ecommerce tech myself": the last word of a name read as a verb hung on the task's verb,
    right after the noun it ends, with no subject, marker or "to" of its own."""
    before = child.doc[child.i - 1] if child.i > 0 else None
    return (
        child.dep_ == "advcl"
        and before is not None
        and before.dep_ == "pobj"
        and before.pos_ in ("NOUN", "PROPN")
        and not any(
            c.dep_ in ("mark", "aux", "nsubj", "nsubjpass") or c.i > child.i and c.dep_ == "prep"
            for c in child.children
        )
    )


def addressed(tok: Token) -> bool:
    """A name set off by commas in a sentence said to "you" ("Can you sort the crew hotel, Shona?", "I'll send you
    the list, Obi, by Friday"): whom the speaker talks to, which the parser hangs on a noun as its appositive; not
    one naming whom the thing goes to ("I'll send it to our designer, Lucy Tam.")."""
    words = [t for t in tok.subtree if not t.is_punct]
    if tok.dep_ != "appos" or not words or any(t.pos_ != "PROPN" for t in words):
        return False
    doc, start, end = tok.doc, words[0].i, words[-1].i + 1
    set_off = start > 0 and doc[start - 1].text == "," and (end == len(doc) or doc[end].is_punct)
    return set_off and any(t.lower_ == "you" for t in tok.sent)


def _name(appos: Token) -> str:
    return " ".join(t.text for t in appos.subtree if not t.is_punct)


def _drop_from(head: Token, drop: set[int], keep_subject: bool = False) -> None:
    for child in head.children:
        if _mistagged_noun(child):
            drop.update(t.i for t in child.subtree if t.i > child.i)  # the name ends there: not what hangs after it
        elif _causative(child, head):
            _drop_from(child, drop, keep_subject=True)
        elif child.dep_ in ("acomp", "ccomp") and child.lower_ == "sure" and head.lemma_ == "make":
            # "make sure you get it as soon as it's signed off": what is made sure of loses its "as soon as …"
            for said in (c for c in child.children if c.dep_ == "ccomp"):
                drop.update(
                    t.i for c in said.children if c.lower_ == "soon" and _drop_child(c, said) for t in c.subtree
                )
        elif keep_subject and (child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "aux" and child.lower_ == "to")):
            continue
        elif _drop_child(child, head):
            drop.update(t.i for t in child.subtree)


def _aside(tok: Token) -> bool:
    """Where an aside starts (the transcript's dashes are commas by now): "a quick competitor review, what the
    big brands are doing in store"."""
    doc = tok.doc
    if tok.text not in (",", "—", "–") or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "what":
        return False
    return not (doc[tok.i + 2].is_punct or doc[tok.i + 2].like_num)  # not "set up, what, six interviews"


OBJECT_DEPS = ("dobj", "dative", "attr", "acomp", "ccomp", "xcomp")
REPORT_BACK = {"come", "get", "revert", "report", "let", "circle"}
ANSWERING = frozenset({"come", "get", "report", "circle"})  # "come back to you", "get back to you", "report back"


def _has_object(verb: Token) -> bool:
    """ "fix the tracking", "go through the list": a verb that says what it is done to."""
    return any(
        c.dep_ == "dobj"
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children))
        for c in verb.children
    )


def _keep_second_verb(verb: Token, drop: set[int]) -> None:
    """A verb with no object of its own keeps the verb it is joined to: "sit down and fix the tracking", "get
    together and go through the list" (the first verb alone says nothing)."""
    if any(c.dep_ in OBJECT_DEPS or c.dep_ == "prep" for c in verb.children):
        return
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or conj.lemma_ in REPORT_BACK or not _has_object(conj):
        return
    drop.difference_update(t.i for t in conj.subtree)
    drop.difference_update(c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i)
    _drop_from(conj, drop, keep_subject=True)


# verbs that only get in touch with someone ("speak to both organisers", "check with Aled", "ring the council"): what
# the work is, is what is put to them, said after it
CONTACT_VERBS = {"speak", "talk", "check", "ring", "call", "phone", "ask", "chase", "email", "contact", "go"}
CONTACT_PREPS = {"to", "with"}
ASKED_MARKS = {"whether", "if"}  # the question a contact verb puts ("if" after "ask", "check")
WHOM = {"them", "her", "him"}  # "ring them", "ask her"
APPOSITIVE_WORDS = 5  # "check with Aled, our accessibility lead, whether …": the aside before the question


def _whom(verb: Token) -> Token | None:
    """The one a contact verb gets in touch with: "speak to her manager", "check with legal", "go back to
    Sparrowhawk", "ring the council"; None for a verb that does work on a thing ("check the claim")."""
    if verb.lemma_ not in CONTACT_VERBS:
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in CONTACT_PREPS):
            found = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if found is not None:
                return found
    if verb.lemma_ in ("check", "go"):
        return None  # "check the claim", "go through it": work on a thing
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return next((c for c in objects if c.pos_ in ("PROPN", "NOUN") or c.lower_ in WHOM), None)


def _keep_what_is_put(verb: Token, drop: set[int]) -> None:
    """A verb that only gets in touch keeps the verb joined to it that says what for: "speak to both organisers and
    find out whether we need a TEN", "go back to Sparrowhawk and pin down what they're putting in" (not "and come
    back to you", "and tell you Thursday": reporting back to the listener)."""
    compressed = sent_on(verb) is not None and any(c.dep_ == "dobj" for c in verb.children)
    if _whom(verb) is None or compressed:
        return  # "chase the proofs and send them over": said as "chase and send the proofs" (``sent_on``)
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is not None and _answer_brought_back(verb, conj, drop):
        return
    if conj is None or any(c.dep_ == "nsubj" for c in conj.children):
        return
    if conj.lemma_ in REPORT_BACK and not (conj.lemma_ == "get" and any(c.dep_ == "dobj" for c in conj.children)):
        return  # "and get back to you"; not "and get them to you", the thing sent
    joins = [c.lower_ for c in verb.children if c.dep_ in ("cc", "prep", "advmod") and verb.i < c.i < conj.i]
    if joins and joins[-1] != "and":
        return  # "ring the editor rather than send another email", "or email them": instead, not what for
    told = [c for c in conj.children if c.dep_ in ("dobj", "dative") and c.lower_ in LISTENER_WORDS]
    if told or not (_has_object(conj) or any(c.dep_ == "ccomp" for c in conj.children)):
        return
    drop.difference_update(t.i for t in conj.subtree)
    drop.difference_update(c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i)
    _drop_from(conj, drop, keep_subject=True)


def _kept_if_it_fits(verb: Token, drop: set[int], said: set[int], most: int, trimmed: Token | None = None) -> bool:
    """Takes ``said`` back out of ``drop`` (and, for ``trimmed``, drops what its own children add, ``_drop_from``)
    when the task then has at most ``most`` tokens; else leaves ``drop`` as it was, too long to say both: the work
    alone. Returns whether it kept them."""
    before = set(drop)
    drop.difference_update(said)
    if trimmed is not None:
        _drop_from(trimmed, drop, keep_subject=True)
    if _length(verb, drop) > most:
        drop.clear()
        drop.update(before)
        return False
    return True


PUTTING_QUESTIONS = {"ask", "check", "speak", "talk"}  # getting in touch to put a question, not "ring", "chase"
ANSWER_BACK_VERBS = {"come", "report", "get"}  # "and come back to you", "and report back", "and get back to you"
ANSWER_WORDS = 12  # the question and its answer brought back, said together, at most


def _answer_brought_back(verb: Token, conj: Token, drop: set[int]) -> bool:
    """A question put to someone and the answer brought back are one piece of work: "check with finance and come
    back to you", "ask the MD about the Irish stores and report back" keep the answer coming back (not "ring the
    venue and come back to you", getting in touch only, nor "come back to you with the costs", work of its own);
    when both fit in a few words."""
    if verb.lemma_ not in PUTTING_QUESTIONS or conj.lemma_ not in ANSWER_BACK_VERBS or _whom(verb) is None:
        return False
    if not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in conj.children):
        return False
    if any(c.dep_ in ("nsubj", "dobj") for c in conj.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in conj.children):
        return False  # "come back to you with the costs": what is brought back is work of its own
    if not any(c.dep_ == "cc" and c.lower_ == "and" and verb.i < c.i < conj.i for c in verb.children):
        return False
    said = {t.i for t in conj.subtree} | {c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i}
    return _kept_if_it_fits(verb, drop, said, ANSWER_WORDS)


def _glued(tok: Token) -> bool:
    """A hyphen written between two words, with no space either side ("one-pager", "check-in")."""
    doc = tok.doc
    return tok.text == "-" and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _object_run_on(child: Token, verb: Token) -> bool:
    """A hyphenated noun said straight after the verb's object that the parser hung on the verb as an adverbial
    noun ("tweak the staffing one-pager": "pager" on "tweak", "staffing" read as the object): it ends the object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < child.i), None)
    words = list(child.subtree)
    return (
        obj is not None
        and child.pos_ == "NOUN"
        and child.ent_type_ not in ("DATE", "TIME")
        and child.left_edge.i == obj.right_edge.i + 1
        and words[-1].i == child.i
        and any(_glued(t) for t in words)
        and all(_glued(t) or t.doc[t.i + 1].text == "-" or t.i == child.i for t in words)  # one word, written whole
        and not any(t.pos_ == "ADP" for t in words)  # "day-by-day", "week-on-week": how often, not a thing
    )


def _hyphens_kept(words: list[Token]) -> list[Token]:
    """The hyphen of a word whose halves are both kept ("check-in": the parser hung "-" on the verb as punctuation,
    which a task drops), so the word reads whole."""
    kept = {t.i for t in words}
    doc = words[0].doc if words else None
    glued = [] if doc is None else [t for t in doc if _glued(t) and t.i not in kept and {t.i - 1, t.i + 1} <= kept]
    return sorted([*words, *glued], key=lambda t: t.i) if glued else words


def _noun_run_on(verb: Token, words: list[Token]) -> list[Token]:
    """The object's words with the noun after it that the parser hung on an earlier verb ("I'll keep monitoring and
    send a sentiment snapshot round": "snapshot" read as a complement of "keep"), which finishes the object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i == c.i), None)
    if obj is None or obj not in words or obj.i + 1 >= len(verb.doc):
        return words
    nxt = verb.doc[obj.i + 1]
    if nxt.pos_ != "NOUN" or nxt.dep_ not in ("oprd", "dobj") or nxt.ent_type_ or nxt.head.i >= verb.i:
        return words
    at = words.index(obj) + 1
    return [*words[:at], nxt, *words[at:]]


def asked_after(verb: Token) -> list[Token]:
    """The question put to whom a contact verb names, when the parser hung it outside the verb's phrase ("check
    with Aled, our accessibility lead, whether we need an easy-read version"): its words, else none."""
    if _whom(verb) is None or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    end = verb.right_edge.i
    sent = verb.sent
    for tok in sent:
        if tok.i <= end or tok.i - end > APPOSITIVE_WORDS + 1:
            continue
        asked = tok.lower_ == "whether" or (tok.lower_ == "if" and verb.lemma_ in ASKING)  # "ring them if …": when
        if asked and tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX"):
            between = verb.doc[end + 1 : tok.i]
            if any(c.dep_ in ("nsubj", "nsubjpass") for t in between for c in t.children):
                return []  # a clause of its own between ("I'll ring them, they'll know whether …")
            return [t for t in tok.head.subtree if t.i >= tok.i and (not t.is_punct or t.text == "-")]
    return _question_split_off(verb, end)


def _question_split_off(verb: Token, end: int) -> list[Token]:
    """ "check with the print team what's in stock and come back to you", parsed as two sentences: the question
    straight after whom the verb names, up to the next step it is joined to."""
    doc = verb.doc
    end = max((t.i for t in verb.subtree if not t.is_punct), default=end)  # a full stop between: a new question
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in WH_WORDS or doc[end + 1].lower_ == "why":
        return []
    wh = doc[end + 1]
    head = wh.head if wh.head.pos_ in ("VERB", "AUX") and wh.head.i > wh.i else None
    if head is None or head.sent == verb.sent:
        return []  # in the verb's own sentence the parser hung it where ``task_text`` finds it
    after = {t.i for c in head.children if c.dep_ in ("conj", "cc") and c.i > head.i for t in c.subtree}
    return [t for t in head.subtree if t.i >= wh.i and t.i not in after and not t.is_punct]


NEXT_STEP_PREPS = {"into", "in", "onto", "to", "past", "through", "with"}


def _keep_next_step(verb: Token, drop: set[int]) -> None:
    """A joined verb that does the next step to the same thing keeps it: "redo the drawings and fold them into the
    AV spec", "… and they'll fold it into the AV spec" (not "and I'll email the printers", an item of its own, nor
    "and send it over", said as "and send", nor "and come back to you")."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or conj.lemma_ in REPORT_BACK | {"send", "get", "have"} or not _has_object(verb):
        return
    subj = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ != "they":
        return
    objs = [c for c in conj.children if c.dep_ == "dobj"]
    preps = [c for c in conj.children if c.dep_ == "prep" and c.lower_ in NEXT_STEP_PREPS]
    if not objs or objs[0].lower_ not in SENT_PRONOUNS or not preps:
        return
    kept = {t.i for t in conj.subtree} | {c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i}
    before = set(drop)
    drop.difference_update(kept)
    _drop_from(conj, drop)
    if _length(verb, drop) > STEPS_WORDS:
        drop.update(before | kept)  # too long to say both: the first step alone


SPARING = {"give", "allow", "leave", "build"}  # "to give a bit of buffer", "to allow time for printing"
SPARED = {"buffer", "time", "room", "margin", "headroom", "contingency", "slack", "breathing"}


def _sparing(clause: Token) -> bool:
    """ "to give a bit of buffer", "to allow time for printing": why the day is early, no work of its own."""
    return clause.lemma_ in SPARING and any(t.lemma_ in SPARED for t in clause.subtree)


def _keep_purpose(verb: Token, drop: set[int]) -> None:
    """What the work is for, said as "to" and a verb after it, is kept when both fit: "put the catering out to
    tender", "call the venue to confirm the date" (not "in order to", nor a clause with a subject of its own)."""
    purpose = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp")
            and c.i > verb.i
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
        ),
        None,
    )
    if purpose is None or purpose.i - 2 < 0 or purpose.doc[purpose.i - 2].lower_ in ("order", ","):
        return
    if _sparing(purpose):
        return  # "by the 13th to give a bit of buffer": why that day, not what the work is for
    if not all(t.i in drop for t in purpose.subtree):
        return  # kept already
    if any(t.lower_ in SENT_PRONOUNS and t.dep_ in ("dobj", "pobj") for t in purpose.subtree):
        return  # "set up a call to go through it": what for is said before, the call is the work
    _kept_if_it_fits(verb, drop, {t.i for t in purpose.subtree}, MAX_TOKENS, trimmed=purpose)


FITTED = {"it": ("NN", "NNP"), "they": ("NNS", "NNPS")}  # the object's pronoun, of its number
FITTING = frozenset({"fit", "match", "suit", "work", "sit", "read"})  # what the thing is made to do


def _keep_made_to_fit(verb: Token, drop: set[int]) -> None:
    """What the work makes the thing fit, said as "so it …"/"so they …" of the object ("rework the supporting
    lines so they fit the new name", "fix the form so it works on mobile"; ``FITTING``), is kept up to the
    clause's first comma when both fit; not "so" with another subject ("send it tonight so you've got the
    visuals"), a reason, nor another verb ("book it so it's done"). The CUT row "reason_inline" leaves it."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objects:
        return
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > objects[0].i):
        if not any(m.dep_ == "mark" and m.lower_ == "so" for m in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or objects[0].tag_ not in FITTED.get(subj.lower_, ()) or clause.lemma_ not in FITTING:
            continue
        if not all(t.i in drop for t in clause.subtree):
            return  # kept already
        comma = next((t.i for t in clause.subtree if t.is_punct and t.i > clause.i), clause.right_edge.i + 1)
        _kept_if_it_fits(verb, drop, {t.i for t in clause.subtree if t.i < comma}, MAX_TOKENS)
        return


NEEDING = {"need", "want", "require"}
SEND_ON = {"send", "circulate", "share"}


def _needed_for(verb: Token, drop: set[int]) -> None:
    """ "need the brand guidelines from you to start on the stand design": the parser makes the thing needed (had
    from someone) the subject of what it is needed for; the thing is kept, what the one needing it will do with it
    goes. Not "need the crew to arrive early", where what is needed is the crew's doing."""
    if verb.lemma_ not in NEEDING:
        return
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        thing = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if thing is not None and any(c.dep_ == "prep" and c.lower_ == "from" for c in thing.children):
            kept = {t.i for t in thing.subtree}
            drop.update(t.i for t in clause.subtree if t.i not in kept)


TRAILING = ("prep", "advmod", "npadvmod")
STEP_JOINS = {"and", "then", "plus", "&"}  # what a joined step may lose when both do not fit


def _length(verb: Token, drop: set[int]) -> int:
    """The words of the verb's phrase kept so far, a deadline said inside it left out (``said_dates``)."""
    dates = said_dates(verb)
    return sum(1 for t in verb.subtree if t.i not in drop and t.i not in dates and t.i >= verb.i and not t.is_punct)


def _size(tok: Token, drop: set[int]) -> int:
    return sum(1 for t in tok.subtree if t.i not in drop and not t.is_punct)


def _keep_send_on(verb: Token, drop: set[int], top: Token | None = None) -> None:
    """A joined verb with a thing of its own is the work's next step, kept when both fit: "rework the line and give
    you two alternatives" (not "and come back to you"); as a joined "and send": "bump the logo up
    and send a new version round", "confirm with them and send the contract for signature" (not "and I'll send
    the deck", said with a subject of its own, an item of its own). ``top``: the task's own verb, when ``verb`` is
    the clause of a "get the studio to swap it and send a new proof" (the length counted is the whole task's)."""
    top = verb if top is None else top
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if conj is None or any(c.dep_ == "cc" and c.lower_ not in STEP_JOINS for c in verb.children if c.i < conj.i):
        return  # "ring the editor rather than send another email": the other way, not a next step
    objs = [c for c in conj.children if c.dep_ == "dobj"]
    passed_on = any(_causative(c, conj) for c in conj.children)  # "and get her to edit the caption"
    if conj.lemma_ in REPORT_BACK - SEND_ON and not (objs and objs[0].pos_ == "NOUN") and not passed_on:
        return  # "and come back to you", not "and get you the dates back"
    if not any(c.dep_ in (*OBJECT_DEPS, "prep", "prt") for c in verb.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conj.children):
        return
    if objs and objs[0].pos_ not in ("NOUN", "PROPN"):
        return  # "and send it over": said as "and send" (``sent_on``)
    if not objs and not passed_on and not _asks(conj) and (conj.lemma_ in SEND_ON or not _has_object(conj)):
        return  # "and push for a credit note", "and find out whether …" are steps; "and see", "and send" are not
    kept = {t.i for t in conj.subtree} | {c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i}
    before = set(drop)
    drop.difference_update(kept)
    _drop_from(conj, drop)
    dates = said_dates(top)
    if not any(t.i not in drop and t.i not in dates and t.pos_ in ("NOUN", "PROPN") for t in conj.subtree):
        drop.clear()
        drop.update(before)  # "and confirm by Wednesday": the second step says nothing but when
        return
    trailing = sorted(c.i for c in (*verb.children, *conj.children) if c.dep_ in TRAILING and c.i > conj.i)
    last = verb.doc[trailing[-1]] if trailing and trailing[-1] not in drop else None
    if _length(top, drop) > STEPS_WORDS and last and _length(top, drop) - _size(last, drop) <= STEPS_WORDS:
        drop.update(t.i for t in last.subtree)  # the least said goes first: a trailing "for …", "with …"
    if objs and _length(top, drop) > STEPS_WORDS:  # "…and send a revised estimate [for the extra round]": both,
        drop.update(t.i for c in _said_after(conj, objs[0]) for t in c.subtree)  # the second without its detail
    if _length(top, drop) > STEPS_WORDS:
        drop.clear()
        drop.update(before)  # too long to say both: the first step alone


def _said_after(conj: Token, obj: Token) -> list[Token]:
    """The phrases after the second step's object that say more about it ("for the extra development round")."""
    return [c for c in (*conj.children, *obj.children) if c.dep_ == "prep" and c.i > obj.i]


# verbs that only pick up the material the next step works on: "take the palette and the fox and turn it all into
# the guidelines document", "grab the survey results and pull them into a summary"
PICKING_UP = {"take", "grab", "use", "gather", "collect"}
PICKED = {"it", "them", "those", "these", "that"}


def _picked_up(verb: Token) -> str | None:
    """The work of "take X and turn it into Y": the second verb's, done to what the first picked up ("turn X into
    Y"); None when the first verb is work of its own ("take the brief and send it round" is still the sending, but
    "take them through the deck" takes no material)."""
    if verb.lemma_ not in PICKING_UP or verb.tag_ == "VBN":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    then = next((c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"), None)
    if obj is None or then is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in then.children):
        return None
    if any(c.dep_ in ("prep", "dative") and c.i < then.i for c in verb.children):
        return None  # "take Lucy through the deck and send it over", "take the deck to the board and …": no picking up
    pron = next((c for c in then.children if c.dep_ == "dobj" and c.lower_ in PICKED), None)
    if pron is None or not any(c.dep_ in ("prep", "prt") and c.i > pron.i for c in then.children):
        return None  # "take the notes and file them": "file them" alone says no more than the taking
    thing = " ".join(t.text for t in obj.subtree if not t.is_punct and t.i < then.i and t.lower_ not in FILLER_WORDS)
    work = task_text(then, None)
    said = rf"\b{pron.text}(?: all| both)?(?: ({'|'.join(PICKED_PARTICLES)}))?\b"  # "type them up" -> "type up X"
    return re.sub(said, lambda m: f"{m.group(1)} {thing}" if m.group(1) else thing, work, count=1) if thing else None


FILLER_WORDS = {"just", "um", "uh"}
PICKED_PARTICLES = ("up", "out", "down", "together", "round", "back", "over", "across", "off")


def task_text(verb: Token, subj: Token | None) -> str:
    """The verb phrase of ``verb`` without its subject, auxiliaries, hedges, clauses and deadline words."""
    picked = _picked_up(verb)
    if picked:
        return picked
    if _got_made(verb):  # "I'll get written permission from all three", read as a passive "get written"
        return f"{verb.text} {task_text(verb.head, None)}"
    tried = _tried(verb)
    if tried is not None:  # "see if you can get the deck over by Friday": the work is getting the deck over
        return task_text(tried, None)
    doing = _tried_doing(verb)
    if doing is not None:  # "try ringing her agent" -> "ring her agent"
        text = task_text(doing, None)
        return f"{doing.lemma_}{text[len(doing.text) :]}" if text.startswith(doing.text) else text
    drop: set[int] = set()
    if subj is not None:
        drop.update(t.i for t in subj.subtree)
    _drop_from(verb, drop)
    for state in (c for c in verb.children if c.dep_ == "advcl" and with_done(c, verb)):
        _trim_state(state, verb, drop)
    # "tell the printers that the run moves": the message without its "that"
    drop.update(c.left_edge.i for c in verb.children if _message(c, verb) and c.left_edge.lower_ == "that")
    _keep_second_verb(verb, drop)
    _keep_what_is_put(verb, drop)
    _keep_next_step(verb, drop)
    _keep_send_on(verb, drop)
    for done_by in (c for c in verb.children if _causative(c, verb) or _mistagged_noun(c)):
        _keep_send_on(done_by, drop, verb)  # "get the studio to swap it and send a fresh proof"
    _keep_purpose(verb, drop)
    _needed_for(verb, drop)
    _keep_made_to_fit(verb, drop)
    for tok in verb.subtree:  # "ready by Wednesday": a deadline further down the phrase
        if in_question(tok):
            continue  # "check with the printer if they can deliver by Friday": the date is what is asked
        if tok.dep_ == "prep" and tok.lower_ in DEADLINE_PREPS and tok.i > verb.i and _is_date_phrase(tok):
            drop.update(t.i for t in tok.subtree)
        if tok.dep_ in ("npadvmod", "tmod") and tok.head.i != verb.i and tok.i > verb.i and _is_date_phrase(tok):
            drop.update(t.i for t in tok.subtree)  # "the account transfer today": the date inside a kept phrase
        if _estimate_aside(tok) or addressed(tok):  # "sort the crew hotel, Shona?": whom it is said to
            drop.update(t.i for t in tok.subtree)
        if _no_promises(tok) and tok.i > verb.i:  # "hold the two dates, no obligation": hung on the object
            drop.update(t.i for t in tok.subtree)
    how = how_we_will(verb)  # "on how we'll report" -> "on reporting"
    drop.update(t.i for v in how for t in v.children if t.dep_ in ("nsubj", "aux") or t.lower_ == "how")
    drop.update(said_dates(verb))  # "get the joining instructions out end of the month"
    given = given_to_you(verb, drop)
    flicked = flicked_over(verb)
    if flicked:  # "fire over the revised estimate": sent, the "over" said with it goes
        drop.update(c.i for c in verb.children if c.i == verb.i + 1 and c.lower_ in FLICKED)
    dash = next((t.i for t in verb.sent if t.i > verb.i and _aside(t)), None)
    start = _verb_start(verb)
    words = [
        t
        for t in sorted(verb.subtree, key=lambda t: t.i)  # a parse that crosses itself ("on what the letter needs
        if t.i not in drop and t.i >= start and (not t.is_punct or t.text == "-") and (dash is None or t.i < dash)
    ] + asked_after(verb)  # to say": "what" hangs on "say") yields its subtree out of the order said
    words = _hyphens_kept(_noun_run_on(verb, words))
    steps = any(t.dep_ == "conj" for t in words)  # two steps, or a list of things, may say a little more
    words = cut_words(words, STEPS_WORDS if steps else MAX_TOKENS)
    said = [
        "send" if got_for_you(t) or (t.i == verb.i and (given or flicked)) else gerund(t.lemma_) if t in how else t.text
        for t in words
    ]
    named = next((t for t in verb.subtree if addressed(t)), None)
    if named is not None:  # "Shall I give you a login, Femi?": the one given it is Femi
        said = [
            _name(named) if t.lower_ == "you" and t.dep_ == "dative" and t.head == verb else w
            for t, w in zip(words, said, strict=True)
        ]
    made = _had_done_by(verb)
    if made is not None:  # "have the copywriter work up three options" -> "get the copywriter to work up …"
        said = ["get" if t.i == verb.i else f"to {w}" if t.i == made.i else w for t, w in zip(words, said, strict=True)]
    shown = _fronted_object(verb)
    if shown is not None:  # "That I can send you." -> "send that"
        listener = {c.i for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ in LISTENER_WORDS}
        said = [shown.lower_ if t.i in listener else t.text for t in words]
        if not listener:
            said.insert(1 + sum(1 for t in words if t.dep_ == "prt" and t.head.i == verb.i), shown.lower_)
    fronted = _fronted_for(verb)
    if fronted and "for" not in (w.lower() for w in said) and len(said) + len(fronted) <= MAX_TOKENS:
        said += fronted  # "For the site visit, I can put a pack together." -> "put a pack together for the site visit"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    sent = sent_on(verb) if obj is not None and len(said) + 2 <= MAX_TOKENS and not _changed_to(verb) else None
    if obj is not None and sent:  # "… and get it over": "and send"
        head = next((k for k, t in enumerate(words) if t.i >= obj.left_edge.i), len(words))
        # "mock it up and send it over": the particle said after the object goes with its verb ("mock up and send")
        prt = [k for k, t in enumerate(words) if t.dep_ == "prt" and t.head.i == verb.i and t.i > obj.i]
        moved_prt = [said.pop(k) for k in reversed(prt)][::-1]
        said[head:head] = [*moved_prt, "and", sent]
    text = " ".join(said).replace(" - ", "-")  # "the re-edit"
    waits = waited_for(verb)
    text = f"{text} ({waits})" if waits and text else text
    return joined_contractions(text).strip()


LISTENER_WORDS = {"you", "me", "us"}


# verbs that change a thing to something ("update the plan to six", "move the shoot to Tuesday")
CHANGING = frozenset(
    "update change move push bring shift switch cut trim raise lower increase reduce drop bump extend amend".split()
)


def _changed_to(verb: Token) -> bool:
    """The verb says what its object becomes ("update the media plan to six and send it round"): "update and send
    the media plan to six" would send it to six, so the steps stay as said; not "draft a letter to the MP and send
    it", whom the thing is for."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and verb.lemma_ in CHANGING
        and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i for c in verb.children)
    )


def _fronted_object(verb: Token) -> Token | None:
    """A demonstrative said before the subject as the verb's object ("That I can give you.", "Those we can
    reprint"): the verb has no object of its own but the listener, and nothing else comes before the subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        subj is None
        or subj.i == 0
        or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in LISTENER_WORDS for c in verb.children)
    ):
        return None
    first = verb.doc[verb.sent.start] if subj.i - 1 == verb.sent.start else None
    if first is None or first.lower_ not in DEMONSTRATIVES or first.head.i != verb.i:
        return None
    return first


FRONTED_WORDS = 5
NOT_PURPOSE = {"now", "example", "instance", "record", "sure", "starters", "moment", "reference", "once", "ages",
               "rest", "sake"}  # fmt: skip


def _fronted_for(verb: Token) -> list[str]:
    """What the work is for, said before the subject: "For the site visit, I can put a pack together." -> "for the
    site visit"; not a date ("For Tuesday, …"), a person ("For me, …") or an idiom ("For now, …")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i), None)
    if prep is None or subj is None or prep.i > subj.i:
        return []
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lower_ in NOT_PURPOSE:
        return []
    words = [t for t in prep.doc[prep.i : obj.i + 1] if not t.is_punct and t.dep_ != "poss"]
    if any(t.ent_type_ or t.lower_ in DATE_WORDS for t in words):
        return []
    return [w.text.lower() if w.i == prep.i else w.text for w in words] if len(words) <= FRONTED_WORDS else []


CONTRACTION = re.compile(r" (?=(?:'s|'d|'ll|'re|'ve|'m|n't)\b)", re.IGNORECASE)


def joined_contractions(text: str) -> str:
    """ "who 'd be free", "it 's" as the tokens were joined -> "who'd be free", "it's"."""
    return CONTRACTION.sub("", text)
