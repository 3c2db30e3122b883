"""A Zoom cloud recording downloaded as Zoom names it, found by trying the product as a new user would: the
transcript ``GMT20261110-140203_Recording.transcript.vtt`` and the audio ``GMT20261110-140203_Recording.m4a`` were
drafted as two meetings (the audio transcribed for nothing), their video and closed captions as more, and each
dated by the files' modification time (today) when the name gives the day of the call. Teams names its recording
``<title>-20261110_140203-Meeting Recording.mp4``: the title and day are in it too."""

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
from pipeline.settings import Settings
from pipeline.watch import watch

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CALL = "GMT20261110-140203_Recording"


def test_a_zoom_calls_files_are_one_meeting() -> None:
    files = [Path(f"{CALL}_1920x1080.mp4"), Path(f"{CALL}.m4a"), Path(f"{CALL}.cc.vtt"), Path(f"{CALL}.transcript.vtt")]
    assert pair(files) == [
        MeetingFiles(
            Path(f"{CALL}.transcript.vtt"),  # the transcript with speakers, not the closed captions
            Path(f"{CALL}.m4a"),  # played from the audio, not the video
            (Path(f"{CALL}.cc.vtt"), Path(f"{CALL}_1920x1080.mp4")),
        )
    ]


def test_a_zoom_calls_audio_and_video_without_a_transcript_are_one_meeting() -> None:
    files = [Path(f"{CALL}_gallery_1280x720.mp4"), Path(f"{CALL}.m4a"), Path("GMT20261111-090000_Recording.m4a")]
    assert pair(files) == [
        MeetingFiles(Path(f"{CALL}.m4a"), None, (Path(f"{CALL}_gallery_1280x720.mp4"),)),
        MeetingFiles(Path("GMT20261111-090000_Recording.m4a")),  # another call
    ]


def test_other_files_pair_as_before() -> None:
    files = [Path("a.m4a"), Path("a.vtt"), Path("b.m4a"), Path("b.mp4")]
    assert pair(files) == [
        MeetingFiles(Path("a.vtt"), Path("a.m4a")),
        MeetingFiles(Path("b.m4a")),
        MeetingFiles(Path("b.mp4")),
    ]


@pytest.mark.parametrize(
    ("name", "date", "title"),
    [
        (f"{CALL}.transcript.vtt", dt.date(2026, 11, 10), None),
        (f"{CALL}_1920x1080.mp4", dt.date(2026, 11, 10), None),
        ("Kestrel WIP-20261110_140203-Meeting Recording.mp4", dt.date(2026, 11, 10), "Kestrel WIP"),
        ("2026-11-10 Kestrel Cider - WIP.m4a", dt.date(2026, 11, 10), "WIP"),
    ],
)
def test_the_name_a_service_gives_a_recording_dates_the_meeting(name: str, date: dt.date, title: str | None) -> None:
    meta = ingest.meta_from_filename(Path(name))
    assert meta is not None and (meta.date, meta.title) == (date, title)


def zoom_download(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLES / "pennant-social-review.vtt", folder / f"{CALL}.transcript.vtt")
    shutil.copy(SAMPLES / "pennant-social-review.vtt", folder / f"{CALL}.cc.vtt")
    shutil.copy(SAMPLES / "pennant-social-review.ogg", folder / f"{CALL}.m4a")


@pytest.mark.slow
def test_debrief_batch_drafts_a_zoom_download_once(tmp_path: Path) -> None:
    zoom_download(tmp_path / "week")
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(tmp_path / "week"), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    drafted = sorted(p.name for p in (tmp_path / "out").glob("GMT*.json"))
    assert drafted == [f"{CALL}.transcript.json"]
    meeting = json.loads((tmp_path / "out" / drafted[0]).read_text(encoding="utf-8"))["meeting"]
    assert meeting["date"] == "2026-11-10"
    assert meeting["playback_name"] == f"{CALL}.m4a"
    assert f"{CALL}.cc.vtt (another copy of the call, not drafted)" in done.stdout + done.stderr


@pytest.mark.slow
def test_a_zoom_download_dropped_in_the_watched_folder_is_one_meeting(settings: Settings) -> None:
    zoom_download(settings.inbox)
    outcomes = watch(None, settings, once=True, settle=0.2, interval=0.05, preload=False, echo=lambda _line: None)
    assert [(o.name, o.status) for o in outcomes] == [(f"{CALL}.transcript.vtt", "done")]
    assert sorted(p.name for p in settings.processed.iterdir()) == sorted(
        [f"{CALL}.transcript.vtt", f"{CALL}.cc.vtt", f"{CALL}.m4a"]
    )
    assert not list(settings.inbox.iterdir())


def test_zooms_audio_arriving_after_its_transcript_is_that_meetings_recording(
    settings: Settings, tmp_path: Path
) -> None:
    """Zoom offers the transcript first: the audio downloaded later is kept for the meeting drafted from it (its stem
    is the call's, not the transcript's ``….transcript``), not transcribed into a second meeting; another call's
    audio is not."""
    from pipeline.draft import draft_meeting
    from pipeline.playback import awaiting
    from tests.pairing_support import write_vtt

    draft_meeting(write_vtt(tmp_path, stem=f"{CALL}.transcript"), settings.reports, settings)
    assert awaiting(tmp_path / f"{CALL}.m4a", dt.date(2026, 11, 10), 22.0, settings) is not None
    assert awaiting(tmp_path / "GMT20261110-160000_Recording.m4a", dt.date(2026, 11, 10), 22.0, settings) is None
