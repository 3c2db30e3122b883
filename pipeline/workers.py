"""Drafting in worker processes that can be stopped: the per-file time limit of ``debrief watch`` and ``batch``.

A stage that hangs (a decoder stuck on a damaged file, a network share that stops answering) cannot be interrupted
safely inside the process that runs it, so watch and batch never draft in their own process. A ``WorkerPool`` keeps
one or more worker processes that each load the models once and then draft file after file; the parent sends a
``Job``, waits for its ``JobResult`` with a deadline and, past it, kills the worker (SIGKILL), reports the file as
failed and starts a fresh worker for the next one. A worker that dies on its own (out of memory) is replaced too.

The limit of one file is ``settings.file_time_limit + settings.file_time_limit_per_audio_second x`` its audio length
(read from the container header with PyAV, without decoding; 0 for transcripts). Its clock starts when the worker
takes the job, so loading the models in a fresh worker is never charged to a file.

The parent holds the file's claim (``pipeline.claims``) while a worker drafts it. Workers die with their parent
(``PR_SET_PDEATHSIG`` on Linux), so a ``kill -9`` of the watcher cannot leave a worker drafting a file whose claim
the kernel has just released to the next watcher. (Linux sends that signal when the *thread* that started the
worker ends, so a pool is used from the thread that made it, as watch and batch do.) Workers ignore SIGINT and
SIGTERM: Ctrl-C or a stop of the whole process group is the parent's to handle, and it kills its workers itself.

What a worker reports back says whose fault a failure is: the file's (``failed``: it goes to ``failed/`` with a
note), the workspace's (``kept``: disk full, a read-only or unwritable output folder, a locked database; the file
stays where it is to be tried again), or the set-up's (``config``: nothing can be drafted until it is fixed).
"""

from __future__ import annotations

import errno
import glob
import logging
import os
import signal
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Literal

from pipeline.errors import ConfigError, DebriefError, InputFileError
from pipeline.settings import Settings

log = logging.getLogger(__name__)

# A fresh worker starts Python, imports the pipeline and loads the models before it takes its first job; on a busy
# 2-core machine that is well under a minute. Past this allowance a worker that has not taken its job is stuck.
STARTUP_ALLOWANCE = 600.0

Drafter = Callable[..., Any]  # (path, out_dir, settings, sha256=..., [recording=...]) -> pipeline.draft.Draft


def media_seconds(path: Path) -> float | None:
    """A recording's duration from its container header, without decoding (None if it does not say)."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            return container.duration / av.time_base if container.duration else None
    except Exception:  # noqa: BLE001 - an unreadable file is reported properly by the drafting itself
        return None


def time_limit_for(path: Path, settings: Settings, audio_seconds: float | None = None) -> float:
    """Seconds ``path`` may take: ``file_time_limit`` plus ``file_time_limit_per_audio_second`` x its audio length."""
    from pipeline import ingest

    if audio_seconds is None and ingest.is_audio(path):
        audio_seconds = media_seconds(path)
    return settings.file_time_limit + settings.file_time_limit_per_audio_second * (audio_seconds or 0.0)


@dataclass
class Job:
    path: str
    sha256: str
    out_dir: str
    time_limit: float
    audio_seconds: float | None = None
    recording: str | None = None  # the recording dropped with the transcript ``path``, for playback


# failed: the file's fault; kept: the workspace's (disk full, locked database); config: the set-up's
JobStatus = Literal["drafted", "failed", "kept", "config"]


@dataclass
class JobResult:
    status: JobStatus
    detail: str = ""
    seconds: float = 0.0
    meeting_id: str | None = None
    client: str | None = None
    duration: float | None = None
    actions: int | None = None
    agreements: int | None = None
    paths: dict[str, str] = field(default_factory=dict)
    rss_mb: float | None = None  # the worker's resident memory after the job (flat from file to file)


def release_memory() -> None:
    """Hand the heap a job freed back to the system (glibc keeps it otherwise, and a worker's RSS creeps up with
    the longest recording it has seen and the fragmentation of the ones after)."""
    import gc

    gc.collect()
    if sys.platform.startswith("linux"):
        import ctypes

        with suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


M_ARENA_MAX = -8  # glibc's mallopt parameter number


def limit_heap_arenas(arenas: int = 2) -> None:
    """At most ``arenas`` glibc heap arenas for the threads this process starts from now on, as
    ``MALLOC_ARENA_MAX=2`` would. glibc's default is eight per core, and Whisper's, ONNX Runtime's and the voice
    encoder's threads each fragment one: a 60-minute recording peaked at 1.52 GiB without the limit and 1.35 GiB
    with it (``/usr/bin/time -v debrief process``), in the same time."""
    if sys.platform.startswith("linux"):
        import ctypes

        with suppress(OSError, AttributeError):  # not glibc (musl, ...): its allocator has no arenas to limit
            ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, arenas)


def rss_mb() -> float | None:
    """This process's resident set size now, in MB (Linux ``/proc``; None elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return None


def timeout_reason(job: Job, settings: Settings) -> str:
    per = settings.file_time_limit_per_audio_second
    audio = f" + {per:g} x its {job.audio_seconds:.0f} s of audio" if job.audio_seconds and per else ""
    return (
        f"took longer than {job.time_limit:.0f} s (the limit for this file: DEBRIEF_FILE_TIME_LIMIT="
        f"{settings.file_time_limit:g} s{audio}), so it was stopped; if the file is sound and simply long, raise the "
        "limit and drop it in again"
    )


# --- whose fault: the workspace's ----------------------------------------------------------------------------------
def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _inside(path: str | os.PathLike | None, folders: tuple[Path, ...]) -> bool:
    if not path:
        return False
    resolved = Path(os.fsdecode(path)).resolve()
    return any(resolved.is_relative_to(f.resolve()) for f in folders)


def workspace_fault(exc: BaseException, out_dir: Path, settings: Settings) -> str | None:
    """One sentence when ``exc`` is the output's or the database's problem rather than the input file's, else None.

    Disk full and a read-only file system are never the file's fault; permission denied is when it concerns the
    output folder or the workspace. A locked, full or read-only database likewise."""
    from sqlalchemy.exc import OperationalError

    from pipeline.retry import DatabaseLockedError, database_label, is_locked_error

    database = database_label(settings.db_url)
    for err in _chain(exc):
        if isinstance(err, DatabaseLockedError):
            return str(err)
        if is_locked_error(err):
            return f"the database {database} is locked by another program"
        message = str(getattr(err, "orig", None) or err).lower()
        if isinstance(err, OperationalError | sqlite3.OperationalError):
            if "disk is full" in message:
                return f"cannot write to the database {database}: the disk is full"
            if "readonly database" in message:
                return f"cannot write to the database {database}: it is read-only"
            if "unable to open database" in message:
                return f"cannot open the database {database}"
        if not isinstance(err, OSError):
            continue
        where = os.fsdecode(err.filename) if err.filename else str(out_dir)
        where = str(Path(where).parent) if Path(where).name.startswith(".") and where.endswith(".tmp") else where
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            return f"cannot write {where}: no space left on the disk (disk full)"
        if err.errno == errno.EROFS:
            return f"cannot write {where}: the folder is on a read-only file system"
        if err.errno in (errno.EACCES, errno.EPERM) and _inside(err.filename, (out_dir, settings.home)):
            return f"cannot write {where}: permission denied"
    return None


def remove_temps_of(paths: dict[str, Path] | dict[str, str]) -> None:
    """Delete the temporary siblings (``.<name>.*.tmp``) that a killed writer of these files left behind.

    Called by whoever holds the meeting's claim right after writing them, so no other process writes these names."""
    for path in map(Path, paths.values()):
        for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            tmp.unlink(missing_ok=True)


# --- the worker side ------------------------------------------------------------------------------------------------
def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            log.warning("cannot ask to die with the parent process; a kill -9 of it leaves this worker running")
    if os.getppid() != parent_pid:  # the parent died before we asked
        os._exit(1)


def run_job(job: Job, settings: Settings, drafter: Drafter) -> JobResult:
    """Draft one file, in the worker; never raises for anything but a bug in this function."""
    started = time.perf_counter()
    out_dir = Path(job.out_dir)
    try:
        extra = {"recording": Path(job.recording)} if job.recording else {}
        result = drafter(Path(job.path), out_dir, settings, sha256=job.sha256, **extra)
    except Exception as exc:  # noqa: BLE001 - every failure is sorted and reported to the parent
        seconds = time.perf_counter() - started
        if (fault := workspace_fault(exc, out_dir, settings)) is not None:
            return JobResult("kept", fault, seconds)
        if isinstance(exc, ConfigError):
            return JobResult("config", str(exc), seconds)
        if isinstance(exc, InputFileError):
            return JobResult("failed", exc.reason, seconds)
        if isinstance(exc, DebriefError):
            return JobResult("failed", str(exc), seconds)
        log.error("unexpected error drafting %s\n%s", job.path, traceback.format_exc())
        reason = f"debrief hit an internal error ({type(exc).__name__}: {exc}); please report it"
        return JobResult("failed", reason, seconds)
    remove_temps_of(result.paths)
    record = result.record
    return JobResult(
        "drafted",
        str(result.paths.get("docx", "")),
        time.perf_counter() - started,
        meeting_id=record.meeting_id,
        client=record.meeting.client,
        duration=record.meeting.duration,
        actions=len(record.action_items),
        agreements=len(record.agreements),
        paths={kind: str(p) for kind, p in result.paths.items()},
        rss_mb=rss_mb(),
    )


def worker_main(conn: Connection, settings_json: str, audio: bool, drafter: Drafter | None, parent_pid: int) -> None:
    """A worker's life: load the models, say ready, then draft each job sent until the parent closes the pipe."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from pipeline import draft, runtime

    settings = Settings.model_validate_json(settings_json)
    runtime.configure(settings)
    drafter = drafter or draft.draft_meeting
    broken: ConfigError | None = None
    try:
        draft.warm_up(settings, audio=audio)
    except ConfigError as exc:
        broken = exc  # reported with every job: nothing can be drafted until it is fixed
    except Exception:  # noqa: BLE001 - the first job loads the models again and reports what goes wrong
        log.warning("loading the models failed; the first file will say why\n%s", traceback.format_exc())
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(("started", job.path))
        result = JobResult("config", str(broken)) if broken else run_job(job, settings, drafter)
        release_memory()
        result.rss_mb = rss_mb() if result.status == "drafted" else result.rss_mb
        conn.send(("done", result))


# --- the parent side ------------------------------------------------------------------------------------------------
class _Worker:
    """One worker process and the job it is on."""

    def __init__(self, pool: WorkerPool) -> None:
        ctx = get_context("spawn")  # no fork of a parent that may hold Prefect, SQLite or model threads
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=worker_main,
            args=(child, pool.settings.model_dump_json(), pool.audio, pool.drafter, os.getpid()),
            name="debrief-worker",
            daemon=True,
        )
        self.process.start()
        child.close()
        self.born = time.monotonic()
        self.ready = False
        self.dead = False
        self.job: Job | None = None
        self.sent = 0.0
        self.started: float | None = None
        self.result: JobResult | None = None

    def deadline(self) -> float:
        assert self.job is not None
        if self.started is not None:
            return self.started + self.job.time_limit
        return max(self.sent, self.born) + self.job.time_limit + STARTUP_ALLOWANCE

    def drain(self) -> None:
        """Read every message waiting in the pipe; notice when the worker is gone."""
        try:
            while self.conn.poll():
                kind, value = self.conn.recv()
                if kind == "ready":
                    self.ready = True
                elif kind == "started":
                    self.started = time.monotonic()
                elif kind == "done":
                    self.result = value
        except (EOFError, OSError):
            self.dead = True
        if not self.process.is_alive():
            self.dead = True

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(10)
        self.conn.close()
        self.dead = True


class WorkerPool:
    """``size`` drafting worker processes with a per-job deadline. Use as a context manager."""

    def __init__(
        self, settings: Settings, size: int = 1, *, audio: bool = True, drafter: Drafter | None = None
    ) -> None:
        self.settings = settings
        self.size = size
        self.audio = audio
        self.drafter = drafter
        self._workers: list[_Worker | None] = [None] * size

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- state
    @property
    def busy(self) -> int:
        return sum(1 for w in self._workers if w is not None and w.job is not None)

    def has_idle(self) -> bool:
        return self.busy < self.size

    def start(self, wait_ready: bool = False) -> None:
        """Start every worker now (they load the models); with ``wait_ready``, until each has."""
        for i, w in enumerate(self._workers):
            if w is None or w.dead:
                self._workers[i] = _Worker(self)
        if wait_ready:
            self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_ALLOWANCE
        for w in self._workers:
            assert w is not None
            while not w.ready:
                if w.dead or time.monotonic() > deadline:
                    code = w.process.exitcode
                    w.kill()
                    raise ConfigError(f"a drafting worker process could not start (exit code {code})")
                wait([w.conn, w.process.sentinel], timeout=1.0)
                w.drain()

    # --- jobs
    def submit(self, job: Job) -> None:
        """Hand ``job`` to an idle worker (a new one if it is not running)."""
        for i, w in enumerate(self._workers):
            if w is not None and w.job is not None:
                continue
            if w is None or w.dead or not w.process.is_alive():  # never hand a file to a worker that has died
                if w is not None:
                    w.kill()
                w = self._workers[i] = _Worker(self)
            w.job, w.sent, w.started, w.result = job, time.monotonic(), None, None
            try:
                w.conn.send(job)
            except (BrokenPipeError, OSError):
                w.dead = True  # reported by the next wait() as a worker that stopped
            return
        raise RuntimeError("no idle worker")  # callers check has_idle()

    def wait(self) -> list[tuple[Job, JobResult]]:
        """Block until at least one job is finished, failed or past its deadline; return those."""
        while True:
            busy = [w for w in self._workers if w is not None and w.job is not None]
            if not busy:
                return []
            finished = []
            now = time.monotonic()
            for w in busy:
                w.drain()
                job = w.job
                assert job is not None
                if w.result is not None:
                    finished.append((job, w.result))
                elif w.dead:
                    w.kill()
                    finished.append((job, self._died(w)))
                elif now >= w.deadline():
                    log.warning("%s: past its time limit of %.0f s; stopping its worker", job.path, job.time_limit)
                    w.kill()
                    finished.append((job, JobResult("failed", timeout_reason(job, self.settings), now - w.sent)))
                else:
                    continue
                w.job = None
            if finished:
                return finished
            timeout = max(0.0, min(w.deadline() for w in busy) - now)
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=timeout)

    def run(self, job: Job) -> JobResult:
        """Draft one file on the (single) idle worker and wait for it."""
        self.submit(job)
        while True:
            for done, result in self.wait():
                if done is job:
                    return result

    @staticmethod
    def _died(w: _Worker) -> JobResult:
        code = w.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        if w.started is None:  # it never took the file: a worker that cannot start, not the file's fault
            return JobResult("config", f"a drafting worker process stopped before it could start ({how})")
        reason = f"the process drafting it stopped unexpectedly ({how}; out of memory?)"
        return JobResult("failed", reason, time.monotonic() - w.sent)

    def close(self) -> None:
        """Stop the workers: idle ones are told to finish, busy ones are killed (outputs are written atomically)."""
        for w in self._workers:
            if w is None or w.dead:
                continue
            if w.job is None:
                with suppress(OSError):
                    w.conn.send(None)
                w.process.join(5)
            w.kill()
        self._workers = [None] * self.size
