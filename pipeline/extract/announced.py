"""Decisions the client announces as their own, taken on their side before or outside the call (read by
``agreements.AgreementTracker``): "We've agreed internally that the loyalty launch moves to September.", "The
decision's been made: we're keeping the old logo.", "Just so you know, we're dropping the TV element altogether."
The report records them as agreed when the learned scorer finds the call around them takes them as settled.

Not a decision here: an approval reported from someone else ("Finance signed off the extra twenty on Friday.", "The
board has signed off five hundred and twenty. Not six-forty.": an opening position the call goes on to argue), one
still to come or hoped for ("We haven't decided yet.", "No decision's been made."), asked about, on a condition
("If legal okay it, we're dropping it."), what a latecomer is told ("What did I miss?" "We're keeping the old
calculator."), nor an idiom ("We're keeping an eye on it.", "We've agreed to disagree.").

An approval that reaches the client during the call is one, though it is someone else's: the client says the answer
has just come in and what it allows ("Sorry, I've just messaged finance and they've come straight back. They're fine
with the extra print run."); so is the agency's, relaying its own side's answer to what the client asked ("Oh, Sam's
just come back on Slack. Eight pages at nine thousand is fine."): what was left open is settled now (``relayed``).
Not news that allows nothing ("I've just had a message, he's running late."), nor an approval on a condition or still
to come.

The forms are data: ``ANNOUNCED_ROWS``, ``JUST_HEARD_ROWS`` and ``ALLOWED_ROWS`` (rows with sentences each must and
must not match, checked by ``tests/test_extract_announced.py``).
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
# the client saying an answer has just come in during the call
JUST_HEARD_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "COME_BACK",
        re.compile(
            r"\bjust\s+(?:come|came|got|gotten|written|messaged|emailed)\s+(?:me\s+)?back\b(?!\s+from\b)"
            r"|\b(?:come|came|got|gotten|written)\s+(?:me\s+)?straight\s+back\b(?!\s+from\b)",
            re.I,
        ),
        (
            "Sam's just come back on Slack.",
            "I messaged finance and they've come straight back.",
            "She's just got back to me.",
        ),
        ("I've just come back from a branch visit.", "We'll come back to you on that.", "They came back last week."),
    ),
    PatternRow(
        "JUST_HEARD",
        re.compile(
            r"\bjust\s+(?:had|got)\s+(?:a\s+|an\s+)?(?:message|reply|email|text|answer|word)\s+(?:back\s+)?from\b"
            r"|\bjust\s+heard\s+(?:back\s+)?from\b",
            re.I,
        ),
        ("I've just had a reply from legal.", "I've just heard back from procurement."),
        ("I just had a message.", "Have you heard from legal?"),
    ),
)
# what the answer allows, said as approval of a thing
ALLOWED_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "FINE_WITH",
        re.compile(
            r"\b(?:they|he|she|we)(?:'re|'s|\s+are|\s+is)\s+(?:all\s+|totally\s+|perfectly\s+)?(?:fine|happy|okay|ok)"
            r"\s+(?:with|for\s+us\s+to)\s+\w+",
            re.I,
        ),
        ("They're fine with us using a separate agency.", "She's happy with the extra day."),
        ("They're fine.", "I'm fine with that.", "Are they happy with it?"),
    ),
    PatternRow(
        "IS_FINE",
        re.compile(
            r"^(?!(?:that|it|this|he|she|they|I|we|you)\b)[\w' ,-]+?\s+(?:is|are)\s+(?:fine|approved|okay|ok)\W*$", re.I
        ),
        ("Twelve pages at fourteen thousand is fine.", "The extra shoot day is approved."),
        ("That is fine.", "The weather is fine today, is it?", "He is fine."),
    ),
    PatternRow(
        "SIGNED_OFF",
        re.compile(
            r"\b(?:(?i:they|he|she)|[A-Z]\w+)(?:'ve|'s|\s+have|\s+has)?\s+(?:approved|signed\s+off|okayed|agreed\s+to|said\s+yes\s+to)"
            r"\s+(?:on\s+)?(?:the|our|your|it|that|this|us|an?)\b",
        ),
        ("They've signed off the extra budget.", "Finance approved the second print run."),
        ("They haven't signed anything.", "they will sign it off next week"),
    ),
)
# a decision still to come, denied, hoped for, on a condition, or one from before
# ("n't" with no word boundary before it: "I can't raise a PO until we've agreed the overall budget.")
NOT_YET = re.compile(
    r"\b(?:not|no|never|yet|might|may|maybe|hopefully|if|unless|once|when|whether|last\s+year|ago|before|until|till"
    r"|previously|used\s+to)\b|n't\b",
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


def relayed(turns: list[Turn], k: int) -> str:
    """The approval a speaker relays in turn ``k`` as an answer just come in (its sentence after the news), "" when
    there is none."""
    turn = turns[k]
    if turn.speaker is None:
        return ""
    heard = False
    for sent in turn.doc.sents:
        text = " ".join(sent.text.split())
        if not heard:
            heard = any(r.pattern.search(text) for r in JUST_HEARD_ROWS)
            if not heard:
                continue
        if text.endswith("?"):
            continue
        m = next((m for r in ALLOWED_ROWS if (m := r.pattern.search(text))), None)
        if m is None or NOT_YET.search(text[: m.start()] + " " + text[m.end() :]) or NOT_YET.search(m.group(0)):
            continue
        return text[:1].upper() + text[1:]
    return ""
