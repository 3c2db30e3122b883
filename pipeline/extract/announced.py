"""Decisions the client announces as their own, taken on their side before or outside the call (read by
``agreements.AgreementTracker``): "We've agreed internally that the loyalty launch moves to September.", "The
decision's been made: we're keeping the old logo.", "Just so you know, we're dropping the TV element altogether."
The report records them as agreed when the learned scorer finds the call around them takes them as settled.

Not a decision here: an approval reported from someone else ("Finance signed off the extra twenty on Friday.", "The
board has signed off five hundred and twenty. Not six-forty.": an opening position the call goes on to argue), one
still to come or hoped for ("We haven't decided yet.", "No decision's been made."), asked about, on a condition
("If legal okay it, we're dropping it."), what a latecomer is told ("What did I miss?" "We're keeping the old
calculator."), nor an idiom ("We're keeping an eye on it.", "We've agreed to disagree.").

The forms are data: ``ANNOUNCED_ROWS`` (rows with sentences each must and must not match, checked by
``tests/test_extract_announced.py``).
"""

from __future__ import annotations

import re

from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn

ANNOUNCED_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "WE_DECIDED",
        re.compile(
            r"(?<!where\s)(?<!what\s)\bwe(?:'ve|\s+have)\s+(?:now\s+|finally\s+)?(?:agreed|decided|settled\s+on|landed\s+on|opted\s+for)"
            r"\b(?!\s+to\s+disagree)",
            re.I,
        ),
        ("We've agreed internally that the loyalty launch moves to September.", "We have settled on the Leeds date."),
        ("We haven't decided yet.", "We've agreed to disagree.", "Kit will take us through where we've landed."),
    ),
    PatternRow(
        "DECISION_MADE",
        re.compile(
            r"\bdecision(?:'s|\s+has|\s+is)\s+been\s+(?:made|taken)\b"
            r"|\bit(?:'s|\s+has)\s+been\s+(?:decided|agreed|signed\s+off|approved)\b",
            re.I,
        ),
        ("The decision's been made: we're keeping the old logo.", "It's been decided, the tour goes ahead."),
        ("The decision will be made on Friday.", "It's been a long week.", "It's been a slog to get approved."),
    ),
    PatternRow(
        "WE_ARE_DOING",
        re.compile(
            r"^(?:(?:okay|ok|right|so|and|also|oh|well|look|just\s+so(?:\s+you\s+know)?|fyi|for\s+the\s+record)[,.:]?\s+)*"
            r"we(?:'re|\s+are)\s+(?:(?:now\s+|definitely\s+)?(?:dropping|scrapping|pulling|keeping|going\s+with"
            r"|sticking\s+with|switching\s+to)\s+(?!(?:an?\s+eye|it\s+simple|it\s+fine|the\s+flow|in\s+touch)\b)"
            r"(?:the|our|that|this|it|all|with)|not\s+(?:doing|having|running)\s+(?:the|a|any)\s+(?!call\b|meeting\b))\b",
            re.I,
        ),
        (
            "Just so you know, we're dropping the TV element altogether.",
            "We're going with the Manchester venue.",
            "Okay, we're sticking with the old strapline.",
            "Oh, and we're not doing the gala dinner this year.",
        ),
        (
            "We're keeping an eye on it.",
            "Are we dropping the TV?",
            "I think we're going with the flow here.",
            "We're not doing it properly.",
            "We're not having the call on Friday.",
        ),
    ),
)
# a decision still to come, denied, hoped for, on a condition, or one from before
NOT_YET = re.compile(
    r"\b(?:not|n't|no|never|yet|might|may|maybe|hopefully|if|unless|once|when|whether|last\s+year|ago|before"
    r"|previously|used\s+to)\b",
    re.IGNORECASE,
)


# someone who joined late asking to be caught up: what they are told restates decisions already taken
CATCH_UP = re.compile(
    r"\bwhat\s+(?:did|have)\s+I\s+missed?\b|\b(?:catch|fill)\s+me\s+(?:up|in)\b",
    re.IGNORECASE,
)


def announced(turns: list[Turn], k: int) -> str:
    """The decision the client announces in turn ``k`` (its sentence), "" when there is none; not what a latecomer
    is told ("Back. What did I miss?" "We're keeping the old calculator.")."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client" or turn.cues("RECAP"):
        return ""
    if k > 0 and CATCH_UP.search(turns[k - 1].text):
        return ""
    for sent in turn.doc.sents:
        text = " ".join(sent.text.split())
        if text.endswith("?"):
            continue
        found = next(((r.label, m) for r in ANNOUNCED_ROWS if (m := r.pattern.search(text))), None)
        if found is None:
            continue
        label, m = found
        if NOT_YET.search(text[: m.start()] + " " + text[m.end() :]):  # "we're not doing the X" is the decision
            continue
        # "Quick update: the board …" -> "The board …"; "Just so you know, we're dropping …" -> "We're dropping …"
        said = text if label == "DECISION_MADE" else text[m.start() :]
        we = re.search(r"\bwe\b", said, re.IGNORECASE) if label == "WE_ARE_DOING" else None
        said = said[we.start() :] if we is not None else said
        return said[:1].upper() + said[1:]
    return ""
