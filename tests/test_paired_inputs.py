"""A transcript dropped with the recording of the same meeting: drafted once from the transcript's words and
speakers, with no transcription, the recording kept for playback; through ``debrief process``, ``watch`` and
``batch``, and served by the review app from the workspace only."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest
from docx import Document
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pipeline.batch import run_batch
from pipeline.pairing import MeetingFiles
from pipeline.review import create_app
from pipeline.settings import Settings
from pipeline.store import MeetingRow, store_for
from pipeline.watch import Watcher
from pipeline.workers import Job, JobResult
from tests.pairing_support import (
    CUES,
    STEM,
    draft_noting_transcription,
    transcribed,
    write_vtt,
    write_wav,
)


def quiet(_line: str) -> None:
    pass


@pytest.fixture
def no_whisper(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No Whisper model on this machine: any transcription would fail."""
    monkeypatch.setenv("DEBRIEF_WHISPER_MODEL_DIR", str(tmp_path / "no-whisper-model-here"))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)


def record_of(settings: Settings) -> dict:
    (row,) = store_for(settings).list_meetings()
    return row.record


# --- debrief process ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("given", [["vtt"], ["wav"], ["wav", "vtt"]])
def test_process_drafts_a_pair_from_the_transcript_without_transcribing(
    settings: Settings, no_whisper: None, tmp_path: Path, given: list[str]
) -> None:
    from pipeline.cli import app

    calls = tmp_path / "calls"  # outside the workspace, as a user's Downloads folder is
    calls.mkdir()
    files = {"vtt": write_vtt(calls), "wav": write_wav(calls)}

    result = CliRunner().invoke(app, ["process", *(str(files[g]) for g in given)])

    assert result.exit_code == 0, result.output
    assert f"{STEM}.vtt: with the recording {STEM}.wav" in result.output
    assert store_for(settings).count(MeetingRow) == 1  # given both: one meeting, not two
    record = record_of(settings)
    meeting, segments = record["meeting"], record["transcript"]["segments"]
    assert (meeting["source_name"], meeting["source_kind"], meeting["playback_name"]) == (
        f"{STEM}.vtt", "vtt", f"{STEM}.wav",
    )  # fmt: skip
    # the words and speakers are the transcript's, with its timings: nothing came from the tone in the recording
    assert [(s["start"], s["speaker"], s["text"]) for s in segments] == [(c[0], c[2], c[3]) for c in CUES]
    assert record["transcript"]["model"] is None
    owners = {a["owner"] for a in record["action_items"] if "menu boards" in a["task"]}
    assert owners == {"Maya Osei"}  # "I'll send…" said by the transcript's speaker
    # the recording is kept in the workspace for the review page, byte for byte
    (kept,) = (settings.home / "recordings").iterdir()
    assert kept.read_bytes() == files["wav"].read_bytes()
    assert all(f.exists() for f in files.values())  # debrief process leaves the user's files where they are
    footer = Document(str(settings.reports / f"{STEM}.contact-report.docx")).sections[0].footer.paragraphs
    assert f"Drafted automatically from {STEM}.vtt (recording: {STEM}.wav)." in " ".join(p.text for p in footer)


def test_a_recording_arriving_after_its_transcript_is_that_meetings_recording(
    settings: Settings, no_whisper: None, tmp_path: Path
) -> None:
    """Teams gives the transcript first and the recording later: the recording, drafted on its own an hour after,
    is kept for the meeting drafted from the transcript, not transcribed into a second meeting (which failed before:
    no Whisper here, and a second meeting where there is one)."""
    from pipeline.cli import app

    vtt = write_vtt(tmp_path)
    assert CliRunner().invoke(app, ["process", str(vtt)]).exit_code == 0
    later = tmp_path / "downloaded-later"  # not beside the transcript, so nothing pairs them by folder
    later.mkdir()
    wav = write_wav(later)
    result = CliRunner().invoke(app, ["process", str(wav)])

    assert result.exit_code == 0, result.output
    assert f"{wav.name}: the recording of {vtt.name}, drafted earlier; kept for its playback" in result.output
    assert store_for(settings).count(MeetingRow) == 1
    assert record_of(settings)["meeting"]["playback_name"] == wav.name
    (kept,) = (settings.home / "recordings").iterdir()
    assert kept.read_bytes() == wav.read_bytes()
    assert any(a.action == "attach recording" for a in store_for(settings).audit())


@pytest.mark.parametrize(
    ("transcript", "recording"),
    [
        ("Kestrel WIP.vtt", "Kestrel WIP-20261110_140203-Meeting Recording.wav"),  # Teams (session 35)
        ("Kestrel WIP - 2026_11_10 14_02 GMT - Transcript.vtt", "Kestrel WIP - 2026_11_10 14_02 GMT - Recording.wav"),
    ],
)
def test_a_late_recording_named_the_teams_or_meet_way_is_that_meetings_recording(
    settings: Settings, no_whisper: None, tmp_path: Path, transcript: str, recording: str
) -> None:
    """Teams names the recording by the meeting's subject and start and the transcript by the subject alone; Meet
    ends them "- Recording" and "- Transcript". A recording downloaded after its transcript was drafted was
    transcribed into a second meeting (here: failed, no Whisper), its name not the transcript's stem."""
    from pipeline.cli import app

    vtt = write_vtt(tmp_path, stem=transcript.removesuffix(".vtt"))
    os.utime(vtt, (dt.datetime(2026, 11, 10, 15).timestamp(),) * 2)  # saved the day of the call
    assert CliRunner().invoke(app, ["process", str(vtt)]).exit_code == 0
    later = tmp_path / "downloaded-later"
    later.mkdir()
    wav = write_wav(later, name=recording)
    result = CliRunner().invoke(app, ["process", str(wav)])

    assert result.exit_code == 0, result.output
    assert store_for(settings).count(MeetingRow) == 1
    assert record_of(settings)["meeting"]["playback_name"] == wav.name


@pytest.mark.parametrize(("seconds", "days", "same"), [(22.0, 0, True), (300.0, 0, False), (22.0, 7, False)])
def test_a_late_recording_must_be_of_the_same_length_and_days(
    settings: Settings, tmp_path: Path, seconds: float, days: int, same: bool
) -> None:
    """The same stem next week ('Weekly call.m4a'), or a recording far longer than the transcript's words, is
    another meeting."""
    import datetime as dt

    from pipeline.draft import draft_meeting
    from pipeline.playback import awaiting

    vtt = write_vtt(tmp_path)
    draft_meeting(vtt, settings.reports, settings)
    on = dt.date(2027, 3, 4) + dt.timedelta(days=days)
    found = awaiting(tmp_path / f"{STEM}.m4a", on, seconds, settings)
    assert (found is not None) == same


@pytest.mark.parametrize("sidecar_of", ["transcript", "recording"])
def test_process_pairs_files_of_other_names_that_a_sidecar_names(
    settings: Settings, no_whisper: None, tmp_path: Path, sidecar_of: str
) -> None:
    """Teams names the transcript after the meeting, the recorder after itself: the sidecar of either joins them,
    and its details are the meeting's whichever file it sits beside."""
    from pipeline.cli import app

    vtt, wav = write_vtt(tmp_path, "Launch check-in"), write_wav(tmp_path, "zoom_0.wav")
    other = {"transcript": f"recording: {wav.name}", "recording": f"transcript: {vtt.name}"}[sidecar_of]
    owner = vtt if sidecar_of == "transcript" else wav
    owner.with_name(f"{owner.stem}.meeting.yaml").write_text(
        f"client: Harbour Coffee\ndate: 2027-03-04\n{other}\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["process", str(wav)])  # given the recording: its transcript is found
    assert result.exit_code == 0, result.output
    meeting = record_of(settings)["meeting"]
    assert (meeting["source_name"], meeting["playback_name"]) == (vtt.name, wav.name)
    assert (meeting["client"], meeting["date"], meeting["date_source"]) == ("Harbour Coffee", "2027-03-04", "sidecar")


def test_the_recording_is_copied_when_it_cannot_be_linked(
    settings: Settings, no_whisper: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another disk than the workspace's: no hard link across devices, so the recording is copied."""
    import errno
    import os

    from pipeline.draft import draft_meeting

    def cross_device(_src: object, _dst: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", cross_device)
    vtt, wav = write_vtt(tmp_path), write_wav(tmp_path)
    draft_meeting(vtt, settings.reports, settings, recording=wav)
    (kept,) = (settings.home / "recordings").iterdir()
    assert kept.read_bytes() == wav.read_bytes() and kept.stat().st_ino != wav.stat().st_ino
    assert [p.name for p in (settings.home / "recordings").iterdir() if p.name.startswith(".")] == []


def test_process_names_the_recording_when_it_is_the_broken_one(
    settings: Settings, no_whisper: None, tmp_path: Path
) -> None:
    from pipeline.cli import app

    write_vtt(tmp_path)
    (tmp_path / f"{STEM}.m4a").write_bytes(b"this is not a recording")
    result = CliRunner().invoke(app, ["process", str(tmp_path / f"{STEM}.vtt")])
    assert result.exit_code == 1
    assert f"{STEM}.m4a: cannot be decoded as audio" in result.output and "Traceback" not in result.output
    assert f"(the recording of {STEM}.vtt; move it away to draft the transcript alone)" in result.output
    assert store_for(settings).count(MeetingRow) == 0


def test_process_refuses_two_recordings_as_a_pair(settings: Settings, no_whisper: None, tmp_path: Path) -> None:
    from pipeline.draft import draft_meeting
    from pipeline.errors import InputFileError

    a, b = write_wav(tmp_path, "a.wav"), write_wav(tmp_path, "b.wav")
    with pytest.raises(InputFileError, match="both are recordings"):
        draft_meeting(a, settings.reports, settings, recording=b)


# --- the review app -----------------------------------------------------------------------------------------------
def test_review_page_plays_the_kept_recording_and_serves_nothing_else(
    settings: Settings, no_whisper: None, tmp_path: Path
) -> None:
    from pipeline.draft import draft_meeting

    vtt, wav = write_vtt(tmp_path), write_wav(tmp_path)
    mid = draft_meeting(vtt, settings.reports, settings, recording=wav).record.meeting_id
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/meetings/{mid}").text
        assert f'src="/meetings/{mid}/audio"' in page
        assert f"Words and speakers from {STEM}.vtt; playing the recording {STEM}.wav" in page
        assert 'data-seek="8.2"' in page  # the transcript's own timestamps seek the player
        r = client.get(f"/meetings/{mid}/audio", headers={"Range": "bytes=0-43"})
        assert r.status_code == 206 and r.content == wav.read_bytes()[:44]
        assert r.headers["content-type"].startswith("audio/")
        for bad in ("..%2F..%2Fetc%2Fpasswd", "%2E%2E", "nope"):
            assert client.get(f"/meetings/{bad}/audio").status_code == 404, bad
        # a recording outside the workspace is never served, even where the store says the source is
        for kept in (settings.home / "recordings").iterdir():
            kept.unlink()
        assert client.get(f"/meetings/{mid}/audio").status_code == 404
        assert "No recording found for this meeting" in client.get(f"/meetings/{mid}").text


# --- debrief watch ------------------------------------------------------------------------------------------------
class FakePool:
    """Stands in for the worker pool: records the jobs and says each was drafted (the pairing is what is tested)."""

    def __init__(self) -> None:
        self.jobs: list[Job] = []

    def run(self, job: Job) -> JobResult:
        self.jobs.append(job)
        return JobResult("drafted", "ok", meeting_id=Path(job.path).stem)

    def __enter__(self) -> FakePool:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass


def poll_until(watcher: Watcher, seconds: float) -> list:
    outcomes, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline:
        outcomes += watcher.poll()
        time.sleep(0.05)
    return outcomes


def test_watch_waits_for_the_partner_then_drafts_the_pair_once(settings: Settings) -> None:
    pool = FakePool()
    watcher = Watcher(settings.inbox, settings, settle=0.1, pair_wait=1.0, echo=quiet, pool=pool)  # type: ignore[arg-type]
    wav = write_wav(settings.inbox)
    assert poll_until(watcher, 0.5) == []  # settled, but its transcript may be on its way
    download = settings.inbox / f"{STEM}.vtt.crdownload"
    for _ in range(30):  # 3 s, well past pair_wait: the partner is still being downloaded, so the recording waits
        with download.open("a", encoding="utf-8") as fh:
            fh.write("WEBVTT\n")
        assert watcher.poll() == []
        time.sleep(0.1)
    download.unlink()
    vtt = write_vtt(settings.inbox)
    outcomes = poll_until(watcher, 0.6)

    assert [(o.name, o.status) for o in outcomes] == [(vtt.name, "done")]
    (job,) = pool.jobs
    assert (Path(job.path).name, Path(job.recording or "").name) == (vtt.name, wav.name)
    assert sorted(p.name for p in settings.processed.iterdir()) == sorted([vtt.name, wav.name])
    assert list(settings.inbox.iterdir()) == []


def test_watch_drafts_a_lone_recording_from_audio_after_the_wait(settings: Settings) -> None:
    pool = FakePool()
    watcher = Watcher(settings.inbox, settings, settle=0.1, pair_wait=0.5, echo=quiet, pool=pool)  # type: ignore[arg-type]
    write_wav(settings.inbox, "lone call.wav")
    (settings.inbox / "other call.vtt").write_text("WEBVTT\n", encoding="utf-8")
    outcomes = poll_until(watcher, 1.5)
    assert sorted((o.name, o.status) for o in outcomes) == [("lone call.wav", "done"), ("other call.vtt", "done")]
    assert sorted((Path(j.path).name, j.recording) for j in pool.jobs) == [
        ("lone call.wav", None),
        ("other call.vtt", None),
    ]


def test_a_stalled_download_does_not_hold_a_recording_back(settings: Settings) -> None:
    pool = FakePool()
    watcher = Watcher(settings.inbox, settings, settle=0.1, pair_wait=0.5, echo=quiet, pool=pool)  # type: ignore[arg-type]
    (settings.inbox / f"{STEM}.vtt.crdownload").write_text("WEBVTT\n", encoding="utf-8")  # never finished
    wav = write_wav(settings.inbox)
    outcomes = poll_until(watcher, 2.0)
    assert [(o.name, o.status) for o in outcomes] == [(wav.name, "done")]
    assert [(Path(j.path).name, j.recording) for j in pool.jobs] == [(wav.name, None)]


def test_watch_moves_a_failed_pair_to_failed_together_with_one_note(settings: Settings) -> None:
    class Failing(FakePool):
        def run(self, job: Job) -> JobResult:
            return JobResult("failed", "the transcript has no text")

    watcher = Watcher(settings.inbox, settings, settle=0.05, pair_wait=0.0, echo=quiet, pool=Failing())  # type: ignore[arg-type]
    vtt, wav = write_vtt(settings.inbox), write_wav(settings.inbox)
    (settings.inbox / f"{STEM}.meeting.yaml").write_text("client: Harbour Coffee\n", encoding="utf-8")
    poll_until(watcher, 0.4)
    assert sorted(p.name for p in settings.failed.iterdir()) == sorted(
        [vtt.name, wav.name, f"{STEM}.meeting.yaml", f"{vtt.name}.error.txt"]
    )
    note = (settings.failed / f"{vtt.name}.error.txt").read_text(encoding="utf-8")
    assert f"with its recording {wav.name}" in note and "Reason: the transcript has no text" in note


@pytest.mark.slow
def test_watch_in_a_real_worker_drafts_a_pair_arriving_one_after_the_other(
    settings: Settings, no_whisper: None
) -> None:
    from pipeline.workers import WorkerPool

    settings = Settings(home=settings.home, pair_wait=30.0).ensure_workspace()
    with WorkerPool(settings, size=1, audio=False) as pool:
        watcher = Watcher(settings.inbox, settings, settle=0.2, echo=quiet, pool=pool)
        vtt = write_vtt(settings.inbox)
        assert poll_until(watcher, 1.0) == []  # the transcript waits for a recording that may follow
        wav = write_wav(settings.inbox)
        outcomes: list = []
        deadline = time.monotonic() + 120
        while not outcomes and time.monotonic() < deadline:
            outcomes = watcher.poll()
            time.sleep(0.1)
    assert [(o.name, o.status) for o in outcomes] == [(vtt.name, "done")], outcomes
    record = record_of(settings)
    assert (record["meeting"]["source_kind"], record["meeting"]["playback_name"]) == ("vtt", wav.name)
    assert {s["speaker"] for s in record["transcript"]["segments"]} == {"Maya Osei", "Leon Brandt"}
    assert sorted(p.name for p in settings.processed.iterdir()) == sorted([vtt.name, wav.name])
    (row,) = store_for(settings).list_meetings()
    assert row.source_path == str(settings.processed / vtt.name)


# --- debrief batch ------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_batch_drafts_a_pair_once_beside_a_lone_transcript_and_a_lone_recording(
    settings: Settings, tmp_path: Path
) -> None:
    week = tmp_path / "week"
    week.mkdir()
    vtt, wav = write_vtt(week), write_wav(week)
    lone_vtt = write_vtt(week, "2027-03-05 Harbour Coffee - Follow-up", note="another call")
    lone_wav = write_wav(week, "2027-03-06 Harbour Coffee - Site visit.wav", pitch=330.0)

    report = run_batch(week, settings, workers=1, summary=False, drafter=draft_noting_transcription)

    assert sorted((r.name, r.status) for r in report.results) == sorted(
        [(vtt.name, "drafted"), (lone_vtt.name, "drafted"), (lone_wav.name, "drafted")]
    ), [(r.name, r.status, r.detail) for r in report.results]
    assert transcribed(settings.home) == [lone_wav.name]  # only the lone recording was transcribed
    recordings = {r.name: r.recording for r in report.results}
    assert recordings == {vtt.name: wav.name, lone_vtt.name: None, lone_wav.name: None}
    meetings = {r.record["meeting"]["source_name"]: r.record["meeting"] for r in store_for(settings).list_meetings()}
    assert {name: (m["source_kind"], m["playback_name"]) for name, m in meetings.items()} == {
        vtt.name: ("vtt", wav.name),
        lone_vtt.name: ("vtt", None),
        lone_wav.name: ("audio", lone_wav.name),
    }
    # a rerun finds every meeting drafted, the pair's recording included
    again = run_batch(week, settings, workers=1, summary=False, drafter=draft_noting_transcription)
    assert sorted(r.status for r in again.results) == ["skipped"] * 3
    assert transcribed(settings.home) == [lone_wav.name]
    saved = json.loads((settings.reports / f"{STEM}.json").read_text(encoding="utf-8"))
    assert saved["meeting"]["playback_name"] == wav.name


def test_watch_once_does_not_wait_for_partners(settings: Settings) -> None:
    """With --once nothing more is coming: a lone transcript is drafted at once, not after ``pair_wait``."""
    pool = FakePool()
    (settings.inbox / "alone.vtt").write_text("WEBVTT\n", encoding="utf-8")
    watcher = Watcher(settings.inbox, settings, settle=0.05, interval=0.05, echo=quiet, pool=pool, pair_wait=3600.0)  # type: ignore[arg-type]
    outcomes = watcher.run(once=True)
    assert [o.status for o in outcomes] == ["done"]
    assert [MeetingFiles(Path(j.path)).names for j in pool.jobs] == [("alone.vtt",)]


def test_watch_on_a_work_pool_submits_the_pair_once_and_fails_it_together(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a Prefect server the pair is one process-meeting run (transcript + recording, from processed/); a run
    that fails takes both files to failed/."""
    from pipeline import team

    submitted: list[tuple[str, str | None]] = []

    def submit(path: Path, sha256: str, out_dir: Path | None = None, recording: Path | None = None):
        submitted.append((str(path), str(recording) if recording else None))
        return team.Submitted(path, sha256, "run-1")

    monkeypatch.setattr(team, "submit", submit)
    monkeypatch.setattr(team, "states", lambda ids: {i: ("FAILED", "the worker ran out of memory") for i in ids})
    watcher = Watcher(settings.inbox, settings, settle=0.05, pair_wait=0.0, echo=quiet, pool=FakePool(), team=True)  # type: ignore[arg-type]
    vtt, wav = write_vtt(settings.inbox), write_wav(settings.inbox)
    outcomes = poll_until(watcher, 0.4)

    assert submitted == [(str(settings.processed / vtt.name), str(settings.processed / wav.name))]
    assert [(o.name, o.status) for o in outcomes] == [(vtt.name, "submitted"), (vtt.name, "failed")]
    assert sorted(p.name for p in settings.failed.iterdir()) == sorted([vtt.name, wav.name, f"{vtt.name}.error.txt"])
    assert list(settings.processed.iterdir()) == []
