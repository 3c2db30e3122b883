"""Faults in watch and batch (issue 8): a stage that hangs, a worker that dies, two watchers or a watcher and a
batch on one folder, kill -9 at each stage, a full disk, a read-only reports folder and a locked database.

Each ends with nothing lost: every file drafted once, or left where it was, or in ``failed/`` with its note.
The drafters with faults in them are in ``fault_helpers.py`` (they run in the worker processes); the kill -9 child
is ``fault_child.py``."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fault_helpers import counting_draft, die_on_crash, drafted, hang_on_hang
from sqlalchemy.exc import OperationalError

from pipeline.batch import run_batch
from pipeline.bench_runs import make_recordings
from pipeline.errors import InputFileError
from pipeline.ingest import sha256_file
from pipeline.retry import DatabaseLockedError
from pipeline.settings import Settings
from pipeline.store import MeetingRow, store_for
from pipeline.watch import Outcome, watch
from pipeline.workers import media_seconds, time_limit_for, workspace_fault
from tests.support import SAMPLES, VTT, vtt_variant

AUDIO = SAMPLES / "kestrel-cider-wip.m4a"
TESTS = Path(__file__).parent


def quiet(_line: str) -> None:
    pass


def run_watch(settings: Settings, **options) -> list[Outcome]:
    options = {"once": True, "settle": 0.1, "interval": 0.05, "preload": False, "echo": quiet, **options}
    return watch(None, settings, **options)


def temp_files(folder: Path) -> list[str]:
    return sorted(name for _root, _dirs, files in os.walk(folder) for name in files if name.endswith(".tmp"))


def candidates(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith((".meeting.yaml", ".error.txt")))


# --- the per-file time limit --------------------------------------------------------------------------------------
def test_time_limit_is_one_hour_plus_the_audio_length(settings: Settings) -> None:
    seconds = media_seconds(AUDIO)
    assert seconds is not None and 70 < seconds < 76  # the 73 s sample, read from the header
    assert time_limit_for(AUDIO, settings) == pytest.approx(3600 + seconds)
    assert time_limit_for(VTT, settings) == 3600
    assert time_limit_for(AUDIO, Settings(home=settings.home, file_time_limit=60, file_time_limit_per_audio_second=2))\
        == pytest.approx(60 + 2 * seconds)  # fmt: skip
    broken = settings.inbox / "text.m4a"
    broken.write_text("not audio")
    assert time_limit_for(broken, settings) == 3600


@pytest.mark.slow
def test_watch_a_file_past_its_time_limit_goes_to_failed_and_the_next_is_drafted(settings: Settings) -> None:
    # the limit is every file's, so it leaves the next file's drafting room on a busy machine
    settings = settings.model_copy(update={"file_time_limit": 10.0})
    hang = vtt_variant(settings.inbox, "call that will hang.vtt", 1)
    os.utime(hang, (time.time() - 60, time.time() - 60))  # the older file: taken first
    vtt_variant(settings.inbox, "next call.vtt", 2)
    lines: list[str] = []

    outcomes = run_watch(settings, drafter=hang_on_hang, echo=lines.append)

    assert [(o.name, o.status) for o in outcomes] == [("call that will hang.vtt", "failed"), ("next call.vtt", "done")]
    assert candidates(settings.inbox) == []
    assert sorted(p.name for p in settings.failed.iterdir()) == ["call that will hang.vtt",
                                                                 "call that will hang.vtt.error.txt"]  # fmt: skip
    note = (settings.failed / "call that will hang.vtt.error.txt").read_text(encoding="utf-8")
    assert "Reason: took longer than 10 s (the limit for this file: DEBRIEF_FILE_TIME_LIMIT=10 s)" in note
    assert [p.name for p in settings.processed.iterdir()] == ["next call.vtt"]
    assert store_for(settings).count(MeetingRow) == 1
    assert any(line.startswith("call that will hang.vtt: failed: took longer than 10 s") for line in lines), lines


@pytest.mark.slow
def test_batch_a_file_past_its_time_limit_fails_and_a_new_worker_takes_the_rest(settings: Settings,
                                                                                 tmp_path: Path) -> None:  # fmt: skip
    settings = settings.model_copy(update={"file_time_limit": 10.0})
    week = tmp_path / "week"
    week.mkdir()
    vtt_variant(week, "2026-11-09 Pennant - hang.vtt", 1)
    vtt_variant(week, "2026-11-10 Pennant - Tuesday.vtt", 2)
    vtt_variant(week, "2026-11-11 Pennant - Wednesday.vtt", 3)

    report = run_batch(week, settings, workers=1, drafter=hang_on_hang, summary=False)

    statuses = {r.name: r.status for r in report.results}
    assert statuses == {"2026-11-09 Pennant - hang.vtt": "failed", "2026-11-10 Pennant - Tuesday.vtt": "drafted",
                        "2026-11-11 Pennant - Wednesday.vtt": "drafted"}  # fmt: skip
    hung = report.results[0]
    assert hung.detail.startswith("took longer than 10 s") and "moved to" in hung.detail
    assert (settings.failed / "2026-11-09 Pennant - hang.vtt.error.txt").exists()
    assert sorted(p.name for p in week.iterdir()) == ["2026-11-10 Pennant - Tuesday.vtt",
                                                      "2026-11-11 Pennant - Wednesday.vtt"]  # fmt: skip
    assert store_for(settings).count(MeetingRow) == 2


@pytest.mark.slow
def test_a_worker_that_dies_is_replaced_and_its_file_failed(settings: Settings) -> None:
    crash = vtt_variant(settings.inbox, "crash.vtt", 1)
    os.utime(crash, (time.time() - 60, time.time() - 60))
    vtt_variant(settings.inbox, "fine.vtt", 2)

    outcomes = run_watch(settings, drafter=die_on_crash)

    assert [(o.name, o.status) for o in outcomes] == [("crash.vtt", "failed"), ("fine.vtt", "done")]
    assert "stopped unexpectedly (killed by signal 9" in outcomes[0].detail
    assert (settings.failed / "crash.vtt.error.txt").exists()
    assert store_for(settings).count(MeetingRow) == 1


@pytest.mark.slow
def test_a_worker_that_died_while_idle_is_replaced_before_the_next_file(settings: Settings) -> None:
    """A worker killed between files (out of memory, an admin) must not cost the next file a failure."""
    from pipeline.workers import Job, WorkerPool

    source = vtt_variant(settings.inbox, "after the crash.vtt", 1)
    with WorkerPool(settings, size=1, audio=False) as pool:
        pool.start(wait_ready=True)
        [worker] = pool._workers
        assert worker is not None
        worker.process.kill()
        worker.process.join(10)
        result = pool.run(Job(str(source), sha256_file(source), str(settings.reports), 60.0))
    assert result.status == "drafted", result
    assert store_for(settings).count(MeetingRow) == 1


# --- two watchers, a watcher and a batch: each file once ----------------------------------------------------------
@pytest.mark.slow
def test_two_watchers_on_one_folder_draft_each_meeting_once(settings: Settings) -> None:
    names = [vtt_variant(settings.inbox, f"2026-11-{10 + n} Pennant - Review {n}.vtt", n).name for n in range(8)]
    for n in (0, 3):  # the same recordings again under other names
        names.append(vtt_variant(settings.inbox, f"copy of review {n}.vtt", n).name)

    with ThreadPoolExecutor(2) as pool:
        runs = [pool.submit(run_watch, settings, drafter=counting_draft) for _ in range(2)]
        outcomes = [o for run in runs for o in run.result(timeout=300)]

    assert Counter(drafted(settings)).most_common(1)[0][1] == 1 and len(drafted(settings)) == 8
    statuses = Counter(o.status for o in outcomes)
    assert statuses["done"] == 8 and statuses["duplicate"] == 2 and statuses["failed"] == 0, outcomes
    assert candidates(settings.inbox) == []
    assert sorted(p.name for p in settings.processed.iterdir()) == sorted(names)  # each file once, none renamed
    assert list(settings.failed.iterdir()) == []
    assert store_for(settings).count(MeetingRow) == 8
    assert len(list(settings.reports.glob("*.json"))) == 8 and temp_files(settings.reports) == []


@pytest.mark.slow
def test_a_watch_and_a_batch_on_one_folder_draft_each_meeting_once(settings: Settings) -> None:
    names = [vtt_variant(settings.inbox, f"2026-11-{10 + n} Kestrel - WIP {n}.vtt", n).name for n in range(8)]

    with ThreadPoolExecutor(2) as pool:
        batch = pool.submit(run_batch, settings.inbox, settings, workers=1, drafter=counting_draft, summary=False)
        watcher = pool.submit(run_watch, settings, drafter=counting_draft)
        report, outcomes = batch.result(timeout=300), watcher.result(timeout=300)

    assert sorted(drafted(settings)) == sorted(set(drafted(settings))) and len(drafted(settings)) == 8
    by_batch = [r.name for r in report.results if r.status == "drafted"]
    by_watch = [o.name for o in outcomes if o.status == "done"]
    assert sorted(by_batch + by_watch) == sorted(names), (report.results, outcomes)
    assert not [r for r in report.results if r.status not in ("drafted", "skipped")], report.results
    assert [o for o in outcomes if o.status in ("failed", "kept")] == [], outcomes  # busy: the batch had it then
    assert candidates(settings.inbox) == []
    assert sorted(p.name for p in settings.processed.iterdir()) == sorted(names)
    assert store_for(settings).count(MeetingRow) == 8


# --- kill -9 at each stage, then restart ----------------------------------------------------------------------------
def _db_counts(settings: Settings) -> tuple[int, int]:
    db = settings.home / "debrief.sqlite3"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        meetings = conn.execute("SELECT COUNT(*) FROM meetings").fetchone()[0]
        wip = conn.execute("SELECT COUNT(*) FROM wip_entries").fetchone()[0]
    return meetings, wip


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["transcribe", "documents", "database"])
def test_kill_9_at_a_stage_then_the_restart_drafts_the_meeting_once(
    settings: Settings, workspace: Path, stage: str
) -> None:
    if stage == "transcribe":  # a sample's first 20 s, with its sidecar: the restart transcribes all of it again
        [made] = make_recordings(workspace / "made", 1, seconds=20.0, sources=[AUDIO])
        dropped = made.rename(settings.inbox / made.name)
        shutil.copy(AUDIO.with_name(AUDIO.stem + ".meeting.yaml"), settings.inbox / f"{dropped.stem}.meeting.yaml")
    else:
        dropped = Path(shutil.copy(VTT, settings.inbox))
    store_for(settings)  # the database exists before the child starts, as it would after any earlier run
    marker = workspace / f"paused-at-{stage}"
    env = dict(os.environ, DEBRIEF_HOME=str(workspace))
    proc = subprocess.Popen(
        [sys.executable, str(TESTS / "fault_child.py"), stage],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), f"the child never reached {stage}: {proc.poll()} {proc.stdout and proc.stdout.read()}"
        os.killpg(proc.pid, signal.SIGKILL)  # the watcher and its worker, with no chance to clean up
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    worker_pid = int(marker.read_text())
    deadline = time.monotonic() + 10
    while Path(f"/proc/{worker_pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)

    # Killed where we meant to kill it: the file is still in the inbox, nothing is stored.
    assert dropped.exists()
    assert _db_counts(settings) == (0, 0)
    left = sorted(os.listdir(settings.reports))
    if stage == "transcribe":
        assert left == []
    elif stage == "documents":
        assert len(temp_files(settings.reports)) == 1 and len(left) == 2, left  # one document and one .tmp
    else:
        assert len(left) == 3 and temp_files(settings.reports) == [], left  # every document, no stored meeting

    outcomes = run_watch(settings.model_copy(update={"whisper_beam_size": 1}))

    assert [(o.name, o.status) for o in outcomes] == [(dropped.name, "done")]
    assert candidates(settings.inbox) == []
    assert [p.name for p in settings.processed.iterdir() if p.suffix == dropped.suffix] == [dropped.name]
    assert list(settings.failed.iterdir()) == []
    row = store_for(settings).find_by_hash(sha256_file(settings.processed / dropped.name))
    assert row is not None
    wip_expected = sum(1 for a in row.record["action_items"] if a.get("status") != "rejected")
    assert _db_counts(settings) == (1, wip_expected)
    assert temp_files(settings.reports) == [], "no half-written file is left"
    stem = row.meeting_id
    assert all(name.startswith(stem) for name in os.listdir(settings.reports)), os.listdir(settings.reports)
    stored = json.loads((settings.reports / f"{stem}.json").read_text(encoding="utf-8"))
    assert stored["meeting"]["content_sha256"] == row.content_sha256


@pytest.mark.slow
def test_the_worker_dies_with_a_killed_watcher(settings: Settings, workspace: Path) -> None:
    """kill -9 of the watcher alone: its worker must not go on drafting a file whose claim the kernel just freed."""
    from pipeline.claims import try_claim

    dropped = Path(shutil.copy(VTT, settings.inbox))
    marker = workspace / "paused-at-database"
    proc = subprocess.Popen([sys.executable, str(TESTS / "fault_child.py"), "database"],
                            env=dict(os.environ, DEBRIEF_HOME=str(workspace)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists()
        worker = int(marker.read_text())
        assert worker != proc.pid
        proc.kill()  # the watcher only, not its process group
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while Path(f"/proc/{worker}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not Path(f"/proc/{worker}").exists(), "the worker outlived its watcher"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    claim = try_claim(settings, sha256_file(dropped))
    assert claim is not None, "nobody holds the file's claim any more"
    claim.release()
    assert _db_counts(settings) == (0, 0) and dropped.exists()


# --- disk full, a read-only reports folder, a locked database -------------------------------------------------------
@pytest.fixture
def small_reports(settings: Settings) -> Iterator[Path]:
    """The reports folder on its own 200 kB tmpfs (root only; skipped where mounting is not allowed)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a full disk is simulated with a 200 kB tmpfs, which needs root and mount(8)")
    target = settings.reports
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(target)],
                             capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


@pytest.mark.slow
def test_disk_full_leaves_the_file_in_the_inbox_then_it_is_drafted(settings: Settings, small_reports: Path) -> None:
    dropped = Path(shutil.copy(VTT, settings.inbox))
    filler = fill(small_reports)
    lines: list[str] = []

    outcomes = run_watch(settings, echo=lines.append)

    assert [o.status for o in outcomes] == ["kept"]
    assert dropped.exists() and list(settings.failed.iterdir()) == []
    assert "no space left on the disk (disk full)" in outcomes[0].detail
    line = next(line for line in lines if line.startswith(f"{dropped.name}: not drafted"))
    assert f"{dropped.name}: not drafted, left in {settings.inbox}: cannot write {small_reports}" in line
    assert line.endswith("no space left on the disk (disk full); will try again on the next run")
    assert "\n" not in line and "Traceback" not in "".join(lines)
    assert sorted(os.listdir(small_reports)) == ["filler.bin"], "no half-written report and no .tmp"
    assert store_for(settings).count(MeetingRow) == 0

    filler.unlink()
    assert [o.status for o in run_watch(settings)] == ["done"]
    assert (settings.processed / dropped.name).exists() and store_for(settings).count(MeetingRow) == 1


@pytest.mark.slow
def test_read_only_reports_folder_leaves_the_file_in_the_inbox(settings: Settings, small_reports: Path) -> None:
    dropped = Path(shutil.copy(VTT, settings.inbox))
    subprocess.run(["mount", "-o", "remount,ro", str(small_reports)], check=True)

    outcomes = run_watch(settings)

    assert [o.status for o in outcomes] == ["kept"]
    assert outcomes[0].detail == f"cannot write {small_reports}: the folder is on a read-only file system"
    assert dropped.exists() and list(settings.failed.iterdir()) == []
    assert store_for(settings).count(MeetingRow) == 0

    subprocess.run(["mount", "-o", "remount,rw", str(small_reports)], check=True)
    assert [o.status for o in run_watch(settings)] == ["done"]


@pytest.mark.slow
def test_batch_on_a_full_disk_reports_each_file_and_leaves_it(settings: Settings, small_reports: Path,
                                                               tmp_path: Path) -> None:  # fmt: skip
    week = tmp_path / "week"
    week.mkdir()
    names = [vtt_variant(week, f"2026-11-1{n} Pennant - Call {n}.vtt", n).name for n in range(2)]
    fill(small_reports)

    report = run_batch(week, settings, workers=1, summary=False)

    assert [(r.name, r.status) for r in report.results] == [(n, "not drafted") for n in names]
    assert all("no space left on the disk (disk full); left in place" in r.detail for r in report.results)
    assert report.failed == report.results  # the batch exits non-zero
    assert sorted(p.name for p in week.iterdir()) == names and list(settings.failed.iterdir()) == []
    assert temp_files(small_reports) == []


@pytest.mark.slow
def test_locked_database_leaves_the_file_in_the_inbox(settings: Settings) -> None:
    """Another program holds the write lock past SQLite's busy timeout (2 s) and past the store's retries: the file
    waits in the inbox. The retries give up after 3 s here instead of the default 30 s: the same path, sooner."""
    settings = settings.model_copy(update={"db_lock_timeout": 3.0})
    dropped = Path(shutil.copy(VTT, settings.inbox))
    db = settings.home / "debrief.sqlite3"
    store_for(settings)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        outcomes = run_watch(settings)
    finally:
        holder.execute("COMMIT")
        holder.close()

    assert [o.status for o in outcomes] == ["kept"]
    assert outcomes[0].detail.startswith(f"the database {db} is locked by another program")
    assert dropped.exists() and store_for(settings).count(MeetingRow) == 0
    assert [o.status for o in run_watch(settings)] == ["done"]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "cannot write {out}: no space left on the disk (disk full)"),
        (
            OSError(errno.ENOSPC, "No space left", "{out}/.x.md.abc.tmp"),
            "cannot write {out}: no space left on the disk (disk full)",
        ),
        (
            OSError(errno.EROFS, "Read-only file system", "{out}/a.md"),
            "cannot write {out}/a.md: the folder is on a read-only file system",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "{out}/a.md"),
            "cannot write {out}/a.md: permission denied",
        ),
        (PermissionError(errno.EACCES, "Permission denied", "/elsewhere/call.vtt"), None),  # the input's problem
        (
            OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked")),
            "the database {db} is locked by another program",
        ),
        (
            OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
            "cannot write to the database {db}: the disk is full",
        ),
        (
            OperationalError("INSERT", {}, sqlite3.OperationalError("attempt to write a readonly database")),
            "cannot write to the database {db}: it is read-only",
        ),
        (DatabaseLockedError("{db}", 30.4), "the database {db} is locked by another program; tried for 30 s"),
        (OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: meetings")), None),
        (InputFileError("call.vtt", "not a WebVTT file"), None),
        (ValueError("a bug"), None),
    ],
)
def test_whose_fault_a_failure_is(settings: Settings, exc: BaseException, expected: str | None) -> None:
    out, db = settings.reports, settings.home / "debrief.sqlite3"
    if isinstance(exc, OSError) and exc.filename:
        exc.filename = exc.filename.format(out=out)
    if isinstance(exc, DatabaseLockedError):
        exc = DatabaseLockedError(str(db), exc.seconds)
    wrapped = RuntimeError("writing failed")
    wrapped.__cause__ = exc  # found through the chain, as when a stage re-raises with ``from``
    want = expected.format(out=out, db=db) if expected else None
    assert workspace_fault(exc, out, settings) == want
    assert workspace_fault(wrapped, out, settings) == want


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_process_on_a_full_or_read_only_disk_says_so_in_one_line(
    settings: Settings, small_reports: Path, tmp_path: Path, fault: str
) -> None:
    """``debrief process``: one line naming the file and the problem, exit 1, no traceback, nothing half-written."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    source = Path(shutil.copy(VTT, tmp_path))
    if fault == "full":
        fill(small_reports)
    else:
        subprocess.run(["mount", "-o", "remount,ro", str(small_reports)], check=True)

    result = CliRunner().invoke(app, ["process", str(source)])

    assert result.exit_code == 1 and not isinstance(result.exception, OSError), result.output
    problem = "no space left on the disk (disk full)" if fault == "full" else "the folder is on a read-only file system"
    assert result.output.strip().splitlines() == [
        f"debrief: error: {source.name}: not drafted: cannot write {small_reports}: {problem}"
    ]
    assert source.exists() and temp_files(small_reports) == [] and store_for(settings).count(MeetingRow) == 0


@pytest.mark.slow
def test_watch_once_on_a_full_disk_exits_non_zero(settings: Settings, small_reports: Path) -> None:
    """``debrief watch --once`` (run by cron, say) must not report success when nothing could be drafted."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    dropped = Path(shutil.copy(VTT, settings.inbox))
    fill(small_reports)
    result = CliRunner().invoke(app, ["watch", "--once", "--settle", "0.1", "--interval", "0.05"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit | None), result.output
    assert f"{dropped.name}: not drafted, left in {settings.inbox}" in result.output and dropped.exists()
