"""A bare "I'll check." in answer to a yes/no question: the check is of what was asked (read by
``wording.Wording`` and ``commitments``).

    "Is the venue free on the ninth?" / "I'll check."          -> "check whether the venue is free on the ninth"
    "Can we get usage rights for a year?" / "I'll ask."       -> "ask whether we can get usage rights for a year"

    "Do they need the logos in vector?" / "I'll check."   -> "check whether they need the logos in vector"
    "Does the venue have a lift?" / "I'll find out."      -> "find out whether the venue has a lift"

Only a question put with "is", "are", "can", "could", "will", "would", "should", "has" or "have" before its subject,
or with "do", "does" or "did" (its verb then said as the subject takes it: ``_inflected``), said by someone else in
the turn just before, is read back as a statement; a question of what or when, or one that asks the listener to do
the work ("Could you check …?") is left as it was.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.turns import Turn

CHECKING = re.compile(r"^(?:check|double-check|ask|find out|confirm)$", re.IGNORECASE)
INVERTED = frozenset("is are can could will would should has have".split())
DONE = frozenset({"do", "does", "did"})  # "Do they …?", "Does the venue …?", "Did legal …?": the verb takes the tense
# the past of the verbs a "did" question most asks about, that do not take "-ed"
PAST = {
    "send": "sent", "get": "got", "come": "came", "go": "went", "make": "made", "see": "saw", "say": "said",
    "pay": "paid", "give": "gave", "take": "took", "hear": "heard", "find": "found", "buy": "bought", "put": "put",
    "tell": "told", "leave": "left", "have": "had", "do": "did", "know": "knew", "run": "ran", "write": "wrote",
    "read": "read", "sign": "signed", "set": "set", "bring": "brought", "think": "thought", "keep": "kept",
}  # fmt: skip
OPENERS = frozenset("oh and so also just okay ok right um erm".split())


def _as_statement(sent: Span) -> str | None:
    """ "Is the venue free on the ninth?" -> "the venue is free on the ninth"; None when the question is not put with
    one of ``INVERTED`` before its subject."""
    words = [t for t in sent if not t.is_punct or t.text == ","]
    while words and (words[0].lower_ in OPENERS or words[0].is_punct or words[0].pos_ == "PROPN"):
        words = words[1:]  # "Oh, and Owen, is the …"
    if len(words) < 3 or words[0].lower_ not in INVERTED | DONE:
        return None
    aux = words[0]
    verb = aux.head if aux.lower_ in DONE else None  # "Do they need …?": "need"
    if verb is not None and (aux.dep_ != "aux" or verb.pos_ not in ("VERB", "AUX") or verb.i <= aux.i):
        return None
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i > aux.i), None)
    if subj is None or subj.i != aux.i + 1 and subj.left_edge.i != aux.i + 1:
        return None
    if subj.lower_ == "you":
        return None  # "Could you check that it includes the bar?": work asked, not a question of fact
    after = [t.text for t in words if t.i > subj.i]
    said_aux = [aux.lower_]
    if verb is not None:  # "they need the logos", "the venue has a lift", "legal signed it off"
        if verb.i < subj.i or any(t.dep_ == "neg" for t in verb.children):
            return None
        said_aux = []
        after = [_inflected(verb, aux.lower_) if t.i == verb.i else t.text for t in words if t.i > subj.i]
    said = [*(t.text for t in subj.subtree if t.i >= aux.i + 1 and t.i <= subj.i), *said_aux, *after]
    text = " ".join(said).replace(" ,", ",").strip(" ,")
    return re.sub(r",\s*(?:not\s+\w+|yeah|right)$", "", text)  # "for twelve months, not six"


def _inflected(verb: Token, aux: str) -> str:
    """The verb of a question put with ``aux`` as its statement says it: "do" keeps it ("they need"), "does" the
    third person ("has", "needs", "goes", "applies"), "did" the past ("sent", "signed")."""
    base = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    if aux == "do":
        return verb.text
    if aux == "did":
        return PAST.get(base) or (
            base + "d" if base.endswith("e") else base[:-1] + "ied" if _y_after_consonant(base) else base + "ed"
        )
    if base in ("have", "be"):
        return {"have": "has", "be": "is"}[base]
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base[:-1] + "ies" if _y_after_consonant(base) else base + "s"


def _y_after_consonant(word: str) -> bool:
    """ "apply", "copy": a "y" after a consonant, which becomes "ie" before an ending."""
    return len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou"


def checked_whether(task: str, turns: list[Turn], at: int) -> str:
    """``task`` ("check", "ask", "find out") as the check of the yes/no question the turn before put, by someone
    else ("check whether the venue is free on the ninth"); else ``task``."""
    if not CHECKING.match(task.strip()) or not 0 < at < len(turns):
        return task
    prev, turn = turns[at - 1], turns[at]
    if prev.speaker is None or prev.speaker == turn.speaker:
        return task
    sents = [s for s in prev.doc.sents if s.text.rstrip().endswith("?")]
    if not sents or sents[-1].end != len(prev.doc):
        return task
    said = _as_statement(sents[-1])
    return f"{task.strip()} whether {said}" if said else task
