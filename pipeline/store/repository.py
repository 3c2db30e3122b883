"""The repository: one engine per database, and the queries and draft saving that the stages and pages need.

SQLite in the workspace by default (WAL mode); ``DEBRIEF_DATABASE_URL`` switches to PostgreSQL. The review workflow
(edits, confirm, reopen, the WIP register's status) is the service in ``pipeline.store.review``; the helpers at the
end of this module (rows by id, the audit row, draft WIP rows) are shared with it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine, create_engine, event, func, inspect, or_, select, text
from sqlalchemy.orm import Session, selectinload, sessionmaker

from pipeline.errors import AlreadyConfirmedError, NotFoundError
from pipeline.retry import LockRetry, database_label
from pipeline.revision import merge_rerun
from pipeline.schemas import MeetingRecord, WipEntry
from pipeline.store.migrations import migrate
from pipeline.store.models import AuditRow, Base, MeetingRow, ReportVersionRow, WipRow, utcnow

if TYPE_CHECKING:
    from pipeline.settings import Settings

P = ParamSpec("P")
T = TypeVar("T")


def retried(method: Callable[Concatenate[Any, P], T]) -> Callable[Concatenate[Any, P], T]:
    """A write that runs again, whole, while another program holds the database lock (``Store.lock_retry``)."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: P.args, **kwargs: P.kwargs) -> T:
        store = self if isinstance(self, Store) else self.store
        return store.lock_retry.call(method, self, *args, **kwargs)

    return wrapper


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=2000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per database URL per process, migrated to the newest schema."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    with _migration_lock(engine):  # processes opening a new database at once must not both create its tables
        migrate(engine)
    return engine


MIGRATION_LOCK_KEY = 0x6465627269656600  # PostgreSQL advisory lock id ("debrief" in ASCII)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Hold a lock that only one process at a time can have while the block runs: an exclusive lock on a file
    beside a SQLite database, a session advisory lock on PostgreSQL."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Store:
    """The operations the stages, the review app and the CLI need, each in its own transaction."""

    def __init__(self, url: str, lock_timeout: float = 30.0) -> None:
        self.engine = engine_for(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.lock_retry = LockRetry(timeout=lock_timeout, database=database_label(url))

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

    @retried
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
            sync_draft_wip(row, record)
            s.flush()
            audit(s, who, "meeting", row.meeting_id, action, None, None)
            return record

    def drafted_from(self, names: list[str], starting: str | None = None) -> list[MeetingRow]:
        """The meetings drafted from a file of one of ``names``, or whose name starts with ``starting`` (whatever
        its case; ``_`` in ``starting`` stands for any one character), newest first."""
        lowered = [name.lower() for name in names]
        named = func.lower(MeetingRow.source_name)
        with self.session() as s:
            query = select(MeetingRow).where(
                or_(named.in_(lowered), named.like(f"{starting.lower()}%")) if starting else named.in_(lowered)
            )
            return list(s.scalars(query.order_by(MeetingRow.created_at.desc())))

    @retried
    def attach_recording(self, meeting_id: str, name: str, who: str = "debrief") -> MeetingRecord:
        """The recording ``name`` (kept in the workspace) is this meeting's, for playback; the meeting as stored."""
        with self.session() as s:
            row = meeting_row(s, meeting_id)
            record = MeetingRecord.model_validate(row.record)
            before = record.meeting.playback_name
            record = record.model_copy(update={"meeting": record.meeting.model_copy(update={"playback_name": name})})
            row.record = json.loads(record.model_dump_json())
            audit(s, who, "meeting", meeting_id, "attach recording", before, name)
            return record

    @retried
    def moved(self, sha256: str, path: str) -> None:
        """The meeting's source file is now at ``path`` (the watcher moved it to processed/)."""
        with self.session() as s:
            row = s.scalar(select(MeetingRow).where(MeetingRow.content_sha256 == sha256))
            if row is not None:
                row.source_path = path

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
            return sorted((n for n in names if n), key=str.lower)

    def versions(self, meeting_id: str) -> list[ReportVersionRow]:
        with self.session() as s:
            return list(meeting_row(s, meeting_id).versions)

    def audit(self, meeting_id: str | None = None, limit: int = 200) -> list[AuditRow]:
        """The newest audit rows, of one meeting (its header, items and confirmations) or of everything."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if meeting_id is not None:
            query = query.where((AuditRow.entity_id == meeting_id) | AuditRow.entity_id.startswith(f"{meeting_id}/"))
        with self.session() as s:
            return list(s.scalars(query))

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

    def count(self, table: type[Base]) -> int:
        with self.session() as s:
            return s.scalar(select(func.count()).select_from(table)) or 0

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()


def store_for(settings: Settings) -> Store:
    settings.home.mkdir(parents=True, exist_ok=True)
    return Store(settings.db_url, settings.db_lock_timeout)


# --- shared with the review service ------------------------------------------------------------------------------
def _merged(row: MeetingRow | None, record: MeetingRecord, force: bool, next_weekday: str) -> MeetingRecord:
    """A fresh draft of ``row``'s recording with the AE's review kept; a confirmed row only with ``force``."""
    if row is None:
        return record
    if row.status == "confirmed" and not force:
        raise AlreadyConfirmedError(record.meeting.source_name, row.meeting_id, row.report_number)
    return merge_rerun(row.to_record(), record, next_weekday)


def meeting_row(s: Session, meeting_id: str) -> MeetingRow:
    row = s.scalar(select(MeetingRow).where(MeetingRow.meeting_id == meeting_id))
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    return row


def audit(s: Session, who: str, entity: str, entity_id: str, action: str, before: Any, after: Any) -> None:
    """One ``audit_log`` row: who did what to which entity, and its value before and after."""
    s.add(AuditRow(who=who or "unknown", entity=entity, entity_id=entity_id, action=action, before=before, after=after))


def wip_row(record: MeetingRecord, index: int, confirmed: bool) -> WipRow:
    m, a = record.meeting, record.action_items[index]
    return WipRow(
        item_index=index, confirmed=confirmed, client=m.client or "Unassigned", job=m.job or m.title, item=a.task,
        owner=a.owner, due=a.due, due_text=a.due_text, status="open",
        next_step=None if confirmed else "Awaiting AE review", source_meeting=f"{m.date.isoformat()} {m.title}",
        source_timestamp=a.start, updated_at=utcnow(),
    )  # fmt: skip


def sync_draft_wip(row: MeetingRow, record: MeetingRecord) -> None:
    """While a meeting is a draft, its draft WIP rows follow its items (confirmed rows are left alone)."""
    confirmed = [w for w in row.wip if w.confirmed]
    if confirmed:  # reopened: the register keeps the confirmed rows until the next confirmation
        return
    row.wip = [wip_row(record, i, False) for i, a in enumerate(record.action_items) if a.status != "rejected"]
