"""Approvals given with a change (read by ``agreements.AgreementTracker``): "Can we go with 'fixed' instead?
Otherwise it's approved.", "Legal want 'from' before the price. Apart from that, approved.". The approval leans on
the sentence said just before it, which is the change; the report states both ("Approved, with one change: we go
with 'fixed' instead.", the ``approved_with_change`` rows of ``models/statements/agreement_statements.jsonl``), not
the reasons said before the change ("Compliance didn't like 'guaranteed'."). One that asks for the change after
it ("Approved, but can you make the logo a touch bigger?") is given too, not put as a question."""

from __future__ import annotations

import re

from spacy.tokens import Span

# an approval sentence that only holds with what was said before it; each row's must-match and must-not-match
# sentences are in tests/test_extract_outcomes.py
LEANS_BACK = re.compile(
    r"^(?:otherwise|apart from that|other than that|besides that|bar that|with that(?: change| tweak)?)\b",
    re.IGNORECASE,
)


def with_change(span: Span) -> str:
    """The change said just before an approval that leans on it, followed by the approval ("Can we lose the last
    shot? Otherwise it's signed off."); "" when the approval stands alone ("That's approved.")."""
    sent = span.sent
    if not LEANS_BACK.match(sent.text.strip()):
        return ""
    before = [s for s in span.doc.sents if s.end <= sent.start]
    return f"{before[-1].text.strip()} {sent.text.strip()}" if before else ""


def change_asked(span: Span) -> bool:
    """An approval whose sentence goes on to ask for a change ("Approved, but can you make the logo a touch
    bigger?"): given, not put as a question."""
    return span.id_ == "approved" and any(t.lower_ == "but" for t in span.doc[span.end : span.sent.end])
