"""Terms the other side concedes, taken with a "Yes, please." (read by ``agreements.AgreementTracker``): one side
offers to give something up on price ("we'd be happy to waive our fee on it", "We can absorb the courier costs.",
"I could knock ten percent off the day rate.") and the other takes it ("Oh, that's kind. Yes, please."). The terms are
then settled, stated as offered ("We waive our fee on it.").

Not a concession taken: an offer of work ("We'd be happy to send samples." "Yes, please.": an action item), one on a
condition still open ("If you sign today we could waive the fee."), one said in the negative ("We can't waive the
fee."), one only asked about ("Could you waive the fee?"), nor a reply that turns it down or only asks on.

The forms are data: ``CONCESSION_ROWS`` (rows with sentences each must and must not match, checked by
``tests/test_agr37_s34.py``).
"""

from __future__ import annotations

import re

from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn, answered_by

# who offers and how: "we'd be happy to", "we can", "I could", "we'll"
OFFERER = r"\b(?:we|i)(?:'d|'ll|\s+would|\s+will|\s+can|\s+could)?(?:\s+be\s+(?:happy|glad|willing|able)\s+to)?\s+"
PRICE = r"(?:fee|fees|rate|rates|day\s+rate|price|prices|commission|mark-?up|margin)"
AMOUNT = r"(?:percent|%|grand|quid|pounds|dollars|euros|hundred|thousand|k|[\d£$€][\d,.]*k?)"
CONCESSION_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "WAIVE",
        re.compile(rf"{OFFERER}(?:just\s+)?(waive|absorb|swallow|write\s+off)\b", re.I),
        (
            "We'd be happy to waive our fee on it.",
            "Since it's small, we can absorb the courier costs.",
            "I'll swallow the extra edit day.",
        ),
        ("Could you waive the fee?", "We can't waive the fee.", "They waived it last year."),
    ),
    PatternRow(
        "KNOCK_OFF",
        re.compile(
            rf"{OFFERER}(?:just\s+)?(knock\s+(?:[\w%£$-]+\s+){{1,3}}off|take\s+(?:[\w%£$-]+\s+){{0,2}}{AMOUNT}\s+off)\b",
            re.I,
        ),
        ("I could knock ten percent off the day rate.", "We'll take five hundred off the invoice."),
        ("Can you knock something off?", "We won't take anything off.", "I'll take the files off the server."),
    ),
    PatternRow(
        "PRICE_HELD",
        re.compile(rf"{OFFERER}(?:just\s+)?(hold|freeze|cut|drop|reduce|halve)\s+(?:our|the|my)\s+{PRICE}\b", re.I),
        ("We'd be willing to hold our rates for next year.", "We can halve the fee on the cutdowns."),
        ("We'll hold the room for you.", "Could you drop the fee?", "We can't hold our rates."),
    ),
)
NOT_SO = re.compile(r"\b(?:not|n't|never|no)\b|^\s*(?:if|unless|when)\b|\bif\b", re.I)
TAKEN = re.compile(
    r"^\W*(?:(?:oh|well|great|lovely|brilliant|that's\s+(?:very\s+)?(?:kind|nice|generous))\W+){0,4}"
    r"(?:(?:yes|yeah|yep)\W*please|please\s+do)\b",
    re.I,
)


def conceded(text: str) -> str:
    """The concession a sentence offers ("We waive our fee on it."), "" when it offers none."""
    for row in CONCESSION_ROWS:
        m = row.pattern.search(text)
        if m is None or text.rstrip().endswith("?") or NOT_SO.search(text[: m.end()]):
            continue
        return f"We {text[m.start(1) :].strip().rstrip('.!')}."
    return ""


def concession_taken(turns: list[Turn], k: int) -> str:
    """The terms turn ``k`` takes up with "Yes, please." when the other speaker's turn just before conceded them
    (stated as offered), "" otherwise."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn):
        return ""
    if not any(TAKEN.search(s.text) for s in list(turn.doc.sents)[:3]):
        return ""
    for sent in prev.doc.sents:
        if said := conceded(sent.text.strip()):
            return said
    return ""
