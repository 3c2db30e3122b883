"""Contact reports and WIP registers as .docx, .md, .json, .csv and .xlsx. Every file is written atomically.

Conventions (DESIGN.md): header (client, job, title, date, place or call, report number, status), attendees by side,
distribution, summary, numbered agreements, action-item table (number, action, owner, due date, source timestamp),
next meeting, and a footer naming the source recording and the client's 48 hours to comment.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from pipeline.errors import OutputError
from pipeline.schemas import ActionItem, Meeting, MeetingRecord, Owner, WipEntry

COMMENT_WINDOW = (
    "Please let us know of any changes or omissions within 48 hours; otherwise we will take this report as agreed."
)
WIP_COLUMNS = ("Client", "Job", "Item", "Owner", "Due", "Status", "Next step", "Source meeting", "Timestamp", "Updated")


def _umask() -> int:
    """The process umask, read without changing it where Linux says it (``os.umask`` alone must set one)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes | str, overwrite: bool = True) -> Path:
    """Write to a temporary file beside ``path`` and move it into place: readers never see half a file.

    The file gets the mode any new file would (0644 under the usual umask 022), so colleagues on a shared workspace
    can open it. With ``overwrite=False`` an existing ``path`` is never replaced: ``FileExistsError``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_umask())  # mkstemp makes 0600 files
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if path exists, atomically
            os.unlink(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --- formatting helpers -------------------------------------------------------------------------------------------
def format_owner(owner: Owner, meeting: Meeting) -> str:
    if owner is None:
        return "To be confirmed"
    names = owner if isinstance(owner, list) else [owner]
    labels = {"agency": meeting.agency or "Agency", "client": meeting.client or "Client"}
    return " & ".join(labels.get(n, n) for n in names)


def format_date(day: dt.date | None) -> str:
    return day.strftime("%a %d %b %Y").replace(" 0", " ") if day else ""


def format_due(item: ActionItem) -> str:
    if item.due is None:
        return f"TBC ({item.due_text})" if item.due_text else "TBC"
    spoken = f" ({item.due_text})" if item.due_text else ""
    return f"{format_date(item.due)}{spoken}"


def format_timestamp(seconds: float | None, turn: int | None = None) -> str:
    if seconds is None:
        return f"turn {turn}" if turn is not None else ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def report_number(record: MeetingRecord) -> str:
    return record.report_number or "Draft (numbered on confirmation)"


def active_items(record: MeetingRecord) -> tuple[list, list]:
    """Items the report shows: everything but what the AE rejected."""
    actions = [a for a in record.action_items if a.status != "rejected"]
    agreements = [a for a in record.agreements if a.status != "rejected"]
    return actions, agreements


def summary_text(record: MeetingRecord) -> str:
    meeting = record.meeting
    actions, agreements = active_items(record)
    length = f" ({round(meeting.duration / 60)} min)" if meeting.duration else ""
    people = ", ".join(a.name for a in meeting.attendees) or "the attendees"
    return (
        f"{meeting.title}{length} with {people}. "
        f"{len(agreements)} agreement{'s' if len(agreements) != 1 else ''} and "
        f"{len(actions)} action item{'s' if len(actions) != 1 else ''} recorded below."
    )


# Where a date nobody confirmed came from, said on the draft and the review page so the AE checks it.
DATE_CHECK = {
    "mtime": "No date was given (no sidecar, no date in the file name), so this is the file's modification time.",
    "filename": "The date comes from the file name.",
}


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
        ("Report number", report_number(record)),
        ("Status", record.report_status),
    ]


def attendees_by_side(meeting: Meeting) -> dict[str, list[str]]:
    sides: dict[str, list[str]] = {"agency": [], "client": [], "unassigned": []}
    for a in meeting.attendees:
        label = f"{a.name} ({a.role})" if a.role else a.name
        sides[a.side or "unassigned"].append(label)
    return sides


def side_title(side: str, meeting: Meeting) -> str:
    if side == "agency":
        return f"Agency ({meeting.agency})" if meeting.agency else "Agency"
    if side == "client":
        return f"Client ({meeting.client})" if meeting.client else "Client"
    return "Side not set"


def footer_text(record: MeetingRecord) -> str:
    verb = "Confirmed" if record.report_status == "CONFIRMED" else "Drafted automatically"
    return f"{verb} from {record.meeting.source_name}. {COMMENT_WINDOW}"


# --- contact report -----------------------------------------------------------------------------------------------
def contact_report_markdown(record: MeetingRecord) -> str:
    m = record.meeting
    actions, agreements = active_items(record)
    out = [f"# Contact report: {m.title}", ""]
    out += [f"- **{k}:** {v}" for k, v in header_rows(record)]
    out += ["", "## Attendees", ""]
    for side, names in attendees_by_side(m).items():
        if names:
            out.append(f"- **{side_title(side, m)}:** {', '.join(names)}")
    out += ["", "## Distribution", "", ", ".join(m.distribution) if m.distribution else "All attendees", ""]
    out += ["## Summary", "", summary_text(record), "", "## Agreements", ""]
    out += [f"{i}. {a.text}" for i, a in enumerate(agreements, 1)] or ["None recorded."]
    out += ["", "## Action items", ""]
    if actions:
        out += ["| # | Action | Owner | Due | Source |", "|---|---|---|---|---|"]
        for i, a in enumerate(actions, 1):
            cells = [str(i), a.task, format_owner(a.owner, m), format_due(a), format_timestamp(a.start, a.turn)]
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    else:
        out.append("None recorded.")
    out += [
        "",
        "## Next meeting",
        "",
        m.next_meeting or "To be arranged.",
        "",
        "---",
        "",
        f"_{footer_text(record)}_",
        "",
    ]
    return "\n".join(out)


def _table(doc, header: Iterable[str], rows: Iterable[Iterable[str]]):
    header = list(header)
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return table


def contact_report_docx(record: MeetingRecord) -> bytes:
    m = record.meeting
    actions, agreements = active_items(record)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.core_properties.title = f"Contact report: {m.title}"
    doc.core_properties.subject = m.client or ""
    doc.core_properties.author = "debrief"

    status = doc.add_paragraph()
    run = status.add_run(record.report_status)
    run.bold = True
    run.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B) if record.report_status == "DRAFT" else RGBColor(0x1E, 0x84, 0x49)
    status.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(f"Contact report: {m.title}", level=1)
    _table(doc, ("Field", "Detail"), header_rows(record))

    doc.add_heading("Attendees", level=2)
    for side, names in attendees_by_side(m).items():
        if names:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(f"{side_title(side, m)}: ").bold = True
            p.add_run(", ".join(names))
    doc.add_heading("Distribution", level=2)
    doc.add_paragraph(", ".join(m.distribution) if m.distribution else "All attendees")
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(summary_text(record))

    doc.add_heading("Agreements", level=2)
    for a in agreements:
        doc.add_paragraph(a.text, style="List Number")
    if not agreements:
        doc.add_paragraph("None recorded.")

    doc.add_heading("Action items", level=2)
    if actions:
        rows = [
            (str(i), a.task, format_owner(a.owner, m), format_due(a), format_timestamp(a.start, a.turn))
            for i, a in enumerate(actions, 1)
        ]
        _table(doc, ("#", "Action", "Owner", "Due", "Source"), rows)
    else:
        doc.add_paragraph("None recorded.")

    doc.add_heading("Next meeting", level=2)
    doc.add_paragraph(m.next_meeting or "To be arranged.")

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = footer_text(record)
    footer.runs[0].font.size = Pt(8)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def prediction_json(record: MeetingRecord) -> str:
    return record.model_dump_json(indent=2)


def free_stem(out_dir: Path, stem: str, sha256: str) -> str:
    """``stem``, unless ``out_dir`` already holds another recording's report by that name: then ``stem-2``, ``-3``…"""
    candidate, n = stem, 1
    while (existing := out_dir / f"{candidate}.json").exists():
        try:
            if json.loads(existing.read_text(encoding="utf-8"))["meeting"]["content_sha256"] == sha256:
                break
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not one of our reports: do not overwrite it either
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def write_contact_report(record: MeetingRecord, out_dir: Path, stem: str) -> dict[str, Path]:
    """The working draft: ``<stem>.contact-report.docx``, ``<stem>.md`` and ``<stem>.json``; return their paths."""
    return {
        "docx": atomic_write(out_dir / f"{stem}.contact-report.docx", contact_report_docx(record)),
        "md": atomic_write(out_dir / f"{stem}.md", contact_report_markdown(record)),
        "json": atomic_write(out_dir / f"{stem}.json", prediction_json(record)),
    }


UNSAFE_NAME_RE = re.compile(r'[\x00-\x1f/\\:*?"<>|]+')


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
    documents = {"docx": contact_report_docx(record), "md": contact_report_markdown(record),
                 "json": prediction_json(record)}  # fmt: skip
    written: dict[str, Path] = {}
    for kind, data in documents.items():
        target = out_dir / f"{stem}.{kind}"
        try:
            written[kind] = atomic_write(target, data, overwrite=False)
        except FileExistsError as exc:
            for path in written.values():  # this version's own files, written a moment ago
                path.unlink(missing_ok=True)
            raise OutputError(f"{target} already exists, and a confirmed report is never overwritten") from exc
    return written


# --- WIP register -------------------------------------------------------------------------------------------------
def _wip_cells(entry: WipEntry, today: dt.date) -> list[str]:
    owner = " & ".join(entry.owner) if isinstance(entry.owner, list) else (entry.owner or "TBC")
    due = entry.due.isoformat() if entry.due else (f"TBC ({entry.due_text})" if entry.due_text else "TBC")
    if entry.due and entry.due < today and entry.status == "open":
        due += " (OVERDUE)"
    return [
        entry.client,
        entry.job,
        entry.item,
        owner,
        due,
        entry.status,
        entry.next_step or "",
        entry.source_meeting,
        format_timestamp(entry.source_timestamp),
        entry.updated_at.strftime("%Y-%m-%d %H:%M"),
    ]


def sort_wip(entries: Iterable[WipEntry]) -> list[WipEntry]:
    return sorted(entries, key=lambda e: (e.client.lower(), e.due or dt.date.max, e.item.lower()))


def wip_csv(entries: Iterable[WipEntry], today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(WIP_COLUMNS)
    writer.writerows(_wip_cells(e, today) for e in sort_wip(entries))
    return buf.getvalue()


def wip_xlsx(entries: Iterable[WipEntry], today: dt.date | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    today = today or dt.date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = "WIP"
    ws.append(WIP_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    overdue = PatternFill("solid", fgColor="F8D7DA")
    for entry in sort_wip(entries):
        ws.append(_wip_cells(entry, today))
        if entry.due and entry.due < today and entry.status == "open":
            for cell in ws[ws.max_row]:
                cell.fill = overdue
    ws.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJ", (18, 24, 48, 20, 22, 10, 30, 28, 10, 17), strict=True):
        ws.column_dimensions[column].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def wip_docx(entries: Iterable[WipEntry], today: dt.date | None = None) -> bytes:
    """Grouped by client, sorted by due date, overdue items flagged."""
    today = today or dt.date.today()
    doc = Document()
    doc.add_heading(f"WIP register, {format_date(today)}", level=1)
    by_client: dict[str, list[WipEntry]] = {}
    for entry in sort_wip(entries):
        by_client.setdefault(entry.client, []).append(entry)
    if not by_client:
        doc.add_paragraph("No WIP items.")
    for client, rows in by_client.items():
        doc.add_heading(client, level=2)
        cells = [[c for i, c in enumerate(_wip_cells(e, today)) if i != 0] for e in rows]
        _table(doc, WIP_COLUMNS[1:], cells)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


WIP_EXPORTS = {"csv": wip_csv, "xlsx": wip_xlsx, "docx": wip_docx}
