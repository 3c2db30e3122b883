"""A choice made with a change, accepted (read by ``agreements.AgreementTracker``): the client names the option they
like ("I love B.", "A's lovely."), asks for it with something from another option ("Could we get the table setting
with some of the typography from C?"), and the other side says yes ("Definitely."). The report states the change
and the choice ("We get the table setting with some of the typography from C. We go with B.").

Not settled: a change asked with no option chosen ("Could we see it with the blue from A?" asks to look), one the
other side does not take up ("Let me see what the studio thinks."), nor a liking said of something other than an
option ("I love the music.").

The forms are data: ``CHANGE_ROWS`` (rows with sentences each must and must not match, checked by
``tests/test_extract_changes.py``).
"""

from __future__ import annotations

import re

from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn, answered_by

OPTION = r"(?:(?:option|route|version|board|concept)\s+)?(?P<o>[A-E])\b(?!')"
NAMED = r"(?:(?:option|route|version|board|concept)\s+)?(?P<p>[A-E])"  # "A's lovely."
CHANGE_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "PREFERS",
        re.compile(
            rf"\b(?:I|we)\s+(?:really\s+)?(?:love|like|prefer|'d\s+go\s+with|'re\s+leaning\s+towards?)\s+{OPTION}"
            rf"|^(?:(?:okay|so|well|right)[,.]?\s+)?{NAMED}(?:'s|\s+is)\s+(?:really\s+)?"
            r"(?:lovely|great|gorgeous|the\s+one|our\s+favourite|the\s+strongest|my\s+favourite)",
            re.I,
        ),
        ("I love B.", "A's lovely.", "Honestly, we prefer route C.", "Option B is the one."),
        ("I love the music.", "Is A the one?", "I'd like a coffee.", "A lot of people love it."),
    ),
    PatternRow(
        "CHANGE",
        re.compile(
            rf"\b(?:could|can)\s+we\s+(?:get|have|do|take|use)\b[^.?!]*\b(?:from|of)\s+{NAMED}\b[^.?!]*\?",
            re.I,
        ),
        (
            "Could we get the table setting with some of the typography from C?",
            "Could we do it with the photography from B instead of the illustration?",
            "Can we have the blue of A on it?",
        ),
        ("Could we see C first?", "Can we get the files from Anna?", "We could take the colour from B."),
    ),
)
ACCEPTS = re.compile(
    r"^(?:(?:yes|yeah|yep|sure|oh)[,.!]?\s+)*(?:definitely|absolutely|of\s+course|we\s+can\s+do\s+that|no\s+problem"
    r"|easily|sure|yes|yeah)\b[^?]*$",
    re.IGNORECASE,
)
REACH = 3  # turns before the change the option liked may have been named


def choice_changed(turns: list[Turn], k: int) -> str:
    """The change and the choice that turn ``k`` accepts ("We get the table setting with some of the typography from
    C. We go with B."), "" when there is none."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or prev.side != "client":
        return ""
    if not ACCEPTS.match(" ".join(turn.text.split())):
        return ""
    change = next((s.text.strip() for s in prev.doc.sents if CHANGE_ROWS[1].pattern.search(s.text)), "")
    if not change:
        return ""
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        if turns[j].speaker != prev.speaker:
            continue
        liked = next((m for s in turns[j].doc.sents if (m := CHANGE_ROWS[0].pattern.search(s.text.strip()))), None)
        if liked is not None:
            return f"{change} We go with {(liked.group('o') or liked.group('p')).upper()}."
    return ""
