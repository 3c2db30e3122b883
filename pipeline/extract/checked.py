"""A bare "I'll check." in answer to a yes/no question: the check is of what was asked (read by
``wording.Wording`` and ``commitments``).

    "Is the venue free on the ninth?" / "I'll check."          -> "check whether the venue is free on the ninth"
    "Can we get usage rights for a year?" / "I'll ask."       -> "ask whether we can get usage rights for a year"

Only a question put with "is", "are", "can", "could", "will", "would", "should", "has" or "have" before its subject,
said by someone else in the turn just before, is read back as a statement; a question of what or when, one put
with "do", or one that asks the listener to do the work ("Could you check …?") is left as it was.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.turns import Turn

CHECKING = re.compile(r"^(?:check|double-check|ask|find out|confirm)$", re.IGNORECASE)
INVERTED = frozenset("is are can could will would should has have".split())
OPENERS = frozenset("oh and so also just okay ok right um erm".split())


def _as_statement(sent: Span) -> str | None:
    """ "Is the venue free on the ninth?" -> "the venue is free on the ninth"; None when the question is not put with
    one of ``INVERTED`` before its subject."""
    words = [t for t in sent if not t.is_punct or t.text == ","]
    while words and (words[0].lower_ in OPENERS or words[0].is_punct or words[0].pos_ == "PROPN"):
        words = words[1:]  # "Oh, and Owen, is the …"
    if len(words) < 3 or words[0].lower_ not in INVERTED:
        return None
    aux = words[0]
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i > aux.i), None)
    if subj is None or subj.i != aux.i + 1 and subj.left_edge.i != aux.i + 1:
        return None
    if subj.lower_ == "you":
        return None  # "Could you check that it includes the bar?": work asked, not a question of fact
    after = [t for t in words if t.i > subj.i]
    said = [*(t.text for t in subj.subtree if t.i >= aux.i + 1 and t.i <= subj.i), aux.lower_, *(t.text for t in after)]
    text = " ".join(said).replace(" ,", ",").strip(" ,")
    return re.sub(r",\s*(?:not\s+\w+|yeah|right)$", "", text)  # "for twelve months, not six"


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
