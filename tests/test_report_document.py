"""The contact report the client receives: A4, page numbers, no internal detail, rows that stay whole, the agency's
letterhead, a summary written from the extraction. Fast checks read the .docx; the slow ones render it with
LibreOffice and read the PDF as an AE would see it (``DEBRIEF_UPDATE_SCREENSHOTS=1`` refreshes the README's picture).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from pipeline import documents
from pipeline.documents.letterhead import ReportStyle, report_style, template_for
from pipeline.documents.summary import agreement_clause
from pipeline.errors import ConfigError
from pipeline.schemas import Agreement
from pipeline.settings import REPO_ROOT
from tests.report_pdf import MISSING_PDF_TOOLS, letterhead, page_texts, pdf_info, record, to_pdf

SCREENSHOT = REPO_ROOT / "tests" / "screenshots" / "contact-report.png"


def docx_of(rec, style=None):
    return Document(io.BytesIO(documents.contact_report_docx(rec, style)))


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    parts += [" | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
    parts += [p.text for p in doc.sections[0].footer.paragraphs]
    return "\n".join(parts)


def action_table(doc):
    return next(t for t in doc.tables if t.rows[0].cells[1].text == "Action")


def grid_widths(table) -> list[int]:
    return [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]


# --- the summary --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("spoken", "clause"),
    [
        ("Let's go with option B.", "to go with option B"),
        ("Then let's go with option one for January.", "to go with option one for January"),
        ("OK, we'll use the farm location.", "to use the farm location"),
        (
            "The budget for the shoot is confirmed at $48,000, our finance team signed it off yesterday.",
            "that the budget for the shoot is confirmed at $48,000",
        ),
        (
            "We look at both floor plans, the main hall layout works better for us so that one is approved.",
            "that the main hall layout works better for us so that one is approved",
        ),
        ("Let's go with the quartet, the light show is a no, it is too loud.", "to go with the quartet"),
        ("15,000 a month, confirmed.", "that 15,000 a month, confirmed"),
        ("Fine. Highball it is.", "that Highball it is"),
        ("Yes, the main hall is approved. We still need the caterer.", "that the main hall is approved"),
        # an order, or the same stated for us ("We go halves"), reads "to …"; other statements "that …"
        ("Go with the bus stops.", "to go with the bus stops"),
        ("Drop the second venue, we can't staff it.", "to drop the second venue"),
        ("We go halves on the generator.", "to go halves on the generator"),
        ("We go with option two.", "to go with option two"),
        ("We still need the caterer, the hall is fine.", "that we still need the caterer"),
        ("One is fine.", "that one is fine"),  # a number word opening the sentence is no name
        # a noun that looks like a verb is not an order
        ("Launch stays on the eighth of March.", "that Launch stays on the eighth of March"),
        ("Lead time is two weeks, agreed.", "that Lead time is two weeks, agreed"),
        ("We go on then, move the twenty.", "to move the twenty"),  # the go-ahead is no decision of its own
        ("Go on then, move the twenty.", "to move the twenty"),
        ("Agreed, let's give the Grocer the exclusive.", "to give the Grocer the exclusive"),
        ("We go on with the tour as planned.", "to go on with the tour as planned"),
        # terms stated as agreed read as what was agreed (session 37: "We agreed that six agreed, on condition …")
        ("Six agreed, on condition that we shoot in one day.", "six, on condition that we shoot in one day"),
        ("Forty and one weekend agreed.", "forty and one weekend"),
        ("Eighty-five agreed.", "eighty-five"),
        ("The Harbour Hall agreed.", "the Harbour Hall"),
        # a contraction opening the sentence is no name (session 38: "We agreed that We're happy with …")
        ("We're happy with the stories.", "that we're happy with the stories"),
        ("They're fine with the later date.", "that they're fine with the later date"),
    ],
)
def test_agreement_clause(spoken: str, clause: str) -> None:
    assert agreement_clause(spoken) == clause


def test_summary_says_what_was_agreed_how_many_steps_the_nearest_deadline_and_the_next_meeting() -> None:
    text = documents.contact_report.summary_text(record(n_actions=5))
    assert text == (
        "We agreed to go with the blue pack and that the budget is confirmed at £48,000. "
        "Five next steps follow; the first is due Fri 6 Mar 2026: send the revised toolkit, part 1 (Fernhill Foods). "
        "Next meeting: Thu 12 Mar 2026, 10:00, Fernhill offices."
    )
    assert "min)" not in text and "recorded below" not in text  # not the old boilerplate
    meeting_set = Agreement(
        text="Next meeting: Thursday 19 November 2026.", rule="next_meeting_set", quote="x", confidence=0.9
    )
    only_next = record(n_actions=0).model_copy(update={"agreements": [meeting_set]})
    assert documents.contact_report.summary_text(only_next).startswith("No agreements were recorded.")
    empty = record(n_actions=0).model_copy(update={"agreements": []})
    assert documents.contact_report.summary_text(empty).startswith(
        "No agreements were recorded. No next steps were recorded."
    )


# --- the .docx, read directly -------------------------------------------------------------------------------------
def test_confirmed_copy_has_no_internal_detail_and_the_draft_keeps_it() -> None:
    confirmed = docx_of(record())
    text = all_text(confirmed)
    assert [c.text for c in action_table(confirmed).rows[0].cells] == ["#", "Action", "Owner", "Due"]
    assert "Drafted automatically" not in text and "my-call.vtt" not in text and "01:05" not in text
    assert "(by Friday)" not in text  # the words spoken are the AE's check, not the client's
    assert "CR-FERNHILL-FOODS-007. Please let us know" in text and "48 hours" in text
    assert "Prepared by | Owen Pryce, Account Director, Copper Kite | Date of issue | Thu 5 Mar 2026" in text
    assert "Field" not in [c.text for t in confirmed.tables for c in t.rows[0].cells]  # no Field | Detail row

    draft = docx_of(record(status="DRAFT"))
    text = all_text(draft)
    assert [c.text for c in action_table(draft).rows[0].cells] == ["#", "Action", "Owner", "Due", "Source"]
    assert "Drafted automatically from my-call.vtt" in text and "01:05" in text and "(by Friday)" in text
    assert "Date of issue | Not issued (draft)" in text


def test_a4_page_numbers_whole_rows_repeated_header_and_a_wide_action_column() -> None:
    doc = docx_of(record(n_actions=4))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml and "Page " in footer_xml
    for table in doc.tables:
        assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    table = action_table(doc)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in table.rows[1:])
    widths = grid_widths(table)
    assert widths[1] == max(widths) and widths[1] > 2 * widths[2] and widths[0] == min(widths)
    assert sum(widths) == pytest.approx((210 - 40) / 25.4 * 1440, rel=0.01)  # the text width, in twips


def test_letter_paper_when_asked() -> None:
    section = docx_of(record(), ReportStyle(paper="letter")).sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)


def test_letterhead_template_header_font_and_page_setup_are_kept(tmp_path: Path) -> None:
    template = letterhead(tmp_path / "letterhead.docx")
    doc = docx_of(record(), ReportStyle(template=template))
    assert doc.styles["Normal"].font.name == "Liberation Serif"
    header = doc.sections[0].header
    assert "Copper Kite Ltd" in header.paragraphs[0].text
    assert any(rel.reltype.endswith("/image") for rel in header.part.rels.values())  # the logo
    assert round(doc.sections[0].page_width.mm) == 216  # the letterhead's own paper
    text = all_text(doc)
    assert "must not reach the report" not in text and "Contact report: Pack review" in text
    assert "Page " in doc.sections[0].footer._element.xml
    a4 = docx_of(record(), ReportStyle(template=template, paper="a4")).sections[0]
    assert round(a4.page_width.mm) == 210  # DEBRIEF_PAPER wins over the letterhead's size


def test_which_letterhead(tmp_path: Path, settings) -> None:
    assert template_for(settings, "Fernhill Foods") is None  # the plain built-in one
    general = letterhead(tmp_path / "agency.docx")
    settings.report_template = general
    assert report_style(settings, "Fernhill Foods").template == general
    clients = tmp_path / "prompts" / "clients"
    clients.mkdir(parents=True)
    own = letterhead(clients / "fernhill-foods.docx")
    settings.prompts_dir = tmp_path / "prompts"
    assert template_for(settings, "Fernhill Foods") == own and template_for(settings, "Arden Hotels") == general
    settings.report_template = tmp_path / "nope.docx"
    with pytest.raises(ConfigError, match="does not exist"):
        template_for(settings, "Arden Hotels")
    (tmp_path / "bad.docx").write_text("not a zip")
    with pytest.raises(ConfigError, match="not a Word .docx"):
        documents.contact_report_docx(record(), ReportStyle(template=tmp_path / "bad.docx"))


# --- rendered by LibreOffice ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lo-profile")


@pytest.mark.slow
@pytest.mark.skipif(bool(MISSING_PDF_TOOLS), reason=f"missing {', '.join(MISSING_PDF_TOOLS)} (tests/run.sh)")
def test_long_report_in_libreoffice_a4_page_numbers_header_repeats_rows_whole(tmp_path: Path, lo_profile) -> None:
    rec = record(n_actions=30, long_tasks=True)
    paths = documents.write_confirmed(rec, tmp_path)
    pdf = to_pdf(paths["docx"], tmp_path, lo_profile)
    info = pdf_info(pdf)
    assert "(A4)" in info["Page size"]
    pages = page_texts(pdf)
    n = len(pages)
    assert n >= 2
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {n}" in page
        assert "Drafted automatically" not in page and "Source" not in page
    assert all("Action" in page and "Owner" in page for page in pages[1:] if "part" in page)  # header repeated
    for i in range(30):  # every row on one page: its number's task and its due date are together
        task = f"part {i + 1} and share"
        holding = [p for p in pages if task in p]
        assert len(holding) == 1, f"row {i + 1} split or missing"
        tail = "review"  # the last word of each long task: on the same page as its start
        assert tail in holding[0]


@pytest.mark.slow
@pytest.mark.skipif(bool(MISSING_PDF_TOOLS), reason=f"missing {', '.join(MISSING_PDF_TOOLS)} (tests/run.sh)")
def test_letterhead_logo_and_font_in_the_pdf(tmp_path: Path, lo_profile) -> None:
    style = ReportStyle(template=letterhead(tmp_path / "letterhead.docx", font="DejaVu Serif"))
    paths = documents.write_confirmed(record(), tmp_path / "out", style=style)
    pdf = to_pdf(paths["docx"], tmp_path, lo_profile)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSerif" in fonts
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) >= 3  # two header lines, then at least the logo
    assert "Letter" in pdf_info(pdf)["Page size"] or "612" in pdf_info(pdf)["Page size"]
    assert "Copper Kite Ltd" in page_texts(pdf)[0]


@pytest.mark.slow
@pytest.mark.skipif(bool(MISSING_PDF_TOOLS), reason=f"missing {', '.join(MISSING_PDF_TOOLS)} (tests/run.sh)")
def test_the_short_sample_meeting_confirmed_is_one_a4_page(settings, tmp_path: Path, lo_profile) -> None:
    """The 73-second Kestrel Cider sample, transcribed and drafted as ``debrief process`` does, then confirmed."""
    from pipeline.draft import draft_meeting
    from pipeline.review import publish
    from pipeline.store import Review, store_for
    from tests.support import SAMPLES

    for name in ("kestrel-cider-wip.m4a", "kestrel-cider-wip.meeting.yaml"):
        shutil.copy(SAMPLES / name, settings.inbox / name)
    mid = draft_meeting(settings.inbox / "kestrel-cider-wip.m4a", settings.reports, settings).record.meeting_id
    review = Review(store_for(settings))
    stored = store_for(settings).get(mid).to_record()
    for kind, items in (("action", stored.action_items), ("agreement", stored.agreements)):
        for i in range(len(items)):
            review.update_item(mid, kind, i, {"status": "accepted"}, "Sarah Mitchell")
    style = report_style(settings, "Kestrel Cider")
    review.confirm(mid, "Sarah Mitchell", publish=lambda r, n: publish.write_final(r, n, settings.reports, style))
    [version] = store_for(settings).versions(mid)
    docx = Path(version.files["docx"])
    assert docx.name == "CR-KESTREL-CIDER-001 2026-11-10 Winter campaign WIP.docx"
    pdf = to_pdf(docx, tmp_path, lo_profile)
    assert "(A4)" in pdf_info(pdf)["Page size"]
    [page] = page_texts(pdf)  # one page
    assert "Page 1 of 1" in page and "Sarah Mitchell, Account Director" in page  # prepared by, role from attendees
    assert "Drafted automatically" not in page and "Source" not in page and "Field" not in page
    flowing = " ".join(page.split())  # where a line wraps depends on the fonts and on what Whisper heard
    assert "We agreed to go with option B" in flowing and "Next meeting: Weekly WIP call" in flowing
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(pdf), str(png)], check=True)
    [shot] = tmp_path.glob("page*.png")
    assert shot.stat().st_size > 20_000
    if os.environ.get("DEBRIEF_UPDATE_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, SCREENSHOT)
