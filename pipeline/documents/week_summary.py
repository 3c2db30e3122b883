"""The week summary a batch ends with: the week's contact reports, then every open WIP item by client.

Written as ``week-<first>-to-<last>.md`` and ``.docx`` beside the reports (atomically, like every output). The
reports are the stored drafts (or confirmed reports) of the batch's meetings, by client and date; the WIP part is
the whole open register, so items from earlier weeks that are still open are not forgotten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from pipeline.documents.contact_report import action_rows, active_items, summary_text
from pipeline.documents.files import atomic_write
from pipeline.documents.formatting import format_date
from pipeline.documents.render import to_docx, to_markdown
from pipeline.documents.structure import Doc, Heading, Numbered, Paragraph, Table
from pipeline.documents.wip import by_client, wip_due, wip_owner
from pipeline.schemas import MeetingRecord, WipEntry
from pipeline.settings import Settings


def week_records(settings: Settings, hashes: Iterable[str]) -> list[MeetingRecord]:
    """The stored records of these recordings (by content hash), by client, date and title."""
    from pipeline.store import store_for

    store = store_for(settings)
    records = {}
    for sha in hashes:
        row = store.find_by_hash(sha)
        if row is not None and row.record:
            records[sha] = row.to_record()
    return sorted(records.values(), key=lambda r: ((r.meeting.client or "").lower(), r.meeting.date, r.meeting.title))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def week_summary(records: list[MeetingRecord], wip: list[WipEntry], first: dt.date, last: dt.date) -> Doc:
    n_actions = sum(len(active_items(r)[0]) for r in records)
    n_agreed = sum(len(active_items(r)[1]) for r in records)
    doc = Doc(title=f"Week summary: {format_date(first)} to {format_date(last)}")
    counts = (
        f"{_plural(len(records), 'meeting')}, {_plural(n_agreed, 'agreement')}, {_plural(n_actions, 'action item')}"
    )
    doc.add(Paragraph(f"{counts}. Drafts await AE review."), Heading("Contact reports"))
    clients: dict[str, list[MeetingRecord]] = {}
    for r in records:
        clients.setdefault(r.meeting.client or "Unassigned", []).append(r)
    for client, group in clients.items():
        doc.add(Heading(client, 3))
        for r in group:
            actions, agreements = active_items(r)
            m = r.meeting
            doc.add(
                Heading(f"{format_date(m.date)}: {m.title} ({r.report_status})", 4),
                Paragraph(summary_text(r)),
                Paragraph("Agreements:"),
                Numbered([a.text for a in agreements], empty="None."),
                Table(("#", "Action", "Owner", "Due"), action_rows(r, actions, source=False), empty="No action items."),
                Paragraph(f"Report: {m.meeting_id}, drafted from {m.source_name}"),
            )
    if not records:
        doc.add(Paragraph("No meetings in this period."))
    doc.add(Heading("Open WIP by client"))
    grouped = by_client(e for e in wip if e.status == "open")
    for client, rows in grouped.items():
        cells = [
            (e.job, e.item, wip_owner(e), wip_due(e, human=True), e.next_step or "", e.source_meeting) for e in rows
        ]
        doc.add(Heading(client, 3), Table(("Job", "Item", "Owner", "Due", "Next step", "Source"), cells))
    if not grouped:
        doc.add(Paragraph("No open WIP items."))
    return doc


def write_week_summary(
    settings: Settings,
    hashes: list[str],
    out_dir: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    dates: Iterable[dt.date] = (),
) -> dict[str, Path]:
    """Write the summary of these meetings (content hashes) and the open WIP register; return the paths by format.

    The period is ``since`` to ``until``, else the meetings' dates, else ``dates`` (e.g. of files that failed)."""
    from pipeline.store import store_for

    records = week_records(settings, hashes)
    days = [r.meeting.date for r in records] or list(dates) or [dt.date.today()]
    first, last = since or min(days), until or max(days)
    doc = week_summary(records, store_for(settings).wip_entries(include_drafts=True), first, last)
    stem = f"week-{first.isoformat()}-to-{last.isoformat()}"
    return {
        "md": atomic_write(out_dir / f"{stem}.md", to_markdown(doc)),
        "docx": atomic_write(out_dir / f"{stem}.docx", to_docx(doc)),
    }
