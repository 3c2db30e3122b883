"""Speed and memory plumbing (issue 13): the recording in pieces cut at quiet moments, the WER arithmetic of
``debrief bench --decoding``, where ``debrief process`` runs a meeting, and ``debrief bench --json`` itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from pipeline import audio_stream, runtime
from pipeline.bench_decoding import edit_distance, words
from tests.support import SAMPLES

RATE = audio_stream.SAMPLE_RATE


def write_wav(path: Path, audio: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def tone_with_gaps(seconds: float, gaps: list[float]) -> np.ndarray:
    """A 220 Hz tone with 0.4-s silences starting at ``gaps`` (seconds)."""
    t = np.arange(int(seconds * RATE)) / RATE
    audio = (0.5 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
    for g in gaps:
        audio[int(g * RATE) : int((g + 0.4) * RATE)] = 0
    return audio


def test_pieces_cover_the_recording_once_and_cut_in_the_silences(tmp_path: Path) -> None:
    audio = tone_with_gaps(100.0, [27.0, 55.5, 83.2])
    path = write_wav(tmp_path / "tone.wav", audio)
    got = list(audio_stream.pieces(path, chunk_seconds=30, search_seconds=10))
    offsets = [o for o, _ in got]
    assert offsets[0] == 0 and len(got) >= 3
    assert all(o + p.size == nxt for (o, p), nxt in zip(got, offsets[1:], strict=False))  # contiguous, no overlap
    assert sum(p.size for _, p in got) == audio.size
    for cut in offsets[1:]:
        assert np.abs(audio[cut - 400 : cut + 400]).max() < 1e-3, f"cut at {cut / RATE:.2f}s is not in a silence"
    assert np.allclose(np.concatenate([p for _, p in got]), audio, atol=1 / 16384)


def test_a_recording_shorter_than_a_piece_is_one_piece(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "short.wav", tone_with_gaps(5.0, []))
    [(offset, piece)] = list(audio_stream.pieces(path, chunk_seconds=600))
    assert offset == 0 and piece.size == 5 * RATE


def test_quiet_point_finds_the_quietest_tenth_of_a_second() -> None:
    audio = np.ones(10 * RATE, dtype=np.float32)
    audio[int(6.3 * RATE) : int(6.4 * RATE)] = 0
    assert abs(audio_stream.quiet_point(audio, 5 * RATE, 8 * RATE) / RATE - 6.35) < 0.01


@pytest.mark.parametrize(
    ("reference", "hypothesis", "errors"),
    [
        ("the cat sat", "the cat sat", 0),
        ("the cat sat", "the bat sat", 1),  # substitution
        ("the cat sat", "the sat", 1),  # deletion
        ("the cat sat", "the cat sat down", 1),  # insertion
        ("", "hello", 1),
    ],
)
def test_word_edit_distance(reference: str, hypothesis: str, errors: int) -> None:
    assert edit_distance(reference.split(), hypothesis.split()) == errors


def test_wer_words_ignore_case_and_punctuation() -> None:
    assert words("Okay, so: the Q3 plan -- agreed!") == ["okay", "so", "the", "q3", "plan", "agreed"]


def test_without_a_server_process_runs_plainly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    assert runtime.prefect_api_url() is None
    (tmp_path / "profiles.toml").write_text(
        'active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://prefect.internal:4200/api"\n'
    )
    assert runtime.prefect_api_url() == "http://prefect.internal:4200/api"
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert runtime.prefect_api_url() == "http://127.0.0.1:4200/api"


@pytest.mark.slow
def test_transcribing_in_pieces_keeps_the_recordings_clock(settings) -> None:
    """The same recording whole and in 30-s pieces: word timestamps on one clock, in order, about the same words."""
    from pipeline import transcribe

    source = SAMPLES / "kestrel-cider-wip.m4a"
    whole = transcribe.transcribe(source, settings)
    pieces = transcribe.transcribe(source, settings.model_copy(update={"whisper_chunk_seconds": 30.0}))
    starts = [w.start for s in pieces.segments for w in s.words]
    assert starts == sorted(starts) and starts[-1] > 60 and pieces.duration == whole.duration
    a = {w.text.lower().strip(".,?!") for s in whole.segments for w in s.words}
    b = {w.text.lower().strip(".,?!") for s in pieces.segments for w in s.words}
    assert len(a & b) / len(a | b) > 0.8


@pytest.mark.slow
def test_bench_json_reports_ratio_rtf_stages_and_memory(tmp_path: Path) -> None:
    sample = SAMPLES / "kestrel-cider-wip.m4a"
    command = [sys.executable, "-m", "pipeline.cli", "bench", str(sample), "--json"]
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path)}
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["audio_s"] == pytest.approx(73.5, abs=1)
    assert result["ratio"] == pytest.approx(result["pipeline"]["wall_s"] / result["bare"]["wall_s"], rel=0.01)
    assert result["rtf"] == result["pipeline"]["rtf"] > 0
    assert {"transcribe", "extract", "write", "save"} <= set(result["stages_s"])
    assert result["extraction_words"] > 50 and result["extraction_words_per_s"] > 0
    assert result["extraction_words_per_cpu_s"] >= result["extraction_words_per_s"]  # CPU time <= wall time
    assert result["model_load_s"] > 0 and result["peak_rss_mb"] > 100
