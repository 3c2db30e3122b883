"""Files that confirming, reopening and sending write: the confirmed report under its number, the working draft, and
the .eml draft that sends the confirmed report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.documents import write_confirmed, write_contact_report
from pipeline.documents.eml import Recipients, recipients, write_eml
from pipeline.documents.letterhead import ReportStyle
from pipeline.errors import NotFoundError, OutputError, ReviewError
from pipeline.schemas import MeetingRecord

if TYPE_CHECKING:
    from pipeline.store import MeetingRow, Store


def write_final(
    record: MeetingRecord, version: int, reports_dir: str | Path, style: ReportStyle | None = None
) -> dict[str, str]:
    """``<number> <date> <title>.docx|md|json`` (CONFIRMED), beside the working draft, never over another file.

    ``style``: the letterhead and paper (``letterhead.report_style(settings, client)``); the plain A4 one if None."""
    return {kind: str(path) for kind, path in write_confirmed(record, Path(reports_dir), version, style).items()}


def write_draft(record: MeetingRecord, reports_dir: str | Path, style: ReportStyle | None = None) -> dict[str, str]:
    """The working draft (``<stem>.contact-report.docx``, ``.md``, ``.json``), e.g. when a report is reopened."""
    paths = write_contact_report(record, Path(reports_dir), record.meeting_id, style)
    return {kind: str(p) for kind, p in paths.items()}


def meeting_files(reports_dir: str | Path, stem: str, confirmed: list[dict[str, str] | None]) -> list[Path]:
    """The meeting's files: each confirmed version's (newest first), then the working draft's in its reports folder.

    ``confirmed``: the ``files`` of each report version, oldest first."""
    found = [Path(p) for files in reversed(confirmed) for p in (files or {}).values() if Path(p).is_file()]
    found += [eml for p in list(found) if p.suffix == ".docx" and (eml := p.with_suffix(".eml")).is_file()]
    folder = Path(reports_dir)
    if folder.is_dir():
        found += sorted(
            p for p in folder.iterdir()
            if p.is_file() and p.name.startswith(f"{stem}.") and not p.name.endswith(".tmp")
        )  # fmt: skip
    return found


def safe_child(folder: str | Path, name: str) -> Path | None:
    """``folder/name`` if ``name`` is a plain file name naming a file directly inside ``folder``; else None."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        return None
    base = Path(folder).resolve()
    path = (base / name).resolve()
    if path.parent != base or not path.is_file():
        return None
    return path


def is_within(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def write_send_draft(store: Store, meeting_id: str, out_dir: Path | None = None) -> tuple[Path, Recipients]:
    """The .eml draft of a confirmed meeting's latest confirmed report (``documents.eml``); its path and recipients.

    A draft (never confirmed, or reopened) is refused: what goes to the client is what the AE confirmed."""
    row = store.get(meeting_id) or _by_report_number(store, meeting_id)
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}' (give its id, e.g. the draft's file stem, or report number)")
    meeting_id = row.meeting_id
    versions = store.versions(meeting_id)
    if row.status != "confirmed" or not versions:
        raise ReviewError(f"{meeting_id} is not confirmed; confirm the report before sending it")
    latest = versions[-1]
    docx = Path((latest.files or {}).get("docx", ""))
    if not (latest.files or {}).get("docx") or not docx.is_file():
        raise OutputError(f"the confirmed report of {meeting_id} is missing ({docx}); reopen and confirm it again")
    record = MeetingRecord.model_validate(latest.record)
    return write_eml(record, docx, out_dir), recipients(record.meeting)


def _by_report_number(store: Store, number: str) -> MeetingRow | None:
    from sqlalchemy import select

    from pipeline.store import MeetingRow

    with store.session() as s:
        return s.scalars(select(MeetingRow).where(MeetingRow.report_number == number.strip())).first()
