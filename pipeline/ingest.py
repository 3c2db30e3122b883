"""Probe an input file, hash it, read the meeting metadata and import written transcripts.

Metadata comes from the first of: a sidecar ``CALL.meeting.yaml`` / ``CALL.meeting.json``; metadata embedded
in the transcript (the evaluation kit's gold JSON carries client, date and attendees); the filename pattern
``YYYY-MM-DD Client - Title.ext``; the file's modification time. The meeting date anchors relative due dates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import yaml
from pydantic import ValidationError

from pipeline.errors import InputFileError
from pipeline.schemas import Attendee, Meeting, MeetingMeta, Segment, SourceKind, Transcript
from pipeline.settings import AUDIO_SUFFIXES, TRANSCRIPT_SUFFIXES

FILENAME_RE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<client>.+?)\s+-\s+(?P<title>.+)$")
TIMESTAMP = r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?"
CUE_RE = re.compile(rf"^\s*{TIMESTAMP}\s*-->\s*{TIMESTAMP}")
VOICE_RE = re.compile(r"<v(?:\.[^ >]*)?\s+([^>]+)>")
TAG_RE = re.compile(r"</?[^>]+>")
# "Sarah Chen: text" / "[00:01:02] Sarah: text" / "SARAH CHEN: text"; a speaker label is short and has no digits.
SPEAKER_LINE_RE = re.compile(
    r"^\s*(?:\[?\(?" + TIMESTAMP + r"\)?\]?\s*)?(?P<speaker>[^\W\d][\w .'\-&]{0,40}?)\s*:\s+(?P<text>.*\S)\s*$"
)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def is_audio(path: Path) -> bool:
    return path.suffix.lower() in AUDIO_SUFFIXES


def is_supported(path: Path) -> bool:
    name = path.name.lower()
    # sidecars, the watcher's error notes and turn-timing files sit beside recordings; they are not meetings
    if name.endswith((".meeting.json", ".meeting.yaml", ".meeting.yml", ".error.txt", ".segments.json")):
        return False
    return path.suffix.lower() in AUDIO_SUFFIXES + TRANSCRIPT_SUFFIXES


def sidecar_for(path: Path) -> Path | None:
    for suffix in (".meeting.yaml", ".meeting.yml", ".meeting.json"):
        candidate = path.with_name(path.stem + suffix)
        if candidate.exists():
            return candidate
    return None


def read_sidecar(path: Path) -> MeetingMeta:
    try:
        raw = (
            yaml.safe_load(path.read_text(encoding="utf-8"))
            if path.suffix != ".json"
            else json.loads(path.read_text(encoding="utf-8"))
        )
        return MeetingMeta.model_validate(raw or {})
    except (yaml.YAMLError, json.JSONDecodeError, ValidationError, UnicodeDecodeError) as exc:
        reason = str(exc).splitlines()[0] if not isinstance(exc, ValidationError) else _first_error(exc)
        raise InputFileError(path, f"the meeting sidecar is not valid ({reason})") from exc


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]


def meta_from_filename(path: Path) -> MeetingMeta | None:
    match = FILENAME_RE.match(path.stem)
    if not match:
        return None
    try:
        date = dt.date.fromisoformat(match["date"])
    except ValueError:
        return None
    return MeetingMeta(date=date, client=match["client"].strip(), title=match["title"].strip())


def _seconds(groups: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = groups
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int((millis or "0").ljust(3, "0")) / 1000


def _split_speaker(text: str) -> tuple[str | None, str]:
    voice = VOICE_RE.search(text)
    if voice:
        return voice.group(1).strip(), TAG_RE.sub("", text).strip()
    text = TAG_RE.sub("", text).strip()
    match = SPEAKER_LINE_RE.match(text)
    if match and len(match["speaker"].split()) <= 4:
        return match["speaker"].strip(), match["text"].strip()
    return None, text


def _merge_turns(cues: list[tuple[str | None, float | None, float | None, str]]) -> list[Segment]:
    """Consecutive cues of one speaker become one turn (Teams and Zoom split long utterances)."""
    segments: list[Segment] = []
    for speaker, start, end, text in cues:
        if not text:
            continue
        last = segments[-1] if segments else None
        if last is not None and speaker is not None and last.speaker == speaker:
            last.text = f"{last.text} {text}"
            last.end = end if end is not None else last.end
            continue
        segments.append(Segment(index=len(segments), start=start, end=end, text=text, speaker=speaker))
    return segments


def parse_cues(text: str) -> list[Segment]:
    """WebVTT (with ``<v Speaker>`` voice tags or ``Speaker:`` prefixes) and SubRip share this reader."""
    cues: list[tuple[str | None, float | None, float | None, str]] = []
    lines = text.replace("\r\n", "\n").replace("\ufeff", "").split("\n")
    i = 0
    while i < len(lines):
        match = CUE_RE.match(lines[i])
        if not match:
            i += 1
            continue
        start, end = _seconds(match.groups()[:4]), _seconds(match.groups()[4:])
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i].strip())
            i += 1
        speaker, content = _split_speaker(" ".join(body))
        cues.append((speaker, start, end, content))
    return _merge_turns(cues)


def parse_plain(text: str) -> list[Segment]:
    """``Speaker: text`` lines; a line without a label continues the previous turn."""
    cues: list[tuple[str | None, float | None, float | None, str]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        match = SPEAKER_LINE_RE.match(line)
        if match and len(match["speaker"].split()) <= 4:
            stamp = match.groups()[:4]
            start = _seconds(stamp) if stamp[1] is not None else None
            cues.append((match["speaker"].strip(), start, None, match["text"].strip()))
        elif cues:
            speaker, start, end, prev = cues[-1]
            cues[-1] = (speaker, start, end, f"{prev} {line.strip()}")
        else:
            cues.append((None, None, None, line.strip()))
    return _merge_turns(cues)


def parse_gold_json(path: Path, raw: dict) -> tuple[Transcript, MeetingMeta]:
    """The evaluation kit's meeting JSON: ``turns``, ``attendees`` (name, org, role), ``meeting_date``, ``client``."""
    try:
        turns = raw["turns"]
        segments = [
            Segment(index=i, text=str(t["text"]), speaker=t.get("speaker"), start=t.get("start"), end=t.get("end"))
            for i, t in enumerate(turns)
        ]
        attendees = [
            Attendee(name=a["name"], side=a.get("org") or a.get("side"), role=a.get("role"))
            for a in raw.get("attendees", [])
        ]
        date = dt.date.fromisoformat(raw["meeting_date"]) if raw.get("meeting_date") else None
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise InputFileError(path, f"not a meeting transcript JSON ({type(exc).__name__}: {exc})") from exc
    meta = MeetingMeta(
        client=raw.get("client"),
        agency=raw.get("agency"),
        title=raw.get("title"),
        date=date,
        attendees=attendees,
    )
    return Transcript(source_kind="gold-json", segments=segments), meta


def read_transcript_file(path: Path) -> tuple[Transcript, MeetingMeta | None]:
    """Import a written transcript (.vtt, .srt, .txt or meeting .json)."""
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, "the transcript is not UTF-8 text") from exc
    if suffix == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputFileError(path, f"the JSON is not valid (line {exc.lineno}: {exc.msg})") from exc
        if not isinstance(raw, dict) or "turns" not in raw:
            raise InputFileError(path, "the JSON has no 'turns' list, so it is not a meeting transcript")
        return parse_gold_json(path, raw)
    kind: SourceKind
    if suffix == ".vtt":
        if not text.lstrip().startswith("WEBVTT"):
            raise InputFileError(path, "not a WebVTT file (it does not start with WEBVTT)")
        segments, kind = parse_cues(text), "vtt"
    elif suffix == ".srt":
        segments, kind = parse_cues(text), "srt"
    else:
        segments, kind = parse_plain(text), "txt"
    if not segments:
        raise InputFileError(path, "the transcript has no text")
    ends = [s.end for s in segments if s.end is not None]
    return Transcript(source_kind=kind, segments=segments, duration=max(ends) if ends else None), None


def _merge_meta(*metas: MeetingMeta | None) -> MeetingMeta:
    merged: dict = {}
    for meta in metas:
        if meta is None:
            continue
        for key, value in meta.model_dump(exclude_defaults=True).items():
            merged.setdefault(key, value)
    return MeetingMeta.model_validate(merged)


def build_meeting(
    path: Path,
    transcript: Transcript,
    sha256: str,
    embedded: MeetingMeta | None = None,
    meeting_id: str | None = None,
) -> Meeting:
    """Combine the metadata sources, most specific first, into the ``Meeting`` every later stage uses."""
    sidecar_path = sidecar_for(path)
    sidecar = read_sidecar(sidecar_path) if sidecar_path else None
    from_name = meta_from_filename(path)
    meta = _merge_meta(sidecar, embedded, from_name)
    if sidecar and sidecar.date:
        date_source = "sidecar"
    elif embedded and embedded.date:
        date_source = "transcript"
    elif from_name:
        date_source = "filename"
    else:
        date_source = "mtime"
    date = meta.date or dt.datetime.fromtimestamp(path.stat().st_mtime).date()
    attendees = list(meta.attendees)
    known = {a.name.lower() for a in attendees}
    for speaker in dict.fromkeys(s.speaker for s in transcript.segments if s.speaker):
        if speaker.lower() not in known and not any(speaker.lower() == a.first_name.lower() for a in attendees):
            attendees.append(Attendee(name=speaker))
            known.add(speaker.lower())
    title = meta.title or (from_name.title if from_name else path.stem.replace("_", " ").replace("-", " ").strip())
    return Meeting(
        meeting_id=meeting_id or path.stem,
        title=title,
        client=meta.client,
        agency=meta.agency,
        job=meta.job,
        date=date,
        date_source=date_source,
        location=meta.location,
        attendees=attendees,
        distribution=meta.distribution,
        next_meeting=meta.next_meeting,
        source_name=path.name,
        source_kind=transcript.source_kind,
        content_sha256=sha256,
        duration=transcript.duration,
    )
