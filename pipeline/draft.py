"""One meeting drafted in plain Python, with no Prefect: what the watcher and the batch workers run.

The stages and their order are those of ``flows.process_meeting`` (which shares ``resolve_input`` and
``record_for`` with this module): hash, metadata, transcribe or import, build the meeting, extract, write the
documents atomically, save the draft. Models are loaded once per process (``transcribe.load_model``,
``extract.load_nlp``); ``warm_up`` loads them ahead of the first file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline import documents, ingest, transcribe
from pipeline.errors import InputFileError
from pipeline.schemas import Extraction, Meeting, MeetingRecord, Transcript
from pipeline.settings import Settings
from pipeline.store import store_for


@dataclass
class Draft:
    record: MeetingRecord
    paths: dict[str, Path]


def resolve_input(path: str | Path) -> Path:
    """The absolute path of a usable input, or an ``InputFileError`` saying why not."""
    source = Path(path).expanduser().resolve()
    if not source.is_file():
        raise InputFileError(source, "no such file")
    if not ingest.is_supported(source):
        raise InputFileError(source, f"unsupported file type '{source.suffix}'")
    return source


def record_for(meeting: Meeting, transcript: Transcript, extraction: Extraction) -> MeetingRecord:
    return MeetingRecord(
        meeting_id=meeting.meeting_id,
        meeting=meeting,
        transcript=transcript,
        action_items=extraction.action_items,
        agreements=extraction.agreements,
        extractor=extraction.extractor,
        generated_at=dt.datetime.now(dt.UTC),
    )


def warm_up(settings: Settings, audio: bool = True) -> None:
    """Load the Whisper model (if ``audio``) and the spaCy pipeline now rather than on the first file."""
    from pipeline.extract import load_nlp

    if audio:
        transcribe.model_for(settings)
    load_nlp(settings)


def draft_meeting(path: str | Path, out_dir: Path, settings: Settings, sha256: str | None = None) -> Draft:
    """Draft one recording or transcript into ``out_dir`` and the store."""
    from pipeline.extract import extract

    source = resolve_input(path)
    sha256 = sha256 or ingest.sha256_file(source)
    if ingest.is_audio(source):
        sidecar = ingest.sidecar_for(source)
        meta = ingest.read_sidecar(sidecar) if sidecar else ingest.meta_from_filename(source)
        transcript = transcribe.transcribe(source, settings, client=meta.client if meta else None)
        embedded = None
    else:
        transcript, embedded = ingest.read_transcript_file(source)
    meeting = ingest.build_meeting(source, transcript, sha256, embedded)
    meeting = meeting.model_copy(update={"meeting_id": documents.free_stem(out_dir, source.stem, sha256)})
    record = record_for(meeting, transcript, extract(transcript, meeting, settings))
    paths = documents.write_contact_report(record, out_dir, record.meeting_id)
    store_for(settings).save_draft(record, str(out_dir), source_path=str(source))
    return Draft(record, paths)
