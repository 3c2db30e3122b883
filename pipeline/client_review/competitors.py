"""Competitor and market mentions in a client's meetings: who was named, where, and how they were talked about.

A name is a candidate when spaCy's ``en_core_web_sm`` calls it an entity (ORG, PRODUCT, WORK_OF_ART, EVENT,
PERSON, GPE, …), when it is a run of proper nouns spaCy left unlabelled, or when it is on the client's list of known
competitors (``glossary.MarketGlossary``). It counts as a mention of another brand when

* it is a known competitor; or
* a market construction ties it to the market (``FRAME`` rules in ``models/client_review/competitor_cues.jsonl``):
  "cheaper than X", "what X did with…", "X's new campaign", "X have launched…", "the X campaign"; or
* spaCy calls it an organisation or product and the sentence is about the market (``MARKET``: campaign, price,
  shelf, launch, rival…), and it is not someone addressed or quoted, a place, a stockist or a media channel
  (``NOT_NAME``).

Never counted: the client and its own brands, the agency and its suppliers, the attendees, the terms of the client's
Whisper glossary and names the AE marked as not competitors. Names seen but not counted come back as candidates, so
the AE can add one to the known competitors with one click.

The stance comes from the words around the name, in the sentence (or the next one, "They're undercutting us"):
``to avoid`` ("we don't want to look like X", "X's stunt backfired") is read first, then ``threat`` ("X are
undercutting us", "worried about X"), then ``benchmark`` ("I love what X did", "X set the bar"); none: ``neutral``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import srsly
from pydantic import BaseModel
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.client_review.glossary import MarketGlossary, norm
from pipeline.schemas import MeetingRecord
from pipeline.settings import Settings

Stance = Literal["threat", "benchmark", "to avoid", "neutral"]
STANCES: tuple[Stance, ...] = ("threat", "benchmark", "to avoid", "neutral")
CUES_FILE = "client_review/competitor_cues.jsonl"
STRONG_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT"}
WEAK_LABELS = {"PERSON", "GPE", "NORP", "FAC", "LOC"}
STANCE_ORDER: tuple[tuple[str, Stance], ...] = (
    ("AVOID", "to avoid"),
    ("THREAT", "threat"),
    ("NEUTRAL", "neutral"),  # "just for reference": an aside, even with praise in it
    ("BENCHMARK", "benchmark"),
)
ANAPHORA = {"they", "their", "them", "theirs", "it", "its", "that", "this", "those", "these"}
NEGATION = {"n't", "not", "never", "no"}
CALENDAR = {n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n}
_MATCHERS: dict[tuple[int, Path], Matcher] = {}
_LOCK = threading.Lock()


class Mention(BaseModel):
    competitor: str  # the name it is grouped under (a known competitor's canonical name, else as said)
    name: str  # as said
    stance: Stance
    cue: str | None = None  # the words that gave the stance
    rule: str  # known | entity+market | frame:<rule id>
    known: bool
    quote: str
    speaker: str | None = None
    meeting_id: str
    meeting_title: str
    date: dt.date
    segment: int
    start: float | None = None


class Candidate(BaseModel):
    """A name spotted but not counted: the AE can make it a known competitor (or dismiss it) with one click."""

    name: str
    label: str
    quote: str
    meeting_id: str
    date: dt.date
    segment: int
    start: float | None = None


def cue_matcher(nlp: Language, models_dir: Path) -> Matcher:
    """The rules of ``models/client_review/competitor_cues.jsonl`` as a spaCy ``Matcher`` (label = rule kind), once
    per process."""
    key = (id(nlp.vocab), Path(models_dir).resolve())
    with _LOCK:
        if key not in _MATCHERS:
            matcher = Matcher(nlp.vocab, validate=True)
            for row in srsly.read_jsonl(Path(models_dir) / CUES_FILE):
                matcher.add(f"{row['label']}|{row['id']}", [row["pattern"]])
            _MATCHERS[key] = matcher
        return _MATCHERS[key]


@dataclass
class _Cue:
    label: str
    rule: str
    start: int
    end: int


def _cues(doc: Doc, matcher: Matcher) -> list[_Cue]:
    out = []
    for match_id, start, end in matcher(doc):
        label, _, rule = doc.vocab.strings[match_id].partition("|")
        out.append(_Cue(label, rule, start, end))
    return out


def _trim(span: Span) -> Span:
    """Without a leading determiner and a trailing possessive: "the Orchard Pig's" -> "Orchard Pig"."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].text in ("'", "’")):
        end -= 1
    return span.doc[start:end]


def _names(doc: Doc, known: PhraseMatcher) -> list[tuple[Span, str]]:
    """Candidate names with where they came from: known, an entity label, or PROPN; no overlaps, known first."""
    found: list[tuple[Span, str]] = [(doc[s:e], "KNOWN") for _, s, e in known(doc)]
    found += [(ent, ent.label_) for ent in doc.ents if ent.label_ in STRONG_LABELS | WEAK_LABELS]
    i = 0
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and (doc[i].is_title or doc[i].is_upper) and doc[i].ent_type_ == "":
            j = i
            while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].ent_type_ == "":
                j += 1
            found.append((doc[i : j + 1], "PROPN"))
            i = j + 1
        else:
            i += 1
    found += _joined(doc, found)
    taken: set[int] = set()
    out = []
    for span, label in sorted(found, key=lambda f: (f[1] != "KNOWN", -(f[0].end - f[0].start))):
        span = _trim(span)
        if len(span) == 0 or taken & set(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append((span, label))
    return sorted(out, key=lambda f: f[0].start)


def _joined(doc: Doc, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Two names joined by "and" / "&" may be one company ("Bean and Barrel"); the longer span wins if it counts."""
    starts = {span.start: (span, label) for span, label in found}
    out = []
    for span, label in found:
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("and", "&") and span.end + 1 in starts:
            right, right_label = starts[span.end + 1]
            joined = "ORG" if "ORG" in (label, right_label) else label
            out.append((doc[span.start : right.end], joined))
    return out


def _excluded(key: str, excluded: set[str]) -> bool:
    if not key or key in CALENDAR or len(key) < 2:
        return True
    words = key.split()
    for term in excluded:
        if key == term:
            return True
        t = term.split()
        if _contains(t, words) or _contains(words, t):
            return True
    return False


def _contains(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def _covers(cue: _Cue, span: Span) -> bool:
    return cue.start <= span.start and span.end <= cue.end


def _scopes(span: Span) -> list[Span]:
    """Where the stance is read: the name's sentence, then the next two sentences of the speaker's turn."""
    sents = list(span.doc.sents)
    at = next(i for i, sent in enumerate(sents) if sent.start <= span.start < sent.end)
    return sents[at : at + 3]


def _stance(span: Span, cues: list[_Cue]) -> tuple[Stance, str | None, Span]:
    """The stance from the cues nearest the name: its sentence first, then what the speaker says next."""
    for scope in _scopes(span):
        inside = [c for c in cues if scope.start <= c.start and c.end <= scope.end]
        for label, stance in STANCE_ORDER:
            hits = [c for c in inside if c.label == label]
            for cue in sorted(hits, key=lambda c: abs(c.start - span.start)):
                before = span.doc[max(scope.start, cue.start - 3) : cue.start]
                negated = label in ("THREAT", "BENCHMARK") and any(t.lower_ in NEGATION for t in before)
                words = span.doc[cue.start : cue.end].text
                if not negated:
                    return stance, words, scope
                if label == "BENCHMARK":
                    return "to avoid", f"{before.text} {words}", scope
                # a negated threat ("they're not a worry") says nothing here; read on
    return "neutral", None, span.sent


def find_mentions(
    records: Iterable[MeetingRecord], glossary: MarketGlossary, settings: Settings
) -> tuple[list[Mention], list[Candidate]]:
    """Every mention of another brand in these meetings, and the names seen but not counted."""
    from pipeline.extract import load_nlp

    nlp = load_nlp(settings)
    matcher = cue_matcher(nlp, settings.models_dir)
    known_names = glossary.known()
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    aliases = {a for name, al in glossary.competitors.items() for a in (name, *al)}
    if aliases:
        phrases.add("KNOWN", [nlp.make_doc(a) for a in sorted(aliases)])
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    for record in records:
        m = record.meeting
        people = {p for a in m.attendees for p in (a.name, *a.name.split())}
        excluded = glossary.excluded() | {norm(n) for n in (*people, m.client or "", m.agency or "") if norm(n)}
        segments = record.transcript.segments
        for seg, doc in zip(segments, nlp.pipe(s.text for s in segments), strict=True):
            cues = _cues(doc, matcher)
            for span, label in _names(doc, phrases):
                key = norm(span.text)
                canonical = known_names.get(key)
                if label != "KNOWN" and canonical is None:
                    if _excluded(key, excluded):
                        continue
                    rule = _counted(span, label, cues)
                    if rule is None:
                        if label in STRONG_LABELS or _has(cues, "MARKET", span.sent):
                            candidates.append(Candidate(
                                name=span.text, label=label, quote=span.sent.text, meeting_id=record.meeting_id,
                                date=m.date, segment=seg.index, start=seg.start,
                            ))  # fmt: skip
                        continue
                else:
                    rule, canonical = "known", canonical or known_names.get(key, span.text)
                stance, cue, scope = _stance(span, cues)
                quote = span.sent.text if scope == span.sent else f"{span.sent.text} {scope.text}"
                mentions.append(Mention(
                    competitor=canonical or span.text, name=span.text, stance=stance, cue=cue, rule=rule,
                    known=rule == "known", quote=quote.strip(), speaker=seg.speaker, meeting_id=record.meeting_id,
                    meeting_title=m.title, date=m.date, segment=seg.index, start=seg.start,
                ))  # fmt: skip
    return _grouped_names(mentions), candidates


def _has(cues: list[_Cue], label: str, scope: Span) -> bool:
    return any(c.label == label and scope.start <= c.start and c.end <= scope.end for c in cues)


def _counted(span: Span, label: str, cues: list[_Cue]) -> str | None:
    """The rule that makes this (unknown) name a market player, or None."""
    if any(c.label == "NOT_NAME" and c.rule == "channel" and c.start < span.end and span.start < c.end for c in cues):
        return None
    if any(c.label == "PLACE" and _covers(c, span) for c in cues):  # "the Manchester stores"
        return None
    for c in cues:
        if c.label == "FRAME" and _covers(c, span):
            return f"frame:{c.rule}"
    vetoed = any(c.label == "NOT_NAME" and _covers(c, span) for c in cues)
    if label in STRONG_LABELS and not vetoed and _has(cues, "MARKET", span.sent):
        return "entity+market"
    return None


def _grouped_names(mentions: list[Mention]) -> list[Mention]:
    """Unknown names said in two forms ("Orchard Pig", "Orchard Pig Reveller") are grouped under the shorter one."""
    keys = sorted({norm(m.competitor) for m in mentions if not m.known}, key=lambda k: len(k.split()))
    canon: dict[str, str] = {}
    for key in keys:
        shorter = next((k for k, c in canon.items() if c == k and _contains(key.split(), k.split())), None)
        canon[key] = shorter or key
    shown: dict[str, str] = {}
    for m in mentions:
        if not m.known and norm(m.competitor) == canon[norm(m.competitor)]:
            shown.setdefault(norm(m.competitor), m.competitor)
    for m in mentions:
        if not m.known:
            m.competitor = shown[canon[norm(m.competitor)]]
    return mentions


def by_competitor(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """Mentions grouped by competitor, most mentioned first, each group in meeting and transcript order."""
    groups: dict[str, list[Mention]] = {}
    names: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: (m.date, m.meeting_id, m.segment)):
        key = norm(m.competitor)
        names.setdefault(key, m.competitor)
        groups.setdefault(names[key], []).append(m)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].lower())))
