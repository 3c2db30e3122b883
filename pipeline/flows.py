"""Prefect flows: thin wrappers whose tasks call the stage functions and do nothing else.

``process_meeting`` is what ``debrief process`` runs (Prefect's ephemeral mode, no server) and what the
``process-meeting`` deployment runs on a worker. Transcription is cached on the file's content hash plus the
settings that change its output, so a retried flow run does not transcribe again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from pipeline import documents, ingest, transcribe
from pipeline.errors import InputFileError
from pipeline.schemas import Extraction, Meeting, MeetingMeta, MeetingRecord, Transcript
from pipeline.settings import Settings, get_settings
from pipeline.store import store_for


def transcription_fingerprint(settings: Settings, client: str | None) -> str:
    """The settings that change a transcript; part of the transcription cache key."""
    initial, hotwords = transcribe.prompt_for(client, settings)
    parts = [
        str(settings.whisper_model_path()), settings.whisper_compute_type, str(settings.whisper_beam_size),
        str(settings.whisper_vad), settings.language, initial or "", hotwords or "",
    ]  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def _transcription_cache_key(_ctx, params: dict) -> str:
    return f"transcript-{params['sha256']}-{transcription_fingerprint(params['settings'], params['client'])}"


@task(name="hash-input", cache_policy=NO_CACHE)
def hash_task(path: Path) -> str:
    return ingest.sha256_file(path)


@task(name="read-metadata", cache_policy=NO_CACHE)
def metadata_task(path: Path) -> MeetingMeta | None:
    sidecar = ingest.sidecar_for(path)
    return ingest.read_sidecar(sidecar) if sidecar else ingest.meta_from_filename(path)


@task(name="transcribe", cache_key_fn=_transcription_cache_key, persist_result=True)
def transcribe_task(path: Path, sha256: str, client: str | None, settings: Settings) -> Transcript:
    return transcribe.transcribe(path, settings, client=client)


@task(name="import-transcript", cache_policy=NO_CACHE)
def import_task(path: Path) -> tuple[Transcript, MeetingMeta | None]:
    return ingest.read_transcript_file(path)


@task(name="build-meeting", cache_policy=NO_CACHE)
def meeting_task(path: Path, transcript: Transcript, sha256: str, embedded: MeetingMeta | None) -> Meeting:
    return ingest.build_meeting(path, transcript, sha256, embedded)


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(transcript: Transcript, meeting: Meeting, settings: Settings) -> Extraction:
    from pipeline.extract import extract

    return extract(transcript, meeting, settings)


@task(name="write-documents", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def documents_task(record: MeetingRecord, out_dir: Path) -> dict[str, Path]:
    return documents.write_contact_report(record, out_dir, record.meeting_id)


@task(name="store-draft", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def store_task(record: MeetingRecord, out_dir: Path, settings: Settings) -> str:
    return store_for(settings).save_draft(record, str(out_dir)).meeting_id


@flow(name="process-meeting", log_prints=False, validate_parameters=False)
def process_meeting(path: str, out_dir: str | None = None) -> dict[str, str]:
    """One recording or transcript in; the draft contact report (.docx, .md, .json) and draft WIP entries out."""
    settings = get_settings().ensure_workspace()
    source = Path(path).expanduser().resolve()
    if not source.is_file():
        raise InputFileError(source, "no such file")
    if not ingest.is_supported(source):
        raise InputFileError(source, f"unsupported file type '{source.suffix}'")
    target = Path(out_dir).expanduser().resolve() if out_dir else settings.reports
    sha256 = hash_task(source)
    meta = metadata_task(source)
    if ingest.is_audio(source):
        transcript = transcribe_task(source, sha256, meta.client if meta else None, settings)
        embedded = None
    else:
        transcript, embedded = import_task(source)
    meeting = meeting_task(source, transcript, sha256, embedded)
    meeting = meeting.model_copy(update={"meeting_id": documents.free_stem(target, source.stem, sha256)})
    extraction = extract_task(transcript, meeting, settings)
    record = MeetingRecord(
        meeting_id=meeting.meeting_id,
        meeting=meeting,
        transcript=transcript,
        action_items=extraction.action_items,
        agreements=extraction.agreements,
        extractor=extraction.extractor,
        generated_at=dt.datetime.now(dt.UTC),
    )
    paths = documents_task(record, target)
    store_task(record, target, settings)
    return {kind: str(p) for kind, p in paths.items()}
