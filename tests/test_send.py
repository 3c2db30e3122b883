"""Sending a confirmed report: the .eml draft (``debrief send`` and the review page's button), read back with Python's
``email`` package as a mail program would."""

from __future__ import annotations

import io
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from docx import Document
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pipeline import documents
from pipeline.documents.eml import recipients
from pipeline.errors import ReviewError
from pipeline.review import create_app, publish
from pipeline.store import Review, store_for
from tests.report_pdf import record
from tests.test_review_api import csrf_of


def stored_draft(settings, distribution: list[str] | None = None) -> str:
    rec = record(status="DRAFT")
    if distribution is not None:
        rec.meeting.distribution = distribution
    documents.write_contact_report(rec, settings.reports, rec.meeting_id)
    store_for(settings).save_draft(rec, str(settings.reports), source_path=str(settings.inbox / "my-call.vtt"))
    return rec.meeting_id


def confirm(settings, mid: str) -> None:
    def write(r, n):
        return publish.write_final(r, n, settings.reports)

    Review(store_for(settings)).confirm(mid, "Owen Pryce", publish=write)


def parse(path: Path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def test_send_writes_an_eml_draft_with_the_distribution_subject_body_and_the_docx(settings) -> None:
    mid = stored_draft(settings, distribution=["Dana Whitlock", "Raj Patel", "Ops <ops@fernhill.example>"])
    confirm(settings, mid)
    path, to = publish.write_send_draft(store_for(settings), mid)
    [version] = store_for(settings).versions(mid)
    docx = Path(version.files["docx"])
    assert path == docx.with_suffix(".eml") and path.parent == settings.reports

    msg = parse(path)
    assert msg["Subject"] == "Contact report: Pack review (CR-FERNHILL-FOODS-001)"
    assert [a.addr_spec for a in msg["To"].addresses] == ["dana@fernhill.example", "ops@fernhill.example"]
    assert msg["To"].addresses[0].display_name == "Dana Whitlock"
    assert msg["X-Unsent"] == "1"  # Outlook opens it as a draft to send
    assert to.missing == ["Raj Patel"]  # no address in the sidecar: the CLI says so

    text = msg.get_body(preferencelist=("plain",)).get_content()
    assert text.startswith("Dear Dana and Raj,")
    assert "We agreed to go with the blue pack" in text and "Three next steps follow" in text
    assert "within 48 hours" in text and "Owen Pryce\nCopper Kite" in text
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == docx.name and docx.name.startswith("CR-FERNHILL-FOODS-001 2026-03-04 ")
    assert attachment.get_content_type().endswith("wordprocessingml.document")
    data = attachment.get_content()
    assert data == docx.read_bytes()
    assert any("CR-FERNHILL-FOODS-001" in c.text for t in Document(io.BytesIO(data)).tables for c in t._cells)


def test_everyone_at_the_meeting_when_no_distribution_is_given() -> None:
    to = recipients(record().meeting)
    assert [a for _, a in to.to] == ["owen@copperkite.example", "dana@fernhill.example"] and to.missing == ["Raj Patel"]


def test_a_draft_is_not_sent(settings) -> None:
    mid = stored_draft(settings)
    with pytest.raises(ReviewError, match="not confirmed"):
        publish.write_send_draft(store_for(settings), mid)


def test_debrief_send_by_id_or_report_number(settings, tmp_path: Path) -> None:
    from pipeline.cli import app

    mid = stored_draft(settings)
    runner = CliRunner()
    refused = runner.invoke(app, ["send", mid])
    assert refused.exit_code != 0 and "not confirmed" in str(refused.exception)
    confirm(settings, mid)
    result = runner.invoke(app, ["send", "CR-FERNHILL-FOODS-001", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    eml = tmp_path / "CR-FERNHILL-FOODS-001 2026-03-04 Pack review.eml"
    assert str(eml) in result.output and "no address for: Raj Patel" in result.output
    assert parse(eml)["Subject"] == "Contact report: Pack review (CR-FERNHILL-FOODS-001)"


def test_review_page_button_downloads_the_eml(settings) -> None:
    mid = stored_draft(settings)
    confirm(settings, mid)
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/meetings/{mid}")
        assert f'action="/meetings/{mid}/send"' in page.text
        response = client.post(f"/meetings/{mid}/send", data={"csrf": csrf_of(client, f"/meetings/{mid}")})
        assert response.status_code == 200 and response.headers["content-type"].startswith("message/rfc822")
        msg = BytesParser(policy=policy.default).parsebytes(response.content)
        assert msg["Subject"] == "Contact report: Pack review (CR-FERNHILL-FOODS-001)"
        assert ".eml" in client.get(f"/meetings/{mid}").text  # listed with the meeting's files
