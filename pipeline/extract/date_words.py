"""The words and arithmetic of spoken dates, for the due-date resolver (``dates.py``): number words ("twenty-third",
"a couple of"), weekdays and months with their spoken short forms, the regex pieces the resolver's rules are built
from (a day number, a time of day, "end of play", a count of units), and calendar steps (the next Nth of a month,
the same weekday a week on, N working days on). Plain ``re`` and ``datetime``; no model."""

from __future__ import annotations

import calendar
import datetime
import re

DAYS = datetime.timedelta

# --------------------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------------------
UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"]
TEENS += ["nineteen"]
UNIT_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TEEN_ORD = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
TEEN_ORD += ["seventeenth", "eighteenth", "nineteenth"]

CARD: dict[str, int] = {}
ORD: dict[str, int] = {}
for _i, _w in enumerate(UNITS, 1):
    CARD[_w] = _i
for _i, _w in enumerate(TEENS, 10):
    CARD[_w] = _i
for _i, _w in enumerate(UNIT_ORD, 1):
    ORD[_w] = _i
for _i, _w in enumerate(TEEN_ORD, 10):
    ORD[_w] = _i
CARD["twenty"], CARD["thirty"], ORD["twentieth"], ORD["thirtieth"] = 20, 30, 20, 30
for _i, _w in enumerate(UNITS, 21):
    CARD[f"twenty {_w}"] = _i
for _i, _w in enumerate(UNIT_ORD, 21):
    ORD[f"twenty {_w}"] = _i
CARD["thirty one"], ORD["thirty first"] = 31, 31
NUMWORDS = {**CARD, **ORD}


def alt(words) -> str:
    return "|".join(w.replace(" ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))


CARD_RE = f"(?:{alt(CARD)})"
ORD_RE = f"(?:{alt(ORD)})"
DIG_ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
DIG = r"(?:[12]?\d|3[01])"

WEEKDAYS = {
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
DAY_NAMES = frozenset(k for k in WEEKDAYS if len(k) > 5)  # the seven written in full: "monday" … "sunday"
WD = f"(?P<wd>{alt(WEEKDAYS)})"
# a day named on its own, by its ordinal or its weekday ("Sixteenth then.", "Thursday works."), for the rules that
# compare the days two turns name rather than resolve them
DAY_WORD = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{alt([*UNIT_ORD, *TEEN_ORD, 'twentieth', 'thirtieth'])}|"
    rf"{alt(w for w in WEEKDAYS if w.endswith('day'))})\b",
    re.IGNORECASE,
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MON_FULL = [k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july")]
MON_ABBR = [k for k in MONTHS if k not in MON_FULL]
MON = f"(?P<mon>{alt(MON_FULL)}|(?:{alt(MON_ABBR)})\\.?)"

# a day number: "15", "15th", "fifteenth", "twenty-third", "twenty three"
DAY_ANY = f"(?P<day>{DIG_ORD}|{ORD_RE}|{CARD_RE}|{DIG})"
DAY_ORDLIKE = f"(?P<day>{DIG_ORD}|{ORD_RE}|{DIG})"  # no cardinal words
NOT_QTY = r"(?![.,:]\d|\s*(?:%|percent|per\b|million|thousand|hundred|grand|k\b|m\b|quid|pounds|dollars))"

COUNT = (
    rf"(?P<n>\d{{1,3}}|{CARD_RE}|an?|one|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|several|"
    rf"(?:{CARD_RE}|\d{{1,2}})\s+(?:or|to)\s+(?:{CARD_RE}|\d{{1,2}}))"
)

# "the end of", "the back end of", "the very end of": the end of a day, week or month
END_OF = r"(?:the\s+)?(?:very\s+)?(?:(?:back|tail)\s+)?end\s+of\s+"
PREP = r"(?:(?:by|before|until|till|til|on|for|no\s+later\s+than|not\s+later\s+than)\s+)?"
# "by COP" (close of play) only in capitals: not "a cop"
DAYEND = (
    r"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:working\s+)?(?:day|play|business)|eod|cob|eop|eob|(?-i:COP))"
)
TOD_PRE = rf"(?:(?:first\s+thing|{DAYEND}|lunchtime|midday|noon)\s+(?:on\s+)?)?"
AMPM = r"(?:a\.?m\.?|p\.?m\.?)(?![\w-])"
OCLOCK = r"o'?\s?clock"
TIME_STRICT = (
    rf"(?:(?:half\s+past|quarter\s+past|quarter\s+to)\s+(?:{CARD_RE}|\d{{1,2}})"
    rf"|\d{{1,2}}(?::\d{{2}})?\s*(?:{AMPM}|{OCLOCK})"
    rf"|{CARD_RE}(?:\s+{OCLOCK}|\s+{AMPM}))"
)
TIME_LOOSE = rf"(?:{TIME_STRICT}|\d{{1,2}}(?::\d{{2}})?|{CARD_RE}|noon|midday|lunch(?:time)?|{DAYEND})"
SUF = (
    r"(?:,?\s+(?:morning|afternoon|evening|night|lunchtime|first\s+thing|"
    + DAYEND
    + rf"|at\s+the\s+latest|latest|(?:at|by|before|around)\s+{TIME_LOOSE}))*"
)

IN_MORNING = "".join(f"(?<={w} )" + "|" * (w != "you") for w in "out over round back it them that you".split())
IN_MORNING = rf"(?:{IN_MORNING})in\s+the\s+morning"  # "get it out in the morning" (not "the shoot's in the …")
LEFT = r"(?<![\w'-])"  # left boundary
RIGHT = r"(?![\w-])"  # right boundary
ISH = r"(?:-?ish)?"  # "tomorrow-ish", "Fridayish": the date, said loosely


# --------------------------------------------------------------------------------------------------------
# date arithmetic
# --------------------------------------------------------------------------------------------------------
def monday(m: datetime.date) -> datetime.date:
    return m - DAYS(days=m.weekday())


def strictly_after(m: datetime.date, wd: int) -> datetime.date:
    return m + DAYS(days=(wd - m.weekday() - 1) % 7 + 1)


def following_week(m: datetime.date, wd: int, weeks: int = 1) -> datetime.date:
    return monday(m) + DAYS(days=7 * weeks + wd)


def friday_this_week(m: datetime.date) -> datetime.date:
    return m + DAYS(days=4 - m.weekday()) if m.weekday() <= 4 else strictly_after(m, 4)


def last_day(y: int, mo: int) -> datetime.date:
    return datetime.date(y, mo, calendar.monthrange(y, mo)[1])


def add_months(m: datetime.date, n: int) -> datetime.date:
    y, mo = divmod(m.month - 1 + n, 12)
    y += m.year
    return datetime.date(y, mo + 1, min(m.day, calendar.monthrange(y, mo + 1)[1]))


def month_shift(y: int, mo: int, k: int) -> tuple[int, int]:
    y2, mo2 = divmod(mo - 1 + k, 12)
    return y + y2, mo2 + 1


def valid(y: int, mo: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


NEAR_MONTHS = 2  # "Wednesday the 19th" in July: August's, a Wednesday; not one seven months on (a weekday misnamed)


def next_nth(m: datetime.date, n: int, wd: int | None = None) -> datetime.date | None:
    """The next ``n``-th of a month strictly after ``m`` (skipping months without it); with a weekday ``wd``, the
    first such ``n``-th that falls on it within ``NEAR_MONTHS`` months of the plain one, else the plain one."""
    first: tuple[int, datetime.date] | None = None
    for k in range(15):
        y, mo = month_shift(m.year, m.month, k)
        d = valid(y, mo, n)
        if d and d > m:
            if first is not None and k - first[0] > NEAR_MONTHS:
                break
            if wd is None or d.weekday() == wd:
                return d
            first = first or (k, d)
    return first[1] if first else None


def next_month_day(m: datetime.date, mo: int, d: int, year: int | None) -> datetime.date | None:
    if year is not None:
        return valid(year, mo, d)
    for y in range(m.year, m.year + 9):
        c = valid(y, mo, d)
        if c and c >= m:
            return c
    return None


def add_business_days(m: datetime.date, n: int) -> datetime.date:
    d = m
    while n > 0:
        d += DAYS(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def num(s: str) -> int | None:
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
        return num(m.group(2))
    return NUMWORDS.get(s)
