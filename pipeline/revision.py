"""What a new draft of a meeting keeps from the AE's review of the old one, and due dates that follow the meeting date.

Rules, in the words an AE would use:

- An item the AE has touched (accepted, rejected, edited or added by hand: ``Evidence.reviewed``) stays exactly as
  the AE left it. A rerun never brings back an item the AE rejected.
- An untouched proposal is replaced by the rerun's version of it (same quote, or same wording); one the rerun no
  longer finds is dropped. The rerun's other proposals are added, still proposed, where they were said: before the
  first item said after them (an item added by hand, said nowhere, keeps its place).
- Header fields and the attendee list the AE edited (``MeetingRecord.edited_fields``) stay; the rest come from the
  rerun (a corrected sidecar is picked up).
- Due dates are resolved against the meeting date. When the date changes, every due date the AE has not set by hand
  is resolved again from its spoken words ("by Friday").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TypeVar

from pipeline.schemas import ActionItem, Agreement, Meeting, MeetingRecord

Item = TypeVar("Item", ActionItem, Agreement)
WORD_RE = re.compile(r"[a-z0-9]+")


def _norm(text: str | None) -> str:
    return " ".join(WORD_RE.findall((text or "").lower()))


def _keys(item: ActionItem | Agreement) -> set[str]:
    wording = item.task if isinstance(item, ActionItem) else item.text
    return {k for k in (f"quote:{_norm(item.quote)}", f"text:{_norm(wording)}") if not k.endswith(":")}


def _said_at(item: ActionItem | Agreement) -> float | None:
    """When the item was said (seconds into the recording, else the transcript turn); None for one added by hand."""
    return item.start if item.start is not None else item.turn


def merge_items(prior: Sequence[Item], fresh: Sequence[Item]) -> list[Item]:
    """The AE's items as they are, untouched proposals refreshed by the rerun, and the rerun's new proposals each
    put where it was said, before the first item said after it (at the end when none is)."""
    fresh_by_key: dict[str, int] = {}
    for i, item in enumerate(fresh):
        for key in _keys(item):
            fresh_by_key.setdefault(key, i)
    used: set[int] = set()
    merged: list[Item] = []
    for old in prior:
        match = next((fresh_by_key[k] for k in _keys(old) if k in fresh_by_key and fresh_by_key[k] not in used), None)
        if old.reviewed:
            merged.append(old)
        elif match is not None:
            merged.append(fresh[match])
        if match is not None:
            used.add(match)
    for new in (item for i, item in enumerate(fresh) if i not in used):
        at = _said_at(new)
        later = (
            None
            if at is None
            else next((n for n, old in enumerate(merged) if (said := _said_at(old)) is not None and said > at), None)
        )
        merged.insert(len(merged) if later is None else later, new)
    return merged


def merge_meeting(prior: Meeting, fresh: Meeting, edited: Sequence[str]) -> Meeting:
    """The rerun's header with the fields the AE edited (and its meeting id) kept from ``prior``."""
    keep = {field: getattr(prior, field) for field in edited if field in Meeting.model_fields}
    if "date" in edited:
        keep["date_source"] = prior.date_source
    return fresh.model_copy(update={**keep, "meeting_id": prior.meeting_id})


def redate(items: Sequence[ActionItem], meeting_date: dt.date, next_weekday: str) -> list[int]:
    """Resolve again, against ``meeting_date``, every spoken due date the AE has not set; in place.

    Returns the indices of the items whose due date changed."""
    from pipeline.extract.dates import resolve_due  # not at import: the extract package loads spaCy

    changed = []
    for i, item in enumerate(items):
        if "due" in item.edited or not item.due_text:
            continue
        due = resolve_due(item.due_text, meeting_date, next_weekday)
        if due != item.due:
            item.due = due
            changed.append(i)
    return changed


def merge_rerun(prior: MeetingRecord, fresh: MeetingRecord, next_weekday: str) -> MeetingRecord:
    """``fresh`` (a new draft of the same recording) with the AE's review of ``prior`` kept; a DRAFT."""
    meeting = merge_meeting(prior.meeting, fresh.meeting, prior.edited_fields)
    actions = merge_items(prior.action_items, fresh.action_items)
    if meeting.date != fresh.meeting.date:  # the AE's date: the rerun's proposals were resolved against another
        redate([a for a in actions if not a.reviewed], meeting.date, next_weekday)
    return fresh.model_copy(
        update={
            "meeting_id": prior.meeting_id,
            "meeting": meeting,
            "action_items": actions,
            "agreements": merge_items(prior.agreements, fresh.agreements),
            "edited_fields": list(prior.edited_fields),
            "report_status": "DRAFT",
            "report_number": prior.report_number,
            "confirmed_by": None,
            "confirmed_at": None,
        }
    )
