"""Look at an input before any work is spent on it, and check afterwards that it did not change meanwhile.

``check_media`` runs first (before hashing): the file is not empty and not over ``max_file_mb``; a recording opens
as media, has an audio track and is not over ``max_duration_hours``, read from the container's header with PyAV,
without decoding. It returns a ``Snapshot`` (size, mtime, inode) that ``check_unchanged`` compares once
transcription is over and before anything is written, so a recording replaced, rewritten or deleted mid-way is
refused instead of drafted from a mix of two files.

Durations: most containers state their length exactly (mp4/m4a, ogg, wav, flac, webm with a Duration). An mp3
without a Xing/Info/VBRI frame count only has FFmpeg's estimate from the first frame's bit rate, which is far off
for VBR files (a VBR mp3 opening in silence: 20 s of audio, 123 s estimated), so such files, and files that state
no length, are measured by reading their packets (no decoding), stopping once the limit is passed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline import ingest
from pipeline.errors import InputFileError
from pipeline.settings import Settings

MB = 1024 * 1024
# A decoded recording this much shorter than its container says was cut off (a copy or download that stopped).
CUT_OFF_SLACK_SECONDS = 1.0
CUT_OFF_SLACK_FRACTION = 0.01


@dataclass(frozen=True)
class Snapshot:
    """What a file looked like when work on it began; another write, a replacement or a deletion changes it."""

    size: int
    mtime_ns: int
    inode: int
    device: int


@dataclass(frozen=True)
class MediaInfo:
    """What a recording's container says about itself, read without decoding."""

    format: str
    has_audio: bool
    has_video: bool
    declared_seconds: float | None  # the stated length, when it is exact (not a bit-rate estimate); else None


def snapshot(path: Path) -> Snapshot:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputFileError(path, "no such file") from None
    return Snapshot(st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)


def check_unchanged(path: Path, before: Snapshot) -> None:
    """Refuse a file that was rewritten, replaced or deleted since ``before`` was taken."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputFileError(path, "disappeared while it was being processed; nothing was written") from None
    if Snapshot(st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev) != before:
        raise InputFileError(
            path, "changed while it was being processed; nothing was written: process it again once it is complete"
        )


def check_media(path: Path, settings: Settings) -> Snapshot:
    """The checks that cost no decoding, for any input; a ``Snapshot`` for ``check_unchanged`` later.

    Call it before hashing: an oversized file is refused before it is read in full.
    """
    before = snapshot(path)
    if before.size == 0:
        raise InputFileError(path, "the file is empty")
    if before.size > settings.max_file_mb * MB:
        raise InputFileError(
            path,
            f"is {before.size / MB:,.0f} MB, over the {settings.max_file_mb:g} MB limit (DEBRIEF_MAX_FILE_MB sets it)",
        )
    if ingest.is_audio(path):
        check_audio(path, settings)
    return before


def check_audio(path: Path, settings: Settings) -> MediaInfo:
    """A recording opens as media, has an audio track and is within ``max_duration_hours``."""
    info = media_info(path)
    if not info.has_audio:
        what = "a video with no sound" if info.has_video else "no sound"
        raise InputFileError(path, f"has no audio track (the file holds {what})")
    limit = settings.max_duration_hours * 3600
    seconds = info.declared_seconds
    if seconds is None:
        seconds = measure_seconds(path, stop_after=limit)  # stops just past the limit: its full length is not known
    if seconds > limit:
        hours = f"{settings.max_duration_hours:g}-hour limit"
        length = f"is {clock(seconds)} long, over the {hours}" if info.declared_seconds else f"runs past the {hours}"
        raise InputFileError(path, f"{length} (DEBRIEF_MAX_DURATION_HOURS sets it)")
    return info


# raw AAC (ADTS, a phone recorder's .aac) and AMR state no length: FFmpeg estimates one from the bit rate
ESTIMATED_ONLY = {"aac", "amr"}


def check_complete(path: Path, info: MediaInfo, decoded_seconds: float) -> None:
    """Refuse a recording whose container states a length well beyond what decoded: it was cut off."""
    declared = info.declared_seconds
    if declared is None:
        return  # nothing to compare with: what decodes is the recording
    if decoded_seconds < declared - max(CUT_OFF_SLACK_SECONDS, CUT_OFF_SLACK_FRACTION * declared):
        raise InputFileError(
            path,
            f"is cut off: only {clock(decoded_seconds)} of its {clock(declared)} could be decoded; "
            "copy or export it again",
        )


def media_info(path: Path) -> MediaInfo:
    """Open ``path`` with PyAV (headers only). ``InputFileError`` for an empty file or one that is not media."""
    import av

    if path.stat().st_size == 0:
        raise InputFileError(path, "the file is empty")
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            kinds = {s.type for s in container.streams}
            fmt = container.format.name
            duration = container.duration / av.time_base if container.duration else None
    except av.FFmpegError as exc:
        reason = what_it_is(path) or _ffmpeg_reason(exc)
        raise InputFileError(path, f"cannot be decoded as audio ({reason})") from exc
    if not kinds & {"audio", "video"}:  # FFmpeg opens a WebVTT or SubRip file as subtitles
        reason = what_it_is(path) or f"FFmpeg reads it as '{fmt}', with no audio"
        raise InputFileError(path, f"cannot be decoded as audio ({reason})")
    formats = set(fmt.split(","))
    estimated = bool(formats & ESTIMATED_ONLY) or ("mp3" in formats and not mp3_states_length(path))
    if duration is not None and (duration <= 0 or estimated):
        duration = None
    return MediaInfo(fmt, "audio" in kinds, "video" in kinds, duration)


def measure_seconds(path: Path, stop_after: float | None = None) -> float:
    """The audio's length from its packets' timestamps (demuxing only), stopping once past ``stop_after``."""
    import av

    end = 0.0
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = container.streams.audio[0]
            base = stream.time_base
            for packet in container.demux(stream):
                if packet.pts is None or base is None:
                    continue
                end = max(end, float((packet.pts + (packet.duration or 0)) * base))
                if stop_after is not None and end > stop_after:
                    break
    except av.FFmpegError:
        pass  # damaged past this point: the length so far is what there is, and decoding says the rest
    return end


def mp3_states_length(path: Path) -> bool:
    """True if the first MPEG audio frame holds a Xing/Info or VBRI header with a frame count (an exact length)."""
    with path.open("rb") as fh:
        head = fh.read(10)
        offset = 0
        if head[:3] == b"ID3" and len(head) == 10:  # skip the ID3v2 tag: its size is four 7-bit bytes
            offset = 10 + (head[6] << 21 | head[7] << 14 | head[8] << 7 | head[9])
        fh.seek(offset)
        frame = fh.read(4096)
    sync = next((i for i in range(len(frame) - 1) if frame[i] == 0xFF and frame[i + 1] & 0xE0 == 0xE0), None)
    if sync is None:
        return False
    frame = frame[sync : sync + 200]
    for tag in (b"Xing", b"Info"):
        at = frame.find(tag)
        if at >= 0 and len(frame) >= at + 12:
            flags = int.from_bytes(frame[at + 4 : at + 8], "big")
            return bool(flags & 1) and int.from_bytes(frame[at + 8 : at + 12], "big") > 0
    at = frame.find(b"VBRI")
    return at >= 0 and len(frame) >= at + 18 and int.from_bytes(frame[at + 14 : at + 18], "big") > 0


def mp4_has_index(path: Path) -> bool:
    """True if an MP4/M4A file's top-level boxes include a whole ``moov`` (the index every player needs)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        at = 0
        while at + 8 <= size:
            fh.seek(at)
            header = fh.read(16)
            length, kind = int.from_bytes(header[:4], "big"), header[4:8]
            if length == 1 and len(header) == 16:
                length = int.from_bytes(header[8:16], "big")
            elif length == 0:
                length = size - at
            if length < 8 or at + length > size:
                return False  # a box runs past the end: the file was cut off
            if kind == b"moov":
                return True
            at += length
    return False


MAGIC = (
    (b"%PDF", "it is a PDF document, not a recording"),
    (b"PK\x03\x04", "it is a zip archive or an Office document, not a recording"),
    (b"{\\rtf", "it is an RTF document, not a recording"),
)


def what_it_is(path: Path) -> str | None:
    """A few words on what a file that is not media is, when its first bytes say so; None when they do not."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    for magic, words in MAGIC:
        if head.startswith(magic):
            return words
    if head[4:8] == b"ftyp" and not mp4_has_index(path):
        return "it is incomplete: its MP4 index is missing, so it was cut off or the recording never finished"
    text = head.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in text:
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(text, final=False)  # a character cut at 4096 bytes is fine
    except UnicodeDecodeError:
        return None
    if text.lstrip().startswith(b"WEBVTT"):
        return "it is a WebVTT transcript, not a recording; name it .vtt"
    return "it is text, not a recording; a transcript must be named .txt, .vtt or .srt"


def _ffmpeg_reason(exc: Exception) -> str:
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc))
    return text.split(":")[0].strip() or type(exc).__name__


def clock(seconds: float) -> str:
    """4:05:09 or 12:04 (minutes:seconds under an hour)."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
