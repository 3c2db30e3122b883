"""The week summary a batch ends with: the week's contact reports, then every open WIP item by client.

Written as ``week-<first>-to-<last>.md`` and ``.docx`` beside the reports (atomically, like every output). The
reports are the stored drafts (or confirmed reports) of the batch's meetings, by client and date; the WIP part is
the whole open register, so items from earlier weeks that are still open are not forgotten.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document

from pipeline import documents
from pipeline.documents import active_items, atomic_write, format_date, format_due, format_owner, sort_wip
from pipeline.schemas import MeetingRecord, WipEntry
from pipeline.settings import Settings
from pipeline.store import store_for

if TYPE_CHECKING:
    from pipeline.batch import BatchFile


def week_records(settings: Settings, hashes: Iterable[str]) -> list[MeetingRecord]:
    store = store_for(settings)
    records = {}
    for sha in hashes:
        row = store.find_by_hash(sha)
        if row is not None and row.record:
            records[sha] = MeetingRecord.model_validate(row.record)
    return sorted(records.values(), key=lambda r: ((r.meeting.client or "").lower(), r.meeting.date, r.meeting.title))


def _by_client(records: list[MeetingRecord]) -> dict[str, list[MeetingRecord]]:
    grouped: dict[str, list[MeetingRecord]] = {}
    for r in records:
        grouped.setdefault(r.meeting.client or "Unassigned", []).append(r)
    return grouped


def _wip_by_client(entries: list[WipEntry]) -> dict[str, list[WipEntry]]:
    grouped: dict[str, list[WipEntry]] = {}
    for e in sort_wip(x for x in entries if x.status == "open"):
        grouped.setdefault(e.client, []).append(e)
    return grouped


def _owner(entry: WipEntry) -> str:
    return " & ".join(entry.owner) if isinstance(entry.owner, list) else (entry.owner or "TBC")


def _due(entry: WipEntry) -> str:
    return entry.due.isoformat() if entry.due else (f"TBC ({entry.due_text})" if entry.due_text else "TBC")


def summary_markdown(records: list[MeetingRecord], wip: list[WipEntry], first: dt.date, last: dt.date) -> str:
    n_actions = sum(len(active_items(r)[0]) for r in records)
    n_agreed = sum(len(active_items(r)[1]) for r in records)
    out = [f"# Week summary: {format_date(first)} to {format_date(last)}", ""]
    out += [f"{len(records)} meetings, {n_agreed} agreements, {n_actions} action items. Drafts await AE review.", ""]
    out += ["## Contact reports", ""]
    for client, group in _by_client(records).items():
        out += [f"### {client}", ""]
        for r in group:
            actions, agreements = active_items(r)
            m = r.meeting
            out += [f"#### {format_date(m.date)}: {m.title} ({r.report_status})", "", documents.summary_text(r), ""]
            out += ["Agreements:", ""] + ([f"{i}. {a.text}" for i, a in enumerate(agreements, 1)] or ["None."])
            out += ["", "| # | Action | Owner | Due |", "|---|---|---|---|"]
            out += [
                f"| {i} | {a.task} | {format_owner(a.owner, m)} | {format_due(a)} |".replace("\n", " ")
                for i, a in enumerate(actions, 1)
            ]
            out += ["", f"_Report: {m.meeting_id}.docx, drafted from {m.source_name}_", ""]
    if not records:
        out += ["No meetings in this period.", ""]
    out += ["## Open WIP by client", ""]
    grouped = _wip_by_client(wip)
    for client, rows in grouped.items():
        out += [f"### {client}", "", "| Job | Item | Owner | Due | Next step | Source |", "|---|---|---|---|---|---|"]
        out += [
            f"| {e.job} | {e.item} | {_owner(e)} | {_due(e)} | {e.next_step or ''} | {e.source_meeting} |" for e in rows
        ]
        out.append("")
    if not grouped:
        out += ["No open WIP items.", ""]
    return "\n".join(out)


def summary_docx(records: list[MeetingRecord], wip: list[WipEntry], first: dt.date, last: dt.date) -> bytes:
    doc = Document()
    doc.core_properties.title = f"Week summary {first.isoformat()} to {last.isoformat()}"
    doc.core_properties.author = "debrief"
    doc.add_heading(f"Week summary: {format_date(first)} to {format_date(last)}", level=1)
    n_actions = sum(len(active_items(r)[0]) for r in records)
    doc.add_paragraph(f"{len(records)} meetings, {n_actions} action items. Drafts await AE review.")
    doc.add_heading("Contact reports", level=2)
    for client, group in _by_client(records).items():
        doc.add_heading(client, level=3)
        for r in group:
            actions, agreements = active_items(r)
            m = r.meeting
            doc.add_heading(f"{format_date(m.date)}: {m.title} ({r.report_status})", level=4)
            doc.add_paragraph(documents.summary_text(r))
            for a in agreements:
                doc.add_paragraph(a.text, style="List Number")
            if actions:
                rows = [(str(i), a.task, format_owner(a.owner, m), format_due(a)) for i, a in enumerate(actions, 1)]
                documents._table(doc, ("#", "Action", "Owner", "Due"), rows)
    if not records:
        doc.add_paragraph("No meetings in this period.")
    doc.add_heading("Open WIP by client", level=2)
    grouped = _wip_by_client(wip)
    for client, rows in grouped.items():
        doc.add_heading(client, level=3)
        cells = [(e.job, e.item, _owner(e), _due(e), e.next_step or "", e.source_meeting) for e in rows]
        documents._table(doc, ("Job", "Item", "Owner", "Due", "Next step", "Source"), cells)
    if not grouped:
        doc.add_paragraph("No open WIP items.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_week_summary(
    settings: Settings,
    files: list[BatchFile],
    out_dir: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> dict[str, Path]:
    """Write the summary of the batch's meetings and the open WIP register; return the paths by format."""
    records = week_records(settings, (f.sha256 for f in files))
    dates = [r.meeting.date for r in records] or [f.date for f in files] or [dt.date.today()]
    first, last = since or min(dates), until or max(dates)
    wip = store_for(settings).wip_entries(include_drafts=True)
    stem = f"week-{first.isoformat()}-to-{last.isoformat()}"
    return {
        "md": atomic_write(out_dir / f"{stem}.md", summary_markdown(records, wip, first, last)),
        "docx": atomic_write(out_dir / f"{stem}.docx", summary_docx(records, wip, first, last)),
    }
