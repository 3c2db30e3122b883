"""A document as a list of blocks: what a report says, apart from how a file format shows it.

Each document (contact report, WIP register, week summary) is built once as a ``Doc`` from the stored data; the
renderers in ``render.py`` turn any ``Doc`` into markdown or .docx, so the formats cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.schemas import ReportStatus


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, e.g. a report's header (client, date, number); no header row over them.

    ``per_row`` pairs share a table row in the .docx (two pairs a row keep a report's header short)."""

    rows: list[tuple[str, str]]
    per_row: int = 1


@dataclass(frozen=True)
class Bullets:
    """Bulleted lines, each with a bold label: ``Agency (Copper Kite): Owen Pryce``."""

    items: list[tuple[str, str]]


@dataclass(frozen=True)
class Numbered:
    items: list[str]
    empty: str = "None recorded."


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    empty: str | None = "None recorded."  # said instead of an empty table; None: show the header anyway
    widths: tuple[float, ...] | None = None  # relative column widths in the .docx; None: equal


@dataclass(frozen=True)
class Image:
    """A picture (PNG bytes), e.g. a chart; markdown links to ``name``, which the writer saves beside the .md."""

    data: bytes
    name: str
    caption: str = ""
    width_cm: float = 16.0


@dataclass(frozen=True)
class Box:
    """A framed note, e.g. a section left for the AE to write: its title, then the text (or the lines to fill)."""

    title: str
    text: str


Block = Heading | Paragraph | Facts | Bullets | Numbered | Table | Image | Box


@dataclass
class Doc:
    title: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""
    status: ReportStatus | None = None  # shown above the title in the .docx
    footer: str | None = None  # in the .docx footer, above "Page X of Y"

    def add(self, *blocks: Block) -> Doc:
        self.blocks.extend(blocks)
        return self
