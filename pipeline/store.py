"""The SQLAlchemy store: meetings, their review state, the WIP register and the audit log.

SQLite in the workspace by default (WAL mode); ``DEBRIEF_DATABASE_URL`` switches to PostgreSQL. The schema changes
only through the numbered migrations in ``MIGRATIONS`` (never by dropping tables); ``schema_version`` records which
have run. A meeting is keyed by the SHA-256 of its source file, so the same recording gives one meeting.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    inspect,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from pipeline.schemas import MeetingRecord, WipEntry


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
    reports_dir: Mapped[str] = mapped_column(Text)
    record: Mapped[dict] = mapped_column(JSON)  # the MeetingRecord as JSON, including review state
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    wip: Mapped[list[WipRow]] = relationship(back_populates="meeting", cascade="all, delete-orphan")


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


class SchemaVersion(Base):
    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    description: Mapped[str] = mapped_column(String(300))


# --- migrations: append, never edit a shipped one ---------------------------------------------------------------
def _m1_initial(engine: Engine) -> None:
    Base.metadata.create_all(engine, tables=[MeetingRow.__table__, WipRow.__table__, AuditRow.__table__])


MIGRATIONS: list[tuple[int, str, Callable[[Engine], None]]] = [
    (1, "meetings, WIP entries and audit log", _m1_initial),
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

    def save_draft(self, record: MeetingRecord, reports_dir: str, who: str = "debrief") -> MeetingRow:
        """Insert (or refresh, while still a draft) a meeting and its draft WIP entries."""
        payload = json.loads(record.model_dump_json())
        m = record.meeting
        with self.session() as s:
            row = s.scalar(select(MeetingRow).where(MeetingRow.content_sha256 == m.content_sha256))
            if row is not None and row.status == "confirmed":
                return row  # a confirmed report is never overwritten by a re-run
            action = "create" if row is None else "reprocess"
            if row is None:
                row = MeetingRow(meeting_id=record.meeting_id, content_sha256=m.content_sha256)
                s.add(row)
            row.client, row.title, row.date = m.client, m.title, m.date
            row.source_name, row.reports_dir, row.record = m.source_name, reports_dir, payload
            row.wip = [
                WipRow(
                    item_index=i,
                    confirmed=False,
                    client=m.client or "Unassigned",
                    job=m.job or m.title,
                    item=a.task,
                    owner=a.owner,
                    due=a.due,
                    due_text=a.due_text,
                    status="open",
                    next_step="Awaiting AE review",
                    source_meeting=f"{m.date.isoformat()} {m.title}",
                    source_timestamp=a.start,
                )  # fmt: skip
                for i, a in enumerate(record.action_items)
                if a.status != "rejected"
            ]
            s.flush()
            s.add(AuditRow(who=who, entity="meeting", entity_id=record.meeting_id, action=action, after=None))
            return row

    def list_meetings(self) -> list[MeetingRow]:
        with self.session() as s:
            return list(s.scalars(select(MeetingRow).order_by(MeetingRow.date.desc(), MeetingRow.id.desc())))

    # --- WIP -------------------------------------------------------------------------------------------------
    def wip_entries(self, include_drafts: bool = True) -> list[WipEntry]:
        with self.session() as s:
            query = select(WipRow)
            if not include_drafts:
                query = query.where(WipRow.confirmed.is_(True))
            return [r.to_entry() for r in s.scalars(query)]

    def count(self, table: type[Base]) -> int:
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(table)) or 0

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()


def store_for(settings) -> Store:  # settings: pipeline.settings.Settings
    settings.home.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url)
