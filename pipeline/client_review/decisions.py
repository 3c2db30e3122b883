"""Decisions over time: the confirmed agreements of a period, and which later decision changed which earlier one.

A later agreement changes an earlier one when both are about the same thing (they share a content word that is
not a generic one: "launch", "media budget", "box") and either both state a value of the same kind (a date, an
amount of money, a number) that differs, or the later one says it changes something ("instead", "moved", "goes up
to", "rather than")::

    3 Sep  "So we're agreed, the launch is on 6 October."
    1 Oct  "Let's go with 13 October for the launch instead."
        -> "Launch moved from 6 October to 13 October, 1 Oct"
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DATE_RE = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)
NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred)"
)
MONEY_RE = re.compile(
    rf"([£$€]\s?\d[\d,.]*\s*(?:k|m|thousand|million)?|\b(?:\d[\d,.]*|{NUMBER_WORDS}(?:[\s-]+{NUMBER_WORDS})*)"
    r"(?:\s+(?:thousand|million|k))?\s+(?:pounds|dollars|euros|quid|grand)\b)",
    re.I,
)
NUMBER_RE = re.compile(rf"\b(\d[\d,.]*%?|{NUMBER_WORDS}(?:[\s-]+{NUMBER_WORDS})*)\b", re.I)
CHANGE_CUES = re.compile(
    r"\b(instead|moved?|moving|push(?:ed)? back|bring forward|brought forward|rather than|no longer|now|"
    r"goes up|go up|going up|goes down|come down|comes down|increase[sd]?|reduce[sd]?|cut|switch(?:ed)?|change[sd]?)\b",
    re.I,
)
GENERIC = {
    "thing", "things", "one", "lot", "bit", "way", "day", "week", "month", "time", "side", "team", "point", "idea",
    "plan", "agreement", "decision", "question", "call", "meeting", "today", "tomorrow", "yes", "okay", "fine",
    "agreed", "approved", "go", "let", "us", "we", "it", "that", "this", "pounds", "dollars", "euros", "thousand",
    "million", "percent", "subject", "pound", "dollar", "euro",
    "part", "people", "everyone", "something", "anything", "nothing",
}  # fmt: skip
STOP = {
    "the", "a", "an", "and", "or", "of", "for", "to", "on", "in", "at", "by", "with", "is", "are", "be", "was", "so",
    "we", "re", "s", "it", "its", "that", "this", "up", "goes", "go", "let", "lets", "our", "your", "their", "but",
    "instead", "now", "from", "as", "into", "than", "rather", "will", "would", "should", "can", "just", "all",
}  # fmt: skip


@dataclass
class Decision:
    """One confirmed agreement, and the earlier decision it changes (if any)."""

    date: dt.date
    meeting_id: str
    meeting_title: str
    report_number: str | None
    text: str
    quote: str
    start: float | None
    topic: set[str] = field(default_factory=set)  # what it is about: its nouns' lemmas (set by ``topics``)
    changes: Decision | None = None
    change_note: str | None = None
    changed_by: list[Decision] = field(default_factory=list)


def _values(text: str) -> dict[str, str]:
    """The first date, amount of money and other number a decision states."""
    found: dict[str, str] = {}
    if m := DATE_RE.search(text):
        found["date"] = m.group(0)
    if m := MONEY_RE.search(text):
        found["money"] = m.group(0).strip()
    rest = MONEY_RE.sub(" ", DATE_RE.sub(" ", text))
    if m := NUMBER_RE.search(rest):
        found["number"] = m.group(0)
    return found


def _topic(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", re.sub(r"[’']\w+", "", MONEY_RE.sub(" ", DATE_RE.sub(" ", text.lower()))))
    return {
        w.strip("'") for w in words if w not in STOP and w not in GENERIC and len(w) > 2 and not NUMBER_RE.fullmatch(w)
    }


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _shared(a: Decision, b: Decision) -> list[str]:
    left = a.topic or {_stem(w) for w in _topic(a.text)}
    right = b.topic or {_stem(w) for w in _topic(b.text)}
    return sorted(left & right)


def topics(decisions: list[Decision], nlp: Language) -> None:
    """Set each decision's topic: the lemmas of its nouns, without generic words, dates and amounts."""
    for d, doc in zip(decisions, nlp.pipe(d.text for d in decisions), strict=True):
        d.topic = {
            _stem(t.lower_) for t in doc
            if t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.ent_type_ not in ("DATE", "MONEY", "CARDINAL")
            and t.lemma_.lower() not in GENERIC and t.lemma_.lower() not in STOP
        }  # fmt: skip


def change_note(earlier: Decision, later: Decision) -> str | None:
    """How ``later`` changes ``earlier`` ("Launch moved from 6 October to 13 October, 1 Oct"), or None."""
    shared = _shared(earlier, later)
    if not shared:
        return None
    old, new = _values(earlier.text), _values(later.text)
    when = f"{later.date.day} {later.date.strftime('%b')}"
    subject = _subject(later.text, shared)
    for kind in ("date", "money", "number"):
        if kind in old and kind in new and old[kind].lower() != new[kind].lower():
            verb = "moved" if kind == "date" else "changed"
            return f"{subject} {verb} from {old[kind]} to {new[kind]}, {when}"
    if CHANGE_CUES.search(later.text) and not CHANGE_CUES.search(earlier.text):
        return f"{subject} changed, {when}: was \u201c{earlier.text}\u201d ({earlier.date.day} {earlier.date:%b})"
    return None


def _subject(text: str, shared: list[str]) -> str:
    """The shared words in the order the later decision says them ("media budget")."""
    order = re.findall(r"[a-z]+", re.sub(r"[’']\w+", "", text.lower()))
    picked: list[str] = []
    for w in order:
        if _stem(w) in shared and _stem(w) not in picked:
            picked.append(_stem(w))
    words = [w for w in order if _stem(w) in picked]
    seen: list[str] = []
    for w in words:
        if w not in seen:
            seen.append(w)
    phrase = " ".join(seen[:3]) or shared[0]
    return phrase[0].upper() + phrase[1:]


def link_changes(decisions: list[Decision]) -> list[Decision]:
    """Mark each decision with the latest earlier decision (of another meeting) it changes; in date order."""
    ordered = sorted(decisions, key=lambda d: (d.date, d.meeting_id))
    for k, later in enumerate(ordered):
        for earlier in reversed(ordered[:k]):
            if earlier.meeting_id == later.meeting_id:
                continue
            note = change_note(earlier, later)
            if note:
                later.changes, later.change_note = earlier, note
                earlier.changed_by.append(later)
                break
    return ordered
