"""``debrief batch``: every recording and transcript in a folder (a week of client calls) in one go.

The files are spread over a pool of worker processes (two on a 2-core machine). Each worker loads the Whisper model
and the spaCy pipeline once, with one CPU thread, and drafts files until the pool is done, so start-up and model
loading are paid once per worker instead of once per file, and memory stays flat. Longest recordings go first, so
the workers finish together. Each file is claimed by content hash (``pipeline.claims``) and skipped when the store
already has it, so a batch killed halfway and rerun does only the rest, and a recording present twice is drafted
once. A failed file is reported and the batch carries on.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from pipeline import claims, ingest
from pipeline.errors import ConfigError, DebriefError, InputFileError
from pipeline.settings import Settings
from pipeline.store import store_for
from pipeline.watch import is_candidate

TRANSCRIPT_WEIGHT = 5.0  # a written transcript costs about as much as 5 s of audio


@dataclass
class BatchFile:
    path: Path
    sha256: str
    client: str | None
    date: dt.date
    audio_seconds: float | None  # None for written transcripts

    @property
    def weight(self) -> float:
        return self.audio_seconds if self.audio_seconds is not None else TRANSCRIPT_WEIGHT


@dataclass
class FileResult:
    name: str
    client: str | None
    status: str  # drafted | skipped | duplicate | failed
    duration: float | None = None
    actions: int | None = None
    agreements: int | None = None
    seconds: float = 0.0
    detail: str = ""
    meeting_id: str | None = None
    sha256: str = ""


@dataclass
class BatchReport:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    summary: dict[str, Path] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


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
    import av

    try:
        with av.open(str(path)) as container:
            return container.duration / av.time_base if container.duration else None
    except Exception:  # noqa: BLE001 - an unreadable file fails properly later, in its worker
        return None


def peek(path: Path) -> tuple[str | None, dt.date]:
    """Client and meeting date from the sidecar, a transcript's own metadata, the file name or the mtime."""
    metas = []
    try:
        sidecar = ingest.sidecar_for(path)
        metas.append(ingest.read_sidecar(sidecar) if sidecar else None)
        if not ingest.is_audio(path) and path.suffix.lower() == ".json":
            metas.append(ingest.read_transcript_file(path)[1])
    except DebriefError:
        pass  # the worker reports it
    metas.append(ingest.meta_from_filename(path))
    client = next((m.client for m in metas if m and m.client), None)
    date = next((m.date for m in metas if m and m.date), None)
    return client, date or dt.datetime.fromtimestamp(path.stat().st_mtime).date()


def select(
    folder: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    client: str | None = None,
) -> list[BatchFile]:
    """The recordings and transcripts in ``folder`` whose meeting date and client pass the filters."""
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no such folder")
    chosen = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and is_candidate(p)):
        who, date = peek(path)
        if (since and date < since) or (until and date > until):
            continue
        if client and (who or "").casefold() != client.casefold():
            continue
        seconds = audio_seconds(path) if ingest.is_audio(path) else None
        chosen.append(BatchFile(path, ingest.sha256_file(path), who, date, seconds))
    return chosen


# --- the worker side ---------------------------------------------------------------------------------------------
_WORKER: dict = {}


def _init_worker(settings_json: str, threads: int, audio: bool) -> None:
    """Runs once in each worker process: settings, quiet logs, and the models loaded up front."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    from pipeline import draft, runtime

    settings = Settings.model_validate_json(settings_json).model_copy(update={"whisper_cpu_threads": threads})
    runtime.configure(settings)
    _WORKER["settings"] = settings
    try:
        draft.warm_up(settings, audio=audio)
    except Exception as exc:  # noqa: BLE001 - reported per file, where the user sees it
        _WORKER["error"] = exc


def draft_one(path: str, sha256: str, out_dir: str) -> FileResult:
    """Claim, skip-if-done, draft. Runs in a worker (or inline); never raises for a bad file."""
    from pipeline import draft

    settings: Settings = _WORKER["settings"]
    name = Path(path).name
    if "error" in _WORKER and isinstance(_WORKER["error"], ConfigError):
        return FileResult(name, None, "failed", detail=str(_WORKER["error"]), sha256=sha256)
    started = time.perf_counter()
    with claims.try_claim(settings, sha256, wait=True) as _claim:  # waits while another process drafts it
        row = store_for(settings).find_by_hash(sha256)
        if row is not None:
            return _from_row(name, row, "skipped", "already drafted", sha256)
        try:
            result = draft.draft_meeting(path, Path(out_dir), settings, sha256=sha256)
        except DebriefError as exc:
            reason = exc.reason if isinstance(exc, InputFileError) else str(exc)
            return FileResult(name, None, "failed", detail=reason, seconds=time.perf_counter() - started, sha256=sha256)
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch; say what it was
            traceback.print_exc()
            reason = f"internal error ({type(exc).__name__}: {exc}); please report it"
            return FileResult(name, None, "failed", detail=reason, seconds=time.perf_counter() - started, sha256=sha256)
    record = result.record
    return FileResult(
        name,
        record.meeting.client,
        "drafted",
        duration=record.meeting.duration,
        actions=len(record.action_items),
        agreements=len(record.agreements),
        seconds=time.perf_counter() - started,
        detail=str(result.paths["docx"]),
        meeting_id=record.meeting_id,
        sha256=sha256,
    )


def _from_row(name: str, row, status: str, detail: str, sha256: str) -> FileResult:
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
) -> BatchReport:
    """Draft every selected file in ``folder`` over a process pool; write the week summary at the end."""
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
    if todo:
        _run_pool(todo, settings, out, workers or default_workers(), report, on_result)
    order = {f.path.name: i for i, f in enumerate(files)}
    report.results.sort(key=lambda r: order.get(r.name, len(order)))
    if summary and not report.interrupted:
        from pipeline.documents.week_summary import write_week_summary

        hashes, dates = [f.sha256 for f in files], [f.date for f in files]
        report.summary = write_week_summary(settings, hashes, out, since=since, until=until, dates=dates)
    report.seconds = time.perf_counter() - started
    return report


def _run_pool(
    todo: list[BatchFile],
    settings: Settings,
    out: Path,
    workers: int,
    report: BatchReport,
    on_result: Callable[[BatchFile, FileResult], None] | None,
) -> None:
    workers = max(1, min(workers, len(todo)))
    threads = max(1, (os.cpu_count() or 1) // workers)
    audio = any(f.audio_seconds is not None or ingest.is_audio(f.path) for f in todo)
    todo = sorted(todo, key=lambda f: f.weight, reverse=True)  # longest first: the workers finish together
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),  # no fork of a parent that may hold Prefect or SQLite threads
        initializer=_init_worker,
        initargs=(settings.model_dump_json(), threads, audio),
    )
    futures: dict[Future, BatchFile] = {}
    try:
        futures = {executor.submit(draft_one, str(f.path), f.sha256, str(out)): f for f in todo}
        for future in as_completed(futures):
            f = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker died (out of memory, killed): report, carry on
                result = FileResult(f.path.name, f.client, "failed", detail=f"the worker stopped ({exc})")
            if result.client is None:
                result.client = f.client
            report.results.append(result)
            if on_result:
                on_result(f, result)
        executor.shutdown(wait=True)
    except KeyboardInterrupt:
        report.interrupted = True
        executor.shutdown(wait=False, cancel_futures=True)
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()  # half-done files are redone on the next run: outputs are atomic
        raise


# --- presentation: progress bar and closing table ----------------------------------------------------------------
def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


def results_table(report: BatchReport):  # -> rich.table.Table
    from rich.table import Table

    table = Table(
        title=f"debrief batch: {len(report.results)} files in {report.seconds:.1f}s",
        title_justify="left",
        caption="Items: action items + agreements found.",
        caption_justify="left",
    )
    for column, justify in (("File", "left"), ("Client", "left"), ("Duration", "right"), ("Items", "right"),
                            ("Status", "left"), ("Time", "right")):  # fmt: skip
        table.add_column(column, justify=justify, overflow="fold")
    style = {"drafted": "green", "skipped": "cyan", "duplicate": "cyan", "failed": "red"}
    for r in report.results:
        items = "-" if r.actions is None else f"{r.actions} + {r.agreements}"
        status = f"[{style.get(r.status, '')}]{r.status}[/]"
        if r.status in ("duplicate", "skipped") and r.detail:
            status += f" ({r.detail})"
        table.add_row(r.name, r.client or "-", fmt_duration(r.duration), items, status,
                      f"{r.seconds:.1f}s" if r.seconds else "-")  # fmt: skip
    return table


def run_with_progress(folder: Path, settings: Settings, console=None, **options) -> BatchReport:
    """``run_batch`` with a progress bar: files done of total, audio hours, ETA (weighted by audio length)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    console = console or Console(stderr=True)
    state = {"files": 0, "total": 0, "audio_done": 0.0, "audio_total": 0.0}
    progress = Progress(
        TextColumn("[bold]drafting"),
        BarColumn(),
        TextColumn("{task.fields[files]} files"),
        TextColumn("{task.fields[audio]} h audio"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    task_id = progress.add_task("batch", total=None, files="0/0", audio="0.00/0.00")

    def fields() -> dict:
        return {
            "files": f"{state['files']}/{state['total']}",
            "audio": f"{state['audio_done'] / 3600:.2f}/{state['audio_total'] / 3600:.2f}",
        }

    def on_start(files: list[BatchFile]) -> None:
        state["total"] = len(files)
        state["audio_total"] = sum(f.audio_seconds or 0.0 for f in files)
        progress.update(task_id, total=sum(f.weight for f in files) or 1, **fields())

    def on_result(f: BatchFile, result: FileResult) -> None:
        state["files"] += 1
        state["audio_done"] += f.audio_seconds or 0.0
        progress.update(task_id, advance=f.weight, **fields())
        if result.status == "failed":
            progress.console.print(f"[red]{f.path.name}: failed: {result.detail}[/]")

    with progress:
        return run_batch(folder, settings, on_start=on_start, on_result=on_result, **options)
