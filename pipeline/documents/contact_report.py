"""The contact report: its structure, built once from a ``MeetingRecord``, and its files.

Conventions (DESIGN.md): header (client, job, title, date, place or call, report number, status, who prepared it and
when it was issued), attendees by side, distribution, summary, numbered agreements, action-item table (number,
action, owner, due date, and on the draft the source timestamp), next meeting, and a footer with the client's 48
hours to comment and "Page X of Y".

The draft is the AE's working copy: it says where each item was said (Source column, the words spoken beside a due
date) and which recording it was drafted from. The confirmed copy is the client's: none of that, the report number
in the footer, the AE who confirmed it under "Prepared by". Both are written into the agency's letterhead
(``letterhead.ReportStyle``) on A4 unless it or ``DEBRIEF_PAPER`` says otherwise.

The working draft is ``<stem>.contact-report.docx``, ``<stem>.md`` and ``<stem>.json``. A confirmed report is
written apart, under its number (``CR-KESTREL-CIDER-001 2026-11-12 WIP review.docx``), and never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.documents.files import atomic_write
from pipeline.documents.formatting import format_date, format_due, format_owner, format_timestamp
from pipeline.documents.letterhead import ReportStyle
from pipeline.documents.render import to_docx, to_markdown
from pipeline.documents.structure import Bullets, Doc, Facts, Heading, Numbered, Paragraph, Table
from pipeline.documents.summary import summary_sentences
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
    return " ".join(summary_sentences(meeting, actions, agreements))


def prepared_by(record: MeetingRecord, style: ReportStyle | None = None) -> str:
    """The AE who confirmed the report, with their role (from the attendee list, else the settings) and agency."""
    if record.report_status != "CONFIRMED" or not record.confirmed_by:
        return "The account team (on confirmation)"
    m = record.meeting
    attendee = m.attendee(record.confirmed_by)
    role = (attendee.role if attendee else None) or (style.preparer_role if style else None)
    return ", ".join(part for part in (record.confirmed_by, role, m.agency) if part)


def issue_date(record: MeetingRecord) -> str:
    if record.report_status != "CONFIRMED" or record.confirmed_at is None:
        return "Not issued (draft)"
    return format_date(record.confirmed_at.date())


def date_cell(record: MeetingRecord) -> str:
    """The meeting date; on a draft, with where it came from when nobody gave it outright."""
    day = format_date(record.meeting.date)
    if record.report_status == "DRAFT" and record.meeting.date_source == "mtime":
        return f"{day} (the file's modification time: no date was given; please check)"
    return day


def header_rows(record: MeetingRecord, style: ReportStyle | None = None) -> list[tuple[str, str]]:
    """Read across in pairs in the .docx: Client | Report number, Job | Status, Date | Place, … (the meeting's title
    is the report's)."""
    m = record.meeting
    return [
        ("Client", m.client or "Not set"),
        ("Report number", record.report_number or "Draft (numbered on confirmation)"),
        ("Job / project", m.job or m.title),
        ("Status", record.report_status),
        ("Date", date_cell(record)),
        ("Place", m.location or "Call"),
        ("Prepared by", prepared_by(record, style)),
        ("Date of issue", issue_date(record)),
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
    """The client's copy: its number and the 48 hours; the draft: which recording it was drafted from."""
    if record.report_status == "CONFIRMED":
        return f"{record.report_number}. {COMMENT_WINDOW}" if record.report_number else COMMENT_WINDOW
    m = record.meeting
    heard = f" (recording: {m.playback_name})" if m.playback_name and m.playback_name != m.source_name else ""
    return f"Drafted automatically from {m.source_name}{heard}. {COMMENT_WINDOW}"


def client_due(item: ActionItem) -> str:
    """The due date as the client reads it: the date, or what was said when no date could be worked out."""
    return format_date(item.due) if item.due is not None else format_due(item)


def action_rows(record: MeetingRecord, actions: list[ActionItem], source: bool = True) -> list[tuple[str, ...]]:
    """Rows of the action table; ``source`` (the draft's) adds the timestamp and the words spoken beside a date."""
    m = record.meeting
    return [
        (str(i), a.task, format_owner(a.owner, m), format_due(a) if source else client_due(a))
        + ((format_timestamp(a.start, a.turn),) if source else ())
        for i, a in enumerate(actions, 1)
    ]


# Relative column widths: a narrow number, the action as wide as it can be, then owner and due date.
DRAFT_ACTION_COLUMNS = (("#", "Action", "Owner", "Due", "Source"), (0.4, 4.6, 1.7, 2.1, 0.75))
CLIENT_ACTION_COLUMNS = (("#", "Action", "Owner", "Due"), (0.4, 5.0, 1.9, 1.6))


def contact_report(record: MeetingRecord, style: ReportStyle | None = None) -> Doc:
    """The report's structure; ``to_markdown`` and ``to_docx`` render it."""
    m = record.meeting
    actions, agreements = active_items(record)
    draft = record.report_status != "CONFIRMED"
    header, widths = DRAFT_ACTION_COLUMNS if draft else CLIENT_ACTION_COLUMNS
    return Doc(
        title=f"Contact report: {m.title}",
        subject=m.client or "",
        status="DRAFT" if draft else None,  # the confirmed copy says CONFIRMED in its header table
        footer=footer_text(record),
    ).add(
        Facts(header_rows(record, style), per_row=2),
        Heading("Attendees"),
        Bullets(attendee_lines(m)),
        Heading("Distribution"),
        Paragraph(", ".join(m.distribution) if m.distribution else "All attendees"),
        Heading("Summary"),
        Paragraph(summary_text(record)),
        Heading("Agreements"),
        Numbered([a.text for a in agreements]),
        Heading("Action items"),
        Table(header, action_rows(record, actions, source=draft), widths=widths),
        Heading("Next meeting"),
        Paragraph(m.next_meeting or "To be arranged."),
    )


def contact_report_markdown(record: MeetingRecord, style: ReportStyle | None = None) -> str:
    return to_markdown(contact_report(record, style))


def contact_report_docx(record: MeetingRecord, style: ReportStyle | None = None) -> bytes:
    """The .docx, written into ``style``'s letterhead (the plain A4 one by default)."""
    return to_docx(contact_report(record, style), style)


def prediction_json(record: MeetingRecord) -> str:
    return record.model_dump_json(indent=2)


def _files(record: MeetingRecord, style: ReportStyle | None = None) -> dict[str, bytes | str]:
    return {
        "docx": contact_report_docx(record, style),
        "md": contact_report_markdown(record, style),
        "json": prediction_json(record),
    }


def write_contact_report(
    record: MeetingRecord, out_dir: Path, stem: str, style: ReportStyle | None = None
) -> dict[str, Path]:
    """The working draft (``draft_paths``); return their paths."""
    paths = draft_paths(out_dir, stem)
    return {kind: atomic_write(paths[kind], data) for kind, data in _files(record, style).items()}


def draft_paths(out_dir: Path, stem: str) -> dict[str, Path]:
    """The working draft's files: ``<stem>.contact-report.docx``, ``<stem>.md`` and ``<stem>.json``."""
    return {kind: out_dir / name for kind, name in (("docx", f"{stem}.contact-report.docx"), ("md", f"{stem}.md"),
                                                    ("json", f"{stem}.json"))}  # fmt: skip


def confirmed_stem(record: MeetingRecord, version: int = 1) -> str:
    """``CR-KESTREL-CIDER-001 2026-11-12 WIP review``; `` (v2)`` and on for a report confirmed again after reopening."""
    title = UNSAFE_NAME_RE.sub("-", record.meeting.title).strip(" .-")[:80].strip(" .-") or "meeting"
    suffix = f" (v{version})" if version > 1 else ""
    return f"{record.report_number} {record.meeting.date.isoformat()} {title}{suffix}"


def write_confirmed(
    record: MeetingRecord, out_dir: Path, version: int = 1, style: ReportStyle | None = None
) -> dict[str, Path]:
    """The confirmed report as ``<number> <date> <title>.docx|md|json``; an existing file is never replaced."""
    if record.report_status != "CONFIRMED" or not record.report_number:
        raise ValueError("only a confirmed, numbered report is written under its number")
    stem = confirmed_stem(record, version)
    written: dict[str, Path] = {}
    for kind, data in _files(record, style).items():
        target = out_dir / f"{stem}.{kind}"
        try:
            written[kind] = atomic_write(target, data, overwrite=False)
        except FileExistsError as exc:
            for path in written.values():  # this version's own files, written a moment ago
                path.unlink(missing_ok=True)
            raise OutputError(f"{target} already exists, and a confirmed report is never overwritten") from exc
    return written
