"""How a task says the thing is sent: "put together a plan and get it over to you" ("… and send"), "get you the
figures" ("send the figures"), "get you printed mock-ups" (read by the parser as "you" doing "printed")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.delivery import CASUAL_SEND
from pipeline.extract.task_cut import SENT_PARTICLES
from pipeline.extract.task_dates import said_dates

SENT_PRONOUNS = {"it", "that", "them", "those", "this"}


def given_to_you(verb: Token, drop: set[int]) -> bool:
    """ "get you printed mock-ups of B", parsed as "you" doing "printed": with nothing else left after the verb, the
    thing is kept (its words, not "you") and sent; True when so."""
    if verb.lemma_ != "get" or any(t.i not in drop for t in verb.subtree if t.i > verb.i and not t.is_punct):
        return False
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBN"), None)
    subj = [c for c in said.children if c.dep_ == "nsubj"] if said is not None else []
    if said is None or not subj or subj[0].lower_ != "you" or subj[0].i != verb.i + 1:
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in said.children):
        return False  # "get you set up on the portal": the listener is set up, nothing is sent
    dates = said_dates(verb)
    drop.difference_update(t.i for t in said.subtree if t.i not in dates)
    drop.update(t.i for t in subj[0].subtree)
    return True


def got_for_you(verb: Token) -> bool:
    """ "get you the figures", "get you a quote": the thing sent to the listener."""
    return (
        verb.lemma_ == "get"
        and any(c.dep_ == "dative" and c.lower_ == "you" for c in verb.children)
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
    )


def flicked_over(verb: Token) -> bool:
    """A casual verb of sending with a pronoun object and "over"/"across"/"round" straight after it ("ping them over
    this afternoon", "bung it across tomorrow"): the parser reads the "over" as the date's preposition, cut with it,
    which the delivery row ``flicked_over`` would otherwise have read."""
    doc = verb.doc
    return verb.lemma_ in CASUAL_SEND and any(
        c.dep_ == "dobj"
        and c.pos_ == "PRON"
        and c.i + 1 < len(doc)
        and doc[c.i + 1].lower_ in ("over", "across", "round")
        for c in verb.children
    )


EVERYONE = {"everyone", "everybody", "all", "team", "group", "board"}


def sent_on(verb: Token) -> str | None:
    """How the thing the verb makes is then sent: "put together a timing plan and get it over to you", "draft it and
    send it across" ("send": a joined "get"/"send" whose object is a pronoun, sent over or to someone); "finalise
    the floor plan and get it to everyone" ("circulate"). None when it is not sent on."""
    if verb.lemma_ in ("get", "send", "have"):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_ in ("get", "send")):
        objs = [c for c in conj.children if c.dep_ == "dobj"]
        to = [c for c in conj.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        sent = bool(to) or any(c.dep_ == "prt" and c.lower_ in SENT_PARTICLES for c in conj.children)
        if objs and objs[0].lower_ in SENT_PRONOUNS and (sent or conj.lemma_ == "send"):
            whom = [g for p in to for g in p.children if g.dep_ == "pobj"]
            return "circulate" if whom and whom[0].lower_ in EVERYONE else "send"
    return None
