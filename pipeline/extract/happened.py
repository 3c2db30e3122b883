"""A thing as a sentence that only says what happened to it leaves it: "The graphics were misprinted." / "I'll
raise it with the printer." -> "raise the misprinted graphics" (``pipeline/extract/antecedents.py`` asks here for each
noun phrase it may give for "it")."""

from __future__ import annotations

from spacy.tokens import Token

BARE_PREDICATE = {"auxpass", "aux", "nsubjpass", "nsubj", "neg", "punct", "acomp", "oprd"}
AGAIN = {"again", "twice", "badly", "wrongly"}  # how it happened, not how far along it is ("nearly done")
NO_STATE = {"done", "said", "gone", "got", "made", "left", "given", "told", "asked", "meant", "supposed", "used"}
DETERMINERS = {"the", "a", "an", "our", "your", "their", "my", "his", "her", "its", "some", "all", "those", "these"}


def as_happened(tok: Token, text: str) -> str:
    """A subject whose sentence only says what happened to it ("The graphics were misprinted.", "The banners
    arrived damaged."): the thing as it now is, "the misprinted graphics", what a reply's "raise it" is about.
    Not when the verb says more ("The invoice was sent to the wrong address.") or the thing is named at length."""
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.tag_ == "VBN":
        done = verb
    elif tok.dep_ == "nsubj" and verb.pos_ == "VERB":  # "arrived damaged", "came back scratched"
        done = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp") and c.tag_ == "VBN"), verb)
        if done is verb:
            return text
    else:
        return text
    words = text.split()
    said = [c for c in (*verb.children, *done.children) if c.i != done.i and c.dep_ not in BARE_PREDICATE]
    if any(c.lower_ not in AGAIN for c in said) or len(words) > 4 or done.lower_ in NO_STATE:
        return text
    if any(c.dep_ == "neg" for c in verb.children) or done.lower_ in {w.lower() for w in words}:
        return text  # "The deck wasn't approved": nothing happened to it
    rest = words[1:] if words[0].lower() in DETERMINERS else words
    return " ".join(["the", done.lower_, *rest])
