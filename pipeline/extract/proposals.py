"""What a turn asks for, says is needed, plans or proposes: the work a later reply takes on or comes for.

    "Can you send over the animatic?"                     -> asked:    "send over the animatic"
    "We need to hold Anja for the second week."           -> needed:   "hold Anja for the second week"
    "I want to walk the venue with the crew on Tuesday"   -> planned:  "walk the venue with the crew"
    "You and I could film a short intro at our office."   -> proposed: "film a short intro at our office"

Used by ``pipeline/extract/replies.py`` ("Yep, on it.", "I'll come to you").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.antecedents import WEAK_NOUNS
from pipeline.extract.tasks import task_text
from pipeline.extract.turns import Turn

WHEN = {"DATE", "TIME"}
NEEDERS = {"we", "someone", "somebody", "you", "one", "anyone"}
ASKING = {"can", "could", "would", "will"}


def asked_or_needed(turn: Turn) -> str | None:
    """The last work a turn asks for ("can you send over the animatic?", said with or without a question mark;
    "could we get the contract back?") or
    says is needed ("we need to hold Anja", "someone needs to chase it"): the verb's task."""
    found: str | None = None
    for tok in turn.doc:
        if tok.pos_ != "VERB":
            continue
        asked = any(c.dep_ == "aux" and c.lower_ in ASKING for c in tok.children) and any(
            c.dep_ == "nsubj" and c.lower_ == "you" and any(a.i < c.i for a in tok.children if a.dep_ == "aux")
            for c in tok.children
        )
        needed = _needed(tok)
        gerund = needs_doing(tok)
        if gerund is not None:
            found = gerund  # "The captions need redoing." -> "redo the captions"
            continue
        wanted = (  # "I'd like you and Tom to go through the data", "I want you to pull the numbers"
            tok.dep_ in ("ccomp", "xcomp")
            and tok.head.lemma_ in ("like", "want")
            and any(c.dep_ in ("nsubj", "dobj") and c.lower_ == "you" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )
        for_us = (  # "Could we get the signed contract back?": asked of the listener, for the speaker's side
            tok.lemma_ in ("get", "have")
            and tok.sent.text.rstrip().endswith("?")
            and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ in ASKING for c in tok.children)
        )
        done = for_us and any(c.dep_ == "ccomp" and c.tag_ == "VBN" for c in tok.children)  # "get the dressing brought
        # forward?": the thing and what is to be done to it
        if (asked or needed or wanted or for_us) and (
            done or any(c.dep_ in ("dobj", "prt", "prep") or _asks_whether(c) for c in tok.children)
        ):
            found = task_text(tok, None)
    return found


def _needed(tok: Token) -> bool:
    """ "we need to hold Anja", "someone needs to chase it": the work after a need of the speaker's side or anyone's."""
    return (
        tok.dep_ == "xcomp"
        and tok.head.lemma_ == "need"
        and any(c.dep_ == "nsubj" and c.lower_ in NEEDERS for c in tok.head.children)
    )


def needs_doing(tok: Token) -> str | None:
    """ "The captions need redoing (before Friday).": a thing said to need work done to it, as the task ("redo the
    captions"); the parser hangs "need" on the gerund as its auxiliary, or the gerund on "need"."""
    if tok.tag_ != "VBG":
        return None
    need = next((c for c in tok.children if c.dep_ == "aux" and c.lemma_ == "need"), None)
    if need is None and tok.dep_ == "xcomp" and tok.head.lemma_ == "need":
        need = tok.head
    if need is None:
        return None
    subj = next((c for t in (need, tok) for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None  # "we need redoing" is no thing to work on
    words = " ".join(t.lower_ if t.dep_ in ("det", "poss") and t.pos_ != "PROPN" else t.text for t in subj.subtree)
    particle = " ".join(c.text for c in tok.children if c.dep_ == "prt")  # "need sorting out"
    return " ".join(w for w in (tok.lemma_, particle, words) if w)


def need_stated(turn: Turn) -> str | None:
    """The work a turn says flat is needed now ("We need to redo the captions before Friday.", "The captions need
    redoing."), for a reply to take on; not a need asked about ("Do we need to …?"), denied ("We don't need to …")
    or past ("We needed to … last time")."""
    found: str | None = None
    for sent in turn.doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        for tok in sent:
            if tok.pos_ != "VERB":
                continue
            gerund = needs_doing(tok)
            if not (gerund or _needed(tok)):
                continue
            need = next((t for t in (tok, tok.head, *tok.children) if t.lemma_ == "need"), None)
            near = [need, *need.children] if need is not None else []
            if need is None or need.tag_ in ("VBD", "VBN") or any(t.dep_ == "neg" for t in (*near, *tok.children)):
                continue
            if any(c.dep_ == "dobj" or c.dep_ == "prt" for c in tok.children) or gerund:
                found = gerund or task_text(tok, None)
    return found


QUESTION_WORDS = {"whether", "if", "what", "when", "where", "which", "who", "how"}


def _asks_whether(clause: Token) -> bool:
    """ "check whether the rangers will allow it", "find out what the venue will let us do": a question the work is
    to answer, its own clause (not "we need to say we're late")."""
    if clause.dep_ != "ccomp":
        return False
    return clause.doc[clause.left_edge.i].lower_ in QUESTION_WORDS


PROPOSING = {"could", "should", "shall", "might", "can"}
OURS_TO_GET = {"get", "have", "move", "push", "keep", "use", "change", "add", "drop", "make"}  # "could we get it back?"


def proposed(turn: Turn, own: bool) -> str | None:
    """Work put as something the speaker and the listener could or should do ("you and I could film a short intro",
    "it'd help if Callum and I went through the scripts", "if we walked the site together"), or, said by the one
    who answers (``own``), the speaker alone ("I should see the new showroom"): what someone who says "I'll come
    up" comes for. Not work that names nothing ("I can do that", "record something", "grab half an hour")."""
    found: str | None = None
    for tok in turn.doc:
        if tok.pos_ != "VERB" or not _names_work(tok):
            continue
        verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else tok  # "sat down and went through"
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        who = {w.lower_ for c in subj for w in c.subtree}
        both = "i" in who and any(c.dep_ == "conj" for s in subj for c in s.subtree)  # "you and I", "Callum and I"
        together = any(t.lower_ == "together" for t in verb.subtree)  # not "we could move the launch": a choice
        modal = any(c.dep_ == "aux" and c.lower_ in PROPOSING for c in verb.children)
        if_we = any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)  # "it'd help if we sat down"
        # "Can we go through the social listening properly?": put to the listener as a question, for the two
        asked = verb.sent.text.rstrip().endswith("?") and tok.lemma_ not in OURS_TO_GET
        asked_us = "we" in who and not who & {"i", "you"} and modal and asked
        ours = both or (own and who == {"i"}) or ("we" in who and together) or asked_us  # not "if we went for …"
        now = verb.tag_ in ("VB", "VBP") and both  # "my suggestion is that you and I go out and run a workshop"
        if ours and (modal or if_we or now):
            said = task_text(tok, None).split()
            if len(said) < 2:
                continue  # "could we do Friday the 13th?": the verb alone once its date is out names nothing
            found = " ".join([tok.lemma_ if said[:1] == [tok.text] else said[0], *said[1:]])  # "went" -> "go"
    return found


def _names_work(verb: Token) -> bool:
    """The verb works on something it names: an object that is a thing ("the survey"), not a pronoun or a stretch
    of time ("something", "half an hour"; "a training morning" is one), or a phrase after it ("go through the
    scripts")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(
            o.pos_ in ("NOUN", "PROPN") and (o.lower_ not in WEAK_NOUNS or _compound(o)) and o.ent_type_ not in WHEN
            for o in objects
        )  # not "could we do Thursday the 22nd?"
    return any(c.dep_ == "prep" and any(g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in verb.children)


WISHING = {"want", "like", "love", "plan", "need"}


def planned(turn: Turn, before: int | None = None) -> str | None:
    """Work the speaker says they want, plan or need to do ("I want to walk the venue with the crew on Tuesday",
    "We'd like to see the stand going up", "I need to get the CFO to sign it off"), would be worth doing ("it'd be
    really useful to walk the car park first"), or is doing already ("we're running the tasting with the chefs on
    Friday"): what someone who says "I'll come" joins, and what "I'll do that" after it in the turn stands for.
    With ``before``, only what is said before that token."""
    found: str | None = None
    for tok in turn.doc[:before]:
        if tok.pos_ != "VERB" or not any(c.dep_ in ("dobj", "prep", "ccomp") for c in tok.children):
            continue
        wished = tok.dep_ == "xcomp" and tok.head.lemma_ in WISHING and _said_by_us(tok.head)
        if how_it_looks(tok):
            continue  # "it'll look like we're hiding the refunds": how it would seem, not work under way
        if wished or _worth_doing(tok) or (_under_way(tok) and _said_by_us(tok)):
            found = task_text(tok, None)
    return found


def wants_someone(doc: Doc) -> bool:
    """ "They want someone on the breakfast show", "we need somebody for the stand": a person wanted for a thing,
    which the one who says "I'll do it" takes on."""
    return any(
        t.lower_ in ("someone", "somebody") and t.dep_ == "dobj" and t.head.lemma_ in ("want", "need") for t in doc
    )


SEEMING = frozenset({"look", "seem", "sound", "feel"})


def how_it_looks(verb: Token) -> bool:
    """The verb of what a thing would look like ("It might look like we're buying the result", "it sounds as if
    they're rebranding"): said of how it seems, not work to do."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("like", "if") for c in verb.children)
    return marked and verb.dep_ in ("advcl", "ccomp") and verb.head.lemma_ in SEEMING


WORTH = {"useful", "good", "great", "helpful", "worth", "worthwhile", "important", "nice", "brilliant", "handy"}


def _said_by_us(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _worth_doing(verb: Token) -> bool:
    """ "It'd be really useful to walk the car park", "it would be good to go through the plan": not negated."""
    head = verb.head.head if verb.head.pos_ == "ADJ" else verb.head  # "to walk" under "useful" or under "be"
    return (
        (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))  # "it's worth, um, re-sending it"
        and head.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lemma_ in WORTH for c in head.children)
        and not any(c.dep_ == "neg" for c in head.children)
    )


def _under_way(verb: Token) -> bool:
    """ "We're running the tasting", "we're doing the fitting on Friday": a thing being done, with an object."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _compound(noun: Token) -> bool:
    """ "a training morning", "a kick-off call": a noun that says little alone, said with one that says which."""
    return any(c.dep_ == "compound" for c in noun.children)
