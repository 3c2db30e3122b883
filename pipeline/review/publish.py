"""Files that confirming and reopening write: the final report, and the archived copy of each confirmed version."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.documents import write_contact_report
from pipeline.schemas import MeetingRecord

SUFFIXES = {"docx": ".contact-report.docx", "md": ".md", "json": ".json"}


def write_final(record: MeetingRecord, reports_dir: str | Path) -> dict[str, str]:
    """``<stem>.contact-report.docx``, ``<stem>.md`` and ``<stem>.json``, with status CONFIRMED."""
    paths = write_contact_report(record, Path(reports_dir), record.meeting_id)
    return {kind: str(path) for kind, path in paths.items()}


def archive_and_redraft(record: MeetingRecord, version: int, reports_dir: str | Path) -> dict[str, str]:
    """Keep the confirmed files as ``<stem>.v<N>.*`` and write the reopened draft in their place."""
    folder, stem = Path(reports_dir), record.meeting_id
    archived: dict[str, str] = {}
    for kind, suffix in SUFFIXES.items():
        current = folder / f"{stem}{suffix}"
        if version and current.is_file():
            target = folder / f"{stem}.v{version}{suffix}"
            shutil.copy2(current, target)
            archived[kind] = str(target)
    write_contact_report(record, folder, stem)
    return archived


def meeting_files(reports_dir: str | Path, stem: str) -> list[Path]:
    """The meeting's files in its reports folder: current documents first, then archived versions."""
    folder = Path(reports_dir)
    if not folder.is_dir():
        return []
    found = [
        p for p in folder.iterdir() if p.is_file() and p.name.startswith(f"{stem}.") and not p.name.endswith(".tmp")
    ]
    return sorted(found, key=lambda p: (".v" in p.name[len(stem) :], p.name))


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
