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

from spacy.tokens import Doc, Token

from pipeline.extract.components import Clause
from pipeline.extract.deadlines import asked_dates
from pipeline.extract.due_spans import day_kept
from pipeline.extract.items import Pending, session
from pipeline.extract.owners import joint
from pipeline.extract.turns import Turn

# the last sentence asks for the time: "When?", "When were you thinking?", "What day suits?", "When's good for you?"
ASKS_WHEN = re.compile(
    r"(?:^|[.!?]\s+|,\s*|\b(?:so|and|okay|then)\s+)(?:when|what\s+(?:day|date|time)|which\s+day)\b[^.?!]{0,40}\?\s*$",
    re.IGNORECASE,
)
# going to the session and arranging it: "I can come up to Halifax", "I'll drive", "we'll find you a room"
SETUP_VERBS = {"come", "go", "drive", "travel", "head", "pop", "ask", "grab", "bring", "meet", "book", "find"}
TOGETHER = {"me", "us"}  # "would you be up for coming down with me?": a session, not a favour
GOING = {"come", "go", "sit", "walk", "visit", "pop", "head", "drive", "travel"}  # "check it with me" is a favour


# willing, not yet committed: "I'd love that", "I'd like to do that", "that would be fun", "go on then", and a yes to
# the idea, not yet to a day: "Yeah, good idea. When?", "Yeah, happy to. When?"
WOULD = re.compile(r"\b(?:i|we|that|it)(?:'d|\s+would)\b", re.IGNORECASE)  # "I'd love that"
WILLING = re.compile(WOULD.pattern + r"|\bgo\s+on\s+then\b|\b(?:good|great)\s+idea\b|\bhappy\s+to\b", re.IGNORECASE)


# only asks when the session is, at the end of the turn: "When?", "When were you thinking?", "What day suits?", "When
# are you up?" (not "Victor, when will that be ready?")
BARE_WHEN = re.compile(
    r"(?:^|[.!?]\s+)(?:so,?\s+|okay,?\s+)?(?:when|what\s+(?:day|date|time)|which\s+day)"
    r"(?:\s+(?:were|are)\s+you\s+(?:thinking(?:\s+of)?|free|up|around|about|down|over|in)"
    r"|\s+(?:suits|works|is\s+good)(?:\s+for)?(?:\s+you)?)?\s*\?\s*$",
    re.IGNORECASE,
)
PROMISED = re.compile(r"\bi(?:'ll|\s+will)\b", re.IGNORECASE)  # "I'll come. What time?"


def asks_when(turn: Turn) -> bool:
    """The turn is willing to hold the session but asks when it is ("Oh, I'd love that. When?", "Go on then. When
    were you thinking?"), and puts no time itself. A firm yes that asks when ("Yes, let's. When?", "Definitely.
    When?", "I'll come. What time?") has taken it already; one with no yes at all ("Ha. When were you thinking?")
    has not yet."""
    text = turn.text.strip()
    firm = turn.opening("ACCEPT", 3) is not None or PROMISED.search(text)
    bare = BARE_WHEN.search(text) is not None and not firm
    return asks_time(turn) and (bool(WILLING.search(text)) or bare)


def asks_time(turn: Turn) -> bool:
    """The reply asks when the session is and puts no time ("Fine. When are they running?"): still open."""
    return not turn.dues and ASKS_WHEN.search(turn.text.strip()) is not None


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
    wish = p.kind == "joint" and p.accepted_at < 0 and not turn.dues and WOULD.search(turn.text)
    if asks_when(turn) or wish:
        # "Yeah, go on then. When?", "Yeah, I'd love that." (the time put after): settled where its time is taken;
        # "Yeah, go on then." has taken it, and so has a second yes once the time is put
        return replace(p, turn=turn.index, addressees=[turn.speaker], owner=owners, accepted_at=first)
    asked = asked_dates(turn) or (turn.dues if turn.is_question() else [])
    if p.kind == "joint" and p.proposer and asked and not turn.opening("ACCEPT", 3):
        # "Thursday any good?", "Next Tuesday... After two?": no yes yet, the time put back to the one who proposed
        # it; settled where they take it ("Yes, definitely. Next Tuesday?" has taken it)
        back = [p.proposer]
        put = next((d for d in reversed(asked) if d.due is not None), None)
        before = [d for d in turn.dues if put is not None and d.end_char <= put.start_char]
        due = day_kept(put, p.due, *before) or p.due
        return replace(
            p, turn=turn.index, proposer=turn.speaker, addressees=back, owner=owners, due=due, accepted_at=first
        )
    waiting = silent(p, turn.speaker, turns) if p.kind == "pair" else []
    if waiting:
        return replace(p, turn=turn.index, addressees=waiting, owner=owners, accepted_at=first)
    return None


def setting_up(c: Clause) -> bool:
    """A clause that goes to or arranges the session being set, not a further piece of work."""
    return c.verb.lemma_ in SETUP_VERBS


WISHES = {"like", "love", "want"}  # "I'd love to walk the route with you"
INVITING = {"want", "like", "fancy"}  # "do you want to come up with me?"
COMING = GOING | {"join", "come"}


def invited(turn: Turn, others: Iterable[str] = ()) -> tuple[Token, str] | None:
    """The verb of a session the speaker puts to the one they talk to, and its task: a wish to do something with
    them ("I'd love to walk the route with you", "I want to sit down with you and go through it", "I'd like to walk
    the orchard with Patrick", one of ``others``, the attendees besides the speaker; "We'd love a site visit with
    Maeve"), an invitation to come along ("do you want to come up with me?", "you should come to the tasting", "why
    don't you come down?", "fancy a trip to the factory?"), or a session asked if they are up for ("would you be up
    for a half-day session with me?", "are you still up for the site visit?"). Not a favour asked ("check the
    figures with me"), nor what we could do if."""
    wished = _pair_wish(turn.doc) or _cleft_wish(turn.doc)
    if wished is not None:
        return wished, _task(wished)
    named = frozenset(others)
    for t in turn.doc:
        if _up_for(t):  # "Stuart, would you be up for a half-day session with me?"
            held = next(o for p in t.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj")
            return t, _session_task(held)
        if t.lemma_ in WISHES and _subject(t) in ("i", "we") and not _conditional(t):
            wanted = next((c for c in t.children if c.dep_ == "dobj" and _session_noun(c)), None)
            if wanted is not None and not any(c.dep_ == "neg" for c in t.children) and _with_one(wanted, t, named):
                return t, _session_task(wanted)  # "We'd love a site visit with Maeve before we lock the plan."
        if _pair_suggested(t, named):  # "I'd suggest Carys and I do a proper review next week."
            met = next((c for c in t.children if c.dep_ == "dobj" and _session_noun(c)), None)
            task = _task(t, named)
            if t.lemma_ in ("do", "have") and met is not None and met.lower_ not in VISITS:
                task = "hold " + task.split(" ", 1)[-1]  # "hold a proper review", as a session is put
            return t, task
        head = t.head if t.dep_ == "xcomp" else t
        subj = _subject(head)
        negated = any(c.dep_ == "neg" for c in head.children)
        asked = t.sent.text.rstrip().endswith("?")
        if t.lower_ == "fancy" and asked and _opens(t):  # "Fancy a day out in Corby?"
            return t, _task(t.head) if t.dep_ == "amod" else _task(t).split(" ", 1)[-1]
        if t.dep_ == "ROOT" and t.lower_ in COMING and asked and not subj and _opens(t) and _somewhere(t):
            return t, _task(t)  # "Come down to the warehouse? I'm there all day."
        if subj == "you" and t.lemma_ in COMING and _wished_if(t) and _place_before(t) is not None:
            return t, _visit_task(t)  # "I'm going up to the showground. Tom, it'd be really useful if you came."
        if t.pos_ != "VERB" or _conditional(head):
            continue
        if subj == "i" and head is not t and head.lemma_ in WISHES and not negated and _with_listener(t):
            return t, _task(t)
        if subj == "i" and head is not t and head.lemma_ in WISHES and not negated and _with_named(t, named):
            return t, _task(t, named)  # "I'd like to walk the orchard with Patrick next week"
        if subj == "you" and t.lemma_ in COMING | {"sit"} and _invites(t, head, asked, negated):
            return t, _where_to(t) or _task(t)
        if _worth_us(t) or (subj == "we" and head is t and _why_not(t) and (_with_listener(t) or _held(t))):
            return t, _task(t)
    return None


# "it'd really help if…", "what would help is if…", "if you and I ran it together, it'd land better": a wish
WISH_IF = re.compile(r"\b(?:it|that|what|this)(?:'d|\s+would)\s+(?:\w+ly\s+)?(?:help|be|land|work|make|go)\b", re.I)
PAIR_IF = re.compile(
    r"\b(?i:if)\s+(?:you\s+and\s+I|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+and\s+I|the\s+two\s+of\s+us)\s+(\w+)"
)


def _where_to(verb: Token) -> str | None:
    """ "I'd rather be at the press check. Nell, you should come.": a bare "come" goes where the turn said before."""
    if any(c.dep_ in ("prep", "prt", "advmod", "dobj", "xcomp", "conj") for c in verb.children):
        return None
    before = [t for t in verb.doc[: verb.sent.start] if t.lower_ in ("at", "to") and t.dep_ == "prep"]
    place = next((c for t in reversed(before) for c in t.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if place is None:
        return None
    return f"{verb.lemma_} to " + " ".join(w.text for w in place.subtree if w.i <= place.i)


HELPFUL = {"useful", "helpful", "great", "good", "brilliant", "lovely", "handy", "ideal", "nice", "amazing"}


def _wished_if(verb: Token) -> bool:
    """ "it'd be really useful if you came", "it would help if you could come along": the listener's coming put as
    what would help (not "it'd be a problem if you came", nor "if you can't come")."""
    if verb.dep_ not in ("advcl", "ccomp") or not any(m.lower_ == "if" and m.dep_ == "mark" for m in verb.children):
        return False
    if any(c.dep_ in ("neg", "dobj") or c.lower_ in AWAY or c.lower_ == "with" for c in verb.children):
        return False  # "if you came back to me on it", "if you came up with a name": no visit
    main = verb.head
    would = any(a.dep_ == "aux" and a.lower_ in ("'d", "would") for a in main.children)
    helps = main.lemma_ == "help" or (
        main.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in HELPFUL for c in main.children)
    )
    return would and helps and any(c.dep_ == "nsubj" and c.lower_ in ("it", "that") for c in main.children)


def _place_before(verb: Token) -> Token | None:
    """The place the speaker said they are going to, before the verb in the turn ("I'm going up to the showground")."""
    before = [t for t in verb.doc[: verb.i] if t.lower_ in ("to", "at") and t.dep_ == "prep"]
    going = [t for t in before if t.head.lemma_ in COMING | {"be"}]
    return next((c for t in reversed(going) for c in t.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)


def _visit_task(verb: Token) -> str:
    """ "visit the showground", with what the visit is for when said ("to check the ground's level"), as short as a
    task is kept."""
    place = _place_before(verb)
    assert place is not None
    where = " ".join(w.text for w in place.subtree if w.i <= place.i)
    task = f"visit {where}"
    why = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"), None)
    if why is not None and any(a.lower_ == "to" and a.dep_ == "aux" for a in why.children):
        words = [w for w in why.subtree if not w.is_punct]
        purpose = " ".join(w.text for w in words).replace(" 's", "'s")
        if len(task.split()) + len(purpose.split()) <= 12:
            task = f"{task} {purpose}"
    return task


def _pair_wish(doc: Doc) -> Token | None:
    """The verb of a session of the speaker and another put as what would help ("It'd really help if you and I sat
    down with them", "what would help is if Owen and I went through them"); not "it'd help if you sent the logos"
    (a request) nor "if you and I had the time" (read from the words: a name before "and I" can break the parse)."""
    for found in PAIR_IF.finditer(doc.text):  # by punctuation: a name in it can break spaCy's sentences
        start = max(doc.text.rfind(p, 0, found.start()) for p in ".?!") + 1
        ends = [e for e in (doc.text.find(p, found.end()) for p in ".?!") if e >= 0]
        if not WISH_IF.search(doc.text[start : min(ends, default=len(doc.text))]):
            continue
        verb = next((t for t in doc if t.idx == found.start(1)), None)
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_ not in ("have", "be"):
            return verb
    return None


# "one thing I'd love to do … is", "something that'd really help me is", "what I'd like is to": a wish put first, the
# work it is after "is" (a name said to the listener may stand before it: "One thing I'd like to do, Owen, is …")
CLEFT_WISH = re.compile(
    r"\b(?i:one thing|something|the thing|what)\b"
    r"(?P<wish>[^.?!]{0,60}?)\s(?i:is)\s+(?:(?i:to)\s+)?(?P<verb>[A-Za-z]+)"
)
WISHED = re.compile(r"(?:'d|\bwould)\s+(?:\w+ly\s+)?(?:love|like|help|want)\b", re.IGNORECASE)


def _cleft_wish(doc: Doc) -> Token | None:
    """The verb of a session with the listener put as the thing the speaker wishes for ("something that would really
    help me is going through the data with you", "one thing I'd like to do, Owen, is get you and me in a room with
    the plan"); not work of the speaker's alone ("one thing I'd love to do is come to one of your tastings") nor
    a thing wished for ("what I'd really like is a proper list")."""
    for found in CLEFT_WISH.finditer(doc.text):
        if not WISHED.search(found.group("wish")):
            continue
        verb = next((t for t in doc if t.idx == found.start("verb")), None)
        if verb is None or verb.pos_ != "VERB" or verb.lemma_ in ("have", "be"):
            continue
        words = {t.lower_ for t in verb.subtree}
        if _with_listener(verb) or ({"you", "and"} <= words and words & {"me", "i"}):
            return verb
    return None


AWAY = {"back", "ahead", "in", "on", "off"}  # "can I come back to you on that?", "could I go ahead?": no visit


PLACES = {"up", "down", "over", "round", "along"}  # "come up to the lab", "pop over"
SEEING = {"see", "look", "visit", "meet", "walk", "check"}  # "could we come and see the shop?"


def visit(verb: Token) -> bool:
    """ "Could I come up to the lab and measure it myself?", "can I pop over on Tuesday?", "could we come and see
    the shop?": the speaker asks to visit the one they talk to, a session of both once they take it."""
    return (
        verb.lemma_ in COMING
        and any(a.dep_ == "aux" and a.lower_ in ("can", "could") for a in verb.children)
        and not any(c.lower_ in AWAY for c in verb.children)
        and (_somewhere(verb) or any(c.dep_ == "conj" and c.lemma_ in SEEING for c in verb.children))
        and not any(c.lower_ == "from" for c in verb.children)  # "can we go from four a month to two?": a change
    )


def _somewhere(verb: Token) -> bool:
    return any(c.lower_ in PLACES or _place(c) for c in verb.children)


def _place(prep: Token) -> bool:
    """ "to the lab", "to yours": where the visit goes, not "to two" (a number)."""
    return prep.lower_ == "to" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") for o in prep.children)


PRONOUNS = {"i", "you", "we"}


def _subject(verb: Token) -> str:
    """The verb's subject pronoun, or its first subject: a name said to the listener may be parsed as a second
    subject ("And Priti, I'd love to…")."""
    subjects = [c.lower_ for c in verb.children if c.dep_ == "nsubj"]
    return next((s for s in subjects if s in PRONOUNS), subjects[0] if subjects else "")


def _why_not(verb: Token) -> bool:
    """ "Why don't we…?" """
    return any(c.lower_ == "why" for c in verb.children) and any(c.dep_ == "neg" for c in verb.children)


def _held(verb: Token) -> bool:
    """The verb's object is a session two people hold ("do a walk-through", "have a proper session")."""
    return any(
        c.dep_ == "dobj" and session(c.doc[c.left_edge.i : c.i + 1].text) for c in verb.children
    )  # "a proper walk-through of the list"


def _worth_us(verb: Token) -> bool:
    """ "It'd be worth the two of us going through the audiences", "it might be worth us doing a handover session":
    a session of the speaker and the listener put as worth doing; "worth us pulling a report" is the side's work."""
    if verb.dep_ not in ("pcomp", "xcomp") or verb.head.lower_ != "worth" or verb.tag_ != "VBG":
        return False
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i] + [
        c for c in verb.head.children if c.dep_ in ("npadvmod", "nsubj", "dobj") and c.i < verb.i
    ]
    pair = any(c.lower_ == "two" and any(w.lower_ == "us" for w in c.subtree) for c in before)
    us = any(c.lower_ == "us" for c in before)
    return pair or (us and (_held(verb) or _with_listener(verb)))


def _opens(t: Token) -> bool:
    """The word opens its sentence, after a name or an "oh" or "so" ("Bryony, fancy a day out?")."""
    return all(w.is_punct or w.pos_ == "PROPN" or w.lower_ in ("so", "oh", "and") for w in t.doc[t.sent.start : t.i])


def _invites(t: Token, head: Token, asked: bool, negated: bool) -> bool:
    """ "Do you want to come…?", "you should come", "why don't you come…?", "would you come along to one?",
    "could you join us for the walk-round?"."""
    why = _why_not(head)
    should = any(c.dep_ == "aux" and c.lower_ == "should" for c in head.children) and not negated
    return (asked and head is not t and head.lemma_ in INVITING and not negated) or should or why or _along(t, asked)


ASKING_MODALS = {"would", "could", "can", "will"}


def asked_along(turn: Turn) -> bool:
    """The turn asks the listener to come along with the speaker ("would you come along to one?", ``_along``)."""
    return any(
        t.lemma_ in COMING | {"sit"} and _subject(t) == "you" and _along(t, t.sent.text.rstrip().endswith("?"))
        for t in turn.doc
    )


def _along(verb: Token, asked: bool) -> bool:
    """ "Yasmin, would you come along to one?", "could you join us on Friday?", "can you come with me?", "would you
    sit in on that?": the listener asked to come with the speaker, not back to them ("would you come back to me on
    the budget?")."""
    if not asked or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ASKING_MODALS for c in verb.children):
        return False
    along = any(c.dep_ in ("prt", "advmod") and c.lower_ == "along" for c in verb.children)
    company = any(
        (c.dep_ == "prep" and c.lower_ == "with" and any(o.lower_ in ("me", "us") for o in c.children))
        or (c.dep_ == "dobj" and c.lower_ in ("me", "us"))
        for c in verb.children
    )
    sat_in = verb.lemma_ == "sit" and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "in" for c in verb.children
    )
    return along or sat_in or (company and verb.lemma_ in ("come", "join"))


def _conditional(verb: Token) -> bool:
    """ "If we had time, we could visit": a clause under "if", or one beside it."""
    return any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in verb.children) or any(
        m.lower_ == "if" for m in verb.children if m.dep_ == "mark"
    )


ASSEMBLED = {"pull", "put", "piece", "cobble", "throw", "knock", "bring"}  # "pull together a review": no company


TALKING = {"talk", "speak", "chat"}  # "I'd love to talk to you": a conversation of both


def _with_listener(verb: Token) -> bool:
    return any(
        (t.lower_ == "with" and any(o.dep_ == "pobj" and o.lower_ == "you" for o in t.children))
        or (t.lower_ == "together" and t.head.lemma_ not in ASSEMBLED)
        or (t.lower_ == "to" and t.head.lemma_ in TALKING and any(o.lower_ == "you" for o in t.children))
        for t in verb.subtree
    )


SUGGESTING = {"suggest", "propose", "recommend", "think", "reckon"}  # "I'd suggest Carys and I do …"
MAYBE = {"should", "could", "might", "can"}  # "Carys and I should do …"


def _named_pair(verb: Token, named: frozenset[str]) -> bool:
    """The verb's subject is an attendee named and the speaker ("Carys and I", "Carys and me")."""
    return any(
        c.dep_ == "nsubj" and _one_named(c, named) and any(j.lower_ in ("i", "me") for j in c.conjuncts)
        for c in verb.children
    )


def _pair_suggested(verb: Token, named: frozenset[str]) -> bool:
    """A session suggested for an attendee named and the speaker ("I'd suggest Carys and I do a proper review",
    "Lucy and I should walk the venue"): a session held or a place gone to, not other work."""
    if verb.pos_ != "VERB" or not (_held(verb) or verb.lemma_ in GOING):
        return False
    return (_named_pair(verb, named) and _suggested(verb)) or _pair_put(verb, named)


def _pair_put(verb: Token, named: frozenset[str]) -> bool:
    """The same read from the words, where the parser split the pair ("I'd suggest Carys Jenkins and I do …":
    the name taken for what is suggested, "I do" a clause of its own)."""
    doc = verb.doc
    for name in named:
        pattern = rf"\b(?:{'|'.join(SUGGESTING)})s?(?:\s+that)?\s+{re.escape(name)}\s+and\s+(?:I|me)\s+"
        pattern += rf"(?:(?:{'|'.join(MAYBE)})\s+)?$"
        if re.search(pattern, doc.text[doc[verb.sent.start].idx : verb.idx]):
            return not any(c.dep_ == "neg" for c in verb.children)
    return False


def _suggested(verb: Token) -> bool:
    """Put as a suggestion, not a promise: "… should/could do", "I'd suggest … do"; not negated, nor under "if"."""
    if any(c.dep_ == "neg" for c in verb.children) or _conditional(verb):
        return False
    maybe = any(c.dep_ == "aux" and c.lower_ in MAYBE for c in verb.children)
    return maybe or (verb.dep_ == "ccomp" and verb.head.lemma_ in SUGGESTING)


def _up_for(t: Token) -> bool:
    """ "would you be up for a half-day session with me?", "are you still up for the site visit?": the listener asked
    whether they will join a session."""
    if t.lemma_ != "be" or _subject(t) != "you" or not t.sent.text.rstrip().endswith("?"):
        return False
    if any(c.dep_ == "neg" for c in t.children) or not any(c.lower_ == "up" for c in t.children):
        return False
    return any(p.lower_ == "for" and any(o.dep_ == "pobj" and _session_noun(o) for o in p.children) for p in t.children)


def up_for_session(doc: Doc) -> str | None:
    """The session the listener is asked if they are up for, as a task ("would you be up for a half-day session
    with me?" -> "hold a half-day session"); None when the turn asks no such thing."""
    for t in doc:
        if _up_for(t):
            held = next(o for p in t.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj")
            return _session_task(held)
    return None


# what two people go to together, put to the listener ("up for a test day with me?", "a store walk with you", "the
# press lunch"), besides the sessions of ``items.session``
GATHERINGS = {"walk", "lunch", "dinner", "breakfast", "coffee", "drinks", "tasting", "trip", "day", "rehearsal",
              "screening", "fitting", "shoot"}  # fmt: skip


def _session_noun(noun: Token) -> bool:
    """ "a site visit", "the press lunch"; "a store walk" (the tagger may take "walk" for a verb, with its article)."""
    named = noun.pos_ == "NOUN" or (noun.dep_ in ("dobj", "pobj") and any(c.dep_ == "det" for c in noun.children))
    return named and (session(noun.lower_) or noun.lower_ in GATHERINGS)


VISITS = {"visit", "recce", "tour", "walk-through", "walkthrough", "look", "run-through", "walk", "trip"}  # "do …"


def _session_task(noun: Token) -> str:
    """ "a half-day session" -> "hold a half-day session"; "the site visit" -> "do the site visit"."""
    words = [w for w in noun.subtree if w.i <= noun.i and not (w.is_punct and w.text != "-")]
    text = " ".join(w.text for w in words).replace(" - ", "-")
    return f"{'do' if noun.lower_ in VISITS else 'hold'} {text}"


def _with_one(noun: Token, verb: Token, named: frozenset[str]) -> bool:
    """The session is with the listener or an attendee named: "a site visit with you", "with Maeve"."""
    return any(
        p.lower_ == "with" and any(o.dep_ == "pobj" and (o.lower_ == "you" or _one_named(o, named)) for o in p.children)
        for h in (noun, verb)
        for p in h.children
    )


def _one_named(tok: Token, named: frozenset[str]) -> bool:
    """ "Lucy Tam" (of "with Lucy Tam", "Lucy Tam and I"): an attendee's name, the words before the noun with it."""
    words = [w for w in tok.lefts if w.dep_ == "compound" and w.pos_ == "PROPN"] + [tok]
    return tok.pos_ == "PROPN" and " ".join(w.text for w in words) in named


def _with_named(verb: Token, named: frozenset[str]) -> bool:
    """ "walk the orchard with Patrick": the verb done with an attendee named (not "with Sarah from our team", who is
    not on the call)."""
    things = [c for c in verb.children if c.dep_ == "dobj"]  # "walk the store with Lucy": the parser may hang it
    things += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]  # on the thing
    return any(
        p.lower_ == "with" and p.dep_ == "prep" and any(o.dep_ == "pobj" and _one_named(o, named) for o in p.children)
        for h in [verb, *things]
        for p in h.children
    )


def _task(verb: Token, named: frozenset[str] = frozenset()) -> str:
    """The words of the session from its verb on, without "with you/me" (or an attendee ``named``), names said to
    the listener or the end."""
    drop: set[int] = set()
    for t in verb.subtree:
        if t.lower_ == "with" and any(
            o.dep_ == "pobj" and (o.lower_ in ("you", "me", "us") or _one_named(o, named)) for o in t.children
        ):
            drop.update(w.i for w in t.subtree)
        if (t.dep_ == "npadvmod" and t.ent_type_ == "PERSON") or (t.is_punct and t.i > verb.i):
            drop.update(w.i for w in t.subtree)
        if t.head == verb and _when(t):  # "walk the site with me Thursday": its day is the item's due date
            drop.update(w.i for w in t.subtree)
    kept = [t for t in verb.subtree if t.i >= verb.i and t.i not in drop]
    past = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj"}  # "if you and I sat down and went through it"
    return " ".join(
        t.lemma_ if (t.tag_ == "VBG" and k < 2) or (t.tag_ == "VBD" and t.i in past) else t.text
        for k, t in enumerate(kept)
    )


def _when(t: Token) -> bool:
    """A phrase that only says when ("Thursday", "on the 12th", "next week")."""
    words = [w for w in t.subtree if not w.is_punct]
    dated = [w for w in words if w.ent_type_ in ("DATE", "TIME")]
    return t.dep_ in ("npadvmod", "tmod", "prep") and bool(dated) and len(dated) >= len(words) - 1


def invitation(turn: Turn, listener: str | None, others: Iterable[str] = ()) -> Pending | None:
    """The session a turn puts to ``listener`` (or to whoever answers, or the attendee of ``others`` it is wished
    with: "I'd like to walk the orchard with Patrick") as a wish or an invitation (``invited``), open as a joint item
    until it is taken."""
    found = invited(turn, others)
    if found is None or turn.speaker is None:
        return None
    verb, task = found
    due = next((d for d in turn.dues if d.due is not None and d.start_char >= verb.sent.start_char), None)
    withs = [n for n in others if n in " ".join(t.text for t in verb.subtree)]
    listener = listener or (withs[0] if len(withs) == 1 else None)
    listeners = [listener] if listener else []
    return Pending("joint", turn.index, turn.speaker, listeners, task, "invite_joint", due)


# "Oh, I'd love that.", "That would be brilliant." (not "I'd rather not", "that would be a stretch")
GLAD = re.compile(
    r"^\W*(?:oh,?\s+)?(?:i|that|it)(?:'d|\s+would)\s+(?:love|like|enjoy|be\s+(?:great|lovely|brilliant|fun|good))\b",
    re.IGNORECASE,
)


def taken(turn: Turn) -> bool:
    """The reply takes a session put to it: an acceptance opening one of its sentences ("I'm free Monday. Let's do
    it.", "Tuesday the 9th. Yeah, go on then."), a glad wish ("Oh, I'd love that."), or it asks when
    (``asks_when``); not a refusal."""
    if turn.opening("DECLINE", 3) or turn.cues("DECLINE"):
        return False
    starts = {s.start for s in turn.doc.sents}
    opens = any(c.start - s <= 2 for c in turn.cues("ACCEPT") for s in starts if c.start >= s)
    return opens or asks_when(turn) or bool(GLAD.search(turn.text)) or _time_taken(turn) or _yes_after_time(turn)


def _yes_after_time(turn: Turn) -> bool:
    """The reply opens by taking the time put and says yes after it ("Tuesday evening's fine, let's do it. Come round
    to the side door."): the session taken, however much the turn goes on to say."""
    first = next(iter(turn.doc.sents), None)
    if first is None:
        return False
    fine = [
        c.end
        for c in turn.cues("AGREE_ACCEPT")
        if c.id_ == "x_is_fine" and c.start - first.start <= TIME_WORDS and c.end <= first.end
    ]
    return bool(fine) and any(min(fine) <= c.start < first.end for c in turn.cues("ACCEPT"))


def _time_taken(turn: Turn) -> bool:
    """The reply opens by taking the hour put ("Nine's fine.", "Nine works."): the session taken. A day taken
    ("Thursday's good.") is a dated reply, read as one (``CommitmentTracker._resolve_pending``)."""
    first = next(iter(turn.doc.sents), None)
    return (
        first is not None
        and not turn.dues
        and any(
            c.id_ == "x_is_fine" and c.start - first.start <= TIME_WORDS and c.end <= first.end
            for c in turn.cues("AGREE_ACCEPT")
        )
    )


TIME_WORDS = 4  # words a time said back may take before "'s fine" / "works" ("Half past nine's fine.")
