"""Selection for long meetings (AMI-style, hundreds of dialogue acts): keep the best-scored candidates.

Most real action items are agreed near the end of a meeting, so a candidate's score is its rule confidence
weighted up in the closing part of the meeting; at most ``limit`` items of each kind are kept.
"""

from __future__ import annotations

from pipeline.schemas import Extraction

LONG_MEETING = 150


def _score(confidence: float, index: int | None, n: int) -> float:
    pos = (index or 0) / max(n, 1)
    return confidence * (1.0 + 0.8 * max(0.0, pos - 0.6) / 0.4)


def select_for_long_meeting(extraction: Extraction, n_segments: int, limit: int = 12) -> Extraction:
    """Keep at most ``limit`` action items and agreements, best first, for meetings over ``LONG_MEETING`` turns."""
    if n_segments < LONG_MEETING:
        return extraction

    def pick(items: list) -> list:
        ranked = sorted(
            items, key=lambda i: -_score(i.confidence, i.turn if i.turn is not None else i.segment, n_segments)
        )
        keep = ranked[:limit]
        return sorted(keep, key=lambda i: (i.turn if i.turn is not None else i.segment) or 0)

    return Extraction(
        action_items=pick(extraction.action_items),
        agreements=pick(extraction.agreements),
        extractor=extraction.extractor,
    )
