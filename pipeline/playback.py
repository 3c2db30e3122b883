"""The recording the review page plays: kept in the workspace, found from the meeting record alone.

Drafting a meeting that has a recording (the recording itself, or one dropped with its transcript) keeps it as
``<home>/recordings/<meeting sha256><suffix>``: a hard link where the workspace is on the same disk (no space, no
time), else a copy; a recording no browser plays (.wma, .amr, .aiff, a QuickTime .mov) is kept as an .m4a. The
review app serves only that file, named from the stored record, never from the request, so nothing outside the
workspace can be reached, whether the files were drafted where they lay (``debrief process``, ``debrief batch``) or
moved to processed/ (``debrief watch``).

A recording that arrives after its Teams/Zoom transcript was drafted alone (``call.m4a`` an hour after
``call.vtt``) is that meeting's recording, not a second meeting: ``awaiting`` finds the meeting and ``attach`` keeps
the recording for it; nothing is transcribed.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
from pathlib import Path

from pipeline.pairing import ZOOM_CALL_RE, ZOOM_TRANSCRIPTS, call_stem
from pipeline.schemas import Meeting, MeetingRecord
from pipeline.settings import AUDIO_SUFFIXES, PLAYED_SUFFIXES, TRANSCRIPT_SUFFIXES, Settings

SHA256 = re.compile(r"[0-9a-f]{64}")


def folder(settings: Settings) -> Path:
    return settings.home / "recordings"


def kept_path(settings: Settings, meeting: Meeting) -> Path | None:
    """Where the meeting's recording is kept (whether or not it is there), or None if it has none."""
    suffix = Path(meeting.playback_name or "").suffix.lower()
    if suffix not in AUDIO_SUFFIXES or not SHA256.fullmatch(meeting.content_sha256):
        return None
    return folder(settings) / f"{meeting.content_sha256}{suffix if suffix in PLAYED_SUFFIXES else '.m4a'}"


def keep(recording: Path, meeting: Meeting, settings: Settings) -> Path | None:
    """Keep ``recording`` for ``meeting``'s playback (link, else copy; written atomically); its path in the
    workspace. An ``OSError`` (disk full) propagates: the caller sorts out whose fault it is."""
    target = kept_path(settings, meeting)
    if target is None:
        return None
    played = recording.suffix.lower() in PLAYED_SUFFIXES
    if target.exists() and (not played or target.stat().st_size == recording.stat().st_size):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        if not played:
            as_m4a(recording, tmp)
        else:
            try:
                os.link(recording, tmp)
            except OSError as exc:
                if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EACCES):
                    raise
                shutil.copyfile(recording, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def as_m4a(recording: Path, target: Path) -> None:
    """Write ``recording``'s sound to ``target`` as AAC in an .m4a, which every browser plays (a .wma, .amr or
    .aiff does not play in one): mono at Whisper's 16 kHz, which is what the words were taken from."""
    import av
    import numpy as np

    from pipeline.transcribe import SAMPLE_RATE, decode

    samples = (np.clip(decode(recording), -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
    with av.open(str(target), "w", format="ipod") as out:
        stream = out.add_stream("aac", rate=SAMPLE_RATE, layout="mono")
        stream.bit_rate = 48_000
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)


def playable(settings: Settings, meeting: Meeting) -> Path | None:
    """The kept recording of ``meeting``, if it is there."""
    path = kept_path(settings, meeting)
    return path if path is not None and path.is_file() else None


LATE_DAYS = 3  # a late recording is dated (sidecar, file name or mtime) within this many days of its meeting
TAIL_SECONDS = 120.0  # a recording may run this much longer than its transcript's last words (or 20% of its length)


def awaiting(recording: Path, on: dt.date, seconds: float | None, settings: Settings) -> MeetingRecord | None:
    """The meeting drafted earlier from this recording's transcript, if any: a transcript of the same stem
    (``call.vtt`` for ``call.m4a``; Zoom's ``GMT…_Recording.transcript.vtt`` for ``GMT…_Recording.m4a``; Teams'
    ``<subject>.vtt`` for ``<subject>-20261110_140203-Meeting Recording.mp4``; Meet's ``… - Transcript``) whose
    meeting has no other recording, is dated within ``LATE_DAYS`` of ``on`` and whose words end within the
    recording's ``seconds`` (when both are known). The same stem used for next week's call is another meeting: its
    date or length tells them apart. A Zoom call's video after its audio was drafted finds that meeting too."""
    from pipeline.store import store_for

    stems = [recording.stem]
    call = call_stem(recording)
    if call != recording.stem:  # Teams' "<subject>.vtt", Google Meet's "… - Transcript.docx"
        stems += [call, f"{call} - Transcript"]
    zoom = ZOOM_CALL_RE.match(recording.stem)
    if zoom:  # Zoom's "GMT…_Recording.m4a": its call's ".transcript.vtt", or another copy of the call drafted
        stems += [zoom["call"] + copy for copy in ZOOM_TRANSCRIPTS]
    names = [(stem + suffix).lower() for stem in stems for suffix in TRANSCRIPT_SUFFIXES]
    for row in store_for(settings).drafted_from(names, starting=zoom["call"] if zoom else None):
        record = MeetingRecord.model_validate(row.record)
        meeting, words = record.meeting, record.transcript
        its_transcript = row.source_name.lower() in names and meeting.playback_name in (None, recording.name)
        if not (its_transcript or same_call(meeting, recording)) or abs((meeting.date - on).days) > LATE_DAYS:
            continue
        end = words.duration or max((t for s in words.segments if (t := s.end or s.start)), default=None)
        if seconds is None or end is None or end - 30 <= seconds <= end + max(TAIL_SECONDS, seconds / 5):
            return record
    return None


def same_call(meeting: Meeting, recording: Path) -> bool:
    """Whether ``meeting`` already plays another recording of the Zoom call ``recording`` is of (its audio, when
    the video comes later): ``recording`` is then one more copy, neither transcribed nor played."""
    played = meeting.playback_name
    return bool(played) and played != recording.name and call_stem(Path(str(played))) == call_stem(recording)


def attach(recording: Path, record: MeetingRecord, settings: Settings) -> MeetingRecord:
    """Keep ``recording`` for playback of the meeting drafted from its transcript, and store it as that meeting's
    recording; the meeting as stored."""
    from pipeline.store import store_for

    meeting = record.meeting.model_copy(update={"playback_name": recording.name})
    keep(recording, meeting, settings)
    return store_for(settings).attach_recording(record.meeting_id, recording.name)
