"""Work just taken on, asked to be done some way, and the answer that says how: one item.

    t10 Theo: "I'll get a full draft of the release over to you by Friday."   -> send a full draft (Theo, Friday)
    t11 Priti: "Could you send it to Owen as well as me?"                      (the draft, to one more reader)
    t12 Theo: "Sure, I'll copy him in."                                         -> (t10's item)

    "I'll book the van for Thursday." "Can you make sure it's a big one?" "Yes, I'll ask for the long wheelbase."

The other side, in the turn right after an item of the speaker's, asks them to do it some way: the thing of the ask is
"it" (or "them"), the item's thing, with no thing of its own ("send it to Owen", "make sure it's a big one"). The
owner's answer in the next turn, with no date of its own, says how the work is done: the item said once (GUIDELINES
§2.2), not another. Not a request that names a thing ("Can you send the budget too?"), nor an answer with a thing or a
date of its own, or more work said as more ("Sure, and I'll send the budget tracker to legal.", "I'll also book the
room."): new work.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.items import Item
from pipeline.extract.offers import content_words
from pipeline.extract.task_conditions import sure_of
from pipeline.extract.turns import Turn

ASKING = {"can", "could", "would", "will"}  # "Could you …?", "Can you make sure …?"
BACK = {"it", "them", "they"}  # the thing of the work just taken on
MORE = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)  # "Sure, I'll also book the room.": more work


def _asked_of_it(verb: Token) -> bool:
    """``verb`` asks the listener to do the work just said some way ("send it to Owen", "make sure it's a big one"),
    naming no thing of its own."""
    kids = list(verb.children)
    if not any(t.dep_ == "nsubj" and t.lower_ == "you" for t in kids):
        return False
    if not any(t.dep_ == "aux" and t.lower_ in ASKING for t in kids):
        return False
    objects = [t for t in kids if t.dep_ == "dobj"]
    if any(t.pos_ in ("NOUN", "PROPN") for t in objects):
        return False  # "Can you send the budget too?": a thing of its own
    if any(t.lower_ in BACK for t in objects):
        return True
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in BACK and sure_of(t.head) for t in verb.subtree)


def asks_it_done(turn: Turn) -> bool:
    """A sentence of ``turn`` asks, as a question, that the work just said be done some way."""
    sents: list[Span] = list(turn.doc.sents)
    return any(s.text.rstrip().endswith("?") and _asked_of_it(s.root) for s in sents)


def _says_how(answer: Turn, asked: Turn, target: Item) -> bool:
    """The answer adds no work: nothing said as more, and every thing it acts on was said in the ask or the item
    ("I'll put tail-lift in capital letters", "I'll copy her in"; not "I'll send the budget tracker to legal")."""
    if MORE.search(answer.text):
        return False
    said = content_words(asked.text) | content_words(target.task)
    known = said | {part for w in said for part in w.split("-")}  # "tail-lift": the parser's "lift"
    things = [t for t in answer.doc if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    return all(t.lower_ in known for t in things)


def fold_adjustments(items: list[Item], turns: list[Turn]) -> list[Item]:
    """``items`` without the answers that only say how an item of two turns before is done (see the module
    docstring); the item keeps its own task and date, and takes the answer's turn as merged."""
    gone: set[int] = set()
    for n, item in enumerate(items):
        k = item.turn
        if not isinstance(item.owner, str) or item.speaker is None or item.owner != item.speaker or k < 2:
            continue
        asked = turns[k - 1]
        if asked.speaker in (None, item.speaker) or turns[k - 2].speaker != item.speaker:
            continue
        earlier = [i for i in items if i is not item and i.turn == k - 2 and i.owner == item.owner]
        if not earlier or not asks_it_done(asked) or not _says_how(turns[k], asked, earlier[-1]):
            continue
        target = earlier[-1]
        if item.due is not None and (target.due is None or item.due.due != target.due.due):
            continue  # "Sure, and I'll send it to legal on Monday.": dated work of its own
        target.merged.append(k)
        gone.add(n)
    return [i for n, i in enumerate(items) if n not in gone]
