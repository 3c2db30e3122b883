"""The review workflow, as a service the review app and the CLI call: edit, accept, reject, add, confirm, reopen.

Each operation edits the stored ``MeetingRecord`` in one transaction and writes one ``audit_log`` row per change:
who, when, before and after. Every field the AE changes is remembered (``edited`` on items, ``edited_fields`` on the
record), so a rerun of the recording keeps it (``pipeline.revision``).

``confirm`` numbers the report ``CR-<CLIENT>-<NNN>``: CLIENT is the client's name upper-cased with every run of other
characters turned into ``-`` (at most 24 characters, ``UNASSIGNED`` when there is no client) and NNN a per-client
sequence, zero-padded to three digits, e.g. ``CR-HARBOURSIDE-001``. A report keeps its number when reopened; every
confirmation is kept as a row of ``report_versions`` with the files written for it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.errors import NotFoundError, ReviewError
from pipeline.revision import redate
from pipeline.schemas import ActionItem, Agreement, Attendee, Meeting, MeetingRecord, WipStatus, unnamed_speaker
from pipeline.store.models import MeetingRow, ReportVersionRow, WipRow, utcnow
from pipeline.store.repository import Store, audit, meeting_row, retried, store_for, sync_draft_wip, wip_row

if TYPE_CHECKING:
    from pipeline.settings import Settings

ItemKind = Literal["action", "agreement"]
ITEM_KINDS: dict[str, tuple[str, type[ActionItem] | type[Agreement]]] = {
    "action": ("action_items", ActionItem),
    "agreement": ("agreements", Agreement),
}
HEADER_FIELDS = ("title", "client", "agency", "job", "date", "location", "distribution", "next_meeting")
WIP_STATUSES: tuple[str, ...] = get_args(WipStatus)


def review_for(settings: Settings) -> Review:
    return Review(store_for(settings))


class Review:
    """The AE's operations on one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- edits --------------------------------------------------------------------------------------
    @contextmanager
    def _editing(self, meeting_id: str) -> Iterator[tuple[Session, MeetingRow, MeetingRecord]]:
        """A draft meeting's record to change in place; saved (and its draft WIP rows refreshed) on exit."""
        with self.store.session() as s:
            row = meeting_row(s, meeting_id)
            if row.status == "confirmed":
                raise ReviewError(f"{row.report_number or meeting_id} is confirmed; reopen it before editing")
            record = row.to_record()
            yield s, row, record
            row.record = json.loads(record.model_dump_json())
            row.client, row.title, row.date = record.meeting.client, record.meeting.title, record.meeting.date
            sync_draft_wip(row, record)

    @retried
    def update_item(
        self, meeting_id: str, kind: ItemKind, index: int, changes: dict, who: str
    ) -> ActionItem | Agreement:
        """Change an action item's or agreement's fields (``status`` to accept or reject); audited."""
        field, model = _kind(kind)
        with self._editing(meeting_id) as (s, _row, record):
            items = getattr(record, field)
            if not 0 <= index < len(items):
                raise NotFoundError(f"{meeting_id} has no {kind} number {index + 1}")
            before = items[index]
            after = model.model_validate({**before.model_dump(), **changes})
            if after == before:
                return after
            changed = {k for k in changes if getattr(before, k) != getattr(after, k)}
            after.edited = sorted(set(before.edited) | (changed - {"status", "edited"}))
            items[index] = after
            only_status = changed == {"status"}
            verb = (
                {"accepted": "accept", "rejected": "reject", "proposed": "undecide"}[after.status]
                if only_status
                else "edit"
            )
            audit(s, who, kind, f"{meeting_id}/{kind}/{index}", verb, _dump(before), _dump(after))
            return after

    @retried
    def add_item(self, meeting_id: str, kind: ItemKind, fields: dict, who: str) -> int:
        """Add an item the extractor missed (``rule="manual"``, accepted unless ``status`` says otherwise)."""
        field, model = _kind(kind)
        with self._editing(meeting_id) as (s, _row, record):
            values = {"rule": "manual", "confidence": 1.0, "status": "accepted", **fields}
            segment = values.get("segment")
            if segment is not None:
                if not 0 <= segment < len(record.transcript.segments):
                    raise NotFoundError(f"{meeting_id} has no transcript segment {segment}")
                seg = record.transcript.segments[segment]
                values.setdefault("start", seg.start)
                values.setdefault("speaker", seg.speaker)
                if record.transcript.turn_indexed:
                    values.setdefault("turn", segment)
            values.setdefault("quote", "")
            return _append(s, who, record, kind, model.model_validate(values), "create")

    @retried
    def accept_suggestion(self, meeting_id: str, kind: ItemKind, index: int, who: str) -> int:
        """Move the draft's suggestion number ``index`` (``suggested_action_items`` / ``suggested_agreements``) into
        its items as accepted, so the report carries it; audited. Returns its index among the items."""
        field, _model = _kind(kind)
        with self._editing(meeting_id) as (s, _row, record):
            suggestions = getattr(record, "suggested_" + field)
            if not 0 <= index < len(suggestions):
                raise NotFoundError(f"{meeting_id} has no suggested {kind} number {index + 1}")
            item = suggestions.pop(index).model_copy(update={"status": "accepted"})
            return _append(s, who, record, kind, item, "accept_suggestion")

    @retried
    def update_header(
        self, meeting_id: str, fields: dict, who: str, next_weekday: str = "following_week"
    ) -> tuple[Meeting, list[int]]:
        """Change header fields (title, client, agency, job, date, location, distribution, next_meeting).

        A new date is the AE's (``date_source`` "review"), and every spoken due date the AE has not set is resolved
        again against it; returns the meeting and the indices of the action items whose due date changed."""
        unknown = set(fields) - set(HEADER_FIELDS)
        if unknown:
            raise ReviewError(f"not a header field: {', '.join(sorted(unknown))}")
        with self._editing(meeting_id) as (s, _row, record):
            before = record.meeting
            after = Meeting.model_validate({**before.model_dump(), **fields})
            keys = [k for k in HEADER_FIELDS if getattr(before, k) != getattr(after, k)]
            redated: list[int] = []
            if keys:
                if "date" in keys:
                    after.date_source = "review"
                    old_dues = [a.due for a in record.action_items]
                    redated = redate(record.action_items, after.date, next_weekday)
                    for i in redated:
                        audit(s, who, "action", f"{meeting_id}/action/{i}", "redate",
                               {"due": _iso(old_dues[i])}, {"due": _iso(record.action_items[i].due)})  # fmt: skip
                record.meeting = after
                record.edited_fields = sorted(set(record.edited_fields) | set(keys))
                audit(s, who, "meeting", meeting_id, "edit", _pick(before, keys), _pick(after, keys))
            return after, redated

    @retried
    def set_attendees(self, meeting_id: str, attendees: list[Attendee], who: str) -> Meeting:
        with self._editing(meeting_id) as (s, _row, record):
            before = [a.model_dump() for a in record.meeting.attendees]
            after = [a.model_dump() for a in attendees]
            if before != after:
                record.meeting = record.meeting.model_copy(update={"attendees": list(attendees)})
                record.edited_fields = sorted({*record.edited_fields, "attendees"})
                audit(s, who, "attendees", f"{meeting_id}/attendees", "edit", before, after)
            return record.meeting

    @retried
    def rename_speaker(self, meeting_id: str, old: str, new: str, who: str, settings: Settings) -> MeetingRecord:
        """Call speaker ``old`` ``new`` (an existing speaker's name merges the two), then extract again: items the AE
        has not touched follow the new speakers ("I'll send it" gets its owner), the AE's decisions stay."""
        from pipeline.draft import record_for
        from pipeline.extract import extract
        from pipeline.revision import merge_rerun
        from pipeline.speakers import rename_speaker

        new = " ".join(new.split())
        if not new:
            raise ReviewError("give the speaker a name")
        with self._editing(meeting_id) as (s, _row, record):
            if old not in {seg.speaker for seg in record.transcript.segments}:
                raise ReviewError(f"no speaker '{old}' in this meeting")
            if new != old:
                transcript = rename_speaker(record.transcript, old, new)
                names = [a.name for a in record.meeting.attendees]
                if old in names:  # a speaker label the draft put on the attendee list: it becomes the name
                    kept = [a for a in record.meeting.attendees if a.name != old]
                    renamed = [a.model_copy(update={"name": new}) for a in record.meeting.attendees if a.name == old]
                    attendees = kept if new in names else [*kept, *renamed]
                    record.meeting = record.meeting.model_copy(update={"attendees": attendees})
                elif new not in names and not unnamed_speaker(new):  # an unnamed voice ("Speaker 2") given a name
                    attendees = [*record.meeting.attendees, Attendee(name=new)]
                    record.meeting = record.meeting.model_copy(update={"attendees": attendees})
                fresh = record_for(record.meeting, transcript, extract(transcript, record.meeting, settings))
                merged = merge_rerun(record, fresh, settings.next_weekday)
                for field in ("transcript", "action_items", "agreements", "suggested_action_items",
                              "suggested_agreements"):  # fmt: skip
                    if field in MeetingRecord.model_fields:
                        setattr(record, field, getattr(merged, field))
                audit(s, who, "speaker", f"{meeting_id}/speakers", "rename", {"speaker": old}, {"speaker": new})
            return record

    # --- confirm and reopen -------------------------------------------------------------------------
    @retried
    def confirm(
        self, meeting_id: str, who: str, publish: Callable[[MeetingRecord, int], dict[str, str]] | None = None
    ) -> MeetingRecord:
        """Confirm a reviewed draft: number it, record who and when, move accepted actions to the WIP register.

        ``publish(record, version)`` writes the confirmed documents (never over an earlier version's) and returns
        their paths; it runs inside the transaction, so a failure to write leaves the meeting a draft, and a failure
        to commit removes the files again."""
        if not who or not who.strip():
            raise ReviewError("say who is confirming the report")
        files: dict[str, str] | None = None
        try:
            with self.store.session() as s:
                row = meeting_row(s, meeting_id)
                if row.status == "confirmed":
                    raise ReviewError(f"{meeting_id} is already confirmed as {row.report_number}")
                record = row.to_record()
                pending = row.open_items()
                if pending:
                    raise ReviewError(
                        f"{pending} item{'s' if pending != 1 else ''} still to accept or reject before confirming"
                    )
                number = row.report_number or _next_report_number(s, record.meeting.client)
                now = dt.datetime.now(dt.UTC).replace(microsecond=0)
                record = record.model_copy(
                    update={"report_status": "CONFIRMED", "report_number": number, "confirmed_by": who.strip(),
                            "confirmed_at": now}
                )  # fmt: skip
                version = len(row.versions) + 1
                files = publish(record, version) if publish else None
                payload = json.loads(record.model_dump_json())
                row.record, row.status, row.report_number = payload, "confirmed", number
                row.confirmed_by, row.confirmed_at = who.strip(), now.replace(tzinfo=None)
                row.versions.append(
                    ReportVersionRow(version=version, report_number=number, confirmed_by=who.strip(),
                                     confirmed_at=now.replace(tzinfo=None), record=payload, files=files)
                )  # fmt: skip
                _sync_confirmed_wip(row, record)
                after = {"status": "confirmed", "report_number": number, "version": version, "files": files}
                audit(s, who, "meeting", meeting_id, "confirm", {"status": "draft"}, after)
                return record
        except BaseException:  # not confirmed after all (e.g. the commit failed): its files must not stay behind
            for path in (files or {}).values():
                Path(path).unlink(missing_ok=True)
            raise

    @retried
    def reopen(
        self, meeting_id: str, who: str, publish: Callable[[MeetingRecord], object] | None = None
    ) -> MeetingRecord:
        """Make a confirmed report a draft again, keeping its number; the confirmed version and its files stay.

        ``publish(draft_record)`` writes the working draft's documents."""
        with self.store.session() as s:
            row = meeting_row(s, meeting_id)
            if row.status != "confirmed":
                raise ReviewError(f"{meeting_id} is not confirmed, so there is nothing to reopen")
            record = row.to_record().model_copy(
                update={"report_status": "DRAFT", "confirmed_by": None, "confirmed_at": None}
            )
            if publish:
                publish(record)
            if row.versions:
                row.versions[-1].reopened_by, row.versions[-1].reopened_at = who, utcnow()
            row.record, row.status = json.loads(record.model_dump_json()), "draft"
            row.confirmed_by = row.confirmed_at = None
            audit(s, who, "meeting", meeting_id, "reopen",
                   {"status": "confirmed", "report_number": row.report_number}, {"status": "draft"})  # fmt: skip
            return record

    # --- the WIP register ---------------------------------------------------------------------------------------
    @retried
    def set_wip(self, wip_id: int, who: str, status: str | None = None, next_step: str | None = None) -> WipRow:
        """Mark a WIP entry open / done / on hold and change its next step; audited."""
        if status is not None and status not in WIP_STATUSES:
            raise ReviewError(f"unknown WIP status '{status}'; use one of {', '.join(WIP_STATUSES)}")
        with self.store.session() as s:
            row = s.get(WipRow, wip_id)
            if row is None:
                raise NotFoundError(f"no WIP entry {wip_id}")
            before = {"status": row.status, "next_step": row.next_step}
            if status is not None:
                row.status = cast(WipStatus, status)  # checked against WIP_STATUSES above
            if next_step is not None:
                row.next_step = next_step.strip() or None
            after = {"status": row.status, "next_step": row.next_step}
            if after != before:
                row.updated_at = utcnow()
                action = "status" if before["status"] != after["status"] else "edit"
                audit(s, who, "wip", str(wip_id), action, before, after)
            return row


# --- helpers --------------------------------------------------------------------------------------------------
def _kind(kind: str) -> tuple[str, type[ActionItem] | type[Agreement]]:
    if kind not in ITEM_KINDS:
        raise NotFoundError(f"unknown item kind '{kind}'")
    return ITEM_KINDS[kind]


def _append(
    s: Session, who: str, record: MeetingRecord, kind: ItemKind, item: ActionItem | Agreement, action: str
) -> int:
    """Add ``item`` to the record's items of ``kind``, audited as ``action``; its index."""
    field, _model = _kind(kind)
    items = getattr(record, field)
    items.append(item)
    audit(s, who, kind, f"{record.meeting_id}/{kind}/{len(items) - 1}", action, None, _dump(item))
    return len(items) - 1


def _dump(model: BaseModel) -> dict[str, Any]:
    return json.loads(model.model_dump_json())


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _pick(model: BaseModel, keys: list[str]) -> dict[str, Any]:
    data = _dump(model)
    return {k: data[k] for k in keys}


def client_slug(client: str | None) -> str:
    slug = re.sub(r"[^A-Z0-9]+", "-", (client or "").upper()).strip("-")[:24].strip("-")
    return slug or "UNASSIGNED"


def _next_report_number(s: Session, client: str | None) -> str:
    prefix = f"CR-{client_slug(client)}-"
    pattern = re.compile(re.escape(prefix) + r"(\d+)")
    taken = s.scalars(select(MeetingRow.report_number).where(MeetingRow.report_number.startswith(prefix)))
    seqs = [int(m.group(1)) for n in taken if n and (m := pattern.fullmatch(n))]
    return f"{prefix}{max(seqs, default=0) + 1:03d}"


def _sync_confirmed_wip(row: MeetingRow, record: MeetingRecord) -> None:
    """Accepted action items become confirmed WIP rows; rows already in the register keep their status."""
    existing = {w.item_index: w for w in row.wip if w.confirmed}
    rows = []
    for i, a in enumerate(record.action_items):
        if a.status != "accepted":
            continue
        fresh = wip_row(record, i, True)
        old = existing.get(i)
        if old is None:
            rows.append(fresh)
            continue
        changed = False
        for field in ("client", "job", "item", "owner", "due", "due_text", "source_meeting", "source_timestamp"):
            if getattr(old, field) != getattr(fresh, field):
                setattr(old, field, getattr(fresh, field))
                changed = True
        if changed:
            old.updated_at = utcnow()
        rows.append(old)
    row.wip = rows
