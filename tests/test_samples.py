"""The sample meetings in ``samples/`` are complete and consistent.

Every recording has its script (``samples/scripts/``), sidecar (a valid ``MeetingMeta``), segments file with the
true turn times, and expected extraction (``samples/expected/``); expected due dates are on or after the meeting
date; the audio stays small and decodes (with faster-whisper's own decoder) to 60-120 s.
Regenerate the audio with ``python samples/make_samples.py`` (needs espeak-ng).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from pipeline.ingest import FILENAME_RE, read_transcript_file
from pipeline.schemas import MeetingMeta
from pipeline.settings import AUDIO_SUFFIXES
from tests.support import SAMPLES

AUDIO = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in AUDIO_SUFFIXES)
MAX_TOTAL_BYTES = 3 * 1024 * 1024


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _script(audio: Path) -> dict:
    return _json(SAMPLES / "scripts" / f"{audio.stem}.json")


def _sidecar(audio: Path) -> MeetingMeta:
    raw = yaml.safe_load((SAMPLES / f"{audio.stem}.meeting.yaml").read_text(encoding="utf-8"))
    return MeetingMeta.model_validate(raw)


ids = [p.name for p in AUDIO]


def test_there_are_samples():
    assert len(AUDIO) >= 3
    assert any(FILENAME_RE.match(p.stem) for p in AUDIO), "one sample should use the 'YYYY-MM-DD Client - Title' name"
    assert any((SAMPLES / f"{p.stem}.vtt").exists() for p in AUDIO), "one sample should also have a .vtt transcript"


def test_total_audio_size_is_small():
    total = sum(p.stat().st_size for p in AUDIO)
    assert total < MAX_TOTAL_BYTES, f"{total} bytes of sample audio"


@pytest.mark.parametrize("audio", AUDIO, ids=ids)
def test_every_sample_has_its_files(audio: Path):
    for path in (
        SAMPLES / "scripts" / f"{audio.stem}.json",
        SAMPLES / f"{audio.stem}.meeting.yaml",
        SAMPLES / f"{audio.stem}.segments.json",
        SAMPLES / "expected" / f"{audio.stem}.json",
    ):
        assert path.is_file(), f"missing {path.relative_to(SAMPLES.parent)}"


@pytest.mark.parametrize("audio", AUDIO, ids=ids)
def test_sidecar_matches_script(audio: Path):
    meta, script = _sidecar(audio), _script(audio)
    date = dt.date.fromisoformat(script["meeting_date"])
    assert meta.date == date
    assert date.weekday() < 5, "meetings are on weekdays"
    assert (meta.client, meta.agency) == (script["client"], script["agency"])
    assert [(a.name, a.side) for a in meta.attendees] == [(a["name"], a["org"]) for a in script["attendees"]]
    assert set(script["voices"]) == {a["name"] for a in script["attendees"]}
    if match := FILENAME_RE.match(audio.stem):
        assert match["date"] == script["meeting_date"]
        assert match["client"] == meta.client


@pytest.mark.parametrize("audio", AUDIO, ids=ids)
def test_segments_are_the_script_turns_in_time_order(audio: Path):
    script, segs = _script(audio), _json(SAMPLES / f"{audio.stem}.segments.json")
    assert segs["audio"] == audio.name
    turns = segs["segments"]
    assert [(t["speaker"], t["text"]) for t in turns] == [(t["speaker"], t["text"]) for t in script["turns"]]
    last_end = 0.0
    for turn in turns:
        assert last_end <= turn["start"] < turn["end"] <= segs["duration"]
        last_end = turn["end"]


@pytest.mark.parametrize("audio", AUDIO, ids=ids)
def test_expected_extraction_is_consistent(audio: Path):
    script, expected = _script(audio), _json(SAMPLES / "expected" / f"{audio.stem}.json")
    assert expected["meeting_id"] == script["meeting_id"] == audio.stem
    date = dt.date.fromisoformat(script["meeting_date"])
    names = {a["name"] for a in script["attendees"]}
    turns = script["turns"]
    assert 3 <= len(expected["action_items"]) <= 5
    assert 2 <= len(expected["agreements"]) <= 4
    for item in expected["action_items"]:
        owners = item["owner"] if isinstance(item["owner"], list) else [item["owner"]]
        assert all(o in names | {"agency", "client"} for o in owners), item
        assert item["task"]
        if item["due"] is not None:
            assert item["due_text"], item
            assert dt.date.fromisoformat(item["due"]) >= date, item
    for item in expected["action_items"] + expected["agreements"] + expected.get("distractors", []):
        assert item["quote"] in turns[item["turn"]]["text"], item


@pytest.mark.parametrize("audio", AUDIO, ids=ids)
def test_audio_decodes_to_the_scripted_length(audio: Path):
    from faster_whisper import decode_audio

    samples = decode_audio(str(audio), sampling_rate=16_000)
    seconds = len(samples) / 16_000
    assert 60 <= seconds <= 120
    # AAC decoders that ignore the edit list keep the encoder's 1024-sample priming (64 ms) at the start.
    assert abs(seconds - _json(SAMPLES / f"{audio.stem}.segments.json")["duration"]) < 0.25


@pytest.mark.parametrize("vtt", sorted(SAMPLES.glob("*.vtt")), ids=lambda p: p.name)
def test_vtt_transcript_reads_back_as_the_script_turns(vtt: Path):
    transcript, _ = read_transcript_file(vtt)
    script = _json(SAMPLES / "scripts" / f"{vtt.stem}.json")
    assert [s.speaker for s in transcript.segments] == [t["speaker"] for t in script["turns"]]
    assert [s.text for s in transcript.segments] == [t["text"] for t in script["turns"]]
