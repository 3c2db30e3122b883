"""A step and the delivery it leads to, said by one person in one turn: one item, not two.

"I'll chase the photographer. I'll get you the full set by Friday.", "Let me take it to our studio team. You'll have
their notes on Monday.", "I'll rework those into a tighter selection, and I'll get a revised contact sheet over to you
by Thursday.": the first clause is a step that names no thing of its own (a person to chase, a pronoun for the work on
the table), the second hands the result to the listener. An AE writes one item, the step and what is sent, dated by
the delivery. Two pieces of work that each name their own thing stay two: "I'll book the photographer for Tuesday. And
I'll get the floor plan over to you by Friday.", "I'll ask the venue about parking. I'll send you the run of show."
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.components import Clause

# verbs of a step whose result is sent on: chasing or asking someone, taking the work to someone, reworking it
STEP_VERBS = {"chase", "ask", "check", "query", "take", "run", "rework", "revise", "redo", "rejig", "tweak", "amend",
              "read", "review", "look", "go"}  # fmt: skip
LOOKED_THROUGH = {"look": {"at", "over", "through"}, "go": {"through", "over"}}  # "look at it", "go through it"
NAMES_ANYONE = {"chase"}  # "chase the photographer": its object is who makes the thing, whatever the noun
TOPIC = {"about", "on", "whether", "if", "re", "regarding"}  # "ask the venue about parking": a thing of its own
POINTERS = {"it", "that", "this", "them", "those", "these"}
SENT_VERBS = {"send", "get", "give", "share", "forward", "pass", "email", "drop", "circulate"}
LISTENER = {"you", "your"}


def is_step(c: Clause) -> bool:
    """The clause is a step that names no thing of its own: a pronoun for the work on the table, a named person or
    firm, or (for "chase") whoever is chased; nothing it is about. Or someone named put to the work ("I'll get Raj
    to set up the logins", ``puts_someone_to_it``)."""
    if not c.negated and puts_someone_to_it(c):
        return True
    if c.negated or c.verb.lemma_ not in STEP_VERBS:
        return False
    after = [t for t in c.verb.subtree if t.i > c.verb.i]
    if any(t.lower_ in TOPIC for t in after):
        return False
    objects = [t for t in c.verb.children if t.dep_ in ("dobj", "dative")]
    looked = LOOKED_THROUGH.get(c.verb.lemma_)
    if looked is not None:  # "I'll look at it tonight. You'll have my sign-off by ten tomorrow."
        objects = [o for p in c.verb.children if p.dep_ == "prep" and p.lower_ in looked for o in p.children]
        objects = [o for o in objects if o.dep_ == "pobj" and o.lower_ in POINTERS]
    if len(objects) != 1:
        return False
    thing = objects[0]
    return thing.lower_ in POINTERS or thing.pos_ == "PROPN" or c.verb.lemma_ in NAMES_ANYONE


PUT_TO_IT = {"them", "him", "her"}  # "I'll get them to redo it"
WHO_WORDS = 3  # words between "get" and "to": the one put to the work is named short ("Raj", "Dan Reid")


def puts_someone_to_it(c: Clause) -> bool:
    """ "I'll get Raj to set up the two logins", "I'll get them to redo the cut": the speaker has someone named (or
    "them") do the work, and what that work yields is what they send on ("… and I'll send you the credentials by
    Monday": one item). Not a team or firm said by a noun ("I'll get our studio to …"), whose work is its own."""
    if c.verb.lemma_ != "get":
        return False
    done = [
        t
        for t in c.verb.children
        if t.dep_ in ("xcomp", "ccomp", "advcl")
        and t.i > c.verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
    ]
    if not done:
        return False
    to = next(a for a in done[0].children if a.dep_ == "aux" and a.lower_ == "to")
    who = c.verb.doc[c.verb.i + 1 : to.i]
    if not 0 < len(who) <= WHO_WORDS:
        return False
    return all(t.lower_ in PUT_TO_IT or (t.is_title and t.is_alpha) for t in who)


def to_listener(c: Clause) -> bool:
    """The clause hands a named thing to the listener: "I'll get you the full set", "I'll get a revised sheet over to
    you", "You'll have their notes on Monday"; not "I'll send it over" (the same work, said again)."""
    if c.negated:
        return False
    things = [t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    if not things:
        return False
    if c.subj_kind == "YOU":
        return c.verb.lemma_ in ("have", "get")
    if c.verb.lemma_ not in SENT_VERBS:
        return False
    return any(t.lower_ in LISTENER for t in c.verb.subtree if t.i > c.verb.i)


READING = {"read", "review", "look", "go"}
VERDICTS = {"sign-off", "signoff", "comments", "comment", "feedback", "thoughts", "notes", "answer", "verdict",
            "approval", "changes", "amends", "edits", "steer", "view", "views", "response", "reply"}  # fmt: skip


def result_sent(step: str, c: Clause) -> bool:
    """What the clause hands over is the step's result: anything sent after chasing or reworking, but only a verdict
    after reading ("I'll look at it tonight. You'll have my sign-off by ten."; not "I'll read it tonight. I'll send
    you the run of show Friday.", two pieces of work)."""
    if step.split(" ", 1)[0].lower() not in READING:
        return True
    things = [t for t in c.verb.children if t.dep_ == "dobj"]
    return any(_noun(t) in VERDICTS for t in things)


def _noun(tok: Token) -> str:
    """The noun with the compound said before it, as one word ("sign - off" -> "sign-off")."""
    start = min([t.i for t in tok.lefts if t.dep_ in ("compound", "punct")] + [tok.i])
    return tok.doc[start : tok.i + 1].text.lower().replace(" ", "")


def joined(step: str, delivery: str) -> str:
    """The one item's task: the step, then what is sent ("chase the photographer and send the full set"); a step that
    only takes the work on ("I'll do that now, you'll have a new link by lunchtime") is said by what is sent."""
    words = step.split()
    if delivery and words[:1] in (["do"], ["sort"], ["handle"]) and all(w in POINTERS for w in words[1:]):
        return delivery
    return f"{step} and {delivery}" if delivery and not step.endswith(delivery) else step
