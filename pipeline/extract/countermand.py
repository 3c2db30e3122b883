"""Work called off a few turns after it was taken on.

"Can you release the hold on the venue?" "Sure, I'll release it today." … "Actually, don't release it yet.": the
one who asked tells the owner not to do that work after all, in a bare "don't <verb> it" or "forget
(about) <the thing>" with nothing more said of how it is to be done. The item goes (GUIDELINES §4: declined and
withdrawn requests are no items). Not a change to the work ("Don't send it to the whole team, just me."), not
"don't forget to …", and not the owner putting their own work off ("I won't release it yet" answers the call-off).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.items import Item
from pipeline.extract.offers import content_words
from pipeline.extract.turns import Turn

REACH = 4  # turns after the item in which it may still be called off
# what a bare call-off may say besides its verb and thing: "Actually, don't release it yet.", "Don't book them just
# now, please."
LEAVE_WORDS = frozenset({"yet", "now", "actually", "just", "then", "anymore", "please", "after", "all", "for", "sorry"})
FORGETTING = frozenset({"forget", "scrap", "drop", "park"})  # "Forget the photographer for now."
WAITING = frozenset({"wait", "hold", "see"})  # "…, let's wait until the date is fixed", "…, we'll see"
THING_PRONOUNS = frozenset({"it", "them", "that", "this", "those", "these"})


def called_off(items: list[Item], turn: Turn) -> Item | None:
    """The item, taken on in the last ``REACH`` turns by someone else, that this turn's speaker, the one who asked
    for it, calls off."""
    if turn.speaker is None:
        return None
    for sent in turn.doc.sents:
        said = _call_off(sent)
        if said is None:
            continue
        verb, things = said
        for item in reversed(items):
            if not 0 < turn.index - item.turn <= REACH or not _may_call_off(item, turn):
                continue
            if _same_work(item.task, verb, things):
                return item
    return None


def _may_call_off(item: Item, turn: Turn) -> bool:
    """Only the one who asked for the work calls it off (not anyone else on their side: on a meeting nobody here
    had read, that took away work that stood)."""
    owners = item.owner if isinstance(item.owner, list) else [item.owner]
    return turn.speaker not in owners and item.speaker != turn.speaker and item.requester == turn.speaker


def _call_off(sent: Span) -> tuple[Token, list[Token]] | None:
    """The verb and things of a sentence that is only a call-off: "don't <verb> it (yet)", "forget (about) the
    photographer (for now)"; None for anything else."""
    if sent.text.rstrip().endswith("?"):
        return None
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return None
    negated = any(c.dep_ == "neg" for c in root.children) and any(
        c.dep_ == "aux" and c.lower_ == "do" for c in root.children
    )
    if not (negated or (root.lemma_ in FORGETTING and root.i == _first_word(sent).i)):
        return None
    if negated and root.lemma_ in ("forget", "worry", "bother", "hesitate"):
        return None  # "Don't forget to send it": a reminder; "don't worry": ``withdraw_other`` in the cue rules
    things: list[Token] = []
    for c in root.children:
        if c.dep_ in ("aux", "neg", "punct", "intj") or c.lower_ in LEAVE_WORDS:
            continue
        if c.dep_ == "dobj":
            things.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("about", "on") and root.lemma_ in FORGETTING:
            things.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "prep" and all(t.lower_ in LEAVE_WORDS for t in c.subtree):
            continue  # "for now"
        elif c.dep_ in ("advmod", "npadvmod") and c.i < root.i:
            continue  # "Actually, …", "Hmm, …"
        elif c.i > root.i and sent.doc[c.left_edge.i - 1].text == "," and any(t.lemma_ in WAITING for t in c.subtree):
            continue  # "…, let's wait until the date is fixed": why, not how
        else:
            return None  # "Don't send it to the whole team": how it is done, not whether
    return (root, things) if things or negated else None


def _first_word(sent: Span) -> Token:
    """The first word of ``sent`` after any lead-in said before a comma ("Okay, forget the photographer")."""
    words = [t for t in sent if not t.is_punct]
    commas = [t.i for t in sent if t.text == ","]
    after = [t for t in words if commas and t.i > commas[0]]
    return words[0] if len(words) < 2 or words[0].i == sent.root.i or not after else after[0]


def _same_work(task: str, verb: Token, things: list[Token]) -> bool:
    """ "release the hold on the Foundry" called off by "don't release it" (its verb) or "forget the hold" (its
    thing)."""
    words = task.split()
    if not words:
        return False
    named = {w for t in things if t.lower_ not in THING_PRONOUNS for w in content_words(_phrase(t))}
    if verb.lemma_ in FORGETTING:
        return bool(named & content_words(task))
    same_verb = words[0].lower() == verb.lemma_.lower()
    return same_verb and (not named or bool(named & content_words(task)))


def _phrase(tok: Token) -> str:
    return " ".join(t.text for t in tok.subtree)
