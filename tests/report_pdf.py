"""Helpers for the report tests: records to render, a letterhead template with a logo, and LibreOffice -> PDF -> text.

LibreOffice (``soffice``) and poppler (``pdfinfo``, ``pdftotext``, ``pdffonts``, ``pdfimages``, ``pdftoppm``) are
Debian packages tests/run.sh installs; the tests that need them skip without them.
"""

from __future__ import annotations

import datetime as dt
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt

from pipeline.schemas import ActionItem, Agreement, Attendee, Meeting, MeetingRecord, Segment, Transcript

PDF_TOOLS = ("soffice", "pdfinfo", "pdftotext", "pdffonts", "pdfimages", "pdftoppm")
MISSING_PDF_TOOLS = [t for t in PDF_TOOLS if shutil.which(t) is None]


def record(n_actions: int = 3, status: str = "CONFIRMED", long_tasks: bool = False) -> MeetingRecord:
    """A meeting with ``n_actions`` actions (long, wrapping ones if ``long_tasks``), confirmed by an attendee."""
    meeting = Meeting(
        meeting_id="fernhill-pack-review",
        title="Pack review",
        client="Fernhill Foods",
        agency="Copper Kite",
        date=dt.date(2026, 3, 4),
        attendees=[
            Attendee(name="Owen Pryce", side="agency", role="Account Director", email="owen@copperkite.example"),
            Attendee(name="Dana Whitlock", side="client", role="Brand Manager", email="dana@fernhill.example"),
            Attendee(name="Raj Patel", side="client"),
        ],
        next_meeting="Thu 12 Mar 2026, 10:00, Fernhill offices",
        source_name="my-call.vtt",
        source_kind="vtt",
        content_sha256="ab" * 32,
        duration=480.0,
    )
    transcript = Transcript(source_kind="vtt", segments=[Segment(index=0, start=0.0, end=4.0, text="Right, go.")])
    filler = " and share the revised version with the wider brand team before the review" if long_tasks else ""
    actions = [
        ActionItem(
            task=f"send the revised toolkit, part {i + 1}{filler}",
            owner="Owen Pryce" if i % 2 else "client",
            due=dt.date(2026, 3, 6) + dt.timedelta(days=i),
            due_text="by Friday" if i % 3 == 0 else None,
            quote="I'll send the revised toolkit by Friday.",
            start=65.0 + 30 * i,
            segment=0,
            rule="i_will",
            confidence=0.9,
            status="accepted",
        )
        for i in range(n_actions)
    ]
    agreements = [
        Agreement(text="So let's go with the blue pack.", quote="…", rule="lets_go", confidence=0.9, segment=0),
        Agreement(text="The budget is confirmed at £48,000, finance signed it off.", quote="…", rule="c", confidence=1),
    ]
    confirmed = status == "CONFIRMED"
    return MeetingRecord(
        meeting_id=meeting.meeting_id,
        meeting=meeting,
        transcript=transcript,
        action_items=actions,
        agreements=[a.model_copy(update={"status": "accepted"}) for a in agreements],
        extractor="test",
        report_status="CONFIRMED" if confirmed else "DRAFT",
        report_number="CR-FERNHILL-FOODS-007" if confirmed else None,
        confirmed_by="Owen Pryce" if confirmed else None,
        confirmed_at=dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC) if confirmed else None,
        generated_at=dt.datetime(2026, 3, 4, 12, 0),
    )


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain-colour PNG, written by hand (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def letterhead(path: Path, font: str = "Liberation Serif", paper: tuple[int, int] = (216, 279)) -> Path:
    """An agency letterhead as Word makes one: a logo and the agency's name in the header, its own body font, its
    own page setup (US Letter here, so a test can tell it from the default A4)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(paper[0]), Mm(paper[1])
    section.left_margin = section.right_margin = Mm(25)
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(10)
    logo = path.parent / "logo.png"
    logo.write_bytes(png(120, 40, (200, 60, 30)))
    header = section.header.paragraphs[0]
    header.add_run().add_picture(str(logo), width=Mm(30))
    header.add_run("  Copper Kite Ltd, 1 Quay Street, Bristol")
    doc.add_paragraph("This body text is the template's own and must not reach the report.")
    doc.save(str(path))
    return path


def to_pdf(docx: Path, out_dir: Path, profile: Path) -> Path:
    """LibreOffice renders the .docx as an AE would see it; returns the PDF."""
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(docx)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    pdf = out_dir / f"{docx.stem}.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return pdf


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[: int(pdf_info(pdf)["Pages"])]
