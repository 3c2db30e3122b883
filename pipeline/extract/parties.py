"""Whom a person pronoun of a task points back to (``pipeline/extract/wording.py``): a person or an organisation
named just before, not a thing.

    "The final route has to come from the council." / "I'll ring them myself."  -> "ring the council"
    "I've got their site manager's number. I'll ask her for the levels."         -> "ask the site manager for …"
    "I need to run it past Richard. I'll get his sign-off by Friday."            -> "get Richard's sign-off"

"them"/"their" take an organisation (a name the parser calls one, or a word for a body of people: "the council",
"their press office") or people by role in the plural ("the buyers"); "her"/"him"/"his" a person (a name, or a
role: "the centre manager"). The nearest one said before the pronoun, in its turn or the two before it, when that
turn names only one; otherwise nothing is sure and the pronoun stays (a wrong name is worse than a pronoun).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.antecedents import FILLERS, LOOKBACK
from pipeline.extract.tasks import REFLEXIVES
from pipeline.extract.turns import Turn
from pipeline.extract.wording_rules import WordingRules

PARTY_LOOKBACK = 2
PERSON_WORDS = {"her", "him", "his"}
GROUP_WORDS = {"them", "their"}
# "to them", "with them": whom something goes to or is done with
TO_WHOM = {"to", "with"}
OWNERS = {"their", "our", "your", "my", "his", "her"}


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
    if kind == "person":
        return kind if tok.dep_ in ("dobj", "dative", "pobj") else None
    sent_on = any(c.dep_ in ("prt", "dative") or c.lower_ == "to" for c in tok.head.children if c.i > tok.i)
    if tok.dep_ == "dobj" and tok.head.lemma_ in addressing and not sent_on:
        return kind  # "ring them", "ask them": people are rung and asked; not "email them to you", "text them over"
    verb = tok.head.head.head if tok.head.head.pos_ == "ADV" else tok.head.head  # "go back to them"
    if tok.dep_ == "pobj" and tok.head.lower_ in TO_WHOM and verb.pos_ == "VERB":
        return kind  # "go back to them with forty", "put the offer to them"
    return None


def party(turns: list[Turn], at: int, before: int | None, names: set[str], kind: str, roles: frozenset[str],
          groups: frozenset[str]) -> str | None:  # fmt: skip
    """Who the pronoun before token ``before`` of turn ``at`` stands for (see the module's docstring); None when
    nothing is sure."""
    if kind == "person":
        person = named_person(turns, at, before, names)
        if person:
            return person
    for k in range(at, max(-1, at - PARTY_LOOKBACK - 1), -1):
        doc = turns[k].doc
        end = before if k == at and before is not None else len(doc)
        found = [t for t in doc[:end] if _fits(t, kind, names, roles, groups)]
        if not found:
            continue
        texts = {_phrase(t).lower() for t in found}
        return _phrase(found[-1]) if len(texts) == 1 else None
    return None


def worded_party(turns: list[Turn], at: int, before: int | None, names: set[str], tok: Token, kind: str,
                 rules: WordingRules) -> str:  # fmt: skip
    """The pronoun ``tok`` (said at token ``before`` of turn ``at``) as the task writes it: whom it stands for, as
    an owner for a possessive ("his sign-off" -> "Richard's sign-off"); the pronoun itself when nothing is sure."""
    if any(_fits(t, kind, names, rules.roles, rules.bodies) for t in tok.doc[: tok.i]):
        return tok.text  # "confirm the numbers with the coach company … with them": the task names them itself
    who = party(turns, at, before, names, kind, rules.roles, rules.bodies) if at >= 0 else None
    if who is None:
        return tok.text
    return owned_by(who) if tok.dep_ == "poss" and tok.head.lower_ not in REFLEXIVES else who


def owned_by(who: str) -> str:
    """ "Richard" -> "Richard's", "the buyers" -> "the buyers'", "Sainsbury's" stays."""
    if who.endswith("'s") or who.endswith("'"):
        return who
    return f"{who}'" if who.endswith("s") and not who[:1].isupper() else f"{who}'s"


def _fits(tok: Token, kind: str, names: set[str], roles: frozenset[str], groups: frozenset[str]) -> bool:
    """A word naming someone of the pronoun's kind: for "her"/"him" a person's role in the singular (a named person
    is ``named_person``'s); for "them" an organisation's name, a body of people, or people by role in the plural."""
    if tok.text in names or tok.dep_ == "compound" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I" and tok.ent_type_:
        return False  # not the last word of a name: "Warwick" of "Warwick Council"
    lemma = tok.lemma_.lower()
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if kind == "person":  # "the centre manager"; a first name the parser did not call a person's ("Richard")
        name = tok.tag_ == "NNP" and tok.ent_type_ in ("", "PERSON") and tok.is_title and not the
        return (tok.tag_ == "NN" and lemma in roles) or name
    if tok.pos_ == "PROPN" and (tok.ent_type_ == "ORG" or the):
        return True  # "Tesco", "the Herald"
    return (lemma in groups and tok.tag_ in ("NN", "NNS", "NNP")) or (lemma in roles and tok.tag_ == "NNS")


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
        the = start > 0 and doc[start - 1].lower_ == "the"
        name = "".join(said).strip()
        return f"the {name}" if the else name
    lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "det", "poss", "nmod")]
    start = min((c.left_edge.i for c in lefts), default=tok.i)
    words = [t for t in doc[start : tok.i + 1] if t.lower_ not in FILLERS and not t.is_punct]
    if words and words[0].lower_ in OWNERS:
        words = words[1:]
    # "The printers" said first, "the hotel's events coordinator" with its "'s"
    text = "".join((t.lower_ if t.pos_ == "DET" else t.text) + t.whitespace_ for t in words).strip()
    first = words[0] if words else tok
    return text if first.pos_ == "DET" or first.pos_ == "PROPN" else f"the {text}"


TITLES = {"councillor", "mr", "mrs", "ms", "miss", "dr", "doctor", "professor", "prof", "sir", "dame", "lord", "lady",
          "minister", "mayor", "senator", "judge", "inspector", "officer", "father", "reverend"}  # fmt: skip


def named_person(turns: list[Turn], at: int, before: int | None, names: set[str]) -> str | None:
    """Whom "her"/"him" points back to: the last person named (by the parser) before token ``before`` of turn ``at``
    or in the turns before it, with a title said with the name ("Councillor Abbott"), not one of the attendees
    (who are talked to, not about); None when two different people were named in the nearest turn that names any."""
    for k in range(at, max(-1, at - LOOKBACK - 1), -1):
        people = [
            e
            for e in turns[k].doc.ents
            if e.label_ == "PERSON"
            and not (k == at and before is not None and e.start >= before)
            and not any(part in names for part in e.text.split())
        ]
        if not people:
            continue
        surnames = {e.text.split()[-1] for e in people}
        if len(surnames) > 1:
            return None  # "Ana and Raj": which one is not said
        last = people[-1]
        words = [t for t in last if t.pos_ == "PROPN" and t.dep_ != "case"]  # not "Leave" of "Leave Warren to me"
        title = last.doc[words[0].i - 1] if words and words[0].i > 0 else None
        if title is not None and title.lower_.rstrip(".") in TITLES:
            words.insert(0, title)
        return " ".join(t.text for t in words) or None
    return None
