"""Due-date resolver: every GUIDELINES §5 row with its dev example, edge cases, ASR text, non-matches."""

from __future__ import annotations

import datetime

import pytest

from pipeline.extract.dates import DueMatch, find_due_dates, resolve_due

D = datetime.date

WED_0902 = D(2026, 9, 2)
THU_0910 = D(2026, 9, 10)
FRI_0918 = D(2026, 9, 18)
MON_0928 = D(2026, 9, 28)
TUE_1006 = D(2026, 10, 6)
THU_1015 = D(2026, 10, 15)
FRI_1023 = D(2026, 10, 23)
MON_1102 = D(2026, 11, 2)

# (phrase, meeting date, expected due) -- default next_weekday="following_week"
GUIDELINE_ROWS = [
    # same day
    ("today", WED_0902, WED_0902),
    ("by end of day", WED_0902, WED_0902),
    ("EOD", WED_0902, WED_0902),
    ("by COB", WED_0902, WED_0902),
    ("by close of business", WED_0902, WED_0902),
    ("end of play", WED_0902, WED_0902),
    ("this afternoon", WED_0902, WED_0902),
    ("this morning", WED_0902, WED_0902),
    ("tonight", WED_0902, WED_0902),
    ("by noon", MON_1102, MON_1102),
    ("within the hour", MON_1102, MON_1102),
    ("within two hours", MON_1102, MON_1102),
    ("in the next half hour", MON_1102, MON_1102),
    ("three o'clock", MON_1102, MON_1102),
    ("by 2pm", MON_1102, MON_1102),
    ("at 4:30", MON_1102, MON_1102),
    ("straight after this call", MON_1102, MON_1102),
    # tomorrow
    ("tomorrow", THU_0910, D(2026, 9, 11)),
    ("tomorrow morning", THU_0910, D(2026, 9, 11)),
    ("first thing tomorrow", THU_0910, D(2026, 9, 11)),
    ("by close of business tomorrow", THU_0910, D(2026, 9, 11)),
    ("the day after tomorrow", THU_0910, D(2026, 9, 12)),
    # <weekday>: strictly after the meeting date
    ("by Friday", WED_0902, D(2026, 9, 4)),
    ("first thing Monday", FRI_0918, D(2026, 9, 21)),
    ("Tuesday", FRI_1023, D(2026, 10, 27)),
    ("this Thursday", WED_0902, D(2026, 9, 3)),
    ("on Monday", WED_0902, D(2026, 9, 7)),
    ("end of play Friday", WED_0902, D(2026, 9, 4)),
    ("Thursday afternoon", MON_0928, D(2026, 10, 1)),
    # next <weekday> / <weekday> next week
    ("next Wednesday", WED_0902, D(2026, 9, 9)),
    ("by next Friday", THU_0910, D(2026, 9, 18)),
    ("by next Monday", TUE_1006, D(2026, 10, 12)),
    ("Friday next week", WED_0902, D(2026, 9, 11)),
    ("Monday of next week", WED_0902, D(2026, 9, 7)),
    # next week / end of next week / the week after next
    ("by the end of next week", WED_0902, D(2026, 9, 11)),
    ("next week", MON_0928, D(2026, 10, 9)),
    ("for next week", WED_0902, D(2026, 9, 11)),
    ("the week after next", WED_0902, None),  # not a §5 row: annotated as vague (null)
    # end of the week / this week
    ("by the end of the week", WED_0902, D(2026, 9, 4)),
    ("this week", TUE_1006, D(2026, 10, 9)),
    ("end of this week", TUE_1006, D(2026, 10, 9)),
    ("later this week", TUE_1006, D(2026, 10, 9)),
    # end of the month
    ("end of the month", THU_1015, D(2026, 10, 31)),
    ("by the end of the month", THU_1015, D(2026, 10, 31)),
    ("month end", THU_1015, D(2026, 10, 31)),
    ("end of next month", THU_1015, D(2026, 11, 30)),
    ("by the end of November", THU_1015, D(2026, 11, 30)),
    # in N units
    ("in two weeks", THU_1015, D(2026, 10, 29)),
    ("in the next two weeks", WED_0902, D(2026, 9, 16)),
    ("within three weeks", WED_0902, D(2026, 9, 23)),
    ("give me two weeks", WED_0902, D(2026, 9, 16)),
    ("two weeks from now", WED_0902, D(2026, 9, 16)),
    ("in a week", WED_0902, D(2026, 9, 9)),
    ("in a fortnight", WED_0902, D(2026, 9, 16)),
    ("in 10 days", WED_0902, D(2026, 9, 12)),
    ("in a couple of weeks", WED_0902, D(2026, 9, 16)),
    ("in five working days", WED_0902, D(2026, 9, 9)),
    # by the Nth
    ("the 23rd", THU_0910, D(2026, 9, 23)),
    ("by the 15th", TUE_1006, D(2026, 10, 15)),
    ("by the fifteenth", TUE_1006, D(2026, 10, 15)),
    ("on the twenty-third", THU_0910, D(2026, 9, 23)),
    ("the twenty third", THU_0910, D(2026, 9, 23)),
    ("by the 5th", THU_0910, D(2026, 10, 5)),
    # <Month> <day> / <day> <Month>
    ("by October 9th", FRI_0918, D(2026, 10, 9)),
    ("December 2nd", FRI_0918, D(2026, 12, 2)),
    ("the 2nd of December", FRI_0918, D(2026, 12, 2)),
    ("February 10", FRI_0918, D(2027, 2, 10)),
    ("10 February", FRI_0918, D(2027, 2, 10)),
    ("october ninth", FRI_0918, D(2026, 10, 9)),
    ("September 18", FRI_0918, FRI_0918),  # on or after the meeting date
    # vague
    ("early next week", D(2026, 11, 19), None),
    ("before it goes live", THU_1015, None),
    ("ASAP", WED_0902, None),
    ("as soon as possible", WED_0902, None),
    ("soon", WED_0902, None),
    ("before the launch", WED_0902, None),
    ("once the statement's gone", WED_0902, None),
    ("after the shoot", WED_0902, None),
    ("mid-November", WED_0902, None),
    ("in a few weeks", WED_0902, None),
]


@pytest.mark.parametrize(("phrase", "meeting", "expected"), GUIDELINE_ROWS)
def test_guideline_rows(phrase, meeting, expected):
    assert resolve_due(phrase, meeting) == expected
    matches = find_due_dates(phrase, meeting)
    assert len(matches) == 1, matches
    assert matches[0].text == phrase
    assert matches[0].due == expected


EDGE_CASES = [
    # a weekday said on that same weekday means a week later
    ("Friday", D(2026, 9, 4), D(2026, 9, 11)),
    ("by Wednesday", WED_0902, D(2026, 9, 9)),
    # end of the week / this week said on a Friday = that same day; on Sat/Sun = the coming Friday
    ("end of the week", D(2026, 9, 4), D(2026, 9, 4)),
    ("this week", D(2026, 9, 4), D(2026, 9, 4)),
    ("by the end of the week", D(2026, 9, 5), D(2026, 9, 11)),
    ("this week", D(2026, 9, 6), D(2026, 9, 11)),
    # next week from a Sunday: the following Mon-Sun week
    ("next week", D(2026, 9, 6), D(2026, 9, 11)),
    # month / year rollover
    ("by the 5th", D(2026, 12, 20), D(2027, 1, 5)),
    ("January 10", D(2026, 11, 28), D(2027, 1, 10)),
    ("by the 20th", D(2026, 12, 20), D(2027, 1, 20)),  # strictly after
    ("next Monday", D(2026, 12, 30), D(2027, 1, 4)),
    ("in two weeks", D(2026, 12, 24), D(2027, 1, 7)),
    ("end of the month", D(2026, 12, 3), D(2026, 12, 31)),
    ("end of next month", D(2026, 12, 3), D(2027, 1, 31)),
    # the 31st in a 30-day month skips to the next month that has it
    ("the 31st", THU_0910, D(2026, 10, 31)),
    ("by the 31st", D(2026, 10, 31), D(2026, 12, 31)),
    ("by the 30th", D(2027, 1, 30), D(2027, 3, 30)),  # February has no 30th
    # an explicit year is used as given; 29 February rolls to the next leap year
    ("March 3rd 2027", WED_0902, D(2027, 3, 3)),
    ("February 29th", WED_0902, D(2028, 2, 29)),
    # weekday next to a day number
    ("Saturday the 17th", WED_0902, D(2026, 10, 17)),
    ("Thursday the 3rd of December", WED_0902, D(2026, 12, 3)),
    # the coming weekday, a week on; "Friday week" said on a Friday is the Friday after the coming one, "a week on
    # Friday" said on a Friday may mean a week or a fortnight: vague
    ("a week on Friday", WED_0902, D(2026, 9, 11)),
    ("A week Friday", WED_0902, D(2026, 9, 11)),
    ("Friday week", WED_0902, D(2026, 9, 11)),
    ("Monday week", WED_0902, D(2026, 9, 14)),
    ("Monday week", FRI_0918, D(2026, 9, 28)),
    ("a week from Tuesday", FRI_0918, D(2026, 9, 29)),
    ("Friday week", FRI_0918, D(2026, 10, 2)),
    ("a week on Friday", FRI_0918, None),
    # not rows of §5, so annotated as vague (null), as the week after next is
    ("the Friday after next", WED_0902, None),
    ("straight after this", WED_0902, WED_0902),
    ("within 48 hours", WED_0902, D(2026, 9, 4)),
    ("this time next week", WED_0902, D(2026, 9, 9)),
    ("in a month", D(2026, 1, 31), D(2026, 2, 28)),
    ("by the weekend", WED_0902, D(2026, 9, 4)),
    ("over the weekend", WED_0902, D(2026, 9, 6)),
    ("end of the year", WED_0902, D(2026, 12, 31)),
    ("end of the quarter", WED_0902, D(2026, 9, 30)),
    ("the 15th of next month", WED_0902, D(2026, 10, 15)),
    ("friday at 3pm", WED_0902, D(2026, 9, 4)),
]


@pytest.mark.parametrize(("phrase", "meeting", "expected"), EDGE_CASES)
def test_edge_cases(phrase, meeting, expected):
    assert resolve_due(phrase, meeting) == expected


@pytest.mark.parametrize(
    ("phrase", "meeting", "following_week", "next_occurrence"),
    [
        ("next Friday", WED_0902, D(2026, 9, 11), D(2026, 9, 4)),
        ("next Wednesday", WED_0902, D(2026, 9, 9), D(2026, 9, 9)),
        ("by next Friday", THU_0910, D(2026, 9, 18), D(2026, 9, 11)),
        ("by next Monday", TUE_1006, D(2026, 10, 12), D(2026, 10, 12)),
        ("next Tuesday", D(2026, 9, 6), D(2026, 9, 8), D(2026, 9, 8)),  # from a Sunday
        # "<weekday> next week" is unambiguous: the following week under both settings
        ("Friday next week", WED_0902, D(2026, 9, 11), D(2026, 9, 11)),
        # plain weekdays are unaffected by the setting
        ("by Friday", WED_0902, D(2026, 9, 4), D(2026, 9, 4)),
    ],
)
def test_next_weekday_settings(phrase, meeting, following_week, next_occurrence):
    assert resolve_due(phrase, meeting) == following_week
    assert resolve_due(phrase, meeting, next_weekday="following_week") == following_week
    assert resolve_due(phrase, meeting, next_weekday="next_occurrence") == next_occurrence


def test_bad_setting_rejected():
    with pytest.raises(ValueError):
        find_due_dates("next Friday", WED_0902, next_weekday="soonish")


# raw speech-recognition text: lower case, no punctuation, numbers as words or digits
ASR = [
    ("yeah ill get that over to you by the fifteenth", TUE_1006, "by the fifteenth", D(2026, 10, 15)),
    ("we can do it by the 15th no problem", TUE_1006, "by the 15th", D(2026, 10, 15)),
    ("can we say february 10 for the final cut", FRI_0918, "february 10", D(2027, 2, 10)),
    ("lets lock it in for 10 february then", FRI_0918, "for 10 february", D(2027, 2, 10)),
    ("by what three o'clock", MON_1102, "three o'clock", MON_1102),
    ("sure ill turn it round in two weeks", THU_1015, "in two weeks", D(2026, 10, 29)),
    ("ill have it with you end of play friday", WED_0902, "end of play friday", D(2026, 9, 4)),
    ("first thing monday ill send the deck", FRI_0918, "first thing monday", D(2026, 9, 21)),
    ("can you send it eod", WED_0902, "eod", WED_0902),
    ("ill get it back to you by cob", WED_0902, "by cob", WED_0902),
    ("we'll have it by close of business", WED_0902, "by close of business", WED_0902),
    ("lets aim for end of next week", WED_0902, "for end of next week", D(2026, 9, 11)),
    ("a week on friday works for us", WED_0902, "a week on friday", D(2026, 9, 11)),
    ("monday week suits me", WED_0902, "monday week", D(2026, 9, 14)),
    ("maybe the week after next", WED_0902, "the week after next", None),
    ("we need it by the twenty third at the latest", THU_0910, "by the twenty third", D(2026, 9, 23)),
    ("ill send it early next week", WED_0902, "early next week", None),
    ("can you do it asap", WED_0902, "asap", None),
    ("ill send the revised plan next wednesday ok", WED_0902, "next wednesday", D(2026, 9, 9)),
    ("december 2nd is the deadline", FRI_0918, "december 2nd", D(2026, 12, 2)),
]


@pytest.mark.parametrize(("text", "meeting", "span", "expected"), ASR)
def test_asr_text(text, meeting, span, expected):
    matches = find_due_dates(text, meeting)
    assert [m.text for m in matches] == [span]
    assert matches[0].due == expected
    assert text[matches[0].start_char : matches[0].end_char] == span


# full sentences: the span text, offsets and rule
SENTENCES = [
    ("Great, I'll have the revised plan with you by next Wednesday.", WED_0902,
     [("by next Wednesday", "next_weekday")]),
    ("Sure. I can get that sorted by Wednesday.", D(2026, 10, 23), [("by Wednesday", "weekday")]),
    ("I'll finalise the holding statement and get it to you, Aigerim, within the hour.", MON_1102,
     [("within the hour", "same_day")]),
    ("My team can do that as soon as the statement's approved.", MON_1102,
     [("as soon as the statement's approved", "vague")]),
    ("Our team will pause all the bundle ads straight after this call.", MON_1102,
     [("straight after this call", "same_day")]),
    ("I'll put the invite in for you both after this.", MON_1102, [("after this", "same_day")]),
    ("I'll set up a recurring Monday call for the four of us.", MON_1102, []),
    ("Shall we keep the regular Friday check-in?", MON_1102, []),
    ("Yep, I'll ping you a text straight after.", MON_1102, [("straight after", "same_day")]),
    ("After this round of edits we'll lock the script.", MON_1102, []),
    ("Straight after the launch we'll review the spend.", MON_1102, [("Straight after the launch", "vague")]),
    ("Much quicker. Thursday afternoon? You and me, an hour?", MON_0928, [("Thursday afternoon", "weekday")]),
    ("We'll get round one to you by Friday and round two by the end of next week.", WED_0902,
     [("by Friday", "weekday"), ("by the end of next week", "next_week")]),
    ("Can we sign it off before it goes live on the 23rd?", THU_0910,
     [("before it goes live", "vague"), ("on the 23rd", "nth_of_month")]),  # the clause stops before a date
    ("Let's lock it before Friday's review.", WED_0902, [("before Friday", "weekday")]),  # a date beats a clause
    ("Let me confirm with finance and come back to you tomorrow.", MON_0928, [("tomorrow", "tomorrow")]),
    # a day's noun the work goes into dates the work; a day's noun that is only talked about does not
    ("Our comms team can run it in the bulletin. Thursday's edition.", WED_0902, [("Thursday", "weekday")]),
    ("I'll slot it into Monday's agenda.", WED_0902, [("Monday", "weekday")]),
    ("Leave it with me, you'll have it first thing.", WED_0902, [("first thing", "tomorrow")]),
    # "in the morning" after the work's object or particle is tomorrow's (not a fact about the morning)
    ("I'll get the notes out in the morning.", WED_0902, [("in the morning", "tomorrow")]),
    ("Let me ring you in the morning about it.", WED_0902, [("in the morning", "tomorrow")]),
    ("Happy to bring the boards along at Tuesday's session.", WED_0902, [("Tuesday", "weekday")]),
    ("We'll have the final cut by October 9th, and the stills December 2nd.", FRI_0918,
     [("by October 9th", "month_day"), ("December 2nd", "month_day")]),
    ("Let's have Drew set that up for next week.", MON_1102, [("for next week", "next_week")]),
    # a count of days from an event is not from today: vague, kept as said
    ("I'll turn the edits round within a day of getting them.", WED_0902, [("within a day", "vague")]),
    ("We'll send the artwork within two weeks of the contract being signed.", WED_0902,
     [("within two weeks", "vague")]),
    ("I'll have the costs to you within two weeks of today.", WED_0902,
     [("within two weeks", "in_n_units"), ("today", "same_day")]),
    # a day, then a comma and "one" that is not the day's noun ("the third one")
    ("I'll confirm the booking by the thirty-first, one way or the other.", WED_0902,
     [("by the thirty-first", "nth_of_month")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "meeting", "expected"), SENTENCES)
def test_find_due_dates_in_sentences(sentence, meeting, expected):
    matches = find_due_dates(sentence, meeting)
    assert [(m.text, m.rule) for m in matches] == expected
    for m in matches:
        assert isinstance(m, DueMatch)
        assert sentence[m.start_char : m.end_char] == m.text
    assert [m.start_char for m in matches] == sorted(m.start_char for m in matches)


def test_longest_match_wins_and_early_next_week_is_vague():
    (m,) = find_due_dates("can we do it by early next week", WED_0902)
    assert (m.text, m.due, m.rule) == ("by early next week", None, "vague")
    (m,) = find_due_dates("by the end of next week", WED_0902)
    assert m.text == "by the end of next week"


def test_curly_apostrophe_keeps_original_text():
    text = "Three o\u2019clock, then."
    (m,) = find_due_dates(text, MON_1102)
    assert m.text == "Three o\u2019clock"
    assert m.due == MON_1102


def test_resolve_due_returns_none_for_non_dates():
    assert resolve_due("the blue one", WED_0902) is None
    assert resolve_due("", WED_0902) is None


MUST_NOT_MATCH = [
    "We settled on a sixty-forty split.",
    "the budget is three hundred and fifty thousand",
    "two things from me",
    "we post twice a week",
    "We met last Friday about it.",
    "last week was a bit mad",
    "we may need more budget for that",
    "we march on regardless",
    "June said she'd look at it",
    "April will send over the logos",
    "Morning, morning! Can everyone hear me okay?",
    "the first thing is the brief",
    "the second round of edits was fine",
    "at the end of the day it's their call",
    "before we start, quick intro",
    "after that we can talk budget",
    "once again, thanks everyone",
    "we post every Friday",
    "two posts each Friday",
    "we post on Fridays",
    "the 3 of us can do it",
    "those 5 may need changes",
    "Three's fine.",
    "since Monday it's been chaos",
    "up 12 percent on the quarter",
    "the 3rd draft was better",
    "We'll go with the third one.",
    "Tuesday's numbers looked soft to me.",
    "First thing, the budget.",
    "First, the budget.",
    "Second, we need a name for it.",
    "Third time lucky.",
    "Fourth, the media plan.",
    "That was my first thing.",
    "I'll pull Monday's figures out of the dashboard.",
    "The crew call is in the morning.",
    "Not Thursday mornings, I've got the branch call.",
    "Tuesday afternoons are best for the team.",
    "We're filming in the morning and the afternoon's for stills.",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text):
    assert find_due_dates(text, WED_0902) == []
    assert find_due_dates(text.lower().replace(",", "").replace(".", ""), WED_0902) == []


# Deadlines as UK agency people give them loosely, checked against a Wednesday meeting (2026-03-04).
WED_0304 = D(2026, 3, 4)
LOOSE_SPEECH = [
    ("I'll have the cut-downs with you tomorrow-ish.", "tomorrow-ish", D(2026, 3, 5)),
    ("Fridayish, if that's okay?", "Fridayish", D(2026, 3, 6)),
    ("Tuesday week, okay? So the seventeenth.", "Tuesday week, okay? So the seventeenth", D(2026, 3, 17)),
    ("You'll have the toolkit within the week.", "within the week", D(2026, 3, 6)),
    ("We'll get the media schedule over by 10am Thursday.", "by 10am Thursday", D(2026, 3, 5)),
    ("The copy deck will be with you by five o'clock tomorrow.", "by five o'clock tomorrow", D(2026, 3, 5)),
    ("Close of play Friday for the estimate.", "Close of play Friday", D(2026, 3, 6)),
    ("Sometime between Tuesday and Thursday next week.", "Tuesday and Thursday next week", D(2026, 3, 12)),
    ("Somewhere between Tuesday and Thursday.", "Tuesday and Thursday", D(2026, 3, 12)),
    ("Monday or Tuesday at the latest.", "Monday or Tuesday at the latest", D(2026, 3, 10)),
    ("The proofs land the 9th to the 11th.", "the 9th to the 11th", D(2026, 3, 11)),
    # an aim, then the latest: one deadline, the latest
    ("Should be Tuesday, Wednesday latest.", "Tuesday, Wednesday latest", D(2026, 3, 11)),
    ("I'll try for Thursday, but Friday at the latest.", "for Thursday, but Friday at the latest", D(2026, 3, 6)),
    ("I'll send it Tuesday, actually make that Wednesday.", "Wednesday", D(2026, 3, 11)),
    ("Could we have it the 20th? Sorry, I mean the 19th.", "the 19th", D(2026, 3, 19)),
    ("Tuesday. No, wait, Wednesday, the studio's shut before then.", "Wednesday", D(2026, 3, 11)),
    ("Monday week? Actually, no, that's too late for you. Thursday.", "Thursday", D(2026, 3, 5)),
    (
        "By... Monday week? Oh, hang on, that's the bank holiday. The Tuesday after, then, the 17th.",
        "the 17th",
        D(2026, 3, 17),
    ),
    ("Thursday? No, wait, that's before. Say, um, Tuesday.", "Tuesday", D(2026, 3, 10)),
    ("I'll amend the PO today. Well. Monday.", "Monday", D(2026, 3, 9)),
    ("You'll get the research back in a fortnight.", "in a fortnight", D(2026, 3, 18)),
    ("By the end of the quarter, the sales data.", "By the end of the quarter", D(2026, 3, 31)),
    ("EOD Thursday for the final invoice?", "EOD Thursday", D(2026, 3, 5)),
    # a day that owns an event the work must come ahead of
    ("I'll send the agenda ahead of Tuesday's call.", "Tuesday", D(2026, 3, 10)),
    ("Prior to Friday's review, I'll circulate the deck.", "Friday", D(2026, 3, 6)),
    ("Monday's meeting went well, ahead of the launch.", "ahead of the launch", None),
    # a week or more on from a coming day, like "Monday week"
    ("I'll have the rough cut over a week tomorrow.", "a week tomorrow", D(2026, 3, 12)),
    ("Tomorrow week for the wireframes.", "Tomorrow week", D(2026, 3, 12)),
    ("Say two weeks on Monday for the workshop.", "two weeks on Monday", D(2026, 3, 23)),
    ("Could we do Monday week? I'm in London then.", "Monday week", D(2026, 3, 16)),
    ("Let's pencil in Thursday week for the read-through.", "Thursday week", D(2026, 3, 12)),
    ("Maybe a few weeks on Monday, once the data's in.", "a few weeks on Monday", None),
    # a day said alone to open a sentence, and a day with its hour
    ("Twenty-sixth works. I'll block out the afternoon.", "Twenty-sixth", D(2026, 3, 26)),
    ("Happy to. 23rd?", "23rd", D(2026, 3, 23)),
    ("Twenty-fifth, ten o'clock. Perfect.", "Twenty-fifth, ten o'clock", D(2026, 3, 25)),
    ("Tuesday, two pm?", "Tuesday, two pm", D(2026, 3, 10)),
]


# two deadlines, neither a correction of the other
NOT_CORRECTED = [
    ("Monday works. Hang on, and the proofs by Friday?", [D(2026, 3, 9), D(2026, 3, 6)]),
    ("I'll send it Friday. Well, Monday's the bank holiday anyway.", [D(2026, 3, 6), D(2026, 3, 9)]),
    ("The cut on Tuesday, then the 17th for the grade.", [D(2026, 3, 10), D(2026, 3, 17)]),
]


@pytest.mark.parametrize("text,dues", NOT_CORRECTED)
def test_dates_not_corrected(text, dues):
    assert [m.due for m in find_due_dates(text, WED_0304) if m.due is not None] == dues


@pytest.mark.parametrize("text,said,due", LOOSE_SPEECH)
def test_loose_deadlines(text, said, due):
    got = [(m.text, m.due) for m in find_due_dates(text, WED_0304) if m.due is not None or m.rule == "vague"]
    assert (said, due) in got
    if due is not None:
        assert [m.due for m in find_due_dates(text, WED_0304) if m.due is not None] == [due]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Once the purchase order's approved I'll book the crew straight away.", "Once the purchase order's approved"),
        ("I'll chase them immediately as soon as the proofs land.", "as soon as the proofs land"),
    ],
)
def test_straight_away_beside_an_event_counts_from_the_event(text, event):
    assert [(m.text, m.due) for m in find_due_dates(text, WED_0304)] == [(event, None)]


def test_straight_away_in_a_sentence_of_its_own_is_today():
    got = find_due_dates("I'll send it straight away. Once it lands we can go through it.", WED_0304)
    assert [(m.text, m.due) for m in got] == [("straight away", WED_0304), ("Once it lands", None)]


def test_an_aim_and_a_latest_for_two_things_stay_two():
    got = [m.due for m in find_due_dates("I'll send the deck Thursday and the report Friday at the latest.", WED_0304)]
    assert got == [D(2026, 3, 5), D(2026, 3, 6)]


def test_two_dates_for_two_things_stay_two():
    got = find_due_dates("The estimate by Friday and the schedule by the 20th.", WED_0304)
    assert [(m.text, m.due) for m in got] == [("by Friday", D(2026, 3, 6)), ("by the 20th", D(2026, 3, 20))]


@pytest.mark.parametrize(
    "text",
    [
        "We'll have it all live before Good Friday.",
        "The office is shut Easter Monday.",
        "The Blue Monday post comes out.",  # marketing moments named after a weekday
        "We'll push the appeal hard on Giving Tuesday.",
    ],
)
def test_a_holiday_named_after_a_weekday_is_not_that_weekday(text):
    assert [m.due for m in find_due_dates(text, WED_0304) if m.due is not None] == []


def test_the_deadline_beside_a_named_day_is_the_deadline() -> None:
    text = "So I'll rework the calendar with the Blue Monday post gone, and get v2 over to you by Friday."
    assert [m.due for m in find_due_dates(text, WED_0304) if m.due is not None] == [D(2026, 3, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "They'll sort that before the first invoice goes in.",
        "We'll chase it after the second payment clears.",
        "I'll have the posters done in time for the first screening.",
        "Can we fix it before the third batch ships?",
    ],
)
def test_a_low_ordinal_before_a_noun_counts_things_and_is_no_day(text: str) -> None:
    assert all(m.due is None for m in find_due_dates(text, WED_0902))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I'll get it to you by the third, please God.", datetime.date(2026, 9, 3)),
        ("On the fifth we go live, so the copy's due then.", datetime.date(2026, 9, 5)),
        ("By the first at the latest.", datetime.date(2026, 10, 1)),
        ("Before the tenth would be ideal.", datetime.date(2026, 9, 10)),
    ],
)
def test_a_low_ordinal_said_as_a_day_still_dates(text: str, due: datetime.date) -> None:
    assert find_due_dates(text, WED_0902)[0].due == due
