"""Recordings as people's own tools save them, found by trying the product as a new user would: a QuickTime screen
recording of the call (.mov), OBS's default .mkv, a phone's .3gp / .amr / .aac, Windows' .wma and a Mac's .aiff were
refused ("unsupported file type '.mov'") and moved to ``failed/``, though PyAV reads them all. They are drafted now,
and kept for the review page's playback as an .m4a, which every browser plays (none plays .amr, .wma or .aiff)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import av
import numpy as np
import pytest

from pipeline import playback
from pipeline.draft import resolve_input
from pipeline.schemas import Meeting
from pipeline.settings import Settings
from pipeline.transcribe import SAMPLE_RATE, decode

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "kestrel-cider-wip.m4a"
# the container and codec each tool writes
SAVED_BY = {
    ".mov": ("mov", "aac"),  # QuickTime, an iPhone
    ".m4v": ("mp4", "aac"),
    ".mkv": ("matroska", "aac"),  # OBS
    ".aac": ("adts", "aac"),
    ".3gp": ("3gp", "aac"),  # Android recorders
    ".amr": ("amr", "amr_nb"),
    ".wma": ("asf", "wmav2"),  # Windows
    ".aiff": ("aiff", "pcm_s16be"),  # a Mac
    ".caf": ("caf", "pcm_s16le"),
}


def saved_as(folder: Path, suffix: str, seconds: float = 12.0, stem: str = "call") -> Path:
    """The first ``seconds`` of the sample call, written as the tool that makes ``suffix`` files writes it."""
    container, codec = SAVED_BY[suffix]
    rate = 8000 if codec == "amr_nb" else SAMPLE_RATE
    sound = decode(SAMPLE)[: int(seconds * SAMPLE_RATE)][:: SAMPLE_RATE // rate]
    path = folder / f"{stem}{suffix}"
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        stream.bit_rate = 32_000
        fmt = "fltp" if codec == "wmav2" else "s16"
        data = sound.astype(np.float32) if fmt == "fltp" else (sound * 32767).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(data.reshape(1, -1), format=fmt, layout="mono")
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return path


def recorded(path: Path, sha: str) -> Meeting:
    return Meeting(
        meeting_id="m1", title="Call", date=dt.date(2026, 11, 10), source_name=path.name, source_kind="audio",
        content_sha256=sha * 64, playback_name=path.name,
    )  # fmt: skip


@pytest.mark.parametrize("suffix", sorted(SAVED_BY))
def test_a_recording_saved_by_the_users_own_tool_is_taken_and_decoded(tmp_path: Path, suffix: str) -> None:
    path = saved_as(tmp_path, suffix)
    assert resolve_input(path) == path
    assert abs(decode(path).size / SAMPLE_RATE - 12.0) < 0.5


def test_a_recording_no_browser_plays_is_kept_as_m4a(tmp_path: Path, settings: Settings) -> None:
    path = saved_as(tmp_path, ".amr")
    meeting = recorded(path, "a")
    kept = playback.keep(path, meeting, settings)
    assert kept is not None and kept.suffix == ".m4a" and playback.playable(settings, meeting) == kept
    with av.open(str(kept)) as played:
        assert played.streams.audio[0].codec_context.name == "aac"
    assert abs(decode(kept).size / SAMPLE_RATE - 12.0) < 0.5
    assert playback.keep(path, meeting, settings) == kept  # kept once


def test_a_recording_a_browser_plays_is_kept_as_it_is(tmp_path: Path, settings: Settings) -> None:
    meeting = recorded(SAMPLE, "b")
    kept = playback.keep(SAMPLE, meeting, settings)
    assert kept is not None and kept.suffix == ".m4a" and kept.read_bytes() == SAMPLE.read_bytes()


@pytest.mark.slow
def test_debrief_process_drafts_a_quicktime_recording(tmp_path: Path) -> None:
    path = saved_as(tmp_path, ".mov", seconds=30.0, stem="Kestrel call")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "process", str(path), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    record = json.loads((tmp_path / "out" / "Kestrel call.json").read_text(encoding="utf-8"))
    assert record["meeting"]["playback_name"] == "Kestrel call.mov"
    assert len(record["transcript"]["segments"]) >= 2
    assert [p.suffix for p in (tmp_path / "home" / "recordings").iterdir()] == [".m4a"]
