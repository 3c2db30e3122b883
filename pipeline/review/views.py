"""What the templates show, computed in plain Python: transcript parts with highlighted quotes, owner choices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.documents.formatting import format_date, format_owner, format_timestamp
from pipeline.schemas import ActionItem, Agreement, Evidence, MeetingRecord, Owner
from pipeline.store.review import ItemKind

OTHER = "__other__"


class FormError(ValueError):
    """A form value the AE has to correct; shown as a 400 page with this message."""


@dataclass
class ItemRef:
    kind: ItemKind
    index: int
    status: str

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.index}"

    @property
    def label(self) -> str:
        return f"{'A' if self.kind == 'action' else 'AG'}{self.index + 1}"


@dataclass
class Part:
    text: str
    ref: ItemRef | None = None


@dataclass
class Turn:
    index: int
    start: float | None
    stamp: str
    speaker: str | None
    parts: list[Part]
    refs: list[ItemRef] = field(default_factory=list)


def item_segment(item: Evidence) -> int | None:
    return item.segment if item.segment is not None else item.turn


def transcript_turns(record: MeetingRecord) -> list[Turn]:
    """Each segment split into plain and highlighted parts; an item is highlighted at its quote (or whole turn)."""
    by_segment: dict[int, list[tuple[ItemRef, str]]] = {}
    kinds: list[tuple[ItemKind, list[ActionItem] | list[Agreement]]] = [
        ("action", record.action_items),
        ("agreement", record.agreements),
    ]
    for kind, items in kinds:
        for i, item in enumerate(items):
            seg = item_segment(item)
            if seg is not None:
                by_segment.setdefault(seg, []).append((ItemRef(kind, i, item.status), item.quote or ""))
    turns = []
    for segment in record.transcript.segments:
        refs = by_segment.get(segment.index, [])
        turns.append(
            Turn(
                index=segment.index,
                start=segment.start,
                stamp=format_timestamp(segment.start, segment.index),
                speaker=segment.speaker,
                parts=_highlight(segment.text, refs),
                refs=[r for r, _ in refs],
            )
        )
    return turns


def _highlight(text: str, refs: list[tuple[ItemRef, str]]) -> list[Part]:
    low = text.lower()
    spans: list[tuple[int, int, ItemRef]] = []
    whole: ItemRef | None = None
    for ref, quote in refs:
        at = low.find(quote.strip().lower()) if quote.strip() else -1
        if at < 0:
            whole = whole or ref
            continue
        spans.append((at, at + len(quote.strip()), ref))
    if not spans and whole is not None:
        return [Part(text, whole)]
    parts, pos = [], 0
    for start, end, ref in sorted(spans, key=lambda s: s[0]):
        if start < pos:  # overlaps an earlier quote: that item is still linked by its badge
            continue
        if start > pos:
            parts.append(Part(text[pos:start]))
        parts.append(Part(text[start:end], ref))
        pos = end
    if pos < len(text):
        parts.append(Part(text[pos:]))
    return parts


def owner_choice(owner: Owner, names: list[str]) -> tuple[str, str]:
    """(select value, other text) for an item's owner."""
    if owner is None:
        return "", ""
    if isinstance(owner, list):
        return (OTHER, " & ".join(owner)) if len(owner) != 1 else owner_choice(owner[0], names)
    if owner in ("agency", "client") or owner in names:
        return owner, ""
    return OTHER, owner


def parse_owner(choice: str | None, other: str | None) -> Owner:
    """The owner from the form: typed text wins (so it works without JavaScript), else the selected option."""
    typed = (other or "").strip()
    if typed:
        names = [n.strip() for n in typed.split("&") if n.strip()]
        return names if len(names) > 1 else names[0]
    if not choice or choice == OTHER:
        return None
    return choice


def parse_date(value: str | None) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise FormError(f"'{value}' is not a date (use YYYY-MM-DD)") from exc


def parse_week(value: str | None) -> tuple[dt.date, dt.date] | None:
    """``2026-W46`` (an HTML week input) as Monday..Sunday."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        year, week = value.upper().split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
    except ValueError as exc:
        raise FormError(f"'{value}' is not a week (use YYYY-Www, e.g. 2026-W46)") from exc
    return monday, monday + dt.timedelta(days=6)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def due_state(due: dt.date | None, status: str, today: dt.date | None = None) -> str:
    if due is None or status != "open":
        return ""
    today = today or dt.date.today()
    return "overdue" if due < today else ("soon" if (due - today).days <= 2 else "")


TEMPLATE_FILTERS = {
    "stamp": format_timestamp,
    "nice_date": format_date,
    "owner_label": format_owner,
}
