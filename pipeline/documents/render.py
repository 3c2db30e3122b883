"""The two renderers: any ``structure.Doc`` to markdown, and to a .docx (python-docx)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from pipeline.documents import letterhead
from pipeline.documents.structure import Block, Box, Bullets, Doc, Facts, Heading, Image, Numbered, Paragraph, Table

STATUS_COLOURS = {"DRAFT": RGBColor(0xC0, 0x39, 0x2B), "CONFIRMED": RGBColor(0x1E, 0x84, 0x49)}


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
        case Image(_data, name, caption, _width):
            return [f"![{caption}]({name.replace(' ', '%20')})"]
        case Box(title, text):
            return [f"> **{title}**", ">", *[f"> {line}" if line else ">" for line in text.splitlines()]]
    raise TypeError(f"not a block: {block!r}")


def to_markdown(doc: Doc) -> str:
    out = [f"# {doc.title}", ""]
    for block in doc.blocks:
        out += [*_md_block(block), ""]
    if doc.footer:
        out += ["---", "", f"_{doc.footer}_", ""]
    return "\n".join(out)


# --- docx -----------------------------------------------------------------------------------------------------------
HEADER_FILL = "E8EDF3"
LABEL_FILL = "F4F6F8"


def _text_width(document: Any) -> int:
    section = document.sections[-1]
    return int(section.page_width - section.left_margin - section.right_margin)


def _fill(cell: Any, text: str, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    run = paragraph.add_run(text)
    run.bold = bold


def _table(
    document: Any, header: tuple[str, ...] | None, rows: Sequence[tuple[str, ...]], widths: tuple[float, ...] | None
) -> Any:
    """A table with thin rules, fixed column widths, rows that never split and a header row that repeats."""
    cols = len(header) if header is not None else len(rows[0])
    table = document.add_table(rows=0, cols=cols)
    lines = ([header] if header is not None else []) + list(rows)
    for n, values in enumerate(lines):
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            _fill(cell, text, bold=header is not None and n == 0)
            if header is not None and n == 0:
                letterhead.shade(cell, HEADER_FILL)
    letterhead.rule_borders(table)
    letterhead.set_widths(table, widths or (1.0,) * cols, _text_width(document))
    letterhead.keep_rows_whole(table, header_rows=1 if header is not None else 0)
    return table


def _facts(document: Any, rows: list[tuple[str, str]], per_row: int) -> None:
    """Label / value pairs, ``per_row`` to a row, labels bold on a light ground; no header row."""
    per_row = max(1, per_row)
    padded = rows + [("", "")] * (-len(rows) % per_row)
    lines = [tuple(text for pair in padded[i : i + per_row] for text in pair) for i in range(0, len(padded), per_row)]
    table = _table(document, None, lines, (1.2, 2.0) * per_row)
    for row in table.rows:
        for j, cell in enumerate(row.cells):
            if j % 2 == 0:
                letterhead.shade(cell, LABEL_FILL)
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _list(document: Any, style: str, texts: list[tuple[str, str]], numbered: bool) -> None:
    """List paragraphs in the template's list style; a template without one gets "1." / "•" written out."""
    own = letterhead.has_style(document, style)
    for i, (label, text) in enumerate(texts, 1):
        p = document.add_paragraph(style=style if own else None)
        if not own:
            p.paragraph_format.left_indent = Pt(18)
            p.paragraph_format.first_line_indent = Pt(-12)
            p.add_run(f"{i}. " if numbered else "\u2022 ")
        if label:
            p.add_run(f"{label}: ").bold = True
        p.add_run(text)


def _docx_block(document: Any, block: Block) -> None:
    match block:
        case Heading(text, level):
            document.add_paragraph(text, style=letterhead.ensure_style(document, f"Heading {level}"))
        case Paragraph(text):
            document.add_paragraph(text)
        case Facts(rows, per_row):
            _facts(document, list(rows), per_row)
        case Bullets(items):
            _list(document, "List Bullet", list(items), numbered=False)
        case Numbered(items, empty):
            _list(document, "List Number", [("", t) for t in items], numbered=True)
            if not items:
                document.add_paragraph(empty)
        case Table(header, rows, empty, widths):
            if rows or empty is None:
                _table(document, header, rows, widths)
            else:
                document.add_paragraph(empty)
        case Image(data, _name, caption, width_cm):
            document.add_picture(io.BytesIO(data), width=Cm(width_cm))
            if caption:
                document.add_paragraph(caption).runs[0].italic = True
        case Box(title, text):
            box = _table(document, None, [("",)], None)
            cell = box.rows[0].cells[0]
            cell.paragraphs[0].add_run(title).bold = True
            for line in text.splitlines():
                cell.add_paragraph(line)
        case _:
            raise TypeError(f"not a block: {block!r}")


def to_docx(doc: Doc, style: letterhead.ReportStyle | None = None) -> bytes:
    """The document as .docx, written into the letterhead ``style`` names (the plain A4 one by default)."""
    document = letterhead.open_template(style)
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
        p.paragraph_format.space_after = Pt(0)
    document.add_paragraph(doc.title, style=letterhead.ensure_style(document, "Heading 1"))
    for block in doc.blocks:
        _docx_block(document, block)
    letterhead.page_footer(document, doc.footer)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()
