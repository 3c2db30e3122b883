"""``pipeline.retry``: a database locked by another writer is retried with backoff, then a clear error.

The lock is real: a second ``sqlite3`` connection holding ``BEGIN EXCLUSIVE`` on a database file."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from pipeline.retry import DatabaseLockedError, LockRetry, backoff, database_label, is_locked_error
from pipeline.settings import Settings


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "locked.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    return path


@pytest.fixture
def holder(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection, holding the database's write lock until it commits."""
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    yield conn
    if conn.in_transaction:
        conn.execute("COMMIT")
    conn.close()


def writer(db: Path):
    """Our side: an SQLAlchemy engine that gives up waiting inside SQLite after 50 ms (the store waits 10 s)."""
    engine = create_engine(f"sqlite:///{db}", connect_args={"timeout": 0.05})
    calls: list[float] = []

    def insert(body: str) -> str:
        calls.append(time.monotonic())
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO notes (body) VALUES (:b)"), {"b": body})
        return body

    return insert, calls


def rows(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT body FROM notes")]


def test_retries_until_the_other_writer_lets_go(db: Path, holder: sqlite3.Connection) -> None:
    insert, calls = writer(db)
    release = threading.Timer(0.6, holder.execute, args=("COMMIT",))
    release.start()
    started = time.monotonic()
    try:
        assert LockRetry(timeout=10, database=str(db)).call(insert, "after the lock") == "after the lock"
    finally:
        release.join()
    assert time.monotonic() - started >= 0.6
    assert len(calls) >= 3, "retried, with growing pauses, while the lock was held"
    assert rows(db) == ["after the lock"]


def test_gives_up_after_the_timeout_with_one_clear_sentence(db: Path, holder: sqlite3.Connection) -> None:
    insert, calls = writer(db)
    started = time.monotonic()
    with pytest.raises(DatabaseLockedError) as caught:
        LockRetry(timeout=1.0, database=str(db)).call(insert, "never")
    took = time.monotonic() - started
    assert 1.0 <= took < 3.0
    message = str(caught.value)
    assert re.fullmatch(rf"the database {re.escape(str(db))} is locked by another program; tried for [12] s", message)
    assert isinstance(caught.value.__cause__, OperationalError)
    assert len(calls) >= 3
    holder.execute("COMMIT")
    assert rows(db) == []  # nothing half-done


def test_other_database_errors_are_not_retried(db: Path) -> None:
    engine = create_engine(f"sqlite:///{db}")
    calls = []

    def broken() -> None:
        calls.append(1)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO no_such_table VALUES (1)"))

    with pytest.raises(OperationalError, match="no such table"):
        LockRetry(timeout=10, database=str(db)).call(broken)
    assert calls == [1]


def test_as_a_decorator(db: Path, holder: sqlite3.Connection) -> None:
    insert, _calls = writer(db)
    threading.Timer(0.3, holder.execute, args=("COMMIT",)).start()
    retrying_insert = LockRetry(timeout=5, database=str(db))(insert)
    assert retrying_insert("decorated") == "decorated"
    assert rows(db) == ["decorated"]


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    assert [round(d, 3) for d in _take(backoff(0.1, 0.8, rng=lambda: 0.0), 6)] == [0.05, 0.1, 0.2, 0.4, 0.4, 0.4]
    assert [round(d, 3) for d in _take(backoff(0.1, 0.8, rng=lambda: 1.0), 6)] == [0.1, 0.2, 0.4, 0.8, 0.8, 0.8]
    drawn = _take(backoff(1.0, 1.0), 200)
    assert all(0.5 <= d <= 1.0 for d in drawn) and len(set(drawn)) > 150  # jittered, never zero


def test_the_last_pause_ends_at_the_deadline() -> None:
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    def locked() -> None:
        raise sqlite3.OperationalError("database is locked")

    retry = LockRetry(timeout=5.0, database="x.db", sleep=sleep, clock=lambda: now[0], rng=lambda: 1.0)
    with pytest.raises(DatabaseLockedError, match="tried for 5 s"):
        retry.call(locked)
    assert sleeps[:5] == [0.05, 0.1, 0.2, 0.4, 0.8]
    assert sum(sleeps) == pytest.approx(5.0) and sleeps[-1] < 2.0


@pytest.mark.parametrize(
    ("exc", "locked"),
    [
        (sqlite3.OperationalError("database is locked"), True),
        (sqlite3.OperationalError("database table is locked"), True),
        (OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked")), True),
        (OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full")), False),
        (sqlite3.OperationalError("no such table: notes"), False),
        (RuntimeError("database is locked"), False),
    ],
)
def test_which_errors_mean_locked(exc: BaseException, locked: bool) -> None:
    assert is_locked_error(exc) is locked


def test_from_settings_names_the_database_file(tmp_path: Path) -> None:
    retry = LockRetry.from_settings(Settings(home=tmp_path, db_lock_timeout=7))
    assert retry.timeout == 7 and retry.database == str(tmp_path / "debrief.sqlite3")
    assert database_label("postgresql://debrief:secret@db.local/debrief") == "postgresql://debrief:***@db.local/debrief"


@pytest.mark.slow
def test_the_store_waits_out_another_writer(settings: Settings) -> None:
    """Every write of the store and the review service retries, whole, while another program holds the lock."""
    import shutil

    from pipeline.draft import draft_meeting
    from pipeline.review import publish
    from pipeline.store import MeetingRow, Review, Store, store_for
    from tests.support import VTT

    source = Path(shutil.copy(VTT, settings.inbox))
    record = draft_meeting(source, settings.reports, settings).record
    other = record.model_copy(
        update={"meeting_id": "second", "meeting": record.meeting.model_copy(update={"content_sha256": "0" * 64})}
    )
    store, db = store_for(settings), Path(database_label(settings.db_url))
    lock = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        impatient = Store(settings.db_url, lock_timeout=1.0)
        with pytest.raises(DatabaseLockedError, match=f"the database {re.escape(str(db))} is locked"):
            impatient.save_draft(other, str(settings.reports))
        assert time.monotonic() - started >= 1.0 and store.count(MeetingRow) == 1
        threading.Timer(0.5, lock.execute, args=("COMMIT",)).start()
        store.save_draft(other, str(settings.reports))  # waits for the lock, then saves
        assert store.count(MeetingRow) == 2

        review = Review(store)
        for kind, items in (("action", record.action_items), ("agreement", record.agreements)):
            for i in range(len(items)):
                review.update_item(record.meeting_id, kind, i, {"status": "accepted"}, "Ann")
        lock.execute("BEGIN EXCLUSIVE")
        threading.Timer(2.5, lock.execute, args=("COMMIT",)).start()  # past one busy wait: the commit fails once
        row = store.get(record.meeting_id)
        review.confirm(record.meeting_id, "Ann", publish=lambda r, n: publish.write_final(r, n, row.reports_dir))
    finally:
        time.sleep(0.1)
        lock.close()
    [version] = store.versions(record.meeting_id)
    assert all(Path(p).is_file() for p in version.files.values())  # written again on the retry, not refused
    assert store.get(record.meeting_id).status == "confirmed"


def _take(it, n: int) -> list[float]:
    return [next(it) for _ in range(n)]
