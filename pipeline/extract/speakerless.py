"""Audio without speaker labels comes one sentence per segment (read by ``agreements``): of a long run-on sentence
only the stretch around a cue is recorded, and a bare "Go ahead." (Whisper's half of "Fine, go ahead.") settles
what was asked just before it."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.turns import Turn

# Openers that carry no content: "Okay, let's go with B." is recorded as "Let's go with B."
OPENER = re.compile(
    r"^(?:(?:ok(?:ay)?|yeah|yep|yes|right|great|good|fine|lovely|perfect|brilliant|thanks|thank you|so|and|but|well|"
    r"um+|uh+|erm|alright|all right|cool|that'?s (?:fine|good|great|ok(?:ay)?)(?=,))\b(?!\s+by\s+(?:me|us)\b)"
    r"[\s,.!\u2014-]*)+",  # not "Fine by me"; "That's fine, put it in the budget." is the order
    re.IGNORECASE,
)


def sentence_of(span: Span) -> str:
    """The sentence a cue ends in ("Two. Go with two." -> "Go with two.")."""
    return span.doc[span.end - 1].sent.text.strip()


LONG_SENTENCE = 20


def around(span: Span) -> str:
    """The cue's stretch of a long run-on sentence (Whisper without speakers joins replies with commas).

    "…nearly two, yes, so we're agreed, the credit goes on the January invoice, great, I'll send the note…"
    -> "yes, so we're agreed, the credit goes on the January invoice": the comma-separated pieces the cue is in,
    with one more on either side.
    """
    sent = span.sent
    if sum(1 for t in sent if not t.is_punct) <= LONG_SENTENCE:
        return sentence_of(span)
    commas = [t.i for t in sent if t.text == ","]
    first = sum(1 for c in commas if c < span.start)  # piece index of the cue's start
    last = sum(1 for c in commas if c < span.end - 1)
    bounds = [sent.start - 1, *commas, sent.end]
    lo, hi = max(first - 1, 0), min(last + 1, len(bounds) - 2)
    piece = span.doc[bounds[lo] + 1 : bounds[hi + 1]]
    return piece.text.strip().rstrip(",").strip()


def bare_go_ahead(turn: Turn) -> bool:
    """A sentence that is only "Go ahead." (Whisper splits "Fine, go ahead." into "Fine." and "Go ahead.")."""
    words = [t.lower_ for t in turn.doc if not t.is_punct]
    return words[-2:] == ["go", "ahead"] and len(OPENER.sub("", turn.text).split()) == 2


def asked_before(turns: list[Turn], k: int) -> Turn | None:
    """What a speakerless "Go ahead." permits: the sentence before it, past short replies ("Yes." "Fine.").

    Not a request to speak ("Can I ask something?"), and only a proposal or a "we" question unless a short
    reply already stands between ("The awards. Oh, fine. Go ahead.").
    """
    replies = 0
    for j in range(k - 1, max(k - 5, -1), -1):
        prev = turns[j]
        if prev.n_words <= 2:
            replies += 1
            continue
        words = [t.lower_ for t in prev.doc if not t.is_punct]
        if prev.is_question() and "i" in words[:3]:
            return None
        if replies or prev.cues("PROPOSAL") or (prev.is_question() and "we" in words[:3]):
            return prev
        return None
    return None
