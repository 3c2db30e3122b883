"""A Teams meeting's recording and its transcript as a user downloads them, found by trying the product as a new
user would. Teams saves the recording as ``<subject>-20261110_140203-Meeting Recording.mp4`` (newer:
``…_140203UTC-Meeting Recording.mp4``) and names a transcript downloaded from the meeting's Recap after the meeting
alone (``<subject>.vtt`` or ``.docx``). Dropped together they were two meetings: the recording transcribed for
nothing, and the transcript's report dated the day it was downloaded. They are one meeting now, drafted from the
transcript, played from the recording and dated by the recording's name."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.pairing import MeetingFiles, pair

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SUBJECT = "Pennant social review"


@pytest.mark.parametrize("start", ["20261110_140203", "20261110_140203UTC"])
@pytest.mark.parametrize("suffix", [".vtt", ".docx"])
def test_a_teams_recording_and_the_transcript_named_after_its_meeting_are_one_meeting(start: str, suffix: str) -> None:
    recording, transcript = Path(f"{SUBJECT}-{start}-Meeting Recording.mp4"), Path(f"{SUBJECT}{suffix}")
    assert pair([recording, transcript]) == [MeetingFiles(transcript, recording)]


def test_another_meetings_transcript_does_not_pair() -> None:
    files = [Path(f"{SUBJECT}-20261110_140203-Meeting Recording.mp4"), Path("Pennant social review prep.vtt")]
    assert pair(files) == [MeetingFiles(files[0]), MeetingFiles(files[1])]


def test_the_recordings_name_dates_and_titles_its_transcript(tmp_path: Path) -> None:
    transcript = tmp_path / f"{SUBJECT}.vtt"
    shutil.copy(SAMPLES / "pennant-social-review.vtt", transcript)
    recording = tmp_path / f"{SUBJECT}-20261110_140203UTC-Meeting Recording.mp4"
    assert ingest.meta_from_filename(recording) == ingest.MeetingMeta(title=SUBJECT, date=dt.date(2026, 11, 10))
    sources = ingest.read_metadata(transcript, sidecar=False, partner=recording)
    assert sources.date == (dt.date(2026, 11, 10), "filename")


@pytest.mark.slow
def test_debrief_batch_drafts_a_teams_meeting_once_from_its_transcript(tmp_path: Path) -> None:
    drop = tmp_path / "week"
    drop.mkdir()
    shutil.copy(SAMPLES / "pennant-social-review.vtt", drop / f"{SUBJECT}.vtt")
    shutil.copy(SAMPLES / "pennant-social-review.ogg", drop / f"{SUBJECT}-20261110_140203-Meeting Recording.ogg")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(drop), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    (drafted,) = (tmp_path / "out").glob("*.json")
    meeting = json.loads(drafted.read_text(encoding="utf-8"))["meeting"]
    assert (meeting["title"], meeting["date"]) == (SUBJECT, "2026-11-10")
    assert meeting["playback_name"] == f"{SUBJECT}-20261110_140203-Meeting Recording.ogg"
