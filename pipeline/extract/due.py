"""Deadlines in a turn, through ``pipeline.extract.dates`` (the one date resolver of the project)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Due:
    text: str
    due: dt.date | None
    start_char: int
    end_char: int
    rule: str


def find_dues(text: str, meeting_date: dt.date, next_weekday: str = "following_week") -> list[Due]:
    """Every deadline expression in ``text`` (``due`` is None for vague ones such as "early next week")."""
    from pipeline.extract.dates import find_due_dates

    return [
        Due(m.text, m.due, m.start_char, m.end_char, m.rule)
        for m in find_due_dates(text, meeting_date, next_weekday=next_weekday)
    ]


def nearest(dues: list[Due], char: int) -> Due | None:
    """The deadline after ``char`` that is closest to it, else the closest one before it."""
    after = [d for d in dues if d.start_char >= char]
    if after:
        return min(after, key=lambda d: d.start_char - char)
    return max(dues, key=lambda d: d.end_char) if dues else None
