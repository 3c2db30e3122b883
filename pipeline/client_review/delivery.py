"""Promises and delivery: the confirmed action items of a client, by owner side, with their WIP status.

An item is ``done`` / ``open`` / ``on hold`` as the WIP register says, and ``overdue`` when it is open past its due
date. When it was done is the time of the WIP row's last change to ``done`` in the audit log (else the row's last
update). The agency's on-time rate is, of the agency's items due in the period (up to the review date), the share
done on or before their due date. Open items from meetings before the period are included, marked as carried over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.schemas import Meeting, Owner, Side, WipStatus
from pipeline.store.models import AuditRow, WipRow

SIDES: tuple[Side, ...] = ("agency", "client")


@dataclass
class Promise:
    wip_id: int
    task: str
    owner: Owner
    owner_label: str
    side: Side | None
    due: dt.date | None
    due_text: str | None
    status: WipStatus
    done_at: dt.date | None
    meeting_id: str
    meeting_date: dt.date
    meeting_title: str
    carried_over: bool  # from a meeting before the period, still open

    def overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today

    def state(self, today: dt.date) -> str:
        return "overdue" if self.overdue(today) else self.status

    def on_time(self) -> bool:
        return self.status == "done" and self.due is not None and self.done_at is not None and self.done_at <= self.due


def owner_side(owner: Owner, meeting: Meeting) -> Side | None:
    """``agency`` / ``client`` for the organisation or an attendee of that side; None if unknown or mixed."""
    names = owner if isinstance(owner, list) else [owner] if owner else []
    sides: set[Side] = set()
    for name in names:
        if name in SIDES:
            sides.add(name)
        elif (a := meeting.attendee(name)) is not None and a.side is not None:
            sides.add(a.side)
    return sides.pop() if len(sides) == 1 else None


def done_dates(audit_rows: list[AuditRow]) -> dict[int, dt.date]:
    """WIP id -> the date it was last marked done (audit rows of entity ``wip``, newest first or any order)."""
    out: dict[int, tuple[dt.datetime, dt.date]] = {}
    for row in audit_rows:
        if row.entity != "wip" or not isinstance(row.after, dict) or row.after.get("status") != "done":
            continue
        try:
            wip_id = int(row.entity_id)
        except ValueError:
            continue
        if wip_id not in out or row.at > out[wip_id][0]:
            out[wip_id] = (row.at, row.at.date())
    return {k: v[1] for k, v in out.items()}


def promise(row: WipRow, meeting: Meeting, done: dict[int, dt.date], since: dt.date, owner_label: str) -> Promise:
    done_at = done.get(row.id) or (row.updated_at.date() if row.status == "done" else None)
    return Promise(
        wip_id=row.id, task=row.item, owner=row.owner, owner_label=owner_label, side=owner_side(row.owner, meeting),
        due=row.due, due_text=row.due_text, status=row.status, done_at=done_at if row.status == "done" else None,
        meeting_id=meeting.meeting_id, meeting_date=meeting.date, meeting_title=meeting.title,
        carried_over=meeting.date < since,
    )  # fmt: skip


@dataclass
class OnTime:
    on_time: int
    due: int

    @property
    def rate(self) -> float | None:
        return self.on_time / self.due if self.due else None

    def text(self) -> str:
        if not self.due:
            return "no agency items fell due in the period"
        return f"{self.rate:.0%} ({self.on_time} of {self.due} agency items due in the period done on time)"


def on_time_rate(promises: list[Promise], since: dt.date, until: dt.date, today: dt.date) -> OnTime:
    """Of the agency's items due between ``since`` and min(``until``, ``today``), how many were done by their date."""
    end = min(until, today)
    due = [p for p in promises if p.side == "agency" and p.due is not None and since <= p.due <= end]
    return OnTime(sum(p.on_time() for p in due), len(due))


def open_at(promises: list[Promise], day: dt.date) -> int:
    """Items raised by ``day`` and not done by then (on hold counts as open)."""
    return sum(1 for p in promises if p.meeting_date <= day and (p.done_at is None or p.done_at > day))
