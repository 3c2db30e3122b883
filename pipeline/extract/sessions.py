"""A session two or more people agree to hold is one item, settled where its last owner takes it.

"Ruth, you and I should sit down with a few branch managers." "Go on then. When were you thinking?" "Next Thursday?
I can come up to Halifax." "Thursday's fine. I'll grab three or four of them." is one joint item, at the turn that
takes the time (GUIDELINES §2.2: a joint item stands where the last owner accepts). Until then the session is held
open (``hold``); the travel and set-up said while it is being timed ("I can come up to Halifax", "I'll ask their
events manager") belong to it (``setting_up``), not items of their own. A session nobody goes on to time stands
where it was first accepted (``accepted_at``, see ``CommitmentTracker._expire``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from pipeline.extract.components import Clause
from pipeline.extract.items import Pending
from pipeline.extract.owners import joint
from pipeline.extract.turns import Turn

# the last sentence asks for the time: "When?", "When were you thinking?", "What day suits?", "When's good for you?"
ASKS_WHEN = re.compile(
    r"(?:^|[.!?]\s+|,\s*|\b(?:so|and|okay|then)\s+)(?:when|what\s+(?:day|date|time)|which\s+day)\b[^.?!]{0,40}\?\s*$",
    re.IGNORECASE,
)
# going to the session and arranging it: "I can come up to Halifax", "I'll drive", "I'll ask their events manager"
SETUP_VERBS = {"come", "go", "drive", "travel", "head", "pop", "ask", "grab", "bring", "meet", "book"}
TOGETHER = {"me", "us"}  # "would you be up for coming down with me?": a session, not a favour
GOING = {"come", "go", "sit", "walk", "visit", "pop", "head", "drive", "travel"}  # "check it with me" is a favour


# willing, not yet committed: "I'd love that", "I'd like to do that", "that would be fun", "go on then"
WILLING = re.compile(r"\b(?:i|we|that|it)(?:'d|\s+would)\b|\bgo\s+on\s+then\b", re.IGNORECASE)


def asks_when(turn: Turn) -> bool:
    """The turn is willing to hold the session but asks when it is ("Oh, I'd love that. When?", "Go on then. When
    were you thinking?"), and puts no time itself. A firm yes that asks when ("Yes, let's. When?", "Definitely.
    When?", "I'll come. What time?") has taken it already."""
    text = turn.text.strip()
    return not turn.dues and bool(ASKS_WHEN.search(text)) and bool(WILLING.search(text))


def with_speaker(words: Iterable[Token]) -> bool:
    """A request to go somewhere with the one asking ("coming down with me", "sit in with us"); "check the
    figures with me" is a favour, not a session."""
    return any(
        t.lower_ == "with"
        and next((a.lemma_ for a in t.ancestors if a.pos_ in ("VERB", "AUX")), "") in GOING
        and any(o.dep_ == "pobj" and o.lower_ in TOGETHER for o in t.children)
        for t in words
    )


def silent(p: Pending, speaker: str | None, turns: list[Turn]) -> list[str]:
    """The other people a task for a pair was put to who have not said a word since it was put."""
    said = {t.speaker for t in turns if t.index > p.turn}
    return [a for a in p.addressees if a != speaker and a not in said]


def hold(p: Pending, turn: Turn, turns: list[Turn]) -> Pending | None:
    """The session taken in this turn, kept open when it is not settled yet: the one taking it asks when, or
    others it was put to have yet to answer. The owners are fixed now; the item stands at ``accepted_at`` if
    nobody settles it further."""
    if p.kind not in ("joint", "pair") or turn.speaker is None:
        return None
    owners = p.owner or (joint(*p.addressees) if p.kind == "pair" and len(p.addressees) > 1 else None)
    owners = owners or joint(p.proposer, turn.speaker)
    first = p.accepted_at if p.accepted_at >= 0 else turn.index
    if asks_when(turn):
        return replace(p, turn=turn.index, addressees=[turn.speaker], owner=owners, accepted_at=first)
    waiting = silent(p, turn.speaker, turns) if p.kind == "pair" else []
    if waiting:
        return replace(p, turn=turn.index, addressees=waiting, owner=owners, accepted_at=first)
    return None


def setting_up(c: Clause) -> bool:
    """A clause that goes to or arranges the session being set, not a further piece of work."""
    return c.verb.lemma_ in SETUP_VERBS
