"""Agreements: decisions, approvals and settled terms, at the turn where they become final.

* a ratifying cue ("so we're agreed", "let's go with", "that's approved", "X it is") marks its own turn;
* put as a question ("So we're agreed, capped at 350?"), it is final at the confirming reply ("Agreed.");
* an acceptance ("that works for us", "fine by me") counts when it answers a proposal from the other speaker
  ("I'd suggest…", "what if we…", "could we move it to…"), not when it answers a deadline or a request;
* "we'll move/drop/keep X" said by the person with the say is a decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from pipeline.extract.turns import Turn

ANSWER_LIKE = {"thats_the_one", "x_it_is"}
REVERSAL_REACH = 6
DECISION_VERBS = {"move", "go", "stick", "drop", "cut", "keep", "swap", "switch", "shift", "lock"}


@dataclass
class Found:
    turn: int
    text: str
    rule: str
    confidence: float
    strong: bool


# Openers that carry no content: "Okay, let's go with B." is recorded as "Let's go with B."
OPENER = re.compile(
    r"^(?:(?:ok(?:ay)?|yeah|yep|yes|right|great|good|fine|lovely|perfect|brilliant|thanks|thank you|so|and|well|"
    r"um+|uh+|erm|alright|all right|cool)\b[\s,.!\u2014-]*)+",
    re.IGNORECASE,
)


def statement(text: str) -> str:
    """The agreement as the report states it: the sentence without its conversational opener."""
    text = " ".join(text.split())
    core = OPENER.sub("", text)
    if len(core.split()) < 2:  # "Yes. Agreed." says nothing without its opener: keep the sentence as spoken
        return text
    return core[0].upper() + core[1:]


def _sentence(span: Span) -> str:
    return span.sent.text.strip()


def _proposal_before(turns: list[Turn], k: int) -> Turn | None:
    """A proposal by another speaker in the two turns before ``k``."""
    me = turns[k].speaker
    for j in (k - 1, k - 2):
        if j < 0:
            break
        prev = turns[j]
        if prev.speaker == me:
            continue
        if (
            prev.cues("PROPOSAL")
            or prev.cues("AGREE")
            or any(c.label == "POSSIBLE" and c.subj_kind in ("WE", "SELF") and not c.negated for c in prev.clauses)
        ):
            return prev
        if prev.is_question() and (prev.cues("REQUEST") or prev.cues("WHEN")):
            return None
    return None


class AgreementTracker:
    def __init__(self) -> None:
        self.found: list[Found] = []
        self.question_at: int | None = None

    def feed(self, turns: list[Turn], k: int) -> None:
        turn = turns[k]
        prev = turns[k - 1] if k > 0 else None
        if turn.cues("REVERSE"):
            self._reverse(turn, k)
        strong = [s for s in turn.cues("AGREE") if not _negated(s) and not _about_date(turn, s)]
        if prev is not None and prev.is_question():
            strong = [s for s in strong if s.id_ not in ANSWER_LIKE]
        if strong:
            span = strong[0]
            if span.sent.text.rstrip().endswith("?"):
                self.question_at = k
                return
            self._add(Found(k, _sentence(span), span.id_, 0.85, True))
            return
        if (
            self.question_at is not None
            and k - self.question_at == 1
            and (turn.opening("ACCEPT", 3) or turn.opening("AGREE_ACCEPT", 3))
        ):
            self._add(Found(k, turns[self.question_at].text, "agreed_question+reply", 0.8, True))
            self.question_at = None
            return
        accept = [s for s in turn.cues("AGREE_ACCEPT") if not s.sent.text.rstrip().endswith("?")]
        if accept and not turn.opening("DECLINE", 3) and not turn.cues("REVERSE"):
            prop = _proposal_before(turns, k)
            if prop is not None:
                text = f"{prop.text} {_sentence(accept[0])}"
                self._add(Found(k, text, accept[0].id_, 0.7, False))
                return
        for c in turn.clauses:
            if (
                c.subj_kind == "WE"
                and c.label == "FUTURE"
                and c.verb.lemma_ in DECISION_VERBS
                and not (c.negated or c.conditional or c.question or c.distractor)
            ):
                self._add(Found(k, c.sent.text.strip(), "we_decide", 0.65, False))
                return

    def _reverse(self, turn: Turn, k: int) -> None:
        """A reversal ("Scrap the toddy", "Hang on, actually") undoes a recent agreement; a decisive one replaces it."""
        kept = [f for f in self.found if k - f.turn > REVERSAL_REACH]
        undone, self.found = len(kept) < len(self.found), kept
        sents = list(turn.doc.sents)
        decisive = bool(sents) and not sents[-1].text.rstrip().endswith("?")
        if undone and decisive and (not turn.opening("DECLINE", 3) or len(sents) > 1):
            self._add(Found(k, turn.text, "reversal_decision", 0.6, True))

    def _add(self, f: Found) -> None:
        if self.found and f.turn - self.found[-1].turn <= 1:
            last = self.found[-1]
            if f.strong and not last.strong:
                self.found[-1] = f
            return
        self.found.append(f)


def _negated(span: Span) -> bool:
    """'nothing's confirmed', 'once it's signed off', 'if it's approved': not a decision."""
    before = span.doc[span.sent.start : span.start]
    return any(
        t.lower_ in ("not", "n't", "never", "no", "nothing", "once", "if", "until", "unless", "when") for t in before
    )


def _about_date(turn: Turn, span: Span) -> bool:
    """'October 1st it is' settles a deadline or a session date, not a decision."""
    sent = span.sent
    return span.id_ in ANSWER_LIKE and any(sent.start_char <= d.start_char < sent.end_char for d in turn.dues)
