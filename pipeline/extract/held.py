"""Keeping a booking held: work the side does with a supplier, not a decision.

"We'll keep it held until you hear from the board", "we'll keep the room booked till Friday", "we'll keep the hold
on the venue": the side keeps a reservation standing (and must release or confirm it later), which is an item;
"we'll keep the red", "we'll keep it simple", "we'll keep the campaign on hold" choose or settle something.
"""

from __future__ import annotations

from spacy.tokens import Token

# the states a reservation is kept in, as participles ("held", "booked", "pencilled")
HELD_STATES = frozenset({"hold", "book", "reserve", "pencil", "block", "ringfence", "earmark"})
STATE_DEPS = ("oprd", "xcomp", "ccomp", "acomp", "acl", "amod", "advcl")


def kept_held(verb: Token) -> bool:
    """ "keep it held", "keep the room booked", "keep the hold on the venue" (not "keep it simple", "keep the red")."""
    if verb.lemma_ != "keep":
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    states = [c for h in (verb, *things) for c in h.children if c.dep_ in STATE_DEPS and c.i > verb.i]
    held = any(s.tag_ == "VBN" and s.lemma_ in HELD_STATES for s in states)
    return held or any(t.lemma_ == "hold" and t.pos_ == "NOUN" for t in things)
