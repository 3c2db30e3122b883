"""Every route of the review app through FastAPI's TestClient: pages, edits, confirm, reopen, WIP, security."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pipeline import documents, ingest
from pipeline.cli import app as cli_app
from pipeline.errors import ConfigError
from pipeline.review import check_bind, create_app
from pipeline.schemas import ActionItem, Agreement, MeetingRecord, Segment
from pipeline.store import AuditRow, store_for
from tests.support import SAMPLES

MID = "pennant-social-review"
XSS = '<script>alert("owned")</script>'


def draft_sample(settings, with_xss: bool = False) -> MeetingRecord:
    """The Pennant VTT sample (copied into the workspace with its audio) as a stored draft with known items."""
    for name in (f"{MID}.vtt", f"{MID}.ogg", f"{MID}.meeting.yaml"):
        shutil.copy(SAMPLES / name, settings.inbox / name)
    src = settings.inbox / f"{MID}.vtt"
    transcript, embedded = ingest.read_transcript_file(src)
    meeting = ingest.build_meeting(src, transcript, ingest.sha256_file(src), embedded)
    if with_xss:
        transcript.segments.append(
            Segment(index=len(transcript.segments), start=99.0, end=100.0, text=f"Paste {XSS} here", speaker=XSS)
        )
    seg = transcript.segments[min(5, len(transcript.segments) - 1)]
    record = MeetingRecord(
        meeting_id=meeting.meeting_id,
        meeting=meeting,
        transcript=transcript,
        action_items=[
            ActionItem(
                task="Send the January options",
                owner="Ben Carter",
                due=dt.date(2026, 11, 20),
                due_text="by next Friday",
                quote=seg.text[:20],
                segment=seg.index,
                turn=seg.index,
                start=seg.start,
                rule="test",
                confidence=0.8,
            ),
            ActionItem(
                task=f"Check {XSS} numbers" if with_xss else "Check the numbers",
                owner="client",
                quote="",
                rule="test",
                confidence=0.5,
            ),
        ],
        agreements=[Agreement(text="Run option A in January", quote="", rule="test", confidence=0.7)],
        extractor="test",
        generated_at=dt.datetime.now(dt.UTC),
    )
    documents.write_contact_report(record, settings.reports, record.meeting_id)
    store_for(settings).save_draft(record, str(settings.reports), source_path=str(src))
    return record


def csrf_of(client: TestClient, path: str = "/") -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture
def sample(settings) -> MeetingRecord:
    return draft_sample(settings)


@pytest.fixture
def client(settings, sample):
    with TestClient(create_app(settings)) as c:
        yield c


def post(client: TestClient, path: str, data: dict | None = None, **kw):
    token = csrf_of(client, f"/meetings/{MID}")
    return client.post(path, data={"csrf": token, **(data or {})}, follow_redirects=False, **kw)


def record_of(settings) -> MeetingRecord:
    return store_for(settings).get(MID).to_record()


# --- pages ----------------------------------------------------------------------------------------------------
def test_meetings_list_shows_row_and_filters(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "Pennant Building Society" in page.text and "Social campaign review" in page.text
    assert re.search(r'<span class="count">3</span>', page.text)  # three items awaiting a decision
    assert "Social campaign review" not in client.get("/", params={"client": "Someone Else"}).text
    assert "Social campaign review" in client.get("/", params={"client": "Pennant Building Society"}).text
    assert "Social campaign review" in client.get("/", params={"week": "2026-W46"}).text  # 2026-11-13
    assert "Social campaign review" not in client.get("/", params={"week": "2026-W47"}).text
    assert client.get("/", params={"week": "soon"}).status_code == 400


def test_meeting_page_shows_transcript_items_and_highlights(client, sample):
    page = client.get(f"/meetings/{MID}")
    assert page.status_code == 200
    last = sample.transcript.segments[-1]
    assert f'id="seg-{last.index}"' in page.text and last.speaker in page.text
    assert '<mark class="hl action proposed" data-ref="action-0"' in page.text
    assert 'src="/meetings/pennant-social-review/audio"' in page.text
    assert 'type="date" name="due" value="2026-11-20"' in page.text and "by next Friday" in page.text
    assert '<option value="Ben Carter" selected>' in page.text
    assert client.get("/meetings/nope").status_code == 404


def test_transcript_and_item_text_are_escaped(settings):
    draft_sample(settings, with_xss=True)
    with TestClient(create_app(settings)) as c:
        page = c.get(f"/meetings/{MID}").text
    assert XSS not in page
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in page


def test_static_files(client):
    assert "addEventListener" in client.get("/static/review.js").text
    assert ".transcript" in client.get("/static/review.css").text


# --- CSRF -----------------------------------------------------------------------------------------------------
def test_posts_without_a_valid_csrf_token_are_rejected(client, settings):
    url = f"/meetings/{MID}/actions/0"
    assert client.post(url, data={"decision": "accept"}).status_code == 403
    csrf_of(client, f"/meetings/{MID}")
    assert client.post(url, data={"decision": "accept", "csrf": "forged"}).status_code == 403
    with TestClient(create_app(settings)) as other:  # a token from another browser's session
        stolen = csrf_of(other, f"/meetings/{MID}")
    assert client.post(url, data={"decision": "accept", "csrf": stolen}).status_code == 403
    fresh = TestClient(create_app(settings))  # no session cookie at all
    assert fresh.post(url, data={"decision": "accept", "csrf": stolen}).status_code == 403
    assert record_of(settings).action_items[0].status == "proposed"
    assert post(client, url, {"decision": "accept"}).status_code == 303
    assert record_of(settings).action_items[0].status == "accepted"


# --- items ----------------------------------------------------------------------------------------------------
def test_edit_action_owner_due_and_decisions_are_audited(client, settings):
    r = post(
        client,
        f"/meetings/{MID}/actions/0",
        {
            "task": "Send both January options",
            "owner": "Laura Price",
            "owner_other": "",
            "due": "2026-11-27",
            "decision": "save",
        },
    )
    assert r.status_code == 303 and r.headers["location"].endswith("#action-0")
    item = record_of(settings).action_items[0]
    assert (item.task, item.owner, item.due, item.status) == (
        "Send both January options",
        "Laura Price",
        dt.date(2026, 11, 27),
        "proposed",
    )
    assert item.due_text == "by next Friday"  # the spoken words stay as evidence
    post(client, f"/meetings/{MID}/actions/0", {"owner": "__other__", "owner_other": "Sam & Nina Shah"})
    assert record_of(settings).action_items[0].owner == ["Sam", "Nina Shah"]
    post(client, f"/meetings/{MID}/actions/0", {"owner": "agency", "due": ""})
    item = record_of(settings).action_items[0]
    assert item.owner == "agency" and item.due is None
    post(client, f"/meetings/{MID}/actions/1", {"decision": "reject", "owner": "", "owner_other": ""})
    assert record_of(settings).action_items[1].status == "rejected"
    assert record_of(settings).action_items[1].owner is None  # "To be confirmed"
    audit = store_for(settings).audit(MID)
    assert [a.action for a in audit][:4] == ["edit", "edit", "edit", "edit"]  # reject + owner change: an edit
    first_edit = [a for a in audit if a.action == "edit"][-1]
    assert first_edit.before["owner"] == "Ben Carter" and first_edit.after["owner"] == "Laura Price"
    assert first_edit.who and first_edit.at
    assert post(client, f"/meetings/{MID}/actions/0", {"task": "  "}).status_code == 400
    assert post(client, f"/meetings/{MID}/actions/0", {"due": "next week"}).status_code == 400
    assert post(client, f"/meetings/{MID}/actions/9", {"decision": "accept"}).status_code == 404


def test_edit_agreement(client, settings):
    post(client, f"/meetings/{MID}/agreements/0", {"text": "Run option A from 5 January", "decision": "accept"})
    agreement = record_of(settings).agreements[0]
    assert (agreement.text, agreement.status) == ("Run option A from 5 January", "accepted")
    post(client, f"/meetings/{MID}/agreements/0", {"decision": "reject"})
    assert record_of(settings).agreements[0].status == "rejected"


def test_add_missed_items(client, settings, sample):
    seg = sample.transcript.segments[-1]
    r = post(
        client,
        f"/meetings/{MID}/actions",
        {
            "task": "Book the January shoot",
            "owner": "",
            "owner_other": "Lucy Grant",
            "due": "2026-12-01",
            "quote": seg.text[-12:],
            "segment": str(seg.index),
        },
    )
    assert r.status_code == 303 and r.headers["location"].endswith("#action-2")
    added = record_of(settings).action_items[2]
    assert (added.task, added.owner, added.due, added.status, added.rule) == (
        "Book the January shoot",
        "Lucy Grant",
        dt.date(2026, 12, 1),
        "accepted",
        "manual",
    )
    assert added.segment == seg.index and added.start == seg.start
    post(client, f"/meetings/{MID}/actions", {"task": "Share the deck", "owner": "client"})
    assert record_of(settings).action_items[3].owner == "client"
    post(client, f"/meetings/{MID}/agreements", {"text": "Monthly reviews continue", "segment": ""})
    assert record_of(settings).agreements[1].text == "Monthly reviews continue"
    assert post(client, f"/meetings/{MID}/actions", {"task": "x", "segment": "999"}).status_code == 404
    assert post(client, f"/meetings/{MID}/actions", {"task": " "}).status_code == 400
    page = client.get(f"/meetings/{MID}").text
    assert 'id="action-2"' in page and 'data-ref="action-2"' in page  # highlighted at its quote


def test_edit_header_and_attendees(client, settings):
    r = post(
        client,
        f"/meetings/{MID}/header",
        {
            "title": "Autumn social review",
            "client": "Pennant BS",
            "agency": "Tallow and Finch",
            "job": "Autumn social",
            "date": "2026-11-14",
            "location": "Pennant HQ",
            "distribution": "Laura Price, Paul Reed, Finance",
            "next_meeting": "4 December",
        },
    )
    assert r.status_code == 303
    m = record_of(settings).meeting
    assert (m.title, m.client, m.date, m.location) == (
        "Autumn social review",
        "Pennant BS",
        dt.date(2026, 11, 14),
        "Pennant HQ",
    )
    assert m.distribution == ["Laura Price", "Paul Reed", "Finance"] and m.next_meeting == "4 December"
    assert store_for(settings).get(MID).client == "Pennant BS"
    assert post(client, f"/meetings/{MID}/header", {"title": ""}).status_code == 400
    before = record_of(settings).meeting.attendees
    names = [a.name for a in before] + ["Omar Diaz"]
    sides = [a.side or "" for a in before] + ["client"]
    roles = [a.role or "" for a in before] + ["CFO"]
    data = {"csrf": csrf_of(client, f"/meetings/{MID}"), "name": names, "side": sides, "role": roles, "remove": ["0"]}
    assert client.post(f"/meetings/{MID}/attendees", data=data, follow_redirects=False).status_code == 303
    after = record_of(settings).meeting.attendees
    assert [a.name for a in after] == names[1:]
    assert after[-1].side == "client" and after[-1].role == "CFO"
    assert {a.entity for a in store_for(settings).audit(MID)} >= {"meeting", "attendees"}
    [edit] = [a for a in store_for(settings).audit(MID) if a.entity == "attendees"]
    header = next(a for a in store_for(settings).audit(MID) if a.entity == "meeting")
    assert edit.who == header.who != "Omar Diaz"  # the reviewer, not the last attendee's name


# --- confirm and reopen ---------------------------------------------------------------------------------------
def decide_all(client, settings):
    record = record_of(settings)
    for i, _ in enumerate(record.action_items):
        post(client, f"/meetings/{MID}/actions/{i}", {"decision": "accept" if i == 0 else "reject"})
    for i, _ in enumerate(record.agreements):
        post(client, f"/meetings/{MID}/agreements/{i}", {"decision": "accept"})


def test_confirm_is_blocked_while_items_are_proposed(client, settings):
    page = client.get(f"/meetings/{MID}").text
    assert "3 items still to accept or reject" in re.sub(r"<[^>]+>", "", page) and "disabled" in page
    assert "Accept all remaining (" in page and 'id="accept-all-top"' in page
    r = post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben Carter"})
    assert r.status_code == 409 and "3 items still to accept or reject" in r.text
    post(client, f"/meetings/{MID}/actions/0", {"decision": "accept"})
    post(client, f"/meetings/{MID}/actions/1", {"decision": "reject"})
    assert post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben"}).status_code == 409  # agreement left
    assert store_for(settings).get(MID).status == "draft"
    assert not list(settings.reports.glob("CR-*"))


def test_confirm_writes_final_report_numbers_it_and_fills_the_wip_register(client, settings):
    post(client, f"/meetings/{MID}/actions/0", {"owner": "Lucy Grant", "due": "2026-11-25"})
    decide_all(client, settings)
    r = post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben Carter"})
    assert r.status_code == 303, r.text
    row = store_for(settings).get(MID)
    assert (row.status, row.report_number, row.confirmed_by) == (
        "confirmed",
        "CR-PENNANT-BUILDING-SOCIETY-001",
        "Ben Carter",
    )
    files = store_for(settings).versions(MID)[0].files
    stem = f"CR-PENNANT-BUILDING-SOCIETY-001 {row.date.isoformat()} {row.title}"
    assert files == {kind: str(settings.reports / f"{stem}.{kind}") for kind in ("docx", "md", "json")}
    saved = MeetingRecord.model_validate_json(Path(files["json"]).read_text())
    assert saved.report_status == "CONFIRMED" and saved.confirmed_by == "Ben Carter" and saved.confirmed_at
    draft = MeetingRecord.model_validate_json((settings.reports / f"{MID}.json").read_text())
    assert draft.report_status == "DRAFT"  # the working draft stays apart from the confirmed report
    text = "\n".join(c.text for t in Document(files["docx"]).tables for r in t.rows for c in r.cells)
    assert "CONFIRMED" in text and "CR-PENNANT-BUILDING-SOCIETY-001" in text
    assert "Lucy Grant" in text and "Wed 25 Nov 2026" in text and "Check the numbers" not in text
    assert "**Status:** CONFIRMED" in Path(files["md"]).read_text()
    wip = store_for(settings).wip_rows()
    assert [(w.item, w.owner, w.due, w.confirmed) for w in wip] == [
        ("Send the January options", "Lucy Grant", dt.date(2026, 11, 25), True)
    ]
    page = client.get(f"/meetings/{MID}").text
    assert "Reopen for changes" in page and "CR-PENNANT-BUILDING-SOCIETY-001" in page
    assert 'name="task"' not in page  # read-only once confirmed
    assert post(client, f"/meetings/{MID}/actions/0", {"decision": "reject"}).status_code == 409
    assert post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben"}).status_code == 409
    assert client.get("/").text.count("confirmed") >= 1


def test_reopen_keeps_history_and_number(client, settings):
    decide_all(client, settings)
    post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben Carter"})
    wip_id = store_for(settings).wip_rows()[0].id
    assert post(client, f"/wip/{wip_id}", {"status": "on hold"}).status_code == 303
    assert post(client, f"/meetings/{MID}/reopen").status_code == 303
    row = store_for(settings).get(MID)
    assert row.status == "draft" and row.report_number == "CR-PENNANT-BUILDING-SOCIETY-001"
    first = store_for(settings).versions(MID)[0].files
    assert "CONFIRMED" in Path(first["md"]).read_text()  # the confirmed files stay as they were
    assert "**Status:** DRAFT" in (settings.reports / f"{MID}.md").read_text()
    assert post(client, f"/meetings/{MID}/reopen").status_code == 409
    post(client, f"/meetings/{MID}/actions/0", {"task": "Send the January options, revised"})
    post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Nina Shah"})
    versions = store_for(settings).versions(MID)
    assert [(v.version, v.report_number, v.confirmed_by) for v in versions] == [
        (1, "CR-PENNANT-BUILDING-SOCIETY-001", "Ben Carter"),
        (2, "CR-PENNANT-BUILDING-SOCIETY-001", "Nina Shah"),
    ]
    assert versions[0].reopened_at and versions[0].files == first
    assert versions[1].files["docx"].endswith(" (v2).docx") and "CONFIRMED" in Path(first["md"]).read_text()
    assert "Send the January options, revised" not in Path(first["md"]).read_text()
    assert "Send the January options, revised" in Path(versions[1].files["md"]).read_text()
    wip = store_for(settings).wip_rows()
    assert [(w.id, w.item, w.status) for w in wip] == [(wip_id, "Send the January options, revised", "on hold")]
    assert "v1" in client.get(f"/meetings/{MID}").text


# --- files and audio ------------------------------------------------------------------------------------------
def test_downloads_are_limited_to_the_meetings_files(client, settings):
    r = client.get(f"/meetings/{MID}/files/{MID}.contact-report.docx")
    assert r.status_code == 200 and r.content[:2] == b"PK"
    assert client.get(f"/meetings/{MID}/files/{MID}.md").text.startswith("# Contact report")
    (settings.home / "secret.txt").write_text("secret")
    for name in (
        "..%2Fsecret.txt",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        f"{MID}.%2F..%2Fsecret.txt",
        "%2Fetc%2Fpasswd",
        f"{MID}.nope",
        "%2E%2E",
        "wip.csv",
    ):
        assert client.get(f"/meetings/{MID}/files/{name}").status_code == 404, name
    assert client.get(f"/meetings/{MID}/files/../../../etc/passwd").status_code == 404
    assert client.get(f"/meetings/nope/files/{MID}.md").status_code == 404


def test_audio_is_served_from_the_workspace_with_ranges(client, settings):
    r = client.get(f"/meetings/{MID}/audio", headers={"Range": "bytes=0-99"})
    assert r.status_code == 206 and len(r.content) == 100
    assert r.headers["content-type"].startswith("audio/")
    (settings.inbox / f"{MID}.ogg").unlink()
    assert client.get(f"/meetings/{MID}/audio").status_code == 404
    assert client.get("/meetings/nope/audio").status_code == 404


# --- WIP ------------------------------------------------------------------------------------------------------
def test_wip_page_status_and_exports(client, settings):
    decide_all(client, settings)
    post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben Carter"})
    page = client.get("/wip")
    assert page.status_code == 200 and "Send the January options" in page.text
    wip_id = store_for(settings).wip_rows()[0].id
    token = csrf_of(client, "/wip")
    r = client.post(
        f"/wip/{wip_id}",
        data={
            "csrf": token,
            "status": "done",
            "next_step": "Sent 20 Nov",
            "back": "/wip?client=Pennant+Building+Society",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/wip?client=Pennant+Building+Society")
    entry = store_for(settings).wip_rows()[0]
    assert (entry.status, entry.next_step) == ("done", "Sent 20 Nov")
    assert store_for(settings).audit()[0].entity == "wip"
    assert client.post(f"/wip/{wip_id}", data={"csrf": token, "status": "lost"}).status_code == 409
    assert client.post("/wip/9999", data={"csrf": token, "status": "done"}).status_code == 404
    redirect = client.post(
        f"/wip/{wip_id}", data={"csrf": token, "back": "https://evil.example/"}, follow_redirects=False
    )
    assert redirect.headers["location"].startswith("/wip?")
    assert "Send the January options" not in client.get("/wip", params={"status": "open"}).text
    assert "Send the January options" in client.get("/wip", params={"status": "done"}).text

    rows = list(csv.reader(io.StringIO(client.get("/wip/export.csv").text)))
    assert rows[0][0] == "Client" and rows[1][2] == "Send the January options" and rows[1][5] == "done"
    xlsx = client.get("/wip/export.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK" and "attachment" in xlsx.headers["content-disposition"]
    docx = client.get("/wip/export.docx")
    assert "Pennant Building Society" in "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert client.get("/wip/export.pdf").status_code == 404
    assert len(list(csv.reader(io.StringIO(client.get("/wip/export.csv", params={"client": "Other"}).text)))) == 1
    drafts = client.get("/wip/export.csv", params={"drafts": "1"}).text
    assert "Send the January options" in drafts


def test_draft_wip_rows_follow_edits(client, settings):
    post(client, f"/meetings/{MID}/actions/1", {"decision": "reject"})
    page = client.get("/wip", params={"drafts": "1"}).text
    assert "Send the January options" in page and "Check the numbers" not in page
    assert "Send the January options" not in client.get("/wip").text  # drafts are not in the register


# --- token and binding ----------------------------------------------------------------------------------------
def test_token_is_required_when_set(settings):
    draft_sample(settings)
    with TestClient(create_app(settings, token="s3cret-token")) as c:
        assert c.get("/").status_code == 401
        assert c.get("/", params={"token": "wrong"}).status_code == 401
        assert c.get(f"/meetings/{MID}/files/{MID}.md").status_code == 401
        r = c.get("/", params={"token": "s3cret-token", "client": "Pennant"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/?client=Pennant" and "debrief_token" in r.cookies
        assert c.get("/").status_code == 200  # the cookie holds it now
        assert c.get(f"/meetings/{MID}/files/{MID}.md").status_code == 200


@pytest.mark.parametrize(
    ("host", "token", "ok"),
    [
        ("127.0.0.1", None, True),
        ("localhost", None, True),
        ("::1", None, True),
        ("127.0.0.2", None, True),
        ("0.0.0.0", None, False),
        ("192.168.1.20", None, False),
        ("::", None, False),
        ("0.0.0.0", "tok", True),
    ],
)
def test_non_loopback_needs_a_token(host, token, ok):
    if ok:
        check_bind(host, token)
    else:
        with pytest.raises(ConfigError, match="without a token"):
            check_bind(host, token)


def test_cli_refuses_non_loopback_without_token(workspace):
    result = CliRunner().invoke(cli_app, ["review", "--host", "0.0.0.0", "--port", "1"])
    assert result.exit_code == 2
    assert "refusing to serve on 0.0.0.0 without a token" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_audit_rows_record_who(client, settings):
    post(client, f"/meetings/{MID}/actions/0", {"decision": "accept"})
    rows = store_for(settings).audit(MID)
    assert rows[0].who and rows[0].action == "accept" and isinstance(rows[0], AuditRow)
    assert rows[0].before["status"] == "proposed" and rows[0].after["status"] == "accepted"


def test_reviewer_name_from_confirm_is_remembered(client, settings):
    decide_all(client, settings)
    post(client, f"/meetings/{MID}/confirm", {"confirmed_by": "Ben Carter"})
    assert "Reviewing as Ben Carter" in client.get("/").text
    post(client, f"/meetings/{MID}/reopen")
    assert store_for(settings).audit(MID)[0].who == "Ben Carter"


def test_app_factory_makes_the_workspace(tmp_path):
    from pipeline.settings import Settings

    home = tmp_path / "fresh"
    app = create_app(Settings(home=home))
    with TestClient(app) as c:
        assert c.get("/").status_code == 200
    assert (home / ".review-secret").stat().st_mode & 0o077 == 0
    assert Path(home / "debrief.sqlite3").exists()


def test_decisions_answer_json_to_the_page_script_and_accept_all_takes_the_rest(client, settings):
    token = csrf_of(client, f"/meetings/{MID}")
    r = client.post(f"/meetings/{MID}/actions/0", data={"csrf": token, "decision": "reject"},
                    headers={"Accept": "application/json"})  # fmt: skip
    assert r.status_code == 200 and r.json()["items"]["action-0"] == "rejected" and r.json()["pending"] == 2
    r = post(client, f"/meetings/{MID}/accept-all")  # a plain form: back to the page
    assert r.status_code == 303 and r.headers["location"].startswith(f"/meetings/{MID}?done=accepted_all")
    record = record_of(settings)
    assert [a.status for a in record.action_items + record.agreements] == ["rejected", "accepted", "accepted"]
    assert [e.action for e in store_for(settings).audit(MID)[:2]] == ["accept", "accept"]
