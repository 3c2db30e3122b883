"""Probe an input file, hash it, read the meeting metadata and import written transcripts.

The transcript formats themselves (VTT, SRT, plain text, the eval kit's JSON) are parsed in
``pipeline.transcripts``; this module reads the file, decodes it and picks the parser.

Metadata comes from the first of: a sidecar ``CALL.meeting.yaml`` / ``CALL.meeting.json``; metadata embedded
in the transcript (the evaluation kit's gold JSON carries client, date and attendees); the filename pattern
``YYYY-MM-DD Client - Title.ext``; the file's modification time. The meeting date anchors relative due dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, get_args

import docx
import yaml
from docx.opc.exceptions import PackageNotFoundError
from pydantic import ValidationError

from pipeline import pairing, transcripts
from pipeline.errors import InputFileError
from pipeline.schemas import Attendee, DateSource, Meeting, MeetingMeta, Side, SourceKind, Transcript
from pipeline.settings import AUDIO_SUFFIXES, TRANSCRIPT_SUFFIXES

log = logging.getLogger(__name__)

FILENAME_RE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<client>.+?)\s+-\s+(?P<title>.+)$")
ZOOM_START_RE = re.compile("^" + pairing.ZOOM_CALL)
MEETING_FIELDS = ", ".join(MeetingMeta.model_fields)
ATTENDEE_FIELDS = ", ".join(Attendee.model_fields)
WEEKDAYS = {name.lower()[:3]: number for number, name in enumerate(calendar.day_name)}
NUMERIC_DATE_RE = re.compile(r"(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})")
FAR_DAYS = 2 * 365  # a meeting date further than this from today is read, and warned about
PLAUSIBLE_YEARS = (1900, 2999)
# what to write, by field, in a sidecar error
# the labels of the details a transcript typed by hand opens with: the sidecar field each gives ("" for none)
DETAIL_LABELS = {
    "date": "date", "client": "client", "agency": "agency", "title": "title", "subject": "title", "meeting": "title",
    "job": "job", "project": "job", "location": "location", "place": "location", "venue": "location",
    "attendees": "attendees", "participants": "attendees", "present": "attendees", "invited": "attendees",
    "distribution": "distribution", "next meeting": "next_meeting", "time": None, "duration": None, "agenda": None,
}  # fmt: skip
LISTED = {"attendees", "distribution"}
SIDES_SPEAKING = {"client", "agency"}  # labels a transcript also names its speakers by ("Client: Morning.")
# an attendee with side and role in brackets after the name: "Maya Brooks (Agency, Account Director)"
ATTENDEE_WRITTEN_RE = re.compile(r"(?P<name>[^()]+?)\s*\((?P<about>[^()]+)\)")
SIDECAR_HINTS = {
    "date": "use YYYY-MM-DD, e.g. 2027-02-01",
    "attendees": "write one attendee a line, e.g. '- {name: Dana Whitlock, side: client, role: Brand Manager}'",
    "distribution": "write a list of names or e-mail addresses, one '- name' a line",
    "name": "every attendee needs a name, e.g. '- {name: Dana Whitlock}'",
    "side": "use agency or client",
}
TEXT_HINT = "write it as text (in quotes if it looks like a number, a date or yes/no)"


class _SidecarLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as the text written, so the sidecar's date is checked (and explained) once."""


_SidecarLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    """The sidecar's metadata; any problem is one ``InputFileError`` line naming the field and what to write."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            path, f"the meeting sidecar is not UTF-8 text ({_bad_byte(path.read_bytes(), exc)})"
        ) from exc
    try:
        raw = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_SidecarLoader)
    except json.JSONDecodeError as exc:
        raise InputFileError(path, f"the JSON is not valid (line {exc.lineno}: {exc.msg})") from exc
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputFileError(path, f"the YAML is not valid ({where}{problem})") from exc
    if raw is None:
        return MeetingMeta()
    if not isinstance(raw, dict):
        raise InputFileError(
            path, f"write the meeting's fields one a line, e.g. 'client: Acme' (allowed: {MEETING_FIELDS})"
        )
    return _meta_written(raw, path)


def _meta_written(raw: dict[Any, Any], path: Path, where: str = "") -> MeetingMeta:
    """A sidecar's fields as people write them (``_as_written``) read into ``MeetingMeta``; a problem is one
    ``InputFileError`` line naming the field and what to write, after ``where`` (the part of the file)."""
    raw = _as_written(raw)
    if isinstance(raw.get("date"), str):
        try:
            raw["date"] = written_date(raw["date"]) or raw["date"]
        except ValueError as exc:
            raise InputFileError(path, f"{where}date: {exc}") from exc
    try:
        return MeetingMeta.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise InputFileError(path, where + _explain(errors[0]) + more) from exc


def _as_written(raw: dict[Any, Any]) -> dict[Any, Any]:
    """A sidecar as people write it, in the fields' own form: "Date:" or "Next meeting:" for ``date`` and
    ``next_meeting`` (unless that field is there too), attendees as plain names ("- Sarah Chen") or grouped by side
    ("agency: [Sarah Chen]" over "client: [David Hughes]")."""
    fields: dict[Any, Any] = {}
    for key, value in raw.items():
        name = re.sub(r"[\s-]+", "_", key.strip().lower()) if isinstance(key, str) else key
        fields[name if name in MeetingMeta.model_fields and name not in raw else key] = value
    attendees = fields.get("attendees")
    if isinstance(attendees, dict) and attendees and set(map(str.lower, map(str, attendees))) <= set(get_args(Side)):
        attendees = [
            {**(a if isinstance(a, dict) else {"name": a}), "side": str(side).lower()}
            for side, group in attendees.items()
            for a in (group if isinstance(group, list) else [group])
        ]
    if isinstance(attendees, list):
        sides = {str(fields[side]).strip().lower(): side for side in get_args(Side) if fields.get(side)}
        fields["attendees"] = [_attendee_written(a, sides) if isinstance(a, str) else a for a in attendees]
    return fields


def _attendee_written(text: str, sides: dict[str, str]) -> dict[str, str]:
    """An attendee written as a name with its side and role in brackets: "Maya Brooks (Agency, Account Director)",
    "Hannah Cole (Harbour Gin)" (the client's name: the client's side), "Tom Reid (Head of Trade)" (a role)."""
    written = ATTENDEE_WRITTEN_RE.fullmatch(text.strip())
    if written is None:
        return {"name": text.strip()}
    attendee = {"name": written["name"]}
    for part in (p.strip() for p in written["about"].split(",")):
        side = part.lower() if part.lower() in get_args(Side) else sides.get(part.lower())
        if side and "side" not in attendee:
            attendee["side"] = side
        elif part:
            attendee["role"] = f"{attendee['role']}, {part}" if "role" in attendee else part
    return attendee


def opening_details(text: str) -> tuple[str, dict[str, Any]]:
    """The meeting's details a transcript typed by hand opens with, a ``Label: value`` line each ("Date: 3 December
    2026", "Client: Harbour Gin", "Attendees: …", or "Attendees:" over a name a line), as a sidecar's fields; and
    the text with those lines left blank (its line numbers kept for warnings). Only lines above the first
    speaker's, under a label nobody speaks under again ("Client: Morning." in a transcript of "Client" and "Agency"
    is said)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    spoken = Counter(m["speaker"].strip().lower() for line in lines if (m := transcripts.labelled(line)))
    heads = transcripts.speaker_heads(lines)
    fields: dict[str, Any] = {}
    listing: str | None = None  # the field a bare "Attendees:" opened: a name a line under it
    for k, line in enumerate(lines):
        if k + 1 in heads:
            break
        said = transcripts.labelled(line)
        label = said["speaker"] if said else line.strip()[:-1] if line.strip().endswith(":") else ""
        field = DETAIL_LABELS.get(label.strip().lower(), "")
        if field in SIDES_SPEAKING and said and said["text"].rstrip().endswith((".", "?", "!")):
            field = ""  # "Client: Morning all.": a side named as its speaker, saying something once
        if field != "" and spoken[label.strip().lower()] <= 1:
            value = said["text"].strip() if said else ""
            if field in LISTED and value:
                fields[field] = [n for n in re.split(r"[,;](?![^()]*\))", value) if n.strip()]
            elif field and value:
                fields[field] = value
            listing = field if field in LISTED and not value else None
        elif listing and line.strip() and not said:
            fields.setdefault(listing, []).append(line.strip().lstrip("-*•").strip())
        elif said:
            break
        else:
            listing = None
            continue
        lines[k] = ""
    return ("\n".join(lines) if fields else text), fields


def written_date(text: str) -> dt.date | None:
    """A date as people write it, when it reads one way only: "10 Nov 2026", "Tuesday 10 November 2026", "November
    10, 2026", "25/11/2026" (day first: no 25th month), "10.11.2026" (dots: day first). ``ValueError`` saying why
    for "10/11/2026" (10 November or October 11?), a day that is not in its month, or a weekday that is not the
    date's; None for text that is no such date (the caller explains what to write)."""
    written = text.strip()
    weekday = re.match(r"^(?P<name>[A-Za-z]{3,9})\.?,?\s+(?=\d|[A-Za-z]{3,9}\.?\s+\d)", written)
    if weekday and weekday["name"].lower()[:3] in WEEKDAYS:
        written = written[weekday.end() :]
    else:
        weekday = None
    numeric = NUMERIC_DATE_RE.fullmatch(written)
    if numeric:
        first, second, year = int(numeric["first"]), int(numeric["second"]), int(numeric["year"])
        readings = {(year, second, first)} if numeric["sep"] == "." else {(year, second, first), (year, first, second)}
        dates = (transcripts.calendar_date(f"{y}-{m}-{d}", "%Y-%m-%d") for y, m, d in readings)
        days = sorted({day for day in dates if day})
        if len(days) > 1:
            a, b = days if days[0].day == first else days[::-1]
            raise ValueError(
                f"'{text}' could be {a:%-d %B %Y} or {b:%B %-d, %Y}; write {a.isoformat()} or {b.isoformat()}"
            )
        day = days[0] if days else None
    else:
        found = next((m for pattern in transcripts.DATE_RES[:2] if (m := pattern.fullmatch(written))), None)
        day = transcripts.date_written(found) if found else None
    if day and weekday and WEEKDAYS[weekday["name"].lower()[:3]] != day.weekday():
        raise ValueError(f"'{text}': {day:%-d %B %Y} is a {day:%A}; write the date as YYYY-MM-DD")
    return day


def _explain(err: Mapping[str, Any]) -> str:
    """One pydantic error as 'field: what is wrong; what to write'."""
    loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
    names = [p for p in err["loc"] if isinstance(p, str)]
    field = names[-1] if names else ""
    in_attendee = len(names) > 1 and names[0] == "attendees"
    kind, given = err["type"], err.get("input")
    shown = repr(given) if isinstance(given, str) else json.dumps(given, default=str)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    if kind == "extra_forbidden":
        allowed = ATTENDEE_FIELDS if in_attendee else MEETING_FIELDS
        return f"{loc}: unknown field; the fields allowed {'for an attendee ' if in_attendee else ''}are {allowed}"
    if kind == "missing":
        return f"{loc}: missing; {SIDECAR_HINTS.get(field, 'add it')}"
    if field == "date" and not in_attendee:
        real = "is not a day of the calendar" if re.fullmatch(r"'\d{4}-\d{2}-\d{2}'", shown) else "is not a date"
        return f"{loc}: {shown} {real}; {SIDECAR_HINTS['date']}"
    if field == "attendees" and isinstance(err["loc"][-1], int):
        return f"{loc}: {shown} is not an attendee; {SIDECAR_HINTS['attendees']}"
    if kind == "literal_error":
        return f"{loc}: {shown} is not allowed; {SIDECAR_HINTS.get(field, err['msg'].lower())}"
    hint = TEXT_HINT if kind.startswith("string") else SIDECAR_HINTS.get(field)
    msg = err["msg"][0].lower() + err["msg"][1:]
    return f"{loc}: {msg}, not {shown}" + (f"; {hint}" if hint else "")


def check_date(date: dt.date, source: str, today: dt.date | None = None) -> None:
    """Warn (not refuse) when the meeting date is far in the past or future: relative deadlines hang on it. A year
    outside 1900-2999 is refused: no meeting is dated so, and 'by Friday' after 9999-12-31 is no date at all."""
    if not PLAUSIBLE_YEARS[0] <= date.year <= PLAUSIBLE_YEARS[1]:
        raise InputFileError(
            source, f"date: {date.isoformat()} is not a plausible meeting date; {SIDECAR_HINTS['date']}"
        )
    today = today or dt.date.today()
    days = (date - today).days
    if abs(days) > FAR_DAYS:
        when = f"{-days // 365} years ago" if days < 0 else f"{days // 365} years from today"
        log.warning(
            "%s: the meeting date %s is %s; deadlines like 'by Friday' are resolved against it, so check it",
            source,
            date.isoformat(),
            when,
        )


def meta_from_filename(path: Path) -> MeetingMeta | None:
    """What a file's name says of its meeting: ``2026-11-10 Client - Title``; Zoom's cloud recording names the call
    by its start in UTC (``GMT20261110-140203_Recording.m4a``, its date here the local one), its recording on the
    computer by the folder (``2026-11-10 14.02.03 Kestrel weekly sync/audio1587654321.m4a``), Teams by its title and
    start (``Kestrel WIP-20261110_140203-Meeting Recording.mp4``); any other name with a whole date in it gives the
    date and the rest as the title (Google Meet's ``Kestrel WIP - 2026_11_10 14_02 GMT - Recording.mp4``)."""
    match = FILENAME_RE.match(path.stem)
    if match:
        day = transcripts.calendar_date(match["date"], "%Y-%m-%d")
        return MeetingMeta(date=day, client=match["client"].strip(), title=match["title"].strip()) if day else None
    if zoom := ZOOM_START_RE.match(path.stem):
        try:
            start = dt.datetime.strptime(zoom["start"], "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        except ValueError:
            return None
        return MeetingMeta(date=start.astimezone().date())
    if pairing.ZOOM_LOCAL_RE.match(path.stem) and (local := pairing.ZOOM_FOLDER_RE.match(path.parent.name)):
        day = transcripts.calendar_date(local["date"], "%Y-%m-%d")  # the folder: the call's local start, its topic
        return MeetingMeta(date=day, title=local["topic"].strip()) if day else None
    if teams := transcripts.RECORDING_NAME_RE.match(path.stem):
        day = transcripts.calendar_date(teams["date"], "%Y%m%d")
        return MeetingMeta(date=day, title=teams["title"].strip()) if day else None
    named = transcripts.heading_meta([path.stem])  # a date in the name (Google Meet's "Kestrel WIP - 2026/11/10 …")
    return MeetingMeta(date=named.date, title=named.title) if named is not None and named.date else None


# a line of a Zoom chat saved from the call: "14:03:10 From  Sarah Chen  to  Everyone:" (the message below, or after)
CHAT_LINE_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+From\s+\S.*?\s+to\s+\S.*?:", re.MULTILINE | re.IGNORECASE)
TIMED_LINE_RE = re.compile(r"^\d{1,2}:\d{2}", re.MULTILINE)


def is_chat_text(text: str) -> bool:
    """A call's chat by its lines: most lines that open on a time say who wrote to whom."""
    said = len(CHAT_LINE_RE.findall(text))
    return said >= 2 and 2 * said >= len(TIMED_LINE_RE.findall(text))


def read_transcript_file(path: Path) -> tuple[Transcript, MeetingMeta | None]:
    """Import a written transcript (.vtt, .srt, .txt, Word .docx or meeting .json)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text, details = opening_details(_document_text(path))
        segments, meta = transcripts.parse_document(text, path)
        return Transcript(source_kind="docx", segments=segments), _with_details(meta, details, path)
    data = path.read_bytes()
    try:
        # UTF-16 with its byte-order mark: Notepad's "Unicode", Windows PowerShell's ">"
        text = data.decode("utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            path, f"the transcript is not UTF-8 text ({_bad_byte(data, exc)}); save it as UTF-8"
        ) from exc
    if not text.strip():
        raise InputFileError(path, "the file is empty" if not data else "the transcript has no text")
    if suffix == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputFileError(path, f"the JSON is not valid (line {exc.lineno}: {exc.msg})") from exc
        except (ValueError, RecursionError) as exc:
            raise InputFileError(path, f"the JSON cannot be read ({str(exc).splitlines()[0][:80]})") from exc
        if not isinstance(raw, dict) or "turns" not in raw:
            raise InputFileError(path, "the JSON has no 'turns' list, so it is not a meeting transcript")
        transcript, meta = transcripts.parse_gold_json(path, raw)
        if not any(s.text.strip() for s in transcript.segments):
            raise InputFileError(path, "the transcript has no text (its 'turns' are empty)")
        return transcript, meta
    kind: SourceKind
    meta = None  # what the transcript says of the meeting: a .txt's heading
    if suffix == ".vtt":
        if not text.lstrip().startswith("WEBVTT"):
            raise InputFileError(path, "not a WebVTT file (it does not start with WEBVTT)")
        segments, kind = transcripts.parse_cues(text, path), "vtt"
    elif suffix == ".srt":
        segments, kind = transcripts.parse_cues(text, path), "srt"
    else:
        if pairing.is_chat(path) or is_chat_text(text):
            raise InputFileError(
                path, "a Zoom chat (the messages typed during the call), not a transcript of what was said: give "
                "the call's recording or its transcript (….transcript.vtt)",
            )  # fmt: skip
        text, details = opening_details(text)
        segments, meta = transcripts.parse_headed(text, path) or (transcripts.parse_plain(text, path), None)
        meta, kind = _with_details(meta, details, path), "txt"
    if not segments:
        raise InputFileError(path, "the transcript has no text")
    if not any(s.speaker for s in segments):
        log.warning(
            "%s: no speaker names found, so its action items have no owner; a transcript names who speaks with "
            "'Sarah Chen: text' lines, a line 'Sarah Chen  0:03' above the words, or a WebVTT <v Sarah Chen> tag",
            path.name,
        )
    # a typed transcript's times say when each turn starts ("Speaker 1  0:46"): the call lasted at least to the last
    ends = [s.end for s in segments if s.end is not None] or [s.start for s in segments if s.start is not None]
    return Transcript(source_kind=kind, segments=segments, duration=max(ends) if ends else None), meta


def _with_details(heading: MeetingMeta | None, fields: dict[str, Any], path: Path) -> MeetingMeta | None:
    """What a transcript says of its meeting: the details it opens with (``opening_details``), read as a sidecar's
    are, then what its heading gives besides."""
    if not fields:
        return heading
    details = _meta_written(fields, path, "the meeting's details at the top: ")
    if heading is None:
        return details
    return MeetingMeta.model_validate(
        heading.model_dump(exclude_defaults=True) | details.model_dump(exclude_defaults=True)
    )


def _document_text(path: Path) -> str:
    """A Word document's paragraphs, a line each (a line break inside one starts a new line)."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise InputFileError(
            path, "not a Word document (an old .doc, or a damaged download?); save it again as .docx from Word or Teams"
        ) from exc
    except (KeyError, ValueError) as exc:
        raise InputFileError(
            path, f"the Word document cannot be read ({exc}); save it again as .docx from Word or Teams"
        ) from exc
    if document.core_properties.author == "debrief":
        raise InputFileError(path, "this is a document debrief wrote (a contact report or WIP), not a transcript")
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def _bad_byte(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where the first byte that is not UTF-8 is: 'byte 0xe9 at line 3, column 12'."""
    offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"byte 0x{data[offset]:02x} at line {line}, column {column}"


@dataclass(frozen=True)
class MetadataSources:
    """Every source of a meeting's details, each read once; the order they count in is written here only:
    the sidecar, the transcript's own metadata, the ``YYYY-MM-DD Client - Title`` file name, the file's mtime."""

    sidecar: MeetingMeta | None
    sidecar_name: str | None
    embedded: MeetingMeta | None
    from_name: MeetingMeta | None
    mtime: dt.date

    def _ordered(self) -> list[tuple[DateSource, MeetingMeta | None]]:
        return [("sidecar", self.sidecar), ("transcript", self.embedded), ("filename", self.from_name)]

    def with_embedded(self, embedded: MeetingMeta | None) -> MetadataSources:
        """These sources and the metadata a transcript carries (known once it is read)."""
        return replace(self, embedded=embedded) if embedded is not None else self

    def merged(self) -> MeetingMeta:
        """Each field from the first source that gives it."""
        fields: dict[str, object] = {}
        for _source, meta in self._ordered():
            for key, value in (meta.model_dump(exclude_defaults=True) if meta else {}).items():
                fields.setdefault(key, value)
        return MeetingMeta.model_validate(fields)

    @property
    def client(self) -> str | None:
        return next((m.client for _s, m in self._ordered() if m and m.client), None)

    @property
    def date(self) -> tuple[dt.date, DateSource]:
        """The meeting date and where it came from."""
        return next(((m.date, s) for s, m in self._ordered() if m and m.date), (self.mtime, "mtime"))


def read_metadata(path: Path, sidecar: bool = True, partner: Path | None = None) -> MetadataSources:
    """The sources of ``path``'s meeting details that sit outside it (sidecar, file name, mtime); a bad sidecar is
    an ``InputFileError`` (``sidecar=False`` leaves it out). Add the transcript's own with ``with_embedded``.
    ``partner``: the recording dropped with a transcript, whose sidecar and name serve when the transcript's do not
    (Teams names a downloaded transcript by the meeting's subject alone, the recording by its subject and start)."""
    sidecar_path = (sidecar_for(path) or (sidecar_for(partner) if partner else None)) if sidecar else None
    return MetadataSources(
        sidecar=read_sidecar(sidecar_path) if sidecar_path else None,
        sidecar_name=sidecar_path.name if sidecar_path else None,
        embedded=None,
        from_name=meta_from_filename(path) or (meta_from_filename(partner) if partner else None),
        mtime=dt.datetime.fromtimestamp(path.stat().st_mtime).date(),
    )


# words that open many firms' names ("Blue Harbour", "North Star Foods"): a title's "Blue sky session" names no client
GENERIC_FIRST_WORDS = frozenset(
    "blue green red black white gold golden silver new north south east west great big little first global united "
    "national international royal city general modern smart bright happy good best pure true open free grand prime "
    "next future brand team client project weekly monthly daily studio creative digital media the".split()
)


def title_of(stem: str, client: str | None) -> str:
    """The title a file's name gives when nothing else does: a slug's words ("kestrel-cider-wip" -> "kestrel cider
    wip"), a name with spaces as it is written ("check-in" keeps its hyphen), without the client it opens on
    ("Fernhill Bakery - Christmas campaign check-in" of a Fernhill Bakery meeting: "Christmas campaign check-in")."""
    name = stem.replace("_", " ")
    name = " ".join((name if " " in stem.strip() else name.replace("-", " ")).split())
    head, dash, rest = name.partition(" - ")
    if dash and rest and client and head.casefold() == " ".join(client.split()).casefold():
        return rest
    return name


def client_named(title: str, clients: list[str]) -> str | None:
    """The known client a meeting's title names in full ("Kestrel Cider weekly status" -> "Kestrel Cider"), the
    longest when several do; else the one known client whose name's first word the title says, capitalised, as
    people shorten it ("Fenwick shoot catch-up" -> "Fenwick Cycles"; not a word that opens many firms' names, nor
    one two known clients share); None when none does."""
    named = [c for c in clients if len(c) >= 3 and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", title, re.IGNORECASE)]
    if named:
        return max(named, key=len)
    short = {
        c
        for c in clients
        if len(words := c.split()) > 1
        and len(words[0]) >= 4
        and words[0].lower() not in GENERIC_FIRST_WORDS
        and re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", title)
    }
    return short.pop() if len(short) == 1 else None


def _named_in_full(attendees: list[Attendee], transcript: Transcript) -> list[Attendee]:
    """A sidecar's attendee given by first name only ("Sarah") takes the full name of the one speaker of that first
    name ("Sarah Chen"), keeping their side and role: one person, listed once, whose items know their side."""
    speakers = list(dict.fromkeys(s.speaker for s in transcript.segments if s.speaker and len(s.speaker.split()) > 1))
    named = {a.name.lower() for a in attendees}
    full = []
    for attendee in attendees:
        first = attendee.name.lower()
        matches = [s for s in speakers if s.split()[0].lower() == first and s.lower() not in named]
        one = len(attendee.name.split()) == 1 and len(matches) == 1
        one = one and sum(1 for a in attendees if a.first_name.lower() == first) == 1
        full.append(attendee.model_copy(update={"name": matches[0]}) if one else attendee)
    return full


def _sided_by_firm(attendees: list[Attendee], client: str | None, agency: str | None) -> list[Attendee]:
    """Attendees written with their firm, "Fiona Grant (Strand Hotels, Marketing Director)" or "Marcus Webb
    (Bright Signal)", take the side the firm is: the client's (named by the file or the sidecar) or the agency's;
    when the others name just one firm besides the client's, with a role after it, that firm is the agency. The
    firm leaves the role."""
    unsided = [(a, a.role.split(", ", 1)) for a in attendees if a.side is None and a.role]
    sides = {f.lower(): side for side, f in (("client", client), ("agency", agency)) if f}
    others = {parts[0].lower() for _a, parts in unsided if len(parts) > 1} - sides.keys()
    if client and not agency and len(others) == 1 and any(p[0].lower() == client.lower() for _a, p in unsided):
        sides[others.pop()] = "agency"
    sided = {a.name: (sides[parts[0].lower()], parts[1:]) for a, parts in unsided if parts[0].lower() in sides}
    return [
        a.model_copy(update={"side": sided[a.name][0], "role": ", ".join(sided[a.name][1]) or None})
        if a.name in sided
        else a
        for a in attendees
    ]


def _firms_titled(attendees: list[Attendee], title: str, agency: str | None) -> tuple[str | None, str | None]:
    """The client and the agency when nothing names the client but the title names one of the two firms the
    attendees are written with ("Marlow Insurance - Broker Awards Dinner" with "Helen Price (Marlow Insurance, Head
    of Partnerships)" and "Jo Harding (Fettle Events, Event Director)"): that firm, and the other."""
    firms = {a.role.split(", ", 1)[0] for a in attendees if a.side is None and a.role and ", " in a.role}
    client = client_named(title, sorted(firms)) if len(firms) == 2 else None
    if client is None:
        return None, agency
    return client, agency or next(f for f in firms if f != client)


def build_meeting(
    path: Path,
    transcript: Transcript,
    sha256: str,
    embedded: MeetingMeta | None = None,
    meeting_id: str | None = None,
    sources: MetadataSources | None = None,
    playback_name: str | None = None,
) -> Meeting:
    """Combine the metadata sources (``read_metadata(path)`` unless given) into the ``Meeting`` later stages use.
    ``playback_name``: the recording kept for playback (``path`` itself if it is one)."""
    sources = (sources or read_metadata(path)).with_embedded(embedded)
    meta = sources.merged()
    date, date_source = sources.date
    check_date(date, sources.sidecar_name if date_source == "sidecar" and sources.sidecar_name else path.name)
    title = meta.title or title_of(path.stem, meta.client)
    client, agency = (
        (meta.client, meta.agency) if meta.client else _firms_titled(list(meta.attendees), title, meta.agency)
    )
    attendees = _sided_by_firm(_named_in_full(list(meta.attendees), transcript), client, agency)
    known = {a.name.lower() for a in attendees}
    for speaker in dict.fromkeys(s.speaker for s in transcript.segments if s.speaker):
        if speaker.lower() not in known and not any(speaker.lower() == a.first_name.lower() for a in attendees):
            attendees.append(Attendee(name=speaker))
            known.add(speaker.lower())
    return Meeting(
        meeting_id=meeting_id or path.stem,
        title=title,
        client=client,
        agency=agency,
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
        playback_name=playback_name or (path.name if is_audio(path) else None),
    )
