"""Written transcripts as segments: WebVTT and SubRip cues, ``Speaker: text`` lines, a name-and-time line above the
words (Otter's text export, Teams' Word download), the eval kit's meeting JSON.

Pure functions over text (``pipeline.ingest.read_transcript_file`` reads the file and picks the parser). What
can be read is read; what cannot is logged as a warning naming the file and line (logger ``pipeline.transcripts``):

    CALL.vtt line 14: cue timing '00:00:01.000 --> 00:00:0X.000' is not valid; the cue is read without times

No segment ends before it starts. A VTT/SRT file with no cue, or a transcript with no text, raises
``InputFileError``.

**Turns.** Teams and Zoom cut one utterance into several cues a few seconds long, back to back (Teams numbers the
parts ``<id>/12-0``, ``<id>/12-1``; Zoom repeats the ``Name:`` label). A turn is what one speaker says until
another speaker speaks, so consecutive cues of one speaker are joined into one turn (this is also how the
evaluation kit's gold turns are built from its VTT exports), with one exception: when the speaker had finished a
sentence and then said nothing for more than ``TURN_PAUSE`` seconds, the next cue is a new utterance and starts a
new turn. Cues without a speaker are never joined: nothing says they are one person. A turn longer than
``MAX_TURN_CHARS`` (a 1 MB line, say) is read as consecutive parts of that speaker, cut at sentence ends.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pipeline.errors import InputFileError
from pipeline.schemas import Attendee, MeetingMeta, Segment, Transcript

log = logging.getLogger(__name__)

TIMESTAMP = r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?"
# the whole timing line: two timestamps, then nothing or cue settings ("align:start"); "00:00:0X.000" must not
# match as "00:00" followed by rubbish
TIMING_RE = re.compile(rf"^\s*{TIMESTAMP}\s*-->\s*{TIMESTAMP}(?:\s.*)?$")
VOICE_RE = re.compile(r"<v(?:\.[^\s<>]*)?\s+([^\s<>][^<>]*)>")
TAG_RE = re.compile(r"</?[^<>]*>")
# a time beside a speaker's name, and what parts them: "00:07 - Sarah Chen", "Sarah Chen | 00:00:07"
_STAMP = rf"[\[(]?{TIMESTAMP}[\])]?"
_SEP = r"(?:[ \t]*[-–—|·•][ \t]*|:?[ \t]+)"
# "Sarah Chen: text" / "[00:01:02] Sarah: text" / "00:07 - Sarah: text" / "Sarah Chen [00:00:07]: text" / "SARAH CHEN:
# text"; a speaker label is short and has no digits.
SPEAKER_LINE_RE = re.compile(
    rf"^\s*(?:{_STAMP}(?:[ \t]*[-–—|][ \t]*|\s*))?(?P<speaker>[^\W\d][\w .'\-&]{{0,40}}?)(?:\s*{_STAMP})?\s*:\s+"
    r"(?P<text>\S.*)$"
)
# A line that names the speaker and the time, the words on the lines under it: "Sarah Chen   0:03" (Teams' "Download
# as .docx", Otter's .txt), "[Sarah Chen] 00:01:23", "Sarah Chen (00:00:03):" (Rev), "00:00:03 Speaker 1" (Word's
# Transcribe), "Sarah Chen - 00:07", "00:07 - Sarah Chen", "Sarah Chen [00:00:07]". A name is one to five capitalised
# words, with "de"/"van"-like particles inside and a number at its end ("Speaker 2").
_NAME = r"\[?(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t]+[\w'’.\-]+){0,4}?)\]?"
NAME_TIME_RES = (
    re.compile(rf"^\s*{_NAME}{_SEP}{_STAMP}:?\s*$"),
    re.compile(rf"^\s*{_STAMP}{_SEP}{_NAME}:?\s*$"),
)
# a note-taker's Markdown around the speaker: "**Sarah Chen**: text", "__Sarah Chen:__ text"
MARKDOWN_NAME_RE = re.compile(r"^(\s*)(\*\*|__)(.+?)\2")
NAME_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "al", "dos"}
# a time on a line of its own, as Google Meet marks every five minutes ("00:05:00")
TIME_ONLY_RE = re.compile(rf"^\s*{_STAMP}\s*$")
# lines a transcription service adds that nobody said
SERVICE_LINE_RE = re.compile(
    r"^\s*(?:transcribed by https?://\S+|.{1,60} (?:started|stopped) transcription)\s*$", re.IGNORECASE
)
# a transcript's heading: its date ("November 10, 2026, 2:00PM", "10 November 2026", "2026-11-10"), its length
# ("32m 5s", "1h 2m"), a Teams recording's name
MONTHS = {name.lower()[:3]: number for number, name in enumerate(calendar.month_name) if name}
DATE_RES = (
    re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>\d{4})\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)? (?P<month>[A-Za-z]{3,9})\.?,? (?P<year>\d{4})\b"),
    # 2026-11-10; Google Meet's 2026/11/10, saved from Drive as 2026_11_10 (a file's name has no "/")
    re.compile(r"(?<![\d.])(?P<year>\d{4})([-/_])(?P<month>\d{2})\2(?P<day>\d{2})(?![\d.])"),
)
LENGTH_RE = re.compile(r"^(?:\d+\s*[hms]\s*)+$")
# what a heading line (or a file's name) says beside its title: a time of day and zone ("at 14:02 GMT-8", saved from
# Drive as "14_02"), "- Transcript", "- Recording"
HEADING_NOISE_RE = re.compile(
    r"(?:\bat\s+)?(?<![\d.])\d{1,2}[:._]\d{2}(?:[:._]\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:GMT|UTC|[A-Z]{2,4}T)(?:[+-]\d{1,2})?)?"
    r"|\s[-–—]\s*(?:Transcript|Recording)\s*$",
    re.IGNORECASE,
)
LIST_HEADS = {"attendees", "participants", "invited"}
# Teams names a recording by the meeting's subject and start ("Kestrel WIP-20261110_140203-Meeting Recording"; newer
# names add "UTC" to the time)
RECORDING_NAME_RE = re.compile(r"^(?P<title>.+?)-(?P<date>\d{8})_\d{6}(?:UTC)?-Meeting Recording$")
# what a call service puts after a display name: "(Guest)", "(External)", "(she/her)", "[Kestrel]"
DISPLAY_EXTRA_RE = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*$")
VTT_BLOCKS = ("NOTE", "STYLE", "REGION")
TURN_PAUSE = 2.0  # seconds of silence after a finished sentence that make the same speaker's next cue a new turn
# a longer turn (about 900 words: six minutes of one person talking) is cut into parts at sentence ends; the
# extractor's time grows faster than the length of a turn
MAX_TURN_CHARS = 5_000
SHOWN_PER_KIND = 5  # warnings of one kind shown per file; the rest are counted


@dataclass
class Cue:
    speaker: str | None
    start: float | None
    end: float | None
    text: str
    line: int = 0  # 1-based line of the cue's timing (or first text) line, for warnings


class Notes:
    """The warnings of one file: the first few of each kind are logged, the rest counted in one line."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.counts: dict[str, int] = {}

    def warn(self, kind: str, line: int | None, message: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if self.counts[kind] <= SHOWN_PER_KIND:
            log.warning("%s%s: %s", self.name, f" line {line}" if line else "", message)

    def flush(self) -> None:
        for kind, count in self.counts.items():
            if count > SHOWN_PER_KIND:
                log.warning("%s: %d more lines with %s were read the same way", self.name, count - SHOWN_PER_KIND, kind)


def _seconds(groups: tuple[str | None, ...]) -> float | None:
    """A timestamp's seconds, or None when its minutes or seconds are 60 or more."""
    hours, minutes, seconds, millis = groups
    if minutes is None or seconds is None:
        return None
    if int(minutes) >= 60 or int(seconds) >= 60:
        return None
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int((millis or "0").ljust(3, "0")) / 1000


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _timing(line: str, number: int, notes: Notes) -> tuple[float | None, float | None]:
    """The start and end of a cue timing line; what cannot be read is warned about and left out."""
    shown = line.strip() if len(line.strip()) <= 80 else line.strip()[:77] + "..."
    match = TIMING_RE.match(line)
    start, end = (_seconds(match.groups()[:4]), _seconds(match.groups()[4:])) if match else (None, None)
    if match is None or start is None or end is None:
        notes.warn("invalid cue timings", number, f"cue timing '{shown}' is not valid; the cue is read without times")
        return None, None
    if match.group(4) is None or match.group(8) is None:
        notes.warn(
            "timestamps without milliseconds",
            number,
            f"cue timing '{shown}' has no milliseconds; read as {_clock(start)} --> {_clock(end)}",
        )
    if end < start:
        notes.warn(
            "cues ending before they start",
            number,
            f"cue '{shown}' ends before it starts; the cue is read without its end time",
        )
        return start, None
    return start, end


def _split_speaker(text: str) -> tuple[str | None, str]:
    voice = VOICE_RE.search(text)
    if voice:
        return voice.group(1).strip() or None, TAG_RE.sub("", text).strip()
    text = TAG_RE.sub("", text).strip()
    match = SPEAKER_LINE_RE.match(text)
    if match and len(match["speaker"].split()) <= 4:
        return match["speaker"].strip(), match["text"].strip()
    return None, text


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with the 0-based number of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if blocks and blocks[-1][0] + len(blocks[-1][1]) == number:
            blocks[-1][1].append(line)
        else:
            blocks.append((number, [line]))
    return blocks


def parse_cues(text: str, source: Path | str = "transcript") -> list[Segment]:
    """WebVTT (with ``<v Speaker>`` voice tags or ``Speaker:`` prefixes) and SubRip share this reader."""
    notes = Notes(Path(source).name)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").split("\n")
    cues: list[Cue] = []
    timings = 0
    for b, (first, block) in enumerate(_blocks(lines)):
        if b == 0 and block[0].lstrip().startswith("WEBVTT"):  # the header lines, up to a cue right under them
            keep = next((k for k, line in enumerate(block) if "-->" in line), len(block))
            first, block = first + keep, block[keep:]
        if not block or block[0].split(maxsplit=1)[0] in VTT_BLOCKS:
            continue
        at = [k for k, line in enumerate(block) if "-->" in line]
        if not at:
            if not (len(block) == 1 and block[0].strip().isdigit()):  # a cue number on its own is no text
                _stray(cues, block, first + 1, notes)
            continue
        if at[0] > 1:  # text, then the cue id, then the timing line
            _stray(cues, block[: at[0] - 1], first + 1, notes)
        for n, k in enumerate(at):
            timings += 1
            body = block[k + 1 : at[n + 1] if n + 1 < len(at) else len(block)]
            if n + 1 < len(at) and body and body[-1].strip().isdigit():
                body = body[:-1]  # the next cue's number, with no blank line before it
            start, end = _timing(block[k], first + k + 1, notes)
            speaker, content = _split_speaker(" ".join(line.strip() for line in body))
            cues.append(Cue(speaker, start, end, content, first + k + 1))
    notes.flush()
    if not timings:
        raise InputFileError(
            source, "no cue found (a cue starts with a timing line like '00:00:01.000 --> 00:00:04.000')"
        )
    return _merge_turns(cues, notes)


def _stray(cues: list[Cue], block: list[str], line: int, notes: Notes) -> None:
    """Text outside any cue (say, a cue's text after a blank line), read without times as the previous speaker's
    unless it names its own."""
    speaker, content = _split_speaker(" ".join(part.strip() for part in block))
    if content:
        cues.append(Cue(speaker or (cues[-1].speaker if cues else None), None, None, content, line))
        notes.warn("text outside cues", line, "text outside any cue (no timing line before it); read without times")


def name_and_time(line: str) -> tuple[str, float | None] | None:
    """The speaker and start of a line that names them above their words ("Sarah Chen   0:03"), else None."""
    for pattern in NAME_TIME_RES:
        match = pattern.match(line)
        if match is None:
            continue
        words = match["name"].split()
        if words[-1].isdigit():  # "Speaker 2"
            words = words[:-1]
        if words and all(w[0].isupper() or w in NAME_PARTICLES for w in words) and words[-1] not in NAME_PARTICLES:
            stamp = match.groups()[1:5] if pattern is NAME_TIME_RES[0] else match.groups()[:4]
            return match["name"].strip(), _seconds(stamp)
    return None


def labelled(line: str) -> re.Match[str] | None:
    """A ``Speaker: text`` line's match."""
    match = SPEAKER_LINE_RE.match(line)
    return match if match and len(match["speaker"].split()) <= 4 else None


def _label_start(match: re.Match[str]) -> float | None:
    """The time a ``Speaker: text`` line gives, before the name or after it."""
    groups = match.groups()
    stamp = groups[:4] if groups[1] is not None else groups[5:9]
    return _seconds(stamp) if stamp[1] is not None else None


def _lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [MARKDOWN_NAME_RE.sub(r"\1\3", line) for line in lines]


def speaker_heads(lines: list[str]) -> dict[int, tuple[str, float | None]]:
    """The lines (1-based) that name a speaker and a time above their words, when the transcript is written so: at
    least two, someone named in two of them, and no fewer than its ``Speaker: text`` lines (a "Fine 10:30" inside
    one of those is said; a memo's "Agenda - 10:30" and "Lunch - 12:30" name nobody)."""
    heads = {n: head for n, line in enumerate(lines, start=1) if (head := name_and_time(line))}
    said = sum(1 for n, line in enumerate(lines, start=1) if n not in heads and labelled(line))
    names = [name for name, _ in heads.values()]
    return heads if len(heads) >= max(2, said) and len(set(names)) < len(names) else {}


def parse_headed(text: str, source: Path | str = "transcript") -> tuple[list[Segment], MeetingMeta | None] | None:
    """A transcript of speaker lines under a heading, as a service writes it: Teams' "Download as .docx" (the
    meeting's title, date and length, then "Sarah Chen   0:03" over what she said), Word's Transcribe ("00:00:03
    Speaker 1"), Google Meet (its title, the attendees, then ``Speaker: text`` lines). The lines above the first
    speaker are the heading: they give the title, date and attendees, and nobody said them. None when the text has
    fewer than three speaker lines or nobody speaks twice (a memo's "Client: Kestrel")."""
    lines = _lines(text)
    speakers = {n: head[0] for n, head in speaker_heads(lines).items()} or {
        n: match["speaker"].strip() for n, line in enumerate(lines, start=1) if (match := labelled(line))
    }
    starts = sorted(speakers)
    if len(starts) < 3 or len(set(speakers.values())) == len(starts):
        return None
    heading = [line.strip() for line in lines[: starts[0] - 1] if line.strip()]
    body = "\n" * (starts[0] - 1) + "\n".join(lines[starts[0] - 1 :])  # keeps the line numbers of warnings
    return parse_plain(body, source), heading_meta(heading)


def parse_document(text: str, source: Path | str = "transcript") -> tuple[list[Segment], MeetingMeta | None]:
    """A transcript saved as a Word document, one paragraph or line break a line (``parse_headed``); a document
    with no speakers, or where nobody speaks twice, is not a transcript."""
    parsed = parse_headed(text, source)
    if parsed is None:
        raise InputFileError(
            source,
            "this Word document is not a transcript: it has no speaker lines ('Sarah Chen   0:03' above what she "
            "said, as Teams writes them, or 'Sarah Chen: text'), or nobody in it speaks twice",
        )
    return parsed


def heading_meta(heading: list[str]) -> MeetingMeta | None:
    """The title, date and attendees in a transcript's heading: "Kestrel weekly status", "November 10, 2026, 2:00PM",
    "32m 5s"; Google Meet's "Weekly sync (2026-11-10 14:02 GMT) - Transcript" and "Attendees" over a line of names.
    Teams names a recording "<title>-20261110_140203-Meeting Recording": the title and the date are in it."""
    title: str | None = None
    date: dt.date | None = None
    attendees: list[Attendee] = []
    for k, line in enumerate(heading):
        if k and heading[k - 1].lower().rstrip(":") in LIST_HEADS:
            attendees = [Attendee(name=n.strip()) for n in line.split(",") if 0 < len(n.split()) <= 5]
            continue
        recording = RECORDING_NAME_RE.match(line)
        if recording:
            line = recording["title"]
            date = date or calendar_date(recording["date"], "%Y%m%d")
        for pattern in DATE_RES:
            found = pattern.search(line)
            day = date_written(found) if found else None
            if found and day:
                date = date or day
                line = line[: found.start()] + line[found.end() :]
        line = re.sub(r"\(\s*\)|\[\s*\]", "", HEADING_NOISE_RE.sub("", line)).strip(" ,;:-–—")
        if title is None and any(c.isalpha() for c in line) and not LENGTH_RE.match(line):
            title = None if line.lower().rstrip(":") in LIST_HEADS | {"transcript", "transcription"} else line
    if not (title or date or attendees):
        return None
    return MeetingMeta(title=title, date=date, attendees=attendees)


def date_written(match: re.Match[str]) -> dt.date | None:
    """The day a ``DATE_RES`` match names ("10 November 2026", "2026-11-10"), or None when there is no such day."""
    month = match["month"]
    number = int(month) if month.isdigit() else MONTHS.get(month.lower()[:3])
    return calendar_date(f"{match['year']}-{number}-{match['day']}", "%Y-%m-%d") if number else None


def calendar_date(text: str, form: str) -> dt.date | None:
    """``text`` read as a date in the ``strptime`` form ``form``, or None when it is no day of the calendar."""
    try:
        return dt.datetime.strptime(text, form).date()
    except ValueError:
        return None


def parse_plain(text: str, source: Path | str = "transcript") -> list[Segment]:
    """``Speaker: text`` lines, or lines naming the speaker and the time above their words ("Sarah Chen   0:03"), when
    those are at least two and no fewer than the ``Speaker: text`` lines; a line with neither continues the previous
    turn. Lines a transcription service adds ("Transcribed by https://otter.ai", a time on its own) are left out."""
    lines = _lines(text)
    heads = speaker_heads(lines)
    cues: list[Cue] = []
    texts: list[list[str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or SERVICE_LINE_RE.match(line) or TIME_ONLY_RE.match(line):
            continue
        if number in heads:
            cues.append(Cue(heads[number][0], heads[number][1], None, "", number))
            texts.append([])
            continue
        match = None if heads else labelled(line)
        if match:
            cues.append(Cue(match["speaker"].strip(), _label_start(match), None, "", number))
            texts.append([match["text"].strip()])
        elif cues:
            texts[-1].append(line.strip())
        else:
            cues.append(Cue(None, None, None, "", number))
            texts.append([line.strip()])
    for cue, parts in zip(cues, texts, strict=True):
        cue.text = " ".join(parts)
    notes = Notes(Path(source).name)
    segments = _merge_turns(cues, notes)
    notes.flush()
    return segments


def _continues(turn: Cue, cue: Cue) -> bool:
    """Whether ``cue`` carries on ``turn`` (see the module docstring)."""
    if turn.speaker is None or cue.speaker != turn.speaker:
        return False
    if turn.end is None or cue.start is None or not turn.text.rstrip("\"')] ").endswith((".", "?", "!", "…")):
        return True
    return cue.start - turn.end <= TURN_PAUSE


def _merge_turns(cues: list[Cue], notes: Notes) -> list[Segment]:
    """Cues into turns: consecutive cues of one speaker are one turn unless a pause says otherwise."""
    turns: list[tuple[Cue, list[str]]] = []  # the turn so far (text = its last cue's) and all its texts
    for cue in cues:
        if not cue.text:
            continue
        if turns and _continues(turns[-1][0], cue):
            turn, texts = turns[-1]
            texts.append(cue.text)
            ends = [t for t in (turn.end, cue.end) if t is not None]
            if ends and (turn.start is None or max(ends) >= turn.start):
                turn.end = max(ends)
            turn.text = cue.text
        else:
            turns.append((Cue(cue.speaker, cue.start, cue.end, cue.text, cue.line), [cue.text]))
    segments: list[Segment] = []
    for turn, texts in turns:
        parts = _cut(" ".join(texts))
        if len(parts) > 1:
            notes.warn(
                "very long turns",
                turn.line,
                f"a turn of {sum(map(len, parts)):,} characters is read as {len(parts)} parts",
            )
        for k, part in enumerate(parts):
            start = turn.start if k == 0 else None
            end = turn.end if k == len(parts) - 1 else None
            speaker = display_name(turn.speaker) if turn.speaker else None
            segments.append(Segment(index=len(segments), start=start, end=end, text=part, speaker=speaker))
    return segments


def display_name(label: str) -> str:
    """The person in a call's display name: what Teams or Zoom adds after it comes off ("Tom Reid (Guest)", "Ana
    Souza (she/her)", "Sam Lee [Kestrel]"), and a directory's "Chen, Sarah" reads "Sarah Chen"."""
    name = label.strip()
    while (bare := DISPLAY_EXTRA_RE.sub("", name)) and bare != name:
        name = bare
    last, comma, first = name.partition(",")
    words = (last + " " + first).split()
    if comma and 1 <= len(first.split()) <= 3 and 1 <= len(last.split()) <= 3 and all(w[0].isupper() for w in words):
        name = f"{first.strip()} {last.strip()}"
    if name.isupper():  # "SARAH CHEN" is Sarah Chen; a word of two capitals may be initials ("JP")
        name = " ".join(w.title() if sum(c.isalpha() for c in w) > 2 else w for w in name.split())
    return name


def _cut(text: str) -> list[str]:
    """A turn longer than ``MAX_TURN_CHARS`` as consecutive parts, each cut at a sentence end or else a space."""
    parts: list[str] = []
    while len(text) > MAX_TURN_CHARS:
        window = text[:MAX_TURN_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! ")) + 1
        cut = cut if cut >= MAX_TURN_CHARS // 2 else window.rfind(" ")
        cut = cut if cut >= MAX_TURN_CHARS // 2 else MAX_TURN_CHARS
        parts.append(text[:cut].strip())
        text = text[cut:].strip()
    return [p for p in [*parts, text] if p]


def parse_gold_json(path: Path, raw: dict) -> tuple[Transcript, MeetingMeta]:
    """The evaluation kit's meeting JSON: ``turns``, ``attendees`` (name, org, role), ``meeting_date``, ``client``."""
    segments: list[Segment] = []
    try:
        for t in raw["turns"]:
            segments.append(
                Segment(
                    index=len(segments),
                    text=str(t["text"]),
                    speaker=t.get("speaker"),
                    start=t.get("start"),
                    end=t.get("end"),
                )
            )
        attendees = [
            Attendee(name=a["name"], side=a.get("org") or a.get("side"), role=a.get("role"))
            for a in raw.get("attendees", [])
        ]
        date = dt.date.fromisoformat(raw["meeting_date"]) if raw.get("meeting_date") else None
        meta = MeetingMeta(
            client=raw.get("client"), agency=raw.get("agency"), title=raw.get("title"), date=date, attendees=attendees
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # ValidationError is a ValueError
        reason = _first_error(exc) if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}"
        where = (
            f"turn {len(segments)}: "
            if isinstance(raw.get("turns"), list) and len(segments) < len(raw["turns"])
            else ""
        )
        raise InputFileError(path, f"not a meeting transcript JSON ({where}{reason})") from exc
    notes = Notes(path.name)
    for seg in segments:
        if seg.start is not None and seg.end is not None and seg.end < seg.start:
            notes.warn("turns ending before they start", None, f"turn {seg.index} ends before it starts; end left out")
            seg.end = None
    notes.flush()
    return Transcript(source_kind="gold-json", segments=segments), meta


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]
