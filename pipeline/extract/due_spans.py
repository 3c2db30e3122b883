"""How spoken deadlines combine with their neighbours in one stretch of speech (after ``dates`` found them).

* a time and its day is one deadline, of that day: "by 10am Thursday", "five o'clock tomorrow", "Tuesday, two pm";
* a range is one deadline, its later end: "between Tuesday and Thursday", "Monday or Tuesday", "the 9th to
  the 11th";
* a date restated straight after is one deadline: "Tuesday week, okay? So the seventeenth";
* a date corrected straight after is replaced by the correction: "Tuesday, actually make that Wednesday",
  "the 20th, sorry, I mean the 19th", "Monday week? Actually no, that's too late for you. Wednesday.", "Thursday? No,
  wait, that's before. Say, Tuesday, the twenty-third.", "today. Well. Monday.": only the correction is left, and
  it counts as said where the corrected date was (so it dates the same work); a day named after a weekday ("The
  Tuesday after, then, the 26th") is the day;
* "straight away" beside an event is the event's: "once it's signed I'll raise the PO straight away" (vague);
* an aim and then the latest is one deadline, the latest: "Thursday, Friday at the latest", "Tuesday, Wednesday
  latest", "I'll try for Thursday, but Friday at the latest".
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.dates import DueMatch

_TIME_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?$", re.I)
_DAY_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+)?$", re.I)
_RANGE = re.compile(r"\s*(?:and|or|to|till|until|-|,?\s+or\s+(?:maybe\s+)?|or\s+at\s+the\s+latest)\s*$", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_CORRECTION_WORDS = re.compile(
    r"^[\s,.;:!?-]*(?:(?:no|sorry|wait|oh|um|erm|uh|actually|or|rather|make|that|it|let's|say|scratch|i|mean|"
    r"call|correction|hang\s+on|that's|too|late|early|soon|tight|for|you|us|them)[\s,.;:!?-]+)+$",
    re.I,
)
_CORRECTION_CUE = re.compile(
    r"\b(?:actually|rather|make\s+(?:that|it)|scratch\s+that|i\s+mean|call\s+it|correction|no,?\s+wait|"
    r"(?:hang|hold)\s+on)\b",
    re.I,
)
_REASON = re.compile(  # "No, wait, that's before.", "Oh, hang on, that's the bank holiday."
    r"^\s*(?:(?:no|oh|sorry|wait|actually|hang\s+on|hold\s+on)\W+)*(?:that's|that\s+is|it's|i'm|we're)\b", re.I
)
# "Actually, no, I'll send them", "Sorry, we'll get it over": the promise said again with a pronoun for its work, the
# date after it corrects the one before
_PROMISED_AGAIN = re.compile(
    r"^\s*(?:(?:actually|no|sorry|wait|hang\s+on|hold\s+on|scratch\s+that|or\s+rather|in\s+fact)\W+)+"
    r"(?:I|we)(?:'ll|\s+will|\s+can)\s+(?:\w+\s+){1,2}?(?:it|them|that|those|this|these)"
    r"(?:\s+(?:over|round|across|out|back|through|off|up|in))?(?:\s+to\s+(?:you|us|them|him|her))?\s*$",
    re.I,
)
_LEAD_IN = re.compile(r"^\s*(?:(?:so|say|um|erm|uh|er|the|let's|make\s+it|then)[\s,]+)*$", re.I)
_DAY_NAMED = re.compile(r"^\s*(?:after|before)?\s*,\s*(?:then|so)\s*,\s*$", re.I)  # "The Tuesday after, then, the 26th"
# "Monday's the bank holiday": the day just named, objected to
_OBJECTED = re.compile(r"(?:'s|\s+is)\s+(?:a|the|no|not|out|off|too|bad|tricky|tough)\b", re.I)
SETTLED_THEN = re.compile(r"\s*,?\s*then\s*(?:[.!]|$)", re.I)  # "Tuesday, then.": the date settled on, alone
_SECOND_THOUGHT = re.compile(r"^\s*[.,]\s*(?:(?:well|hmm|erm|um|no|ha|oh|okay|ok)\s*[.,!]\s*){1,3}$", re.I)
_RESTATED = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:so|that's|that\s+is|which\s+is|i\.e\.|meaning)\W+(?:(?:um|erm|uh|er)\W+)?$", re.I
)
_AIM_GAP = re.compile(r"^\s*(?:,|\.|;|-)?\s*(?:(?:but|or|and)\s+)?(?:(?:maybe|possibly)\s+)?$", re.I)
_LATEST = re.compile(r"\s*,?\s*(?:at\s+the\s+(?:very\s+)?latest|latest|tops|worst\s+case)\b", re.I)  # after b, or in it
_CLOCK = re.compile(
    r"\d|o'?\s?clock|(?<!after)noon|end\s+of\s+the\s+afternoon|midday|half\s|lunch|\b[ap]\.?m\b"
    r"|\b(?:by|before|at|around|until|till|after)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.I,
)


def clock_time(m: DueMatch) -> bool:
    """A time of the day said alone ("two o'clock", "by half three"), the meeting's day; not "this afternoon", which
    names the day ("noon" is no word of "afternoon")."""
    return m.rule == "same_day" and _CLOCK.search(m.text) is not None


def day_kept(new: DueMatch | None, *days: DueMatch | None) -> DueMatch | None:
    """``new``, unless it is a time of the day alone put for work whose later day is already said (``days``: the
    day said before it, in the turn or earlier): that day stands ("Friday's good. Two o'clock?", "Next Tuesday… I've
    got calls in the morning. After two?" "After two's perfect."). A day said today keeps the time's own date."""
    if new is None or new.due is None or not clock_time(new):
        return new
    later = [d for d in days if d is not None and d.due is not None and d.due > new.due and not clock_time(d)]
    return later[-1] if later else new


def turned_down(text: str, d: DueMatch) -> bool:
    """The date is named to be turned down: "Thursday's no good for me.", "Monday's the bank holiday"."""
    return _OBJECTED.match(text, d.end_char) is not None


_ALTERNATIVES = re.compile(r"\s(?:or|and)\s|\bbetween\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def one_of_put(reply: DueMatch | None, put: DueMatch | None) -> DueMatch | None:
    """The day a reply picks by its weekday alone among the days put as a choice ("They can do next Wednesday or
    Thursday." "Wednesday, let's do Wednesday.": that Wednesday, the one next week), else None. A range put reads
    as its later end, and the reply's bare weekday as the first one to come."""
    if reply is None or put is None or reply.due is None or put.due is None or reply.rule != "weekday":
        return None
    if not _ALTERNATIVES.search(put.text) or not re.search(_WEEKDAYS[reply.due.weekday()], put.text, re.I):
        return None
    back = put.due.weekday() - reply.due.weekday()
    if back <= 0 or put.due - datetime.timedelta(days=back) <= reply.due:
        return None
    return dataclasses.replace(put, due=put.due - datetime.timedelta(days=back))


def _span(text: str, a: DueMatch, b: DueMatch, keep: DueMatch) -> DueMatch:
    return dataclasses.replace(keep, text=text[a.start_char : b.end_char], start_char=a.start_char, end_char=b.end_char)


def _right_after(text: str, a: DueMatch, b: DueMatch) -> DueMatch | None:
    """ "Once the contract's signed I'll raise the PO straight away": "straight away" counts from the event said
    beside it in the sentence, which is the deadline (not the meeting's day)."""
    gap = text[a.end_char : b.start_char]
    if re.search(r"[.?!;]", gap) or len(gap.split()) > 8:
        return None
    for now, event in ((a, b), (b, a)):
        if _RIGHT_AWAY.fullmatch(now.text) and event.due is None and _FROM_EVENT.match(event.text):
            return event
    return None


_RIGHT_AWAY = re.compile(r"(?:straight|right)\s+away|immediately|right\s+now|there\s+and\s+then", re.I)
_FROM_EVENT = re.compile(r"(?:once|when|as\s+soon\s+as|the\s+(?:moment|minute|second)|after)\b", re.I)


def _corrected(text: str, gap: str, b: DueMatch) -> bool:
    """``b`` corrects the date before it: "Tuesday, actually make that Wednesday", "Thursday? No, wait, that's before.
    Say, um, Tuesday, the twenty-third.", "Monday week? Oh, hang on, that's the bank holiday. The Tuesday after",
    "I'll amend the PO today. Well. Monday." (a second thought said as the date alone)."""
    if _CORRECTION_WORDS.match(gap) and _CORRECTION_CUE.search(gap):
        return True
    *said, lead_in = re.split(r"[.?!]+", gap)
    if said and _LEAD_IN.match(lead_in) and len(gap.split()) <= 14 and SETTLED_THEN.match(text, b.end_char):
        return True  # "… by Monday. Oh, wait, Monday's the bank holiday. Tuesday, then."
    if said and _LEAD_IN.match(lead_in) and _OBJECTED.match(gap) and re.match(r"\s*(?:[.!]|$)", text[b.end_char :]):
        return True  # "… by Monday? No, Monday's the bank holiday. Tuesday.": the day objected to, then one alone
    if re.fullmatch(r"\s*[.,;!?-]*\s*", said[0] if said else gap) and len(said) <= 1 and _PROMISED_AGAIN.match(lead_in):
        return True  # "I'll send notes round before the Fourth. Actually, no, I'll send them tomorrow."
    if _SECOND_THOUGHT.match(gap):
        return re.match(r"\s*[.!]", text[b.end_char :]) is not None or b.end_char == len(text)
    if not said or not _CORRECTION_CUE.search(gap) or not _LEAD_IN.match(lead_in) or len(gap.split()) > 14:
        return False
    return all(not piece.strip() or _CORRECTION_WORDS.match(piece + " ") or _REASON.match(piece) for piece in said)


def _join(text: str, a: DueMatch, b: DueMatch) -> DueMatch | None:
    """``a`` and ``b`` (``a`` first) as one deadline, or None when they are two."""
    after_event = _right_after(text, a, b)
    if after_event is not None:
        return after_event
    gap = text[a.end_char : b.start_char]
    if b.due is None:
        return None
    if _RESTATED.match(gap) and (a.due == b.due or a.rule == "vague"):  # "Tuesday week, okay? So the 17th."
        return _span(text, a, b, b)
    if a.due is None:
        return None
    if clock_time(a) and not clock_time(b) and _TIME_THEN_DAY.match(gap):
        return _span(text, a, b, b)
    if clock_time(b) and not clock_time(a) and _DAY_THEN_TIME.match(gap):  # "Twenty-fifth, ten o'clock."
        return _span(text, a, b, a)
    if _RANGE.match(gap) and (not gap.strip().lower().startswith("and") or _BETWEEN.search(text, 0, a.start_char)):
        if b.due < a.due and b.rule == "weekday":  # "between Tuesday and Thursday" said on a Wednesday
            b = dataclasses.replace(b, due=b.due + datetime.timedelta(days=7))
        return _span(text, a, b, b)
    if a.due == b.due and _OBJECTED.match(text, b.end_char) and _CORRECTION_WORDS.match(gap):
        return _span(text, a, b, a)  # "by Monday. Oh, wait, Monday's the bank holiday": named again, objected to
    if _corrected(text, gap, b) or (a.rule == "weekday" and b.rule == "nth_of_month" and _DAY_NAMED.match(gap)):
        return dataclasses.replace(b, start_char=a.start_char)  # said where the date it replaces was
    latest = _LATEST.search(b.text) is not None or _LATEST.match(text, b.end_char) is not None
    if _AIM_GAP.match(gap) and latest and b.due is not None and b.due >= a.due:  # "Thursday, Friday at the latest"
        return _span(text, a, b, b)
    return None


def settle(matches: list[DueMatch], text: str) -> list[DueMatch]:
    """``matches`` (left to right, not overlapping) with each time-and-day, range and correction made one."""
    out: list[DueMatch] = []
    for m in matches:
        joined = _join(text, out[-1], m) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(m)
    return out


MONTH_NAMED_TURNS = 3  # how many turns back a day of a named month ("the 25th of November?") is still talked of


def of_the_month_named(matches: list[DueMatch], before: list[list[DueMatch]]) -> list[DueMatch]:
    """A day said by its number alone ("Twenty-fifth works.") in answer to a turn that named it with its month ("What
    about the twenty-fifth of November?") is that day of that month, not the next 25th."""
    named = [d.due for dues in before[-MONTH_NAMED_TURNS:] for d in dues if d.rule == "month_day" and d.due is not None]
    out = []
    for m in matches:
        if m.rule == "nth_of_month" and m.due is not None and "month" not in m.text.lower():
            same = [d for d in named if d.day == m.due.day]
            m = dataclasses.replace(m, due=same[-1]) if same else m
        out.append(m)
    return out
