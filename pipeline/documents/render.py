"""The two renderers: any ``structure.Doc`` to markdown, and to a .docx (python-docx)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from pipeline.documents.structure import Block, Bullets, Doc, Facts, Heading, Numbered, Paragraph, Table

STATUS_COLOURS = {"DRAFT": RGBColor(0xC0, 0x39, 0x2B), "CONFIRMED": RGBColor(0x1E, 0x84, 0x49)}
TABLE_STYLE = "Light Grid Accent 1"


# --- markdown -------------------------------------------------------------------------------------------------------
def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_block(block: Block) -> list[str]:
    match block:
        case Heading(text, level):
            return [f"{'#' * level} {text}"]
        case Paragraph(text):
            return [text]
        case Facts(rows):
            return [f"- **{k}:** {v}" for k, v in rows]
        case Bullets(items):
            return [f"- **{label}:** {text}" for label, text in items]
        case Numbered(items, empty):
            return [f"{i}. {text}" for i, text in enumerate(items, 1)] or [empty]
        case Table(header, rows, empty):
            if not rows and empty is not None:
                return [empty]
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            return lines + ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    raise TypeError(f"not a block: {block!r}")


def to_markdown(doc: Doc) -> str:
    out = [f"# {doc.title}", ""]
    for block in doc.blocks:
        out += [*_md_block(block), ""]
    if doc.footer:
        out += ["---", "", f"_{doc.footer}_", ""]
    return "\n".join(out)


# --- docx -----------------------------------------------------------------------------------------------------------
def _table(document: Any, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = TABLE_STYLE
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _docx_block(document, block: Block) -> None:
    match block:
        case Heading(text, level):
            document.add_heading(text, level=level)
        case Paragraph(text):
            document.add_paragraph(text)
        case Facts(rows):
            _table(document, ("Field", "Detail"), list(rows))
        case Bullets(items):
            for label, text in items:
                p = document.add_paragraph(style="List Bullet")
                p.add_run(f"{label}: ").bold = True
                p.add_run(text)
        case Numbered(items, empty):
            for text in items:
                document.add_paragraph(text, style="List Number")
            if not items:
                document.add_paragraph(empty)
        case Table(header, rows, empty):
            if rows or empty is None:
                _table(document, header, rows)
            else:
                document.add_paragraph(empty)
        case _:
            raise TypeError(f"not a block: {block!r}")


def to_docx(doc: Doc) -> bytes:
    document = new_docx()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = doc.title
    document.core_properties.subject = doc.subject
    document.core_properties.author = "debrief"
    if doc.status:
        p = document.add_paragraph()
        run = p.add_run(doc.status)
        run.bold = True
        if doc.status in STATUS_COLOURS:
            run.font.color.rgb = STATUS_COLOURS[doc.status]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_heading(doc.title, level=1)
    for block in doc.blocks:
        _docx_block(document, block)
    if doc.footer:
        footer = document.sections[0].footer.paragraphs[0]
        footer.text = doc.footer
        footer.runs[0].font.size = Pt(8)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
