"""Google Meet's recording and its transcript as Drive hands them over, found by trying the product as a new user
would: "Kestrel WIP - 2026_11_10 14_02 GMT - Recording.mp4" and "… - Transcript.docx" (older calls: "Kestrel WIP
(2026-11-10 at 14_02 GMT-8).mp4" and "… - Transcript.docx") were two meetings, the recording transcribed for
nothing, and the recording dated by the file's time and titled with the whole name. They are one meeting now, drafted
from the transcript and played from the recording; a name with a whole date in it gives the date and the title."""

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
from pipeline.transcripts import heading_meta

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NEW = "Kestrel WIP - 2026_11_10 14_02 GMT"
OLD = "Kestrel WIP (2026-11-10 at 14_02 GMT-8)"


@pytest.mark.parametrize(
    ("recording", "transcript"),
    [
        (f"{NEW} - Recording.mp4", f"{NEW} - Transcript.docx"),
        ("Kestrel WIP – 2026_11_10 14_02 GMT – Recording.mp4", "Kestrel WIP – 2026_11_10 14_02 GMT – Transcript.docx"),
        (f"{OLD}.mp4", f"{OLD} - Transcript.docx"),
        ("Kestrel call - recording.m4a", "Kestrel call - transcript.txt"),  # the user's own naming, the same way
    ],
)
def test_a_meet_recording_and_its_transcript_are_one_meeting(recording: str, transcript: str) -> None:
    assert pair([Path(recording), Path(transcript)]) == [MeetingFiles(Path(transcript), Path(recording))]


def test_other_calls_do_not_pair() -> None:
    files = [Path(f"{NEW} - Recording.mp4"), Path("Kestrel WIP - 2026_11_17 14_02 GMT - Transcript.docx")]
    assert pair(files) == [MeetingFiles(files[0]), MeetingFiles(files[1])]
    assert pair([Path("Kestrel WIP.mp4"), Path("Kestrel WIP review - Transcript.docx")]) == [
        MeetingFiles(Path("Kestrel WIP.mp4")),
        MeetingFiles(Path("Kestrel WIP review - Transcript.docx")),
    ]


@pytest.mark.parametrize(
    "name",
    [
        f"{NEW} - Recording.mp4",
        f"{NEW} - Transcript.docx",
        "Kestrel WIP - 2026/11/10 14:02 GMT - Transcript",  # as the heading of the transcript itself
        f"{OLD}.mp4",
        "Kestrel WIP 2026-11-10.m4a",
        "Kestrel WIP 10 November 2026.m4a",
    ],
)
def test_a_name_with_a_whole_date_gives_the_date_and_the_title(name: str) -> None:
    meta = ingest.meta_from_filename(Path(name)) if "/" not in name else heading_meta([name])
    assert meta is not None and (meta.title, meta.date) == ("Kestrel WIP", dt.date(2026, 11, 10))


@pytest.mark.parametrize("name", ["Kestrel WIP v2.m4a", "Kestrel WIP 10.30.m4a", "call 2026.m4a", "build 1.2026.m4a"])
def test_a_name_without_a_whole_date_gives_none(name: str) -> None:
    assert ingest.meta_from_filename(Path(name)) is None


@pytest.mark.slow
def test_debrief_process_drafts_a_meet_call_once_from_its_transcript(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "pennant-social-review.vtt", tmp_path / f"{NEW} - Transcript.vtt")
    shutil.copy(SAMPLES / "pennant-social-review.ogg", tmp_path / f"{NEW} - Recording.ogg")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "process", str(tmp_path / f"{NEW} - Recording.ogg")]
    done = subprocess.run([*cmd, "--out", str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "nothing is transcribed" in done.stdout
    (drafted,) = (tmp_path / "out").glob("*.json")
    meeting = json.loads(drafted.read_text(encoding="utf-8"))["meeting"]
    assert (meeting["title"], meeting["date"]) == ("Kestrel WIP", "2026-11-10")
    assert meeting["playback_name"] == f"{NEW} - Recording.ogg"
