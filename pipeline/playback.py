"""The recording the review page plays: kept in the workspace, found from the meeting record alone.

Drafting a meeting that has a recording (the recording itself, or one dropped with its transcript) keeps it as
``<home>/recordings/<meeting sha256><suffix>``: a hard link where the workspace is on the same disk (no space, no
time), else a copy. The review app serves only that file, named from the stored record, never from the request, so
nothing outside the workspace can be reached, whether the files were drafted where they lay (``debrief process``,
``debrief batch``) or moved to processed/ (``debrief watch``).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

from pipeline.schemas import Meeting
from pipeline.settings import AUDIO_SUFFIXES, Settings

SHA256 = re.compile(r"[0-9a-f]{64}")


def folder(settings: Settings) -> Path:
    return settings.home / "recordings"


def kept_path(settings: Settings, meeting: Meeting) -> Path | None:
    """Where the meeting's recording is kept (whether or not it is there), or None if it has none."""
    suffix = Path(meeting.playback_name or "").suffix.lower()
    if suffix not in AUDIO_SUFFIXES or not SHA256.fullmatch(meeting.content_sha256):
        return None
    return folder(settings) / f"{meeting.content_sha256}{suffix}"


def keep(recording: Path, meeting: Meeting, settings: Settings) -> Path | None:
    """Keep ``recording`` for ``meeting``'s playback (link, else copy; written atomically); its path in the
    workspace. An ``OSError`` (disk full) propagates: the caller sorts out whose fault it is."""
    target = kept_path(settings, meeting)
    if target is None:
        return None
    if target.exists() and target.stat().st_size == recording.stat().st_size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
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


def playable(settings: Settings, meeting: Meeting) -> Path | None:
    """The kept recording of ``meeting``, if it is there."""
    path = kept_path(settings, meeting)
    return path if path is not None and path.is_file() else None
