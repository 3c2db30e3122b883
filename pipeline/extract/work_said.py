"""Work a task only points at, said in other words just before it (for ``pipeline/extract/wording.py``):

    "It'd be worth you meeting our regional buyers. I'll make the intro."  -> whom: "the regional buyers"
    "So the shelf wobblers need redoing." / "Our studio will pick that up." -> "redo the shelf wobblers"

The verbs are data (``models/wording/task_wording.jsonl`` INTRO and TAKE_ON rows); the turns are parsed already.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.antecedents import LIGHT_VERBS, PRONOUNS, _path, chunk_text
from pipeline.extract.turns import Turn

NEARBY = 2  # turns before the task's own that are looked at
POSSESSIVE = re.compile(r"^(?:our|your|their|my|his|her)\s+", re.IGNORECASE)


def introduced_to(turns: list[Turn], at: int, meet: frozenset[str], names: set[str]) -> str | None:
    """Whom "make the intro" (said in turn ``at``) introduces to: the object of the last "meet X" / "talk to X"
    said before it in the turn, else in the turn or two before ("worth you meeting the regional buyers")."""
    for k in range(at, max(-1, at - NEARBY - 1), -1):
        found: str | None = None
        for tok in turns[k].doc:
            if k == at and tok.lower_.startswith("intro"):
                break
            if tok.lemma_ in meet and tok.pos_ == "VERB":
                obj = _met(tok)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.text not in names:
                    found = _phrase(obj)
            named = _named_contact(tok)
            if named is not None and named.text not in names:  # "That's Mariam in internal comms. I'll introduce you."
                found = _phrase(named)
        if found:
            return found
    return None


def done_to_before(turns: list[Turn], at: int, verb: str, names: set[str]) -> str | None:
    """The thing a bare verb (``verb``, said alone in turn ``at``: "I'll order as soon as the files land") is done to:
    the object of that verb in the turn or two before ("Theo can get the samples ordered", "we should order the
    samples"), the nearest first; None when none says it, or for a light verb ("do", "get"), which says no work."""
    if verb in LIGHT_VERBS:
        return None
    for k in range(at - 1, max(-1, at - NEARBY - 1), -1):
        for tok in reversed(turns[k].doc):
            if tok.lemma_.lower() != verb or tok.pos_ != "VERB":
                continue
            said = ("nsubj", "nsubjpass") if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp") else ("dobj",)
            thing = next((c for c in tok.children if c.dep_ in said and c.pos_ in ("NOUN", "PROPN")), None)
            text = chunk_text(thing, names) if thing is not None else None
            if text:
                return f"{verb} {text}"
    return None


def needed_work(turns: list[Turn], at: int, before: int | None, needing: frozenset[str], names: set[str]) -> str | None:
    """The work "pick that up" (or a bare "Any chance?") takes on, when a sentence just before it says what the
    thing needs ("the stage drawings need redoing", "the deck needs to be updated", "we need the banners resized"):
    "redo the stage drawings". The nearest sentence
    first, in turn ``at`` before token ``before``, else the turns before it."""
    if not 0 <= at < len(turns):
        return None
    for k in range(at, max(-1, at - NEARBY - 1), -1):
        for sent in reversed(list(turns[k].doc.sents)):
            if k == at and before is not None and sent.start >= before:
                continue
            for tok in sent:
                work = _work(tok, needing, names)
                if work:
                    return work
    return None


def _work(tok: Token, needing: frozenset[str], names: set[str]) -> str | None:
    """ "X need(s) Ving" / "X need(s) to be Ved" with ``tok`` the work's verb: "V X" and its phrases."""
    need = next((c for c in tok.children if c.dep_ == "aux" and c.lemma_ in needing and tok.tag_ == "VBG"), None)
    if need is None and tok.dep_ == "xcomp" and tok.tag_ in ("VBG", "VBN") and tok.head.lemma_ in needing:
        need = tok.head  # "need redoing", "needs to be redone"
    if need is None and tok.dep_ in ("ccomp", "oprd") and tok.tag_ in ("VBN", "VBD") and tok.head.lemma_ in needing:
        need = tok.head  # "we'd need the catalogue synced": the thing is the participle's subject
    if need is None:
        return _needed_doing(tok)
    subj = next((c for c in [*tok.children, *need.children] if c.dep_ in ("nsubj", "nsubjpass")), None)
    thing = chunk_text(subj, names) if subj is not None else None
    if not thing:
        return None
    preps = [
        " ".join(t.text for t in c.subtree)
        for c in tok.children
        if c.dep_ == "prep" and not any(t.lower_ in PRONOUNS or t.lower_ == "they" for t in c.subtree)
    ]
    thing = re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), thing)
    return " ".join([tok.lemma_, thing, *preps])


def _needed_doing(verb: Token) -> str | None:
    """ "our finance team will need to set you up on the new portal" / "They'll sort that": the work itself, "set
    you up on the new portal", when someone other than the speaker needs to do something to a thing; not "I need
    to see the plan" (what the speaker wants is not the work taken on)."""
    need = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or need.lemma_ != "need" or need.pos_ != "VERB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ == "i" for c in need.children):
        return None
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "pobj") and c.pos_ in ("NOUN", "PROPN") for c in verb.subtree):
        return None  # "need to sort it": nothing named
    cut = ("advcl", "ccomp", "relcl", "conj", "cc", "punct", "npadvmod")
    words = [t for t in verb.subtree if t.i >= verb.i and not any(a.dep_ in cut for a in _path(t, verb))]
    return " ".join(t.text for t in words)


IDENTIFYING = frozenset({"that", "it", "she", "he"})


def _named_contact(verb: Token) -> Token | None:
    """The person a "That's Mariam" / "It'd be Tom" names: the name said as what the pointer is."""
    if verb.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in IDENTIFYING for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"), None)


def _met(verb: Token) -> Token | None:
    """Whom a verb of meeting is with: its object ("meet the buyers") or after "to"/"with" ("talk to them")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _phrase(obj: Token) -> str:
    """The noun phrase of ``obj`` with the names joined to it ("Halden & Rook"), without phrases after it."""
    words = [t for t in obj.subtree if not any(a.dep_ in ("prep", "relcl", "acl") for a in _path(t, obj))]
    return POSSESSIVE.sub("the ", " ".join(t.text for t in words if not t.is_punct or t.text == "&"))


def needed_in(
    turns: list[Turn], at: int, before: int | None, lacking: frozenset[str], names: set[str]
) -> tuple[str, str] | None:
    """What "add it in there" puts in what, when the sentence just before it says a piece of work lacks a thing
    ("The deck needs the new pricing." / "I'll add it in there today."): ("the new pricing", "the deck"). The
    nearest sentence only, in turn ``at`` before token ``before``, else the turn before it; None unless its
    subject and its object both name things ("we need the pricing" says nothing of where it goes)."""
    if not 0 <= at < len(turns):
        return None
    for k in range(at, max(-1, at - 2), -1):
        sents = [s for s in turns[k].doc.sents if not (k == at and before is not None and s.end > before)]
        sents = [s for s in sents if not _acknowledges(s)]  # "Good shout. I'll add it.": past the thanks
        if sents:
            return _lacks(sents[-1], lacking, names)
    return None


def _acknowledges(sent: Span) -> bool:
    """ "Good shout.", "Good idea.", "Yes.": a few words with no verb that take up what was said, naming nothing."""
    words = [t for t in sent if not t.is_punct]
    return len(words) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in words)


PUTTING = frozenset({"put", "add", "include", "insert", "drop", "stick", "pop", "slot"})
PUT_INTO = frozenset({"in", "into", "to", "on"})


def _put_into(verb: Token, names: set[str]) -> tuple[str, str] | None:
    """ "Should we put the Leeds case study in the pitch deck?": (the thing put, where it goes); the place may hang on
    the thing's last word when the parser misreads it ("case study" read as a verb)."""
    if verb.lemma_ not in PUTTING or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    into = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in PUT_INTO and t.i > obj.i), None)
    where = next((c for c in into.children if c.dep_ == "pobj"), None) if into is not None else None
    if into is None or where is None or where.pos_ not in ("NOUN", "PROPN"):
        return None
    container = chunk_text(where, names)
    return (_lower(verb.doc[obj.left_edge.i : into.i].text), _lower(container)) if container else None


def _lacks(sent: Span, lacking: frozenset[str], names: set[str]) -> tuple[str, str] | None:
    """ "X needs Y", "X is missing Y", "X lacks Y" in ``sent``: (Y, X), each as its noun phrase; and a thing put in
    another ("Should we put the case study in the pitch deck?"): (the case study, the pitch deck)."""
    for verb in sent:
        put = _put_into(verb, names)
        if put is not None:
            return put
        if verb.lemma_ not in lacking or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "the deck doesn't need the pricing"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None:
            continue
        container, thing = chunk_text(subj, names), chunk_text(obj, names)
        if container and thing:
            return _lower(thing), _lower(container)
    return None


def _lower(phrase: str) -> str:
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), phrase)
