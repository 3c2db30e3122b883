"""Decisions a speaker states in their own words once the talk has come round (read by ``agreements``):

* a verdict drawn from what was said: "Then it's illustration throughout.", "Then no creative at stage one.";
* an acceptance followed by the decision itself, said outright: "Okay. I'm persuaded. Professional voiceover for
  the end line, not the dad.", "If the screens stay, I'm comfortable. Move it to the Orchard.".

Both name something the others had just been discussing; an acceptance followed by the next agenda item ("Fine.
Next, the posters.") or by the speaker's own task ("Fine. I'll send it over.") is neither.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.turns import Turn

TALK_REACH = 5  # turns back in which what a verdict names must have been said
AGENDA = frozenset("next now moving anyway finally also".split())
NOT_ORDERS = frozenset("let see look hang wait give tell bear hold thank sorry go".split())
CONTRAST = frozenset("not instead only rather".split())
WHEN = frozenset("morning afternoon evening monday tuesday wednesday thursday friday week tomorrow today".split())
STAYS = frozenset("stays stay".split())
IN_OR_OUT = frozenset("in out back".split())
BE = frozenset(["'s", "is", "are", "'re"])  # "disco's in" is parsed as a possessive
# orders that keep or drop something, which decide even when said after what is kept ("Classic and the spritz,
# lose the negroni.")
KEEP_OR_DROP = frozenset("keep lose drop cut ditch bin scrap add swap".split())


def _things(span: Span | Turn) -> set[str]:
    doc = span.doc if isinstance(span, Turn) else span
    return {t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN") and not t.is_stop}


def _discussed(turns: list[Turn], k: int) -> set[str]:
    return set().union(*(_things(turns[j]) for j in range(max(0, k - TALK_REACH), k)))


def then_verdict(turns: list[Turn], k: int) -> str:
    """A sentence of the client's opening "Then it's X" or "Then no X" that names what the turns before discussed
    (not "Then it's a question of budget."); "" if none."""
    turn = turns[k]
    if turn.speaker is None or turn.side == "agency":
        return ""
    for sent in turn.doc.sents:
        words = [t for t in sent if not t.is_punct and t.lower_ not in ("right", "okay", "ok", "so", "well")]
        if len(words) < 3 or words[0].lower_ != "then" or sent.text.rstrip().endswith("?"):
            continue
        rest = [t.lower_ for t in words[1:3]]
        named = [t.lower_ for t in words[3:4]] not in (["a"], ["an"])  # not "Then it's a problem."
        said = (rest[:2] in (["it", "'s"], ["it", "is"]) and named) or rest[0] == "no"
        if said and _things(sent) & _discussed(turns, k):
            return sent.text.strip()
    return ""


def _verbs(turns: list[Turn], k: int) -> set[str]:
    me = turns[k].speaker
    return {t.lemma_ for j in range(max(0, k - TALK_REACH), k) if turns[j].speaker != me for t in turns[j].doc
            if t.pos_ == "VERB"}  # fmt: skip


RESTATE_REACH = 8  # turns back in which the proposal a reply restates may have been made


def _restates(sent: Span, turns: list[Turn], k: int) -> bool:
    """The sentence names two or more of the things an earlier proposal by another speaker put ("I'd want another two
    and a half, mostly Spark Ads." … "Fine. Extra two and a half K, mostly Spark Ads.")."""
    mine = _things(sent)
    others = (turns[j] for j in range(max(0, k - RESTATE_REACH), k) if turns[j].speaker != turns[k].speaker)
    proposals = (t for t in others if t.cues("PROPOSAL") or any(w.tag_ == "MD" for w in t.doc))
    return len(mine) >= 2 and any(len(mine & _things(t)) >= 2 for t in proposals)


def _states(sent: Span, put: set[str], restated: bool = False) -> bool:
    """A sentence that states a decision outright: an order ("Move it to the Orchard."), a bare phrase of what
    is settled ("Professional voiceover, not the dad.") or what stays, goes, is in or out ("Silent disco's in.")."""
    words = [t for t in sent if not t.is_punct]
    if len(words) < 2 or sent.text.rstrip().endswith("?") or words[0].lower_ in AGENDA:
        return False
    if words[0].lower_ in WHEN:
        return False  # "Friday morning, not Thursday.": the time of some work or a session
    if any(t.lower_ in ("i", "you", "me", "please") for t in words):
        return False  # "I'll send it over", "You can go", "Send it to me first, please.": an item, a remark, a request
    root = sent.root
    order = root.tag_ == "VB" and root.i == words[0].i and root.lemma_ not in NOT_ORDERS
    order = order and root.lemma_ in put and any(c.dep_ in ("dobj", "prep", "prt") for c in root.children)
    order = order and not any(c.dep_ == "prt" and c.lower_ in ("on", "along") for c in root.children)  # "Move on."
    order = order or (
        root.tag_ == "VB"
        and root.lemma_ in KEEP_OR_DROP
        and any(c.dep_ == "dobj" for c in root.children)
        and not any(c.dep_ in ("aux", "mark") for c in root.children)
    )
    nouns = sum(t.pos_ in ("NOUN", "PROPN") for t in words)
    contrast = any(t.lower_ in CONTRAST for t in words[1:])  # "An actor, not the founder.", not "Morning, Grace."
    phrase = root.pos_ in ("NOUN", "PROPN", "NUM") and not any(t.pos_ == "AUX" for t in words) and nouns >= 2
    phrase = phrase and (contrast or restated)
    stays = any(
        t.i > words[0].i and (t.lower_ in STAYS or (t.lower_ in IN_OR_OUT and t.nbor(-1).lower_ in BE)) for t in words
    )  # "Silent disco's in.", "The webinar stays.", not "a presentation in Harrogate"
    stays = stays and len(words) <= 12
    return order or phrase or stays or _so_we(words)


NOT_DECIDED = frozenset("need want think know have hope feel see mean like love get agree be guess reckon".split())


def _so_we(words: list[Token]) -> bool:
    """ "So we launch May twenty-sixth with the core pages.": what we now do, said flat in the present after "so";
    not "So we need…" or "So we'll see." (a need, a future, a hedge)."""
    if len(words) < 3 or [t.lower_ for t in words[:2]] != ["so", "we"]:
        return False
    verb = words[2]
    return verb.tag_ == "VBP" and verb.dep_ == "ROOT" and verb.lemma_ not in NOT_DECIDED


OPENS = frozenset("okay ok fine right yes yeah alright".split())
# a first sentence that only agrees, with no cue of its own: "I agree.", "Fair enough.", "Makes sense."
AGREEING = frozenset(["i agree", "agree", "i agree with that", "fair enough", "makes sense", "that makes sense"])


def opens_accepting(turn: Turn) -> Span | None:
    """The first sentence of a turn that opens "Okay." / "Fine, …" or only agrees ("I agree.", "Fair enough."): an
    acceptance without a cue of its own."""
    first = next(iter(turn.doc.sents), None)
    if first is None:
        return None
    words = " ".join(t.lower_ for t in first if not t.is_punct)
    return first if first[0].lower_ in OPENS or words in AGREEING else None


def stated_after(turns: list[Turn], k: int, accept: Span) -> str:
    """The sentence after an acceptance that states what is decided, naming what was discussed; "" if none. Said by
    the client, who has the say; the agency presenting ("Yeah. So CTV goes to forty-five.") decides nothing."""
    turn = turns[k]
    if (
        turn.speaker is None
        or turn.side == "agency"
        or turn.cues("RECAP")
        or any(d.id_.startswith("in_meeting") for d in turn.cues("DISTRACTOR"))
    ):
        return ""  # "Let me just play back what we've got.": a recap, not a decision
    discussed, put = _discussed(turns, k), _verbs(turns, k)
    for sent in turn.doc.sents:
        after = sent.start >= accept[-1].sent.end
        if after and _states(sent, put, _restates(sent, turns, k)) and _things(sent) & discussed:
            return sent.text.strip()
    return ""
