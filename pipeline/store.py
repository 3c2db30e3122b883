"""The SQLAlchemy store: meetings, their review state, the WIP register and the audit log.

SQLite in the workspace by default (WAL mode); ``DEBRIEF_DATABASE_URL`` switches to PostgreSQL. The schema changes
only through the numbered migrations in ``MIGRATIONS`` (never by dropping tables); ``schema_version`` records which
have run. A meeting is keyed by the SHA-256 of its source file, so the same recording gives one meeting.

Review operations (the review app and tests use them) edit the stored ``MeetingRecord`` and write one ``audit_log``
row per change: who, when, before and after. ``confirm`` numbers the report ``CR-<CLIENT>-<NNN>``: CLIENT is the
client's name upper-cased with every run of other characters turned into ``-`` (at most 24 characters, ``UNASSIGNED``
when there is no client) and NNN a per-client sequence, zero-padded to three digits, e.g. ``CR-HARBOURSIDE-001``.
A report keeps its number when reopened; every confirmation is kept as a row of ``report_versions``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload, sessionmaker

from pipeline.errors import DebriefError
from pipeline.revision import merge_rerun, redate
from pipeline.schemas import ActionItem, Agreement, Attendee, Meeting, MeetingRecord, WipEntry

ItemKind = str  # "action" | "agreement"
ITEM_KINDS = {"action": ("action_items", ActionItem), "agreement": ("agreements", Agreement)}
HEADER_FIELDS = ("title", "client", "agency", "job", "date", "location", "distribution", "next_meeting")
WIP_STATUSES = ("open", "done", "on hold")


class ReviewError(DebriefError):
    """A review operation that cannot be done in the meeting's current state (the message says why)."""


class NotFoundError(DebriefError):
    """No meeting, item or WIP entry by that id."""


class AlreadyConfirmedError(DebriefError):
    """A rerun of a meeting whose report is confirmed: nothing is written unless a new draft version is asked for."""

    def __init__(self, source_name: str, row: MeetingRow) -> None:
        self.meeting_id, self.report_number = row.meeting_id, row.report_number
        super().__init__(
            f"{source_name}: already confirmed as {row.report_number} ({row.meeting_id}); nothing written. "
            "Reopen it on the review page, or run again with --force for a new draft version."
        )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class MeetingRow(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(String(200), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    client: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft | confirmed
    report_number: Mapped[str | None] = mapped_column(String(100))
    confirmed_by: Mapped[str | None] = mapped_column(String(200))
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    source_name: Mapped[str] = mapped_column(String(500))
    source_path: Mapped[str | None] = mapped_column(Text)  # migration 2: the processed file, for the audio player
    reports_dir: Mapped[str] = mapped_column(Text)
    record: Mapped[dict] = mapped_column(JSON)  # the MeetingRecord as JSON, including review state
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    wip: Mapped[list[WipRow]] = relationship(back_populates="meeting", cascade="all, delete-orphan")
    versions: Mapped[list[ReportVersionRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ReportVersionRow.version"
    )

    def to_record(self) -> MeetingRecord:
        return MeetingRecord.model_validate(self.record)

    def open_items(self) -> int:
        """Items still awaiting the AE's decision (status ``proposed``)."""
        rec = self.record or {}
        items = list(rec.get("action_items", [])) + list(rec.get("agreements", []))
        return sum(1 for i in items if i.get("status", "proposed") == "proposed")


class WipRow(Base):
    __tablename__ = "wip_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_pk: Mapped[int] = mapped_column(ForeignKey("meetings.id"))
    item_index: Mapped[int | None] = mapped_column(Integer)  # position in the meeting's action_items
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)  # False: a draft awaiting review
    client: Mapped[str] = mapped_column(String(200))
    job: Mapped[str] = mapped_column(String(500))
    item: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | list | None] = mapped_column(JSON)
    due: Mapped[dt.date | None] = mapped_column(Date)
    due_text: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="open")
    next_step: Mapped[str | None] = mapped_column(Text)
    source_meeting: Mapped[str] = mapped_column(String(500))
    source_timestamp: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    meeting: Mapped[MeetingRow] = relationship(back_populates="wip")

    def to_entry(self) -> WipEntry:
        return WipEntry(
            client=self.client, job=self.job, item=self.item, owner=self.owner, due=self.due, due_text=self.due_text,
            status=self.status, next_step=self.next_step, source_meeting=self.source_meeting,
            source_timestamp=self.source_timestamp, updated_at=self.updated_at,
        )  # fmt: skip


class AuditRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    who: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(50))  # meeting | action_item | agreement | wip
    entity_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))  # create | edit | accept | reject | confirm | reopen | status
    before: Mapped[dict | list | str | None] = mapped_column(JSON)
    after: Mapped[dict | list | str | None] = mapped_column(JSON)


class ReportVersionRow(Base):
    """One confirmation of a report: the record as confirmed, its files, and when it was reopened (if it was)."""

    __tablename__ = "report_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_pk: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    report_number: Mapped[str] = mapped_column(String(100))
    confirmed_by: Mapped[str] = mapped_column(String(200))
    confirmed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    record: Mapped[dict] = mapped_column(JSON)
    files: Mapped[dict | None] = mapped_column(JSON)  # kind -> path; the archived .vN files once reopened
    reopened_by: Mapped[str | None] = mapped_column(String(200))
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    meeting: Mapped[MeetingRow] = relationship(back_populates="versions")


class SchemaVersion(Base):
    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    description: Mapped[str] = mapped_column(String(300))


# --- migrations: append, never edit a shipped one ---------------------------------------------------------------
# Each migration creates the tables as they were at its version (frozen here), never the ORM's current ones, so a
# new database and an upgraded one end with the same schema.
def _v1_tables() -> list[Table]:
    md = MetaData()
    meetings = Table(
        "meetings", md,
        Column("id", Integer, primary_key=True),
        Column("meeting_id", String(200), index=True, nullable=False),
        Column("content_sha256", String(64), unique=True, nullable=False),
        Column("client", String(200)),
        Column("title", String(500), nullable=False),
        Column("date", Date, nullable=False),
        Column("status", String(20), nullable=False),
        Column("report_number", String(100)),
        Column("confirmed_by", String(200)),
        Column("confirmed_at", DateTime),
        Column("source_name", String(500), nullable=False),
        Column("reports_dir", Text, nullable=False),
        Column("record", JSON, nullable=False),
        Column("created_at", DateTime, nullable=False),
        Column("updated_at", DateTime, nullable=False),
    )  # fmt: skip
    wip = Table(
        "wip_entries", md,
        Column("id", Integer, primary_key=True),
        Column("meeting_pk", Integer, ForeignKey("meetings.id"), nullable=False),
        Column("item_index", Integer),
        Column("confirmed", Boolean, nullable=False),
        Column("client", String(200), nullable=False),
        Column("job", String(500), nullable=False),
        Column("item", Text, nullable=False),
        Column("owner", JSON),
        Column("due", Date),
        Column("due_text", String(200)),
        Column("status", String(20), nullable=False),
        Column("next_step", Text),
        Column("source_meeting", String(500), nullable=False),
        Column("source_timestamp", Float),
        Column("updated_at", DateTime, nullable=False),
    )  # fmt: skip
    audit = Table(
        "audit_log", md,
        Column("id", Integer, primary_key=True),
        Column("at", DateTime, nullable=False),
        Column("who", String(200), nullable=False),
        Column("entity", String(50), nullable=False),
        Column("entity_id", String(200), nullable=False),
        Column("action", String(50), nullable=False),
        Column("before", JSON),
        Column("after", JSON),
    )  # fmt: skip
    return [meetings, wip, audit]


def _m1_initial(engine: Engine) -> None:
    tables = _v1_tables()
    tables[0].metadata.create_all(engine, tables=tables)


def _m2_review(engine: Engine) -> None:
    """The review step: the source path (audio player), report versions, one meeting per report number."""
    md = MetaData()
    Table("meetings", md, Column("id", Integer, primary_key=True))
    versions = Table(
        "report_versions", md,
        Column("id", Integer, primary_key=True),
        Column("meeting_pk", Integer, ForeignKey("meetings.id"), index=True, nullable=False),
        Column("version", Integer, nullable=False),
        Column("report_number", String(100), nullable=False),
        Column("confirmed_by", String(200), nullable=False),
        Column("confirmed_at", DateTime, nullable=False),
        Column("record", JSON, nullable=False),
        Column("files", JSON),
        Column("reopened_by", String(200)),
        Column("reopened_at", DateTime),
    )  # fmt: skip
    columns = {c["name"] for c in inspect(engine).get_columns("meetings")}
    with engine.begin() as conn:
        if "source_path" not in columns:
            conn.execute(text("ALTER TABLE meetings ADD COLUMN source_path TEXT"))
        conn.execute(text("CREATE UNIQUE INDEX IF NOT EXISTS ux_meetings_report_number ON meetings (report_number)"))
    versions.create(engine, checkfirst=True)


MIGRATIONS: list[tuple[int, str, Callable[[Engine], None]]] = [
    (1, "meetings, WIP entries and audit log", _m1_initial),
    (2, "review: meetings.source_path, report_versions, unique report numbers", _m2_review),
]


def migrate(engine: Engine) -> list[int]:
    """Apply the migrations this database has not had yet; return their numbers."""
    SchemaVersion.__table__.create(engine, checkfirst=True)
    with Session(engine) as session:
        done = set(session.scalars(select(SchemaVersion.version)))
    applied = []
    for version, description, step in MIGRATIONS:
        if version in done:
            continue
        step(engine)
        with Session(engine) as session, session.begin():
            session.add(SchemaVersion(version=version, description=description))
        applied.append(version)
    return applied


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per database URL per process, migrated to the newest schema."""
    if url.startswith("sqlite:///"):
        from pathlib import Path

        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


class Store:
    """The operations the stages, the review app and the CLI need, each in its own transaction."""

    def __init__(self, url: str) -> None:
        self.engine = engine_for(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    # --- meetings --------------------------------------------------------------------------------------------
    def find_by_hash(self, sha256: str) -> MeetingRow | None:
        with self.session() as s:
            return s.scalar(select(MeetingRow).where(MeetingRow.content_sha256 == sha256))

    def get(self, meeting_id: str) -> MeetingRow | None:
        with self.session() as s:
            return s.scalar(select(MeetingRow).where(MeetingRow.meeting_id == meeting_id))

    def draft_for(
        self, record: MeetingRecord, force: bool = False, next_weekday: str = "following_week"
    ) -> MeetingRecord:
        """``record`` (a fresh draft) as ``save_draft`` would store it, with the AE's review so far; saves nothing."""
        with self.session() as s:
            row = s.scalar(select(MeetingRow).where(MeetingRow.content_sha256 == record.meeting.content_sha256))
            return _merged(row, record, force, next_weekday)

    def save_draft(
        self,
        record: MeetingRecord,
        reports_dir: str,
        who: str = "debrief",
        source_path: str | None = None,
        force: bool = False,
        next_weekday: str = "following_week",
    ) -> MeetingRecord:
        """Store a new draft of a meeting and its draft WIP entries; return the draft as stored.

        A meeting already in review keeps the AE's work (``revision.merge_rerun``; merging twice changes nothing).
        A confirmed meeting is refused (``AlreadyConfirmedError``) unless ``force``: then the draft becomes its next
        version, beside the confirmed one, which stays in ``report_versions`` with its files. ``source_path``: where
        the processed file is, which the review page's audio player may serve."""
        m = record.meeting
        with self.session() as s:
            row = s.scalar(select(MeetingRow).where(MeetingRow.content_sha256 == m.content_sha256))
            record = _merged(row, record, force, next_weekday)
            action = "create"
            if row is None:
                row = MeetingRow(meeting_id=record.meeting_id, content_sha256=m.content_sha256)
                s.add(row)
            elif row.status == "confirmed":
                action = "reprocess --force"
                if row.versions:
                    row.versions[-1].reopened_by, row.versions[-1].reopened_at = who, utcnow()
                row.status, row.confirmed_by, row.confirmed_at = "draft", None, None
            else:
                action = "reprocess"
            row.client, row.title, row.date = record.meeting.client, record.meeting.title, record.meeting.date
            row.source_name, row.reports_dir = m.source_name, reports_dir
            row.record = json.loads(record.model_dump_json())
            if source_path is not None:
                row.source_path = source_path
            _sync_draft_wip(row, record)
            s.flush()
            _audit(s, who, "meeting", row.meeting_id, action, None, None)
            return record

    def list_meetings(
        self, client: str | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[MeetingRow]:
        """Newest first; optionally one client's, and only those dated ``start`` <= date <= ``end``."""
        query = select(MeetingRow).order_by(MeetingRow.date.desc(), MeetingRow.id.desc())
        if client:
            query = query.where(MeetingRow.client == client)
        if start:
            query = query.where(MeetingRow.date >= start)
        if end:
            query = query.where(MeetingRow.date <= end)
        with self.session() as s:
            return list(s.scalars(query))

    def clients(self) -> list[str]:
        with self.session() as s:
            names = s.scalars(select(MeetingRow.client).where(MeetingRow.client.is_not(None)).distinct())
            return sorted(names, key=str.lower)

    def versions(self, meeting_id: str) -> list[ReportVersionRow]:
        with self.session() as s:
            return list(_meeting(s, meeting_id).versions)

    def audit(self, meeting_id: str | None = None, limit: int = 200) -> list[AuditRow]:
        """The newest audit rows, of one meeting (its header, items and confirmations) or of everything."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if meeting_id is not None:
            query = query.where((AuditRow.entity_id == meeting_id) | AuditRow.entity_id.startswith(f"{meeting_id}/"))
        with self.session() as s:
            return list(s.scalars(query))

    # --- review: edits --------------------------------------------------------------------------------------
    @contextmanager
    def _editing(self, meeting_id: str) -> Iterator[tuple[Session, MeetingRow, MeetingRecord]]:
        """A draft meeting's record to change in place; saved (and its draft WIP rows refreshed) on exit."""
        with self.session() as s:
            row = _meeting(s, meeting_id)
            if row.status == "confirmed":
                raise ReviewError(f"{row.report_number or meeting_id} is confirmed; reopen it before editing")
            record = row.to_record()
            yield s, row, record
            row.record = json.loads(record.model_dump_json())
            row.client, row.title, row.date = record.meeting.client, record.meeting.title, record.meeting.date
            _sync_draft_wip(row, record)

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
            _audit(s, who, kind, f"{meeting_id}/{kind}/{index}", verb, _dump(before), _dump(after))
            return after

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
            item = model.model_validate(values)
            items = getattr(record, field)
            items.append(item)
            index = len(items) - 1
            _audit(s, who, kind, f"{meeting_id}/{kind}/{index}", "create", None, _dump(item))
            return index

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
                        _audit(s, who, "action", f"{meeting_id}/action/{i}", "redate",
                               {"due": _iso(old_dues[i])}, {"due": _iso(record.action_items[i].due)})  # fmt: skip
                record.meeting = after
                record.edited_fields = sorted(set(record.edited_fields) | set(keys))
                _audit(s, who, "meeting", meeting_id, "edit", _pick(before, keys), _pick(after, keys))
            return after, redated

    def set_attendees(self, meeting_id: str, attendees: list[Attendee], who: str) -> Meeting:
        with self._editing(meeting_id) as (s, _row, record):
            before = [a.model_dump() for a in record.meeting.attendees]
            after = [a.model_dump() for a in attendees]
            if before != after:
                record.meeting = record.meeting.model_copy(update={"attendees": list(attendees)})
                record.edited_fields = sorted({*record.edited_fields, "attendees"})
                _audit(s, who, "attendees", f"{meeting_id}/attendees", "edit", before, after)
            return record.meeting

    # --- review: confirm and reopen -------------------------------------------------------------------------
    def confirm(
        self, meeting_id: str, who: str, publish: Callable[[MeetingRecord, int], dict[str, str]] | None = None
    ) -> MeetingRecord:
        """Confirm a reviewed draft: number it, record who and when, move accepted actions to the WIP register.

        ``publish(record, version)`` writes the confirmed documents (never over an earlier version's) and returns
        their paths; it runs inside the transaction, so a failure to write leaves the meeting a draft."""
        if not who or not who.strip():
            raise ReviewError("say who is confirming the report")
        with self.session() as s:
            row = _meeting(s, meeting_id)
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
            _audit(s, who, "meeting", meeting_id, "confirm", {"status": "draft"},
                   {"status": "confirmed", "report_number": number, "version": version, "files": files})  # fmt: skip
            return record

    def reopen(
        self, meeting_id: str, who: str, publish: Callable[[MeetingRecord], object] | None = None
    ) -> MeetingRecord:
        """Make a confirmed report a draft again, keeping its number; the confirmed version and its files stay.

        ``publish(draft_record)`` writes the working draft's documents."""
        with self.session() as s:
            row = _meeting(s, meeting_id)
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
            _audit(s, who, "meeting", meeting_id, "reopen",
                   {"status": "confirmed", "report_number": row.report_number}, {"status": "draft"})  # fmt: skip
            return record

    # --- WIP -------------------------------------------------------------------------------------------------
    def wip_entries(self, include_drafts: bool = True) -> list[WipEntry]:
        with self.session() as s:
            query = select(WipRow)
            if not include_drafts:
                query = query.where(WipRow.confirmed.is_(True))
            return [r.to_entry() for r in s.scalars(query)]

    def wip_rows(
        self, client: str | None = None, status: str | None = None, include_drafts: bool = False
    ) -> list[WipRow]:
        """WIP rows (with their meeting loaded), by client then due date."""
        query = select(WipRow).options(selectinload(WipRow.meeting))
        if not include_drafts:
            query = query.where(WipRow.confirmed.is_(True))
        if client:
            query = query.where(WipRow.client == client)
        if status:
            query = query.where(WipRow.status == status)
        with self.session() as s:
            rows = list(s.scalars(query))
        return sorted(rows, key=lambda r: (r.client.lower(), r.due or dt.date.max, r.item.lower()))

    def set_wip(self, wip_id: int, who: str, status: str | None = None, next_step: str | None = None) -> WipRow:
        """Mark a WIP entry open / done / on hold and change its next step; audited."""
        if status is not None and status not in WIP_STATUSES:
            raise ReviewError(f"unknown WIP status '{status}'; use one of {', '.join(WIP_STATUSES)}")
        with self.session() as s:
            row = s.get(WipRow, wip_id)
            if row is None:
                raise NotFoundError(f"no WIP entry {wip_id}")
            before = {"status": row.status, "next_step": row.next_step}
            if status is not None:
                row.status = status
            if next_step is not None:
                row.next_step = next_step.strip() or None
            after = {"status": row.status, "next_step": row.next_step}
            if after != before:
                row.updated_at = utcnow()
                action = "status" if before["status"] != after["status"] else "edit"
                _audit(s, who, "wip", str(wip_id), action, before, after)
            return row

    def count(self, table: type[Base]) -> int:
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(table)) or 0

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()


# --- helpers --------------------------------------------------------------------------------------------------
def _merged(row: MeetingRow | None, record: MeetingRecord, force: bool, next_weekday: str) -> MeetingRecord:
    """A fresh draft of ``row``'s recording with the AE's review kept; a confirmed row only with ``force``."""
    if row is None:
        return record
    if row.status == "confirmed" and not force:
        raise AlreadyConfirmedError(record.meeting.source_name, row)
    return merge_rerun(row.to_record(), record, next_weekday)


def _meeting(s: Session, meeting_id: str) -> MeetingRow:
    row = s.scalar(select(MeetingRow).where(MeetingRow.meeting_id == meeting_id))
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    return row


def _kind(kind: str) -> tuple[str, type[ActionItem] | type[Agreement]]:
    if kind not in ITEM_KINDS:
        raise NotFoundError(f"unknown item kind '{kind}'")
    return ITEM_KINDS[kind]


def _dump(model) -> dict:
    return json.loads(model.model_dump_json())


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _pick(model, keys: list[str]) -> dict:
    data = _dump(model)
    return {k: data[k] for k in keys}


def _audit(s: Session, who: str, entity: str, entity_id: str, action: str, before, after) -> None:
    s.add(AuditRow(who=who or "unknown", entity=entity, entity_id=entity_id, action=action, before=before, after=after))


def client_slug(client: str | None) -> str:
    slug = re.sub(r"[^A-Z0-9]+", "-", (client or "").upper()).strip("-")[:24].strip("-")
    return slug or "UNASSIGNED"


def _next_report_number(s: Session, client: str | None) -> str:
    prefix = f"CR-{client_slug(client)}-"
    pattern = re.compile(re.escape(prefix) + r"(\d+)")
    taken = s.scalars(select(MeetingRow.report_number).where(MeetingRow.report_number.startswith(prefix)))
    seqs = [int(m.group(1)) for n in taken if n and (m := pattern.fullmatch(n))]
    return f"{prefix}{max(seqs, default=0) + 1:03d}"


def _wip_row(record: MeetingRecord, index: int, confirmed: bool) -> WipRow:
    m, a = record.meeting, record.action_items[index]
    return WipRow(
        item_index=index, confirmed=confirmed, client=m.client or "Unassigned", job=m.job or m.title, item=a.task,
        owner=a.owner, due=a.due, due_text=a.due_text, status="open",
        next_step=None if confirmed else "Awaiting AE review", source_meeting=f"{m.date.isoformat()} {m.title}",
        source_timestamp=a.start, updated_at=utcnow(),
    )  # fmt: skip


def _sync_draft_wip(row: MeetingRow, record: MeetingRecord) -> None:
    """While a meeting is a draft, its draft WIP rows follow its items (confirmed rows are left alone)."""
    confirmed = [w for w in row.wip if w.confirmed]
    if confirmed:  # reopened: the register keeps the confirmed rows until the next confirmation
        return
    row.wip = [_wip_row(record, i, False) for i, a in enumerate(record.action_items) if a.status != "rejected"]


def _sync_confirmed_wip(row: MeetingRow, record: MeetingRecord) -> None:
    """Accepted action items become confirmed WIP rows; rows already in the register keep their status."""
    existing = {w.item_index: w for w in row.wip if w.confirmed}
    rows = []
    for i, a in enumerate(record.action_items):
        if a.status != "accepted":
            continue
        fresh = _wip_row(record, i, True)
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


def store_for(settings) -> Store:  # settings: pipeline.settings.Settings
    settings.home.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url)
