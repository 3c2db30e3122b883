"""The database tables as SQLAlchemy ORM classes: meetings, WIP entries, the audit log and report versions.

A meeting is keyed by the SHA-256 of its source file, so the same recording gives one meeting; its ``record`` column
holds the whole ``MeetingRecord`` (with the review state) as JSON.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pipeline.schemas import MeetingRecord, WipEntry, WipStatus

MeetingStatus = Literal["draft", "confirmed"]


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
    status: Mapped[MeetingStatus] = mapped_column(String(20), default="draft")
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
    status: Mapped[WipStatus] = mapped_column(String(20), default="open")
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
