"""A role put for someone on the call and taken by them: "Then spokesperson. Who's fronting it?" … "I'd actually
suggest Rafael." "Rafael, how do you feel?" "Nervous, but yes. Happy to do it if Maeve preps me." The one named says
yes to the role (GUIDELINES §3, a role decision): an agreement, "Rafael Quintero is the spokesperson.", no item.
``settling.role_taken`` reads the role put in the turn just before ("I think Priti should do it."); this, the one
named put forward a turn or three back, with talk between ("Rafael, how do you feel?")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.settling import said_no
from pipeline.extract.turns import Turn

ROLE_REACH = 3  # turns back the proposal naming the one who takes the role may lie
PUTTING = frozenset({"suggest", "recommend", "propose", "nominate", "be"})  # "I'd suggest Rafael.", "It should be you"
# a yes to what was put, said by the one it was put for; "do it" the role, no work named
TAKEN = re.compile(
    r"^(?:\W*\b(?:okay|ok|oh|well|right|hmm|um|alright|nervous|reluctantly|gladly|sure)\b[^.?!]*?[,.!]?\s*)*"
    r"(?:yes|yeah|yep|fine|sure|happy to(?: do it)?|i'll do it|i can do it|go on then)\b",
    re.I,
)
NOT_TAKEN = re.compile(r"\b(?:but not|rather not|can't|cannot|no way|not me)\b", re.I)
ROLES = (
    "spokesperson", "face", "voice", "host", "presenter", "mc", "chair", "lead", "point of contact", "signatory",
    "judge", "speaker", "ambassador",
)  # fmt: skip


def _named_for_it(turn: Turn, names: set[str]) -> bool:
    """The turn puts one of ``names`` forward: the name is what is suggested ("I'd suggest Rafael.", "We'd suggested
    Bridget, actually.") or what it should be ("I think it should be Rafael."), not who does some work ("I'd suggest
    Rafael sends the deck.")."""

    def put(t: Token) -> bool:
        head = t.head if t.dep_ == "compound" else t
        return head.dep_ in ("dobj", "attr", "oprd") and head.head.lemma_.lower() in PUTTING

    return any(t.lower_ in names and put(t) for t in turn.doc)


def put_forward_taken(turns: list[Turn], k: int) -> str | None:
    """The role agreed at turn ``k`` when its speaker says yes to being put forward for it a turn or three before by
    someone else, stated with the role the turns name ("Rafael Quintero is the spokesperson."); None otherwise, and
    when the turns name no role the report could state."""
    turn = turns[k]
    speaker = turn.speaker
    if speaker is None or turn.is_question() or said_no(turn) or NOT_TAKEN.search(turn.text):
        return None
    if not TAKEN.match(turn.text.strip()):
        return None
    names = {w.lower() for w in speaker.split()}
    for j in range(k - 1, max(0, k - ROLE_REACH) - 1, -1):
        if turns[j].speaker not in (None, speaker) and _named_for_it(turns[j], names):
            talk = " ".join(t.text.lower() for t in turns[max(0, j - ROLE_REACH) : k])
            role = next((r for r in ROLES if re.search(rf"\b{r}\b", talk)), None)
            return f"{speaker} is the {role}." if role else None
    return None
