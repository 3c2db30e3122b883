"""``debrief batch``: every recording and transcript in a folder (a week of client calls) in one go.

The files are spread over a pool of worker processes (two on a 2-core machine, ``pipeline.workers``). Each worker
loads the Whisper model and the spaCy pipeline once, with one CPU thread, and drafts files until the pool is done,
so start-up and model loading are paid once per worker instead of once per file, and memory stays flat. Longest
recordings go first, so the workers finish together. Each file is claimed by content hash (``pipeline.claims``) and
skipped when the store already has it, so a batch killed halfway and rerun does only the rest, a recording present
twice is drafted once, and a watcher on the same folder never drafts a file the batch is drafting. A file that takes
longer than its time limit has its worker killed and replaced. A file that cannot be drafted goes to ``failed/``
with ``<name>.error.txt``, and the batch carries on; when the fault is the workspace's (disk full, a read-only
output folder, a locked database) the file is reported and left where it is, to be drafted by the next run.

A transcript and the recording of the same meeting (``pipeline.pairing``) are one meeting, drafted once from the
transcript with the recording kept for playback, claimed by both hashes and moved to ``failed/`` together.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline import claims, ingest, pairing
from pipeline.errors import ConfigError, DebriefError
from pipeline.settings import Settings
from pipeline.watch import failure_note, is_candidate, move_group
from pipeline.workers import Drafter, Job, JobResult, WorkerPool, media_seconds, time_limit_for

if TYPE_CHECKING:
    from pipeline.store import MeetingRow

TRANSCRIPT_WEIGHT = 5.0  # a written transcript costs about as much as 5 s of audio


@dataclass
class BatchFile:
    path: Path
    sha256: str
    client: str | None
    date: dt.date
    audio_seconds: float | None  # None for written transcripts
    recording: Path | None = None  # the recording dropped with the transcript ``path``, for playback
    recording_sha256: str | None = None
    others: tuple[Path, ...] = ()  # further copies of the same call (Zoom's captions, its video), not drafted

    @property
    def hashes(self) -> list[str]:
        return [self.sha256, *([self.recording_sha256] if self.recording_sha256 else [])]

    @property
    def weight(self) -> float:
        return self.audio_seconds if self.audio_seconds is not None else TRANSCRIPT_WEIGHT


# "not drafted": the workspace's fault (disk full, read-only folder, locked database); the file is left in place
FileStatus = Literal["drafted", "skipped", "duplicate", "failed", "not drafted"]


@dataclass
class FileResult:
    name: str
    client: str | None
    status: FileStatus
    duration: float | None = None
    actions: int | None = None
    agreements: int | None = None
    seconds: float = 0.0
    detail: str = ""
    meeting_id: str | None = None
    sha256: str = ""
    rss_mb: float | None = None  # the worker's memory after drafting it
    recording: str | None = None  # the recording dropped with the transcript ``name``, kept for playback
    others: tuple[str, ...] = ()  # further copies of the same call, not drafted


@dataclass
class BatchReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    summary: dict[str, Path] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def failed(self) -> list[FileResult]:
        """Every file not drafted for a reason the user must look at (its own fault or the workspace's)."""
        return [r for r in self.results if r.status in ("failed", "not drafted")]


# --- choosing the files ------------------------------------------------------------------------------------------
def parse_day(text: str | dt.date | None) -> dt.date | None:
    """An ISO date, or words dateparser understands ("last monday", "7 days ago")."""
    if text is None or isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DATES_FROM": "past"})
    if parsed is None:
        raise ConfigError(f"cannot read '{text}' as a date; use YYYY-MM-DD")
    return parsed.date()


def audio_seconds(path: Path) -> float | None:
    """The container's duration, without decoding (None if it does not say)."""
    return media_seconds(path)


def peek(path: Path, partner: Path | None = None) -> tuple[str | None, dt.date]:
    """Client and meeting date, by the order of ``ingest.MetadataSources`` (a bad sidecar is the worker's to report)."""
    try:
        sources = ingest.read_metadata(path, partner=partner)
    except DebriefError:
        sources = ingest.read_metadata(path, sidecar=False)
    if path.suffix.lower() in EMBEDDING:  # a JSON's meeting, a typed transcript's "Client:" line
        with suppress(DebriefError):
            sources = sources.with_embedded(ingest.read_transcript_file(path)[1])
    return sources.client, sources.date[0]


EMBEDDING = (".json", ".txt", ".docx")  # transcripts that may say their meeting's details in the file


def named_client(f: BatchFile, others: Iterable[BatchFile]) -> str | None:
    """The client of another file of the batch that ``f``'s title names, when ``f`` gives none itself ("Fenwick
    shoot catch-up.vtt" beside "Fenwick launch call.txt", whose "Client:" line says Fenwick Cycles): ``f`` is drafted
    after that file, so the workspace knows the client by then (``draft.with_known_client``)."""
    if f.client:
        return None
    return ingest.client_named(f.path.stem, sorted({o.client for o in others if o.client and o is not f}))


def select(
    folder: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    client: str | None = None,
) -> list[BatchFile]:
    """The meetings in ``folder`` (a recording, a transcript, or a transcript with its recording), and in its
    folders of Zoom's recording on the computer, whose meeting date and client pass the filters."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such folder")
    chosen = []
    files = sorted(p for p in folder.iterdir() if p.is_file() and is_candidate(p))
    files += [p for sub in sorted(folder.iterdir()) if sub.is_dir() and pairing.is_zoom_folder(sub)
              for p in pairing.zoom_files(sub)]  # fmt: skip
    for meeting in pairing.group(files):
        path, recording = meeting.words, meeting.recording
        try:
            who, date = peek(path, recording)
            if (since and date < since) or (until and date > until):
                continue
            if client and (who or "").casefold() != client.casefold():
                continue
            seconds = audio_seconds(path) if ingest.is_audio(path) else None
            paired = ingest.sha256_file(recording) if recording else None
            sha = ingest.sha256_file(path)
            chosen.append(BatchFile(path, sha, who, date, seconds, recording, paired, meeting.others))
        except FileNotFoundError:  # taken meanwhile, e.g. by a watcher on the same folder
            continue
    return chosen


def subfolders(folder: Path) -> dict[str, int]:
    """The folders inside ``folder`` that hold recordings or transcripts, with how many: not looked in (but for
    Zoom's folder of each call recorded on the computer)."""
    found = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and is_candidate(p) and not pairing.is_zoom_folder(p)):
        count = sum(1 for p in sub.rglob("*") if p.is_file() and pairing.kind(p) is not None)
        if count:
            found[sub.name] = count
    return found


# --- one file's result ----------------------------------------------------------------------------------------------
def _from_job(f: BatchFile, result: JobResult, settings: Settings) -> FileResult:
    """The worker's result as a table row; a failed file is moved to ``failed/`` with its note."""
    name, seconds, sha = f.path.name, result.seconds, f.sha256
    if result.status == "drafted":
        return FileResult(
            name, result.client or f.client, "drafted", duration=result.duration, actions=result.actions,
            agreements=result.agreements, seconds=seconds, detail=result.detail, meeting_id=result.meeting_id,
            sha256=sha, rss_mb=result.rss_mb,
        )  # fmt: skip
    if result.status == "kept":
        return FileResult(name, f.client, "not drafted", seconds=seconds, detail=f"{result.detail}; left in place",
                          sha256=sha)  # fmt: skip
    detail = result.detail
    if result.status == "failed" and f.path.exists():
        try:
            note = failure_note(f.path, result.detail, by="debrief batch", with_=f.recording)
            target = move_group(pairing.MeetingFiles(f.path, f.recording, f.others), settings.failed, note)[0]
            detail = f"{result.detail}; moved to {target}"
        except OSError as exc:
            detail = f"{result.detail}; could not move it to {settings.failed}: {exc.strerror}"
    return FileResult(name, f.client, "failed", seconds=seconds, detail=detail, sha256=sha)


def _from_row(name: str, row: MeetingRow, status: FileStatus, detail: str, sha256: str) -> FileResult:
    record = row.record or {}
    meeting = record.get("meeting", {})
    return FileResult(
        name,
        row.client,
        status,
        duration=meeting.get("duration"),
        actions=len(record.get("action_items", [])),
        agreements=len(record.get("agreements", [])),
        detail=detail,
        meeting_id=row.meeting_id,
        sha256=sha256,
    )


# --- the parent side ---------------------------------------------------------------------------------------------
def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def run_batch(
    folder: Path,
    settings: Settings,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    client: str | None = None,
    workers: int | None = None,
    out_dir: Path | None = None,
    on_start: Callable[[list[BatchFile]], None] | None = None,
    on_result: Callable[[BatchFile, FileResult], None] | None = None,
    summary: bool = True,
    drafter: Drafter | None = None,
) -> BatchReport:
    """Draft every selected file in ``folder`` over a process pool; write the week summary at the end.

    ``drafter``: what drafts one file in a worker (default ``pipeline.draft.draft_meeting``), a module-level
    function."""
    settings.ensure_workspace()
    started = time.perf_counter()
    out = (out_dir or settings.reports).resolve()
    files = select(folder.expanduser().resolve(), since, until, client)
    report = BatchReport()
    store = claims.open_store(settings)  # migrated here, before the workers start
    todo: list[BatchFile] = []
    first_of: dict[str, str] = {}
    if on_start:
        on_start(files)
    for f in files:
        if f.sha256 in first_of:
            result = FileResult(f.path.name, f.client, "duplicate", detail=f"same recording as {first_of[f.sha256]}")
        elif (row := store.find_by_hash(f.sha256)) is not None:
            result = _from_row(f.path.name, row, "skipped", "already drafted", f.sha256)
        else:
            first_of[f.sha256] = f.path.name
            todo.append(f)
            continue
        first_of.setdefault(f.sha256, f.path.name)
        report.results.append(result)
        if on_result:
            on_result(f, result)
    if todo and drafter is None and _team_pool():
        _run_on_work_pool(todo, settings, out_dir and out, report, on_result)
    elif todo:
        _run_pool(todo, settings, out, workers or default_workers(), report, on_result, drafter)
    order = {f.path.name: i for i, f in enumerate(files)}
    report.results.sort(key=lambda r: order.get(r.name, len(order)))
    by_name = {f.path.name: f for f in files}
    for r in report.results:
        if (source := by_name.get(r.name)) is not None:
            r.recording = source.recording.name if source.recording else None
            r.others = tuple(o.name for o in source.others)
    if summary and not report.interrupted:
        from pipeline.documents.week_summary import write_week_summary

        hashes, dates = [f.sha256 for f in files], [f.date for f in files]
        report.summary = write_week_summary(settings, hashes, out, since=since, until=until, dates=dates)
    report.seconds = time.perf_counter() - started
    return report


def _team_pool() -> bool:
    from pipeline.runtime import prefect_api_url

    return prefect_api_url() is not None


def _run_on_work_pool(
    todo: list[BatchFile],
    settings: Settings,
    out_dir: Path | None,
    report: BatchReport,
    on_result: Callable[[BatchFile, FileResult], None] | None,
) -> None:
    """With a Prefect server: one ``process-meeting`` run per file on the work pool (``pipeline.team``), followed
    until each has finished; the results are read from the shared store."""
    from pipeline import team
    from pipeline.store import store_for

    submitted = {}
    for f in sorted(todo, key=lambda f: f.weight, reverse=True):  # longest first: the workers finish together
        run = team.submit(f.path, f.sha256, out_dir, recording=f.recording)
        submitted[run.run_id] = (f, run)
    store = store_for(settings)

    def finished(run: team.Submitted) -> None:
        f = submitted[run.run_id][0]
        row = store.find_by_hash(f.sha256)
        if run.state == "COMPLETED" and row is not None:
            result = _from_row(f.path.name, row, "drafted", f"flow run {run.run_id}", f.sha256)
        else:
            reason = run.message or f"its flow run {run.run_id} ended {run.state.lower()}"
            result = _from_job(f, JobResult("failed", reason), settings)
        report.results.append(result)
        if on_result:
            on_result(f, result)

    try:
        team.follow([run for _f, run in submitted.values()], finished)
    except KeyboardInterrupt:
        report.interrupted = True  # the runs go on on the workers; a rerun picks up their results
        raise


def _run_pool(
    todo: list[BatchFile],
    settings: Settings,
    out: Path,
    workers: int,
    report: BatchReport,
    on_result: Callable[[BatchFile, FileResult], None] | None,
    drafter: Drafter | None = None,
) -> None:
    workers = max(1, min(workers, len(todo)))
    threads = max(1, (os.cpu_count() or 1) // workers)
    audio = any(f.audio_seconds is not None or ingest.is_audio(f.path) for f in todo)
    queue = deque(sorted(todo, key=lambda f: f.weight, reverse=True))  # longest first: the workers finish together
    store = claims.open_store(settings)
    worker_settings = settings.model_copy(update={"whisper_cpu_threads": threads})
    held: dict[str, tuple[BatchFile, claims.Claims]] = {}

    def done(f: BatchFile, result: FileResult) -> None:
        report.results.append(result)
        if on_result:
            on_result(f, result)

    with WorkerPool(worker_settings, size=workers, audio=audio, drafter=drafter) as pool:
        pool.start()
        try:
            while queue or held:
                waiting: list[BatchFile] = []  # claimed by another process (a watcher, another batch) right now
                while queue and pool.has_idle():
                    f = queue.popleft()
                    if named_client(f, [*queue, *waiting, *(h for h, _ in held.values())]):
                        waiting.append(f)  # its client's meeting is still to be drafted
                        continue
                    claim = claims.try_claim_all(settings, f.hashes)
                    if claim is None:
                        waiting.append(f)
                    elif (row := store.find_by_hash(f.sha256)) is not None:
                        claim.release()
                        done(f, _from_row(f.path.name, row, "skipped", "already drafted", f.sha256))
                    elif not f.path.exists():
                        claim.release()
                        done(f, FileResult(f.path.name, f.client, "failed", detail="the file disappeared before it "
                                           "was drafted", sha256=f.sha256))  # fmt: skip
                    else:
                        limit = time_limit_for(f.path, settings, f.audio_seconds)
                        recording = str(f.recording) if f.recording else None
                        pool.submit(Job(str(f.path), f.sha256, str(out), limit, f.audio_seconds, recording))
                        held[str(f.path)] = (f, claim)
                queue.extend(waiting)
                if held:
                    for job, result in pool.wait():
                        f, claim = held.pop(job.path)
                        try:
                            done(f, _from_job(f, result, settings))
                        finally:
                            claim.release()
                elif queue:
                    time.sleep(0.2)  # only files another process is drafting: wait for it to finish them
        except KeyboardInterrupt:
            report.interrupted = True  # the pool kills busy workers; half-done files are redone on the next run
            raise
        finally:
            for _f, claim in held.values():
                claim.release()
