"""Prefect flows: thin wrappers whose tasks call the stage functions and do nothing else.

``process_meeting`` is what ``debrief process`` runs (Prefect's ephemeral mode, no server) and what the
``process-meeting`` deployment runs on a worker. Transcription is cached on the file's content hash plus the
settings that change its output, and its result is persisted (``PREFECT_LOCAL_STORAGE_PATH``, or a result storage
block such as S3 via ``PREFECT_RESULTS_DEFAULT_STORAGE_BLOCK``), so a retried or repeated flow run does not
transcribe again, on whichever worker it lands.

``batch`` and ``watch`` are the deployments' entry points for ``debrief batch`` and ``debrief watch``: each calls
the same plain function the CLI does (``pipeline.batch.run_batch``, ``pipeline.watch.watch``), which draft files
with ``pipeline.draft.draft_meeting`` in worker processes that load the models once.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from pipeline import draft, transcribe
from pipeline.batch import BatchReport
from pipeline.errors import DebriefError
from pipeline.schemas import MeetingMeta, MeetingRecord, Transcript
from pipeline.settings import Settings, get_settings


def transcription_fingerprint(settings: Settings, meta: MeetingMeta) -> str:
    """The settings that change a transcript; part of the transcription cache key."""
    parts = [
        str(settings.whisper_model_path()), settings.whisper_compute_type, str(settings.whisper_beam_size),
        str(settings.whisper_vad), settings.language, str(settings.whisper_batch_size),
        transcribe.prompt_for(meta.client, settings, [a.name for a in meta.attendees]) or "",
    ]  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def _transcription_cache_key(_ctx, params: dict) -> str:
    return f"transcript-{params['sha256']}-{transcription_fingerprint(params['settings'], params['meta'])}"


def _io_retry(_task, _run, state) -> bool:
    """Retry a failed save unless it failed for a reason a retry cannot change (confirmed, bad input)."""
    try:
        state.result()
    except DebriefError:
        return False
    except Exception:  # noqa: BLE001 - any other failure (a locked or busy database) may pass on a second try
        return True
    return False


@task(name="transcribe", cache_key_fn=_transcription_cache_key, persist_result=True)
def transcribe_task(path: Path, sha256: str, meta: MeetingMeta, settings: Settings) -> Transcript:
    return draft.transcribe_stage(path, sha256, meta, settings)


@task(name="write-documents", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def documents_task(record: MeetingRecord, out_dir: Path, settings: Settings) -> dict[str, Path]:
    return draft.write_stage(record, out_dir, settings)


@task(name="store-draft", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1, retry_condition_fn=_io_retry)
def store_task(record: MeetingRecord, out_dir: Path, source: Path, settings: Settings, force: bool) -> MeetingRecord:
    return draft.save_stage(record, out_dir, source, settings, force)


TASKS = draft.Stages(transcribe=transcribe_task, write=documents_task, save=store_task)


@flow(name="process-meeting", log_prints=False, validate_parameters=False)
def process_meeting(
    path: str,
    out_dir: str | None = None,
    force: bool = False,
    sha256: str | None = None,
    recording: str | None = None,
) -> dict[str, str]:
    """One recording or transcript in; the draft contact report (.docx, .md, .json) and draft WIP entries out.

    The stage sequence is ``pipeline.draft.draft_meeting``'s; this flow runs it with ``TASKS``. ``sha256``: the
    file's content hash when the caller has it already (a recording is not read twice to hash it); ``recording``: the
    recording dropped with the transcript ``path``, kept for playback (``pipeline.pairing``)."""
    from pipeline.workers import limit_heap_arenas

    limit_heap_arenas()  # a Prefect worker's flow-run process is not started through debrief's CLI
    settings = get_settings().ensure_workspace()
    target = Path(out_dir).expanduser().resolve() if out_dir else settings.reports
    result = draft.draft_meeting(path, target, settings, sha256=sha256, force=force, stages=TASKS, recording=recording)
    return {kind: str(p) for kind, p in result.paths.items()}


@flow(name="batch", log_prints=True, validate_parameters=False)
def batch_flow(
    folder: str | None = None,
    since: str | None = None,
    until: str | None = None,
    client: str | None = None,
    workers: int | None = None,
) -> BatchReport:
    """Every recording and transcript in ``folder`` (default: the inbox), spread over worker processes."""
    from pipeline.batch import parse_day, run_batch

    settings = get_settings().ensure_workspace()
    target = Path(folder).expanduser() if folder else settings.inbox
    report = run_batch(target, settings, since=parse_day(since), until=parse_day(until), client=client, workers=workers)
    problems = "; ".join(f"{r.name}: {r.status}: {r.detail}" for r in report.failed)
    print(f"{len(report.results)} files, {len(report.failed)} not drafted" + (f": {problems}" if problems else ""))
    return report


@flow(name="watch", log_prints=True, validate_parameters=False)
def watch_flow(folder: str | None = None, once: bool = False, settle: float = 1.0) -> int:
    """Watch ``folder`` (default: the inbox) and draft what arrives; with ``once``, stop when it is empty."""
    from pipeline.watch import watch as run_watch

    settings = get_settings().ensure_workspace()
    outcomes = run_watch(Path(folder).expanduser() if folder else None, settings, once=once, settle=settle)
    return sum(o.status == "done" for o in outcomes)
