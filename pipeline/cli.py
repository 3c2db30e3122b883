"""The ``debrief`` command. Errors a user can act on print one line, with no traceback, and exit non-zero."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pipeline.errors import DebriefError
from pipeline.settings import REPO_ROOT, Settings, get_settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from pipeline.schemas import MeetingRecord

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Client-meeting recordings in; draft contact reports and WIP entries out. Offline. Workspace: $DEBRIEF_HOME.",
)
wip_app = typer.Typer(no_args_is_help=True, help="The WIP (work in progress) register.")
app.add_typer(wip_app, name="wip")

Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect and model logs.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(f"debrief: error: {message}", err=True, fg="red")
    return typer.Exit(code)


def _settings(verbose: bool = False):
    from pipeline import runtime

    settings = get_settings().ensure_workspace()
    runtime.configure(settings, verbose)
    return settings


def _drafted_transcript(file: Path, settings: Settings) -> MeetingRecord | None:
    """For a recording given alone: the meeting drafted earlier from its transcript (``draft.drafted_transcript``).
    A file that cannot be read is None here; its error is reported when its turn comes."""
    from pipeline.draft import drafted_transcript, resolve_input

    try:
        return drafted_transcript(resolve_input(file), settings)
    except DebriefError:
        return None


@app.command()
def process(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Recordings (wav, mp3, m4a, mp4, mov, ogg, flac, webm, …) or transcripts (vtt, srt, txt, docx, json)."
        ),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output folder (default: the workspace's reports/).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Draft a confirmed meeting again: a new version beside the confirmed one.")
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Transcribe and extract one or more meetings; write draft contact reports and WIP entries.

    A transcript and the recording of the same meeting (same stem, or a sidecar naming the other; given together
    or lying side by side) are one meeting: the transcript's words, the recording for playback, no transcription.
    A meeting already in review keeps the AE's edits and decisions; a confirmed one is left alone unless --force."""
    settings = _settings(verbose)
    from pipeline import pairing, playback, probe, runtime
    from pipeline.draft import check_not_confirmed, resolve_input, resolve_recording
    from pipeline.ingest import is_audio, read_metadata, sha256_file
    from pipeline.store import AlreadyConfirmedError
    from pipeline.workers import workspace_fault

    meetings = pairing.for_inputs(files)
    audio = any(is_audio(m.words) for m in meetings)
    preload = runtime.Preload(settings, audio, server=bool(runtime.prefect_api_url()))
    late = {
        m.words: earlier
        for m in meetings
        if audio and m.recording is None and (earlier := _drafted_transcript(m.words, settings))
    }
    preload.audio = any(is_audio(m.words) and m.words not in late for m in meetings)  # a late one is not transcribed
    failures = 0
    for meeting in meetings:
        started = time.perf_counter()
        file, recording = meeting.words, meeting.recording
        try:
            # refused before Prefect starts: a missing, unsupported, empty, too big or silent file, a confirmed meeting
            probe.check_media(source := resolve_input(file), settings)
            if recording is not None:
                resolve_recording(source, recording, settings)
                typer.echo(f"{file.name}: with the recording {recording.name}, for playback; nothing is transcribed")
            for other in meeting.others:
                typer.echo(f"{other.name}: {pairing.what_copy(other)}, not drafted (drafted from {file.name})")
            if recording is None and (named := pairing.named_partner(source)) is not None:
                typer.echo(f"{file.name}: its sidecar names {named}, which is not beside it; drafted from it alone")
            existing = check_not_confirmed(source, sha := sha256_file(source), settings, force)
            if file in late and existing is None:
                before = late[file].meeting
                said = (f"another copy of the call {before.source_name} drafted before; not drafted"
                        if playback.same_call(before, file) else f"the recording of {before.source_name}, drafted "
                        "earlier; kept for its playback, nothing is transcribed")  # fmt: skip
                typer.echo(f"{file.name}: {said}")
            read_metadata(source, partner=recording)  # a bad sidecar: its one line now, not after the models load
            paths = runtime.draft_one(file, out, settings, force, preload, sha256=sha, recording=recording)
        except AlreadyConfirmedError as exc:
            typer.echo(str(exc))
            continue
        except DebriefError as exc:
            typer.secho(f"debrief: error: {exc}", err=True, fg="red")
            failures += 1
            continue
        except Exception as exc:  # disk full, a read-only output folder, a locked database: one line, not a traceback
            if (fault := workspace_fault(exc, out or settings.reports, settings)) is None:
                raise
            typer.secho(f"debrief: error: {file.name}: not drafted: {fault}", err=True, fg="red")
            failures += 1
            continue
        typer.echo(f"{file.name}: drafted in {time.perf_counter() - started:.1f}s")
        for kind in ("docx", "md", "json"):
            typer.echo(f"  {kind:5} {paths[kind]}")
    if failures:
        raise typer.Exit(1)


@wip_app.command("export")
def wip_export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, xlsx or docx.")] = "csv",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: reports/wip.<format>).")
    ] = None,
    include_drafts: Annotated[
        bool, typer.Option("--include-drafts", help="Also export draft entries still awaiting review.")
    ] = False,
) -> None:
    """Export the WIP register (confirmed entries, as the review page shows it), grouped by client, by due date."""
    from pipeline.documents import WIP_EXPORTS, atomic_write
    from pipeline.store import store_for

    settings = _settings()
    if fmt not in WIP_EXPORTS:
        raise fail(f"unknown format '{fmt}'; choose one of {', '.join(WIP_EXPORTS)}", 2)
    store = store_for(settings)
    entries = store.wip_entries(include_drafts=include_drafts)
    target = out or settings.reports / f"wip.{fmt}"
    atomic_write(target, WIP_EXPORTS[fmt](entries))
    waiting = 0 if include_drafts else len(store.wip_entries(include_drafts=True)) - len(entries)
    typer.echo(
        f"{len(entries)} WIP entries written to {target}"
        + (f"; {waiting} more are in drafts not yet confirmed (confirm them with debrief review, or add "
           "--include-drafts)" if waiting else "")
    )  # fmt: skip


@app.command()
def send(
    meeting: Annotated[str, typer.Argument(help="The meeting's id (its draft's file stem) or its report number.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder for the .eml (default: beside the .docx).")
    ] = None,
) -> None:
    """Write the e-mail of a confirmed report as an .eml draft to open in Outlook, Apple Mail or Thunderbird.

    To: the distribution list's addresses (attendees' `email` in the sidecar); the confirmed .docx attached.
    debrief itself sends nothing."""
    from pipeline.review.publish import write_send_draft
    from pipeline.store import store_for

    settings = _settings()
    store = store_for(settings)
    path, to = write_send_draft(store, meeting, out)
    typer.echo(f"{path}")
    typer.echo(f"  to: {', '.join(a for _, a in to.to) or 'nobody yet (no addresses on the distribution list)'}")
    if to.missing:
        typer.echo(f"  no address for: {', '.join(to.missing)} (add `email:` to their attendee entry, or type it in)")


@app.command()
def review(
    host: Annotated[str, typer.Option(help="Address to serve on; anything but loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8765,
    token: Annotated[
        str | None,
        typer.Option(envvar="DEBRIEF_REVIEW_TOKEN", help="Access token browsers must present once; 'new' makes one."),
    ] = None,
) -> None:
    """Serve the review page: edit, accept, reject and confirm drafts; the WIP register and its exports."""
    import secrets

    from pipeline.review import check_bind

    if token == "new":
        token = secrets.token_urlsafe(18)
    try:
        check_bind(host, token)
    except DebriefError as exc:
        raise fail(str(exc), 2) from None
    settings = _settings()
    import uvicorn

    from pipeline.review import create_app

    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"debrief review on http://{shown}:{port}/{'?token=' + token if token else ''}")
    if token:
        typer.echo(f"access token: {token}")
    uvicorn.run(create_app(settings, token=token), host=host, port=port, log_level="warning")


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold meeting JSON files, or an AMI meetings.jsonl.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the predictions.")],
) -> None:
    """Draft annotated meetings as `debrief process` would, write the predictions and print the scorer's line.

    A gold folder is scored by the kit's score.py (beside the folder), an AMI meetings.jsonl by its ami_eval.py."""
    from pipeline.evaluate import run_eval

    settings = _settings()
    if not gold_dir.exists():
        raise fail(f"{gold_dir}: no such file or folder")
    typer.echo(run_eval(gold_dir, out, settings))


def _existing(folders: list[Path]) -> None:
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        raise fail(f"{missing[0]}: no such folder")


def _trainer(kind: str) -> Callable[..., None]:
    """``debrief train-agreements`` / ``train-actions``: fit one learned scorer on annotated meetings."""

    def train_scorer(
        folders: Annotated[list[Path], typer.Argument(help="Folders of meetings in the gold format (FORMAT.md).")],
        out: Annotated[Path, typer.Option("--out", "-o", help="The scorer file to write.")] = REPO_ROOT
        / "models"
        / f"{kind}_scorer.json",
    ) -> None:
        module = importlib.import_module(f"pipeline.extract.{kind}_scorer")
        _existing(folders)
        typer.echo(module.train(folders, out, _settings()))

    train_scorer.__doc__ = (
        f"Fit the {kind} scorer (pipeline/extract/{kind}_scorer.py) on annotated meetings and write its weights."
    )
    return train_scorer


app.command("train-agreements")(_trainer("agreement"))
app.command("train-actions")(_trainer("action"))


@app.command("train-sides")
def train_sides(
    folders: Annotated[list[Path], typer.Argument(help="Folders of meetings in the gold format (FORMAT.md).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The model file to write.")] = REPO_ROOT
    / "models"
    / "speaker_sides.json",
) -> None:
    """Fit the model of which side a voice speaks for (pipeline/speakers/sides.py) on meetings with speakers."""
    from pipeline.speakers import sides

    _existing(folders)
    typer.echo(sides.train(folders, out))


@app.command()
def demo(verbose: Verbose = False) -> None:
    """Process the bundled sample recordings into the workspace and say where the drafts are."""
    from pipeline.ingest import is_audio

    settings = _settings(verbose)
    samples = sorted(p for p in (REPO_ROOT / "samples").iterdir() if is_audio(p))
    if not samples:
        raise fail(f"no sample recordings in {REPO_ROOT / 'samples'}")
    process(samples, None, False, verbose)
    typer.echo(f"\nDrafts are in {settings.reports}. Review them with: debrief review")


@app.command()
def watch(
    folder: Annotated[Path | None, typer.Argument(help="Folder to watch (default: the workspace's inbox/).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Draft what is in the folder now, then exit.")] = False,
    settle: Annotated[float, typer.Option(help="Seconds a file's size must stay unchanged before it is taken.")] = 1.0,
    interval: Annotated[float, typer.Option(help="Seconds between looks at the folder.")] = 0.5,
    pair_wait: Annotated[
        float | None,
        typer.Option(help="Seconds a lone transcript or recording waits for its partner (DEBRIEF_PAIR_WAIT, 10)."),
    ] = None,
    verbose: Verbose = False,
) -> None:
    """Draft each recording or transcript dropped into FOLDER; move it to processed/ or failed/.

    A transcript and the recording of the same meeting (same stem, or a sidecar naming the other) are drafted once,
    from the transcript, with the recording kept for playback; they move together."""
    from pipeline.watch import watch as run_watch

    settings = _settings(verbose)
    outcomes = run_watch(
        folder, settings, once=once, settle=settle, interval=interval, echo=typer.echo, pair_wait=pair_wait
    )
    if once and any(o.status in ("failed", "kept") for o in outcomes):  # kept: disk full, read-only, locked
        raise typer.Exit(1)


@app.command()
def batch(
    folder: Annotated[Path, typer.Argument(help="Folder of recordings and transcripts, e.g. a week of calls.")],
    since: Annotated[str | None, typer.Option(help="Only meetings on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Only meetings on or before this date (YYYY-MM-DD).")] = None,
    client: Annotated[str | None, typer.Option(help="Only this client's meetings.")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (default: reports/).")] = None,
    verbose: Verbose = False,
) -> None:
    """Draft every meeting in FOLDER over all cores; skip finished ones; write the week summary."""
    from rich.console import Console

    from pipeline.batch import parse_day, subfolders
    from pipeline.batch_console import results_table, run_with_progress

    settings = _settings(verbose)
    console = Console(width=None if sys.stdout.isatty() else 140)
    options = dict(since=parse_day(since), until=parse_day(until), client=client, workers=workers, out_dir=out)
    report = run_with_progress(folder, settings, console=Console(stderr=True), **options)
    console.print(results_table(report))
    for r in report.failed:
        console.print(f"[red]failed[/] {r.name}: {r.detail}")
    for kind, path in report.summary.items():
        console.print(f"week summary ({kind}): {path}")
    if nested := subfolders(folder.expanduser()):
        inside = ", ".join(f"{name}/ ({n} file{'s' if n > 1 else ''})" for name, n in nested.items())
        console.print(f"not looked in: {inside}; debrief batch drafts the files in {folder} itself: run it on each "
                      "folder too, or move their files up")  # fmt: skip
    if report.failed:
        raise typer.Exit(1)


@app.command("client-review")
def client_review(
    client: Annotated[str, typer.Argument(help="The client, as named in the meetings (case does not matter).")],
    since: Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD; default 91 days back).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day of the period (YYYY-MM-DD; default today).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (default: reports/).")] = None,
) -> None:
    """A period of one client's meetings: decisions over time, promises and delivery, competitors and market."""
    from pipeline.batch import parse_day
    from pipeline.client_review import build_review
    from pipeline.client_review.document import write_client_review

    settings = _settings()
    review = build_review(settings, client, since=parse_day(since), until=parse_day(until))
    paths = write_client_review(review, out or settings.reports, settings)
    typer.echo(
        f"{review.client}, {review.since} to {review.until}: {len(review.meetings)} meetings, "
        f"{len(review.decisions)} agreements, {len(review.promises)} action items, "
        f"{len(review.mentions)} competitor mentions"
    )
    for kind in ("docx", "md", "png"):
        typer.echo(f"  {kind:5} {paths[kind]}")


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(ctx: typer.Context) -> None:
    """Pipeline vs bare faster-whisper on FILES (default: the samples): RTF, ratio, stages, memory. --help for more.

    debrief bench [FILES...] [--model tiny.en|base] [--json] [--startup]; or --batch N, --watch, --rss N,
    --decoding."""
    from pipeline import bench as bench_mod

    bench_mod.main(list(ctx.args))


def main() -> None:
    try:
        app()
    except DebriefError as exc:
        typer.secho(f"debrief: error: {exc}", err=True, fg="red")
        sys.exit(1)
    except KeyboardInterrupt:
        typer.secho("debrief: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
