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
                                                         business / play, by close, by noon, by lunch(time), within the
                                                         hour, within / in N hours (N < 24), in the next half
                                                         hour, in N minutes, give me ten minutes, after three,
                                                         three o'clock, 2pm, at/by 14:30, after lunch,
                                                         straight / right after this (call), right away,
                                                         straight away, immediately, as soon as we're off
                                                         the call, once I'm off here, when we hang up
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
                   days (vague when M is a <wd>: a       on <wd>; a week tomorrow, tomorrow week = M + 8;
                   week or a fortnight?)                 a fortnight on <wd>, <wd> fortnight (+ 14 days)
vague (null)       not a §5 row; annotated as null       the <wd> after next, <wd> week after next
next_week          Friday of the following Mon-Sun week  next week, end of next week, by the end of next week,
                                                         for next week, sometime next week
vague (null)       not a §5 row; annotated as null       the week after next
end_of_week        Friday of M's week; M itself on a     end of the week, end of this week, this week, later
                   Friday; the coming Friday if M is     this week, by / before the weekend, within the week, end of the
                   a Saturday or Sunday                  working week, by week's end
weekend            Sunday of M's week (M on a Sunday)    this weekend, over / at / on the weekend
end_of_month       last day of M's month (no working-    end of the month, end of this month, month end, this
                   day adjustment)                       month, the last day of the month,
                                                         within the month
end_of_next_month  last day of the following month       end of next month, next month
end_of_month       last day of the month after the       the end of the month after next
                   following one
end_of_month       last day of the next such month       end of <Month>, by the end of October
                   (on or after M's month)
end_of_month       that <wd> in the month's last 7 days  the last <wd> of the month / of next month / in <Month>
end_of_year        31 December of M's year               end of the year, year end
end_of_quarter     last day of that calendar quarter     end of the quarter, quarter end, end of Q3
in_n_units         M + N days / 7N days / N months       in / within / over / inside N days|weeks|months, in
                   (clamped to the month's end);         the next N weeks, give me N weeks, N weeks from now,
                   a / an / one = 1, a couple (of) = 2,  a week today, in a week's time, in a fortnight, this
                   "N or M weeks" -> M, fortnight = 14   time next week, in a week or two (its later end: + 14),
                                                         within the fortnight
in_n_units         M + N Mon-Fri days (no holidays)      in N working / business days
vague              None (a choice)                       in a few / several days|weeks, in the coming days
nth_of_month       next Nth of a month strictly after    by the Nth, the 23rd, on the twenty-third, by 15th,
                   M; months lacking the day are         by the 15 (bare numbers and word ordinals only when
                   skipped (the 31st from 10 Sep ->      the next word fits a date: "the first thing", "the
                   31 Oct; the 30th from 30 Jan ->       3 of us", "the 3rd draft" do not match)
                   30 Mar)
nth_of_month       that day of that month (None if the   the Nth of next month, the Nth of this month,
                   month lacks it)                       first of next month
nth_of_month       next Nth strictly after M falling on  <wd> the Nth ("Saturday the 17th")
                   <wd> (within 2 months of the plain
                   one), else the plain next Nth (a
                   weekday misnamed)
month_day          next such date on or after M (may     <Month> <day>, <day> <Month>, the 2nd of December,
                   roll into next year; 29 Feb -> next   February 10, December the 2nd, October ninth, 9 Oct;
                   leap year); an explicit year is kept  "may"/"march" need a digit or ordinal day
vague              None                                  early / mid / late next week, the start / beginning of
                                                         next week, early next month, mid-October, mid-month,
                                                         the week of the 16th, w/c the 9th, early
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
"Thursday afternoons", "last Friday", "last week", "since Monday", "may"/"march"/"june"/"april" without an
adjacent day number ("we may need", "march on"), "at the end of the day" as the idiom (opening its clause or set
off by a comma: "At the end of the day, it's your call"; "I'll send it at the end of the day" is today), "the first
thing", "the second round", "before we start", "after that", "once again". Past-tense deadlines ("sent the brief
over on Friday") ARE matched; deciding whether a date is a deadline is the extractor's job.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from pipeline.extract.date_handlers import (
    HOUR,
    TIME_END,
    DueRule,
    Handler,
    NextWeekday,
    due_after_lunch,
    due_clock_same_day,
    due_end_of_month,
    due_end_of_month_after_next,
    due_end_of_named_month,
    due_end_of_quarter,
    due_end_of_week,
    due_end_of_year,
    due_hours,
    due_in_n_units,
    due_last_weekday_of_month,
    due_month_day,
    due_next_month_span,
    due_next_week,
    due_next_weekday,
    due_nth,
    due_nth_weekday_of_month,
    due_plus_days,
    due_same_day,
    due_tomorrow,
    due_vague,
    due_week_after_next,
    due_week_on_weekday,
    due_weekday,
    due_weekday_after_next,
    due_weekday_next_week,
    due_weekend,
    event_clause,
)
from pipeline.extract.date_words import (
    CARD_RE,
    COUNT,
    DAY_ANY,
    DAY_ORDLIKE,
    DAYEND,
    DIG,
    DIG_ORD,
    END_OF,
    IN_MORNING,
    ISH,
    LEFT,
    MON,
    NOT_QTY,
    ORD_RE,
    PREP,
    RIGHT,
    SUF,
    TIME_STRICT,
    TOD_PRE,
    WD,
    WEEKDAYS,
    alt,
)
from pipeline.extract.due_spans import settle

__all__ = ["DueMatch", "DueRule", "NextWeekday", "find_due_dates", "resolve_due"]


@dataclass(frozen=True)
class DueMatch:
    """One deadline expression: its words as spoken (``text``), where they are, and the date they resolve to."""

    text: str
    start_char: int
    end_char: int
    due: datetime.date | None
    rule: DueRule


# --------------------------------------------------------------------------------------------------------
# the pattern table: (regex, handler); later entries only break ties
# --------------------------------------------------------------------------------------------------------
def _p(rx: str) -> re.Pattern[str]:
    return re.compile(LEFT + "(?:" + rx + ")" + ISH + RIGHT, re.I)


_TABLE: list[tuple[re.Pattern[str], Handler]] = [
    # --- same day ------------------------------------------------------------------------------------
    (_p(PREP + TOD_PRE + r"(?:(?:later|sometime|some\s+time)\s+)?(?:today|tonight)" + SUF), due_same_day),
    (_p(PREP + END_OF + r"today"), due_same_day),
    (_p(PREP + DAYEND + SUF), due_same_day),
    # "by close", "before close, ideally": close of business, said at the end of a clause (not "by close of the
    # campaign", "close to a week", "by close Friday": Friday's close; not "before the close", of a sale or booking)
    (
        _p(r"(?:by|before)\s+close(?=\s*(?:[.,;:!?)]|$)|\s+(?:today|please|if|and|so|then|ideally)\b)"),
        due_same_day,
    ),
    (_p(PREP + r"(?:(?:the\s+)?end\s+of\s+|later\s+)?this\s+(?:morning|afternoon|evening)"), due_same_day),
    (
        _p(r"(?:by|before|around|at)\s+(?:noon|midday|lunch(?:time)?|the\s+end\s+of\s+the\s+(?:morning|afternoon))"),
        due_same_day,
    ),
    (_p(r"(?:straight\s+)?after\s+lunch(?:time)?"), due_after_lunch),
    (
        _p(r"(?:(?:by|before|at|around)\s+)?" + TIME_STRICT + r"(?:\s+(?:today|this\s+afternoon|this\s+morning))?"),
        due_same_day,
    ),
    (_p(r"(?:by|before|at|around)\s+\d{1,2}:\d{2}"), due_same_day),
    (_p(rf"(?:(?:by|before|at|around|until|till)\s+)?half\s+{HOUR}" + TIME_END), due_clock_same_day),
    # not "one by one" (one after another); "First one by three." is a time
    (
        _p(rf"(?!(?<=\bone\s)by\s+one\b)(?:by|before|at|around|until|till|after)\s+{HOUR}" + TIME_END),
        due_clock_same_day,
    ),
    (
        _p(
            r"(?:within|in|inside(?:\s+of)?|over|give\s+(?:me|us))\s+(?:the\s+(?:next\s+)?|another\s+)?"
            rf"(?:(?:half\s+an?|half|an?)\s+|{COUNT}\s+)?(?P<unit>hours?|minutes?|mins?)(?:'?s?\s+time)?"
        ),
        due_hours,
    ),
    (
        _p(
            r"(?:(?:straight|right|directly|immediately|just)\s+)?after\s+(?:this|the|our)\s+(?:call|meeting)"
            # said at the end of the promise: "I'll send the invite after this.", "I'll text you straight after."
            # (not "straight after the launch", an event's time)
            r"|(?:(?:straight|right|directly|immediately|just)\s+)?after\s+this(?=\s*(?:[.!?,]|$))"
            # "I'll speak to her straight after this and get a yes": the adverb says it is this call
            r"|(?:straight|right|directly|immediately)\s+after\s+this(?=\s+and\b)"
            r"|(?:straight|right|directly|immediately)\s+after(?=\s*(?:[.!?]|$))"
            # "as soon as we're off the call", "once I'm off here", "when we hang up": the end of this call
            r"|(?:once|when|as\s+soon\s+as|the\s+(?:moment|minute|second))\s+(?:we|i)(?:'re|'m|\s+are|\s+am|\s+get)?"
            r"\s+(?:off\s+(?:(?:the|this)\s+(?:call|line|zoom|teams)|here)|hang\s+up|(?:done|finished)\s+here)"
            r"|(?:once|when|as\s+soon\s+as)\s+(?:we|i)(?:'re|'m|\s+are|\s+am|\s+get)?\s+off(?=\s*(?:[.!?,]|$))"
        ),
        due_same_day,
    ),
    (_p(r"(?:straight|right)\s+away|immediately|right\s+now"), due_same_day),
    # --- tomorrow ------------------------------------------------------------------------------------
    (_p(PREP + TOD_PRE + r"(?P<dat>the\s+day\s+after\s+)?tomorrow" + SUF), due_tomorrow),
    (_p(r"first\s+thing\s+in\s+the\s+morning|by\s+(?:the\s+)?morning|overnight|" + IN_MORNING), due_tomorrow),
    # "I'll get it to you first thing." said at the end of the promise (not "the first thing", "First thing, …")
    (
        _p(r"(?<!the\s)(?<!the\svery\s)(?<!my\s)(?<!our\s)(?<!your\s)(?<!a\s)first\s+thing(?=\s*(?:[.!?]|$))"),
        due_tomorrow,
    ),
    # --- weekdays ------------------------------------------------------------------------------------
    (
        _p(PREP + TOD_PRE + r"(?:this\s+(?:coming\s+)?|coming\s+)?" + WD + r"(?:\s+(?:of\s+)?this\s+week)?" + SUF),
        due_weekday,
    ),
    (_p(PREP + TOD_PRE + r"next\s+" + WD + SUF), due_next_weekday),
    (_p(PREP + TOD_PRE + WD + SUF + r"\s+(?:of\s+)?next\s+week" + SUF), due_weekday_next_week),
    (_p(PREP + r"next\s+week,?\s+(?:on\s+)?" + WD + SUF), due_weekday_next_week),
    (_p(PREP + r"a\s+week\s+(?:(?:on|from|this)\s+)?" + WD + SUF), due_week_on_weekday),
    (_p(PREP + r"(?:the\s+)?" + WD + r"\s+week" + SUF), due_week_on_weekday),
    # "a week tomorrow", "tomorrow week", "two weeks on Monday": like "Monday week"
    (_p(PREP + rf"(?:a|{COUNT})\s+weeks?\s+(?:on\s+|from\s+)?(?:tomorrow|{WD})|tomorrow\s+week"), due_week_on_weekday),
    # "a fortnight on Monday", "Friday fortnight", "a fortnight tomorrow": two weeks on
    (
        _p(PREP + rf"(?P<fn>a\s+fortnight)\s+(?:on\s+|from\s+)?(?:tomorrow|{WD})"),
        due_week_on_weekday,
    ),
    (_p(PREP + rf"(?:the\s+)?(?:tomorrow|{WD})\s+(?P<fn>fortnight)"), due_week_on_weekday),
    (
        _p(PREP + r"(?:the\s+)?" + WD + r"\s+(?:after\s+next|(?:of\s+)?the\s+week\s+after\s+next|week\s+after\s+next)"),
        due_weekday_after_next,
    ),
    # --- weeks ---------------------------------------------------------------------------------------
    (
        _p(
            PREP + rf"(?:{END_OF}|(?:sometime|some\s+time|during)\s+)?next\s+week"
            r"(?:\s+(?:sometime|some\s+time|at\s+the\s+latest))?"
        ),
        due_next_week,
    ),
    (_p(PREP + r"(?:the\s+)?(?:end\s+of\s+)?the\s+week\s+after\s+next"), due_week_after_next),
    (
        _p(
            PREP + rf"(?:{END_OF}(?:the|this)\s+(?:working\s+|work\s+)?week"
            r"|(?:(?:later|sometime|some\s+time)\s+)?this\s+week)"
        ),
        due_end_of_week,
    ),
    (
        _p(r"(?:by|before)\s+the\s+weekend|within\s+the\s+week|(?:by|before)\s+(?:the\s+)?week'?s\s+end"),
        due_end_of_week,
    ),
    # "end of week", "EOW", "later in the week": this week's Friday (not "end of week two", a week of a plan)
    (
        _p(PREP + rf"(?:(?:the\s+)?end\s+of\s+week(?!\s+(?:{CARD_RE}|\d))|eow|later\s+in\s+the\s+week)"),
        due_end_of_week,
    ),
    (_p(r"(?:(?:over|at|on|during)\s+the|this)\s+weekend"), due_weekend),
    (_p(PREP + r"(?:the\s+)?end\s+of\s+the\s+weekend"), due_weekend),
    # --- months, quarters, years ---------------------------------------------------------------------
    (
        _p(
            PREP + rf"(?:{END_OF}(?:the\s+|this\s+)?month"
            r"|(?:the\s+)?month[\s-]end|eom|this\s+month|the\s+last\s+day\s+of\s+(?:the|this)\s+month"
            r"|within\s+(?:the|this)\s+month(?!\s+after))"
        ),
        due_end_of_month,
    ),
    (_p(PREP + r"(?:(?:the\s+)?end\s+of\s+)?next\s+month"), due_next_month_span),
    # "by the end of the month after next" (not "the end of the month after next week")
    (
        _p(
            PREP + r"(?:the\s+)?(?:very\s+)?end\s+of\s+the\s+month\s+after\s+next"
            r"(?!\s+(?:week|weekend|month|year|quarter|time|meeting|call|session|round|one)s?\b)"
        ),
        due_end_of_month_after_next,
    ),
    (_p(PREP + r"(?:the\s+)?(?:very\s+)?end\s+of\s+" + MON + r"(?:,?\s+(?P<year>20\d\d))?"), due_end_of_named_month),
    (
        _p(PREP + r"the\s+last\s+" + WD + r"\s+(?:of|in)\s+(?:(?:the|this|(?P<which>next))\s+month|" + MON + ")"),
        due_last_weekday_of_month,
    ),
    (
        _p(
            PREP
            + r"(?:the\s+)?(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th)\s+"
            + WD
            + r"\s+(?:of|in)\s+(?:(?:the|this|(?P<which>next))\s+month|"
            + MON
            + ")"
        ),
        due_nth_weekday_of_month,
    ),
    # a weekday put against an event ("the Tuesday before", "the Friday after the shoot"): no date of its own
    (
        _p(
            r"(?:the\s+)?" + WD + r"\s+(?:before|after)(?!\s+(?:next|lunch|noon|midday|work|school|hours|dinner|"
            r"breakfast|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|the\s+morning)\b)"
            # "The Tuesday after, then, the 17th.": the day it names follows
            rf"(?!,?\s*(?:then,?\s*)?(?:the\s+)?(?:{DIG_ORD}|{ORD_RE})\b)"
        ),
        due_vague,
    ),
    (_p(PREP + r"(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|(?:the\s+)?year[\s-]end)"), due_end_of_year),
    (
        _p(PREP + r"(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:quarter|q(?P<q>[1-4]))|(?:the\s+)?quarter[\s-]end)"),
        due_end_of_quarter,
    ),
    # --- in N units ----------------------------------------------------------------------------------
    (
        _p(
            r"(?:in|within|inside(?:\s+of)?|over|during|give\s+(?:me|us|it|them|him|her))\s+"
            r"(?:the\s+next\s+|the\s+coming\s+|another\s+|the\s+)?"
            rf"(?:{COUNT}\s+)?(?P<unit>(?:working\s+|business\s+)?days?|weeks?|fortnights?|months?)(?:'?s?\s+time)?"
            # "in a week or two", "in the next day or two": a span, its later end (like "two or three weeks")
            rf"(?:\s+or\s+(?P<n2>{CARD_RE}|\d{{1,2}})(?![\w'%:-]))?"
        ),
        due_in_n_units,
    ),
    (
        _p(
            PREP + rf"{COUNT}\s+(?P<unit>(?:working\s+|business\s+)?days?|weeks?|fortnights?|months?)\s+"
            r"(?:from\s+(?:now|today)|today|time)"
        ),
        due_in_n_units,
    ),
    (_p(PREP + r"(?:this\s+time\s+next\s+week)"), due_plus_days(7)),
    # --- day of month --------------------------------------------------------------------------------
    (
        _p(
            r"(?:(?:by|before|until|till|on|for)\s+)?"
            # "by close of business on the 12th", "end of day Wednesday the 18th": the day named, not today
            + TOD_PRE
            + r"(?:"
            + WD
            + r",?\s+)?the\s+"
            rf"(?P<day>{DIG_ORD}|{ORD_RE}|{DIG})(?:\s+of\s+(?P<which>the|this|next)\s+month)?" + NOT_QTY
        ),
        due_nth,
    ),
    (_p(rf"(?:by|before|until|till|on|for)\s+(?:{WD}\s+)?(?P<day>{DIG_ORD})"), due_nth),
    # "First of next month, as usual.", "by 15th of the month": the day of the month said without "the"
    (
        _p(
            rf"(?:(?:by|before|until|till|on|for)\s+)?(?P<day>{DIG_ORD}|{ORD_RE})\s+of\s+(?P<which>the|this|next)\s+month"
        ),
        due_nth,
    ),
    # a day said alone to open a sentence, taken or put: "Twenty-sixth works.", "Twenty-fifth, ten o'clock.",
    # "23rd?" (not "First, the budget." nor "Third time lucky.")
    (
        _p(
            rf"(?:(?<=^)|(?<=[.?!]\s))(?P<day>{DIG_ORD}|{ORD_RE})"
            rf"(?=\s*(?:\?|,\s*(?:{HOUR}|\d)|\s+(?:works|suits|it\s+is|then)\b|(?:\s+is|'s)\s+(?:fine|good|great|perfect)\b))"
        ),
        due_nth,
    ),
    (_p(PREP + WD + rf",?\s+(?P<day>{DIG_ORD})"), due_nth),
    (
        _p(
            PREP
            + r"(?:(?P<wd>"
            + alt(WEEKDAYS)
            + r"),?\s+)?(?:the\s+)?"
            + DAY_ORDLIKE
            + r"(?:\s+of)?\s+"
            + MON
            + r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        due_month_day,
    ),
    (
        _p(
            PREP
            + r"(?:(?P<wd>"
            + alt(WEEKDAYS)
            + r"),?\s+)?"
            + MON
            + r",?\s+(?:the\s+)?"
            + DAY_ANY
            + NOT_QTY
            + r"(?:,?\s+(?P<year>20\d\d))?"
        ),
        due_month_day,
    ),
    # --- vague ---------------------------------------------------------------------------------------
    (
        _p(
            r"(?:(?:by|before|until|for)\s+)?(?:(?:the\s+)?(?:start|beginning|middle)\s+of|early|earlyish|mid|late|"
            r"sometime\s+early|towards\s+the\s+end\s+of)[\s-]+(?:next|this)\s+(?:week|month)"
        ),
        due_vague,
    ),
    (_p(r"(?:(?:by|before|until|for)\s+)?(?:mid[\s-]?week|early\s+in\s+the\s+week|later\s+next\s+week)"), due_vague),
    # a week named by a day in it, or the middle of a month: no one day ("the week of the sixteenth", "w/c the 9th",
    # "mid-month")
    (
        _p(
            r"(?:(?:in|for|during|by)\s+)?(?:the\s+)?(?:week\s+(?:of|beginning|commencing|starting)|w/c)\s+"
            r"(?:(?P<wd>" + alt(WEEKDAYS) + r"),?\s+)?(?:the\s+)?" + DAY_ORDLIKE + r"(?:\s+(?:of\s+)?" + MON + ")?"
        ),
        due_vague,
    ),
    (_p(r"(?:(?:by|before|until|for)\s+)?(?:mid[\s-]?month|(?:the\s+)?middle\s+of\s+the\s+month)"), due_vague),
    (
        _p(
            r"(?:(?:by|before|until|for)\s+)?(?:(?:the\s+)?(?:start|beginning|middle)\s+of|early|mid|late|"
            r"towards\s+the\s+end\s+of)[\s-]+" + MON
        ),
        due_vague,
    ),
    (
        _p(
            r"asap|a\.s\.a\.p\.?|a\s+s\s+a\s+p|as\s+(?:fast|quick(?:ly)?)\s+as\s+(?:i|we)\s+(?:possibly\s+)?can|"
            r"as\s+soon\s+as\s+(?:possible|poss|you\s+can|we\s+can|you're\s+able|"
            r"humanly\s+possible)|(?<!as\s)soon(?:ish)?|shortly|sooner\s+rather\s+than\s+later|at\s+some\s+point|"
            r"in\s+due\s+course|when(?:ever)?\s+you\s+(?:can|get\s+a\s+(?:chance|minute|sec(?:ond)?))|"
            r"at\s+your\s+(?:earliest\s+)?convenience|(?:in|over)\s+the\s+coming\s+(?:days|weeks)"
        ),
        due_vague,
    ),
]

# tier 2: event-relative deadlines, kept only where no concrete expression overlaps
_EVENT = re.compile(
    LEFT + r"(?:(?:right|straight|just)\s+)?(?:before|ahead\s+of|prior\s+to|in\s+time\s+for|once|after|as\s+soon\s+as|"
    r"the\s+moment|the\s+minute)(?P<clause>(?:\s+[\w']+){1,6})",
    re.I,
)

# a day gone by, or one that recurs ("every Thursday", "a recurring Thursday slot"): no deadline
_PAST_MARKERS = {"last", "past", "previous", "every", "each", "since", "ago", "recurring", "regular", "weekly"}
_PREV_WORD = re.compile(r"([\w']+)[\s,]*$")
_RECURRING_PART = re.compile(r"\s+(?:mornings|afternoons|evenings|nights|lunchtimes)\b", re.I)


def _end_of_the_day_idiom(text: str, start: int, end: int) -> bool:
    """ "At the end of the day, it's your call" (opening its clause, or set off by a comma) means "in the end"; "I'll
    send a snapshot at the end of the day so you've got it" is a time, with the comma too when the clause before it
    is one's own promise ("I'll send a snapshot at the end of the day, so you've got it")."""
    at = text.lower().rfind("at", 0, start)
    before = text[:at].rstrip()
    opens = not before or before[-1] in ".,;:!?-\u2014" or _prev_word(text, at) in _OPENERS | {"because", "cos"}
    clause = re.split(r"[.,;:!?\u2014]", before)[-1]
    return opens or (text[end:].lstrip().startswith(",") and not _OWN_PROMISE.search(clause))


# "I'll send a snapshot at the end of the day, so ...": a promise of one's own before it makes it a time
_OWN_PROMISE = re.compile(
    r"\b(?:I|we)(?:'ll| will| can| could|'m going to| am going to|'re going to| are going to)\b", re.I
)


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
_HOLIDAY_DAY = re.compile(r"(?:good|black|cyber|easter|ash|maundy|holy|boxing|whit|blue|giving)\s+$", re.I)


def _in_a_name(text: str, start: int) -> bool:
    """ "Farming Today want a pre-record": a capitalised Today after a capitalised word mid-sentence is a name;
    "Good Friday", "Easter Monday" name a holiday, not the coming weekday."""
    if _HOLIDAY_DAY.search(text, 0, start) and text[start : start + 3].lower() in {d[:3] for d in WEEKDAYS}:
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
            lower = text[s:e].lower()
            if rule != "vague" and _prev_word(text, s) in _PAST_MARKERS and not _DEADLINE_PREP.match(lower):
                continue  # "every Friday", "last week"; not "a line on each by Friday"
            if rule == "weekday" and _RECURRING_PART.match(text, e):
                continue  # "Thursday afternoons", "Monday mornings": every week, no one day
            if (
                lower.startswith("the end of the day")
                and _prev_word(text, s) == "at"
                and _end_of_the_day_idiom(text, s, e)
            ):
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
        end = event_clause(m)
        if end is None:
            continue
        events.append(DueMatch(text[m.start() : end], m.start(), end, None, "vague"))
    chosen += _select(events, taken)
    chosen = [DueMatch(text[c.start_char : c.end_char], c.start_char, c.end_char, c.due, c.rule) for c in chosen]
    chosen = [DueMatch(c.text, c.start_char, c.end_char, None, "vague") if _each_time(norm, c) else c for c in chosen]
    return settle(sorted(chosen, key=lambda c: c.start_char), text)


# a span counted from each time something happens: "after each stop, within two days", "within the hour, every
# time a post goes up", "within 48 hours of every session": a deadline that recurs, no one date
_EACH_TIME = re.compile(r"\b(?:(?:after|following)\s+(?:each|every)|(?:each|every)\s+time)\b", re.I)
_OF_EACH = re.compile(r"\s+of\s+(?:each|every)\b", re.I)
_SPAN_FROM_NOW = re.compile(r"(?:with)?in\b|inside\b", re.I)


def _each_time(text: str, c: DueMatch) -> bool:
    """The match is a span ("within two days") counted from an event that recurs, said in the same sentence."""
    if c.due is None or not _SPAN_FROM_NOW.match(c.text):
        return False
    if _OF_EACH.match(text, c.end_char):
        return True
    start = max(text.rfind(p, 0, c.start_char) for p in ".?!")
    ends = [e for e in (text.find(p, c.end_char) for p in ".?!") if e >= 0]
    return _EACH_TIME.search(text, start + 1, min(ends, default=len(text))) is not None


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
