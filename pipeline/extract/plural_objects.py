"""A plural noun after a name, taken for a verb: "could you send me the Marchmont barcodes?".

The tagger may read a plural it does not know after a name as a present-tense verb, and the parser then reads
"the Marchmont barcodes" as a clause, "the Marchmont" doing "barcodes": the thing asked for is lost and the task
reads "send me". After a verb of giving that has its receiver ("send me", "get us") and no object, a clause whose
verb comes straight after its subject, the subject with its "the"/"their", and nothing else hanging from the verb
(no object, complement or adverb but a "first" or "today" after it) is the object: the verb is a plural noun and
the subject's words come before it ("send me the Marchmont barcodes and their listing specs" -> object
"barcodes", its conjunct "specs"). A clause of news after "tell me" ("tell me the team agrees") is not given, and
a clause with more ("send me the team wants it") is left.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

GIVEN = frozenset("send get give email forward bring pass show ping mail post drop text".split())
NOUNS = ("NN", "NNP", "NNS", "NNPS")
BARE = {"nsubj", "cc", "conj", "punct"}
# a word after the plural that says when or how, which the parser hung on it: "send me the Larkspur barcodes first"
AFTER = {"first", "too", "today", "tomorrow", "over", "across", "again", "please", "now", "later", "back", "asap"}
DETERMINED = {"the", "their", "your", "our", "his", "her", "those", "these"}


def noun_taken_for_verb(verb: Token) -> Token | None:
    """The clause verb under ``verb`` that is the plural noun given (see the module), or None."""
    if verb.lemma_ not in GIVEN or not any(c.dep_ == "dative" for c in verb.children):
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for x in verb.children:
        if x.dep_ != "ccomp" or x.tag_ != "VBZ" or x.i < verb.i or not x.lower_.endswith("s"):
            continue
        subj = [c for c in x.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].i != x.i - 1 or subj[0].tag_ not in NOUNS:
            continue
        if not any(c.lower_ in DETERMINED for c in subj[0].children if c.dep_ in ("det", "poss")):
            continue
        if all(c.dep_ in BARE or _said_after(c, x) for c in x.children) and x.lemma_ not in ("be", "have", "do"):
            return x
    return None


def _said_after(word: Token, x: Token) -> bool:
    return (
        word.dep_ in ("advmod", "npadvmod", "prt") and word.i > x.i and word.lower_ in AFTER and not list(word.children)
    )


def mend(doc: Doc) -> Doc:
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        x = noun_taken_for_verb(verb)
        if x is None:
            continue
        subj = next(c for c in x.children if c.dep_ == "nsubj")
        for w in list(subj.children):
            if w.i < subj.i:
                w.head = x
        subj.head, subj.dep_ = x, "compound"
        for w in [c for c in x.children if _said_after(c, x)]:
            w.head = verb
        x.head, x.dep_, x.tag_, x.pos_ = verb, "dobj", "NNS", "NOUN"
    return doc


@Language.component("debrief_plural_objects", requires=["token.dep", "token.tag"], assigns=["token.dep", "token.tag"])
def plural_objects(doc: Doc) -> Doc:
    return mend(doc)
