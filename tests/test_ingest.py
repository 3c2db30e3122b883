"""Ingest: metadata precedence, hashing, and one import test per transcript format."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
from pathlib import Path

import pytest

from pipeline import ingest, transcripts
from pipeline.errors import InputFileError
from pipeline.schemas import Attendee, MeetingMeta

VTT_VOICES = """WEBVTT

00:00:01.000 --> 00:00:04.500
<v Dana Whitlock>Morning both. Shall we start with the retail toolkit?</v>

00:00:05.000 --> 00:00:09.250
<v Owen Pryce>Yes. I'll send the revised toolkit over by Friday.</v>

00:00:09.250 --> 00:00:11.000
<v Owen Pryce>And the print quotes too.</v>

00:00:12.000 --> 00:00:14.000
<v.loud Dana Whitlock>Perfect, that works for us.</v>
"""

VTT_ZOOM = """WEBVTT

1
00:00:00.500 --> 00:00:03.000
Dana Whitlock: Can you book the studio for Tuesday?

2
00:00:03.200 --> 00:00:05.000
Owen Pryce: Sure, will do.
"""

SRT = """1
00:00:01,000 --> 00:00:03,400
Dana Whitlock: Let's go with the blue pack.

2
00:00:03,600 --> 00:00:06,000
Owen Pryce: Great. I'll brief the designers tomorrow.
"""

TXT = """Dana Whitlock: Right, the budget is confirmed at forty thousand.
Owen Pryce: Brilliant. I'll update the estimate and
send it round this afternoon.
[00:01:05] Dana Whitlock: Thanks Owen.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_vtt_voice_tags_merge_consecutive_cues_of_one_speaker(tmp_path: Path) -> None:
    transcript, meta = ingest.read_transcript_file(write(tmp_path, "call.vtt", VTT_VOICES))
    assert meta is None
    assert transcript.source_kind == "vtt"
    assert [s.speaker for s in transcript.segments] == ["Dana Whitlock", "Owen Pryce", "Dana Whitlock"]
    owen = transcript.segments[1]
    assert owen.text == "Yes. I'll send the revised toolkit over by Friday. And the print quotes too."
    assert (owen.start, owen.end) == (5.0, 11.0)
    assert transcript.segments[2].text == "Perfect, that works for us."
    assert transcript.duration == 14.0


def test_vtt_zoom_style_speaker_prefix(tmp_path: Path) -> None:
    transcript, _ = ingest.read_transcript_file(write(tmp_path, "zoom.vtt", VTT_ZOOM))
    assert [(s.speaker, s.text) for s in transcript.segments] == [
        ("Dana Whitlock", "Can you book the studio for Tuesday?"),
        ("Owen Pryce", "Sure, will do."),
    ]


def test_srt(tmp_path: Path) -> None:
    transcript, _ = ingest.read_transcript_file(write(tmp_path, "call.srt", SRT))
    assert transcript.source_kind == "srt"
    assert transcript.segments[1].speaker == "Owen Pryce"
    assert transcript.segments[1].start == pytest.approx(3.6)
    assert transcript.segments[1].text == "Great. I'll brief the designers tomorrow."


def test_plain_text_continuation_lines_and_timestamps(tmp_path: Path) -> None:
    transcript, _ = ingest.read_transcript_file(write(tmp_path, "call.txt", TXT))
    assert transcript.source_kind == "txt"
    assert [s.speaker for s in transcript.segments] == ["Dana Whitlock", "Owen Pryce", "Dana Whitlock"]
    assert transcript.segments[1].text.endswith("and send it round this afternoon.")
    assert transcript.segments[2].start == 65.0


def test_gold_json_carries_meeting_metadata(tmp_path: Path) -> None:
    raw = {
        "meeting_id": "x1",
        "title": "Pack review",
        "client": "Fernhill Foods",
        "agency": "Copper Kite",
        "meeting_date": "2026-03-04",
        "attendees": [{"name": "Dana Whitlock", "org": "client", "role": "Brand Manager"}],
        "turns": [{"speaker": "Dana Whitlock", "text": "Let's go with the blue pack."}],
    }
    path = write(tmp_path, "x1.json", json.dumps(raw))
    transcript, meta = ingest.read_transcript_file(path)
    assert transcript.source_kind == "gold-json" and transcript.turn_indexed
    assert meta is not None and meta.date == dt.date(2026, 3, 4) and meta.attendees[0].side == "client"
    meeting = ingest.build_meeting(path, transcript, "0" * 64, meta)
    assert (meeting.client, meeting.date_source, meeting.title) == ("Fernhill Foods", "transcript", "Pack review")


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("empty.vtt", "WEBVTT\n", "no cue found"),
        ("bad.vtt", "hello", "not a WebVTT"),
        ("notes.json", '{"foo": 1}', "no 'turns'"),
        ("broken.json", "{", "not valid"),
    ],
)
def test_bad_transcripts_raise_one_clear_reason(tmp_path: Path, name: str, text: str, reason: str) -> None:
    with pytest.raises(InputFileError, match=reason) as err:
        ingest.read_transcript_file(write(tmp_path, name, text))
    assert str(err.value).startswith(name)


def test_metadata_precedence_sidecar_then_filename_then_mtime(tmp_path: Path) -> None:
    transcript, _ = ingest.read_transcript_file(write(tmp_path, "2026-05-06 Fernhill Foods - Pack review.txt", TXT))
    named = tmp_path / "2026-05-06 Fernhill Foods - Pack review.txt"
    meeting = ingest.build_meeting(named, transcript, "0" * 64)
    assert (meeting.date, meeting.client, meeting.title, meeting.date_source) == (
        dt.date(2026, 5, 6), "Fernhill Foods", "Pack review", "filename",
    )  # fmt: skip
    # speakers that are not in any attendee list still become attendees
    assert {a.name for a in meeting.attendees} == {"Dana Whitlock", "Owen Pryce"}

    (tmp_path / "2026-05-06 Fernhill Foods - Pack review.meeting.yaml").write_text(
        "client: Fernhill Foods Ltd\ndate: 2026-05-07\nattendees:\n"
        "  - {name: Dana Whitlock, side: client, role: Brand Manager}\n"
        "  - {name: Owen Pryce, side: agency}\n",
        encoding="utf-8",
    )
    meeting = ingest.build_meeting(named, transcript, "0" * 64)
    assert (meeting.date, meeting.client, meeting.title, meeting.date_source) == (
        dt.date(2026, 5, 7), "Fernhill Foods Ltd", "Pack review", "sidecar",
    )  # fmt: skip
    assert [a.side for a in meeting.attendees] == ["client", "agency"]

    plain = write(tmp_path, "call.txt", TXT)
    os.utime(plain, (dt.datetime(2026, 1, 9, 12).timestamp(),) * 2)
    meeting = ingest.build_meeting(plain, transcript, "0" * 64)
    assert (meeting.date, meeting.date_source, meeting.title) == (dt.date(2026, 1, 9), "mtime", "call")


def test_json_sidecar_and_invalid_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path, "call.txt", TXT)
    transcript, _ = ingest.read_transcript_file(path)
    (tmp_path / "call.meeting.json").write_text('{"client": "Acme", "date": "2026-02-02"}', encoding="utf-8")
    assert ingest.build_meeting(path, transcript, "0" * 64).client == "Acme"
    (tmp_path / "call.meeting.json").write_text('{"client": "Acme", "colour": "red"}', encoding="utf-8")
    with pytest.raises(InputFileError, match="^call.meeting.json: colour: unknown field"):
        ingest.build_meeting(path, transcript, "0" * 64)


def test_hash_and_supported_files(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "same")
    b = write(tmp_path, "b.txt", "same")
    assert ingest.sha256_file(a) == ingest.sha256_file(b)
    assert ingest.is_supported(Path("call.M4A")) and ingest.is_supported(Path("call.vtt"))
    assert not ingest.is_supported(Path("call.meeting.yaml"))
    assert not ingest.is_supported(Path("call.meeting.json"))
    assert not ingest.is_supported(Path("call.segments.json"))
    assert not ingest.is_supported(Path("notes.pdf"))


# --- sidecar errors: one line naming the file and the field, and what to write ----------------------------------
@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        ("date: 2027-02-30\n", "date: '2027-02-30' is not a day of the calendar; use YYYY-MM-DD, e.g. 2027-02-01"),
        ("date: 01/02/2027\n", "date: '01/02/2027' could be 1 February 2027 or January 2, 2027; write 2027-02-01 or"),
        ("date: the 1st\n", "date: 'the 1st' is not a date; use YYYY-MM-DD, e.g. 2027-02-01"),
        ("date: 2027-02-01 10:30\n", "date: '2027-02-01 10:30' is not a date; use YYYY-MM-DD"),
        ("attendees: Dana Whitlock\n", "attendees: input should be a valid list, not 'Dana Whitlock'; write one"),
        ("attendees:\n  - 42\n", "attendees[0]: 42 is not an attendee; write one attendee"),
        ("attendees:\n  - {name: Dana, side: Client}\n", "attendees[0].side: 'Client' is not allowed; use agency or"),
        ("attendees:\n  - {side: client}\n", "attendees[0].name: missing; every attendee needs a name"),
        ("client: 12\n", "client: input should be a valid string, not 12; write it as text (in quotes"),
        ("client: NO\n", "client: input should be a valid string, not false; write it as text"),
        ("distribution: [Dana, 3]\n", "distribution[1]: input should be a valid string, not 3"),
        (
            "client: Acme\ncolour: red\n",
            f"colour: unknown field; the fields allowed are {', '.join(MeetingMeta.model_fields)}",
        ),
        (
            "attendees:\n  - {name: Dana, phone: 555 0100}\n",
            "attendees[0].phone: unknown field; the fields allowed for an attendee are "
            + ", ".join(Attendee.model_fields),
        ),
        ("colour: red\nclient: 12\n", "(and 1 more problem)"),
        ("- client\n- date\n", "write the meeting's fields one a line, e.g. 'client: Acme'"),
        ("client: [Acme\n", "the YAML is not valid (line 2: expected ',' or ']'"),
    ],
)
def test_sidecar_errors_are_one_line_naming_file_field_and_fix(tmp_path: Path, sidecar: str, expected: str) -> None:
    path = write(tmp_path, "CALL.meeting.yaml", sidecar)
    with pytest.raises(InputFileError) as err:
        ingest.read_sidecar(path)
    message = str(err.value)
    assert message.startswith("CALL.meeting.yaml: ") and "\n" not in message
    assert expected in message


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        (
            '{"date": "2027-02-30"}',
            "CALL.meeting.json: date: '2027-02-30' is not a day of the calendar; use YYYY-MM-DD",
        ),
        ('{"date": 20270201}', "CALL.meeting.json: date: 20270201 is not a date; use YYYY-MM-DD"),
        ('{"client": "Acme",}', "CALL.meeting.json: the JSON is not valid (line 1: Expecting property name"),
    ],
)
def test_json_sidecar_errors(tmp_path: Path, sidecar: str, expected: str) -> None:
    with pytest.raises(InputFileError, match=re.escape(expected)):
        ingest.read_sidecar(write(tmp_path, "CALL.meeting.json", sidecar))


def test_sidecar_dates_are_read_as_written(tmp_path: Path) -> None:
    """Dates stay text until the schema reads them, so a date-like next meeting is text, not a YAML date."""
    meta = ingest.read_sidecar(write(tmp_path, "CALL.meeting.yaml", "date: 2027-02-01\nnext_meeting: 2027-03-01\n"))
    assert (meta.date, meta.next_meeting) == (dt.date(2027, 2, 1), "2027-03-01")


def test_a_far_meeting_date_is_read_and_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, "call.txt", TXT)
    transcript, _ = ingest.read_transcript_file(path)
    far = dt.date.today() + dt.timedelta(days=3 * 365 + 10)
    write(tmp_path, "call.meeting.yaml", f"date: {far.isoformat()}\n")
    with caplog.at_level(logging.WARNING, logger="pipeline.ingest"):
        assert ingest.build_meeting(path, transcript, "0" * 64).date == far
    assert [r.getMessage() for r in caplog.records] == [
        f"call.meeting.yaml: the meeting date {far.isoformat()} is 3 years from today; deadlines like 'by Friday' "
        "are resolved against it, so check it"
    ]
    caplog.clear()
    write(tmp_path, "call.meeting.yaml", f"date: {(dt.date.today() - dt.timedelta(days=300)).isoformat()}\n")
    ingest.build_meeting(path, transcript, "0" * 64)
    assert not caplog.records


@pytest.mark.parametrize(
    ("name", "sidecar", "expected"),
    [
        ("call.txt", "date: 9999-12-31\n", "call.meeting.yaml: date: 9999-12-31 is not a plausible meeting date; use"),
        ("0001-01-01 Acme - Kickoff.txt", None, "0001-01-01 Acme - Kickoff.txt: date: 0001-01-01 is not a plausible"),
    ],
)
def test_an_impossible_meeting_year_is_refused(tmp_path: Path, name: str, sidecar: str | None, expected: str) -> None:
    """Deadlines cannot be resolved after 9999-12-31 ('by Friday' overflowed the date type in the extractor)."""
    path = write(tmp_path, name, TXT)
    if sidecar:
        write(tmp_path, "call.meeting.yaml", sidecar)
    transcript, _ = ingest.read_transcript_file(path)
    with pytest.raises(InputFileError, match=re.escape(expected)):
        ingest.build_meeting(path, transcript, "0" * 64)


# --- broken timestamps: read what can be read, warn with file and line, never an end before its start -----------
def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("pipeline.") and r.levelno == logging.WARNING]


VTT_BROKEN = """WEBVTT

1
00:00:01.000 --> 00:00:0X.000
Dana Whitlock: Can you book the studio for Tuesday?

2
00:00:04.000 --> 00:00:03.000
Owen Pryce: Sure, will do.

3
00:00:05.000 --> 00:00:07.000 align:start position:10%
Dana Whitlock: Thanks.

4
00:00:61.000 --> 00:00:62.000
Owen Pryce: And the quotes.
"""


def test_vtt_broken_timings_are_read_without_times_and_warned(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        transcript, _ = ingest.read_transcript_file(write(tmp_path, "CALL.vtt", VTT_BROKEN))
    got = [(s.speaker, s.start, s.end, s.text) for s in transcript.segments]
    assert got == [
        ("Dana Whitlock", None, None, "Can you book the studio for Tuesday?"),
        ("Owen Pryce", 4.0, None, "Sure, will do."),
        ("Dana Whitlock", 5.0, 7.0, "Thanks."),
        ("Owen Pryce", None, None, "And the quotes."),
    ]
    assert warnings_of(caplog) == [
        "CALL.vtt line 4: cue timing '00:00:01.000 --> 00:00:0X.000' is not valid; the cue is read without times",
        "CALL.vtt line 8: cue '00:00:04.000 --> 00:00:03.000' ends before it starts; the cue is read without its end"
        " time",
        "CALL.vtt line 16: cue timing '00:00:61.000 --> 00:00:62.000' is not valid; the cue is read without times",
    ]


SRT_SLOPPY = """1
00:00:01,000 --> 00:00:02
Dana Whitlock: Let's go with the blue pack.

2
00:00:03,600 --> 00:00:06,000
Owen Pryce: Great.
3
00:00:06,500 --> 00:00:08,000
Owen Pryce: I'll brief the designers

tomorrow morning.
"""


def test_srt_timestamp_without_milliseconds_is_read_and_warned(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        transcript, _ = ingest.read_transcript_file(write(tmp_path, "CALL.srt", SRT_SLOPPY))
    got = [(s.speaker, s.start, s.end, s.text) for s in transcript.segments]
    assert got == [
        ("Dana Whitlock", 1.0, 2.0, "Let's go with the blue pack."),
        ("Owen Pryce", 3.6, 8.0, "Great. I'll brief the designers tomorrow morning."),
    ]
    assert warnings_of(caplog) == [
        "CALL.srt line 2: cue timing '00:00:01,000 --> 00:00:02' has no milliseconds; read as 00:00:01.000 --> "
        "00:00:02.000",
        "CALL.srt line 12: text outside any cue (no timing line before it); read without times",
    ]


def test_warnings_of_one_kind_are_counted_after_the_first_few(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    speaker = ("Ann", "Ben")
    cues = "".join(f"{k}\n00:00:{k:02d} --> 00:00:{k + 1:02d}\n{speaker[k % 2]}: line {k}.\n\n" for k in range(1, 21))
    with caplog.at_level(logging.WARNING):
        transcript, _ = ingest.read_transcript_file(write(tmp_path, "CALL.srt", cues))
    assert len(transcript.segments) == 20 and transcript.segments[-1].end == 21.0
    warned = warnings_of(caplog)
    assert len(warned) == 6
    assert warned[-1] == "CALL.srt: 15 more lines with timestamps without milliseconds were read the same way"


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("CALL.vtt", "", "the file is empty"),
        ("CALL.srt", "", "the file is empty"),
        ("CALL.txt", "", "the file is empty"),
        ("CALL.json", "", "the file is empty"),
        ("CALL.txt", " \n\n\t\n", "the transcript has no text"),
        ("CALL.vtt", "WEBVTT\n\nNOTE exported by Teams\n", "no cue found (a cue starts with a timing line like"),
        ("CALL.vtt", "WEBVTT - Zoom\nKind: captions\n\n", "no cue found"),
        ("CALL.srt", "Dana: hello\nOwen: hi\n", "no cue found"),
        ("CALL.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:03.000 --> 00:00:04.000\n", "has no text"),
        ("CALL.json", "[" * 100_000, "the JSON cannot be read"),
        ("CALL.json", '{"turns": []}', "the transcript has no text (its 'turns' are empty)"),
        ("CALL.json", '{"turns": [{"text": "hi", "speaker": 3}]}', "(turn 0: speaker: Input should be a valid string)"),
    ],
)
def test_transcripts_with_nothing_usable_are_one_line_errors(tmp_path: Path, name: str, text: str, reason: str) -> None:
    with pytest.raises(InputFileError) as err:
        ingest.read_transcript_file(write(tmp_path, name, text))
    assert str(err.value).startswith(f"{name}: ") and reason in str(err.value) and "\n" not in str(err.value)


def test_invalid_utf8_names_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "CALL.vtt"
    path.write_bytes(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nCaf" + b"\xe9 au lait\n")
    with pytest.raises(InputFileError) as err:
        ingest.read_transcript_file(path)
    assert str(err.value) == (
        "CALL.vtt: the transcript is not UTF-8 text (byte 0xe9 at line 4, column 4); save it as UTF-8"
    )
    path.write_bytes(b"\xef\xbb\xbfDana: ok\n\xff\n")  # after a BOM the place is still counted in the file's bytes
    with pytest.raises(InputFileError, match=r"byte 0xff at line 2, column 1\)"):
        ingest.read_transcript_file(path)


MB = 1 << 20
SAID = "we will send the deck by Friday. " * (MB // 33)
ON = "so on and on " * (MB // 13)


@pytest.mark.parametrize(
    ("name", "text", "tail", "length"),
    [
        ("words.txt", "Dana: " + SAID, "byFriday.", len(SAID.replace(" ", ""))),
        ("nospace.txt", "x" * MB, "x", MB),
        (
            "words.vtt",
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>" + ON,
            "on",
            len(ON.replace(" ", "")),
        ),
        ("angles.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + "<v " + " " * MB + "x", "<vx", 3),
        ("tags.srt", "1\n00:00:01,000 --> 00:00:02,000\n" + "<" * MB, "<", MB),
        ("label.txt", "Dana:" + " " * MB + "x", "x", 1),
        ("digits.srt", "1\n00:00:01,000 --> 00:00:02,000\n" + "1" * MB, "1", MB),
        ("arrows.srt", "1\n" + "-->" * (MB // 3) + "\ntext\n", "text", 4),
    ],
)
def test_a_one_megabyte_line_is_read_in_parts(tmp_path: Path, name: str, text: str, tail: str, length: int) -> None:
    """No regular expression backtracks over a long line (reading it takes about as long as reading a megabyte of
    ordinary lines, timed beside it: a backtracking pattern would take hundreds of times that); a turn too long for
    one spaCy doc is cut into parts."""
    ordinary = write(tmp_path, "ordinary.txt", "Dana: We open on the shelf by Friday.\n" * (MB // 38))
    started = time.perf_counter()
    ingest.read_transcript_file(ordinary)
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    transcript, _ = ingest.read_transcript_file(write(tmp_path, name, text))
    assert time.perf_counter() - started < 20 * baseline + 1.0
    assert all(len(s.text) <= transcripts.MAX_TURN_CHARS for s in transcript.segments)
    read = "".join(s.text for s in transcript.segments).replace(" ", "")
    assert read.endswith(tail) and len(read) == length


# --- turns: consecutive cues of one speaker ---------------------------------------------------------------------
def cue_file(*cues: tuple[float, float, str]) -> str:
    return "WEBVTT\n\n" + "".join(
        f"{k}\n00:00:{a:06.3f} --> 00:00:{b:06.3f}\n{text}\n\n" for k, (a, b, text) in enumerate(cues, 1)
    )


@pytest.mark.parametrize(
    ("cues", "turns"),
    [
        # one long utterance cut into cues: one turn, at a sentence end or in the middle of one
        ([(1, 4, "Ann: We open on the shelf."), (4.1, 8, "Ann: Then the pack turns.")], ["Ann"]),
        ([(1, 4, "Ann: We open on the"), (6.5, 8, "Ann: shelf, then the pack.")], ["Ann"]),
        # the speaker finished a sentence, then nobody spoke for more than two seconds: a new utterance
        ([(1, 4, "Ann: We open on the shelf."), (6.5, 8, "Ann: Any questions?")], ["Ann", "Ann"]),
        ([(1, 4, "Ann: Right."), (4.5, 6, "Bob: Yes."), (6.5, 8, "Ann: Good.")], ["Ann", "Bob", "Ann"]),
        # cues with no speaker are never joined: nothing says they are one person
        ([(1, 4, "We open on the"), (4.1, 8, "shelf.")], [None, None]),
        (
            [(1, 2, "<v Ann>Hello</v>"), (2, 3, "<v Ann>there.</v>"), (3.5, 4, "<v Bob>Hi.</v>")],
            ["Ann", "Bob"],
        ),
    ],
)
def test_turns_join_the_cues_of_one_utterance(tmp_path: Path, cues: list, turns: list) -> None:
    transcript, _ = ingest.read_transcript_file(write(tmp_path, "call.vtt", cue_file(*cues)))
    assert [s.speaker for s in transcript.segments] == turns


ZOOM_PRINTER = """WEBVTT

1
00:00:01.200 --> 00:00:03.900
Sarah Chen: Okay, so I'll send the revised brief over today.

2
00:00:04.100 --> 00:00:08.300
Sarah Chen: Marcus, can you get the printer quote to us by the end of next week?

3
00:00:09.000 --> 00:00:10.100
Marcus Bell: Yes, will do.
"""


def test_zoom_style_request_answered_by_name_label_is_an_action_item(tmp_path: Path) -> None:
    """Zoom labels each cue 'Name: text'. Sarah's two cues are one turn that commits her and then asks Marcus; the
    request must survive the commitment before it and become Marcus's item when he accepts."""
    from pipeline.extract import extract
    from pipeline.settings import Settings

    path = write(tmp_path, "CALL.vtt", ZOOM_PRINTER)
    write(
        tmp_path,
        "CALL.meeting.yaml",
        "client: Fernhill Foods\ndate: 2026-03-04\nattendees:\n"
        "  - {name: Sarah Chen, side: agency}\n  - {name: Marcus Bell, side: agency}\n",
    )
    transcript, meta = ingest.read_transcript_file(path)
    assert [s.speaker for s in transcript.segments] == ["Sarah Chen", "Marcus Bell"]
    meeting = ingest.build_meeting(path, transcript, ingest.sha256_file(path), meta)
    items = extract(transcript, meeting, Settings(models_dir=Path(__file__).resolve().parents[1] / "models"))
    quote = [i for i in items.action_items if "printer quote" in i.task]
    assert len(quote) == 1, items.action_items
    assert (quote[0].owner, quote[0].due, quote[0].turn) == ("Marcus Bell", dt.date(2026, 3, 13), 1)
    assert any(i.owner == "Sarah Chen" and "brief" in i.task for i in items.action_items)


@pytest.mark.slow
def test_debrief_process_prints_sidecar_errors_in_one_line_and_timing_warnings_on_stderr(tmp_path: Path) -> None:
    """As a user runs it: a bad sidecar is one line and exit 1 with nothing written; once fixed, the draft is made
    and the unreadable cue timing is named on stderr (the CLI shows warnings of pipeline.* loggers)."""
    import subprocess
    import sys

    call = write(tmp_path, "CALL.vtt", ZOOM_PRINTER.replace("00:00:08.300", "00:00:0X.300"))
    write(tmp_path, "CALL.meeting.yaml", "client: Fernhill Foods\ndate: 2027-02-30\n")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "process", str(call), "--out", str(tmp_path / "out")]
    failed = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    errors = [line for line in failed.stderr.splitlines() if "error" in line.lower()]
    assert errors == [
        "debrief: error: CALL.meeting.yaml: date: '2027-02-30' is not a day of the calendar; use YYYY-MM-DD, "
        "e.g. 2027-02-01"
    ]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())

    write(tmp_path, "CALL.meeting.yaml", "client: Fernhill Foods\ndate: 2027-02-01\n")
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert (
        "CALL.vtt line 8: cue timing '00:00:04.100 --> 00:00:0X.300' is not valid; the cue is read without times"
        in done.stderr
    )
    assert (tmp_path / "out" / "CALL.json").exists()


def test_a_linked_file_is_drafted_with_the_sidecar_beside_the_link(tmp_path: Path, settings) -> None:
    """A week of calls gathered as symbolic links (the recordings stay on the shared drive): each link's sidecar,
    beside the link, gives the meeting its date, client and attendees; it was looked for beside the target."""
    from pipeline.draft import draft_meeting

    drive, week = tmp_path / "drive", tmp_path / "week"
    drive.mkdir()
    week.mkdir()
    write(drive, "export-0042.vtt", VTT_VOICES)
    link = week / "toolkit call.vtt"
    link.symlink_to(drive / "export-0042.vtt")
    (week / "toolkit call.meeting.yaml").write_text(
        "client: Whitlock Retail\ndate: 2026-05-07\nattendees:\n"
        "  - {name: Dana Whitlock, side: client}\n  - {name: Owen Pryce, side: agency}\n",
        encoding="utf-8",
    )
    meeting = draft_meeting(link, settings.reports, settings).record.meeting
    assert (meeting.client, meeting.date, meeting.date_source, meeting.source_name) == (
        "Whitlock Retail", dt.date(2026, 5, 7), "sidecar", "toolkit call.vtt",
    )  # fmt: skip
