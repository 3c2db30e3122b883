"""The next meeting, when the meeting says it: "Same time next week?", "Let's catch up Thursday at two.", "Next
call on the 14th, then." A sentence that names a further meeting (models/next_meeting/next_meeting.jsonl) and
resolves to a date gives "Thursday 17 September 2026" (with the time when one was said: "at two"); the last one
said in the meeting wins (dates are often settled over a few turns). "Same time next week" is a week on from the
meeting. A sentence that names no date ("let's catch up soon") gives nothing.

A session's day is often settled over several turns: the session put, with or without a day ("we should get the
quarterly review in the diary"), days offered, turned down and countered, and the day settled by someone taking the
day another person said ("Thursday the twelfth, then."; :func:`session_settled`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import srsly

from pipeline.errors import ConfigError
from pipeline.extract.date_words import DAY_WORD, MONTHS
from pipeline.extract.dates import DueMatch, find_due_dates
from pipeline.extract.deadlines import ACCEPTING
from pipeline.extract.turns import Turn

if TYPE_CHECKING:
    from spacy.tokens import Span

NEXT_MEETING_FILE = Path("next_meeting") / "next_meeting.jsonl"
NEXT_SAID = "Next meeting: "  # how an agreement setting the next meeting reads
TIME = re.compile(
    r"\bat\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.?!]+[.?!]*")


@lru_cache(maxsize=4)
def load_patterns(path: Path) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(label, id, regex) rows: SAME_TIME (a week on), SAME_TIME_MONTH (a month on), NEXT_MEETING (a meeting the
    sentence's date is for) and SESSION (a session named, whose day may be settled in the turns after)."""
    rows = []
    for row in srsly.read_jsonl(path):
        if row["label"] not in ("SAME_TIME", "SAME_TIME_MONTH", "NEXT_MEETING", "SESSION"):
            raise ConfigError(f"{path}: unknown next-meeting label {row['label']!r}")
        rows.append((row["label"], row["id"], re.compile(row["pattern"], re.IGNORECASE)))
    return tuple(rows)


def sentence_date(
    sentence: str, meeting_date: dt.date, patterns: tuple[tuple[str, str, re.Pattern[str]], ...], next_weekday: str
) -> tuple[dt.date, str | None] | None:
    """The date (and time words) of a next meeting named in ``sentence``, else None."""
    text = sentence.replace("\u2019", "'")
    for label, _, pat in patterns:
        if label == "SESSION" or not pat.search(text):
            continue
        dated = [d for d in find_due_dates(text, meeting_date, next_weekday) if d.due is not None]
        day_rules = [d for d in dated if d.rule not in ("next_week", "end_of_week", "weekend")]
        if label != "NEXT_MEETING":  # "Same time next week, so Tuesday the seventeenth?": only a day named beats it
            day_rules = [d for d in day_rules if DAY_WORD.search(d.text)]
        if day_rules:
            time = TIME.search(text)
            return day_rules[-1].due, (time.group(1) if time else None)  # type: ignore[return-value]
        if label == "SAME_TIME":
            return meeting_date + dt.timedelta(days=7), None
        if label == "SAME_TIME_MONTH":
            return _month_on(meeting_date), None
    return None


def _month_on(day: dt.date) -> dt.date:
    """The same weekday nearest a month on: a meeting's slot is a weekday ("same time next month" on Wednesday 4
    March is Wednesday 1 April, not Saturday 4 April)."""
    year, month = divmod(day.year * 12 + day.month, 12)  # the next month, counted from 0
    on = dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    shift = (day.weekday() - on.weekday()) % 7
    return on + dt.timedelta(days=shift if shift <= 3 else shift - 7)


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
    return spoken(*found) if found is not None else None


def spoken(day: dt.date, time: str | None) -> str:
    """ "Thursday 17 September 2026", with " at two" when a time was said."""
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


def not_deadlines(turn: Turn, meeting_date: dt.date, models_dir: Path, next_weekday: str) -> list[DueMatch]:
    """The turn's dates less those of a sentence that sets the next meeting and promises no work: "Sure, I'll write
    something up. Thanks both, speak in a month." is a meeting in a month, not a deadline for the write-up."""
    patterns = load_patterns(Path(models_dir) / NEXT_MEETING_FILE)
    promised = {c.sent.start for c in turn.clauses}
    setting = [
        s
        for s in turn.doc.sents
        if s.start not in promised
        and (hit := sentence_date(s.text, meeting_date, patterns, next_weekday)) is not None
        and _ahead(hit, meeting_date)
    ]
    return [d for d in turn.dues if not any(s.start_char <= d.start_char < s.end_char for s in setting)]


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


# work handed over, not a session: "send the review", "get the review copy to me"
DELIVERED = frozenset({"send", "get", "share", "circulate", "write", "draft", "finish", "deliver", "forward"})
BY_ANOTHER = frozenset({"before", "after", "until", "till", "since", "ahead"})
PUT_WORDS = 50  # a session is put in a turn of its own, not named in a long update or a recap's list


def puts_session(turn: Turn, models_dir: Path) -> bool:
    """``turn`` names a session whose day may be settled ("we should get the quarterly review in the diary", "the
    status call on the eleventh, could we move it?", "Next check-in, do we want one?"): a session noun heading its
    phrase ("the review copy" is a copy), not work handed over ("send the review"), in a sentence that gives a day,
    schedules or asks ("And the walkthrough on the third.", not "Commission at 3.4 with a quarterly review."); or a
    day put in the diary."""
    doc = turn.doc
    if turn.n_words > PUT_WORDS:
        return False
    for _, rule, pat in load_patterns(Path(models_dir) / NEXT_MEETING_FILE):
        for m in pat.finditer(doc.text) if rule in SESSION_RULES else ():
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            if rule != "session_noun":
                return True
            root = span.root
            compound = root.dep_ in ("compound", "amod") and root.head.i > root.i
            sentence = root.sent.text
            asked = sentence.rstrip().endswith("?")
            timed = asked or DAY_WORD.search(sentence) or MONTH.search(sentence) or SCHEDULING.search(sentence)
            # "before the first status call (starts)" dates something else by the session
            by = {root.head.lemma_} | {c.lower_ for c in (*root.children, *root.head.children) if c.dep_ == "mark"}
            by |= {c.lower_ for c in root.head.children if c.dep_ == "prep"}
            # "Can you call the venue on Tuesday?" asks for work; "the status call" is one, tagged a verb or not
            before = doc[root.i - 1].pos_ if root.i else ""
            noun = root.pos_ in ("NOUN", "PROPN") or before in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
            if noun and not compound and root.head.lemma_ not in DELIVERED and not by & BY_ANOTHER and timed:
                return True
    return False


SESSION_RULES = frozenset({"session_noun", "diary_date"})
MONTH = re.compile(rf"\b(?:{'|'.join(m for m in MONTHS if len(m) > 3)})\b", re.IGNORECASE)
SCHEDULING = re.compile(
    r"\b(?:diary|calendar|date|when|move|push|book|pencil|lock|shall we|should we|do we want|let's|could we|can we)\b",
    re.IGNORECASE,
)
# a meeting of those on the call, not a working session of two ("the workshop"): its day put and taken is agreed
MEETING = re.compile(
    r"\b(?:meeting|call|check-?in|checkpoint|catch-?up|review|wip|qbr|walk-?through|read-?through|debrief)s?\b",
    re.IGNORECASE,
)
SETTLE_REACH = 5  # turns from the session put to the turn that settles its day
TURNED_DOWN = re.compile(
    r"\b(?:no good|(?:doesn't|does not|don't|won't) work|can't|cannot|bad for|tricky|not free)\b", re.IGNORECASE
)
SETTLING = re.compile(rf"{ACCEPTING.pattern}|\bthen\b|\bit is\b", re.IGNORECASE)
REPLY_WORDS = 25  # a turn that settles a day is a short reply, not a recap of the call
DATE_TALK = 6  # words: a turn this short keeps a session's day being settled ("Twenty-fifth... hmm. Farah?")


def session_settled(
    turns: list[Turn], k: int, puts: frozenset[int], work: Callable[[int], bool]
) -> tuple[int, dt.date] | None:
    """(the turn that put the session, its day) when turn ``k`` settles the day of a session put in one of the
    turns ``puts`` up to :data:`SETTLE_REACH` turns before (the turn just before when the next meeting's rows do not
    read it, a :data:`MEETING` and not work of its own: "The WIP on the third, could we move it to the fourth?"),
    a day put as a question since ("The twelfth? That's a Friday.") or proposed by another ("I'd say Monday
    week."), every turn between being about the day and none of them ``work`` asked for or promised ("I'll send the
    strips on Friday." dates that work): one of ``k``'s first two sentences takes a day somebody else said since the
    session was put, the sentence or the one before it accepting it, without turning it down or promising work
    ("Wednesday the eighteenth, ten o'clock, then.", "Yeah. The twenty-fifth.", "Monday week works.", "The fourth
    is fine. Same time?"; not "The second... yeah, I'll bring them up myself.")."""
    turn = turns[k]
    if turn.speaker is None or turn.n_words > REPLY_WORDS:  # "Okay, so just to recap. … by two on Friday, …"
        return None
    sents = list(turn.doc.sents)[:2]
    said = next((s for s in sents if _days(s.text) and not s.text.rstrip().endswith("?")), None)
    # "Which then became its own story, on Tuesday night.": what happened, no day settled
    past = said is not None and any(t.tag_ == "VBD" for t in said)
    if said is None or past or TURNED_DOWN.search(said.text) or WILL.search(said.text):
        return None
    before = sents[0].text if said.start > sents[0].start else ""
    if not (SETTLING.search(said.text) or SETTLING.search(before)):
        return None
    days = _days(said.text)
    own = [d for d in turn.dues if d.due is not None and said.start_char <= d.start_char < said.end_char]
    dates = {d.due for d in own}
    for j in range(k - 1, max(-1, k - 1 - SETTLE_REACH), -1):
        if work(j) and j not in puts:
            return None
        # a meeting put with its day in the turn just before ("The WIP on the third, could we move it to the
        # fourth? Friday the fourth?" "The fourth is fine."), unless that turn is work of its own or a working
        # session ("Could we do the workshop on Thursday?" is an item of both); put there without a day, the
        # session may have been put before it
        later = j == k - 1 and (
            work(j)
            or not MEETING.search(turns[j].text)
            or not any(_day_put(turns[j], s, turn.speaker) for s in turns[j].doc.sents)
        )
        if j in puts and not later:
            if not any(_day_put(t, s, turn.speaker) for t in turns[j:k] for s in t.doc.sents):
                return None  # no day was put to the others ("The twelfth? That's a Friday.")
            others = [d for t in turns[j:k] if t.speaker not in (None, turn.speaker) for d in t.dues if d.due]
            taken = [d for d in others if d.due in dates or _days(d.text) & days]
            # the day as said in full ("April the eighth?" … "Yes. The eighth."; "Wednesday?" … "Wednesday the
            # eighteenth, then.")
            best = max((*own, *taken), key=lambda d: len(d.text)) if taken else None
            return (j, best.due) if best is not None and best.due is not None else None
        if not (DAY_WORD.search(turns[j].text) or turns[j].n_words <= DATE_TALK):
            return None
    return None


def _day_put(turn: Turn, sent: Span, replier: str | None) -> bool:
    """``sent`` puts a day to the others: asks it ("The twelfth? That's a Friday.") or, said by another than the
    ``replier``, proposes it ("I'd say Monday week, so the second.")."""
    proposed = turn.speaker != replier and any(s.sent.start == sent.start for s in turn.cues("PROPOSAL"))
    return bool(_days(sent.text)) and (sent.text.rstrip().endswith("?") or proposed)


def _days(text: str) -> set[str]:
    return {m.group(0).lower() for m in DAY_WORD.finditer(text)}
