"""Noun phrases said over a span of time or split by something: "the last two years of campaign performance" (the
period goes with the thing it covers), "by region", "by channel and by week" (how figures are split, not a thing)."""

from __future__ import annotations

import re

from spacy.tokens import Token


def period_of(root: Token) -> Token | None:
    """ "years" of "the last two years of campaign performance": a span of time the noun is said over."""
    of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    period = of.head if of is not None and of.dep_ == "prep" else None
    return period if period is not None and period.pos_ == "NOUN" and period.ent_type_ == "DATE" else None


def over_period(root: Token, text: str, fillers: set[str]) -> str:
    """ "campaign performance" said as "the last two years of campaign performance": the span of time it covers
    goes with it (a date phrase names no thing, so the noun after "of" is the antecedent)."""
    period = period_of(root)
    if period is None or not text:
        return text
    said = [t for t in root.doc[period.left_edge.i : period.i + 1] if not t.is_punct and t.lower_ not in fillers]
    if len(said) > 5 or period.i > root.i:
        return text
    lead = " ".join(t.text for t in said)
    lead = re.sub(r"^(?:your|our|my|their)\b", "the", lead, flags=re.IGNORECASE)
    return f"{lead} of {text}"


def broken_down_by(tok: Token) -> bool:
    """ "by region", "by channel and by week": how figures are split, a bare noun after "by", not a thing."""
    head = tok
    while head.dep_ == "conj":
        head = head.head
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
    return head.dep_ == "pobj" and head.head.lower_ == "by" and bare and tok.pos_ == "NOUN"
