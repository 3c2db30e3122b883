"""Issue 8, findings 1, 4, 6 and 7: what the AE reviewed or confirmed is never lost or overwritten.

Real spaCy extraction, real SQLite, real python-docx, the review app through FastAPI's TestClient; one subprocess
runs ``debrief process`` as a user would.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pipeline import documents
from pipeline.draft import draft_meeting
from pipeline.review import create_app, publish
from pipeline.revision import merge_rerun
from pipeline.schemas import ActionItem, Agreement, Attendee
from pipeline.store import AlreadyConfirmedError, Review, review_for, store_for

CALL = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Priya Shah>Tom, can you send the revised media plan by Friday?

00:00:05.500 --> 00:00:07.000
<v Tom Reed>Yes, I'll do that.

00:00:08.000 --> 00:00:12.000
<v Priya Shah>So we're agreed: we go with the outdoor option for January.

00:00:12.500 --> 00:00:16.000
<v Tom Reed>I'll book the photographer for next Tuesday.

00:00:16.500 --> 00:00:20.000
<v Priya Shah>Great. Leah will check the print budget by the end of the month.
"""
SIDECAR = """client: Harbourside Marina
title: January campaign check-in
date: 2026-12-01
attendees:
  - {name: Priya Shah, side: client, role: Marketing Manager}
  - {name: Leah Ward, side: client}
  - {name: Tom Reed, side: agency, role: Account Director}
"""
NUMBER = "CR-HARBOURSIDE-MARINA-001"


@pytest.fixture
def call(tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "call.meeting.yaml").write_text(SIDECAR, encoding="utf-8")
    path = folder / "call.vtt"
    path.write_text(CALL, encoding="utf-8")
    return path


def tasks(record) -> list[tuple[str, str]]:
    return [(a.task, a.status) for a in record.action_items]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def confirm_all(settings, meeting_id: str) -> None:
    store = store_for(settings)
    review = Review(store)
    record = store.get(meeting_id).to_record()
    for kind, items in (("action", record.action_items), ("agreement", record.agreements)):
        for i, item in enumerate(items):
            if item.status == "proposed":
                review.update_item(meeting_id, kind, i, {"status": "accepted"}, "Ann")
    row = store.get(meeting_id)
    review.confirm(meeting_id, "Ann Lee", publish=lambda r, n: publish.write_final(r, n, row.reports_dir))


def test_rerun_of_a_meeting_in_review_keeps_the_ae_work(call, settings):
    first = draft_meeting(call, settings.reports, settings).record
    mid = first.meeting_id
    assert tasks(first) == [
        ("send the revised media plan", "proposed"),
        ("book the photographer", "proposed"),
        ("check the print budget", "proposed"),
    ]
    store = store_for(settings)
    review = Review(store)
    review.update_item(mid, "action", 0, {"task": "Send Priya the revised media plan"}, "Ann")  # edited, undecided
    review.update_item(mid, "action", 1, {"status": "rejected"}, "Ann")
    review.update_item(mid, "action", 2, {"status": "accepted", "due": dt.date(2026, 12, 18)}, "Ann")
    review.add_item(mid, "action", {"task": "Share the hotel shortlist", "owner": "Tom Reed"}, "Ann")
    review.update_header(mid, {"title": "January check-in (Harbourside)"}, "Ann")
    review.set_attendees(
        mid, [Attendee(name="Priya Shah", side="client"), Attendee(name="Tom Reed", side="agency")], "Ann"
    )

    again = draft_meeting(call, settings.reports, settings).record

    assert again.meeting_id == mid
    assert tasks(again) == [
        ("Send Priya the revised media plan", "proposed"),
        ("book the photographer", "rejected"),
        ("check the print budget", "accepted"),
        ("Share the hotel shortlist", "accepted"),
    ]
    assert again.action_items[2].due == dt.date(2026, 12, 18) and again.action_items[0].edited == ["task"]
    assert [a.text for a in again.agreements] == [a.text for a in first.agreements]
    assert again.meeting.title == "January check-in (Harbourside)"
    assert [a.name for a in again.meeting.attendees] == ["Priya Shah", "Tom Reed"]
    assert store.get(mid).to_record() == again
    markdown = (settings.reports / f"{mid}.md").read_text()
    assert "Send Priya the revised media plan" in markdown and "book the photographer" not in markdown
    assert "January check-in (Harbourside)" in markdown
    assert store.get(mid).open_items() == 2  # the edited action and the agreement are still to decide


def test_rerun_adds_new_proposals_and_drops_stale_untouched_ones():
    def item(task: str, **kw) -> ActionItem:
        return ActionItem(task=task, quote=kw.pop("quote", task), rule="r", confidence=0.5, **kw)

    from tests.test_store import record

    prior = record()
    prior.action_items = [item("A", status="accepted"), item("B"), item("C"), item("D", status="rejected")]
    prior.agreements = [Agreement(text="X", quote="x", rule="r", confidence=0.5)]
    fresh = prior.model_copy(deep=True)
    fresh.action_items = [item("D"), item("B", due_text="today"), item("E"), item("A")]
    fresh.agreements = [Agreement(text="Y", quote="y", rule="r", confidence=0.5)]
    merged = merge_rerun(prior, fresh, "following_week")
    assert [(a.task, a.status, a.due_text) for a in merged.action_items] == [
        ("A", "accepted", None),  # the AE's, as it was
        ("B", "proposed", "today"),  # untouched: the rerun's version
        ("D", "rejected", None),  # rejected stays rejected, never proposed again
        ("E", "proposed", None),  # new
    ]  # C, untouched and no longer found, is gone
    assert [a.text for a in merged.agreements] == ["Y"]
    assert merge_rerun(prior, merged, "following_week") == merged  # merging twice changes nothing


@pytest.mark.slow
def test_a_confirmed_meeting_is_never_overwritten_by_a_rerun(call, settings):
    mid = draft_meeting(call, settings.reports, settings).record.meeting_id
    confirm_all(settings, mid)
    files = store_for(settings).versions(mid)[0].files
    assert Path(files["docx"]).name == f"{NUMBER} 2026-12-01 January campaign check-in.docx"
    before = snapshot(settings.reports)
    with pytest.raises(AlreadyConfirmedError, match=f"already confirmed as {NUMBER}"):
        draft_meeting(call, settings.reports, settings)
    assert snapshot(settings.reports) == before
    assert store_for(settings).get(mid).status == "confirmed"

    env = {**os.environ, "DEBRIEF_HOME": str(settings.home)}
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "process", str(call)], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and f"already confirmed as {NUMBER}" in lines[0] and "--force" in lines[0]
    assert snapshot(settings.reports) == before


def test_force_drafts_a_new_version_beside_the_confirmed_one(call, settings):
    mid = draft_meeting(call, settings.reports, settings).record.meeting_id
    confirm_all(settings, mid)
    confirmed = {k: Path(p).read_bytes() for k, p in store_for(settings).versions(mid)[0].files.items()}

    redraft = draft_meeting(call, settings.reports, settings, force=True).record

    assert redraft.report_status == "DRAFT" and redraft.report_number == NUMBER
    assert {a.status for a in redraft.action_items} == {"accepted"}  # the confirmed decisions carry over
    store = store_for(settings)
    row, versions = store.get(mid), store.versions(mid)
    assert row.status == "draft" and versions[0].reopened_by == "debrief"
    assert {k: Path(p).read_bytes() for k, p in versions[0].files.items()} == confirmed
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/meetings/{mid}").text
        assert f"Draft v2; v1 stays confirmed as {NUMBER}" in page
        confirmed_docx = Path(versions[0].files["docx"]).name
        assert confirmed_docx in page
        got = client.get(f"/meetings/{mid}/files/{confirmed_docx}")
        assert got.status_code == 200 and got.content == confirmed["docx"]
    confirm_all(settings, mid)
    second = store.versions(mid)[1].files
    assert Path(second["docx"]).name == f"{NUMBER} 2026-12-01 January campaign check-in (v2).docx"
    assert {k: Path(p).read_bytes() for k, p in versions[0].files.items()} == confirmed


def test_changing_the_meeting_date_recomputes_the_due_dates_the_ae_did_not_set(call, settings):
    mid = draft_meeting(call, settings.reports, settings).record.meeting_id
    store = store_for(settings)
    review = Review(store)
    review.update_item(mid, "action", 2, {"due": dt.date(2026, 12, 24)}, "Ann")  # set by hand: stays
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/meetings/{mid}").text
        token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        form = {"csrf": token, "title": "January campaign check-in", "date": "2026-11-23"}
        r = client.post(f"/meetings/{mid}/header", data=form, follow_redirects=True)
        assert r.status_code == 200
        listed = re.search(r'<ul class="notice" id="redated">(.*?)</ul>', r.text, re.S).group(1)
    record = store.get(mid).to_record()
    assert [(a.due_text, a.due) for a in record.action_items] == [
        ("by Friday", dt.date(2026, 11, 27)),  # was Fri 4 Dec
        ("for next Tuesday", dt.date(2026, 12, 1)),  # was Tue 8 Dec
        ("by the end of the month", dt.date(2026, 12, 24)),  # the AE's date
    ]
    assert "A1" in listed and "A2" in listed and "A3" not in listed and "Fri 27 Nov 2026" in listed
    assert record.meeting.date_source == "review"
    assert [a.action for a in store.audit(mid)][:3] == ["edit", "redate", "redate"]


def test_a_date_nobody_gave_is_said_and_checked(tmp_path, settings):
    call = tmp_path / "catch-up.vtt"
    call.write_text(CALL, encoding="utf-8")
    os.utime(call, (dt.datetime(2026, 11, 20, 9).timestamp(),) * 2)
    record = draft_meeting(call, settings.reports, settings).record
    assert record.meeting.date == dt.date(2026, 11, 20) and record.meeting.date_source == "mtime"
    md = (settings.reports / f"{record.meeting_id}.md").read_text()
    assert "Fri 20 Nov 2026 (the file's modification time: no date was given; please check)" in md
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/meetings/{record.meeting_id}").text
        assert 'id="date-check"' in page and "modification time" in page
    review_for(settings).update_header(record.meeting_id, {"date": dt.date(2026, 11, 19)}, "Ann")
    with TestClient(create_app(settings)) as client:
        assert 'id="date-check"' not in client.get(f"/meetings/{record.meeting_id}").text
    confirm_all(settings, record.meeting_id)
    confirmed = store_for(settings).versions(record.meeting_id)[0].files["md"]
    assert "please check" not in Path(confirmed).read_text()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_written_files_honour_the_umask(call, settings, umask, mode):
    old = os.umask(umask)
    try:
        mid = draft_meeting(call, settings.reports, settings).record.meeting_id
        confirm_all(settings, mid)
        export = documents.atomic_write(settings.reports / "wip.csv", "a,b\n")
    finally:
        os.umask(old)
    written = [*settings.reports.iterdir()]
    assert len(written) == 7 and export in written  # draft x3, confirmed x3, the export
    assert {p.name: p.stat().st_mode & 0o777 for p in written} == {p.name: mode for p in written}
