"""``debrief watch``: complete files only, temp/hidden files ignored, processed/ and failed/, duplicates, bursts with
two watchers, and a stop in the middle of a real recording that loses nothing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.bench_runs import make_recordings
from pipeline.settings import Settings
from pipeline.store import MeetingRow, store_for
from pipeline.watch import Watcher, is_candidate, watch
from tests.support import VTT, vtt_variant


def quiet(_line: str) -> None:
    pass


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("call.m4a", True),
        ("2026-11-12 Client - Title.vtt", True),
        ("notes.txt", True),
        ("call.m4a.part", False),
        ("call.m4a.crdownload", False),
        ("call.tmp", False),
        ("~$call.vtt", False),
        (".call.m4a", False),
        (".DS_Store", False),
        ("call.meeting.yaml", False),
        ("call.m4a.error.txt", False),
        ("call.segments.json", False),
        ("slides.pdf", True),  # taken, to go to failed/ with a note: never skipped in silence
    ],
)
def test_which_files_are_taken(name: str, taken: bool) -> None:
    assert is_candidate(Path(name)) is taken


def test_waits_until_the_size_stops_changing(settings: Settings) -> None:
    path = settings.inbox / "growing.vtt"
    path.write_text("WEBVTT\n\n", encoding="utf-8")
    watcher = Watcher(settings.inbox, settings, settle=0.3, echo=quiet)
    assert watcher.ready() == []
    time.sleep(0.2)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("00:00.000 --> 00:01.000\n<v Ann>Hello.\n\n")
    assert watcher.ready() == []  # changed since last look: the clock restarts
    time.sleep(0.2)
    assert watcher.ready() == []
    time.sleep(0.2)
    assert watcher.ready() == [path]


@pytest.mark.slow
def test_success_failure_duplicate_and_ignored_files(settings: Settings) -> None:
    inbox = settings.inbox
    shutil.copy(VTT, inbox / VTT.name)
    shutil.copy(VTT, inbox / "same call, other name.vtt")
    (inbox / "broken.m4a").write_bytes(b"not audio at all")
    (inbox / "notes.vtt").write_text("this is not a transcript", encoding="utf-8")
    for ignored in ("half.m4a.part", "~$draft.vtt", ".hidden.vtt"):
        (inbox / ignored).write_bytes(b"x")

    outcomes = watch(None, settings, once=True, settle=0.2, interval=0.05, preload=False, echo=quiet)

    assert sorted(o.status for o in outcomes) == ["done", "duplicate", "failed", "failed"]
    assert sorted(p.name for p in inbox.iterdir()) == [".hidden.vtt", "half.m4a.part", "~$draft.vtt"]
    assert sorted(p.name for p in settings.processed.iterdir()) == [VTT.name, "same call, other name.vtt"]
    assert store_for(settings).count(MeetingRow) == 1
    assert sorted(p.name for p in settings.reports.glob("*.json")) == ["pennant-social-review.json"]

    failed = sorted(p.name for p in settings.failed.iterdir())
    assert failed == ["broken.m4a", "broken.m4a.error.txt", "notes.vtt", "notes.vtt.error.txt"]
    note = (settings.failed / "broken.m4a.error.txt").read_text(encoding="utf-8")
    assert "Reason: cannot be decoded as audio" in note and "Traceback" not in note
    note = (settings.failed / "notes.vtt.error.txt").read_text(encoding="utf-8")
    assert "Reason: not a WebVTT file" in note


@pytest.mark.slow
def test_same_name_again_is_not_overwritten_in_processed(settings: Settings) -> None:
    for n in (1, 2):
        vtt_variant(settings.inbox, "weekly.vtt", n)
        watch(None, settings, once=True, settle=0.1, interval=0.05, preload=False, echo=quiet)
    assert sorted(p.name for p in settings.processed.iterdir()) == ["weekly (2).vtt", "weekly.vtt"]
    assert store_for(settings).count(MeetingRow) == 2
    # the store says where each file is now, so the review page finds the recording without searching
    stored = sorted(r.source_path for r in store_for(settings).list_meetings())
    assert stored == [str(settings.processed / "weekly (2).vtt"), str(settings.processed / "weekly.vtt")]


def _watcher_cmd(*extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "watch", "--settle", "0.3", "--interval", "0.1", *extra]


BURST = 20


@pytest.mark.slow
def test_burst_of_files_with_two_watchers_each_drafted_once(settings: Settings, workspace: Path) -> None:
    """BURST transcripts and 5 copies under other names dropped at once, two watchers racing for them from the same
    listing (BURST was 50; 20 keeps the race and takes less than half the drafting)."""
    inbox = settings.inbox
    for n in range(BURST):
        vtt_variant(inbox, f"2026-11-{10 + n % 5:02d} Pennant - Review {n:02d}.vtt", n)
    for n in range(5):  # the same content again under other names: still one meeting each
        vtt_variant(inbox, f"copy of review {n:02d}.vtt", n)
    env = dict(os.environ, DEBRIEF_HOME=str(workspace))
    procs = [
        subprocess.Popen(_watcher_cmd("--once"), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs

    assert list(inbox.iterdir()) == []
    assert len(list(settings.processed.iterdir())) == BURST + 5
    assert list(settings.failed.iterdir()) == []
    assert store_for(settings).count(MeetingRow) == BURST
    assert len(list(settings.reports.glob("*.json"))) == BURST
    assert list(settings.reports.glob(".*.tmp")) == []
    drafted = [line for out in outputs for line in out.splitlines() if "drafted in" in line]
    assert len(drafted) == BURST  # each file drafted by exactly one of the two watchers


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "kill-9"])
def test_stop_in_the_middle_of_a_recording_loses_nothing(settings: Settings, workspace: Path, sig: int) -> None:
    [recording] = make_recordings(settings.inbox, 1, seconds=30.0)  # a sample's first 30 s: the rerun drafts it all
    env = dict(os.environ, DEBRIEF_HOME=str(workspace))
    proc = subprocess.Popen(
        _watcher_cmd(), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "drafting" in line:
                break
        time.sleep(1.0)  # well inside the transcription of a 30 s recording
        os.killpg(proc.pid, sig)
        out = proc.communicate(timeout=30)[0]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if sig == signal.SIGTERM:
        assert "stopped" in out and proc.returncode == 0, out

    assert recording.exists(), "the recording stays in the inbox"
    assert [p.name for p in settings.reports.iterdir()] == [], "no draft, and no half-written file"
    assert store_for(settings).count(MeetingRow) == 0

    # the rerun's transcript is not checked: greedy decoding and no speakers stage will do
    fast = dict(env, DEBRIEF_WHISPER_BEAM_SIZE="1", DEBRIEF_DIARIZE="false")
    again = subprocess.run(_watcher_cmd("--once"), env=fast, capture_output=True, text=True, timeout=180)
    assert again.returncode == 0, again.stdout + again.stderr
    assert not recording.exists()
    assert (settings.processed / recording.name).exists()
    assert (settings.reports / f"{recording.stem}.json").exists()
    assert store_for(settings).count(MeetingRow) == 1


@pytest.mark.slow
def test_a_claim_is_exclusive_and_dies_with_its_holder(settings: Settings, workspace: Path) -> None:
    from pipeline.claims import try_claim

    sha = "ab" * 32
    first = try_claim(settings, sha)
    assert first is not None and try_claim(settings, sha) is None
    first.release()
    again = try_claim(settings, sha)
    assert again is not None
    with again:
        assert again.held
    assert not again.held

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pipeline.claims import try_claim\n"
         "from pipeline.settings import get_settings\n"
         f"c = try_claim(get_settings(), {sha!r}); print('held', flush=True); time.sleep(60)"],
        env=dict(os.environ, DEBRIEF_HOME=str(workspace)), stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert try_claim(settings, sha) is None
        holder.kill()  # kill -9: no clean-up runs, the kernel drops the lock
        holder.wait(timeout=10)
        assert try_claim(settings, sha, wait=True, timeout=5) is not None
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
