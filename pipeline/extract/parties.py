"""Whom a person pronoun of a task points back to (``pipeline/extract/wording.py``): a person or an organisation
named just before, not a thing.

    "The final route has to come from the council." / "I'll ring them myself."  -> "ring the council"
    "I've got their site manager's number. I'll ask her for the levels."         -> "ask the site manager for …"
    "I need to run it past Richard. I'll get his sign-off by Friday."            -> "get Richard's sign-off"

"them"/"their" take an organisation (a name the parser calls one, or a word for a body of people: "the council",
"their press office") or people by role in the plural ("the buyers"); "her"/"him"/"his" a person (a name, or a
role: "the centre manager"). The nearest one said before the pronoun, in its turn or the two before it, when that
turn names only one (or names one again that the turn before named: "The Examiner have been good to us. The Courier
can have it first."); further back while the talk between keeps pointing at them ("they", "her"). Otherwise nothing is
sure and the pronoun stays (a wrong name is worse than a pronoun).

Whom a task's "you"/"me"/"us" is when they are the object of telling ("message you both", "copy you in", "walk me
through it"): ``told_object``; ``wording.py`` names them as the report names people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.antecedents import EXCLAMATIONS, FILLERS, HEARD, LOOKBACK, article_lowered, chunk_text
from pipeline.extract.date_words import MONTHS, WEEKDAYS
from pipeline.extract.mentions import SEASONS
from pipeline.extract.proposals import WHEN
from pipeline.extract.task_sent import PRESSING
from pipeline.extract.tasks import REFLEXIVES
from pipeline.extract.turns import Turn
from pipeline.extract.wording_rules import WordingRules

PARTY_LOOKBACK = 2
# how far back a person or body still talked about as "they"/"her" in the turns between can have been named
CHAIN_LOOKBACK = 6
PERSON_WORDS = {"her", "him", "his"}
GROUP_WORDS = {"them", "their"}
# the pronouns that keep pointing at the same person or body through the turns between
STILL_TALKED_OF = {"person": {"she", "her", "he", "him", "his"}, "group": {"they", "them", "their"}}
# "to them", "with them": whom something goes to or is done with
TO_WHOM = {"to", "with"}
# "an email to them", "a call with them": a message or a session with people
MESSAGES = {"email", "note", "message", "line", "letter", "call", "chat", "word", "meeting", "intro", "introduction"}
# "get both prices from them", "request a quote from them": asked of people, not taken from things
ASKED_FROM = {"get", "request", "hear", "need", "chase", "obtain"}
# "get him booked in", "have her sign it": the person made to do the work
MADE_TO = {"get", "have"}
# "ask them to courier one over", "tell them to hold the fifth": whom the work is asked of, not where a thing is sent
# ("email them to you"), whatever the parser makes of the "to" of the verb after it
ASKED_TO = {"ask", "tell", "remind", "invite"}
# "copy you in", "keep you posted": the listener as the one told, besides the verbs of telling (ADDRESSED)
TOLD = {"copy", "update", "loop", "keep"}
# "walk me through it", "show us round": the speaker (or their side) as the one shown
SHOWN = {"walk", "take", "show", "brief", "talk"}
OWNERS = {"their", "our", "your", "my", "his", "her"}
# the parser's entity types of a name "them" can stand for ("Carrick" taken for a person's, "Coastline" for none)
GROUP_NAMES = {"PERSON", ""}
# where such a name is someone talked of, not an exclamation ("Oh, God.")
NAMED_AS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "ROOT", "conj", "appos", "attr"}


CHASING = {"chase", "nudge", "hassle", "badger"}  # done to people or things: "chase them" (printers, invoices)
PRESSED_FOR = (
    PRESSING - CHASING - {"ask"}
)  # "push", "press": done to people only when what for is said ("push them for it")


def chased(tok: Token) -> bool:
    """ "chase them": whom, when a body was just named ("that's with our dev team. I'll chase them"), else what."""
    return tok.lower_ == "them" and tok.dep_ == "dobj" and tok.head.lemma_ in CHASING


def pressed(said: Token) -> bool:
    """ "push them for Wednesday", "press them on the price" (the pronoun as said in its turn): pressing people for
    a thing, whom "them" stands for (not "push them back a week")."""
    after = said.doc[said.i + 1].lower_ if said.i + 1 < len(said.doc) else ""
    return said.lower_ == "them" and said.dep_ == "dobj" and said.head.lemma_ in PRESSED_FOR and after in ("for", "on")


def _came_back(verb: Token, said: list[str]) -> bool:
    """ "did legal come back", "have the printers got back to you": the ones chased answering, or not yet."""
    back = any(c.lower_ == "back" for c in verb.children) and verb.lemma_ in ("come", "get")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return bool(said) and (back or verb.lemma_ in ("reply", "respond")) and subj is not None and subj.lower_ == said[-1]


def held_by(doc: Doc, before: int | None, chaser: str, names: set[str]) -> str | None:
    """What the sentence before the pronoun of "chase them" says is with the ones chased ("The proofs are with the
    printers, so I'll chase them": "the proofs"), which the task chases them for; None if it says none."""
    said = chaser.lower().split()
    for tok in doc[:before]:
        where = tok.head
        answered = where.head.head if where.head.lower_ == "back" else where.head  # "come back on", "back" its head
        if tok.dep_ == "pobj" and where.lower_ in ("on", "about") and _came_back(answered, said):
            thing = chunk_text(tok, names)  # "did legal come back on the finance wording?": what they owe an answer on
            if thing:
                return article_lowered(thing)
        if tok.dep_ != "pobj" or where.lower_ != "with" or where.head.lemma_ not in ("be", "sit"):
            continue
        if not said or tok.lower_ != said[-1]:
            continue
        subj = next((c for c in where.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        thing = chunk_text(subj, names) if subj is not None else None
        if thing:
            return article_lowered(thing)
    return None


def party_pronoun(tok: Token, addressing: frozenset[str]) -> str | None:
    """ "person" or "group" for a pronoun that stands for whom the work is done to or with ("call her", "ring
    them", "go back to them", "get his sign-off", "chase their press office"); None for anything else (a thing's
    "them": "send them over"; "her speech" of a reflexive)."""
    word = tok.lower_
    if tok.i == 0 or word not in PERSON_WORDS | GROUP_WORDS:
        return None
    kind = "person" if word in PERSON_WORDS else "group"
    if tok.dep_ == "poss" and tok.head.lower_ in REFLEXIVES:
        return "person" if word == "her" else None  # "speak to her yourself": the parser's possessive
    if tok.dep_ == "poss":
        if word == "their" and any(t.tag_ == "NNS" for t in tok.doc[: tok.i]):
            return None  # "resize the banners and fix their margins": the things' own
        return kind if tok.head.pos_ in ("NOUN", "PROPN") else None
    if word == "his":
        return None
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "know" and tok.head.head.lemma_ == "let":
        return kind  # "let them know", "let her know": whom the news is for
    if tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "xcomp") and tok.head.head.lemma_ in MADE_TO:
        return kind if kind == "person" else None  # "get him booked in"; not "get them printed"
    if tok.dep_ == "dative":
        return kind  # "give them the delivery specs", "offer them the live"
    if kind == "person":
        return kind if tok.dep_ in ("dobj", "pobj") else None
    to = tok.head.lemma_ not in ASKED_TO  # "ask them to courier one": a "to" of the work asked, not of a recipient
    sent_on = any(c.dep_ in ("prt", "dative") or (to and c.lower_ == "to") for c in tok.head.children if c.i > tok.i)
    if tok.dep_ == "dobj" and tok.head.lemma_ in addressing and not sent_on:
        return kind  # "ring them", "ask them": people are rung and asked; not "email them to you", "text them over"
    verb = tok.head.head.head if tok.head.head.pos_ == "ADV" else tok.head.head  # "go back to them"
    said_to = verb.pos_ == "VERB" or (verb.pos_ == "NOUN" and verb.lemma_.lower() in MESSAGES)
    if tok.head.lower_ == "to" and verb.pos_ == "ADJ":  # "put four forty-five with the make-good to them"
        said_to = any(v.pos_ == "VERB" for v in verb.ancestors)
    if tok.dep_ == "pobj" and tok.head.lower_ in TO_WHOM and said_to and verb.lemma_ not in HEARD:
        return kind  # "go back to them with forty", "put the offer to them", "copy you in on an email to them"
    asking = next((a for a in tok.head.ancestors if a.pos_ == "VERB"), None)  # "request both prices from them"
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and asking is not None and asking.lemma_ in ASKED_FROM:
        return kind  # "get both prices from them", "hear back from them": what they are asked for is theirs to give
    return None


def told_object(tok: Token, addressing: frozenset[str]) -> bool:
    """ "message you both", "copy you in", "ring me", "walk me through it", "let us know": "you"/"me"/"us" as the
    one told (or shown), whom the report names; not "send you the deck" (to whoever asked, as the report says)."""
    if tok.i == 0 or tok.lower_ not in ("you", "me", "us"):
        return False
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "know":
        return True  # "let you know"
    if tok.dep_ != "dobj" or any(c.dep_ == "dobj" and c.i > tok.i for c in tok.head.children):
        return False  # "email you the deck": the deck is sent
    verb = tok.head.lemma_.lower()
    return verb in addressing or verb in TOLD or (tok.lower_ != "you" and verb in SHOWN)


def party(turns: list[Turn], at: int, before: int | None, names: set[str], kind: str, roles: frozenset[str],
          groups: frozenset[str], owned: str = "") -> str | None:  # fmt: skip
    """Who the pronoun before token ``before`` of turn ``at`` stands for (see the module's docstring); None when
    nothing is sure. Attendees are mostly talked to, not about: one stands for "him"/"her" when talked of in this
    turn or the one before ("Can Ben sit in? He's never been." / "I'll send him the address"), or when no one else
    was named."""
    reach = _reach(turns, at, kind)
    if kind == "person":  # an attendee talked of in this turn or the one before, before an older "Copy's approved"
        person = named_person(turns, at, before, names, 1, attendees=True) or named_person(
            turns, at, before, names, max(LOOKBACK, reach)
        )
        if person:
            return person
        # a first name the parser took for an organisation's, said in the pronoun's own turn, before a role said
        # turns earlier ("the dentist voiceover" … "I'm taking the route to Priya. I'll get her sign-off there.")
        misread = _name_misread(turns[at].doc, before, names, roles | groups)
        if misread and _said_of(turns, at, before, names, kind, roles, groups, 0, owned) is None:
            return misread
    said = _said_of(turns, at, before, names, kind, roles, groups, max(PARTY_LOOKBACK, reach), owned)
    if said is None and kind == "person":
        said = named_person(turns, at, before, names, max(LOOKBACK, reach), attendees=True)
        return said or _name_misread(turns[at].doc, before, names, roles | groups)
    return said


def _name_misread(doc: Doc, before: int | None, names: set[str], words: frozenset[str]) -> str | None:
    """ "I'm taking the route to Priya on the call. I'll get her sign-off there." / "Priti has those. I'll ask her to
    send them.": a first name the parser took for an organisation's, said alone as the object or subject of the
    same turn, when no person is named before "her"/"him" at all; None when there are two, or the word is a body's
    or a role's ("to Legal")."""
    end = before if before is not None else len(doc)
    said = {
        t.text
        for t in doc[:end]
        if t.ent_type_ in ("ORG", "NORP")  # (or a people's: "Priya" as NORP)
        and t.ent_iob_ == "B"
        and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I")
        and t.pos_ == "PROPN"
        and t.is_title
        and t.dep_ in ("pobj", "dobj", "dative", "nsubj")
        and not any(c.dep_ == "det" for c in t.children)
        and t.text not in names
        and t.lower_ not in words
    }
    return next(iter(said)) if len(said) == 1 else None


def _said_of(turns: list[Turn], at: int, before: int | None, names: set[str], kind: str, roles: frozenset[str],
             groups: frozenset[str], reach: int, owned: str = "") -> str | None:  # fmt: skip
    """The role, body or organisation of the pronoun's kind named last before it, within ``reach`` turns; not one
    of the kind the possessive pronoun's own noun (``owned``) names."""
    for k in range(at, max(-1, at - reach - 1), -1):
        doc = turns[k].doc
        end = before if k == at and before is not None else len(doc)
        found = [t for t in doc[:end] if _fits(t, kind, names, roles, groups) and t.lemma_.lower() != owned]
        if not found:
            continue
        # "the compliance sign-off … the financial promotions team": one said as a modifier gives way, and so does the
        # topic a sentence opens on ("On POS, the printers need final artwork")
        found = [t for t in found if t.dep_ != "compound" and not _topic_opened(t)] or found
        found = [t for t in found if not _held_with(t)] or found  # "Copy is with legal": legal, not "Copy"
        listed = {tuple(_coordinated(t)) for t in found} if kind == "group" else set()
        if len(listed) == 1 and len(next(iter(listed))) > 1:  # "Leeds and Glasgow … I'll chase them": both
            return _listing(list(next(iter(listed))))
        texts = {_phrase(t).lower() for t in found}
        if len({t.lemma_.lower() for t in found}) == 1:
            return _phrase(found[-1])  # "the festival bars … the Deeside festival": the one said most fully
        if len(texts) == 1:
            return _phrase(found[-1])
        earlier = _named_before(turns, k, names, kind, roles, groups)
        again = [t for t in found if _phrase(t).lower() in earlier]
        return _phrase(again[-1]) if len({_phrase(t).lower() for t in again}) == 1 else None
    return None


def _held_with(tok: Token) -> bool:
    """The thing a body has ("Copy is with legal", "The proofs are sitting with the printers"), named as the subject
    of being with it, which "them" is not."""
    verb = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_ in ("be", "sit")
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


JOINED = ("conj", "appos")  # the names of a list, as the parser joins them


def _coordinated(tok: Token) -> list[Token]:
    """The names said together with ``tok`` ("Leeds and Glasgow", "the Herald, the Echo and the Courier"), in
    their order, ``tok`` among them; only ``tok`` when it is not one of two or more names joined by "and"."""
    head = tok
    while head.dep_ in JOINED and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    members, todo = [head], [head]
    while todo:  # "The Herald, the Echo and the Courier": the parser's "the Echo" an apposition, "the Courier" its conj
        more = [c for c in todo.pop().children if c.dep_ in JOINED and c.pos_ == "PROPN"]  # not "both", "all"
        members.extend(more)
        todo.extend(more)
    members.sort(key=lambda t: t.i)
    joined = any(t.lower_ == "and" for t in tok.doc[members[0].i : members[-1].i])
    if len(members) < 2 or not joined or any(m.pos_ != "PROPN" for m in members):
        return [tok]
    return members


def _listing(members: list[Token]) -> str:
    """Names said together as the task writes them: "Leeds and Glasgow", "the Herald, the Echo and the Courier"."""
    words = [_phrase(m) for m in members]
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _topic_opened(tok: Token) -> bool:
    """The topic a sentence opens on, "On POS, …", "Re the venue, …": what is talked about, not who does it."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("on", "re", "regarding")
        and prep.i == prep.sent.start
        and any(t.text == "," for t in tok.doc[tok.i + 1 : tok.i + 2])
    )


def _reach(turns: list[Turn], at: int, kind: str) -> int:
    """How many turns back the one a pronoun stands for can have been named: the nearest turns always; further, up to
    ``CHAIN_LOOKBACK``, while the turns between keep saying "they"/"her" of them, each as far back as an "it" looks
    (``LOOKBACK``: "the band … they'd come down … if they won't do it … I'll go back to them")."""
    words = STILL_TALKED_OF[kind]
    reach = 0
    for k in range(at - 1, max(-1, at - CHAIN_LOOKBACK - 1), -1):
        if any(t.lower_ in words for t in turns[k].doc):
            reach = at - k + LOOKBACK
    return min(reach, CHAIN_LOOKBACK)


def _named_before(turns: list[Turn], k: int, names: set[str], kind: str, roles: frozenset[str],
                  groups: frozenset[str]) -> set[str]:  # fmt: skip
    """The ones of the pronoun's kind named in the turn before turn ``k``."""
    if k < 1:
        return set()
    return {_phrase(t).lower() for t in turns[k - 1].doc if _fits(t, kind, names, roles, groups)}


def worded_party(turns: list[Turn], at: int, before: int | None, names: set[str], tok: Token, kind: str,
                 rules: WordingRules) -> str:  # fmt: skip
    """The pronoun ``tok`` (said at token ``before`` of turn ``at``) as the task writes it: whom it stands for, as
    an owner for a possessive ("his sign-off" -> "Richard's sign-off"); the pronoun itself when nothing is sure."""
    if any(_fits(t, kind, names, rules.roles, rules.bodies) for t in tok.doc[: tok.i]):
        return tok.text  # "confirm the numbers with the coach company … with them": the task names them itself
    owned = tok.head.lemma_.lower() if tok.dep_ == "poss" else ""  # "her manager" is not the manager's
    who = party(turns, at, before, names, kind, rules.roles, rules.bodies, owned) if at >= 0 else None
    if who is None:
        return tok.text
    return owned_by(who) if tok.dep_ == "poss" and tok.head.lower_ not in REFLEXIVES else who


def owned_by(who: str) -> str:
    """ "Richard" -> "Richard's", "the buyers" -> "the buyers'", "Sainsbury's" stays."""
    if who.endswith("'s") or who.endswith("'"):
        return who
    return f"{who}'" if who.endswith("s") and not who[:1].isupper() else f"{who}'s"


SAID_BARE = frozenset({"nsubj", "dobj", "pobj", "conj"})


def _bare_word(tok: Token) -> bool:
    """A word said as a noun on its own: a subject or object ("Did legal come back?"), or what a noun subject is
    ("My only worry is legal."; not "Is it legal?")."""
    if tok.dep_ in SAID_BARE:
        return True
    return tok.dep_ == "acomp" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.head.children)


def _fits(tok: Token, kind: str, names: set[str], roles: frozenset[str], groups: frozenset[str]) -> bool:
    """A word naming someone of the pronoun's kind: for "her"/"him" a person's role in the singular (a named person
    is ``named_person``'s); for "them" an organisation's name, a body of people, or people by role in the plural."""
    if kind == "group" and tok.pos_ == "ADJ" and _bare_word(tok) and tok.lemma_.lower() in groups:
        return True  # "Did legal come back?": a department by its bare word, which the parser takes for an adjective
    if tok.text in names or tok.pos_ not in ("NOUN", "PROPN") or len(tok.text) < 2:
        return False  # not "C" of "the typography from C": an option's letter names nobody
    if kind == "group" and (tok.ent_type_ in WHEN or tok.lower_ in MONTHS):
        return False  # "They can do the fourteenth of May": a day, not whom "them" stands for
    if tok.dep_ == "compound" and not _naming_compound(tok, kind, roles, groups):
        return False
    if kind == "person" and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return False  # "with Eilidh, the master distiller": she is named, the role only says who she is
    if tok.dep_ == "attr" and any(c.dep_ == "neg" for c in tok.head.children):
        return False  # "It's not a festival, but it matters to me": what a thing is not names no one
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I" and tok.ent_type_:
        return False  # not the last word of a name: "Warwick" of "Warwick Council"
    lemma = tok.lemma_.lower()
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if kind == "person":  # "the centre manager"; a first name the parser did not call a person's ("Richard")
        name = tok.tag_ == "NNP" and tok.ent_type_ in ("", "PERSON") and tok.is_title and not the
        name = name and tok.lower_ not in EXCLAMATIONS  # not "Understood." opening a reply
        return (tok.tag_ in ("NN", "NNP") and lemma in roles) or name  # "Our MD is away": a role the parser names
    if tok.pos_ == "PROPN" and (tok.ent_type_ == "ORG" or the):
        return True  # "Tesco", "the Herald"
    said_of = tok.dep_ in NAMED_AS and tok.is_alpha and tok.tag_ == "NNP" and tok.lower_ not in EXCLAMATIONS
    if said_of and tok.ent_type_ in GROUP_NAMES:
        # "I'll brief Carrick on that", "Just Coastline.": a name the parser took for a person's or none, not the
        # first word of a sentence ("Understood."), unless it is a department's ("Legal are still reviewing.")
        return tok.ent_type_ == "PERSON" or not tok.is_sent_start or lemma in groups
    if kind == "group" and _speaks(tok):
        return True  # "The label said this week.": whoever said it can be chased, whatever the word
    return (lemma in groups and tok.tag_ in ("NN", "NNS", "NNP")) or (lemma in roles and tok.tag_ == "NNS")


SPEAKING = frozenset({"say", "tell", "promise", "confirm", "reply", "quote", "email", "ring", "call", "write"})


def _speaks(tok: Token) -> bool:
    """A noun subject of a verb of saying, named with "the" ("The label said this week.", "the venue told us…"): a
    body of people, not a thing."""
    return (
        tok.dep_ == "nsubj"
        and tok.tag_ in ("NN", "NNS")
        and tok.head.lemma_ in SPEAKING
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _naming_compound(tok: Token, kind: str, roles: frozenset[str], groups: frozenset[str]) -> bool:
    """A name, body or role said as a modifier: "the Solvair sign-off", "the rugby club sponsorship", "grant our QA
    guy access" (the parser's reading)."""
    head = tok.head.lemma_.lower()
    if tok.head.dep_ == "compound" or head in groups or head in roles:
        return False  # "the BBC news desk": the desk is named with it
    if kind == "person":
        return tok.tag_ == "NN" and tok.lemma_.lower() in roles
    return (tok.pos_ == "PROPN" and tok.ent_type_ == "ORG") or (tok.tag_ == "NN" and tok.lemma_.lower() in groups)


def _phrase(tok: Token) -> str:
    """The words that name them: a name as said ("Sainsbury's", "the Courier"), a role with its modifiers and
    "the" for a possessive ("their site manager" -> "the site manager")."""
    doc = tok.doc
    if tok.ent_type_ and tok.ent_iob_ != "O":
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        # "Tesco's offer": the name without its "'s"; "Sainsbury's quoted": the name as said
        owner = tok.dep_ == "poss" and tok.head.pos_ in ("NOUN", "PROPN")
        said = [t.text_with_ws for t in doc[start : tok.i + 2] if t.i <= tok.i or (t.dep_ == "case" and not owner)]
        # "the Herald", "our MD" -> "the MD"; not "the Solvair sign-off"
        the = start > 0 and doc[start - 1].lower_ in {"the", *OWNERS} and tok.dep_ != "compound"
        name = "".join(said).strip()
        if doc[start].lower_ == "the":  # "The Castle API" said first in its sentence
            name = "the" + name[3:]
        return f"the {name}" if the else name
    lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "det", "poss", "nmod")]
    start = min((c.left_edge.i for c in lefts), default=tok.i)
    words = [t for t in doc[start : tok.i + 1] if t.lower_ not in FILLERS and not t.is_punct]
    if words and words[0].lower_ in OWNERS:
        words = words[1:]
    # "The printers" said first, "the hotel's events coordinator" with its "'s"
    text = "".join((t.lower_ if t.pos_ == "DET" else t.text) + t.whitespace_ for t in words).strip()
    first = words[0] if words else tok
    owner = (
        first.i != tok.i
        and first.pos_ == "PROPN"
        and (first.dep_ == "poss" or any(c.dep_ == "case" for c in first.children))
    )
    # "Richard's assistant", "Coastline", "legal", "finance" (a name or a department by its bare word, said with
    # nothing before it); "the QA guy", not "QA guy"; "our MD" -> "the MD"
    bare = tok.pos_ == "ADJ" or (not lefts and (tok.pos_ == "PROPN" or (tok.tag_ == "NN" and tok.dep_ in SAID_BARE)))
    return text if first.pos_ == "DET" or owner or bare else f"the {text}"


TITLES = {"councillor", "mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "prof", "sir", "dame", "lord", "lady",
          "minister", "mayor", "senator", "judge", "inspector", "officer", "father", "reverend"}  # fmt: skip


def named_person(turns: list[Turn], at: int, before: int | None, names: set[str], reach: int = LOOKBACK,
                 attendees: bool = False) -> str | None:  # fmt: skip
    """Whom "her"/"him" points back to: the last person named (by the parser) before token ``before`` of turn ``at``
    or in the turns before it, with a title said with the name ("Councillor Abbott"), not one of the attendees unless
    ``attendees`` and they were talked of ("Can Ben sit in?"); None when two different people were named in the
    nearest turn that names any."""
    for k in range(at, max(-1, at - reach - 1), -1):
        people = [
            e
            for e in [*turns[k].doc.ents, *_run_past(turns[k].doc), *_attendees_named(turns[k].doc, names)]
            if e.label_ == "PERSON"
            and not (k == at and before is not None and e.start >= before)
            and not (
                any(part in names for part in e.text.split()) and not (attendees and _talked_of(e, turns[at].speaker))
            )
        ]
        if not people:
            continue
        surnames = {e.text.split()[-1] for e in people}
        if len(surnames) > 1:
            return None  # "Ana and Raj": which one is not said
        last = max(people, key=lambda e: e.start)
        words = [t for t in last if t.pos_ == "PROPN" and t.dep_ != "case"]  # not "Leave" of "Leave Warren to me"
        title = last.doc[words[0].i - 1] if words and words[0].i > 0 else None
        if title is not None and title.lower_.rstrip(".") in TITLES:
            words.insert(0, title)
        return " ".join(t.text for t in words) or None
    return None


TALKED_OF = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss"})


def _attendees_named(doc: Doc, names: set[str]) -> list[Span]:
    """An attendee's name the parser called no person's ("Linh's gone, I'll let her know", "Linh" taken for an
    organisation): the attendee list says it is a person; a word of a name the parser did call a person's is
    already one."""
    said = [t.i for t in doc if t.text in names and t.pos_ == "PROPN" and t.is_title and t.ent_type_ != "PERSON"]
    runs: list[list[int]] = []
    for i in said:  # "Priti Anand": the words of one name together
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [Span(doc, run[0], run[-1] + 1, label="PERSON") for run in runs]


def _talked_of(name: Span, speaker: str | None) -> bool:
    """An attendee named in the third person ("Can Ben sit in on the session? He's never been."), not one talked to
    ("Ben, can you…") nor the one who says the pronoun."""
    after = name.doc[name.end] if name.end < len(name.doc) else None
    if name.root.dep_ not in TALKED_OF or (after is not None and after.text == ","):
        return False
    before = name.doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.text == "," and (after is None or after.text in (".", "!", "?")):
        return False  # "Leave that one with me, Hana.": the one talked to, closing the sentence
    return speaker is None or not set(name.text.split()) & set(speaker.split())


def _run_past(doc: Doc) -> list[Span]:
    """ "I need to run five twenty past Richard": a name the parser read as a clock time's ("twenty past ten"), a
    person's name after "past" in a date or time that is no day, month or season."""
    return [
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.ent_type_ in ("DATE", "TIME")
        and t.i > 0
        and doc[t.i - 1].lower_ == "past"
        and t.tag_ == "NNP"
        and t.is_title
        and t.lower_ not in WEEKDAYS
        and t.lower_ not in MONTHS
        and t.lower_ not in SEASONS
    ]
