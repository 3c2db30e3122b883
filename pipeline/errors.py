"""Domain exceptions with stable, human-readable messages. The CLI prints them without a traceback."""

from __future__ import annotations

from pathlib import Path


class DebriefError(Exception):
    """Base class: ``str(err)`` is one sentence a user can act on."""


class InputFileError(DebriefError):
    """A recording or transcript that cannot be used. The file should be moved aside with a note."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class ConfigError(DebriefError):
    """A setting, a model folder or a rule file is missing or wrong."""


class OutputError(DebriefError):
    """A report or export cannot be written where it belongs (it must not be replaced, no space, no access)."""


class ReviewError(DebriefError):
    """A review operation that cannot be done in the meeting's current state (the message says why)."""


class NotFoundError(DebriefError):
    """No meeting, item or WIP entry by that id."""


class AlreadyConfirmedError(DebriefError):
    """A rerun of a meeting whose report is confirmed: nothing is written unless a new draft version is asked for."""

    def __init__(self, source_name: str, meeting_id: str, report_number: str | None) -> None:
        self.meeting_id, self.report_number = meeting_id, report_number
        super().__init__(
            f"{source_name}: already confirmed as {report_number} ({meeting_id}); nothing written. "
            "Reopen it on the review page, or run again with --force for a new draft version."
        )
