"""Due-date resolver: spoken deadline words -> ISO dates relative to the meeting date (GUIDELINES §5).

Works on clean transcripts and on raw speech-recognition text (lower case, no punctuation, numbers as
words or digits). Plain ``re``; no model. Time of day is ignored and no working-day adjustment is made
(a date that falls on a weekend stays there).

Public API
----------
``find_due_dates(text, meeting_date, next_weekday="following_week") -> list[DueMatch]``
    every deadline expression in ``text``, left to right, non-overlapping (longest match wins).
``resolve_due(phrase, meeting_date, next_weekday="following_week") -> date | None``
    one phrase -> its date (the first resolvable match), ``None`` if vague or not a date.

``DueMatch.text`` keeps a leading by / before / until / till / on / for (and "first thing", "end of play"
...) and a trailing time of day ("Thursday afternoon", "tomorrow morning", "Friday at the latest").

Conventions (``M`` = meeting date; "strictly after" = the first such day later than ``M``)
------------------------------------------------------------------------------------------
rule               due                                   expressions
-----------------  ------------------------------------  ------------------------------------------------------
same_day           M                                     today, later today, tonight, this morning / afternoon /
                                                         evening, EOD, COB, EOP, end of (the) day, close of
                                                         business / play, by noon, by lunch(time), within the
                                                         hour, within / in N hours (N < 24), in the next half
                                                         hour, in N minutes, three o'clock, 2pm, at/by 14:30,
                                                         straight / right after this (call), right away,
                                                         straight away, immediately
in_n_units         M + N // 24 days                      within / in N hours with N >= 24 ("within 48 hours")
tomorrow           M + 1                                 tomorrow (morning / afternoon / first thing), first
                                                         thing tomorrow, by COB tomorrow, first thing in the
                                                         morning, by the morning, overnight, a promise that
                                                         ends "first thing"
tomorrow           M + 2                                 the day after tomorrow
weekday            first <wd> strictly after M           <wd>, by / on / before / until <wd>, this <wd>, this
                   (a <wd> said on a <wd> = a week on)   coming <wd>, first thing <wd>, end of play <wd>,
                                                         <wd> morning, <wd> this week, Friday at 3pm
next_weekday       following_week: that <wd> in the      next <wd>
                   Mon-Sun week after M's week;
                   next_occurrence: first <wd>
                   strictly after M
next_weekday       that <wd> in the following week,      <wd> next week, <wd> of next week, next week on <wd>
                   under BOTH settings (unambiguous)
week_on_weekday    first <wd> strictly after M, + 7N     <wd> week, a week <wd>, a week on / from <wd>, N weeks
                   days (vague when M is a <wd>: a       on <wd>; a week tomorrow, tomorrow week = M + 8
                   week or a fortnight?)
vague (null)       not a §5 row; annotated as null       the <wd> after next, <wd> week after next
next_week          Friday of the following Mon-Sun week  next week, end of next week, by the end of next week,
                                                         for next week, sometime next week
vague (null)       not a §5 row; annotated as null       the week after next
end_of_week        Friday of M's week; M itself on a     end of the week, end of this week, this week, later
                   Friday; the coming Friday if M is     this week, by / before the weekend, within the week, end of the
                   a Saturday or Sunday                  working week
weekend            Sunday of M's week (M on a Sunday)    this weekend, over / at / on the weekend
end_of_month       last day of M's month (no working-    end of the month, end of this month, month end, this
                   day adjustment)                       month
end_of_next_month  last day of the following month       end of next month, next month
end_of_month       last day of the next such month       end of <Month>, by the end of October
                   (on or after M's month)
end_of_year        31 December of M's year               end of the year, year end
end_of_quarter     last day of that calendar quarter     end of the quarter, quarter end, end of Q3
in_n_units         M + N days / 7N days / N months       in / within / over / inside N days|weeks|months, in
                   (clamped to the month's end);         the next N weeks, give me N weeks, N weeks from now,
                   a / an / one = 1, a couple (of) = 2,  a week today, in a week's time, in a fortnight, this
                   "N or M weeks" -> M, fortnight = 14   time next week
in_n_units         M + N Mon-Fri days (no holidays)      in N working / business days
vague              None (a choice)                       in a few / several days|weeks, in the coming days
nth_of_month       next Nth of a month strictly after    by the Nth, the 23rd, on the twenty-third, by 15th,
                   M; months lacking the day are         by the 15 (bare numbers and word ordinals only when
                   skipped (the 31st from 10 Sep ->      the next word fits a date: "the first thing", "the
                   31 Oct; the 30th from 30 Jan ->       3 of us", "the 3rd draft" do not match)
                   30 Mar)
nth_of_month       that day of that month (None if the   the Nth of next month, the Nth of this month
                   month lacks it)
nth_of_month       next Nth strictly after M falling on  <wd> the Nth ("Saturday the 17th")
                   <wd> (within 14 months), else the
                   plain next Nth
month_day          next such date on or after M (may     <Month> <day>, <day> <Month>, the 2nd of December,
                   roll into next year; 29 Feb -> next   February 10, December the 2nd, October ninth, 9 Oct;
                   leap year); an explicit year is kept  "may"/"march" need a digit or ordinal day
vague              None                                  early / mid / late next week, the start / beginning of
                                                         next week, early next month, mid-October, early
                                                         <Month>, midweek, ASAP, as soon as possible, soon,
                                                         shortly, in due course, at some point, when you get a
                                                         chance, at your convenience
vague              None; lower priority: kept only       before / ahead of / prior to / in time for / once /
                   where no concrete expression          after / as soon as + an event clause ("before it goes
                   overlaps; the clause stops at         live", "before the launch", "once the statement's
                   punctuation, a conjunction or a new   gone", "after the shoot", "as soon as it's ready")
                   subject, at most 5 words

Any of these said loosely ("tomorrow-ish", "Fridayish") is the same date. ``due_spans.settle`` then makes one
deadline of a time and its day ("by 10am Thursday"), of a range (its later end: "between Tuesday and Thursday")
and of a date corrected straight after ("Tuesday, actually make that Wednesday": Wednesday).

Not matched: bare numbers ("sixty-forty", "two things"), "twice a week", "every Friday", "on Fridays",
"last Friday", "last week", "since Monday", "may"/"march"/"june"/"april" without an adjacent day number
("we may need", "march on"), "at the end of the day" (the idiom), "the first thing", "the second round",
"before we start", "after that", "once again". Past-tense deadlines ("sent the brief over on Friday") ARE
matched; deciding whether a date is a deadline is the extractor's job.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pipeline.extract.due_spans import settle

__all__ = ["DueMatch", "DueRule", "NextWeekday", "find_due_dates", "resolve_due"]

_D = datetime.timedelta


NextWeekday = Literal["following_week", "next_occurrence"]
"""How "next Friday" reads (``Settings.next_weekday``): that weekday in the Mon-Sun week after the meeting's, or
the first one after the meeting."""
DueRule = Literal[
    "same_day",
    "tomorrow",
    "weekday",
    "next_weekday",
    "next_week",
    "end_of_week",
    "weekend",
    "end_of_month",
    "end_of_next_month",
    "end_of_year",
    "end_of_quarter",
    "in_n_units",
    "nth_of_month",
    "month_day",
    "vague",
]
"""The rows of the table above (``vague``: no date, ``due`` is None)."""


@dataclass(frozen=True)
class DueMatch:
    """One deadline expression: its words as spoken (``text``), where they are, and the date they resolve to."""

    text: str
    start_char: int
    end_char: int
    due: datetime.date | None
    rule: DueRule


# --------------------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------------------
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"]
_TEENS += ["nineteen"]
_UNIT_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEEN_ORD = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
_TEEN_ORD += ["seventeenth", "eighteenth", "nineteenth"]

_CARD: dict[str, int] = {}
_ORD: dict[str, int] = {}
for _i, _w in enumerate(_UNITS, 1):
    _CARD[_w] = _i
for _i, _w in enumerate(_TEENS, 10):
    _CARD[_w] = _i
for _i, _w in enumerate(_UNIT_ORD, 1):
    _ORD[_w] = _i
for _i, _w in enumerate(_TEEN_ORD, 10):
    _ORD[_w] = _i
_CARD["twenty"], _CARD["thirty"], _ORD["twentieth"], _ORD["thirtieth"] = 20, 30, 20, 30
for _i, _w in enumerate(_UNITS, 21):
    _CARD[f"twenty {_w}"] = _i
for _i, _w in enumerate(_UNIT_ORD, 21):
    _ORD[f"twenty {_w}"] = _i
_CARD["thirty one"], _ORD["thirty first"] = 31, 31
_NUMWORDS = {**_CARD, **_ORD}


def _alt(words) -> str:
    return "|".join(w.replace(" ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


_CARD_RE = f"(?:{_alt(_CARD)})"
_ORD_RE = f"(?:{_alt(_ORD)})"
_DIG_ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
_DIG = r"(?:[12]?\d|3[01])"

_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "tues": 1,
    "wednesday": 2,
    "weds": 2,
    "thursday": 3,
    "thurs": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WD = f"(?P<wd>{_alt(_WEEKDAYS)})"
# a day named on its own, by its ordinal or its weekday ("Sixteenth then.", "Thursday works."), for the rules that
# compare the days two turns name rather than resolve them
DAY_WORD = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt([*_UNIT_ORD, *_TEEN_ORD, 'twentieth', 'thirtieth'])}|"
    rf"{_alt(w for w in _WEEKDAYS if w.endswith('day'))})\b",
    re.IGNORECASE,
)

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MON_FULL = [k for k in _MONTHS if len(k) > 4 or k in ("may", "june", "july")]
_MON_ABBR = [k for k in _MONTHS if k not in _MON_FULL]
_MON = f"(?P<mon>{_alt(_MON_FULL)}|(?:{_alt(_MON_ABBR)})\\.?)"

# a day number: "15", "15th", "fifteenth", "twenty-third", "twenty three"
_DAY_ANY = f"(?P<day>{_DIG_ORD}|{_ORD_RE}|{_CARD_RE}|{_DIG})"
_DAY_ORDLIKE = f"(?P<day>{_DIG_ORD}|{_ORD_RE}|{_DIG})"  # no cardinal words
_NOT_QTY = r"(?![.,:]\d|\s*(?:%|percent|per\b|million|thousand|hundred|grand|k\b|m\b|quid|pounds|dollars))"

_COUNT = (
    rf"(?P<n>\d{{1,3}}|{_CARD_RE}|an?|one|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|several|"
    rf"(?:{_CARD_RE}|\d{{1,2}})\s+(?:or|to)\s+(?:{_CARD_RE}|\d{{1,2}}))"
)

_PREP = r"(?:(?:by|before|until|till|til|on|for|no\s+later\s+than|not\s+later\s+than)\s+)?"
_DAYEND = r"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:working\s+)?(?:day|play|business)|eod|cob|eop|eob)"
_TOD_PRE = rf"(?:(?:first\s+thing|{_DAYEND}|lunchtime|midday|noon)\s+(?:on\s+)?)?"
_AMPM = r"(?:a\.?m\.?|p\.?m\.?)(?![\w-])"
_OCLOCK = r"o'?\s?clock"
_TIME_STRICT = (
    rf"(?:(?:half\s+past|quarter\s+past|quarter\s+to)\s+(?:{_CARD_RE}|\d{{1,2}})"
    rf"|\d{{1,2}}(?::\d{{2}})?\s*(?:{_AMPM}|{_OCLOCK})"
    rf"|{_CARD_RE}(?:\s+{_OCLOCK}|\s+{_AMPM}))"
)
_TIME_LOOSE = rf"(?:{_TIME_STRICT}|\d{{1,2}}(?::\d{{2}})?|{_CARD_RE}|noon|midday|lunch(?:time)?|{_DAYEND})"
_SUF = (
    r"(?:,?\s+(?:morning|afternoon|evening|night|lunchtime|first\s+thing|"
    + _DAYEND
    + rf"|at\s+the\s+latest|latest|(?:at|by|before|around)\s+{_TIME_LOOSE}))*"
)

_IN_MORNING = "".join(f"(?<={w} )" + "|" * (w != "you") for w in "out over round back it them that you".split())
_IN_MORNING = rf"(?:{_IN_MORNING})in\s+the\s+morning"  # "get it out in the morning" (not "the shoot's in the …")
_L = r"(?<![\w'-])"  # left boundary
_R = r"(?![\w-])"  # right boundary
_ISH = r"(?:-?ish)?"  # "tomorrow-ish", "Fridayish": the date, said loosely


# --------------------------------------------------------------------------------------------------------
# date arithmetic
# --------------------------------------------------------------------------------------------------------
def _monday(m: datetime.date) -> datetime.date:
    return m - _D(days=m.weekday())


def _strictly_after(m: datetime.date, wd: int) -> datetime.date:
    return m + _D(days=(wd - m.weekday() - 1) % 7 + 1)


def _following_week(m: datetime.date, wd: int, weeks: int = 1) -> datetime.date:
    return _monday(m) + _D(days=7 * weeks + wd)


def _friday_this_week(m: datetime.date) -> datetime.date:
    return m + _D(days=4 - m.weekday()) if m.weekday() <= 4 else _strictly_after(m, 4)


def _last_day(y: int, mo: int) -> datetime.date:
    return datetime.date(y, mo, calendar.monthrange(y, mo)[1])


def _add_months(m: datetime.date, n: int) -> datetime.date:
    y, mo = divmod(m.month - 1 + n, 12)
    y += m.year
    return datetime.date(y, mo + 1, min(m.day, calendar.monthrange(y, mo + 1)[1]))


def _month_shift(y: int, mo: int, k: int) -> tuple[int, int]:
    y2, mo2 = divmod(mo - 1 + k, 12)
    return y + y2, mo2 + 1


def _valid(y: int, mo: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def _next_nth(m: datetime.date, n: int, wd: int | None = None) -> datetime.date | None:
    """The next ``n``-th of a month strictly after ``m`` (skipping months without it)."""
    first = None
    for k in range(15):
        y, mo = _month_shift(m.year, m.month, k)
        d = _valid(y, mo, n)
        if d and d > m:
            if wd is None or d.weekday() == wd:
                return d
            first = first or d
    return first


def _next_month_day(m: datetime.date, mo: int, d: int, year: int | None) -> datetime.date | None:
    if year is not None:
        return _valid(year, mo, d)
    for y in range(m.year, m.year + 9):
        c = _valid(y, mo, d)
        if c and c >= m:
            return c
    return None


def _add_business_days(m: datetime.date, n: int) -> datetime.date:
    d = m
    while n > 0:
        d += _D(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _num(s: str) -> int | None:
    s = re.sub(r"[\s-]+", " ", s.strip().lower())
    s = re.sub(r"^(\d+)(st|nd|rd|th)$", r"\1", s)
    if s.isdigit():
        return int(s)
    if s in ("a", "an", "one"):
        return 1
    if "couple" in s:
        return 2
    m = re.match(r"^(.+?) (?:or|to) (.+)$", s)
    if m:
        return _num(m.group(2))
    return _NUMWORDS.get(s)


# --------------------------------------------------------------------------------------------------------
# handlers: (match, meeting date, next_weekday setting) -> (due, rule) | None to reject
# --------------------------------------------------------------------------------------------------------
Result = tuple[datetime.date | None, DueRule] | None
"""A handler's answer: the due date (None when vague) and the table row, or None to reject the match."""
Handler = Callable[[re.Match[str], datetime.date, NextWeekday], Result]


def _g(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _wd(match: re.Match[str]) -> int:
    return _WEEKDAYS[match.group("wd").lower()]


def _same_day(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return meeting, "same_day"


def _hours(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    unit = match.group("unit").lower()
    n = _num(match.group("n")) if _g(match, "n") else 1
    if n is None:
        return None, "vague"
    days = n // 24 if unit.startswith("h") else n // (24 * 60)
    return (meeting, "same_day") if days == 0 else (meeting + _D(days=days), "in_n_units")


_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a bare hour ends the phrase: "before two.", "half four?", "at five, then", "by half one today"
_TIME_END = r"(?=\s*(?:[.,?!;]|$|\s(?:today|tonight|then|latest|at\s+the\s+latest|please|sharp|ish)\b))"
_NOT_A_TIME_BEFORE = frozenset("is are was were 's 're stays stay sits sitting down up from of about around".split())


def _clock_same_day(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "before two", "half four", "at five": a time of day, on the meeting day (not "it's at five" or "down to
    five", a level)."""
    before = match.string[: match.start()].rstrip().rsplit(None, 1)
    if before and before[-1].lower().strip(",") in _NOT_A_TIME_BEFORE and not match.group(0).lower().startswith("half"):
        return None
    return meeting, "same_day"


def _tomorrow(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return meeting + _D(days=2 if _g(match, "dat") else 1), "tomorrow"


def _weekday(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return _strictly_after(meeting, _wd(match)), "weekday"


def _next_weekday(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    wd = _wd(match)
    if next_weekday == "next_occurrence":
        return _strictly_after(meeting, wd), "next_weekday"
    return _following_week(meeting, wd), "next_weekday"


def _weekday_next_week(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return _following_week(meeting, _wd(match)), "next_weekday"


def _week_on_weekday(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "Monday week", "a week on Friday", "two weeks on Monday", "a week tomorrow": the coming weekday (or
    tomorrow), that many weeks on. Said on that same weekday ("a week Friday" at a Friday meeting) it may mean
    a week or a fortnight away, and a vague count ("a few weeks on Monday") gives no number: vague (null)."""
    count = _g(match, "n")
    n = _num(count) if count else 1
    if n is None:
        return None, "vague"
    if _g(match, "wd") is None:  # "a week tomorrow", "tomorrow week"
        return meeting + _D(days=1 + 7 * n), "in_n_units"
    wd = _wd(match)
    if wd == meeting.weekday():
        return None, "vague"
    return _strictly_after(meeting, wd) + _D(days=7 * n), "weekday"


def _weekday_after_next(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return None, "vague"


def _next_week(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return _following_week(meeting, 4), "next_week"


def _week_after_next(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "the week after next": not a row of GUIDELINES §5, and annotated as vague (null)."""
    return None, "vague"


def _end_of_week(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return _friday_this_week(meeting), "end_of_week"


def _weekend(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return meeting + _D(days=6 - meeting.weekday()), "weekend"


def _end_of_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return _last_day(meeting.year, meeting.month), "end_of_month"


def _end_of_next_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    y, mo = _month_shift(meeting.year, meeting.month, 1)
    return _last_day(y, mo), "end_of_next_month"


def _end_of_named_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    mo = _MONTHS[match.group("mon").lower().rstrip(".")]
    year = (
        int(match.group("year")) if _g(match, "year") else (meeting.year if mo >= meeting.month else meeting.year + 1)
    )
    return _last_day(year, mo), "end_of_month"


def _end_of_year(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return datetime.date(meeting.year, 12, 31), "end_of_year"


def _end_of_quarter(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    said = _g(match, "q")
    q = int(said) if said else (meeting.month - 1) // 3 + 1
    year = meeting.year if q >= (meeting.month - 1) // 3 + 1 else meeting.year + 1
    return _last_day(year, 3 * q), "end_of_quarter"


_EVENT_OF = re.compile(r"\s+of\s+(?!(?:now|today|the\s+(?:meeting|call))\b)", re.IGNORECASE)


def _in_n_units(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    raw = _g(match, "n")
    word = (raw or "").lower()
    if re.search(r"few|several", word):
        return None, "vague"
    unit = match.group("unit").lower()
    if raw is None and not (re.search(r"\b(?:next|another)\b", match.group(0), re.I) and not unit.endswith("s")):
        return None  # "during the day", "in the coming weeks" (vague pattern)
    n = _num(raw) if raw else 1
    if n is None:
        return None
    if _EVENT_OF.match(match.string, match.end()):
        return None, "vague"  # "within a day of getting it", "in two weeks of signing": counted from an event
    if "fortnight" in unit:
        return meeting + _D(days=14 * n), "in_n_units"
    if unit.startswith("week"):
        return meeting + _D(days=7 * n), "in_n_units"
    if unit.startswith("month"):
        return _add_months(meeting, n), "in_n_units"
    if re.search(r"working|business", match.group(0), re.I):
        return _add_business_days(meeting, n), "in_n_units"
    return meeting + _D(days=n), "in_n_units"


def _plus_days(k: int) -> Handler:
    def plus_days(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
        return meeting + _D(days=k), "in_n_units"

    return plus_days


def _next_month_span(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return _end_of_next_month(match, meeting, next_weekday)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that may follow a bare "the fifth"/"the 15" when it is a date ("by the fifth we need ...")
_DATE_FOLLOWERS = _words(
    "of at and or so then if but because cos we i you they he she it that latest please ok okay yeah yes right "
    "is would will should could can works work suits fine good latest monday tuesday wednesday thursday "
    "friday saturday sunday morning afternoon evening"
)
# words after "the 3rd" that mean it is not a date ("the 3rd draft")
_NOT_DATE_FOLLOWERS = _words(
    "draft drafts round rounds time times version versions floor place one ones thing things option options "
    "point points iteration year years quarter week weeks day days person people item items slide slides "
    "page pages line lines party parties step steps phase stage pass cut batch edition wave row column"
)
_MAY_FOLLOWERS = _words("at and or then please latest so if but because ok okay yeah")
_TRAILING_WORD = re.compile(r"[\s,]*([\w']+)")


def _nth(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    raw = match.group("day")
    n = _num(raw)
    if n is None or not 1 <= n <= 31:
        return None
    nxt = _TRAILING_WORD.match(match.string, match.end())
    follower = nxt.group(1).lower() if nxt else ""
    # "the third one" is a thing; "by the thirty-first, one way or the other" is a day (a comma between)
    attached = nxt is not None and "," not in match.string[match.end() : nxt.start(1)]
    # "the 14th", "Friday the ninth", "on/by the twenty-eighth" (a day word after a preposition) are dates whatever
    # follows ("The panel on the twenty-eighth wanted …"), unless it is a count ("for the third time")
    on_day = bool(re.match(r"(?:on|by|before|until|till)\s", match.group(0), re.I))
    strong = bool(re.fullmatch(_DIG_ORD, raw, re.I)) or bool(_g(match, "wd")) or on_day
    if strong:
        if attached and follower in _NOT_DATE_FOLLOWERS:
            return None
    elif (
        nxt
        and (follower == "of" or follower not in _DATE_FOLLOWERS)
        and re.match(r"\s", match.string[match.end() : match.end() + 1])
    ):
        return None
    which = (_g(match, "which") or "").lower()
    if which in ("this", "next"):
        y, mo = _month_shift(meeting.year, meeting.month, 1 if which == "next" else 0)
        return _valid(y, mo, n), "nth_of_month"
    wd = _WEEKDAYS[match.group("wd").lower()] if _g(match, "wd") else None
    return _next_nth(meeting, n, wd), "nth_of_month"


def _month_day(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    n = _num(match.group("day"))
    mo = _MONTHS[match.group("mon").lower().rstrip(".")]
    if n is None or not 1 <= n <= 31:
        return None
    mon_word = match.group("mon").lower().rstrip(".")
    day_word = match.group("day").lower()
    if mon_word in ("may", "march", "mar") and re.fullmatch(_CARD_RE, day_word):
        return None
    if match.start("day") < match.start("mon") and mon_word in ("may", "march", "mar"):
        between = match.string[match.end("day") : match.start("mon")].lower()
        nxt = _TRAILING_WORD.match(match.string, match.end())
        if "of" not in between and nxt and nxt.group(1).lower() not in _MAY_FOLLOWERS and not _g(match, "year"):
            return None  # "those 5 may need ..."
    year = int(match.group("year")) if _g(match, "year") else None
    due = _next_month_day(meeting, mo, n, year)
    return (due, "month_day") if due else None


def _vague(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return None, "vague"


# event clauses: "before it goes live", "once the statement's gone", "as soon as it's ready"
_CLAUSE_STOP = _words(
    "and but so because cos then if or otherwise please yeah yes okay ok right thanks though which also too "
    "anyway alright sure great cool just we i i'll i'm we'll we're you you'll you're they they'll let's "
    "can could would should will um uh like isn't won't don't can't never our my"
)
_CLAUSE_TAIL = _words("the a an to of and for on in at with is are our your their my this that")
_CLAUSE_REJECT_FIRST = _words(
    "that all which this then now again more or a an upon so and if lunch tomorrow today yet long too last"
)
_CLAUSE_REJECT = re.compile(
    r"^(?:(?:we|i)\s+(?:forget|start|begin|wrap|finish|go|move|jump|dive|get\s+into|kick|close|hang|leave|"
    r"run|lose|do\s+anything)|(?:you|we)\s+ask)",
    re.I,
)


def _event_clause(match: re.Match[str]) -> int | None:
    """End offset of the event clause after the connective, or None to reject."""
    words = list(re.finditer(r"[\w']+", match.group("clause")))
    if not words or words[0].group(0).lower() in _CLAUSE_REJECT_FIRST:
        return None
    if _CLAUSE_REJECT.match(match.group("clause").lstrip()):
        return None
    kept = [words[0]]
    for w in words[1:5]:
        if w.group(0).lower() in _CLAUSE_STOP:
            break
        kept.append(w)
    while len(kept) > 1 and kept[-1].group(0).lower() in _CLAUSE_TAIL:
        kept.pop()
    if kept[-1].group(0).lower() in _CLAUSE_TAIL and len(kept) == 1:
        return None
    return match.start("clause") + kept[-1].end()


# --------------------------------------------------------------------------------------------------------
# the pattern table: (regex, handler); later entries only break ties
# --------------------------------------------------------------------------------------------------------
def _p(rx: str) -> re.Pattern[str]:
    return re.compile(_L + "(?:" + rx + ")" + _ISH + _R, re.I)


_TABLE: list[tuple[re.Pattern[str], Handler]] = [
    # --- same day ------------------------------------------------------------------------------------
    (_p(_PREP + _TOD_PRE + r"(?:(?:later|sometime|some\s+time)\s+)?(?:today|tonight)" + _SUF), _same_day),
    (_p(_PREP + r"(?:the\s+)?end\s+of\s+today"), _same_day),
    (_p(_PREP + _DAYEND + _SUF), _same_day),
    (_p(_PREP + r"(?:(?:the\s+)?end\s+of\s+|later\s+)?this\s+(?:morning|afternoon|evening)"), _same_day),
    (
        _p(r"(?:by|before|around|at)\s+(?:noon|midday|lunch(?:time)?|the\s+end\s+of\s+the\s+(?:morning|afternoon))"),
        _same_day,
    ),
    (
        _p(r"(?:(?:by|before|at|around)\s+)?" + _TIME_STRICT + r"(?:\s+(?:today|this\s+afternoon|this\s+morning))?"),
        _same_day,
    ),
    (_p(r"(?:by|before|at|around)\s+\d{1,2}:\d{2}"), _same_day),
    (_p(rf"(?:(?:by|before|at|around|until|till)\s+)?half\s+{_HOUR}" + _TIME_END), _clock_same_day),
    (_p(rf"(?:by|before|at|around|until|till)\s+{_HOUR}" + _TIME_END), _clock_same_day),
    (
        _p(
            r"(?:within|in|inside(?:\s+of)?|over)\s+(?:the\s+(?:next\s+)?|another\s+)?"
            rf"(?:(?:half\s+an?|half|an?)\s+|{_COUNT}\s+)?(?P<unit>hours?|minutes?|mins?)(?:'?s?\s+time)?"
        ),
        _hours,
    ),
    (
        _p(
            r"(?:(?:straight|right|directly|immediately|just)\s+)?after\s+(?:this|the|our)\s+(?:call|meeting)"
            # said at the end of the promise: "I'll send the invite after this.", "I'll text you straight after."
            # (not "straight after the launch", an event's time)
            r"|(?:(?:straight|right|directly|immediately|just)\s+)?after\s+this(?=\s*(?:[.!?,]|$))"
            r"|(?:straight|right|directly|immediately)\s+after(?=\s*(?:[.!?]|$))"
        ),
        _same_day,
    ),
    (_p(r"(?:straight|right)\s+away|immediately|right\s+now"), _same_day),
    # --- tomorrow ------------------------------------------------------------------------------------
    (_p(_PREP + _TOD_PRE + r"(?P<dat>the\s+day\s+after\s+)?tomorrow" + _SUF), _tomorrow),
    (_p(r"first\s+thing\s+in\s+the\s+morning|by\s+(?:the\s+)?morning|overnight|" + _IN_MORNING), _tomorrow),
    # "I'll get it to you first thing." said at the end of the promise (not "the first thing", "First thing, …")
    (_p(r"(?<!the\s)(?<!the\svery\s)(?<!my\s)(?<!our\s)(?<!your\s)(?<!a\s)first\s+thing(?=\s*(?:[.!?]|$))"), _tomorrow),
    # --- weekdays ------------------------------------------------------------------------------------
    (
        _p(_PREP + _TOD_PRE + r"(?:this\s+(?:coming\s+)?|coming\s+)?" + _WD + r"(?:\s+(?:of\s+)?this\s+week)?" + _SUF),
        _weekday,
    ),
    (_p(_PREP + _TOD_PRE + r"next\s+" + _WD + _SUF), _next_weekday),
    (_p(_PREP + _TOD_PRE + _WD + _SUF + r"\s+(?:of\s+)?next\s+week" + _SUF), _weekday_next_week),
    (_p(_PREP + r"next\s+week,?\s+(?:on\s+)?" + _WD + _SUF), _weekday_next_week),
    (_p(_PREP + r"a\s+week\s+(?:(?:on|from|this)\s+)?" + _WD + _SUF), _week_on_weekday),
    (_p(_PREP + r"(?:the\s+)?" + _WD + r"\s+week" + _SUF), _week_on_weekday),
    # "a week tomorrow", "tomorrow week", "two weeks on Monday": like "Monday week"
    (_p(_PREP + rf"(?:a|{_COUNT})\s+weeks?\s+(?:on\s+|from\s+)?(?:tomorrow|{_WD})|tomorrow\s+week"), _week_on_weekday),
    (
        _p(
            _PREP
            + r"(?:the\s+)?"
            + _WD
            + r"\s+(?:after\s+next|(?:of\s+)?the\s+week\s+after\s+next|week\s+after\s+next)"
        ),
        _weekday_after_next,
    ),
    # --- weeks ---------------------------------------------------------------------------------------
    (
        _p(
            _PREP + r"(?:(?:the\s+)?(?:very\s+)?end\s+of\s+|(?:sometime|some\s+time|during)\s+)?next\s+week"
            r"(?:\s+(?:sometime|some\s+time|at\s+the\s+latest))?"
        ),
        _next_week,
    ),
    (_p(_PREP + r"(?:the\s+)?(?:end\s+of\s+)?the\s+week\s+after\s+next"), _week_after_next),
    (
        _p(
            _PREP + r"(?:(?:the\s+)?(?:very\s+)?end\s+of\s+(?:the|this)\s+(?:working\s+|work\s+)?week"
            r"|(?:(?:later|sometime|some\s+time)\s+)?this\s+week)"
        ),
        _end_of_week,
    ),
    (_p(r"(?:by|before)\s+the\s+weekend|within\s+the\s+week"), _end_of_week),
    (_p(r"(?:(?:over|at|on|during)\s+the|this)\s+weekend"), _weekend),
    # --- months, quarters, years ---------------------------------------------------------------------
    (
        _p(
            _PREP + r"(?:(?:the\s+)?(?:very\s+)?end\s+of\s+(?:the\s+|this\s+)?month"
            r"|(?:the\s+)?month[\s-]end|eom|this\s+month)"
        ),
        _end_of_month,
    ),
    (_p(_PREP + r"(?:(?:the\s+)?end\s+of\s+)?next\s+month"), _next_month_span),
    (_p(_PREP + r"(?:the\s+)?(?:very\s+)?end\s+of\s+" + _MON + r"(?:,?\s+(?P<year>20\d\d))?"), _end_of_named_month),
    (_p(_PREP + r"(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|(?:the\s+)?year[\s-]end)"), _end_of_year),
    (
        _p(
            _PREP + r"(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:quarter|q(?P<q>[1-4]))|(?:the\s+)?quarter[\s-]end)"
        ),
        _end_of_quarter,
    ),
    # --- in N units ----------------------------------------------------------------------------------
    (
        _p(
            r"(?:in|within|inside(?:\s+of)?|over|during|give\s+(?:me|us|it|them|him|her))\s+"
            r"(?:the\s+next\s+|the\s+coming\s+|another\s+|the\s+)?"
            rf"(?:{_COUNT}\s+)?(?P<unit>(?:working\s+|business\s+)?days?|weeks?|fortnights?|months?)(?:'?s?\s+time)?"
        ),
        _in_n_units,
    ),
    (
        _p(
            _PREP + rf"{_COUNT}\s+(?P<unit>(?:working\s+|business\s+)?days?|weeks?|fortnights?|months?)\s+"
            r"(?:from\s+(?:now|today)|today|time)"
        ),
        _in_n_units,
    ),
    (_p(_PREP + r"(?:this\s+time\s+next\s+week)"), _plus_days(7)),
    # --- day of month --------------------------------------------------------------------------------
    (
        _p(
            r"(?:(?:by|before|until|till|on|for)\s+)?(?:" + _WD + r",?\s+)?the\s+"
            rf"(?P<day>{_DIG_ORD}|{_ORD_RE}|{_DIG})(?:\s+of\s+(?P<which>the|this|next)\s+month)?" + _NOT_QTY
        ),
        _nth,
    ),
    (_p(rf"(?:by|before|until|till|on|for)\s+(?:{_WD}\s+)?(?P<day>{_DIG_ORD})"), _nth),
    (_p(_PREP + _WD + rf",?\s+(?P<day>{_DIG_ORD})"), _nth),
    (
        _p(
            _PREP
            + r"(?:(?P<wd>"
            + _alt(_WEEKDAYS)
            + r"),?\s+)?(?:the\s+)?"
            + _DAY_ORDLIKE
            + r"(?:\s+of)?\s+"
            + _MON
            + r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        _month_day,
    ),
    (
        _p(
            _PREP
            + r"(?:(?P<wd>"
            + _alt(_WEEKDAYS)
            + r"),?\s+)?"
            + _MON
            + r",?\s+(?:the\s+)?"
            + _DAY_ANY
            + _NOT_QTY
            + r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        _month_day,
    ),
    # --- vague ---------------------------------------------------------------------------------------
    (
        _p(
            r"(?:(?:by|before|until|for)\s+)?(?:(?:the\s+)?(?:start|beginning|middle)\s+of|early|earlyish|mid|late|"
            r"sometime\s+early|towards\s+the\s+end\s+of)[\s-]+(?:next|this)\s+(?:week|month)"
        ),
        _vague,
    ),
    (_p(r"(?:(?:by|before|until|for)\s+)?(?:mid[\s-]?week|early\s+in\s+the\s+week|later\s+next\s+week)"), _vague),
    (
        _p(
            r"(?:(?:by|before|until|for)\s+)?(?:(?:the\s+)?(?:start|beginning|middle)\s+of|early|mid|late|"
            r"towards\s+the\s+end\s+of)[\s-]+" + _MON
        ),
        _vague,
    ),
    (
        _p(
            r"asap|a\.s\.a\.p\.?|a\s+s\s+a\s+p|as\s+soon\s+as\s+(?:possible|poss|you\s+can|we\s+can|you're\s+able|"
            r"humanly\s+possible)|(?<!as\s)soon(?:ish)?|shortly|sooner\s+rather\s+than\s+later|at\s+some\s+point|"
            r"in\s+due\s+course|when(?:ever)?\s+you\s+(?:can|get\s+a\s+(?:chance|minute|sec(?:ond)?))|"
            r"at\s+your\s+(?:earliest\s+)?convenience|(?:in|over)\s+the\s+coming\s+(?:days|weeks)"
        ),
        _vague,
    ),
]

# tier 2: event-relative deadlines, kept only where no concrete expression overlaps
_EVENT = re.compile(
    _L + r"(?:(?:right|straight|just)\s+)?(?:before|ahead\s+of|prior\s+to|in\s+time\s+for|once|after|as\s+soon\s+as|"
    r"the\s+moment|the\s+minute)(?P<clause>(?:\s+[\w']+){1,6})",
    re.I,
)

# a day gone by, or one that recurs ("every Thursday", "a recurring Thursday slot"): no deadline
_PAST_MARKERS = {"last", "past", "previous", "every", "each", "since", "ago", "recurring", "regular", "weekly"}
_PREV_WORD = re.compile(r"([\w']+)[\s,]*$")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, 0, start)
    return m.group(1).lower() if m else ""


_OPENERS = frozenset(
    "so and okay ok right well but yes yeah no then maybe ideally hopefully definitely fine great "
    "perfect sure honestly even also actually or until by before from for".split()
)
_DEADLINE_PREP = re.compile(r"(?:by|before|until|till|til|for|no later than|not later than)\s")
_CAP_WORD = re.compile(r"([A-Z][\w'-]*)[ ]+$")
_POSSESSIVE = re.compile(
    r"'s\s+(?!(?:fine|good|great|ok|okay|better|best|tight|too|no|not|out|the|a|an|ideal|perfect|"
    r"doable|possible|tricky|tough|difficult|hard|easier|cutting|pushing|fair|when|ok)\b)[a-zA-Z]"
)


_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|prior\s+to|in\s+time\s+for)\s+$", re.I)
_HOLIDAY_DAY = re.compile(r"(?:good|black|cyber|easter|ash|maundy|holy|boxing|whit)\s+$", re.I)


def _in_a_name(text: str, start: int) -> bool:
    """ "Farming Today want a pre-record": a capitalised Today after a capitalised word mid-sentence is a name;
    "Good Friday", "Easter Monday" name a holiday, not the coming weekday."""
    if _HOLIDAY_DAY.search(text, 0, start) and text[start : start + 3].lower() in {d[:3] for d in _WEEKDAYS}:
        return True
    if not text[start:].startswith("Today"):
        return False
    m = _CAP_WORD.search(text, 0, start)
    return m is not None and m.group(1).lower() not in _OPENERS and not (m.group(1) == "I" or m.group(1).isupper())


_PLACED_IN = frozenset({"in", "into", "at"})
_FRAGMENT = re.compile(r"(?:^|[.!?;:-]\s*)$")
_FRAGMENT_END = re.compile(r"'s\s+[\w-]+(?:\s+[\w-]+)?\s*(?:[.!?]|$)")


def _possessive(text: str, start: int, end: int) -> bool:
    """ "all of today's changes", "Friday's meeting": a day that owns a noun dates the noun, it is no deadline
    ("Tuesday's fine", "before Friday's review" and "ahead of Monday's call" are). A day's noun the work goes
    into does date the work: "in Friday's edition", "at Thursday's meeting", or the noun said alone after the
    task ("Friday's edition.")."""
    if _POSSESSIVE.match(text, end) is None:
        return False
    if _prev_word(text, start) in _PLACED_IN:
        return False
    return not (_FRAGMENT.search(text, 0, start) and _FRAGMENT_END.match(text, end))


def _candidates(text: str, meeting_date: datetime.date, next_weekday: NextWeekday) -> list[DueMatch]:
    out: list[DueMatch] = []
    for rx, handler in _TABLE:
        for m in rx.finditer(text):
            if m.end() == m.start() or not m.group(0).strip():
                continue
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            res = handler(m, meeting_date, next_weekday)
            if res is None:
                continue
            due, rule = res
            if rule != "vague" and _prev_word(text, s) in _PAST_MARKERS:
                continue
            lower = text[s:e].lower()
            if lower.startswith("the end of the day") and _prev_word(text, s) == "at":
                continue
            ahead = _AHEAD_OF.search(text, 0, s) is not None  # "ahead of Tuesday's call": by Tuesday
            if _in_a_name(text, s) or (_possessive(text, s, e) and not (_DEADLINE_PREP.match(lower) or ahead)):
                continue
            out.append(DueMatch(text[s:e], s, e, due, rule))
    return out


def _select(cands: list[DueMatch], taken: list[tuple[int, int]]) -> list[DueMatch]:
    chosen = []
    for c in sorted(cands, key=lambda c: (-(c.end_char - c.start_char), c.rule == "vague", c.start_char)):
        if any(c.start_char < e and s < c.end_char for s, e in taken):
            continue
        taken.append((c.start_char, c.end_char))
        chosen.append(c)
    return chosen


def find_due_dates(text: str, meeting_date: datetime.date, next_weekday: str = "following_week") -> list[DueMatch]:
    """All deadline expressions in text, left to right, non-overlapping (longest match wins)."""
    setting = _next_weekday_setting(next_weekday)
    norm = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    taken: list[tuple[int, int]] = []
    chosen = _select(_candidates(norm, meeting_date, setting), taken)
    events = []
    for m in _EVENT.finditer(norm):
        end = _event_clause(m)
        if end is None:
            continue
        events.append(DueMatch(text[m.start() : end], m.start(), end, None, "vague"))
    chosen += _select(events, taken)
    chosen = [DueMatch(text[c.start_char : c.end_char], c.start_char, c.end_char, c.due, c.rule) for c in chosen]
    return settle(sorted(chosen, key=lambda c: c.start_char), text)


def _next_weekday_setting(value: str) -> NextWeekday:
    if value == "following_week":
        return "following_week"
    if value == "next_occurrence":
        return "next_occurrence"
    raise ValueError(f"next_weekday must be 'following_week' or 'next_occurrence', not {value!r}")


def resolve_due(text: str, meeting_date: datetime.date, next_weekday: str = "following_week") -> datetime.date | None:
    """Resolve one deadline phrase (e.g. "by next Friday") to a date; None if vague or not a date."""
    for match in find_due_dates(text, meeting_date, next_weekday):
        if match.due is not None:
            return match.due
    return None
