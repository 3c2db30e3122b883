"""One analysed turn (or audio segment): the parse, the cue spans, the commitment clauses and the deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypedDict, TypeGuard

from spacy.tokens import Doc, Span

from pipeline.extract.components import Clause
from pipeline.extract.dates import DueMatch
from pipeline.schemas import Side

CueLabel = Literal[
    "ACCEPT",
    "DECLINE",
    "DEFER",
    "WITHDRAW",
    "DONE",
    "REQUEST",
    "WHEN",
    "OFFER",
    "JOINT",
    "SELF_IDIOM",
    "ORG_IDIOM",
    "RECAP",
    "DISTRACTOR",
    "AGREE",
    "AGREE_ACCEPT",
    "PROPOSAL",
    "REVERSE",
    "COURTESY",
    "ACTION_HINT",
    "DECISION_HINT",
    "DECISION_CUE",
    "DECISION_HEDGE",
]
"""The labels of the cue patterns in ``models/*.jsonl`` (``doc.spans["cues"]``)."""
IDIOM_LABELS = ("SELF_IDIOM", "ORG_IDIOM")  # "leave it with me", "we're on it": a commitment said as an idiom


class Evidence(TypedDict):
    """Where an item came from, as the ``ActionItem``/``Agreement`` fields of the same names."""

    quote: str
    turn: int | None
    segment: int | None
    start: float | None
    speaker: str | None


OPENING_SKIP = {"okay", "ok", "oh", "right", "so", "well", "great", "hmm", "look", "and", "um", "uh", "ah", "honestly"}


@dataclass
class Turn:
    index: int
    speaker: str | None
    side: Side | None
    quote: str
    text: str
    doc: Doc
    start: float | None
    position: float
    dues: list[DueMatch] = field(default_factory=list)

    @property
    def clauses(self) -> list[Clause]:
        return self.doc._.clauses or []

    def evidence(self, by_turn: bool) -> Evidence:
        """Where an item found in this turn came from: quote, turn (written transcripts) or segment (audio), start
        time and speaker."""
        return {
            "quote": self.quote,
            "turn": self.index if by_turn else None,
            "segment": None if by_turn else self.index,
            "start": self.start,
            "speaker": self.speaker,
        }

    def cues(self, label: CueLabel) -> list[Span]:
        """The turn's cues of ``label``; an idiom inside a distractor ("while we're on it") or inside work waved off
        as done ("Oh, we're on it already.") is no idiom."""
        found = [s for s in self.doc.spans.get("cues", []) if s.label_ == label]
        if label not in IDIOM_LABELS:
            return found
        asides = [s for s in self.doc.spans.get("cues", []) if s.label_ in ("DISTRACTOR", "WITHDRAW")]
        return [s for s in found if not any(a.start <= s.start and s.end <= a.end for a in asides)]

    def opening(self, label: CueLabel, window: int = 4) -> Span | None:
        """A cue of ``label`` among the first words of the turn (after discourse openers like "Okay,")."""
        words = [t for t in self.doc if not t.is_punct]
        skip = 0
        while skip < len(words) and words[skip].lower_ in OPENING_SKIP and skip < 3:
            skip += 1
        limit = words[min(skip + window, len(words)) - 1].i if words else 0
        for span in self.cues(label):
            if span.start <= limit:
                return span
        return None

    @property
    def n_words(self) -> int:
        return sum(1 for t in self.doc if not t.is_punct)

    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?")

    def sentence_of(self, date: DueMatch) -> Span:
        """The sentence of this turn that says ``date``."""
        return next(s for s in self.doc.sents if s.start_char <= date.start_char < s.end_char)


def answered_by(prev: Turn | None, turn: Turn) -> TypeGuard[Turn]:
    """``prev`` is there and ``turn`` is a named speaker's reply to it, said by another named speaker (not the same
    voice going on, nor a turn with no speaker label)."""
    return prev is not None and turn.speaker is not None and prev.speaker not in (None, turn.speaker)


def speaker_words(turns: list[Turn]) -> set[str]:
    """The words of the names of everyone who speaks in ``turns``, in lower case ("Priti Anand" -> "priti", "anand"):
    a name said back ("Okay, Owen.", "Different Dev.") names nobody's option or direction."""
    return {w.lower() for t in turns if t.speaker for w in t.speaker.split()}
