"""``debrief watch``: drop a recording or transcript into a folder, get a draft.

The folder is polled (inotify does not see writes made on another machine of a network share). A file is taken
once its size and modification time have stopped changing for ``settle`` seconds; temporary and hidden files are
never taken. Each file is claimed by content hash (``pipeline.claims``) before it is drafted, so two watchers on
one folder, a watcher and a batch, or the same recording dropped twice under two names, give one meeting. The file
leaves the folder only after its draft is written and stored: into ``processed/`` on success, into ``failed/`` with
``<name>.error.txt`` on failure. A stop (Ctrl-C, SIGTERM, even ``kill -9``) in the middle of a file leaves it where
it was, with no half-written output, and the next start drafts it.

Files are drafted in a worker process (``pipeline.workers``) that loads the models once. A file that takes longer
than its time limit (``file_time_limit`` + ``file_time_limit_per_audio_second`` x its audio length) has its worker
killed and goes to ``failed/``; a fresh worker takes the next file. When the fault is the workspace's rather than
the file's (disk full, a read-only output folder, a locked database) the file stays in the folder, the log says why
in one line, and it is tried again after ``retry_after`` seconds (with ``once``: on the next run).

A transcript and the recording of the same meeting (``pipeline.pairing``) are one meeting: drafted once from the
transcript, with the recording kept for playback, and moved together. They may arrive one after the other, so a
file that could still get a partner waits ``pair_wait`` seconds more once it has settled (a partner still being
downloaded under a temporary name is waited for); then a lone recording is transcribed as usual.
"""

from __future__ import annotations

import logging
import math
import shutil
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline import claims, ingest, pairing
from pipeline.documents import atomic_write
from pipeline.errors import ConfigError
from pipeline.settings import Settings
from pipeline.store import store_for
from pipeline.workers import Drafter, Job, WorkerPool, media_seconds, time_limit_for, workspace_fault

log = logging.getLogger(__name__)

TEMP_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".temp", ".swp")
SIDECAR_SUFFIXES = (".meeting.yaml", ".meeting.yml", ".meeting.json")
COMPANION_SUFFIXES = (*SIDECAR_SUFFIXES, ".segments.json", ".error.txt")


def is_candidate(path: Path) -> bool:
    """A file to take: not hidden, not a partial download or an Office lock file, not a recording's companion
    (sidecar, turn timings, error note). A file of a type debrief cannot read is taken too, to be moved to
    ``failed/`` with a note saying what it takes, never left or skipped in silence."""
    name = path.name.lower()
    if name.startswith((".", "~$")) or name.endswith(TEMP_SUFFIXES):
        return False
    return not name.endswith(COMPANION_SUFFIXES)


# kept: the workspace's fault (disk full, read-only folder, locked database), so the file is left in the folder
OutcomeStatus = Literal["done", "duplicate", "failed", "kept", "busy", "gone", "submitted"]


@dataclass
class Outcome:
    name: str
    status: OutcomeStatus
    detail: str = ""
    seconds: float = 0.0
    meeting_id: str | None = None
    rss_mb: float | None = None  # the worker's memory after drafting it


def _free_names(folder: Path, names: Sequence[str]) -> list[Path]:
    """Free places in ``folder`` for files moved together: their own names, or each with the same " (n)" added (so
    a transcript and its recording keep one stem)."""
    n = 1
    while True:
        targets = [folder / (name if n == 1 else f"{Path(name).stem} ({n}){Path(name).suffix}") for name in names]
        if not any(t.exists() or t.with_name(t.name + ".error.txt").exists() for t in targets):
            return targets
        n += 1


def _strip_temp(name: str) -> str | None:
    """The name a download in progress will have (``call.m4a`` for ``call.m4a.crdownload``), else None."""
    low = name.lower()
    return next((name[: -len(s)] for s in TEMP_SUFFIXES if low.endswith(s) and len(name) > len(s)), None)


def _sidecars(path: Path) -> list[Path]:
    return [p for s in SIDECAR_SUFFIXES if (p := path.with_name(path.stem + s)).exists()]


def move_group(meeting: pairing.MeetingFiles, folder: Path, note: str | None = None) -> list[Path]:
    """Move a meeting's files (and their sidecars) into ``folder`` together; the note (beside the first) first.
    A call Zoom recorded into a folder of its own keeps that folder (its name dates and titles the meeting), and the
    folder left empty goes."""
    came_from = meeting.words.parent
    if zoom := pairing.is_zoom_folder(came_from):
        folder = folder / came_from.name
    folder.mkdir(parents=True, exist_ok=True)
    files = [meeting.words, *(f for f in meeting.files[1:] if f.exists())]
    targets = _free_names(folder, [p.name for p in files])
    if note is not None:
        atomic_write(targets[0].with_name(targets[0].name + ".error.txt"), note)
    for path, target in zip(files, targets, strict=True):
        for sidecar in _sidecars(path):
            shutil.move(sidecar, folder / (target.stem + sidecar.name[len(path.stem) :]))
        shutil.move(path, target)
    if zoom:
        with suppress(OSError):  # Zoom's folders, now empty (anything else in them stays, and the folder with it)
            for left in (came_from / pairing.ZOOM_TRACKS_FOLDER, came_from):
                if left.is_dir():
                    left.rmdir()
    return targets


def failure_note(path: Path, reason: str, by: str = "debrief watch", with_: Path | None = None) -> str:
    """The ``.error.txt`` beside a failed file; ``with_``: the recording dropped with the transcript, moved too."""
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    again = "drop it into the watched folder again" if by == "debrief watch" else "run the batch on it again"
    pair = f" (with its recording {with_.name}, moved here beside it)" if with_ is not None else ""
    return (
        f"debrief could not draft a contact report from {path.name}{pair}.\n\n"
        f"Reason: {reason}\n\n"
        f"What to do: fix or replace the file and {again}.\n"
        f"(Moved here by {by} at {stamp}.)\n"
    )


class Watcher:
    """Polls ``folder`` and drafts each complete file exactly once. ``run()`` until stopped, or ``once``."""

    def __init__(
        self,
        folder: Path,
        settings: Settings,
        *,
        interval: float = 0.5,
        settle: float = 1.0,
        retry_after: float = 60.0,
        echo: Callable[[str], None] = print,
        pool: WorkerPool | None = None,
        team: bool = False,
        pair_wait: float | None = None,
    ) -> None:
        self.folder = folder
        self.team = team  # each file a process-meeting run on the Prefect work pool (pipeline.team)
        # run id -> (the meeting's files in processed/, the name shown, the hash)
        self._runs: dict[str, tuple[pairing.MeetingFiles, str, str]] = {}
        self.settings = settings
        self.interval = interval
        self.settle = settle
        self.pair_wait = settings.pair_wait if pair_wait is None else pair_wait
        self.retry_after = retry_after
        self.echo = echo
        self.pool = pool or WorkerPool(settings, size=1, audio=False)
        self._seen: dict[Path, tuple[int, int, float]] = {}  # path -> (size, mtime_ns, unchanged since)
        self._kept: dict[Path, float] = {}  # left in the folder after a workspace fault -> when to try again
        self._folders_told: set[Path] = set()  # folders dropped into the inbox, named once each

    def _present(self) -> list[Path]:
        """What is in the inbox to take: its files, and the files of each folder Zoom recorded a call into (the
        inbox can be Zoom's own recording folder); any other folder is named once, as not looked in."""
        found = []
        for path in self.folder.iterdir():
            if path.is_dir() and pairing.is_zoom_folder(path):
                found += pairing.zoom_files(path)
            elif is_candidate(path):
                found.append(path)
        return found

    def ready(self) -> list[Path]:
        """Files whose size and mtime have not changed for ``settle`` seconds, oldest first."""
        now = time.monotonic()
        current: dict[Path, tuple[int, int, float]] = {}
        for path in self._present():
            if path in self._kept:
                if self._kept[path] > now:
                    continue
                del self._kept[path]  # its turn to be tried again
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            if not path.is_file():
                zoom_converting = bool(pairing.ZOOM_FOLDER_RE.match(path.name))  # its recording not written yet
                if path.is_dir() and path not in self._folders_told and not zoom_converting:
                    self._folders_told.add(path)
                    self.echo(
                        f"{path.name}/: a folder; debrief watch drafts the files dropped into {self.folder} itself, "
                        "so move the recordings and transcripts out of it (or run debrief batch on it)"
                    )
                continue
            before = self._seen.get(path)
            same = before is not None and before[:2] == (st.st_size, st.st_mtime_ns)
            current[path] = (st.st_size, st.st_mtime_ns, before[2] if same else now)  # type: ignore[index]
        self._seen = current
        done = [p for p, (_size, _mtime, since) in current.items() if now - since >= self.settle]
        return sorted(done, key=lambda p: (current[p][1], p.name))

    def ready_meetings(self) -> list[pairing.MeetingFiles]:
        """The meetings whose files have all settled, oldest first. A file that could still get a partner (a lone
        transcript or recording) waits ``pair_wait`` seconds more; one whose partner is still being downloaded
        (a temporary name that changed within that time) waits for it. ``pair_wait`` 0 waits for no partner."""
        self.ready()  # what is here, and since when it has not changed
        now = time.monotonic()
        present, arriving = [], []
        for path in self._present():
            if path.is_file():
                present.append(path)
        for path in self.folder.iterdir():
            if self.pair_wait > 0 and (name := _strip_temp(path.name)) and is_candidate(self.folder / name):
                with suppress(FileNotFoundError):  # a stalled download stops holding its partner back
                    if time.time() - path.stat().st_mtime < self.settle + self.pair_wait:
                        arriving.append(self.folder / name)
        settled = {p for p, (_size, _mtime, since) in self._seen.items() if now - since >= self.settle}
        chosen = []
        for meeting in pairing.group(list(dict.fromkeys([*present, *arriving]))):
            if not settled.issuperset(meeting.files):
                continue
            alone = meeting.recording is None and pairing.kind(meeting.words) is not None
            if alone and now - self._seen[meeting.words][2] < self.settle + self.pair_wait:
                continue
            chosen.append(meeting)
        return sorted(chosen, key=lambda m: (self._seen[m.words][1], m.words.name))

    def handle(self, meeting: pairing.MeetingFiles | Path) -> Outcome:
        """Claim, draft and move one meeting's files. Raises ``ConfigError`` (nothing can be drafted until it is
        fixed). A pair is claimed by both files' hashes: nobody drafts its recording alone meanwhile."""
        meeting = meeting if isinstance(meeting, pairing.MeetingFiles) else pairing.MeetingFiles(meeting)
        path, started = meeting.words, time.perf_counter()
        try:
            hashes = [ingest.sha256_file(f) for f in meeting.files]
        except FileNotFoundError:
            return Outcome(path.name, "gone")
        held = claims.try_claim_all(self.settings, hashes)
        if held is None:
            return Outcome(path.name, "busy", "another process is drafting the same recording")
        with held:
            if not all(f.exists() for f in meeting.files):  # another watcher finished it while we waited
                return Outcome(path.name, "gone")
            if [ingest.sha256_file(f) for f in meeting.files] != hashes:
                return Outcome(path.name, "busy", "the file changed while it was being read")
            try:
                return self._draft(meeting, hashes[0], started)
            except OSError as exc:  # moving the file or writing its note: the workspace's fault, not the file's
                reason = workspace_fault(exc, self.settings.home, self.settings) or f"{exc.strerror}: {exc.filename}"
                return self._keep(meeting, reason)

    def _draft(self, meeting: pairing.MeetingFiles, sha: str, started: float) -> Outcome:
        path, recording = meeting.words, meeting.recording
        row = store_for(self.settings).find_by_hash(sha)
        if row is not None:
            target = move_group(meeting, self.settings.processed)[0]
            return Outcome(path.name, "duplicate", f"same recording as {row.meeting_id}; moved to {target}")
        if self.team:
            return self._submit(meeting, sha, started)
        seconds = media_seconds(path) if ingest.is_audio(path) else None
        limit = time_limit_for(path, self.settings, seconds)
        job = Job(str(path), sha, str(self.settings.reports), limit, seconds, str(recording) if recording else None)
        result = self.pool.run(job)
        took = time.perf_counter() - started
        if result.status == "config":
            raise ConfigError(result.detail)
        if result.status == "kept":
            return self._keep(meeting, result.detail)
        if result.status == "failed":
            if not path.exists():
                return Outcome(path.name, "gone", result.detail, took)
            target = move_group(meeting, self.settings.failed, failure_note(path, result.detail, with_=recording))[0]
            return Outcome(path.name, "failed", f"{result.detail}; moved to {target}", took)
        target = move_group(meeting, self.settings.processed)[0]
        store_for(self.settings).moved(sha, str(target))  # where the file is now
        return Outcome(path.name, "done", result.detail, took, result.meeting_id, result.rss_mb)

    def _submit(self, meeting: pairing.MeetingFiles, sha: str, started: float) -> Outcome:
        """Move the files to processed/ and submit their run there; ``finished_runs`` reports the run's end."""
        from pipeline import team

        targets = move_group(meeting, self.settings.processed)
        moved = meeting.relocated(targets)
        run = team.submit(moved.words, sha, recording=moved.recording)
        self._runs[run.run_id] = (moved, meeting.words.name, sha)
        return Outcome(meeting.words.name, "submitted", f"flow run {run.run_id}", time.perf_counter() - started)

    def finished_runs(self) -> list[Outcome]:
        """The submitted runs that have ended since the last look: done, or failed (the file goes to failed/)."""
        from pipeline import team

        outcomes = []
        for run_id, (state, message) in (team.states(list(self._runs)) if self._runs else {}).items():
            if state not in team.FINAL:
                continue
            target, name, sha = self._runs.pop(run_id)
            row = store_for(self.settings).find_by_hash(sha)
            if state == "COMPLETED" and row is not None:
                store_for(self.settings).moved(sha, str(target.words))
                outcomes.append(Outcome(name, "done", f"flow run {run_id}", meeting_id=row.meeting_id))
            else:
                reason = message or f"its flow run {run_id} ended {state.lower()}"
                note = failure_note(target.words, reason, with_=target.recording)
                moved = move_group(target, self.settings.failed, note)[0]
                outcomes.append(Outcome(name, "failed", f"{reason}; moved to {moved}"))
        return outcomes

    def _keep(self, meeting: pairing.MeetingFiles, reason: str) -> Outcome:
        for path in meeting.files:
            self._kept[path] = time.monotonic() + self.retry_after
        log.info("%s: not drafted: %s", meeting.words, reason)  # report() tells the user
        return Outcome(meeting.words.name, "kept", reason)

    def report(self, outcome: Outcome) -> None:
        if outcome.status == "done":
            self.echo(f"{outcome.name}: drafted in {outcome.seconds:.1f}s -> {outcome.detail}")
        elif outcome.status in ("failed", "duplicate", "submitted"):
            self.echo(f"{outcome.name}: {outcome.status}: {outcome.detail}")
        elif outcome.status == "kept":
            again = "on the next run" if self.retry_after == math.inf else f"in {self.retry_after:.0f} s"
            self.echo(f"{outcome.name}: not drafted, left in {self.folder}: {outcome.detail}; will try again {again}")

    def poll(self) -> list[Outcome]:
        """One pass: handle every file that is ready now."""
        outcomes = []
        for meeting in self.ready_meetings():
            with_ = (
                f" with the recording {meeting.recording.name} (played on the review page)" if meeting.recording else ""
            )
            self.echo(f"{meeting.words.name}: drafting{with_}")
            outcome = self.handle(meeting)
            if outcome.status != "busy":
                for path in meeting.files:
                    self._seen.pop(path, None)
            self.report(outcome)
            outcomes.append(outcome)
        for outcome in self.finished_runs():
            self.report(outcome)
            outcomes.append(outcome)
        return outcomes

    def run(self, once: bool = False) -> list[Outcome]:
        """Poll until stopped (Ctrl-C / SIGTERM), or with ``once`` until the folder holds nothing to take."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if once:
            self.retry_after = math.inf
            self.pair_wait = 0.0  # what is in the folder now: no partner is coming
        outcomes: list[Outcome] = []
        with sigterm_as_interrupt(), self.pool:
            try:
                while True:
                    batch = self.poll()
                    outcomes.extend(batch)
                    if once and not self._seen and not self._runs:
                        break
                    time.sleep(self.interval)
            except KeyboardInterrupt:
                self.echo("stopped; anything unfinished stays in the folder and is drafted on the next start")
        return outcomes


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM behaves like Ctrl-C inside this block (main thread only; elsewhere a no-op)."""
    previous = None
    with suppress(ValueError):  # not the main thread
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def watch(
    folder: Path | None,
    settings: Settings,
    *,
    once: bool = False,
    interval: float = 0.5,
    settle: float = 1.0,
    preload: bool = True,
    retry_after: float = 60.0,
    echo: Callable[[str], None] = print,
    drafter: Drafter | None = None,
    pair_wait: float | None = None,
) -> list[Outcome]:
    """Watch ``folder`` (default: the workspace's inbox) and draft what arrives.

    ``preload``: load the Whisper model in the worker before the first file (the spaCy pipeline always is).
    ``pair_wait``: seconds a lone transcript or recording waits for its partner (default ``settings.pair_wait``).
    ``drafter``: what drafts one file in the worker (default ``pipeline.draft.draft_meeting``): a module-level
    function, as it is sent to the worker process by name."""
    settings.ensure_workspace()
    folder = (folder or settings.inbox).expanduser().resolve()
    claims.open_store(settings)  # created and migrated once, before any file
    from pipeline.runtime import prefect_api_url

    server = prefect_api_url() if drafter is None else None
    pool = WorkerPool(settings, size=1, audio=preload, drafter=drafter)
    try:
        if server is None:  # with a server the work pool's workers draft; no local worker
            pool.start(wait_ready=True)
    except BaseException:
        pool.close()
        raise
    where = f"a process-meeting run each on the work pool of {server}" if server else f"drafts go to {settings.reports}"
    echo(f"watching {folder}; {where} (Ctrl-C to stop)")
    watcher = Watcher(folder, settings, interval=interval, settle=settle, retry_after=retry_after, echo=echo, pool=pool,
                      team=server is not None, pair_wait=pair_wait)  # fmt: skip
    return watcher.run(once=once)
