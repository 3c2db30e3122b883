"""Files that confirming and reopening write: the confirmed report under its number, and the working draft."""

from __future__ import annotations

from pathlib import Path

from pipeline.documents import write_confirmed, write_contact_report
from pipeline.documents.letterhead import ReportStyle
from pipeline.schemas import MeetingRecord


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
