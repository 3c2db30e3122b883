"""The WIP (job status) register: one row per item, grouped by client and sorted by due date.

Exported as .csv and .xlsx (one sheet, overdue rows shaded) and as a .docx built from the same rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable

from pipeline.documents.formatting import format_date, format_timestamp
from pipeline.documents.render import to_docx
from pipeline.documents.structure import Doc, Heading, Paragraph, Table
from pipeline.schemas import WipEntry

WIP_COLUMNS = ("Client", "Job", "Item", "Owner", "Due", "Status", "Next step", "Source meeting", "Timestamp", "Updated")
COLUMN_WIDTHS = (18, 24, 48, 20, 22, 10, 30, 28, 10, 17)


def wip_owner(entry: WipEntry) -> str:
    return " & ".join(entry.owner) if isinstance(entry.owner, list) else (entry.owner or "TBC")


def wip_due(entry: WipEntry, human: bool = False) -> str:
    """ISO for the .csv and .xlsx (a spreadsheet sorts it); ``human``: as every document and page shows dates."""
    if entry.due is None:
        return f"TBC ({entry.due_text})" if entry.due_text else "TBC"
    return format_date(entry.due) if human else entry.due.isoformat()


def is_overdue(entry: WipEntry, today: dt.date) -> bool:
    return entry.due is not None and entry.due < today and entry.status == "open"


def wip_cells(entry: WipEntry, today: dt.date, human: bool = False) -> tuple[str, ...]:
    updated = f"{format_date(entry.updated_at.date())} {entry.updated_at:%H:%M}" if human else None
    return (
        entry.client,
        entry.job,
        entry.item,
        wip_owner(entry),
        wip_due(entry, human) + (" (OVERDUE)" if is_overdue(entry, today) else ""),
        entry.status,
        entry.next_step or "",
        entry.source_meeting,
        format_timestamp(entry.source_timestamp),
        updated or entry.updated_at.strftime("%Y-%m-%d %H:%M"),
    )


def sort_wip(entries: Iterable[WipEntry]) -> list[WipEntry]:
    return sorted(entries, key=lambda e: (e.client.lower(), e.due or dt.date.max, e.item.lower()))


def by_client(entries: Iterable[WipEntry]) -> dict[str, list[WipEntry]]:
    grouped: dict[str, list[WipEntry]] = {}
    for entry in sort_wip(entries):
        grouped.setdefault(entry.client, []).append(entry)
    return grouped


def wip_register(entries: Iterable[WipEntry], today: dt.date) -> Doc:
    """The register as a document: a table per client (the client column is the heading)."""
    doc = Doc(title=f"WIP register, {format_date(today)}")
    grouped = by_client(entries)
    for client, rows in grouped.items():
        doc.add(Heading(client), Table(WIP_COLUMNS[1:], [wip_cells(e, today, human=True)[1:] for e in rows]))
    if not grouped:
        doc.add(Paragraph("No WIP items."))
    return doc


def wip_csv(entries: Iterable[WipEntry], today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(WIP_COLUMNS)
    writer.writerows(wip_cells(e, today) for e in sort_wip(entries))
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
        ws.append(wip_cells(entry, today))
        if is_overdue(entry, today):
            for cell in ws[ws.max_row]:
                cell.fill = overdue
    ws.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJ", COLUMN_WIDTHS, strict=True):
        ws.column_dimensions[column].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def wip_docx(entries: Iterable[WipEntry], today: dt.date | None = None) -> bytes:
    """Grouped by client, sorted by due date, overdue items flagged."""
    return to_docx(wip_register(entries, today or dt.date.today()))


WIP_EXPORTS: dict[str, Callable[[Iterable[WipEntry]], str | bytes]] = {
    "csv": wip_csv,
    "xlsx": wip_xlsx,
    "docx": wip_docx,
}
