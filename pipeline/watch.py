"""``debrief watch``: drop a recording or transcript into a folder, get a draft.

The folder is polled (inotify does not see writes made on another machine of a network share). A file is taken
once its size and modification time have stopped changing for ``settle`` seconds; temporary and hidden files are
never taken. Each file is claimed by content hash (``pipeline.claims``) before it is drafted, so two watchers on
one folder, or the same recording dropped twice under two names, give one meeting. The file leaves the folder only
after its draft is written and stored: into ``processed/`` on success, into ``failed/`` with ``<name>.error.txt``
on failure. A stop (Ctrl-C, SIGTERM, even ``kill -9``) in the middle of a file leaves it where it was, with no
half-written output, and the next start drafts it.
"""

from __future__ import annotations

import logging
import shutil
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from pipeline import claims, draft, ingest
from pipeline.documents import atomic_write
from pipeline.errors import ConfigError, InputFileError
from pipeline.settings import Settings
from pipeline.store import store_for

log = logging.getLogger(__name__)

TEMP_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".temp", ".swp")
SIDECAR_SUFFIXES = (".meeting.yaml", ".meeting.yml", ".meeting.json")


def is_candidate(path: Path) -> bool:
    """A recording or transcript to take: not hidden, not a partial download or an Office lock file."""
    name = path.name
    if name.startswith((".", "~$")) or name.lower().endswith(TEMP_SUFFIXES):
        return False
    return ingest.is_supported(path)


@dataclass
class Outcome:
    name: str
    status: str  # done | duplicate | failed | busy | gone
    detail: str = ""
    seconds: float = 0.0
    meeting_id: str | None = None


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while target.exists() or target.with_name(target.name + ".error.txt").exists():
        n += 1
        target = folder / f"{stem} ({n}){suffix}"
    return target


def _sidecars(path: Path) -> list[Path]:
    return [p for s in SIDECAR_SUFFIXES if (p := path.with_name(path.stem + s)).exists()]


def move_aside(path: Path, folder: Path, note: str | None = None) -> Path:
    """Move ``path`` (and its meeting sidecar) into ``folder`` under a free name; write the note first."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, path.name)
    if note is not None:
        atomic_write(target.with_name(target.name + ".error.txt"), note)
    for sidecar in _sidecars(path):
        shutil.move(sidecar, folder / (target.stem + sidecar.name[len(path.stem) :]))
    shutil.move(path, target)
    return target


def failure_note(path: Path, reason: str) -> str:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    return (
        f"debrief could not draft a contact report from {path.name}.\n\n"
        f"Reason: {reason}\n\n"
        f"What to do: fix or replace the file and drop it into the watched folder again.\n"
        f"(Moved here by debrief watch at {stamp}.)\n"
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
        echo: Callable[[str], None] = print,
    ) -> None:
        self.folder = folder
        self.settings = settings
        self.interval = interval
        self.settle = settle
        self.echo = echo
        self._seen: dict[Path, tuple[int, int, float]] = {}  # path -> (size, mtime_ns, unchanged since)

    def ready(self) -> list[Path]:
        """Files whose size and mtime have not changed for ``settle`` seconds, oldest first."""
        now = time.monotonic()
        current: dict[Path, tuple[int, int, float]] = {}
        for path in self.folder.iterdir():
            if not is_candidate(path):
                continue
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            if not path.is_file():
                continue
            before = self._seen.get(path)
            same = before is not None and before[:2] == (st.st_size, st.st_mtime_ns)
            current[path] = (st.st_size, st.st_mtime_ns, before[2] if same else now)  # type: ignore[index]
        self._seen = current
        done = [p for p, (_size, _mtime, since) in current.items() if now - since >= self.settle]
        return sorted(done, key=lambda p: (current[p][1], p.name))

    def handle(self, path: Path) -> Outcome:
        """Claim, draft and move one file. Raises ``ConfigError`` (nothing can be drafted until it is fixed)."""
        started = time.perf_counter()
        try:
            sha = ingest.sha256_file(path)
        except FileNotFoundError:
            return Outcome(path.name, "gone")
        claim = claims.try_claim(self.settings, sha)
        if claim is None:
            return Outcome(path.name, "busy", "another process is drafting the same recording")
        with claim:
            if not path.exists():  # another watcher finished it while we waited
                return Outcome(path.name, "gone")
            if ingest.sha256_file(path) != sha:
                return Outcome(path.name, "busy", "the file changed while it was being read")
            row = store_for(self.settings).find_by_hash(sha)
            if row is not None:
                target = move_aside(path, self.settings.processed)
                return Outcome(path.name, "duplicate", f"same recording as {row.meeting_id}; moved to {target}")
            try:
                result = draft.draft_meeting(path, self.settings.reports, self.settings, sha256=sha)
            except InputFileError as exc:
                target = move_aside(path, self.settings.failed, failure_note(path, exc.reason))
                return Outcome(path.name, "failed", f"{exc.reason}; moved to {target}", time.perf_counter() - started)
            except (ConfigError, KeyboardInterrupt):
                raise
            except Exception as exc:  # a bug, not the file's fault: quarantine it with words a person can pass on
                log.error("unexpected error drafting %s\n%s", path, traceback.format_exc())
                reason = f"debrief hit an internal error ({type(exc).__name__}: {exc}); please report it"
                target = move_aside(path, self.settings.failed, failure_note(path, reason))
                return Outcome(path.name, "failed", f"{reason}; moved to {target}", time.perf_counter() - started)
            move_aside(path, self.settings.processed)
            return Outcome(
                path.name, "done", str(result.paths["docx"]), time.perf_counter() - started, result.record.meeting_id
            )

    def report(self, outcome: Outcome) -> None:
        if outcome.status == "done":
            self.echo(f"{outcome.name}: drafted in {outcome.seconds:.1f}s -> {outcome.detail}")
        elif outcome.status in ("failed", "duplicate"):
            self.echo(f"{outcome.name}: {outcome.status}: {outcome.detail}")

    def poll(self) -> list[Outcome]:
        """One pass: handle every file that is ready now."""
        outcomes = []
        for path in self.ready():
            self.echo(f"{path.name}: drafting")
            outcome = self.handle(path)
            if outcome.status != "busy":
                self._seen.pop(path, None)
            self.report(outcome)
            outcomes.append(outcome)
        return outcomes

    def run(self, once: bool = False) -> list[Outcome]:
        """Poll until stopped (Ctrl-C / SIGTERM), or with ``once`` until the folder holds nothing to take."""
        self.folder.mkdir(parents=True, exist_ok=True)
        outcomes: list[Outcome] = []
        with sigterm_as_interrupt():
            try:
                while True:
                    batch = self.poll()
                    outcomes.extend(batch)
                    if once and not self._seen:
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
    echo: Callable[[str], None] = print,
) -> list[Outcome]:
    """Watch ``folder`` (default: the workspace's inbox) and draft what arrives."""
    settings.ensure_workspace()
    folder = (folder or settings.inbox).expanduser().resolve()
    claims.open_store(settings)  # created and migrated once, before any file
    if preload:
        draft.warm_up(settings)
    echo(f"watching {folder}; drafts go to {settings.reports} (Ctrl-C to stop)")
    return Watcher(folder, settings, interval=interval, settle=settle, echo=echo).run(once=once)
