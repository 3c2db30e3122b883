"""``debrief batch``: filters, the pool, failures carried past, skip-by-hash restarts (including after a kill -9 of
a batch of real recordings), the closing table and the week summary."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from pipeline.batch import parse_day, run_batch, select
from pipeline.bench_runs import make_recordings
from pipeline.cli import app
from pipeline.settings import Settings
from pipeline.store import MeetingRow, store_for
from tests.support import vtt_variant


@pytest.fixture
def week(tmp_path: Path) -> Path:
    folder = tmp_path / "week"
    folder.mkdir()
    vtt_variant(folder, "2026-11-09 Pennant Social - Monday review.vtt", 1)
    vtt_variant(folder, "2026-11-11 Kestrel Cider - WIP.vtt", 2)
    vtt_variant(folder, "2026-11-13 Pennant Social - Friday review.vtt", 3)
    vtt_variant(folder, "2026-11-20 Pennant Social - Next week.vtt", 4)
    (folder / "2026-11-12 Northgate - Broken.vtt").write_text("not a transcript", encoding="utf-8")
    (folder / "half.m4a.part").write_bytes(b"x")
    return folder


@pytest.mark.parametrize(
    ("since", "until", "client", "expected"),
    [
        (None, None, None, 5),
        ("2026-11-09", "2026-11-15", None, 4),
        ("2026-11-10", None, None, 4),
        (None, "2026-11-11", None, 2),
        ("2026-11-09", "2026-11-15", "pennant social", 2),
        (None, None, "Kestrel Cider", 1),
        (None, None, "Nobody", 0),
    ],
)
def test_select_filters_by_date_and_client(week: Path, since, until, client, expected: int) -> None:
    assert len(select(week, parse_day(since), parse_day(until), client)) == expected


def test_parse_day_reads_iso_and_words() -> None:
    assert parse_day("2026-11-13") == dt.date(2026, 11, 13)
    assert parse_day("3 days ago") == dt.date.today() - dt.timedelta(days=3)


@pytest.mark.slow
def test_batch_carries_on_past_failures_and_restarts_by_content_hash(settings: Settings, week: Path) -> None:
    shutil.copy(
        week / "2026-11-11 Kestrel Cider - WIP.vtt", week / "2026-11-11 Kestrel Cider - WIP_copy.vtt"
    )  # same content
    since, until = dt.date(2026, 11, 9), dt.date(2026, 11, 15)
    report = run_batch(week, settings, since=since, until=until, workers=2)

    statuses = {r.name: r.status for r in report.results}
    assert statuses == {
        "2026-11-09 Pennant Social - Monday review.vtt": "drafted",
        "2026-11-11 Kestrel Cider - WIP.vtt": "drafted",
        "2026-11-12 Northgate - Broken.vtt": "failed",
        "2026-11-13 Pennant Social - Friday review.vtt": "drafted",
        "2026-11-11 Kestrel Cider - WIP_copy.vtt": "duplicate",
    }
    broken = next(r for r in report.results if r.status == "failed")
    assert broken.detail.startswith("not a WebVTT file (it does not start with WEBVTT); moved to ")
    assert not (week / broken.name).exists(), "a bad file is moved aside, like the watcher does"
    note = (settings.failed / f"{broken.name}.error.txt").read_text(encoding="utf-8")
    assert "Reason: not a WebVTT file" in note and "debrief batch" in note
    drafted = [r for r in report.results if r.status == "drafted"]
    assert all(r.actions is not None and r.duration and r.client for r in drafted)
    assert store_for(settings).count(MeetingRow) == 3

    # The week summary: the week's contact reports and the open WIP items, by client, as .md and .docx.
    md = report.summary["md"].read_text(encoding="utf-8")
    assert report.summary["md"].name == "week-2026-11-09-to-2026-11-15.md"
    assert "## Contact reports" in md and "## Open WIP by client" in md
    assert "### Pennant Social" in md and "### Kestrel Cider" in md
    assert "Monday review" in md and "Next week" not in md
    text = "\n".join(p.text for p in Document(str(report.summary["docx"])).paragraphs)
    assert "Open WIP by client" in text and "Kestrel Cider" in text

    # Rerun with one more file: the finished ones are skipped, only the new one is drafted.
    vtt_variant(week, "2026-11-12 Kestrel Cider - Follow-up.vtt", 5)
    again = run_batch(week, settings, since=since, until=until, workers=2)
    statuses = {r.name: r.status for r in again.results}
    assert statuses["2026-11-12 Kestrel Cider - Follow-up.vtt"] == "drafted"
    assert [s for n, s in statuses.items() if "Pennant" in n] == ["skipped", "skipped"]
    assert "2026-11-12 Northgate - Broken.vtt" not in statuses
    assert store_for(settings).count(MeetingRow) == 4


@pytest.mark.slow
def test_cli_prints_the_closing_table_and_exits_1_on_failures(settings: Settings, week: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(week), "--until", "2026-11-15", "--workers", "1"])
    assert result.exit_code == 1, result.output
    for column in ("File", "Client", "Duration", "Items", "Status", "Time"):
        assert column in result.output
    assert "Kestrel Cider" in result.output and "drafted" in result.output
    assert "failed" in result.output and "not a WebVTT file" in result.output
    assert "week summary (docx)" in result.output


@pytest.mark.slow
def test_batch_of_recordings_killed_halfway_finishes_on_rerun(settings: Settings, workspace: Path) -> None:
    """Real audio through the worker pool; kill -9 the whole batch after the first draft; the rerun does the rest.
    The recordings are two samples' first 20 s: the subject is the restart, not the length."""
    folder = workspace.parent / "calls"
    recordings = make_recordings(folder, 2, seconds=20.0)
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(folder), "--workers", "1"]
    env = dict(os.environ, DEBRIEF_HOME=str(workspace), DEBRIEF_WHISPER_BEAM_SIZE="1")
    store = store_for(settings)  # migrated before the batch starts
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while store.count(MeetingRow) == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)  # the first meeting is stored (its documents are written just before)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    done_first = {p.stem for p in settings.reports.glob("*.json")}
    assert len(done_first) == 1, "killed after the first draft and before the second"
    time.sleep(0.5)  # let the orphaned worker notice its parent is gone

    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240)
    assert again.returncode == 0, again.stdout + again.stderr
    lines = {r.name: line for r in recordings for line in again.stdout.splitlines() if r.name[:12] in line}
    assert store_for(settings).count(MeetingRow) == 2
    assert {p.stem for p in settings.reports.glob("*.json")} == {r.stem for r in recordings}
    assert sum("skipped" in line for line in lines.values()) == 1, again.stdout
    assert sum(" drafted " in line for line in lines.values()) == 1, again.stdout


def test_select_passes_over_a_file_that_goes_while_it_is_read(week: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A watcher on the same folder moves a file to processed/ while the batch is choosing its files."""
    import pipeline.batch

    real_peek = pipeline.batch.peek

    def peek_after_a_watcher_took_it(path: Path, partner: Path | None = None):
        if "Kestrel" in path.name:
            path.unlink()
        return real_peek(path, partner)

    monkeypatch.setattr(pipeline.batch, "peek", peek_after_a_watcher_took_it)
    chosen = select(week)
    assert sorted(f.path.name for f in chosen) == sorted(p.name for p in week.iterdir() if p.suffix == ".vtt")
    assert len(chosen) == 4


HALDEN_CALL = """Date: 10 November 2026
Client: Halden Cycles
Attendees: Nell Garside (Agency), Priti Anand (Client)

Nell Garside: Shall we go through the launch plan?
Priti Anand: Yes. Can you send the revised timings by Friday?
Nell Garside: Sure, I'll send them Friday.
"""


@pytest.mark.slow
def test_a_meeting_its_title_names_by_the_client_of_another_in_the_batch_is_theirs(
    settings: Settings, tmp_path: Path
) -> None:
    """Session 37, a new user's week: "Halden shoot catch-up.vtt" gives no client, "Halden launch call.txt" says
    "Client: Halden Cycles" in its opening lines; drafted side by side in one batch, the catch-up was "Unassigned".
    The batch reads a typed transcript's details when it selects, and drafts the catch-up once the launch call's
    client is known."""
    folder = tmp_path / "week"
    folder.mkdir()
    vtt_variant(folder, "Halden shoot catch-up.vtt", 1)
    (folder / "Halden launch call.txt").write_text(HALDEN_CALL, encoding="utf-8")
    assert {f.path.name: f.client for f in select(folder)}["Halden launch call.txt"] == "Halden Cycles"
    report = run_batch(folder, settings, workers=2, summary=False)
    assert {r.name: (r.status, r.client) for r in report.results} == {
        "Halden launch call.txt": ("drafted", "Halden Cycles"),
        "Halden shoot catch-up.vtt": ("drafted", "Halden Cycles"),
    }
