"""Ingest: metadata precedence, hashing, and one import test per transcript format."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.errors import InputFileError

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
        ("empty.vtt", "WEBVTT\n", "no text"),
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
    with pytest.raises(InputFileError, match="sidecar is not valid"):
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
