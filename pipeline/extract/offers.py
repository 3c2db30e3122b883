"""Offers and promises that change hands after they are made.

Offers left open: "Want me to mock up an end frame?" answered with "Let me see the cost side first." is not
declined, it waits. A later turn by someone else that takes it up by naming it ("Yes please to the end frame
thing.", "Do the 3D thing.", "Yes to the shortlist.") makes it an item at the offer turn, owned by whoever offered.
An offer nobody names again stays out of the report. An item is taken back a turn or two later by its owner ("Oh,
yes. Ignore me then.") or by the person it was for ("No, don't worry, I'll handle finance."); an acceptance is
taken back in the same breath ("Yeah, I can, actually, no, …").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import get_args

from spacy.tokens import Span, Token

from pipeline.extract.antecedents import WEAK_NOUNS, article_lowered
from pipeline.extract.components import Clause
from pipeline.extract.dates import DueMatch
from pipeline.extract.fact_dates import fact_date
from pipeline.extract.items import Item, Pending, clause_due, session, usable
from pipeline.extract.turns import Turn
from pipeline.schemas import Side

YES_TO = re.compile(r"\byes(?:,)?(?: please)?(?:,)? to\b", re.IGNORECASE)  # "yes please to the end frame thing"
LETS_DO = re.compile(r"\blet's (?:do|see|have|get) (?:the|that|your)\b", re.IGNORECASE)  # "let's see the mock-up"
# "And Kenji, actually, do the competitor thing.": the parser reads this "do" as an auxiliary of the noun after it
WHEN_ASKED = 4  # words of a question that only asks when: "Friday?", "By the tenth?", "End of next week?"
TAKE_ON_TURNS = 3  # a declined request can be taken on this many turns later
PARKED_TURNS = 90  # how long an offer left open can still be taken up: the rest of a long call
_STOP = frozenset(
    "a an the and or of to for on in at with it this that those these some any your our my their his her its "
    "quick quickly just little bit thing one up out over together go have do get make take".split()
)


# an offer that leaves the work to the listener if they would rather ("Shall I book her, or do you want to?")
OR_YOURS = re.compile(
    r"\bor\s+(?:would|do|will|shall|should|can|are)\s+you(?:\s+guys)?(?:\s+(?:rather|prefer|want|wanna|like)(?:\s+to)?)?"
    r"(?:\s+(?:do|take|handle|sort|doing|taking|handling))?(?:\s+(?:it|that|this|them|one))?(?:\s+yourselves?)?\s*\?",
    re.IGNORECASE,
)


# the listener's answer to such an offer that leaves the work with the one offering ("No, you do it.")
YOU_DO = re.compile(
    r"\byou\s+(?:do|take|handle|sort|chase|have)\s+(?:it|that|this|them)\b|\byou\s+go\s+(?:ahead|for\s+it)\b"
    r"|\byou(?:'d|\s+had)\s+better\b|\byou(?:'re|\s+are)\s+better\s+placed\b",
    re.IGNORECASE,
)


def yours_instead(offer: Turn) -> bool:
    """The offer's turn leaves the work to the listener as the other choice: "Do you want me to chase them, or would
    you rather do it?", "Shall I book the photographer, or do you want to?"."""
    return OR_YOURS.search(offer.text) is not None


def content_words(text: str) -> set[str]:
    """The words of a task that name what it is about ("mock up an end frame" -> mock, end, frame)."""
    return set(_content_list(text))


def _content_list(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()) if w not in _STOP and len(w) > 1]


def _with_joined(text: str) -> set[str]:
    """``content_words`` and each two said in a row joined by a hyphen: "dark mode" names the "dark-mode versions"."""
    words = _content_list(text)
    return set(words) | {f"{a}-{b}" for a, b in zip(words, words[1:], strict=False)}


TAKING_VERBS = {"do", "sort", "handle", "take", "try", "have", "get", "deal", "manage", "cover", "own", "grab", "pick",
                "give"}  # fmt: skip  # "give them a heads-up", "give it a go": the request's work, taken on
PERSONS = {"you", "me", "us", "him", "them"}
BESIDES = {"also", "too", "as well"}  # "Sure. I'll also book the venue.": more work, not the way the request is done


# a request that only asks for a thing to reach someone ("make sure finance have it", "can you make sure the printer
# gets the artwork?"): a reply that says how ("I'll forward it to them") says the work, pronoun and all
SEEN_TO = re.compile(
    r"^(?:make sure|ensure|see to it)\s+(?:that\s+)?(?P<whom>(?:[\w'&-]+\s+){1,4}?)"
    r"(?:has|have|gets?|got|receives?|sees?)\s+(?P<thing>(?:it|them|that|those|these|this|(?:the|a|an|their|his|her|our|your|both|all)\b[^,;]*?|copies)\b)"
    r"(?=\s+(?:in|on|by|before|for|from)\b|\s*$)",
    re.IGNORECASE,
)
# the same said of the thing: "make sure the T and Cs go to legal first", "ensure it gets sent to the printer"
SENT_TO = re.compile(
    r"^(?:make sure|ensure|see to it)\s+(?:that\s+)?"
    r"(?P<thing>(?:it|they|those|these|this|that|(?:the|a|an|their|his|her|our|your|both|all)\b[^,;]*?))\s+"
    r"(?:goes|go|gets? sent|is sent|are sent)\s+(?:over\s+|across\s+)?to\s+(?P<whom>(?:[\w'&-]+\s*){1,4}?)"
    r"(?=\s+(?:first|in|on|by|before|for|from)\b|\s*$)",
    re.IGNORECASE,
)
OBJECT_FORM = {"they": "them", "he": "him", "she": "her", "we": "us", "you": "you"}
REACHED = re.compile(r"\b(?:(?<=\bto )|(?<=\bwith ))(?:them|her|him)\b|\btheir\b", re.IGNORECASE)  # whom it reaches
HANDED = re.compile(r"^(\S+(?:\s+(?:on|over|across|round|back|out))?\s+)(?:it|them|that|those)\b", re.IGNORECASE)


def seen_to(reply: str, asked: str) -> str:
    """The reply's work on what the request wanted to reach someone: "forward it to them" after "make sure the
    printer gets the artwork" -> "forward the artwork to the printer"; "put it in their calendar" after "make sure
    IT have it in the diary" -> "put it in IT's calendar" (the "it" resolved as said)."""
    m = SEEN_TO.match(asked) or SENT_TO.match(asked)
    if m is None:
        return reply
    whom = m.group("whom").strip()
    whom = OBJECT_FORM.get(whom.lower(), whom)  # "make sure they get it": "forward it to them"
    whom = article_lowered(whom)
    text = REACHED.sub(lambda r: f"{whom}'s" if r.group(0).lower() == "their" else whom, reply)
    thing = m.group("thing")
    if thing.split()[0].lower() in ("it", "them", "they", "that", "those", "these", "this"):
        return text
    return HANDED.sub(lambda h: h.group(1) + thing, text, count=1)


def own_work(clause: Clause, asked: str) -> bool:
    """A reply to ``asked`` that says its own concrete work ("Can you make the logo pop?" / "Sure. I'll redraw the
    wordmark in the darker green."): a content verb, not one that only takes the request on ("do", "sort",
    "handle", "get", "give"), on a thing it names, not a pronoun nor a person ("I'll chase Priya in legal": whom,
    not what); and not the request's work said again ("Can you update the store list and send it round?" /
    "Sure, I'll send the master list.", "I'll share the list with you": the request's words, said more fully).
    A request that only asks that a thing reach someone (``SEEN_TO``: "make sure IT have it in the diary") is met by
    any such verb ("I'll put it in their calendar"), whatever its object. The report then words the task as the
    reply does; a reply that only accepts keeps the request's."""
    verb = clause.verb
    sends = handed_over(verb)
    if (verb.lemma_.lower() in TAKING_VERBS or verb.lower_ in TAKING_VERBS) and not sends and not _counted(verb):
        return False
    if any(c.lower_ in BESIDES for c in verb.children if c.dep_ == "advmod"):
        return False
    if verb.lemma_ == "turn" and any(t.lower_ in ("round", "around") for t in verb.subtree):
        return False  # "I can turn that round in a couple of days": the work asked, done, the parser's "round" no thing
    if SEEN_TO.match(asked) or SENT_TO.match(asked):
        return True  # "Can you make sure legal get it?" / "Sure, I'll forward it to them.": how it reaches them
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    given = [t for t in things if t.lower_ not in PERSONS]
    things = given if given and any(c.dep_ == "dative" or c.lower_ in PERSONS for c in verb.children) else things
    # ("I'll send you the call notes": the parser may take the listener for the object, the notes are the thing)
    if not things or any((t.pos_ not in ("NOUN", "PROPN") and not _sum(t)) or _weak(t) or _whom(t) for t in things):
        return False
    theirs = {_singular(w) for w in content_words(asked)}
    said = "send" if sends else verb.lemma_.lower()  # "I'll have the contact report over": sent
    if said in theirs and any(_singular(t.lower_) in theirs for t in things):
        # "Can you update the script?" / "I'll update the script and the end super.": the reply names more
        return any(
            _singular(c.lower_) not in theirs for t in things for c in t.conjuncts if c.pos_ == "NOUN"
        )  # the same work on the same thing: the request said it, with all that is to be done
    mine = content_words(clause.task) - {verb.lower_, verb.lemma_.lower(), *PERSONS}
    return bool({_singular(w) for w in mine} - theirs)


def _sum(tok: Token) -> bool:
    """A sum named as the thing worked on ("add the twelve hundred to the budget", "the extra five thousand")."""
    return tok.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _counted(verb: Token) -> bool:
    """ "I'll get two shuttle quotes", "we'll get three options": "get" with things counted is getting them, work of
    its own; not "I'll get it done", "get the deck"."""
    return verb.lemma_.lower() == "get" and any(
        o.dep_ == "dobj" and o.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in o.children)
        for o in verb.children
    )


HANDING_VERBS = {"have", "get"}
HANDED_PARTICLES = {"over", "across", "round", "around", "out", "through"}


def handed_over(verb: Token) -> bool:
    """A delivery said with "have" or "get" ("I'll have the contact report over by end of day", "we'll get the
    revised deck round tonight", "you'll have a costing by Friday"): the thing is sent, which is work of its own (not
    "I'll get it done", "have a look", "I'll have a think")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "have" and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return bool(objects)  # the listener will have it: the speaker sends it
    # the parser may hang "over" on the thing, or on the last word of what the thing is said with ("have the revised
    # plan with the phasing over")
    near = [*verb.children, *(c for o in objects for c in o.subtree if c.i > o.i)]
    # "we'll have a revised split to you Monday": the thing, to the person it reaches
    to_someone = bool(objects) and any(c.lower_ == "to" and _a_person(c) for c in near if c.i > objects[0].i)
    return verb.lemma_.lower() in HANDING_VERBS and (
        to_someone or any(c.dep_ in ("prt", "advmod") and c.lower_ in HANDED_PARTICLES and c.i > verb.i for c in near)
    )


def _a_person(prep: Token) -> bool:
    """ "to you", "to Priya": the preposition's object is someone, not a place or a state ("to print", "to the end")."""
    return any(o.dep_ == "pobj" and (o.lower_ in PERSONS or o.ent_type_ == "PERSON") for o in prep.children)


def _weak(tok: Token) -> bool:
    """A noun that says little alone ("a question", "the call"), not one a noun before it says which of ("an
    allergies question", "a kick-off call")."""
    # ("the call notes", "the meeting notes": two such nouns together name a thing)
    return tok.lower_ in WEAK_NOUNS and not any(
        c.dep_ == "compound" and (c.lower_ not in WEAK_NOUNS or c.pos_ == "NOUN") for c in tok.lefts
    )


def _whom(tok: Token) -> bool:
    """A person the work goes to ("chase Priyanka", "ring Tom at the council"), by name, without a determiner."""
    named = tok.pos_ == "PROPN" and not any(c.dep_ in ("det", "poss") for c in tok.children)
    return tok.ent_type_ == "PERSON" or named


def _singular(word: str) -> str:
    """ "pubs" and "pub", "lists" and "list": one word for the comparison."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def taken_back(turn: Turn) -> bool:
    """An acceptance the speaker takes back in the same breath: "Yeah, I can, actually, no, …"."""
    accept = turn.opening("ACCEPT", window=3)
    return accept is not None and any(r.start > accept.start for r in turn.cues("REVERSE"))


BROKEN_OFF = re.compile(r"(?:\u2014|\u2013|--|-)\s*$")
BROKEN_WORDS = 8  # "Yeah. Um—", "We could, yeah, let me —", "Yeah, sure, I'll—"


def broken_off(turn: Turn) -> bool:
    """A reply cut off before it says the work ("Yeah. Um—", "We could, yeah, let me —", someone talking over it):
    no answer yet; the request stays open for the answer that comes once the talk comes back to it."""
    return BROKEN_OFF.search(turn.quote) is not None and turn.n_words <= BROKEN_WORDS and not turn.clauses


def accepts(turn: Turn) -> bool:
    """An acceptance among the first words; "can do" with a subject of its own ("our other agency can do paid
    social") describes, it does not answer."""
    span = turn.opening("ACCEPT", window=3) or yes_after_but(turn) or yes_after_day(turn)
    return span is not None and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start for t in span for c in t.children
    )


# thanks that open a short reply: "Perfect, thank you.", "Oh, lovely, thanks.", "Thanks, that'd be great."
THANKS = re.compile(
    r"^\W*(?:(?:oh|ah|ooh|lovely|perfect|great|brilliant|amazing|fab|fantastic|wonderful|excellent|super|"
    r"that's (?:kind|great|lovely|brilliant))\W+){0,2}(?:thank you|thanks|cheers)\b",
    re.IGNORECASE,
)
NOT_THANKS = re.compile(r"\b(?:but|no|not|though|already|fine without)\b", re.IGNORECASE)
THANKED_WORDS = 10


def thanked_for(turn: Turn, p: Pending) -> bool:
    """ "Happy to pull the UK side together." "Perfect, thank you.": thanks straight after an offer take it up; not
    thanks with a but or a no ("Thanks, but we've got one already."), a question, or thanks turns later."""
    if p.kind != "offer" or turn.index != p.turn + 1 or "?" in turn.text or turn.n_words > THANKED_WORDS:
        return False
    return THANKS.search(turn.text) is not None and NOT_THANKS.search(turn.text) is None


# a bare "fine" that answers an offer put as a question: "So I can play you something next Thursday?" "Fine."
FINE_TAKEN = re.compile(r"^\W*(?:(?:okay|ok|yeah|yes|yep|right|oh)\W+){0,2}fine(?:\W+(?:yes|yeah|thanks))?\W*$", re.I)


def fine_to_offer(turn: Turn, p: Pending, put: Turn) -> bool:
    """ "So I can play you something next Thursday?" "Fine.": a bare "fine" straight after an offer whose turn
    (``put``) ends on the question that puts it takes it up; not a "fine" turns later, nor one to an offer said flat
    ("I can send the deck." "Fine." may only let the speaker go on), nor "fine" with more said ("Fine, but not this
    week.")."""
    if p.kind != "offer" or turn.index != p.turn + 1 or put.index != p.turn or turn.speaker in (None, p.proposer):
        return False
    return put.text.rstrip().endswith("?") and FINE_TAKEN.match(turn.text.strip()) is not None


# "That works for us.", "Fine by me.", "Sounds good, that works.": a yes in the words of settling, said to work offered
WORKS_TAKEN = re.compile(
    r"^\W*(?:(?:okay|ok|yeah|yes|yep|great|perfect|lovely|oh|right|brilliant|sure)\W+){0,3}"
    r"(?:(?:that|this|it)(?:'s|\s+is|\s+would\s+be)?\s+)?"
    r"(?:works(?:\s+for\s+(?:us|me))?|fine\s+by\s+(?:us|me)|sounds\s+(?:good|great|perfect|lovely))\b"
    # "Fine, that'll do for the exec.", "Great, do that.": enough for the one it was offered to, or a go-ahead
    r"|^\W*(?:(?:okay|ok|yeah|yes|yep|great|perfect|lovely|oh|right|brilliant|sure|fine)\W+){0,3}"
    r"(?:(?:that|this|it)(?:'ll|\s+will|'d|\s+would)\s+do\b(?!\s+(?:it|that|the|a|an|nothing|no|anything|without)\b)|do\s+(?:that|it)\W*$)",
    re.IGNORECASE,
)
WORKS_WORDS = 10
# a first sentence that only says the offer's time or thing back before the yes: "Two weeks. Fine, that'll do."
SAID_BACK = re.compile(r"^\W*(?:\w+\W+){0,2}\w+[.!]\s+")


def works_for_offer(turn: Turn, p: Pending, put: Turn) -> bool:
    """ "I could put together a short deck for the board." "That works for us.", "Shall I mock up the banner?" "Fine by
    me.": work offered, taken up straight after by another speaker in the words that settle a proposal (GUIDELINES
    §2.1, an offer taken up is the offerer's item, no agreement); not a turn later, not with a but, a no or a
    question ("That works, but can it wait?"), a long reply that goes on to terms of its own, nor the side's offer
    ("We can pull the traffic data and keep anything with a hundred visits." "That works for me.": the course)."""
    if p.kind != "offer" or turn.index != p.turn + 1 or put.index != p.turn or turn.speaker in (None, p.proposer):
        return False
    if p.owner not in (None, p.proposer):  # "Fair. We can pull the traffic data and keep …": the side's answer to an
        return False  # objection, a course the reply settles
    if "?" in turn.text or turn.n_words > WORKS_WORDS or NOT_THANKS.search(turn.text):
        return False
    text = turn.text.strip()
    back = SAID_BACK.match(text)
    return WORKS_TAKEN.match(text) is not None or (
        back is not None and WORKS_TAKEN.match(text[back.end() :]) is not None
    )


def takes_up_offer(turn: Turn) -> bool:
    """ "Then yes, we'd love to take you up on it.", "We'll take you up on that.": said only of an offer made to the
    speaker (the ``offer_taken_up`` cue, a distractor: the words are no work of their own)."""
    return any(s.id_ == "offer_taken_up" for s in turn.cues("DISTRACTOR"))


def yes_after_day(turn: Turn) -> Span | None:
    """A yes after the day said back, the whole first sentence: "Thursday end of day, yes.", "Friday, sure."."""
    first = next(iter(turn.doc.sents), None)
    day = turn.dues[0] if turn.dues else None
    if first is None or day is None or day.start_char != first.start_char:
        return None
    return next(
        (
            s
            for s in turn.cues("ACCEPT")
            if s.start_char >= day.end_char
            and s.end <= first.end
            and not turn.doc.text[day.end_char : s.start_char].strip(" ,")
            and not turn.doc.text[s.end_char : first.end_char].strip(" .!")
        ),
        None,
    )


def yes_after_but(turn: Turn) -> Span | None:
    """A yes after the difficulty said first: "I've got the audit Thursday, but yes, I'll do it Friday"."""
    return next(
        (
            s
            for s in turn.cues("ACCEPT")
            if s.id_ == "accept_yes" and s.start > 0 and turn.doc[s.start - 1].lower_ == "but"
        ),
        None,
    )


def withdrawn(items: list[Item], turn: Turn) -> Item | None:
    """The item this turn takes back: the speaker's own of the last two turns ("Ignore me then"), or another
    speaker's of the turn before ("Actually, no, sorry, don't."), also one the speaker had asked for ("Can you send
    the deck?" "Sure." "Actually, don't worry, I'll forward it myself.")."""
    for cue in turn.cues("WITHDRAW"):
        own = cue.id_ == "withdraw_self"
        reach = 2 if own else 1
        gone = [
            i
            for i in items
            if 0 < turn.index - i.turn <= reach
            and (i.speaker == turn.speaker) == own
            and (not i.accepted or (not own and i.requester == turn.speaker))  # the asker takes the request back
        ]
        if gone:
            return gone[-1]
    return None


# the offers drafted as items when said ("I can send you the research."), before anyone answers them
SAID_OFFERS = frozenset({"can_offer", "what_i_can_do_is", "what_i_can_do_is_aux"})
# a reply that turns an offer down in its first words: "No thanks.", "No, you're alright.", "We're fine, thanks.",
# "Thanks, but we don't need them this time.", "Not necessary.", "Let's not bother.", "Maybe not.", "Thanks, but no.",
# "I don't think we need that.", "Let's leave it."
TURNED_DOWN = re.compile(
    r"^\W*(?:(?:oh|ah|honestly|thanks|thank\s+you|that's\s+(?:very\s+)?kind)\W+){0,2}(?:but\s+)?"
    r"(?:no\W+(?:thanks|thank\s+you|you're\s+(?:alright|all\s+right|fine|okay|ok|good)|leave\s+it)\b"
    r"|(?:no\W+)?(?:we're|i'm)\s+(?:fine|good|okay|ok|alright|all\s+right)(?:\s+for\s+now)?(?:\W+(?:thanks|thank\s+you))?\s*[,.!]"
    r"|(?:no\W+)?(?:we|i)\s+(?:don't|do\s+not)\s+(?:really\s+)?need\s+(?:it|them|that|those|one|any)"
    r"(?:\s+(?:this\s+time|now|any\s*more|after\s+all))?\s*[,.!]"
    r"|(?:no\W+)?not\s+(?:necessary|needed)\b|(?:no\W+)?let's\s+not\b|(?:maybe|probably)\s+not\b|no\s*(?:[.!]|$)"
    r"|i\s+don't\s+think\s+(?:we\s+need\s+(?:it|them|that|those|one)|(?:that's|it's)\s+necessary)\b"
    r"|let's\s+leave\s+(?:it|that)(?:\s+for\s+now)?\s*[.!])",
    re.IGNORECASE,
)


def offer_turned_down(items: list[Item], turn: Turn, prev: Turn | None) -> Item | None:
    """The offer of the turn just before (``prev``), drafted as an item when it was said ("I can get the printer to
    send samples."), that this turn, by someone else, turns down in its first words ("Thanks, but we don't need them
    this time.", "No, you're alright."): an offer declined is no item (GUIDELINES §4). Not a yes ("No, that'd be
    brilliant."), an offer already taken up or one of several said together, nor a no to another question the offer's
    turn ends with ("I can send the deck tonight. Do you want the raw files too?" "No thanks.")."""
    if turn.speaker is None or prev is None or prev.index != turn.index - 1 or accepts(turn):
        return None
    if TURNED_DOWN.search(turn.text) is None:
        return None
    offered = [i for i in items if i.turn == prev.index and i.speaker not in (None, turn.speaker)]
    if len(offered) != 1 or offered[0].rule not in SAID_OFFERS or offered[0].accepted:
        return None
    last = list(prev.doc.sents)[-1]
    if last.text.rstrip().endswith("?") and not content_words(last.text) & content_words(offered[0].task):
        return None
    return offered[0]


def asked_then_taken_back(turn: Turn) -> bool:
    """The speaker asks something and takes it back in the same turn ("Could you mock up the stand? Actually, no,
    ignore me, our design team did one."): nothing is left to accept."""
    asked = turn.text.find("?")
    return asked >= 0 and any(c.id_ == "withdraw_self" and c.start_char > asked for c in turn.cues("WITHDRAW"))


# a sentence that takes the speaker's own words back and hands the work to the listener: "Actually, no, you talk to
# them directly, it's quicker.", "Wait, can you do it? You know them."
PASSED_TO_YOU = re.compile(
    r"^\W*(?:actually|wait|hang\s+on|on\s+second\s+thoughts?)\W+(?:no\W+)?(?:you\s+(?!know\b)\w+|(?:can|could)\s+you\b)",
    re.IGNORECASE,
)
CONTACTING = frozenset({"ask", "talk", "speak", "ring", "call", "phone", "email", "chase", "contact", "message"})
STANDING_FOR = frozenset({"do", "take", "handle"})


def handed_back(turn: Turn, made: list[Item]) -> list[Item]:
    """The speaker's own promises of this turn ("I'll ask them.") that a later sentence of the same turn takes back
    and hands to the listener ("Actually, no, you talk to them directly, it's quicker."): no items of theirs. The
    work handed over is the same: its own verb, a verb that stands for any work ("can you do it?"), or another way
    of getting in touch ("I'll ask them." … "you talk to them")."""
    back = next((s for s in turn.doc.sents if s.start > 0 and PASSED_TO_YOU.match(s.text)), None)
    if back is None or turn.speaker is None:
        return []
    verbs = {c.verb.lemma_ for c in turn.clauses if c.subj_kind == "SELF" and c.sent.end <= back.start}
    theirs = {t.lemma_ for t in back if t.pos_ == "VERB"}
    if not theirs & STANDING_FOR:
        verbs &= theirs | (CONTACTING if theirs & CONTACTING else frozenset())
    return [i for i in made if i.turn == turn.index and i.owner == turn.speaker and i.task.split()[0] in verbs]


def taken_on(declined: list[tuple[Pending, str | None]], turn: Turn) -> Pending | None:
    """The request another person turned down a turn or two ago that this speaker now takes on ("Freya, can you
    present it?" "I'm on leave that week." "Okay, I'll do it then.")."""
    for p, who in reversed(declined):
        if 0 < turn.index - p.turn <= TAKE_ON_TURNS and p.proposer and who not in (None, turn.speaker):
            return p
    return None


class ParkedOffers:
    """Offers whose answer did not take them up (deferred or unanswered), kept for a while."""

    def __init__(self) -> None:
        self.offers: list[Pending] = []

    def park(self, p: Pending, by: str | None = None) -> None:
        """Keep an offer open; one put to nobody by name was put to ``by``, who answered it by putting it off ("I
        could get those over to your press team." "Hmm, let me check the usage rights first."), and whose yes takes it
        up later ("Then yes please, send those over to the press team.")."""
        if p.kind == "offer" and p.proposer is not None:
            if not p.addressees and by is not None and by != p.proposer:
                p = replace(p, addressees=[by])
            self.offers.append(p)

    def take_up(self, turn: Turn, raised: Turn | None = None) -> Pending | None:
        """The parked offer this turn takes up: another speaker points at it ("yes please to the end frame thing",
        "yes to the shortlist", "do the 3D thing") and names one of its words, here or in the topic ``raised`` opens
        with, the same speaker's turn just before the one between ("Okay, dark mode. Ana, what do you think?" "I
        think we should." "Then yes, Felix, go ahead.")."""
        self.offers = [p for p in self.offers if turn.index - p.turn <= PARKED_TURNS]
        if turn.speaker is None or not self.offers or turn.opening("DECLINE", 3):
            return None
        when = _asks_only_when(turn) if turn.is_question() else None
        if turn.is_question() and when is None:
            return None
        go_ahead = _told_to_do(turn) or any(r.search(turn.text) for r in (YES_TO, LETS_DO))
        if not (go_ahead or turn.cues("ACCEPT") or takes_up_offer(turn)):
            return None
        said = _with_joined(turn.text)
        if raised is not None and raised.speaker == turn.speaker and raised.index == turn.index - 2:
            said |= _with_joined(_topic_opened(raised))
        for p in reversed(self.offers):
            # "Derek, I could set you up with the dashboard." … "And Jordan, yes, the dashboard. I'd love that.": the
            # one it was made to, naming its thing, says yes to it; a yes from anyone else must be a go-ahead
            put_to = turn.speaker in p.addressees
            # "Then yes, Rosalind, we'd love to take you up on it.": the last offer of somebody else, named or not
            if p.proposer != turn.speaker and takes_up_offer(turn):
                self.offers.remove(p)
                return p
            if p.proposer != turn.speaker and content_words(p.task) & said and (go_ahead or put_to):
                self.offers.remove(p)
                return replace(p, due=when) if when is not None and p.due is None else p
        return None


def _topic_opened(turn: Turn) -> str:
    """The topic a turn opens with, a first sentence without a verb ("Okay, dark mode."); "" when it opens
    otherwise ("Yeah, I didn't think that one would get through.")."""
    first = next(iter(turn.doc.sents), None)
    if first is None or any(t.pos_ in ("VERB", "AUX") for t in first):
        return ""
    return first.text


def _asks_only_when(turn: Turn) -> DueMatch | None:
    """ "The shot list, yes please. Friday?": the question after the yes only puts a time for the work taken up
    (the time returned); not "Yes please to the shortlist?", nor "Could we do the mock-up as well?"."""
    sents = list(turn.doc.sents)
    last = sents[-1]
    words = [t for t in last if not t.is_punct]
    asked = [d for d in turn.dues if d.due is not None and last.start_char <= d.start_char < last.end_char]
    earlier = any(s.text.rstrip().endswith("?") for s in sents[:-1])
    ok = len(sents) > 1 and asked and len(words) <= WHEN_ASKED and not earlier
    return asked[-1] if ok else None


SIDES: tuple[Side, ...] = get_args(Side)
GO_AHEAD_AFTER = 4  # an offer drafted this many turns back or more is waiting for a go-ahead said again


def go_ahead_again(turn: Turn, items: list[Item]) -> Item | None:
    """The owner's own offer, drafted turns ago with no date, that another speaker now gives the go-ahead by naming
    it ("I can knock up a one-pager on the wet weather plan." … "Nadia, do the one-pager." "Will do. End of next week
    okay?"; "Kit, the audit. Yes please, do the audit. End of next week's fine."): it is dated from here on."""
    if turn.speaker is None or turn.is_question() or (turn.opening("DECLINE", 3) and not NO_YES.match(turn.text)):
        return None
    if not (_told_to_do(turn) or YES_TO.search(turn.text) or LETS_DO.search(turn.text)):
        return None
    said = content_words(_undated(turn))  # "Go on then. Thursday." names no "Thursday slot": a day names no work
    for item in reversed(items):
        if not GO_AHEAD_AFTER <= turn.index - item.turn <= PARKED_TURNS or not isinstance(item.owner, str):
            continue
        if item.owner in (turn.speaker, *SIDES) or (item.due is not None and item.due.due is not None):
            continue
        if content_words(item.task) & said:
            return item
    return None


def _undated(turn: Turn) -> str:
    """The turn's words with its dates taken out."""
    text = turn.text
    for d in sorted(turn.dues, key=lambda d: d.start_char, reverse=True):
        text = text[: d.start_char] + " " + text[d.end_char :]
    return text


NO_YES = re.compile(r"\W*no\W+yes\b", re.IGNORECASE)  # "No, yes please, do the audit."


def _told_to_do(turn: Turn) -> bool:
    """ "Do the audit.", "You know what, Nadia, do the one-pager.", "No, yes please, do the audit.": "do" told at the
    start of a sentence or after a comma, however the parser hangs it."""
    return _imperative_do(turn) or DO_TOLD.search(turn.text) is not None


DO_TOLD = re.compile(
    r"(?:^|[,.!?;:]\s+)(?:(?:yes|yeah|okay|ok|so|then|just|please|go on)\W+)*(?:do|go ahead (?:and do|with))\s+"
    r"(?:the|that|your|it|them)\b",
    re.IGNORECASE,
)


def taken_up_date(turn: Turn) -> DueMatch | None:
    """The one date the turn that takes up a parked offer gives it: "Kit, the audit. Yes please, do it. End of next
    week's fine.", "Kwame, the Q and A, yes please, if you can, by Wednesday."; not a fact ("I'm off Friday")."""
    dated = [d for d in turn.dues if d.due is not None and not fact_date(turn, d)]
    return dated[-1] if dated and len({d.due for d in dated}) == 1 else None


def _imperative_do(turn: Turn) -> bool:
    """ "Do the 3D thing.", "Go ahead with the mock-up.": a go-ahead in the imperative."""
    return any(
        t.lemma_ in ("do", "go")
        and t.dep_ == "ROOT"
        and t.tag_ in ("VB", "VBP")  # "Jonas, do the 3D thing": the parser may take the name for the subject
        and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.children)
        and not any(c.dep_ == "aux" for c in t.children)
        for t in turn.doc
    )


def counter_proposal(turn: Turn, p: Pending) -> Pending | None:
    """A reply that proposes the joint session back ("So you and I could set up…?"): the session put again, open
    for an answer in its turn."""
    for c in turn.clauses:
        if usable(c) and c.subj_kind == "JOINT":
            addressees = [p.proposer] if p.proposer else []
            return Pending(
                "joint", turn.index, turn.speaker, addressees, c.task, c.rule + "_joint", clause_due(turn, c) or p.due
            )
    return None


def session_timed(turn: Turn, p: Pending) -> Pending | None:
    """ "Can we do a walk-through?" "Definitely. How are you for Monday?": the session being set, put back to the one
    who asked with its time; an item of both once they take it ("Monday's good.")."""
    if p.kind != "joint" or "?" not in turn.text or not turn.dues or not session(p.task):
        return None
    asked = [p.proposer] if p.proposer else []
    return replace(p, turn=turn.index, proposer=turn.speaker, addressees=asked, due=turn.dues[0], needs_joint_cue=False)
