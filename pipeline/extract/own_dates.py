"""Whose date a sentence's deadline is: the item's own verb's, or another subject's said beside it.

"The editor says first cut Friday, and we'll get it over to you early next week": Friday is when the editor's cut
is due, said with the editor's verb; the promise has a time of its own ("early next week", vague, so no date).
When the promise's own verb carries a deadline, a date said with another subject's verb in the same sentence
("the printer reckons Thursday", "legal want it by Friday") is not the item's, even if the item's own is vague.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.components import Clause
from pipeline.extract.dates import DueMatch
from pipeline.extract.turns import Turn

VERBS = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a subject that points back to the work or its time ("…, which should be Friday", "it'll be Monday"): no one else's
POINTING = frozenset({"which", "that", "who", "it", "this"})


def _verb_of(turn: Turn, d: DueMatch) -> Token | None:
    """The verb the date's words hang from, the first one up the parse from them."""
    tok = next((t for t in turn.doc if t.idx >= d.start_char), None)
    while tok is not None and tok.pos_ not in VERBS:
        tok = None if tok.head.i == tok.i else tok.head
    return tok


def _another_subjects(verb: Token, clause: Clause) -> bool:
    """``verb`` has a subject of its own that is not the clause's ("the editor says", "legal want")."""
    if verb.i == clause.verb.i:
        return False
    subj = [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ not in POINTING]
    return bool(subj) and (
        clause.subj is None or all(s.i != clause.subj.i and s.lower_ != clause.subj.lower_ for s in subj)
    )


def own_dues(turn: Turn, clause: Clause, dues: list[DueMatch]) -> list[DueMatch]:
    """``dues`` without the ones another subject's verb says, when the clause's own verb says one."""
    verbs = [(d, _verb_of(turn, d)) for d in dues]
    if not any(v is not None and v.i == clause.verb.i for _, v in verbs):
        return dues
    return [d for d, v in verbs if v is None or not _another_subjects(v, clause)]
