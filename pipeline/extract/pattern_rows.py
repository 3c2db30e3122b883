"""A row of a rule table kept in the code: a regular expression with the sentences it must and must not match
(``declined.DECLINE_ROWS``, ``echoes.ECHO_ROWS``; their tests check every row against its sentences)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PatternRow:
    """``label``: the row's kind or name; ``pattern``: the form; ``examples`` / ``not_examples``: sentences it must
    and must not match."""

    label: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
