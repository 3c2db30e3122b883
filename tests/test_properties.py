"""Property-based tests (hypothesis): whatever text arrives, the transcript parsers, the due-date resolver and the
extractor answer with their kind of result or a one-line ``InputFileError``, never a traceback.

Examples are drawn from plain text and from text built out of the pieces these readers look for (cue timings good
and broken, voice tags, ``Name:`` labels, deadline words), so the interesting paths are reached, not only the
"no cue found" one. Run time is kept to a few seconds per property (``max_examples`` below).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import ingest, transcripts
from pipeline.errors import InputFileError
from pipeline.extract.dates import find_due_dates, resolve_due
from pipeline.schemas import Attendee, Extraction, Segment
from tests.support import extract_turns

MODELS = Path(__file__).resolve().parents[1] / "models"
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- what transcripts are made of ------------------------------------------------------------------------------
digits = st.text("0123456789", min_size=1, max_size=3)
stamp = st.one_of(
    st.builds(lambda h, m, s, ms, sep: f"{h}:{m}:{s}{sep}{ms}", digits, digits, digits, digits, st.sampled_from(".,")),
    st.builds(lambda m, s: f"{m}:{s}", digits, digits),
    st.text("0123456789:.,X -", max_size=14),
)
timing = st.builds(lambda a, arrow, b, rest: f"{a}{arrow}{b}{rest}", stamp, st.sampled_from([" --> ", "-->", " -> "]),
                   stamp, st.sampled_from(["", " align:start", "x", "  position:10%"]))  # fmt: skip
speaker = st.sampled_from(["Dana Whitlock", "Owen", "SARAH CHEN", "Dr. O'Neil-Smith", "x", ""])
words = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
body = st.one_of(
    words,
    st.builds(lambda s, t: f"{s}: {t}", speaker, words),
    st.builds(lambda s, t: f"<v {s}>{t}</v>", speaker, words),
    st.builds(lambda s, t: f"<v.loud {s}>{t}", speaker, words),
    st.sampled_from(["<", "<v ", "</v>", "-->", "NOTE", "WEBVTT", "1", ":", "[00:01:02] Owen: ok"]),
)
cue = st.builds(
    lambda ident, t, lines: "\n".join([*ident, t, *lines]),
    st.lists(st.sampled_from(["1", "42", "a32286c1/12-0", "NOTE x", ""]), max_size=1),
    timing,
    st.lists(body, max_size=3),
)
separator = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n\n\n", "\r"])
cue_file = st.builds(
    lambda head, cues, sep: head + sep.join(cues),
    st.sampled_from(["WEBVTT\n\n", "WEBVTT - Zoom\nKind: captions\n\n", "\ufeffWEBVTT\n\n", "", "WEBVTT\n"]),
    st.lists(cue, max_size=8),
    separator,
)
transcript_text = st.one_of(st.text(), cue_file, st.lists(body, max_size=8).map("\n".join))


def check_segments(segments: list[Segment]) -> None:
    assert [s.index for s in segments] == list(range(len(segments)))
    for s in segments:
        assert s.text.strip()
        assert len(s.text) <= transcripts.MAX_TURN_CHARS
        if s.start is not None and s.end is not None:
            assert s.end >= s.start
        assert s.start is None or s.start >= 0


@FAST
@given(transcript_text)
def test_cue_parser_reads_or_refuses_any_text(text: str) -> None:
    try:
        segments = transcripts.parse_cues(text, "CALL.vtt")
    except InputFileError as err:
        assert str(err).startswith("CALL.vtt: ") and "\n" not in str(err)
        return
    check_segments(segments)


@FAST
@given(transcript_text)
def test_plain_text_parser_reads_any_text(text: str) -> None:
    check_segments(transcripts.parse_plain(text, "CALL.txt"))


@FAST
@given(
    st.one_of(transcript_text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)),
    st.sampled_from([".vtt", ".srt", ".txt", ".json"]),
)
def test_reading_any_file_gives_a_transcript_or_one_line_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("t") / f"CALL{suffix}"
    path.write_bytes(data)
    try:
        transcript, _ = ingest.read_transcript_file(path)
    except InputFileError as err:
        assert str(err).startswith(f"CALL{suffix}: ") and "\n" not in str(err)
        return
    assert transcript.segments
    if suffix != ".json":
        check_segments(transcript.segments)


# --- the due-date resolver -------------------------------------------------------------------------------------
deadline_words = st.sampled_from(
    "by before until on the next this end of week month year quarter tomorrow today tonight Friday monday "
    "Tues Sat weekend in within a two 3 30 99 999999 hours days weeks months 1st 2nd 31st 29th February Feb "
    "September December after fortnight EOD COB close business play o'clock 2pm 14:30 noon half five first "
    "thing morning afternoon following coming last early mid late latest , . ? - ' 2026 2027-03-01 3/4".split()
)
phrase = st.one_of(st.text(max_size=60), st.lists(deadline_words, max_size=10).map(" ".join))
meeting_day = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@FAST
@given(phrase, meeting_day, st.sampled_from(["following_week", "next_occurrence"]))
def test_due_resolver_returns_an_iso_date_or_none(text: str, day: dt.date, rule: str) -> None:
    due = resolve_due(text, day, rule)
    assert due is None or (type(due) is dt.date and dt.date.fromisoformat(due.isoformat()) == due)
    for match in find_due_dates(text, day, rule):
        assert match.due is None or type(match.due) is dt.date
        assert text[match.start_char : match.end_char] == match.text


# --- the extractor ---------------------------------------------------------------------------------------------
PEOPLE = [Attendee(name="Dana Whitlock", side="client"), Attendee(name="Owen Pryce", side="agency")]
said = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.one_of(deadline_words, st.sampled_from("I'll we can you could Owen Dana send the deck yes sure no".split())),
        max_size=14,
    ).map(" ".join),
)


@SLOW
@given(
    st.lists(st.tuples(st.sampled_from(["Dana Whitlock", "Owen Pryce", "Someone Else", None]), said), max_size=6),
    st.sampled_from(["vtt", "audio"]),
)
def test_extractor_on_random_text_returns_an_extraction(turns: list, kind: str) -> None:
    result = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), kind)
    assert isinstance(result, Extraction)
    for item in [*result.action_items, *result.agreements]:
        where = item.turn if kind != "audio" else item.segment
        assert where is not None and 0 <= where < len(turns)
    for action in result.action_items:
        assert action.due is None or type(action.due) is dt.date
