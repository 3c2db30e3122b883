"""Limits the client gives (read by ``agreements.AgreementTracker``): a ceiling on money, numbers or time that the
agency is to work within is a settled term, whether asked for or said unprompted: "Go up to six fifty if you have
to, but no more.", "Cap it at forty thousand.", "A bit, but keep it under twenty grand, please.", "No more than five
thousand copies.", "Don't go over eighty pounds a head.", "Thirty's the absolute maximum, then.", "Work to
two-fifty.".

Not a limit: the agency's own promise ("We'll keep the deck under twenty slides."), a fact or habit ("The printers
can't do more than five thousand a week.", "Our budget's usually around fifty."), a limit asked about ("What's the
maximum?", "Do you want to keep it under ten?"), one only hoped for or on a condition still open ("If the board
agrees, cap it at sixty."), nor one with no figure ("Keep it short.").

The forms are data: ``LIMIT_ROWS`` (rows with sentences each must and must not match, checked by
``tests/test_extract_limits.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn

# what may open the limit's sentence or clause: "Okay, but", "A bit, but", "Fine, and"
LEAD = r"(?:^|[,.;:\u2014-]\s*|\bbut\s+|\band\s+|\bjust\s+|\bso\s+)"
THING = r"(?:it|them|that|this|those|the\s+[\w'-]+(?:\s+[\w'-]+)?|our\s+[\w'-]+|spend|costs?|budget)"
LIMIT_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "CAP",
        re.compile(rf"{LEAD}(?:please\s+)?cap\s+{THING}\s+at\b", re.I),
        ("Cap it at forty thousand.", "Fine, but cap the hospitality at ten.", "Okay. Cap them at three each."),
        ("We'll cap it at forty.", "Should we cap it at forty?", "They cap it at forty every year."),
    ),
    PatternRow(
        "KEEP_UNDER",
        re.compile(rf"{LEAD}(?:please\s+)?keep\s+{THING}\s+(?:under|below|within|to)\b", re.I),
        (
            "A bit, but keep it under twenty grand, please.",
            "Spend what you need on the photography, but keep it under ten thousand.",
            "Keep the edit to ninety seconds.",
        ),
        ("We'll keep the deck under twenty slides.", "We always keep it under ten.", "Can we keep it under ten?"),
    ),
    PatternRow(
        "NO_MORE",
        re.compile(r"(?:^|[,;:]\s*|\bbut\s+|\band\s+)(?:no|not)\s+(?:more|higher|over)\s+than\b", re.I),
        (
            "No more than five thousand copies this time.",
            "Three posts a week, no more than that.",
            "Not more than two.",
        ),
        ("The printers can't do more than five thousand.", "We had no more than ten people.", "It's more than fifty."),
    ),
    PatternRow(
        "NOT_OVER",
        re.compile(
            rf"{LEAD}(?:don't|do\s+not|never|please\s+don't)\s+(?:go|spend|take\s+it)\s+(?:over|above|beyond|past)\b",
            re.I,
        ),
        ("Don't go over eighty pounds a head.", "Fine, but don't go above fifty.", "Please don't spend over ten."),
        ("We don't go over budget.", "They never go over fifty.", "Why don't we go over the numbers?"),
    ),
    PatternRow(
        "UP_TO_NO_MORE",
        re.compile(r"\bup\s+to\b[^.!?]*\bbut\s+no\s+(?:more|higher|further)\b", re.I),
        ("Go up to six fifty if you have to, but no more.", "You can go up to forty, but no higher."),
        ("It holds up to four hundred.", "Up to you, but no rush.", "Go up to the lab."),
    ),
    PatternRow(  # the client's own say-so up to a figure: leave to settle at anything under it
        "ANYTHING_UP_TO",
        re.compile(
            r"\b(?:I'll|I\s+will|I\s+can|I'd|I\s+would|I'm\s+happy\s+to)\s+(?:sign\s+off\s+on|approve|accept|agree\s+to|"
            r"take|okay|OK)\s+(?:anything|whatever\s+(?:it\s+is|they\s+(?:ask|want))|any\s+(?:fee|figure|price|number))"
            r"\s+up\s+to\b",
            re.I,
        ),
        (
            "Then open at ninety, and I'll sign off on anything up to a hundred.",
            "I'm happy to approve anything up to twelve grand.",
            "I can accept any fee up to four thousand.",
        ),
        (
            "They'll sign off on anything up to a point.",
            "Can I approve anything up to ten?",
            "The hall will take anything up to four hundred.",
        ),
    ),
    PatternRow(
        "IS_THE_MAX",
        re.compile(
            r"^(?:(?:okay|ok|right|so|then|fine|yeah|yes|well)[,.]?\s+)*(?!(?:what|that|it|there|this)\b)"
            r"[\w'-]+(?:\s+[\w'-]+){0,3}?(?:'s|\s+is)\s+the\s+(?:absolute\s+|very\s+|hard\s+)?"
            r"(?:maximum|max|ceiling|limit|most\s+we\s+(?:can|will)\s+(?:go|do|spend|pay))\b(?=\s*(?:[.,!;]|$|then\b))",
            re.I,
        ),
        ("Thirty's the absolute maximum, then.", "Okay, fifty is the ceiling.", "Forty's the most we can pay."),
        ("What's the maximum?", "The venue is the limit on numbers.", "That's the maximum they allow."),
    ),
    PatternRow(
        "WORK_TO",
        re.compile(rf"{LEAD}work\s+to\s+(?:a\s+(?:budget|ceiling)\s+of\s+)?(?:about\s+|around\s+)?[\w-]+", re.I),
        ("Maybe a bit more for May, but work to two-fifty.", "Work to a budget of sixty."),
        ("We work to tight deadlines.", "Let's work together on it.", "They'll work to a brief."),
    ),
)
# "if you have to", "if you need to": leave to go that far, not a condition still open
LEAVE = re.compile(r"\bif\s+(?:you|we)\s+(?:have\s+to|need\s+to|must|really\s+need\s+to)\b", re.IGNORECASE)
OPEN_CONDITION = re.compile(r"\b(?:if|unless|assuming|provided|once|until|maybe|might|probably)\b", re.IGNORECASE)
# "the maximum they allow", "the limit on numbers": the "is the max" row must not take a rule someone else sets
OTHERS_RULE = re.compile(r"\b(?:they|the\s+venue|the\s+law|legally)\b", re.IGNORECASE)


def limit_clause(sentence: str) -> str:
    """The clause of ``sentence`` that sets a limit (from the opening or the last "but" before the form a row of
    ``LIMIT_ROWS`` matches, to the end), "" when no row matches."""
    text = " ".join(sentence.split())
    m = next((m for r in LIMIT_ROWS if (m := r.pattern.search(text))), None)
    if m is None:
        return ""
    if re.match(r"[,.;:\u2014-]?\s*but\b", m.group(0), re.IGNORECASE):
        clause = text[m.start() :]
    else:
        cut = text[: m.start()].lower().rfind(" but ")
        clause = text[cut:] if cut >= 0 else text
    return re.sub(r"^[\s,.;:\u2014-]*(?:but\s+)?", "", clause, flags=re.IGNORECASE)


MONEY_WORDS = frozenset({"tenner", "fiver", "grand", "quid", "k"})


def _figure(sent: Span, clause: str) -> bool:
    """The limit's clause names a figure ("two-fifty", "ten grand", "a tenner")."""
    start = sent.end_char - len(clause) - (len(sent.text) - len(sent.text.rstrip()))
    return any(
        t.like_num or t.lower_ in MONEY_WORDS or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        for t in sent
        if t.idx >= start
    )


def limit_given(turns: list[Turn], k: int) -> str:
    """The limit the client gives in turn ``k`` (the sentence that sets it, which must hold a figure), "" when there
    is none. A condition counts only in the limit's own clause ("Maybe a bit more for May, but work to two-fifty."
    is a limit; "If the board agrees, cap it at sixty." is not)."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client" or turn.cues("RECAP"):
        return ""
    for sent in turn.doc.sents:
        text = sent.text.strip()
        clause = limit_clause(text)
        if text.endswith("?") or not clause:
            continue
        if OPEN_CONDITION.search(LEAVE.sub("", clause)) or OTHERS_RULE.search(clause):
            continue
        if _figure(sent, clause):
            return clause[0].upper() + clause[1:]
    return ""
