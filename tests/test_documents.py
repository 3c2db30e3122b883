"""Documents: the contact report as .docx/.md/.json, WIP exports, atomic writes, and LibreOffice opening the .docx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from pipeline import documents
from pipeline.schemas import (
    ActionItem,
    Agreement,
    Attendee,
    Meeting,
    MeetingRecord,
    Segment,
    Transcript,
    WipEntry,
)


def make_record() -> MeetingRecord:
    meeting = Meeting(
        meeting_id="fernhill-pack-review",
        title="Pack review",
        client="Fernhill Foods",
        agency="Copper Kite",
        date=dt.date(2026, 3, 4),
        attendees=[
            Attendee(name="Owen Pryce", side="agency", role="Account Director"),
            Attendee(name="Dana Whitlock", side="client", role="Brand Manager"),
        ],
        source_name="fernhill-pack-review.m4a",
        source_kind="audio",
        content_sha256="ab" * 32,
        duration=1260.0,
    )
    transcript = Transcript(
        source_kind="audio",
        segments=[Segment(index=0, start=0.0, end=4.0, text="Let's go with the blue pack.")],
    )
    common = {"segment": 0, "speaker": None, "confidence": 0.9}
    return MeetingRecord(
        meeting_id=meeting.meeting_id,
        meeting=meeting,
        transcript=transcript,
        action_items=[
            ActionItem(
                task="send the revised toolkit",
                owner="Owen Pryce",
                due=dt.date(2026, 3, 6),
                due_text="by Friday",
                quote="I'll send the revised toolkit by Friday.",
                start=65.0,
                rule="i_will",
                **common,
            ),
            ActionItem(
                task="share the sales data",
                owner="client",
                due=None,
                due_text="ASAP",
                quote="…",
                start=3725.0,
                rule="org_will",
                **common,
            ),
            ActionItem(
                task="drop the radio test", owner="agency", quote="…", rule="i_will", status="rejected", **common
            ),
        ],  # fmt: skip
        agreements=[
            Agreement(
                text="go with the blue pack", quote="Let's go with the blue pack.", rule="lets_go", start=0.0, **common
            )
        ],  # fmt: skip
        extractor="test",
        generated_at=dt.datetime(2026, 3, 4, 12, 0),
    )


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    parts += [p.text for p in doc.sections[0].footer.paragraphs]
    return "\n".join(parts)


def test_contact_report_docx_follows_the_conventions() -> None:
    text = docx_text(documents.contact_report_docx(make_record()))
    assert "DRAFT" in text
    assert "Client | Fernhill Foods" in text and "Date | Wed 4 Mar 2026" in text and "Place | Call" in text
    assert "Agency (Copper Kite): Owen Pryce (Account Director)" in text
    assert "Client (Fernhill Foods): Dana Whitlock (Brand Manager)" in text
    assert "go with the blue pack" in text
    assert "1 | send the revised toolkit | Owen Pryce | Fri 6 Mar 2026 (by Friday) | 01:05" in text
    assert "2 | share the sales data | Fernhill Foods | TBC (ASAP) | 1:02:05" in text
    assert "drop the radio test" not in text  # rejected items stay out of the report
    assert "Drafted automatically from fernhill-pack-review.m4a" in text and "48 hours" in text


def test_agreements_are_numbered_list_paragraphs() -> None:
    doc = Document(io.BytesIO(documents.contact_report_docx(make_record())))
    numbered = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert numbered == ["go with the blue pack"]


def test_markdown_report() -> None:
    md = documents.contact_report_markdown(make_record())
    assert md.startswith("# Contact report: Pack review")
    assert "- **Status:** DRAFT" in md
    assert "1. go with the blue pack" in md
    assert "| 1 | send the revised toolkit | Owen Pryce | Fri 6 Mar 2026 (by Friday) | 01:05 |" in md


def test_write_contact_report_is_atomic_and_json_round_trips(tmp_path: Path) -> None:
    record = make_record()
    paths = documents.write_contact_report(record, tmp_path, record.meeting_id)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["fernhill-pack-review.contact-report.docx", "fernhill-pack-review.md", "fernhill-pack-review.json"]
    )  # no temporary files left behind
    again = MeetingRecord.model_validate_json(paths["json"].read_text())
    assert again == record


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = documents.atomic_write(tmp_path / "report.md", "old")

    with pytest.raises(TypeError):
        documents.atomic_write(target, object())  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_free_stem_never_overwrites_another_recordings_report(tmp_path: Path) -> None:
    record = make_record()
    documents.write_contact_report(record, tmp_path, "call")
    assert documents.free_stem(tmp_path, "call", record.meeting.content_sha256) == "call"
    assert documents.free_stem(tmp_path, "call", "cd" * 32) == "call-2"


def wip_entries() -> list[WipEntry]:
    at = dt.datetime(2026, 3, 4, 12, 0)
    return [
        WipEntry(client="Fernhill Foods", job="Spring pack", item="send the revised toolkit", owner="Owen Pryce",
                 due=dt.date(2026, 3, 6), source_meeting="2026-03-04 Pack review", source_timestamp=65, updated_at=at),
        WipEntry(client="Fernhill Foods", job="Spring pack", item="book the studio", owner=["Owen Pryce", "Dana W"],
                 due=dt.date(2026, 3, 2), source_meeting="2026-03-04 Pack review", updated_at=at),
        WipEntry(client="Arden Hotels", job="Summer", item="confirm venue", owner="client", due=None,
                 due_text="soon", status="on hold", source_meeting="2026-03-03 Venue call", updated_at=at),
    ]  # fmt: skip


def test_wip_csv_sorted_by_client_then_due_with_overdue_flag() -> None:
    rows = list(csv.reader(io.StringIO(documents.wip.wip_csv(wip_entries(), today=dt.date(2026, 3, 5)))))
    assert rows[0] == list(documents.WIP_COLUMNS)
    assert [r[2] for r in rows[1:]] == ["confirm venue", "book the studio", "send the revised toolkit"]
    assert rows[2][4] == "2026-03-02 (OVERDUE)" and rows[2][3] == "Owen Pryce & Dana W"
    assert rows[1][4] == "TBC (soon)" and rows[1][5] == "on hold"


def test_wip_xlsx_and_docx() -> None:
    book = load_workbook(io.BytesIO(documents.wip.wip_xlsx(wip_entries(), today=dt.date(2026, 3, 5))))
    sheet = book["WIP"]
    assert [c.value for c in sheet[1]] == list(documents.WIP_COLUMNS)
    assert sheet.max_row == 4
    text = docx_text(documents.wip.wip_docx(wip_entries(), today=dt.date(2026, 3, 5)))
    assert text.index("Arden Hotels") < text.index("Fernhill Foods")
    assert "Mon 2 Mar 2026 (OVERDUE)" in text  # the date as every document shows it; the .csv keeps ISO


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; tests/run.sh installs it"
)
def test_libreoffice_opens_the_contact_report(tmp_path: Path) -> None:
    record = make_record()
    paths = documents.write_contact_report(record, tmp_path, record.meeting_id)
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(paths["docx"])],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "fernhill-pack-review.contact-report.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
