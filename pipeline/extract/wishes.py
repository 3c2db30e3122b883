"""Work the speaker's side would like to do, put as a wish: "We'd like to bring the full wholesale plan back to you
properly.", "What we'd like to do is write up a proper paper on rolling it out." It is offered, not yet promised:
an item once the other side takes it up ("Yes, do that.", "Yes, please."), nothing when they turn it down or let it
pass. A wish to see, hear or say something ("I'd like to see the costs first", "I'd love to add one thing"), or to
go somewhere with the listener (a session, ``sessions.py``), offers no work.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.components import Clause
from pipeline.extract.sessions import ASSEMBLED

WISH_VERBS = {"like", "love"}
WOULD = {"would", "'d"}
LISTENERS = {"you", "us", "me"}
# what a wish can be for that is no work for the listener: taking things in, talking on the call, going somewhere,
# and what is chosen ("land on a route today", "lead with non-brand clicks": the agreement's)
NOT_OFFERED = {
    "see", "hear", "know", "understand", "think", "feel", "have", "get", "keep", "avoid", "be", "say", "add", "ask",
    "flag", "mention", "raise", "point", "start", "finish", "go", "come", "walk", "visit", "sit", "pop", "head",
    "move", "stick", "hold", "wait", "talk", "chat", "discuss", "thank", "welcome", "show", "take", "run", "explain",
    "recap", "present", "use", "spend", "do", "try", "meet", "join", "believe", "hope", "stay", "leave", "end",
    "land", "lead", "decide", "settle", "agree", "choose", "pick", "focus", "aim", "push",
}  # fmt: skip


def wished_work(c: Clause) -> Token | None:
    """The verb of the work a "would like / would love" clause offers (the ``modal_possible`` clause of "like"),
    or None. "What we'd like to do is write up …": the work is the verb after "is"."""
    like = c.verb
    if like.lemma_ not in WISH_VERBS or c.question or c.negated or c.conditional:
        return None
    if not any(a.dep_ == "aux" and a.lower_ in WOULD for a in like.children):
        return None
    work = next((t for t in like.children if t.dep_ == "xcomp" and t.pos_ == "VERB"), None)
    if work is not None and work.lemma_ == "do" and like.dep_ == "csubj":  # "what we'd like to do is …"
        work = next((t for t in like.head.children if t.dep_ in ("xcomp", "attr", "ccomp") and t.pos_ == "VERB"), None)
    if work is None or work.lemma_ in NOT_OFFERED or any(t.dep_ == "nsubj" for t in work.children):
        return None  # "I'd like it to land there": what something else should do
    if any(
        (t.lower_ == "together" and t.head.lemma_ not in ASSEMBLED)
        or (t.lower_ in LISTENERS and t.head.lower_ == "with")
        for t in work.subtree
    ):
        return None  # "I'd love to walk the route with you": a session
    return work
