"""The next meeting, when the meeting says it: "Same time next week?", "Let's catch up Thursday at two.", "Next
call on the 14th, then." A sentence that names a further meeting (models/next_meeting/next_meeting.jsonl) and
resolves to a date gives "Thursday 17 September 2026" (with the time when one was said: "at two"); the last one
said in the meeting wins (dates are often settled over a few turns). "Same time next week" is a week on from the
meeting. A sentence that names no date ("let's catch up soon") gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import srsly

from pipeline.errors import ConfigError
from pipeline.extract.dates import find_due_dates
from pipeline.extract.deadlines import ACCEPTING

NEXT_MEETING_FILE = Path("next_meeting") / "next_meeting.jsonl"
TIME = re.compile(r"\bat\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|one|two|three|four|five|six|ten|eleven|twelve|noon)\b",
                  re.IGNORECASE)  # fmt: skip
SENTENCE = re.compile(r"[^.?!]+[.?!]*")


@lru_cache(maxsize=4)
def load_patterns(path: Path) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(label, id, regex) rows: SAME_TIME (a week on) and NEXT_MEETING (a meeting the sentence's date is for)."""
    rows = []
    for row in srsly.read_jsonl(path):
        if row["label"] not in ("SAME_TIME", "NEXT_MEETING"):
            raise ConfigError(f"{path}: unknown next-meeting label {row['label']!r}")
        rows.append((row["label"], row["id"], re.compile(row["pattern"], re.IGNORECASE)))
    return tuple(rows)


def sentence_date(
    sentence: str, meeting_date: dt.date, patterns: tuple[tuple[str, str, re.Pattern[str]], ...], next_weekday: str
) -> tuple[dt.date, str | None] | None:
    """The date (and time words) of a next meeting named in ``sentence``, else None."""
    text = sentence.replace("\u2019", "'")
    for label, _, pat in patterns:
        if not pat.search(text):
            continue
        if label == "SAME_TIME":
            return meeting_date + dt.timedelta(days=7), None
        dated = [d for d in find_due_dates(text, meeting_date, next_weekday) if d.due is not None]
        day_rules = [d for d in dated if d.rule not in ("next_week", "end_of_week", "weekend")]
        if day_rules:
            time = TIME.search(text)
            return day_rules[-1].due, (time.group(1) if time else None)  # type: ignore[return-value]
    return None


def next_meeting(texts: list[str], meeting_date: dt.date, models_dir: Path, next_weekday: str) -> str | None:
    """The report's "Next meeting" from the meeting's turns: the last date a further meeting was set for."""
    patterns = load_patterns(Path(models_dir) / NEXT_MEETING_FILE)
    found: tuple[dt.date, str | None] | None = None
    since_put = FOLLOW_TURNS + 1
    for text in texts:
        since_put += 1
        for sentence in readings(text):
            hit = sentence_date(sentence, meeting_date, patterns, next_weekday)
            if hit is None and since_put <= FOLLOW_TURNS:
                hit = _moved_to(sentence, meeting_date, next_weekday)
            elif hit is not None:
                since_put = 0
            if hit is not None and _ahead(hit, meeting_date):
                found = hit if found is None or hit[0] != found[0] or hit[1] else found  # "Friday works." keeps "at 10"
    if found is None:
        return None
    day, time = found
    words = f"{day:%A} {day.day} {day:%B %Y}"
    return f"{words} at {time}" if time else words


FOLLOW_TURNS = 2  # a meeting put is still being settled this many turns later ("Could we say the 19th?")
SHORT = 9


def _moved_to(sentence: str, meeting_date: dt.date, next_weekday: str) -> tuple[dt.date, str | None] | None:
    """The date of a short counter-proposal or acceptance of the meeting just put: "Could we say Thursday the
    nineteenth?", "Thursday the nineteenth works." (not a promise: "Fine, I'll send it Friday.")."""
    if len(sentence.split()) > SHORT or WILL.search(sentence):
        return None
    if not (sentence.rstrip().endswith("?") or ACCEPTING.search(sentence)):
        return None
    dated = [d for d in find_due_dates(sentence, meeting_date, next_weekday) if d.due is not None]
    time = TIME.search(sentence)
    return (dated[-1].due, time.group(1) if time else None) if dated else None  # type: ignore[return-value]


WILL = re.compile(r"(?:'ll|\bwill)\b", re.IGNORECASE)


def sets_meeting(text: str, meeting_date: dt.date, models_dir: Path, next_weekday: str) -> bool:
    """``text`` puts a further meeting on a date after ``meeting_date`` ("Same time in two weeks?")."""
    patterns = load_patterns(Path(models_dir) / NEXT_MEETING_FILE)
    hits = (sentence_date(s, meeting_date, patterns, next_weekday) for s in readings(text))
    return any(hit is not None and _ahead(hit, meeting_date) for hit in hits)


def _ahead(hit: tuple[dt.date, str | None], meeting_date: dt.date) -> bool:
    """A meeting after this one: a later day, or later today at an hour said ("Let's regroup at five today.")."""
    return hit[0] > meeting_date or (hit[0] == meeting_date and hit[1] is not None)


FRAGMENT = 4  # words: a sentence this short is read with its neighbour ("And the edit review. We'd suggest the 14th.")


def readings(text: str) -> list[str]:
    """The sentences of ``text``, and each pair of neighbours one of which is a fragment, read as one: the session
    named in one and its day put in the other ("And the edit review. We'd suggest the 14th.", "Next QBR, shall we
    pencil in March? The 4th?")."""
    sentences = [s.strip() for s in SENTENCE.findall(text) if s.strip()]
    pairs = [
        f"{a.rstrip('.?!')} {b}"
        for a, b in zip(sentences, sentences[1:], strict=False)
        if min(len(a.split()), len(b.split())) <= FRAGMENT
    ]
    return sentences + pairs
