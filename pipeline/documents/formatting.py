"""How dates, owners, due dates and timestamps read in every document and on the review page."""

from __future__ import annotations

import datetime as dt

from pipeline.schemas import ActionItem, Meeting, Owner


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
