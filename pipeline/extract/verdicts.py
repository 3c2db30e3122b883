"""Decisions a speaker states in their own words once the talk has come round (read by ``agreements``):

* a verdict drawn from what was said: "Then it's illustration throughout.", "Then no creative at stage one.";
* an acceptance followed by the decision itself, said outright: "Okay. I'm persuaded. Professional voiceover for
  the end line, not the dad.", "If the screens stay, I'm comfortable. Move it to the Orchard.".

Both name something the others had just been discussing; an acceptance followed by the next agenda item ("Fine.
Next, the posters.") or by the speaker's own task ("Fine. I'll send it over.") is neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extract.turns import Turn, speaker_words

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


NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _things(span: Span | Turn) -> set[str]:
    """The nouns and names said, and adjectives standing for a thing ("the original comes down")."""
    doc = span.doc if isinstance(span, Turn) else span
    return {
        t.lemma_.lower()
        for t in doc
        if (t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.dep_ in NOMINAL)) and not t.is_stop
    }


def _discussed(turns: list[Turn], k: int) -> set[str]:
    return set().union(*(_things(turns[j]) for j in range(max(0, k - TALK_REACH), k)))


JUDGED = frozenset(
    "wrong right fine okay ok late early tight impossible possible easy hard difficult worse better too".split()
)


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
        # not "Then it's a problem.", "Then it's wrong for New Jersey.": a judgement of how things stand
        named = [t.lower_ for t in words[3:4]] not in (["a"], ["an"]) and not any(
            t.lower_ in JUDGED for t in words[3:4]
        )
        said = (rest[:2] in (["it", "'s"], ["it", "is"]) and named) or rest[0] == "no"
        if said and _things(sent) & _discussed(turns, k):
            return sent.text.strip()
    return ""


# someone not in the room left to put up with the decision: "He'll have to lump it.", "She'll live.", "They'll get
# over it.": the client has overruled them, and the turn's other sentences say what stands
OVERRULES = re.compile(
    r"^(?:well,? |oh,? )?(?:he|she|they)(?:'ll| will) (?:just )?(?:have to )?"
    r"(?:lump it|live with it|live|cope|get over it|survive|deal with it|come round|come around|accept it)[.!]?$",
    re.IGNORECASE,
)


def overruled(turns: list[Turn], k: int) -> str:
    """The client's turn that leaves someone else to put up with it ("He'll have to lump it.") and states what is
    decided in its other sentences, naming what the turns before discussed ("Yeah. No. He'll have to lump it.
    Standing, canapés and bowl food for everyone."): those sentences; "" if none. Not the agency's turn, nor one
    whose other sentences are only a yes or no, the speaker's own ("I know.", "I'll tell him."), or a question."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client":
        return ""
    sents = list(turn.doc.sents)
    if not any(OVERRULES.match(s.text.strip()) for s in sents):
        return ""
    discussed = _discussed(turns, k)
    stated = [
        s
        for s in sents
        if not OVERRULES.match(s.text.strip())
        and sum(not t.is_punct for t in s) >= 3
        and not s.text.rstrip().endswith("?")
        and not any(t.lower_ in ("i", "you", "me", "please") for t in s)
        and _things(s) & discussed
    ]
    return " ".join(s.text.strip() for s in stated)


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
    return order or phrase or stays or _so_we(words) or _none_of(words)


# "No worries.", "No idea.": "no" and a noun that says nothing was ruled out
NO_IDIOMS = frozenset(
    "bother chance clue comment comments difference doubt excuses fear harm hurry idea joke kidding luck matter need "
    "news offence offense one point pressure problem problems promise promises question questions reason rush shame "
    "stress surprise surprises thanks thing time way wonder worries worry".split()
)
NONE_WORDS = 4  # words at most: "No weather line.", "No salary in the ads."


def _none_of(words: list[Token]) -> bool:
    """ "Okay, fair. No weather line.": a bare "No X." that rules out a thing, said as a sentence of its own after an
    acceptance (the thing must be one discussed, ``stated_after``); not an idiom ("No worries.", "No idea why."), nor a
    phrase that goes on ("No rain forecast for tomorrow, anyway.")."""
    if not 2 <= len(words) <= NONE_WORDS or words[0].lower_ != "no":
        return False
    root = words[0].sent.root
    return (
        root.pos_ in ("NOUN", "PROPN")
        and root.lower_ not in NO_IDIOMS
        and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP") or t.i == words[0].i for t in words)
    )


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


def stated_after(turns: list[Turn], k: int, accept: Span, committed: Callable[[int], bool] = lambda _j: False) -> str:
    """The sentence after an acceptance that states what is decided, naming what was discussed; "" if none. Said by
    the client, who has the say; the agency presenting ("Yeah. So CTV goes to forty-five.") decides nothing. The
    order an acceptance opens ("Yeah, close it on the twelfth.") counts unless it takes up work offered or promised
    in the two turns before (``committed``: "I can send it Friday." "Yeah, send it Friday." is the item)."""
    turn = turns[k]
    if turn.speaker is None or turn.side == "agency" or turn.cues("RECAP"):
        return ""
    # "Let me just play back what we've got.": a recap, not a decision; the call run after what is stated ("… the
    # original comes down. But I want to see the new one.") leaves it stated
    running = [d.start for d in turn.cues("DISTRACTOR") if d.id_.startswith("in_meeting")]
    discussed, put = _discussed(turns, k), _verbs(turns, k)
    for whole in turn.doc.sents:
        if any(i < whole.end for i in running):
            return ""
        rest = _rest_of(whole, accept)  # "Yeah, close it on the twelfth.": the order the acceptance opens
        if whole.start < accept[-1].sent.end and (rest is None or any(committed(j) for j in (k - 1, k - 2) if j >= 0)):
            continue
        sent = whole if rest is None else rest
        if _states(sent, put, _restates(sent, turns, k)) and _things(sent) & discussed:
            return sent.text.strip()
    return ""


# what now happens to a thing, said in the present: "Awards move to the closing session.", "The launch goes to May."
OUTCOME_LEMMAS = frozenset("move go shift switch stay land".split())


def outcome_restated(turns: list[Turn], k: int, accept: Span) -> str:
    """The client's sentence after an acceptance that says in the present where a thing now moves, goes or stays,
    naming two or more of the things another speaker proposed ("I'd put the prizes on stage at the close." …
    "Okay. Prizes move to the close on stage."): that proposal, settled; "" if none. Not what "I", "you" or "we"
    do, nor a sentence with an auxiliary, a negation or a clause of its own ("If it goes well, …"), nor a question."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client" or turn.cues("RECAP"):
        return ""
    discussed = _discussed(turns, k)
    for sent in turn.doc.sents:
        if sent.start < accept[-1].sent.end or sent.text.rstrip().endswith("?"):
            continue
        root, kids = sent.root, list(sent.root.children)
        if root.tag_ not in ("VBZ", "VBP") or root.lemma_ not in OUTCOME_LEMMAS:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark", "neg", "advcl", "ccomp", "xcomp") for c in kids):
            continue
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ in ("prep", "prt") for c in kids):
            continue
        if _restates(sent, turns, k) and _things(sent) & discussed:
            return sent.text.strip()
    return ""


def _rest_of(sent: Span, accept: Span) -> Span | None:
    """What the acceptance's own sentence says after it, when the acceptance opens it and a comma closes it ("Yeah,
    close it on the twelfth." -> "close it on the twelfth."); None otherwise."""
    if accept.start != sent.start or accept.end >= sent.end - 1 or sent.doc[accept.end].text != ",":
        return None
    return sent.doc[accept.end + 1 : sent.end]


# words that frame a verdict without saying what it takes: "Yes, route two.", "Go on then, the bowl food.", "B. Done."
FRAME = frozenset("yes yeah yep so fine okay ok right alright then well go on done please great perfect lovely".split())
# the frame must take something: "Yes, route two.", "Perfect. So, two…", "B, with A's end line. Done."; not "The
# price lock, yeah." (what matters to them) nor "Bowl food. Seated lunches kill the networking." (a preference)
TAKING = frozenset("yes yeah yep fine okay ok alright perfect great lovely".split())
CLOSING = frozenset("done deal agreed sold".split())
FRAGMENT_WORDS = 6  # what a verdict names, at most (articles and "'s" aside)
LEAD_WORDS = 3  # a sentence before the verdict may only be this short ("Ooh.", "Yes.", "I'll survive.")
NAMED_REACH = 3  # turns back in which the option a verdict names must have been put
OPTION_REACH = 8  # turns back in which options or routes, named by number or letter, may have been laid out
OPTION_WORDS = frozenset("option options route routes version versions".split())
PUT_WORDS = OPTION_WORDS | {"or"}
COMMITTING = frozenset("will 'll wo".split())  # "we'll add it": work promised, not an option put
WH = frozenset("what how when where who why".split())


def _core(sent: Span) -> list[Token]:
    """The sentence without the words that frame it and its punctuation."""
    words = [t for t in sent if not t.is_punct]
    while words and words[0].lower_ in FRAME:
        words = words[1:]
    while words and words[-1].lower_ in FRAME:
        words = words[:-1]
    if [t.lower_ for t in words[:2]] == ["let", "'s"] and len(words) > 3 and words[2].lower_ in LETS_NAMING:
        words = words[3:]  # "Yes, let's do location.": the option taken, named after "let's do"
    return words


LETS_NAMING = frozenset({"do", "have"})  # "let's do X", "let's have X": X the option named


def _puts(sent: Span) -> bool:
    """A sentence that puts something to choose or take: options, a proposal, what we or I would or could do (not
    what we will), an order."""
    return (
        any(t.lower_ in PUT_WORDS or (t.tag_ == "MD" and t.lower_ not in COMMITTING) for t in sent)
        or (sent.root.tag_ == "VB" and sent.root.i == sent.start)
        or any(t.lower_ == "suggest" for t in sent)
    )


def _put_before(turns: list[Turn], k: int, word: str) -> bool:
    """Another speaker put ``word`` in a sentence that offers it in the turns just before ``k``; an option named by
    number or letter ("two", "b") was put when options or routes were laid out a little further back."""
    me = turns[k].speaker
    for j in range(max(0, k - OPTION_REACH), k):
        if turns[j].speaker == me:
            continue
        for sent in turns[j].doc.sents:
            said = word in {t.lower_.rstrip(".") for t in sent}
            if said and j >= k - NAMED_REACH and _puts(sent):
                return True
            if (len(word) == 1 or word in NUMBERS) and any(t.lower_ in OPTION_WORDS for t in sent):
                return True
    return False


NUMBERS = frozenset("one two three four five".split())


def _taken(sents: list[Span], i: int, core: list[Token]) -> bool:
    """The verdict in sentence ``i`` is framed as taken: an accepting word before what it names, in its sentence or a
    short one before it ("Ooh. Yes. B…"), or a closing word after it ("B, with A's end line. Done.")."""
    before = [t.lower_ for t in sents[i] if t.i < core[0].i]
    before += [t.lower_ for s in sents[max(0, i - 2) : i] for t in s]
    after = [t.lower_ for s in sents[i + 1 : i + 2] for t in s if not t.is_punct]
    go_on = "go" in before and "on" in before
    return go_on or bool(TAKING & set(before)) or (bool(after) and set(after) <= CLOSING)


def _decides(turn: Turn) -> bool:
    """A turn that settles something itself: a ratifying or accepting cue, or "let's …"."""
    said = [t.lower_ for t in turn.doc]
    lets = any(w == "let" and said[i + 1 : i + 2] == ["'s"] for i, w in enumerate(said))
    return lets or bool(turn.cues("AGREE") or turn.cues("AGREE_ACCEPT"))


def named_verdict(turns: list[Turn], k: int) -> str:
    """The client taking an option by naming it, with no verb of its own, once options or a proposal were put by the
    other side: "Yes, route two.", "B, with A's end line. Done.", "Perfect. So, two, with a bigger product.", "Go on
    then, the bowl food."; it may follow a short sentence ("Ooh.", "I'll survive."). Stated as "We go with …"; ""
    if none. Not a new point ("Next, the posters.", "So, the posters. Where are we?"), a time ("Thursday, then."),
    an answer to a question of fact ("How many screens?" "Two, with a spare."), a person, nor a fact acknowledged
    ("…Quebec's handled by Boréal." "Right, yes, Boréal."), nor seconding a decision just taken."""
    turn = turns[k]
    if turn.speaker is None or turn.side == "agency" or turn.is_question() or k == 0:
        return ""
    prev = turns[k - 1]
    asked = [s for s in prev.doc.sents if s.text.rstrip().endswith("?")]
    if asked and asked[-1][0].lower_ in WH:
        return ""
    if prev.speaker != turn.speaker and prev.side != "agency" and _decides(prev):
        return ""  # "Let's do the atrium." "Yeah. Atrium.": seconding a decision just taken on the client's side
    sents = list(turn.doc.sents)
    names = speaker_words(turns)
    for i, sent in enumerate(sents[:3]):
        if i and sum(1 for t in sents[i - 1] if not t.is_punct) > LEAD_WORDS:
            return ""
        first = next((t for t in sent if not t.is_punct), None)
        core = _core(sent)
        size = sum(1 for t in core if t.pos_ not in ("DET", "PART"))
        if first is None or first.lower_ in AGENDA or not core or size > FRAGMENT_WORDS:
            continue
        if any(t.pos_ in ("VERB", "AUX", "PRON", "INTJ") or t.ent_type_ in ("DATE", "TIME") for t in core):
            continue
        head = core[0] if core[0].lower_ not in ("the", "a") or len(core) == 1 else core[1]
        person = head.lower_ in names or head.ent_type_ == "PERSON"  # "Owen, please.": who does it
        if head.pos_ not in ("NOUN", "PROPN", "NUM", "X") or person or head.lower_ in WHEN:
            continue
        key = next((t for t in core[core.index(head) :] if t.pos_ in ("ADP", "CCONJ") or t.is_punct), None)
        named = core[core.index(head) : core.index(key) if key is not None else len(core)]
        later = sents[i + 1 :]
        if any(s.text.rstrip().endswith("?") for s in later) or not _taken(sents, i, core):
            continue
        if _put_before(turns, k, named[-1].lower_):
            start, end = core[core.index(head) - (head is not core[0])].i, core[-1].i + 1
            chosen = turn.doc[start:end].text
            bare = head.pos_ == "NUM" and head.i == start  # "Two, with a bigger product." -> "two, with…"
            return f"We go with {chosen[:1].lower() + chosen[1:] if bare else chosen}."
    return ""
