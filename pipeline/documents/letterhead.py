"""The paper a report is written on: the agency's letterhead (a Word template) or the plain built-in one.

A letterhead is any .docx whose header holds the agency's logo and whose styles and page setup are the agency's
(``DEBRIEF_REPORT_TEMPLATE``, or ``prompts/clients/<client-slug>.docx`` for one client). Its body is emptied and the
report is written into it with its own styles (Normal, Title, Heading 2, List Number …); a style it lacks is added,
based on its Normal style, so its fonts and colours carry through. Its header and footer stay; the report adds its
footer line and "Page X of Y" below whatever the footer already says.

Without a letterhead the report uses ``default_template()``: python-docx's blank document on A4 with Calibri and
calm headings. ``DEBRIEF_PAPER=a4|letter`` sets the paper size over either.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from docx import Document as open_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor

from pipeline.errors import ConfigError

if TYPE_CHECKING:
    from pipeline.settings import Settings

Paper = Literal["a4", "letter"]
PAPER_SIZES = {"a4": (Mm(210), Mm(297)), "letter": (Inches(8.5), Inches(11))}
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
HEADINGS = {"Title": (16, True), "Heading 1": (14, True), "Heading 2": (11.5, True), "Heading 3": (10.5, True)}


@dataclass(frozen=True)
class ReportStyle:
    """Which template a .docx is written into, on what paper (``None``: the template's own), and the role under
    "Prepared by" for an AE the attendee list does not name."""

    template: Path | None = None
    paper: Paper | None = None
    preparer_role: str | None = None


def client_slug(client: str) -> str:
    """As the client's glossary is named (``transcribe.client_slug``): "Harbourside Pet Co." -> harbourside-pet-co."""
    return re.sub(r"[^a-z0-9]+", "-", client.lower()).strip("-")


def template_for(settings: Settings, client: str | None = None) -> Path | None:
    """The client's own letterhead beside its glossary, else ``DEBRIEF_REPORT_TEMPLATE``, else None (the plain one)."""
    if client and (own := settings.prompts_dir / "clients" / f"{client_slug(client)}.docx").is_file():
        return own
    if settings.report_template is None:
        return None
    path = Path(settings.report_template).expanduser()
    if not path.is_absolute():
        path = settings.home / path
    if not path.is_file():
        raise ConfigError(f"the report template {path} does not exist (DEBRIEF_REPORT_TEMPLATE)")
    return path


def report_style(settings: Settings, client: str | None = None) -> ReportStyle:
    return ReportStyle(
        template=template_for(settings, client), paper=settings.paper, preparer_role=settings.preparer_role
    )


# --- opening the template -------------------------------------------------------------------------------------------
def default_template() -> Any:
    """The plain letterhead: A4, 2 cm margins, Calibri 10.5 pt, dark-blue headings."""
    document = open_docx()
    section = document.sections[0]
    section.page_width, section.page_height = PAPER_SIZES["a4"]
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(18), Mm(16)
    section.header_distance = section.footer_distance = Mm(8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(3)
    for name, (size, bold) in HEADINGS.items():
        style = document.styles[name]
        style.font.name, style.font.size, style.font.bold = "Calibri", Pt(size), bold
        style.font.color.rgb = ACCENT
        style.paragraph_format.space_before = Pt(8 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.keep_with_next = True
        rpr = style.element.rPr
        rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        for theme_font in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts is not None and rfonts.get(qn(theme_font)) is not None:
                del rfonts.attrib[qn(theme_font)]  # the theme's Calibri Light would win over the name
    title_ppr = document.styles["Title"].element.pPr
    for border in title_ppr.findall(qn("w:pBdr")) if title_ppr is not None else []:
        title_ppr.remove(border)
    return document


def open_template(style: ReportStyle | None = None) -> Any:
    """A python-docx Document to write a report into: the letterhead with its body emptied, on the paper asked."""
    style = style or ReportStyle()
    if style.template is None:
        document = default_template()
    else:
        try:
            document = open_docx(str(style.template))
        except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise ConfigError(f"the report template {style.template} is not a Word .docx document") from exc
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    if style.paper is not None:
        for section in document.sections:
            section.page_width, section.page_height = PAPER_SIZES[style.paper]
    return document


def ensure_style(document: Any, name: str, base: str = "Normal") -> str:
    """``name`` as a paragraph style of ``document``: the template's own, else one added on its Normal style."""
    styles = document.styles
    if name in [s.name for s in styles]:
        return name
    added = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    added.base_style = styles[base]
    if name in HEADINGS:
        size, bold = HEADINGS[name]
        added.font.size, added.font.bold = Pt(size), bold
        added.paragraph_format.space_before = Pt(8)
        added.paragraph_format.keep_with_next = True
    return name


def has_style(document: Any, name: str) -> bool:
    return name in [s.name for s in document.styles]


# --- Word XML the python-docx API does not cover ------------------------------------------------------------------
def _child(parent: Any, tag: str) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def keep_rows_whole(table: Any, header_rows: int = 1) -> None:
    """No row splits across pages (``cantSplit``); the first ``header_rows`` repeat on every page (``tblHeader``)."""
    for i, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if i < header_rows:
            tr_pr.append(OxmlElement("w:tblHeader"))


def set_widths(table: Any, weights: tuple[float, ...], total: int) -> None:
    """Column widths in proportion to ``weights`` over ``total`` EMU, fixed (Word and LibreOffice both follow it)."""
    table.autofit = False
    scale = total / sum(weights)
    widths = [int(w * scale) for w in weights]
    tbl_pr = table._tbl.tblPr
    layout = _child(tbl_pr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_w = _child(tbl_pr, "w:tblW")
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(sum(widths) // 635))
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width // 635))  # EMU -> twentieths of a point
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def rule_borders(table: Any, colour: str = "BFC6CE") -> None:
    """Thin horizontal rules between rows and round the table: readable in any template, no named table style."""
    borders = _child(table._tbl.tblPr, "w:tblBorders")
    for edge in ("top", "bottom", "insideH", "left", "right", "insideV"):
        el = _child(borders, f"w:{edge}")
        visible = edge in ("top", "bottom", "insideH")
        el.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), colour)
    margins = _child(table._tbl.tblPr, "w:tblCellMar")
    for edge, width in (("top", 30), ("bottom", 30), ("left", 70), ("right", 70)):
        el = _child(margins, f"w:{edge}")
        el.set(qn("w:w"), str(width))
        el.set(qn("w:type"), "dxa")


def shade(cell: Any, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def add_field(paragraph: Any, instruction: str, size: Any = None) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice fill in when they lay the document out."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if size is not None:
            run.font.size = size
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            run.text = text


def page_footer(document: Any, text: str | None, points: float = 8) -> None:
    """The footer line (if any) and "Page X of Y", added below what the template's footer already holds."""
    size = Pt(points)
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    paragraphs = footer.paragraphs
    first = paragraphs[0] if len(paragraphs) == 1 and not paragraphs[0].text.strip() else footer.add_paragraph()
    if text:
        run = first.add_run(text)
        run.font.size = size
        first = footer.add_paragraph()
    first.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = first.add_run("Page ")
    run.font.size = size
    add_field(first, "PAGE", size)
    first.add_run(" of ").font.size = size
    add_field(first, "NUMPAGES", size)
