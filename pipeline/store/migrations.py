"""Schema changes, only ever by appending a numbered migration; ``schema_version`` records which have run.

Each migration creates the tables as they were at its version (frozen here), never the ORM's current ones, so a new
database and an upgraded one end with the same schema. Nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

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
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Session

from pipeline.store.models import SchemaVersion


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
    SchemaVersion.metadata.create_all(engine, tables=[SchemaVersion.__table__], checkfirst=True)  # type: ignore[list-item]
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
