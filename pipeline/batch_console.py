"""What ``debrief batch`` shows in a terminal: the progress bar while it runs and the table it ends with (rich)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from pipeline import pairing
from pipeline.batch import BatchFile, BatchReport, FileResult, run_batch
from pipeline.settings import Settings


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


def results_table(report: BatchReport) -> Table:
    table = Table(
        title=f"debrief batch: {len(report.results)} files in {report.seconds:.1f}s",
        title_justify="left",
        caption="Items: action items + agreements found.",
        caption_justify="left",
    )
    for column in ("File", "Client", "Duration", "Items", "Status", "Time"):
        right = column in ("Duration", "Items", "Time")
        table.add_column(column, justify="right" if right else "left", overflow="fold")
    style = {"drafted": "green", "skipped": "cyan", "duplicate": "cyan", "failed": "red", "not drafted": "yellow"}
    for r in report.results:
        items = "-" if r.actions is None else f"{r.actions} + {r.agreements}"
        status = f"[{style.get(r.status, '')}]{r.status}[/]"
        if r.status in ("duplicate", "skipped") and r.detail:
            status += f" ({r.detail})"
        name = f"{r.name}\n+ {r.recording} (played, not transcribed)" if r.recording else r.name
        name += "".join(f"\n+ {other} ({pairing.what_copy(Path(other))}, not drafted)" for other in r.others)
        table.add_row(name, r.client or "-", fmt_duration(r.duration), items, status,
                      f"{r.seconds:.1f}s" if r.seconds else "-")  # fmt: skip
    return table


def run_with_progress(folder: Path, settings: Settings, console: Console | None = None, **options: Any) -> BatchReport:
    """``run_batch`` with a progress bar: files done of total, audio hours, ETA (weighted by audio length)."""
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
        if result.status in ("failed", "not drafted"):
            progress.console.print(f"[red]{f.path.name}: {result.status}: {result.detail}[/]")

    with progress:
        return run_batch(folder, settings, on_start=on_start, on_result=on_result, **options)
