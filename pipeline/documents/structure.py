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
    """Label and value pairs, e.g. a report's header (client, date, number)."""

    rows: list[tuple[str, str]]


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


Block = Heading | Paragraph | Facts | Bullets | Numbered | Table


@dataclass
class Doc:
    title: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""
    status: ReportStatus | None = None  # shown above the title in the .docx
    footer: str | None = None

    def add(self, *blocks: Block) -> Doc:
        self.blocks.extend(blocks)
        return self
