"""Clauses said inside another clause's wh- or relative complement: not commitments of their own, and said in the
report's voice when kept in a task.

    "I'll put together a one-pager on how we'll report against it"  -> one item, "… on reporting against it"
    "let me find out what we'll need", "I'll send the list of stores we'll visit"  -> one item each
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from pipeline.extract.components import Clause

WH_MARKS = {"what", "who", "whether", "which", "where", "how", "why", "when", "if", "whatever", "however"}
COMPLEMENTS = ("ccomp", "pcomp", "xcomp", "advcl", "csubj")


def inside_complement(c: Clause, clauses: list[Clause], more: frozenset[int] = frozenset()) -> bool:
    """A clause said inside another clause's wh-complement or relative clause is that clause's object, not a
    commitment of its own: "I'll put together a one-pager on how we'll report against it", "let me find out what
    we'll need", "I'll check whether we can move it", "I'll send the list of stores we'll visit". ``more``: other
    verbs that say the work ("leave it with me to work out how we'll ship it")."""
    outer = {o.verb.i for o in clauses if o is not c} | more
    tok, marked = c.verb, False
    while tok.head.i != tok.i and tok.sent.start == c.verb.sent.start:
        relative = tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX")
        marked = marked or relative or (tok.dep_ in COMPLEMENTS and _wh_led(tok))
        tok = tok.head
        if marked and tok.i in outer:
            return True
    return False


def _wh_led(tok: Token) -> bool:
    """The clause opens with a wh-word or "whether"/"if" that leads it ("how we'll report"), not one set off
    before it ("I'll tell you what, I'll send it")."""
    edge = tok.left_edge
    return edge.lower_ in WH_MARKS and edge.i + 1 < len(tok.doc) and not tok.doc[edge.i + 1].is_punct


DOUBLED = {"plan", "stop", "run", "get", "put", "set", "cut", "ship", "map", "tag", "swap", "drop", "chat", "shop",
           "submit", "commit", "admit", "refer", "prefer", "slot", "pin", "plot", "scan", "trim"}  # fmt: skip


def gerund(lemma: str) -> str:
    """ "report" -> "reporting", "phase" -> "phasing", "plan" -> "planning", "tie" -> "tying"."""
    word = lemma.lower()
    if word in DOUBLED:
        return word + word[-1] + "ing"
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    return word + "ing"


PLANNING_MODALS = {"will", "'ll", "can", "ca", "could", "should", "would", "'d"}


def how_we_will(verb: Token) -> list[Token]:
    """ "a one-pager on how we'll report against funded accounts", "a note on how I'd phase it": a way of working
    the speaker's side puts in the work's object, said in the report's voice as "on reporting …"."""
    found = []
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.dep_ != "pcomp" or tok.left_edge.lower_ != "how" or tok.head.pos_ != "ADP":
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        aux = [c for c in tok.children if c.dep_ == "aux"]
        if subj and subj[0].lower_ in ("we", "i") and aux and all(a.lower_ in PLANNING_MODALS for a in aux):
            found.append(tok)
    return found
