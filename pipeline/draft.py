"""The stage sequence for one meeting, written once: what ``debrief process``, watch, batch and the flow all run.

    probe (size, length, sound) -> hash -> (stop if already confirmed) -> metadata -> transcribe or import
         -> (stop if the file changed meanwhile) -> build the meeting -> keep the recording for playback -> extract
         -> merge with the AE's review so far -> write the documents atomically -> save the draft

A transcript dropped with the recording of the same meeting (``recording=``, paired by ``pipeline.pairing``) is
imported, not transcribed: its words and speakers are used and the recording is only kept for playback.

``draft_meeting`` runs it in plain Python. The steps that touch the outside world are a ``Stages`` value, so the
Prefect flow (``pipeline.flows.process_meeting``) runs the same sequence with task versions of them (transcription
cached on the content hash, retries on writing and saving): kedro's nodes and pipeline, with Prefect as the runner.
Models are loaded once per process (``transcribe.model_for``, ``extract.load_nlp``); ``warm_up`` loads them ahead.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pipeline import documents, ingest, playback, probe, transcribe
from pipeline.errors import AlreadyConfirmedError, InputFileError
from pipeline.schemas import Extraction, Meeting, MeetingMeta, MeetingRecord, Transcript, unnamed_speaker
from pipeline.settings import AUDIO_SUFFIXES, TRANSCRIPT_SUFFIXES, Settings
from pipeline.store import MeetingRow, store_for


@dataclass
class Draft:
    record: MeetingRecord
    paths: dict[str, Path]


def resolve_input(path: str | Path) -> Path:
    """The absolute path of a usable input, or an ``InputFileError`` saying why not. A symbolic link stays the
    link: its sidecar and partner are the files beside it, not beside the file it points to."""
    source = Path(os.path.abspath(Path(path).expanduser()))
    if source.is_dir():
        raise InputFileError(
            source, f"a folder, not a file: give the files in it ('{path}'/*), or draft them all with debrief batch"
        )
    if not source.is_file():
        raise InputFileError(source, "no such file")
    if not ingest.is_supported(source):
        raise InputFileError(
            source,
            f"unsupported file type '{source.suffix}': debrief drafts recordings ({' '.join(AUDIO_SUFFIXES)}) "
            f"and transcripts ({' '.join(TRANSCRIPT_SUFFIXES)})",
        )
    return source


def without_unnamed_voices(meeting: Meeting) -> Meeting:
    """The meeting without the voices diarization could not name ("Speaker 2") on its attendee list: they are in
    the transcript, for the AE to name on the review page, but nobody is reported as attending under that label."""
    attendees = [a for a in meeting.attendees if not unnamed_speaker(a.name)]
    return meeting if len(attendees) == len(meeting.attendees) else meeting.model_copy(update={"attendees": attendees})


MeetingOrMeta = TypeVar("MeetingOrMeta", Meeting, MeetingMeta)


def with_known_client(meeting: MeetingOrMeta, title: str, clients: Callable[[], list[str]]) -> MeetingOrMeta:
    """``meeting`` with the client its title names, when nothing else gave one and the workspace already has that
    client ("Kestrel Cider weekly status.docx" with no sidecar, after earlier Kestrel Cider meetings): the report
    is headed and numbered for them, and a recording's glossary is theirs."""
    if meeting.client:
        return meeting
    client = ingest.client_named(meeting.title or title, clients())  # the workspace is asked only when it must be
    return meeting.model_copy(update={"client": client}) if client else meeting


def record_for(meeting: Meeting, transcript: Transcript, extraction: Extraction) -> MeetingRecord:
    return MeetingRecord(
        meeting_id=meeting.meeting_id,
        meeting=meeting,
        transcript=transcript,
        action_items=extraction.action_items,
        agreements=extraction.agreements,
        extractor=extraction.extractor,
        suggested_action_items=extraction.suggested_action_items,
        suggested_agreements=extraction.suggested_agreements,
        generated_at=dt.datetime.now(dt.UTC),
    )


def warm_up(settings: Settings, audio: bool = True) -> None:
    """Load the Whisper model (if ``audio``) and the spaCy pipeline now rather than on the first file."""
    from pipeline.extract import load_nlp

    if audio:
        transcribe.model_for(settings)
    load_nlp(settings)


def check_not_confirmed(source: Path, sha256: str, settings: Settings, force: bool = False) -> MeetingRow | None:
    """The stored meeting of this recording, if any; ``AlreadyConfirmedError`` if it is confirmed and not ``force``."""
    existing = store_for(settings).find_by_hash(sha256)
    if existing is not None and existing.status == "confirmed" and not force:
        raise AlreadyConfirmedError(source.name, existing.meeting_id, existing.report_number)
    return existing


# --- the steps with side effects, as plain functions (the flow wraps each in a task) -------------------------------
def transcribe_stage(path: Path, sha256: str, meta: MeetingMeta, settings: Settings) -> Transcript:
    """``sha256`` is unused here; the flow's task caches on it. The client's glossary and the attendees' names
    (``meta``: what the sidecar and file name say) go into Whisper's prompt. With speakers on, the voices are
    gathered from the audio as it is decoded for Whisper (``speakers.listener``)."""
    listen = None
    if settings.diarize:
        from pipeline import speakers

        listen = speakers.listener(path) if speakers.available() else None
    names = [a.name for a in meta.attendees]
    return transcribe.transcribe(path, settings, client=meta.client, names=names, listen=listen)


def speakers_stage(path: Path, transcript: Transcript, meta: MeetingMeta | None, settings: Settings) -> Transcript:
    """Who spoke when, named from the meeting where it is clear (``pipeline.speakers``); with ``diarize`` off only
    Zoom's track of each participant says it (they are the call's own record, not a guess), else unchanged."""
    from pipeline import speakers
    from pipeline.speakers import sides

    # one OpenBLAS thread unless Whisper has more: the encoder's small products gain nothing from a second thread,
    # whose spinning stalls it on a busy machine (73-s sample: 0.6 s on one thread, 0.6-3.8 s on two)
    attendees = meta.attendees if meta else []
    threads = settings.whisper_cpu_threads or 1
    return speakers.diarize(path, transcript, attendees, threads, sides.load(settings.models_dir), settings.diarize)


def named_labels(transcript: Transcript, meta: MeetingMeta, settings: Settings) -> Transcript:
    """A written transcript whose speakers are only labels ("Speaker 1"), named from the call where it is clear."""
    from pipeline.speakers import naming, sides

    return naming.name_labelled(transcript, list(meta.attendees), sides.load(settings.models_dir))


def sided_by_speech(meeting: Meeting, transcript: Transcript, settings: Settings) -> Meeting:
    """Attendees no sidecar, firm or label gave a side take the side their own words make sure of
    (``speakers.sides``, right for 0.99 of the voices it is sure of), so "we'll send the scripts" has an owner."""
    from pipeline.speakers import sides

    model = sides.load(settings.models_dir)
    if model is None or all(a.side for a in meeting.attendees):
        return meeting
    said: dict[str, list[str]] = {}
    for seg in transcript.segments:
        if seg.speaker:
            said.setdefault(seg.speaker, []).append(seg.text)
    attendees = [
        a.model_copy(update={"side": model.sure_side(" ".join(said[a.name]), meeting.attendees)})
        if a.side is None and a.name in said
        else a
        for a in meeting.attendees
    ]
    return meeting.model_copy(update={"attendees": attendees})


def write_stage(record: MeetingRecord, out_dir: Path, settings: Settings) -> dict[str, Path]:
    """The draft's files, on the agency's letterhead (``DEBRIEF_REPORT_TEMPLATE`` or the client's own)."""
    from pipeline.documents.letterhead import report_style

    style = report_style(settings, record.meeting.client)
    return documents.write_contact_report(record, out_dir, record.meeting_id, style)


def save_stage(record: MeetingRecord, out_dir: Path, source: Path, settings: Settings, force: bool) -> MeetingRecord:
    return store_for(settings).save_draft(
        record, str(out_dir), source_path=str(source), force=force, next_weekday=settings.next_weekday
    )


def drafted_transcript(
    source: Path, settings: Settings, sources: ingest.MetadataSources | None = None
) -> MeetingRecord | None:
    """For a recording: the meeting drafted earlier from its Teams/Zoom transcript alone (``playback.awaiting``)."""
    if not ingest.is_audio(source):
        return None
    on = (sources or ingest.read_metadata(source)).date[0]
    return playback.awaiting(source, on, probe.media_info(source).declared_seconds, settings)


def late_recording(recording: Path, earlier: MeetingRecord, settings: Settings) -> Draft:
    """``recording`` arrived after its transcript was drafted alone: kept for that meeting's playback, nothing is
    transcribed; the meeting's draft files are as they were. Another copy of a Zoom call already drafted and played
    (its video after its audio) changes nothing."""
    copy = playback.same_call(earlier.meeting, recording)
    record = earlier if copy else playback.attach(recording, earlier, settings)
    row = store_for(settings).get(record.meeting_id)
    return Draft(record, documents.draft_paths(Path(row.reports_dir) if row else settings.reports, record.meeting_id))


@dataclass(frozen=True)
class Stages:
    transcribe: Callable[[Path, str, MeetingMeta, Settings], Transcript] = transcribe_stage
    speakers: Callable[[Path, Transcript, MeetingMeta | None, Settings], Transcript] = speakers_stage
    write: Callable[[MeetingRecord, Path, Settings], dict[str, Path]] = write_stage
    save: Callable[[MeetingRecord, Path, Path, Settings, bool], MeetingRecord] = save_stage


PLAIN = Stages()


def resolve_recording(source: Path, recording: str | Path, settings: Settings) -> Path:
    """The recording dropped with the transcript ``source``, checked as a recording is (no decoding)."""
    path = resolve_input(recording)
    if not ingest.is_audio(source) and ingest.is_audio(path):
        try:
            probe.check_media(path, settings)
        except InputFileError as exc:
            raise InputFileError(
                path, f"{exc.reason} (the recording of {source.name}; move it away to draft the transcript alone)"
            ) from exc
        return path
    which = "recordings" if ingest.is_audio(source) else "transcripts"
    raise InputFileError(source, f"cannot be paired with {path.name}: both are {which}; drop one transcript with one "
                         "recording")  # fmt: skip


def draft_meeting(
    path: str | Path,
    out_dir: Path,
    settings: Settings,
    sha256: str | None = None,
    force: bool = False,
    stages: Stages = PLAIN,
    recording: str | Path | None = None,
) -> Draft:
    """Draft one recording or transcript into ``out_dir`` and the store.

    ``recording``: the recording of the same meeting, dropped with the transcript ``path`` (``pipeline.pairing``):
    the words and speakers are the transcript's, nothing is transcribed, and the recording is kept for playback.
    A meeting already in review keeps the AE's work; a confirmed one raises ``AlreadyConfirmedError`` before
    anything is transcribed or written, unless ``force`` asks for a new draft version."""
    from pipeline.extract import extract

    source = resolve_input(path)
    before = probe.check_media(source, settings)  # empty, too big, too long, no sound: refused before hashing
    partner = resolve_recording(source, recording, settings) if recording is not None else None
    sha256 = sha256 or ingest.sha256_file(source)
    store = store_for(settings)
    existing = check_not_confirmed(source, sha256, settings, force)
    sources = ingest.read_metadata(source, partner=partner)  # sidecar, file name, mtime: read once
    if partner is None and existing is None and (earlier := drafted_transcript(source, settings, sources)):
        return late_recording(source, earlier, settings)
    if ingest.is_audio(source):
        meta = with_known_client(sources.merged(), source.stem, store.clients)
        transcript = stages.transcribe(source, sha256, meta, settings)
        probe.check_unchanged(source, before)  # the speakers stage may read it again (a transcript from the cache)
        transcript = stages.speakers(source, transcript, meta, settings)
    else:
        transcript, embedded = ingest.read_transcript_file(source)
        sources = sources.with_embedded(embedded)
        transcript = named_labels(transcript, sources.merged(), settings)  # Otter's "Speaker 1", named from the call
    probe.check_unchanged(source, before)  # rewritten or deleted while it was read: nothing is written
    stem = existing.meeting_id if existing is not None else documents.free_stem(out_dir, source.stem, sha256)
    meeting = without_unnamed_voices(
        ingest.build_meeting(
            source,
            transcript,
            sha256,
            meeting_id=stem,
            sources=sources,
            playback_name=partner.name if partner else None,
        )
    )
    meeting = sided_by_speech(with_known_client(meeting, meeting.title, store.clients), transcript, settings)
    if (recording_path := partner or (source if ingest.is_audio(source) else None)) is not None:
        playback.keep(recording_path, meeting, settings)  # the review page plays it from the workspace
    extraction = extract(transcript, meeting, settings)
    if not meeting.next_meeting and extraction.next_meeting:  # "Same time next week?" when the header has none
        meeting = meeting.model_copy(update={"next_meeting": extraction.next_meeting})
    fresh = record_for(meeting, transcript, extraction)
    record = store.draft_for(fresh, force=force, next_weekday=settings.next_weekday)
    paths = stages.write(record, out_dir, settings)
    record = stages.save(record, out_dir, source, settings, force)
    return Draft(record, paths)
