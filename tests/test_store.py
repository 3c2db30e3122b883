"""The store: migrations, review operations and the audit log, on SQLite and (when it can be started) PostgreSQL.

The PostgreSQL run needs the server binaries of Debian's ``postgresql`` package (``/usr/lib/postgresql/*/bin``)
and ``psycopg``; the fixture starts a throwaway cluster in a temporary folder on a free loopback port.
"""

from __future__ import annotations

import datetime as dt
import glob
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from pipeline.schemas import ActionItem, Agreement, Attendee, Meeting, MeetingRecord, Segment, Transcript
from pipeline.store import (
    MIGRATIONS,
    AlreadyConfirmedError,
    AuditRow,
    MeetingRow,
    Review,
    ReviewError,
    Store,
    client_slug,
    engine_for,
    migrate,
)
from tests.support import free_port


# --- PostgreSQL: a throwaway cluster ---------------------------------------------------------------------------
def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def pg_server():
    """(admin URL, URL template) of a PostgreSQL cluster started for this test session, or skip with the reason."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not found (install Debian's postgresql package)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'psycopg[binary]')")
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: use the package's postgres account
        if shutil.which("runuser") is None:
            pytest.skip("running as root and runuser is missing, so PostgreSQL cannot be started")
        as_user = ["runuser", "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="debrief-pg-"))
    data = root / "data"
    if as_user:
        shutil.chown(root, "postgres")
    port = free_port()
    try:
        subprocess.run(
            [
                *as_user,
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "debrief",
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [
                *as_user,
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(root / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        pytest.skip(f"could not start PostgreSQL: {exc} {detail.decode(errors='replace')[-300:]}")
    try:
        yield f"postgresql+psycopg://debrief@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database: a SQLite file, or a new database on the throwaway PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'debrief.sqlite3'}"
    server = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{server}/{name}"


# --- data --------------------------------------------------------------------------------------------------------
def record(meeting_id: str = "m1", client: str | None = "Harbourside Marina", n_actions: int = 2) -> MeetingRecord:
    segments = [Segment(index=i, start=i * 5.0, end=i * 5.0 + 4, text=f"Line {i}", speaker="Ann") for i in range(4)]
    meeting = Meeting(
        meeting_id=meeting_id,
        title=f"Review {meeting_id}",
        client=client,
        agency="Tallow",
        job="Spring launch",
        date=dt.date(2026, 3, 2),
        attendees=[Attendee(name="Ann Lee", side="agency")],
        source_name=f"{meeting_id}.vtt",
        source_kind="vtt",
        content_sha256=uuid.uuid4().hex + uuid.uuid4().hex,
    )
    return MeetingRecord(
        meeting_id=meeting_id,
        meeting=meeting,
        transcript=Transcript(source_kind="vtt", segments=segments),
        action_items=[
            ActionItem(
                task=f"Task {i}", owner="Ann Lee", quote=f"Line {i}", segment=i, start=i * 5.0, rule="t", confidence=0.9
            )
            for i in range(n_actions)
        ],
        agreements=[Agreement(text="Go ahead", quote="Line 3", segment=3, rule="t", confidence=0.9)],
        extractor="test",
        generated_at=dt.datetime.now(dt.UTC),
    )


def decide(store: Store, meeting_id: str, accept_actions=(0,), who="ae") -> None:
    review = Review(store)
    rec = store.get(meeting_id).to_record()
    for i in range(len(rec.action_items)):
        review.update_item(meeting_id, "action", i, {"status": "accepted" if i in accept_actions else "rejected"}, who)
    for i in range(len(rec.agreements)):
        review.update_item(meeting_id, "agreement", i, {"status": "accepted"}, who)


# --- migrations ---------------------------------------------------------------------------------------------------
def test_fresh_database_runs_every_migration_once(db_url):
    store = Store(db_url)
    assert {"meetings", "wip_entries", "audit_log", "report_versions", "schema_version"} <= set(store.table_names())
    assert migrate(store.engine) == []  # a second run does nothing
    assert migrate(store.engine) == []
    with store.engine.connect() as conn:
        versions = [r[0] for r in conn.execute(text("SELECT version FROM schema_version ORDER BY version"))]
    assert versions == [v for v, _, _ in MIGRATIONS]
    assert "source_path" in {c["name"] for c in inspect(store.engine).get_columns("meetings")}
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_processes_opening_a_new_database_at_once_all_succeed(db_url):
    """Two flow runs on one worker, or a batch's workers, open a new database at once: one creates the tables, the
    others wait for it and find them; none fails with "table ... already exists"."""
    if db_url.startswith("sqlite:///"):
        db_url = db_url.replace("debrief.sqlite3", "new/debrief.sqlite3")  # its folder does not exist yet either
    context = multiprocessing.get_context("spawn")
    # the target by its own module: a spawned child imports only pipeline.store, not this test module (and spaCy)
    processes = [context.Process(target=engine_for, args=(db_url,)) for _ in range(6)]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=120)
    assert [p.exitcode for p in processes] == [0] * 6
    tables = set(inspect(create_engine(db_url)).get_table_names())
    assert {"meetings", "wip_entries", "audit_log", "report_versions", "schema_version"} <= tables
    with create_engine(db_url).connect() as conn:
        versions = conn.execute(text("SELECT version FROM schema_version ORDER BY version")).scalars().all()
    assert versions == [version for version, _, _ in MIGRATIONS]


def test_upgrade_from_version_1_keeps_data(db_url):
    engine = create_engine(db_url)
    from pipeline.store.models import SchemaVersion

    SchemaVersion.__table__.create(engine)
    MIGRATIONS[0][2](engine)
    now = dt.datetime(2026, 1, 1)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO schema_version (version, applied_at, description) VALUES (1, :t, 'v1')"), {"t": now}
        )
        conn.execute(
            text(
                "INSERT INTO meetings (meeting_id, content_sha256, client, title, date, status, source_name, "
                "reports_dir, record, created_at, updated_at) VALUES ('old', 'abc', 'Acme', 'Old call', :d, "
                "'draft', 'old.vtt', '/tmp', '{}', :t, :t)"
            ),
            {"d": dt.date(2025, 12, 1), "t": now},
        )
    assert "source_path" not in {c["name"] for c in inspect(engine).get_columns("meetings")}
    assert migrate(engine) == [2]
    assert migrate(engine) == []
    engine.dispose()
    store = Store(db_url)
    old = store.get("old")
    assert old.title == "Old call" and old.source_path is None
    assert "report_versions" in store.table_names()


def test_report_numbers_are_unique(db_url):
    store = Store(db_url)
    store.save_draft(record("a"), "/tmp")
    store.save_draft(record("b"), "/tmp")
    with pytest.raises(IntegrityError), store.session() as s:
        for row in s.query(MeetingRow):
            row.report_number = "CR-X-001"


# --- review operations --------------------------------------------------------------------------------------------
def test_edits_write_audit_rows_with_who_when_before_after(db_url):
    store = Store(db_url)
    review = Review(store)
    store.save_draft(record(), "/tmp", source_path="/srv/in/m1.vtt")
    assert store.get("m1").source_path == "/srv/in/m1.vtt"
    review.update_item("m1", "action", 0, {"owner": "client", "due": dt.date(2026, 3, 9)}, "Ben")
    review.update_item("m1", "action", 1, {"status": "rejected"}, "Ben")
    review.update_item("m1", "action", 1, {"status": "rejected"}, "Ben")  # no change: no audit row
    index = review.add_item("m1", "action", {"task": "Call the printer", "segment": 2}, "Ben")
    review.update_header("m1", {"title": "Spring review", "date": dt.date(2026, 3, 3)}, "Ben")
    review.set_attendees("m1", [Attendee(name="Ann Lee", side="agency"), Attendee(name="Raj", side="client")], "Ben")
    rows = store.audit("m1")
    assert [r.action for r in rows[:5]] == ["edit", "edit", "create", "reject", "edit"]
    edit = rows[4]
    assert edit.who == "Ben" and isinstance(edit.at, dt.datetime)
    assert edit.entity_id == "m1/action/0"
    assert (edit.before["owner"], edit.after["owner"]) == ("Ann Lee", "client")
    assert (edit.before["due"], edit.after["due"]) == (None, "2026-03-09")
    assert rows[1].before == {"title": "Review m1", "date": "2026-03-02"}
    assert rows[0].after[-1] == {"name": "Raj", "side": "client", "role": None, "email": None}
    added = store.get("m1").to_record().action_items[index]
    assert (added.rule, added.status, added.start, added.speaker) == ("manual", "accepted", 10.0, "Ann")
    assert store.get("m1").title == "Spring review"
    assert store.count(AuditRow) == 6  # save_draft's create + 5 changes
    drafts = store.wip_entries(include_drafts=True)
    assert sorted(e.item for e in drafts) == ["Call the printer", "Task 0"]  # draft WIP follows the edits
    with pytest.raises(ReviewError):
        review.update_header("m1", {"meeting_id": "x"}, "Ben")


def test_confirm_numbers_per_client_and_moves_accepted_actions(db_url):
    store = Store(db_url)
    review = Review(store)
    for mid, client in (("a", "Harbourside Marina"), ("b", "Harbourside Marina"), ("c", "Kestrel Cider"), ("d", None)):
        store.save_draft(record(mid, client), "/tmp")
        with pytest.raises(ReviewError, match="3 items still to accept or reject"):
            review.confirm(mid, "Ben")
        decide(store, mid)
    published = []
    confirmed = review.confirm("a", "Ben", publish=lambda r, v: published.append((r, v)) or {"docx": "/tmp/a.docx"})
    assert confirmed.report_number == "CR-HARBOURSIDE-MARINA-001" and confirmed.report_status == "CONFIRMED"
    assert published[0][0].confirmed_by == "Ben" and published[0][0].confirmed_at is not None
    assert published[0][1] == 1  # the version, which names the files
    assert review.confirm("b", "Ben").report_number == "CR-HARBOURSIDE-MARINA-002"
    assert review.confirm("c", "Ben").report_number == "CR-KESTREL-CIDER-001"
    assert review.confirm("d", "Ben").report_number == "CR-UNASSIGNED-001"
    row = store.get("a")
    assert (row.status, row.confirmed_by) == ("confirmed", "Ben") and row.confirmed_at is not None
    assert store.versions("a")[0].files == {"docx": "/tmp/a.docx"}
    register = store.wip_entries(include_drafts=False)
    assert len(register) == 4 and {e.item for e in register} == {"Task 0"}
    assert store.wip_entries(include_drafts=True) == register  # no drafts left for confirmed meetings
    with pytest.raises(ReviewError, match="already confirmed"):
        review.confirm("a", "Ben")
    with pytest.raises(ReviewError, match="reopen it"):
        review.update_item("a", "action", 0, {"task": "x"}, "Ben")


def test_reprocessing_never_overwrites_a_confirmed_report(db_url):
    store = Store(db_url)
    review = Review(store)
    rec = record()
    store.save_draft(rec, "/tmp")
    decide(store, "m1")
    review.confirm("m1", "Ben")
    with pytest.raises(AlreadyConfirmedError, match="already confirmed as CR-HARBOURSIDE-MARINA-001"):
        store.save_draft(rec, "/tmp")
    with pytest.raises(AlreadyConfirmedError):
        store.draft_for(rec)
    assert store.get("m1").to_record().report_status == "CONFIRMED"
    assert store.versions("m1")[0].reopened_at is None


def test_failed_publish_leaves_a_draft(db_url):
    store = Store(db_url)
    review = Review(store)
    store.save_draft(record(), "/tmp")
    decide(store, "m1")

    def broken(_record, _version):
        raise OSError("disk full")

    with pytest.raises(OSError):
        review.confirm("m1", "Ben", publish=broken)
    row = store.get("m1")
    assert row.status == "draft" and row.report_number is None and store.versions("m1") == []
    assert review.confirm("m1", "Ben").report_number == "CR-HARBOURSIDE-MARINA-001"


def test_reopen_keeps_history_number_and_wip_status(db_url):
    store = Store(db_url)
    review = Review(store)
    store.save_draft(record(), "/tmp")
    decide(store, "m1", accept_actions=(0, 1))
    review.confirm("m1", "Ben")
    wip = {w.item: w for w in store.wip_rows()}
    review.set_wip(wip["Task 0"].id, "Ben", status="on hold", next_step="Waiting for the client")
    with pytest.raises(ReviewError):
        review.set_wip(wip["Task 0"].id, "Ben", status="blocked")
    redrafted = []
    draft = review.reopen("m1", "Nina", publish=redrafted.append)
    assert draft.report_status == "DRAFT" and draft.report_number == "CR-HARBOURSIDE-MARINA-001"
    assert redrafted[0].confirmed_by is None and redrafted[0].report_status == "DRAFT"
    assert len(store.wip_rows()) == 2  # the register keeps the confirmed rows while the report is reopened
    review.update_item("m1", "action", 0, {"task": "Task 0, revised"}, "Nina")
    review.update_item("m1", "action", 1, {"status": "rejected"}, "Nina")
    again = review.confirm("m1", "Nina", publish=lambda r, v: {"docx": f"/tmp/CR v{v}.docx"})
    assert again.report_number == "CR-HARBOURSIDE-MARINA-001"
    versions = store.versions("m1")
    assert [(v.version, v.confirmed_by, v.reopened_by) for v in versions] == [(1, "Ben", "Nina"), (2, "Nina", None)]
    assert versions[0].files is None and versions[1].files == {"docx": "/tmp/CR v2.docx"}
    assert versions[0].record["action_items"][0]["task"] == "Task 0"  # the first confirmation, as it was
    rows = store.wip_rows()
    assert [(r.id, r.item, r.status, r.next_step) for r in rows] == [
        (wip["Task 0"].id, "Task 0, revised", "on hold", "Waiting for the client")
    ]
    assert [a.action for a in store.audit("m1")][:4] == ["confirm", "reject", "edit", "reopen"]
    with pytest.raises(ReviewError, match="nothing to reopen"):
        review.reopen("m1", "Nina")
        review.reopen("m1", "Nina")


def test_list_filters_and_clients(db_url):
    store = Store(db_url)
    store.save_draft(record("a", "Acme"), "/tmp")
    store.save_draft(record("b", "Zeta"), "/tmp")
    assert store.clients() == ["Acme", "Zeta"]
    assert [r.meeting_id for r in store.list_meetings(client="Zeta")] == ["b"]
    assert len(store.list_meetings(start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 8))) == 2
    assert store.list_meetings(start=dt.date(2026, 3, 9)) == []
    assert store.get("a").open_items() == 3


@pytest.mark.parametrize(
    ("client", "slug"),
    [
        ("Harbourside", "HARBOURSIDE"),
        ("Pennant Building Society", "PENNANT-BUILDING-SOCIETY"),
        ("  M&S / Food ", "M-S-FOOD"),
        ("Café Noir", "CAF-NOIR"),
        (None, "UNASSIGNED"),
        ("!!!", "UNASSIGNED"),
        ("A very long client name indeed, Ltd", "A-VERY-LONG-CLIENT-NAME"),
    ],
)
def test_client_slug(client, slug):
    assert client_slug(client) == slug


def test_engine_is_shared_per_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert engine_for(url) is Store(url).engine
