"""The resolver's handlers, one per row of the table in ``dates.py``: a regex match of a spoken deadline, the meeting
date and how "next Friday" reads -> the date it names and its row, or None when the words turn out not to be a date
("the 3 of us", "in the morning" of a shoot, a number that is a quantity)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Literal

from pipeline.extract.date_words import (
    CARD_RE,
    DAY_WORD,
    DAYS,
    DIG_ORD,
    MONTHS,
    WEEKDAYS,
    add_business_days,
    add_months,
    following_week,
    friday_this_week,
    last_day,
    month_shift,
    next_month_day,
    next_nth,
    num,
    strictly_after,
    valid,
)

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


# --------------------------------------------------------------------------------------------------------
# handlers: (match, meeting date, next_weekday setting) -> (due, rule) | None to reject
# --------------------------------------------------------------------------------------------------------
Result = tuple[datetime.date | None, DueRule] | None
"""A handler's answer: the due date (None when vague) and the table row, or None to reject the match."""
Handler = Callable[[re.Match[str], datetime.date, NextWeekday], Result]


def _g(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _wd(match: re.Match[str]) -> int:
    return WEEKDAYS[match.group("wd").lower()]


def due_same_day(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return meeting, "same_day"


def due_hours(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    unit = match.group("unit").lower()
    n = num(match.group("n")) if _g(match, "n") else 1
    if n is None:
        return None, "vague"
    days = n // 24 if unit.startswith("h") else n // (24 * 60)
    return (meeting, "same_day") if days == 0 else (meeting + DAYS(days=days), "in_n_units")


HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a bare hour ends the phrase: "before two.", "half four?", "at five, then", "by half one today", or it is taken:
# "After two's perfect.", "after three works"
TIME_END = (
    r"(?=\s*(?:[.,?!;]|$|\s(?:today|tonight|then|latest|at\s+the\s+latest|please|sharp|ish)\b)"
    r"|(?:'s|\s+is|\s+works|\s+suits)\s+(?:(?:fine|good|great|perfect|ideal|lovely|okay|ok)\b|for\s+(?:me|us)\b))"
)
_NOT_A_TIME_BEFORE = frozenset("is are was were 's 're stays stay sits sitting down up from of about around".split())


def due_clock_same_day(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "before two", "half four", "at five": a time of day, on the meeting day (not "it's at five" or "down to
    five", a level)."""
    before = match.string[: match.start()].rstrip().rsplit(None, 1)
    if before and before[-1].lower().strip(",") in _NOT_A_TIME_BEFORE and not match.group(0).lower().startswith("half"):
        return None
    return meeting, "same_day"


_TOMORROW = re.compile(r"\btomorrow\b", re.IGNORECASE)


def due_after_lunch(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "I'll send it after lunch": today; not when a day is said before it ("Thursday. I'll come over after
    lunch.": Thursday's afternoon, the day stands)."""
    before = match.string[: match.start()]
    return None if DAY_WORD.search(before) or _TOMORROW.search(before) else (meeting, "same_day")


def due_tomorrow(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return meeting + DAYS(days=2 if _g(match, "dat") else 1), "tomorrow"


def due_weekday(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return strictly_after(meeting, _wd(match)), "weekday"


def due_next_weekday(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    wd = _wd(match)
    if next_weekday == "next_occurrence":
        return strictly_after(meeting, wd), "next_weekday"
    return following_week(meeting, wd), "next_weekday"


def due_weekday_next_week(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return following_week(meeting, _wd(match)), "next_weekday"


def due_week_on_weekday(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "Monday week", "a week on Friday", "two weeks on Monday", "a week tomorrow": the coming weekday (or
    tomorrow), that many weeks on. "Monday week" said on a Monday is the Monday after the coming one, a fortnight on;
    "a week Friday" said on a Friday may mean a week or a fortnight away, and a vague count ("a few weeks on Monday")
    gives no number: vague (null)."""
    count = _g(match, "n")
    n = num(count) if count else 1
    if n is None:
        return None, "vague"
    if _g(match, "fn"):
        n = 2
    if _g(match, "wd") is None:  # "a week tomorrow", "tomorrow week"
        return meeting + DAYS(days=1 + 7 * n), "in_n_units"
    wd = _wd(match)
    if wd == meeting.weekday() and not _ENDS_WEEK.search(match.group(0)):
        return None, "vague"  # "a week Friday" said on a Friday: a week from today, or from the coming Friday
    return strictly_after(meeting, wd) + DAYS(days=7 * n), "weekday"


_ENDS_WEEK = re.compile(r"week(?:-?ish)?\s*$", re.I)  # "Monday week": the Monday after the coming one


def due_weekday_after_next(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return None, "vague"


def due_next_week(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return following_week(meeting, 4), "next_week"


def due_week_after_next(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "the week after next": not a row of GUIDELINES §5, and annotated as vague (null)."""
    return None, "vague"


def due_end_of_week(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return friday_this_week(meeting), "end_of_week"


def due_weekend(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return meeting + DAYS(days=6 - meeting.weekday()), "weekend"


def due_end_of_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return last_day(meeting.year, meeting.month), "end_of_month"


def _end_of_next_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    y, mo = month_shift(meeting.year, meeting.month, 1)
    return last_day(y, mo), "end_of_next_month"


def due_end_of_month_after_next(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "by the end of the month after next": the last day of the month two on from the meeting's."""
    y, mo = month_shift(meeting.year, meeting.month, 2)
    return last_day(y, mo), "end_of_month"


def due_end_of_named_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    mo = MONTHS[match.group("mon").lower().rstrip(".")]
    year = (
        int(match.group("year")) if _g(match, "year") else (meeting.year if mo >= meeting.month else meeting.year + 1)
    )
    return last_day(year, mo), "end_of_month"


def due_last_weekday_of_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "the last Friday of the month", "the last Thursday in June", "the last Monday of next month": that weekday
    in the month's last seven days; a named month whose day has passed means next year's."""
    day = _weekday_in_month(match, meeting, _last_weekday)
    return (day, "end_of_month") if day is not None else (None, "vague")


NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def due_nth_weekday_of_month(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    """ "the second Saturday in July", "the first Monday of next month": that weekday's nth in the month; a named
    month whose day has passed means next year's."""
    n = NTH[match.group("nth").lower()]
    day = _weekday_in_month(match, meeting, lambda year, mo, wd: _nth_weekday(year, mo, wd, n))
    return (day, "month_day") if day is not None else (None, "vague")


def _weekday_in_month(
    match: re.Match[str], meeting: datetime.date, pick: Callable[[int, int, int], datetime.date]
) -> datetime.date | None:
    """The weekday ``pick`` finds in the month said (named: this year's or, gone by, next year's; "the"/"this"/"next
    month"), or None when that day has gone by."""
    wd = _wd(match)
    which = (_g(match, "which") or "").lower()
    if _g(match, "mon"):
        mo = MONTHS[match.group("mon").lower().rstrip(".")]
        year = meeting.year if mo >= meeting.month else meeting.year + 1
    else:
        year, mo = month_shift(meeting.year, meeting.month, 1 if which == "next" else 0)
    day = pick(year, mo, wd)
    if day < meeting and _g(match, "mon"):
        day = pick(year + 1, mo, wd)
    return day if day >= meeting else None


def _nth_weekday(year: int, month: int, wd: int, n: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, wd: int) -> datetime.date:
    end = last_day(year, month)
    return end - datetime.timedelta(days=(end.weekday() - wd) % 7)


def due_end_of_year(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    return datetime.date(meeting.year, 12, 31), "end_of_year"


def due_end_of_quarter(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    said = _g(match, "q")
    q = int(said) if said else (meeting.month - 1) // 3 + 1
    year = meeting.year if q >= (meeting.month - 1) // 3 + 1 else meeting.year + 1
    return last_day(year, 3 * q), "end_of_quarter"


_EVENT_OF = re.compile(r"\s+of\s+(?!(?:now|today|the\s+(?:meeting|call))\b)", re.IGNORECASE)


def due_in_n_units(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    raw = _g(match, "n")
    word = (raw or "").lower()
    if re.search(r"few|several", word):
        return None, "vague"
    unit = match.group("unit").lower()
    said_as_one = re.search(r"\b(?:next|another)\b|^within\s+the\s+fortnight$", match.group(0), re.I)
    if raw is None and not (said_as_one and not unit.endswith("s")):
        return None  # "during the day", "in the coming weeks" (vague pattern); "within the fortnight" is the next
    n = num(raw) if raw else 1
    later = _g(match, "n2")
    if later is not None:
        n = num(later)  # "a week or two": the span's later end
    if n is None:
        return None
    if _EVENT_OF.match(match.string, match.end()):
        return None, "vague"  # "within a day of getting it", "in two weeks of signing": counted from an event
    if "fortnight" in unit:
        return meeting + DAYS(days=14 * n), "in_n_units"
    if unit.startswith("week"):
        return meeting + DAYS(days=7 * n), "in_n_units"
    if unit.startswith("month"):
        return add_months(meeting, n), "in_n_units"
    if re.search(r"working|business", match.group(0), re.I):
        return add_business_days(meeting, n), "in_n_units"
    return meeting + DAYS(days=n), "in_n_units"


def due_plus_days(k: int) -> Handler:
    def plus_days(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
        return meeting + DAYS(days=k), "in_n_units"

    return plus_days


def due_next_month_span(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
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
_ALSO = _words("as too also")
_TRAILING_WORD = re.compile(r"[\s,]*([\w']+)")


def _counted(raw: str, n: int, follower: str) -> bool:
    """A low word ordinal before a noun counts things ("the first invoice", "the third batch"), where a day would
    be followed by a clause or a stop ("by the first, please", "on the third we go live")."""
    return not raw[0].isdigit() and n <= 12 and follower.isalpha() and follower not in _DATE_FOLLOWERS | {"of"}


def due_nth(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    raw = match.group("day")
    n = num(raw)
    if n is None or not 1 <= n <= 31:
        return None
    nxt = _TRAILING_WORD.match(match.string, match.end())
    follower = nxt.group(1).lower() if nxt else ""
    # "the third one" is a thing; "by the thirty-first, one way or the other" is a day (a comma between)
    attached = nxt is not None and "," not in match.string[match.end() : nxt.start(1)]
    # "the 14th", "Friday the ninth", "on/by the twenty-eighth" (a day word after a preposition) are dates whatever
    # follows ("The panel on the twenty-eighth wanted …"), unless it is a count ("for the third time")
    on_day = bool(re.match(r"(?:on|by|before|until|till)\s", match.group(0), re.I))
    strong = bool(re.fullmatch(DIG_ORD, raw, re.I)) or bool(_g(match, "wd")) or on_day
    if strong:
        if attached and follower in _NOT_DATE_FOLLOWERS:
            return None
        # "by the fourth as well" is a day; "the third as well" (no preposition) may be a thing
        if attached and _counted(raw, n, follower) and not _g(match, "wd") and not (on_day and follower in _ALSO):
            return None  # "before the first invoice goes in", "after the second payment": which one, not a day
    elif (
        nxt
        and (follower == "of" or follower not in _DATE_FOLLOWERS)
        and re.match(r"\s", match.string[match.end() : match.end() + 1])
    ):
        return None
    which = (_g(match, "which") or "").lower()
    if which in ("this", "next"):
        y, mo = month_shift(meeting.year, meeting.month, 1 if which == "next" else 0)
        return valid(y, mo, n), "nth_of_month"
    wd = WEEKDAYS[match.group("wd").lower()] if _g(match, "wd") else None
    return next_nth(meeting, n, wd), "nth_of_month"


def due_month_day(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
    n = num(match.group("day"))
    mo = MONTHS[match.group("mon").lower().rstrip(".")]
    if n is None or not 1 <= n <= 31:
        return None
    mon_word = match.group("mon").lower().rstrip(".")
    day_word = match.group("day").lower()
    if mon_word in ("may", "march", "mar") and re.fullmatch(CARD_RE, day_word):
        return None
    if match.start("day") < match.start("mon") and mon_word in ("may", "march", "mar"):
        between = match.string[match.end("day") : match.start("mon")].lower()
        nxt = _TRAILING_WORD.match(match.string, match.end())
        if "of" not in between and nxt and nxt.group(1).lower() not in _MAY_FOLLOWERS and not _g(match, "year"):
            return None  # "those 5 may need ..."
    year = int(match.group("year")) if _g(match, "year") else None
    due = next_month_day(meeting, mo, n, year)
    return (due, "month_day") if due else None


def due_vague(match: re.Match[str], meeting: datetime.date, next_weekday: NextWeekday) -> Result:
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


_BE = re.compile(r"(?:is|are|'s|'re)$", re.IGNORECASE)


def _particle_after_be(kept: list[re.Match[str]]) -> bool:
    """ "once your new version is in": the state the event leaves, not a word left hanging ("before the launch in")."""
    return kept[-1].group(0).lower() == "in" and _BE.search(kept[-2].group(0)) is not None


def event_clause(match: re.Match[str]) -> int | None:
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
    while len(kept) > 1 and kept[-1].group(0).lower() in _CLAUSE_TAIL and not _particle_after_be(kept):
        kept.pop()
    if kept[-1].group(0).lower() in _CLAUSE_TAIL and len(kept) == 1:
        return None
    return match.start("clause") + kept[-1].end()
