"""The contact report: its structure, built once from a ``MeetingRecord``, and its files.

Conventions (DESIGN.md): header (client, job, title, date, place or call, report number, status), attendees by side,
distribution, summary, numbered agreements, action-item table (number, action, owner, due date, source timestamp),
next meeting, and a footer naming the source recording and the client's 48 hours to comment.

The working draft is ``<stem>.contact-report.docx``, ``<stem>.md`` and ``<stem>.json``. A confirmed report is
written apart, under its number (``CR-KESTREL-CIDER-001 2026-11-12 WIP review.docx``), and never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.documents.files import atomic_write
from pipeline.documents.formatting import format_date, format_due, format_owner, format_timestamp
from pipeline.documents.render import to_docx, to_markdown
from pipeline.documents.structure import Bullets, Doc, Facts, Heading, Numbered, Paragraph, Table
from pipeline.errors import OutputError
from pipeline.schemas import ActionItem, Agreement, Meeting, MeetingRecord

COMMENT_WINDOW = (
    "Please let us know of any changes or omissions within 48 hours; otherwise we will take this report as agreed."
)
# Where a date nobody confirmed came from, said on the draft and the review page so the AE checks it.
DATE_CHECK = {
    "mtime": "No date was given (no sidecar, no date in the file name), so this is the file's modification time.",
    "filename": "The date comes from the file name.",
}
UNSAFE_NAME_RE = re.compile(r'[\x00-\x1f/\\:*?"<>|]+')


def active_items(record: MeetingRecord) -> tuple[list[ActionItem], list[Agreement]]:
    """Items the report shows: everything but what the AE rejected."""
    actions = [a for a in record.action_items if a.status != "rejected"]
    agreements = [a for a in record.agreements if a.status != "rejected"]
    return actions, agreements


NO_SPEECH = "No speech was found in the recording, so there is nothing to report from it."


def summary_text(record: MeetingRecord) -> str:
    meeting = record.meeting
    if not any(s.text.strip() for s in record.transcript.segments):
        return f"{meeting.title}: {NO_SPEECH} Check that {meeting.source_name} is the right file."
    actions, agreements = active_items(record)
    length = f" ({round(meeting.duration / 60)} min)" if meeting.duration else ""
    people = ", ".join(a.name for a in meeting.attendees) or "the attendees"
    return (
        f"{meeting.title}{length} with {people}. "
        f"{len(agreements)} agreement{'s' if len(agreements) != 1 else ''} and "
        f"{len(actions)} action item{'s' if len(actions) != 1 else ''} recorded below."
    )


def date_cell(record: MeetingRecord) -> str:
    """The meeting date; on a draft, with where it came from when nobody gave it outright."""
    day = format_date(record.meeting.date)
    if record.report_status == "DRAFT" and record.meeting.date_source == "mtime":
        return f"{day} (the file's modification time: no date was given; please check)"
    return day


def header_rows(record: MeetingRecord) -> list[tuple[str, str]]:
    m = record.meeting
    return [
        ("Client", m.client or "Not set"),
        ("Job / project", m.job or m.title),
        ("Meeting", m.title),
        ("Date", date_cell(record)),
        ("Place", m.location or "Call"),
        ("Report number", record.report_number or "Draft (numbered on confirmation)"),
        ("Status", record.report_status),
    ]


def side_title(side: str, meeting: Meeting) -> str:
    if side == "agency":
        return f"Agency ({meeting.agency})" if meeting.agency else "Agency"
    if side == "client":
        return f"Client ({meeting.client})" if meeting.client else "Client"
    return "Side not set"


def attendee_lines(meeting: Meeting) -> list[tuple[str, str]]:
    """(side title, names with roles) for each side that has attendees: agency, client, then unassigned."""
    sides: dict[str, list[str]] = {"agency": [], "client": [], "unassigned": []}
    for a in meeting.attendees:
        sides[a.side or "unassigned"].append(f"{a.name} ({a.role})" if a.role else a.name)
    return [(side_title(side, meeting), ", ".join(names)) for side, names in sides.items() if names]


def footer_text(record: MeetingRecord) -> str:
    verb = "Confirmed" if record.report_status == "CONFIRMED" else "Drafted automatically"
    return f"{verb} from {record.meeting.source_name}. {COMMENT_WINDOW}"


def action_rows(record: MeetingRecord, actions: list[ActionItem], source: bool = True) -> list[tuple[str, ...]]:
    m = record.meeting
    return [
        (str(i), a.task, format_owner(a.owner, m), format_due(a))
        + ((format_timestamp(a.start, a.turn),) if source else ())
        for i, a in enumerate(actions, 1)
    ]


def contact_report(record: MeetingRecord) -> Doc:
    """The report's structure; ``to_markdown`` and ``to_docx`` render it."""
    m = record.meeting
    actions, agreements = active_items(record)
    return Doc(
        title=f"Contact report: {m.title}",
        subject=m.client or "",
        status=record.report_status,
        footer=footer_text(record),
    ).add(
        Facts(header_rows(record)),
        Heading("Attendees"),
        Bullets(attendee_lines(m)),
        Heading("Distribution"),
        Paragraph(", ".join(m.distribution) if m.distribution else "All attendees"),
        Heading("Summary"),
        Paragraph(summary_text(record)),
        Heading("Agreements"),
        Numbered([a.text for a in agreements]),
        Heading("Action items"),
        Table(("#", "Action", "Owner", "Due", "Source"), action_rows(record, actions)),
        Heading("Next meeting"),
        Paragraph(m.next_meeting or "To be arranged."),
    )


def contact_report_markdown(record: MeetingRecord) -> str:
    return to_markdown(contact_report(record))


def contact_report_docx(record: MeetingRecord) -> bytes:
    return to_docx(contact_report(record))


def prediction_json(record: MeetingRecord) -> str:
    return record.model_dump_json(indent=2)


def _files(record: MeetingRecord) -> dict[str, bytes | str]:
    return {"docx": contact_report_docx(record), "md": contact_report_markdown(record), "json": prediction_json(record)}


def write_contact_report(record: MeetingRecord, out_dir: Path, stem: str) -> dict[str, Path]:
    """The working draft: ``<stem>.contact-report.docx``, ``<stem>.md`` and ``<stem>.json``; return their paths."""
    names = {"docx": f"{stem}.contact-report.docx", "md": f"{stem}.md", "json": f"{stem}.json"}
    return {kind: atomic_write(out_dir / names[kind], data) for kind, data in _files(record).items()}


def confirmed_stem(record: MeetingRecord, version: int = 1) -> str:
    """``CR-KESTREL-CIDER-001 2026-11-12 WIP review``; `` (v2)`` and on for a report confirmed again after reopening."""
    title = UNSAFE_NAME_RE.sub("-", record.meeting.title).strip(" .-")[:80].strip(" .-") or "meeting"
    suffix = f" (v{version})" if version > 1 else ""
    return f"{record.report_number} {record.meeting.date.isoformat()} {title}{suffix}"


def write_confirmed(record: MeetingRecord, out_dir: Path, version: int = 1) -> dict[str, Path]:
    """The confirmed report as ``<number> <date> <title>.docx|md|json``; an existing file is never replaced."""
    if record.report_status != "CONFIRMED" or not record.report_number:
        raise ValueError("only a confirmed, numbered report is written under its number")
    stem = confirmed_stem(record, version)
    written: dict[str, Path] = {}
    for kind, data in _files(record).items():
        target = out_dir / f"{stem}.{kind}"
        try:
            written[kind] = atomic_write(target, data, overwrite=False)
        except FileExistsError as exc:
            for path in written.values():  # this version's own files, written a moment ago
                path.unlink(missing_ok=True)
            raise OutputError(f"{target} already exists, and a confirmed report is never overwritten") from exc
    return written
