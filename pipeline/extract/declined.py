"""Decisions said in the negative (read by ``agreements.AgreementTracker``).

* the client turns something down for good, in answer to another speaker: "We decline. We send them a written
  statement instead.", "Okay, we're not doing the podcast.", "No, we won't be running the radio this year.";
* a reply that agrees with a proposal not to do something: "I don't think we should use them again." "No. Agreed.
  Not next year." (a "No." that agrees, not one that refuses).

The forms are data: ``DECLINE_ROWS`` (rows with sentences each must and must not match, checked by
``tests/test_extract_declined.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn, answered_by

OPENERS = r"^(?:(?:yeah|yes|okay|ok|right|no|so|then|fine|well|look)[,.!]?\s+)*"
DOING = r"(?:doing|going ahead with|running|using|taking|booking|going with|buying|pursuing)"
# the row labels: DECIDED (the decision itself), NO_AGREED (a reply agreeing with a "not"), NOT_PUT (a proposal not
# to do something); each pattern is searched in one sentence
DECLINE_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "DECIDED",
        re.compile(rf"{OPENERS}we(?:'re| are)?\s+(?:decline|declining|pass|passing)\b(?!\s+(?:it|that)\s+on)", re.I),
        ("We decline.", "Yeah, okay. We decline.", "We're passing on the sponsorship.", "No. We pass."),
        ("If we decline, they'll run it anyway.", "We pass it on to the printer.", "Do we decline?"),
    ),
    PatternRow(
        "DECIDED",
        re.compile(rf"{OPENERS}we(?:'re| are)\s+not\s+{DOING}\s+(?:the|that|this|it|any)\b", re.I),
        ("Okay, we're not doing the podcast.", "No, we're not using that photo.", "Right. We are not doing any TV."),
        ("We're not doing badly.", "Aren't we doing the podcast?", "I hope we're not using the old logo."),
    ),
    PatternRow(
        "DECIDED",
        re.compile(rf"{OPENERS}we\s+(?:won't|will not)\s+(?:be\s+)?{DOING}\s+(?:the|that|this|it|any)\b", re.I),
        ("No, we won't be running the radio this year.", "So we won't be using the agency shots."),
        ("Hopefully we won't be using the backup.", "Won't we be running the radio?"),
    ),
    PatternRow(
        "NO_AGREED",
        re.compile(r"^no[,.!]?\s+(?:agreed|i agree|you're right|definitely not|absolutely not)\b(?![^.!?]*\?)", re.I),
        ("No. Agreed. Not next year.", "No, you're right.", "No, I agree, let's not."),
        ("No, I don't agree.", "Not agreed, no.", "No. Agreed on the rest, though?"),
    ),
    PatternRow(
        "NOT_PUT",
        re.compile(
            r"\b(?:i\s+(?:don't|do not)\s+think\s+we\s+should|we\s+(?:shouldn't|should not)|let's\s+not"
            r"|i\s+(?:wouldn't|would not)|we\s+(?:don't|do not)\s+need\s+to)\b",
            re.I,
        ),
        ("And honestly I don't think we should use them again.", "Let's not renew it.", "We shouldn't run it."),
        ("I don't think they should use it.", "I think we should renew it.", "We should note it."),
    ),
)
CONDITIONAL = re.compile(r"\b(?:if|unless|until|provided|assuming|yet)\b", re.IGNORECASE)


def matches(kind: str, text: str) -> bool:
    """Whether a row of ``kind`` matches ``text`` (one sentence)."""
    text = " ".join(text.split())
    return any(r.label == kind and r.pattern.search(text) for r in DECLINE_ROWS)


def declined(turns: list[Turn], k: int) -> str:
    """Turn ``k``'s decision not to do something, as the agreement states it ("" when there is none): the client's
    own ("We decline. We send them a written statement instead.", with the sentence that says what is done in its
    place), or the proposal not to do it that the turn agrees with ("I don't think we should use them again.")."""
    turn = turns[k]
    prev = turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn):
        return ""
    sents = list(turn.doc.sents)
    if not sents or sents[0].text.rstrip().endswith("?"):
        return ""
    if matches("NO_AGREED", turn.text):
        put = [s for s in prev.doc.sents if matches("NOT_PUT", s.text) and not s.text.rstrip().endswith("?")]
        return put[-1].text.strip() if put else ""
    if turn.side != "client":
        return ""
    for i, sent in enumerate(sents):
        if sent.text.rstrip().endswith("?") or CONDITIONAL.search(sent.text) or not matches("DECIDED", sent.text):
            continue
        return " ".join(s.text.strip() for s in [sent, *_instead(sents[i + 1 : i + 2])])
    return ""


def _instead(sents: list[Span]) -> list[Span]:
    """The sentence after a refusal that says what "we" do in its place ("We send them a written statement
    instead.")."""
    return [s for s in sents if s[0].lower_ == "we" and "instead" in {t.lower_ for t in s}]
