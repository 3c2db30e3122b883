"""The contract between stages: every stage takes and returns these pydantic models, never loose dicts.

Inputs read from outside (sidecars, transcripts) are validated with ``extra="forbid"`` where we own the format.
The meeting JSON written next to each report (``<stem>.json``) is a ``MeetingRecord``; its top-level
``meeting_id``, ``action_items`` and ``agreements`` follow the prediction format of the evaluation kit
(extra fields are allowed there).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Side = Literal["agency", "client"]
SourceKind = Literal["audio", "vtt", "srt", "txt", "docx", "gold-json", "debrief-json"]
ReviewStatus = Literal["proposed", "accepted", "rejected"]
ReportStatus = Literal["DRAFT", "CONFIRMED"]
WipStatus = Literal["open", "done", "on hold"]
Owner = str | list[str] | None
# Where the meeting date came from, most trusted first: the AE on the review page, the sidecar, the transcript's
# own metadata, the ``YYYY-MM-DD Client - Title`` file name, or (nothing else said) the file's modification time.
DateSource = Literal["review", "sidecar", "transcript", "filename", "mtime"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Attendee(Strict):
    name: str
    side: Side | None = None
    role: str | None = None
    email: str | None = Field(default=None, description="For the distribution list of the .eml draft (debrief send).")

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


def _file_name(value: str | None) -> str | None:
    """A file beside the sidecar, by name: no folder, nothing hidden (a sidecar cannot point elsewhere)."""
    if value is not None and (not value.strip() or "/" in value or "\\" in value or value.startswith(".")):
        raise ValueError("write the file's name only, e.g. 'Weekly call.m4a', for a file beside the sidecar")
    return value


class MeetingMeta(Strict):
    """What a sidecar ``CALL.meeting.yaml`` / ``.meeting.json`` may say. Every field is optional.

    ``recording`` / ``transcript`` pair the sidecar's file with a partner of another name (``pipeline.pairing``):
    the transcript's words and speakers are used, the recording is kept for playback."""

    client: str | None = None
    agency: str | None = None
    title: str | None = None
    job: str | None = None
    date: dt.date | None = None
    location: str | None = None
    attendees: list[Attendee] = Field(default_factory=list)
    distribution: list[str] = Field(default_factory=list)
    next_meeting: str | None = None
    recording: str | None = Field(default=None, description="This meeting's recording, beside the sidecar.")
    transcript: str | None = Field(default=None, description="This meeting's transcript, beside the sidecar.")

    _names = field_validator("recording", "transcript")(_file_name)


class Meeting(Strict):
    meeting_id: str
    title: str
    client: str | None = None
    agency: str | None = None
    job: str | None = None
    date: dt.date
    date_source: DateSource = "mtime"
    location: str | None = None
    attendees: list[Attendee] = Field(default_factory=list)
    distribution: list[str] = Field(default_factory=list)
    next_meeting: str | None = None
    source_name: str = Field(description="The file the words (and speakers) came from: a transcript or a recording.")
    source_kind: SourceKind
    content_sha256: str = Field(description="The SHA-256 of ``source_name``: the meeting's identity.")
    duration: float | None = None
    playback_name: str | None = Field(
        default=None,
        description="The recording the review page plays (the transcript's timestamps seek it): ``source_name`` "
        "itself for a recording, the recording dropped with a transcript, or none.",
    )

    def attendee(self, name: str) -> Attendee | None:
        low = name.strip().lower()
        for a in self.attendees:
            if a.name.lower() == low:
                return a
        return None


class Word(Strict):
    start: float
    end: float
    text: str
    probability: float | None = None
    speaker: str | None = None

    @field_validator("start", "end", "probability", mode="before")
    @classmethod
    def _plain_float(cls, v: object) -> object:  # numpy floats from faster-whisper
        return None if v is None else float(v)  # type: ignore[arg-type]


UNNAMED_SPEAKER = re.compile(r"Speaker \d+")  # a voice diarization found but could not name ("Speaker 2")


def unnamed_speaker(label: str | None) -> bool:
    """Whether a speaker label is a voice nobody has named yet: never an attendee, never a guessed owner."""
    return bool(label and UNNAMED_SPEAKER.fullmatch(label.strip()))


class Segment(Strict):
    index: int
    start: float | None = None
    end: float | None = None
    text: str
    speaker: str | None = None
    words: list[Word] = Field(default_factory=list)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _plain_float(cls, v: object) -> object:
        return None if v is None else float(v)  # type: ignore[arg-type]


class Transcript(Strict):
    source_kind: SourceKind
    language: str = "en"
    duration: float | None = None
    model: str | None = None
    segments: list[Segment]

    @property
    def turn_indexed(self) -> bool:
        """True when segments are the speaker turns of a written transcript (``turn`` = segment index)."""
        return self.source_kind != "audio"

    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)


class Evidence(BaseModel):
    """Where an item came from, so the review page can show why it is there."""

    quote: str
    turn: int | None = None
    segment: int | None = None
    start: float | None = None
    speaker: str | None = None
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)
    status: ReviewStatus = "proposed"
    edited: list[str] = Field(default_factory=list, description="Fields the AE changed on the review page.")

    @property
    def reviewed(self) -> bool:
        """The AE has touched this item (decided, edited or added it): a rerun keeps it as it is."""
        return self.status != "proposed" or bool(self.edited) or self.rule == "manual"


class ActionItem(Evidence):
    task: str
    owner: Owner = None
    due: dt.date | None = None
    due_text: str | None = None


class Agreement(Evidence):
    text: str


class Extraction(BaseModel):
    action_items: list[ActionItem] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    suggested_action_items: list[ActionItem] = Field(
        default_factory=list,
        description="Next-best candidates for a meeting the rules found little in: not in the "
        "report until the AE accepts one on the review page.",
    )
    suggested_agreements: list[Agreement] = Field(default_factory=list)
    next_meeting: str | None = Field(
        default=None, description="The next meeting the meeting set ('same time next week'), resolved to a date"
    )
    extractor: str = "debrief-rules"


class MeetingRecord(BaseModel):
    """``<stem>.json``: the meeting, its transcript and the extraction, in one validated document."""

    meeting_id: str
    meeting: Meeting
    transcript: Transcript
    action_items: list[ActionItem]
    agreements: list[Agreement]
    extractor: str
    suggested_action_items: list[ActionItem] = Field(default_factory=list, description="Extraction's: not reported.")
    suggested_agreements: list[Agreement] = Field(default_factory=list)
    edited_fields: list[str] = Field(
        default_factory=list, description="Header fields (and 'attendees') the AE changed: a rerun keeps them."
    )
    report_status: ReportStatus = "DRAFT"
    report_number: str | None = None
    confirmed_by: str | None = None
    confirmed_at: dt.datetime | None = None
    generated_at: dt.datetime


class WipEntry(BaseModel):
    client: str
    job: str
    item: str
    owner: Owner = None
    due: dt.date | None = None
    due_text: str | None = None
    status: WipStatus = "open"
    next_step: str | None = None
    source_meeting: str
    source_timestamp: float | None = None
    updated_at: dt.datetime
