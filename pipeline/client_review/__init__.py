"""The client review: a period of one client's meetings, read from the store.

    review = build_review(settings, "Fenwick Coffee", since, until)   # decisions, promises, competitors, months
    paths = write_client_review(review, out_dir)                       # .md, .docx and the chart's .png

decisions.py    confirmed agreements and which later decision changed which earlier one
delivery.py     action items by owner side with their WIP status, and the agency's on-time rate
competitors.py  mentions of other brands (spaCy entities + rules in models/client_review/) and their stance
glossary.py     the per-client market glossary beside the Whisper glossary (own brands, agency, known competitors)
chart.py        meetings, agreements and open actions per month (matplotlib, Agg)
document.py     the review as a ``structure.Doc``, rendered to .md and .docx
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from pipeline.client_review.competitors import Candidate, Mention, find_mentions
from pipeline.client_review.decisions import Decision, link_changes, topics
from pipeline.client_review.delivery import OnTime, Promise, done_dates, on_time_rate, open_at, promise
from pipeline.client_review.glossary import MarketGlossary, load_glossary
from pipeline.documents.formatting import format_owner
from pipeline.errors import NotFoundError, ReviewError
from pipeline.settings import Settings
from pipeline.store import store_for
from pipeline.store.models import AuditRow, MeetingRow

DEFAULT_DAYS = 91  # a quarter, when --since is not given


@dataclass
class MeetingLine:
    meeting_id: str
    date: dt.date
    title: str
    status: str
    report_number: str | None
    agreements: int
    actions: int


@dataclass
class Month:
    label: str  # "Sep 2026"
    first: dt.date
    meetings: int
    agreements: int
    open_actions: int  # open at the month's end (or today, for the current month)


@dataclass
class ClientReview:
    client: str
    agency: str | None
    since: dt.date
    until: dt.date
    today: dt.date
    meetings: list[MeetingLine]
    decisions: list[Decision]
    promises: list[Promise]
    on_time: OnTime
    mentions: list[Mention]
    candidates: list[Candidate]
    months: list[Month]
    glossary: MarketGlossary
    drafts: list[MeetingLine] = field(default_factory=list)

    @property
    def confirmed(self) -> list[MeetingLine]:
        return [m for m in self.meetings if m.status == "confirmed"]


def _client_name(names: list[str], client: str) -> str:
    for name in names:
        if name.lower() == client.strip().lower():
            return name
    known = ", ".join(names) or "none yet"
    raise NotFoundError(f"no meetings for client '{client}' in the store (clients: {known})")


def _months(since: dt.date, until: dt.date) -> list[dt.date]:
    out, day = [], since.replace(day=1)
    while day <= until:
        out.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def build_review(
    settings: Settings,
    client: str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    today: dt.date | None = None,
) -> ClientReview:
    """The review of ``client`` from ``since`` to ``until`` (default: the 91 days up to today), as of ``today``."""
    today = today or dt.date.today()
    until = until or today
    since = since or until - dt.timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        raise ReviewError(f"the period starts ({since}) after it ends ({until})")
    store = store_for(settings)
    client = _client_name(store.clients(), client)
    rows = store.list_meetings(client=client, end=until)
    in_period = sorted((r for r in rows if r.date >= since), key=lambda r: (r.date, r.id))
    records = {r.meeting_id: r.to_record() for r in rows}

    lines = [_line(r, records) for r in in_period]
    decisions = []
    for row in in_period:
        if row.status != "confirmed":
            continue
        rec = records[row.meeting_id]
        for a in rec.agreements:
            if a.status == "accepted":
                decisions.append(Decision(
                    date=row.date, meeting_id=row.meeting_id, meeting_title=row.title,
                    report_number=row.report_number, text=a.text, quote=a.quote, start=a.start,
                ))  # fmt: skip

    from pipeline.extract import load_nlp

    topics(decisions, load_nlp(settings))
    with store.session() as s:
        audit_rows = list(s.scalars(select(AuditRow).where(AuditRow.entity == "wip")))
    done = done_dates(audit_rows)
    promises = []
    for w in store.wip_rows(client=client):
        meeting = records.get(w.meeting.meeting_id)
        if meeting is None:  # a meeting after the period
            continue
        m = meeting.meeting
        if m.date < since and w.status == "done":
            continue
        promises.append(promise(w, m, done, since, format_owner(w.owner, m)))
    promises.sort(key=lambda p: (p.due or dt.date.max, p.meeting_date, p.task.lower()))

    glossary = load_glossary(client, settings)
    mentions, candidates = find_mentions([records[r.meeting_id] for r in in_period], glossary, settings)
    months = []
    for first in _months(since, until):
        last = min((first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1), until, today)
        here = [ln for ln in lines if ln.date.year == first.year and ln.date.month == first.month]
        agreed = sum(1 for d in decisions if d.date.year == first.year and d.date.month == first.month)
        months.append(Month(first.strftime("%b %Y"), first, len(here), agreed, open_at(promises, last)))
    agency = next(
        (records[r.meeting_id].meeting.agency for r in reversed(in_period) if records[r.meeting_id].meeting.agency),
        None,
    )
    return ClientReview(
        client=client, agency=agency, since=since, until=until, today=today,
        meetings=[ln for ln in lines if ln.status == "confirmed"], decisions=link_changes(decisions),
        promises=promises, on_time=on_time_rate(promises, since, until, today), mentions=mentions,
        candidates=candidates, months=months, glossary=glossary,
        drafts=[ln for ln in lines if ln.status != "confirmed"],
    )  # fmt: skip


def _line(row: MeetingRow, records: dict) -> MeetingLine:
    rec = records[row.meeting_id]
    return MeetingLine(
        meeting_id=row.meeting_id, date=row.date, title=row.title, status=row.status, report_number=row.report_number,
        agreements=sum(1 for a in rec.agreements if a.status == "accepted"),
        actions=sum(1 for a in rec.action_items if a.status == "accepted"),
    )  # fmt: skip


__all__ = ["ClientReview", "build_review"]
