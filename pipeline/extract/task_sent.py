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


FLICKED = ("over", "across", "round", "through")
TO_LISTENER = {"you", "me", "us"}
NOTES = {"line", "note"}
WHEN_SENT = {"tomorrow", "today", "tonight", "later", "monday", "tuesday", "wednesday", "thursday", "friday"}
PART_OF_DAY = {"morning", "afternoon", "evening"}


def said_when(t: Token) -> bool:
    """ "tomorrow", "Friday", "this afternoon": a point in time a thing is sent at (not "two days", "the weekend",
    which a job is done over)."""
    this = any(c.lower_ == "this" for c in t.children)
    return t.lower_ in WHEN_SENT or (t.lower_ in PART_OF_DAY and this)


def flicked_over(verb: Token) -> bool:
    """A casual verb of sending said as a sending ("pop", "whizz", "fire", "shoot"...): its thing with "over",
    "across" or "round" ("ping them over this afternoon", "whizz the deck across to Owen", "fire over the revised
    estimate"; the parser may read the "over" as a date's preposition: "pop the report over tomorrow"), or the one
    it goes to before the thing ("shoot you the link"). Not "shoot the hero film over two days" (filmed over them)."""
    if verb.lemma_ not in CASUAL_SEND:
        return False
    doc = verb.doc
    kids = list(verb.children)
    things = [c for c in kids if c.dep_ == "dobj" and c.lower_ not in TO_LISTENER]
    if any(c.lower_ in NOTES for c in things):
        return False  # "shoot you all a quick line": a note to someone, the row ``a_line_to_someone`` words it
    if any(c.pos_ == "PRON" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in FLICKED for c in things):
        return True  # "ping them over this afternoon", "bung it across tomorrow"
    for c in kids:
        if c.lower_ not in FLICKED:
            continue
        pobj = [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prt" and things:
            return True  # "whizz the deck across to Owen"
        if c.dep_ == "prep" and things and pobj and said_when(pobj[0]):
            return True  # "pop the contact report over tomorrow"
        if c.dep_ == "prep" and not things and c.i == verb.i + 1 and pobj and pobj[0].pos_ == "NOUN":
            return True  # "fire over the revised estimate"
    listener = any(c.dep_ in ("dative", "dobj") and c.lower_ in TO_LISTENER and c.i == verb.i + 1 for c in kids)
    return listener and any(t.pos_ in ("NOUN", "PROPN") for t in things)  # "shoot you the link"


EVERYONE = {"everyone", "everybody", "all", "team", "group", "board"}


# pressing whom for a thing: "chase the PR team and send it" presses the team, then sends the thing (not "chase and
# send the PR team"); "chase the bios and send them" chases the thing itself, which it sends
# pressing someone for a thing: "chase trade for that", "nudge the printer for it" (``antecedents.pressed_for``)
PRESSING = frozenset({"chase", "nudge", "ask", "push", "press", "hassle", "badger", "chivvy", "bug"})
PRESSING_WHOM = PRESSING - {"push"}  # "push the launch and send it" pushes a thing
PARTY_NOUNS = {"team", "office", "department", "desk", "agency", "supplier", "suppliers", "printer", "printers",
               "vendor", "vendors", "venue", "warehouse", "client", "people", "guys", "lawyers", "legal", "courier",
               "photographer", "studio", "manager", "contact", "producer", "crew", "caterers", "council"}  # fmt: skip
PARTY_ENTITIES = {"PERSON", "ORG"}
# a department named bare after "our"/"your" ("our legal will check it", "our IT will set up a router", "your
# lawyers"), the firm that acts for that side ("our insurers will send the certificate") or a part of it that works
# ("our warehouse will ship the batteries"): that side's organisation, as "our team" is
DEPARTMENTS = set(
    "legal finance it procurement ops operations hr compliance comms lawyers accounts engineering engineers developers"
    " devs tech buying insight insights insurers solicitors accountants auditors brokers warehouse factory"
    " fulfilment logistics".split()
)


def pressed_party(verb: Token) -> bool:
    """The verb presses someone ("chase the PR team", "nudge Tom"): its object is a person or body, not a thing."""
    if verb.lemma_ not in PRESSING_WHOM:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    # ("chase buying": the buying department)
    department = obj.lower_ in DEPARTMENTS and obj.pos_ != "PRON"  # not "chase it", the thing
    return obj.lower_ in PARTY_NOUNS or department or (obj.pos_ == "PROPN" and obj.ent_type_ in PARTY_ENTITIES)


def sent_on(verb: Token) -> str | None:
    """How the thing the verb makes is then sent: "put together a timing plan and get it over to you", "draft it and
    send it across" ("send": a joined "get"/"send" whose object is a pronoun, sent over or to someone); "finalise
    the floor plan and get it to everyone" ("circulate"). None when it is not sent on."""
    if verb.lemma_ in ("get", "send", "have") or pressed_party(verb):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_ in ("get", "send")):
        objs = [c for c in conj.children if c.dep_ == "dobj"]
        to = [c for c in conj.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        sent = bool(to) or any(c.dep_ == "prt" and c.lower_ in SENT_PARTICLES for c in conj.children)
        if objs and objs[0].lower_ in SENT_PRONOUNS and (sent or conj.lemma_ == "send"):
            whom = [g for p in to for g in p.children if g.dep_ == "pobj"]
            return "circulate" if whom and whom[0].lower_ in EVERYONE else "send"
    return None
