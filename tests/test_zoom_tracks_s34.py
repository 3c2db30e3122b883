"""Speakers from Zoom's separate audio file of each participant (issue 11: who said it). Zoom's recording on the
computer can write each participant's microphone alone beside the call's audio (``audioSarahMitchell<id>.m4a``, in
the call's folder or its ``Audio Record`` folder). Before, those files were ignored and the voices guessed: on the
sample call without a sidecar, two of three people were taken for one voice, so "Sure, I'll do that." had no owner
and the production estimate was the client's. Now each word is said by the participant whose track is loudest, and
the names are the ones Zoom wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import av
import numpy as np
import pytest
from docx import Document

from pipeline.schemas import Segment, Transcript, Word
from pipeline.speakers.tracks import attach_tracks, display_name, participant_tracks
from pipeline.transcribe import SAMPLE_RATE, decode

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "kestrel-cider-wip"
FOLDER = "2026-11-10 14.02.03 Kestrel weekly sync"


def write_m4a(sound: np.ndarray, path: Path) -> None:
    samples = (np.clip(sound, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
    with av.open(str(path), "w", format="ipod") as out:
        stream = out.add_stream("aac", rate=SAMPLE_RATE, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)


def recorded_apart(folder: Path, inside: str = "") -> None:
    """The sample call as Zoom records it with a track of each participant: each track is the call's sound while
    that person speaks (the sample's true turn times), silence otherwise."""
    (folder / inside).mkdir(parents=True, exist_ok=True)
    mix = decode(SAMPLE.with_suffix(".m4a"))
    write_m4a(mix, folder / "audio1587654321.m4a")
    turns = json.loads(SAMPLE.with_suffix(".segments.json").read_text(encoding="utf-8"))["segments"]
    for who in dict.fromkeys(t["speaker"] for t in turns):
        track = np.zeros_like(mix)
        for t in (t for t in turns if t["speaker"] == who):
            start, end = int(t["start"] * SAMPLE_RATE), int(t["end"] * SAMPLE_RATE)
            track[start:end] = mix[start:end]
        write_m4a(track, folder / inside / f"audio{who.replace(' ', '')}1587654321.m4a")


def test_zoom_writes_the_name_without_spaces() -> None:
    assert display_name("SarahChen") == "Sarah Chen"
    assert display_name("Tom_Reid") == "Tom Reid"
    assert display_name("ana") == "ana"


def test_each_participants_track_is_found_beside_the_call_or_in_audio_record(tmp_path: Path) -> None:
    call = tmp_path / FOLDER
    (call / "Audio Record").mkdir(parents=True)
    for path in [call / "audio1587654321.m4a", call / "audioSarahChen1587654321.m4a", call / "video1587654321.mp4",
                 call / "Audio Record" / "audioTomReid1587654321.m4a"]:  # fmt: skip
        path.write_bytes(b"\0")
    assert participant_tracks(call / "audio1587654321.m4a") == {
        "Sarah Chen": call / "audioSarahChen1587654321.m4a",
        "Tom Reid": call / "Audio Record" / "audioTomReid1587654321.m4a",
    }
    assert participant_tracks(call / "audioSarahChen1587654321.m4a") == {}  # a track has no tracks
    assert participant_tracks(tmp_path / "interview.m4a") == {}


def two_spoke(folder: Path) -> Transcript:
    """The call's audio and Sarah Chen's and Tom Reid's tracks in ``folder`` (Sarah speaks the first 1.5 s, Tom the
    rest), and its transcript as Whisper gives it: one segment, no speakers."""
    t = np.arange(3 * SAMPLE_RATE) / SAMPLE_RATE
    tone = 0.3 * np.sin(2 * np.pi * 220 * t)
    write_m4a(tone, folder / "audio1587654321.m4a")
    write_m4a(np.where(t < 1.5, tone, 0.0), folder / "audioSarahChen1587654321.m4a")
    write_m4a(np.where(t >= 1.5, tone, 0.0), folder / "audioTomReid1587654321.m4a")
    said = [("Can", 0.1), ("you?", 0.6), ("Sure,", 1.7), ("done.", 2.2)]
    words = [Word(text=w, start=s, end=s + 0.4) for w, s in said]
    return Transcript(
        source_kind="audio", segments=[Segment(index=0, start=0.1, end=2.6, text="Can you? Sure, done.", words=words)]
    )


SAID_APART = [("Sarah Chen", "Can you?"), ("Tom Reid", "Sure, done.")]


def test_a_word_is_said_by_the_loudest_track(tmp_path: Path) -> None:
    transcript = two_spoke(tmp_path)
    attached = attach_tracks(transcript, participant_tracks(tmp_path / "audio1587654321.m4a"))
    assert [(s.speaker, s.text) for s in attached.segments] == SAID_APART


@pytest.mark.slow
def test_a_call_zoom_recorded_apart_names_its_owners_without_a_sidecar(tmp_path: Path) -> None:
    recorded_apart(tmp_path / FOLDER, "Audio Record")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "process", str(tmp_path / FOLDER), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    record = json.loads((tmp_path / "out" / "audio1587654321.json").read_text(encoding="utf-8"))

    def owners(word: str) -> set[str]:
        return {item["owner"] for item in record["action_items"] if word in item["task"]}

    assert owners("estimate") == {"Sarah Mitchell"} and owners("contact report") == {"Sarah Mitchell"}
    assert owners("casting") == {"Tom Baker"}  # "Sure, I'll do that.", answering the client
    report = Document(str(tmp_path / "out" / "audio1587654321.contact-report.docx"))
    rows = [" ".join(c.text for c in row.cells) for table in report.tables for row in table.rows]
    assert any("production estimate" in row and "Sarah Mitchell" in row for row in rows)


def test_the_tracks_name_the_speakers_with_voice_finding_off(tmp_path: Path) -> None:
    """``DEBRIEF_DIARIZE=0`` turns off guessing speakers from their voices; Zoom's own track of each participant is
    no guess, so it still says who spoke (before, the setting dropped it and every "I'll" had no owner)."""
    from pipeline.draft import speakers_stage
    from pipeline.settings import Settings

    call = tmp_path / FOLDER
    call.mkdir()
    drafted = speakers_stage(call / "audio1587654321.m4a", two_spoke(call), None, Settings(diarize=False))
    assert [(s.speaker, s.text) for s in drafted.segments] == SAID_APART
