"""Work said as what happens to the thing, written as the work itself:

    "get the CTV buy placed", "have the films re-edited"  -> "place the CTV buy", "re-edit the films"
    "make sure the NDA gets signed", "make sure the team is briefed"  -> "sign the NDA", "brief the team"

``doc`` is the parse of the task as said (its pronouns not yet resolved), ``text`` the task as worded so far.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.extract.antecedents import pointed_done

Parse = Callable[[str], Doc]
UNRESOLVED = {"it", "they", "that", "this", "those", "these", "he", "she", "we", "you", "i"}
HANDED_ON = ("over", "across", "round")  # "get the amendment drafted and over to you": done, then sent


def base(verb: Token, parse: Parse) -> str:
    """The verb's base form, for a prefixed word read whole ("re-edited": "edit")."""
    prefix, _, word = verb.text.rpartition("-")
    if not prefix or not word.isalpha():
        return verb.lemma_
    return parse(word)[0].lemma_


def _as_said(verb: Token) -> tuple[str, str]:
    """The verb's particle right after it ("put up": "up"), and a pattern for the verb as said with it."""
    prt = " ".join(c.text for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)
    return prt, re.escape(verb.text) + (r"\s+" + re.escape(prt) if prt else "")


def done_to(doc: Doc, text: str, work: frozenset[str], parse: Parse) -> str:
    """ "get the CTV buy placed", "have the banners resized": the work itself ("place the CTV buy") when the verb is
    work the owner does (``work``); not what others do for us ("get the release signed", "get it approved")."""
    if not len(doc) > 2 or doc[0].lemma_ not in ("get", "have"):
        return text
    done = next(
        (
            t
            for t in doc[2:]
            if t.tag_ in ("VBN", "VBD")
            and base(t, parse) in work
            and t.dep_ != "amod"
            and (doc[t.i - 1].pos_ not in ("DET", "ADJ", "ADV") or pointed_done(doc[t.i - 1]))
            and doc[t.i - 1].lower_ not in ("you", "us")  # "get you printed mock-ups": the thing, given
        ),
        None,
    )
    if done is None:
        return text
    prt, said = _as_said(done)
    prefix = done.text.rpartition("-")[0]  # "re-edited": "re-edit"
    m = re.match(r"^(?:get|have)\s+(.+?)\s+" + said + r"\b(.*)$", text, flags=re.IGNORECASE)
    verb = f"{prefix}-{base(done, parse)}" if prefix else done.lemma_
    if m is None:
        return text
    thing, rest = m.group(1), m.group(2)
    if rest.strip() and thing.lower().endswith(rest.strip().lower()):
        rest = ""  # "get that exported from the system": "that" was resolved to "the data from the system"
    if prt.lower() in HANDED_ON:
        return f"{verb} and send {thing}{rest}"  # "get the amendment drafted over to you": no "draft over"
    return f"{verb} {prt + ' ' if prt else ''}{_and_done(done, parse, rest, thing)}"


def _and_done(done: Token, parse: Parse, rest: str, thing: str) -> str:
    """The thing and what follows it, with a second thing done to it put before it as work of its own ("get the
    banners printed and delivered": "and deliver the banners"; "… printed and over to the stores": "and send the
    banners to the stores"), not left after it ("print the banners and delivered")."""
    m = re.match(r"^\s+and\s+(\S+)\b(.*)$", rest)
    if m is None:
        return f"{thing}{rest}"
    word, after = m.group(1), m.group(2)
    if word.lower() in HANDED_ON:
        return f"and send {thing}{after}"
    heads = (done.i, done.doc[0].i)  # the parser hangs "and sent round" on "get" as often as on the first verb
    second = next(
        (t for t in done.doc[done.i + 1 :] if t.dep_ == "conj" and t.head.i in heads and t.tag_ in ("VBN", "VBD")),
        None,
    )
    if second is None or second.text != word:
        return f"{thing}{rest}"
    prefix = second.text.rpartition("-")[0]
    verb = f"{prefix}-{base(second, parse)}" if prefix else base(second, parse)
    after = re.sub(r"^\s+(?:" + "|".join(HANDED_ON) + r")\b", "", after) if verb == "send" else after
    return f"and {verb} {thing}{after}"


def made_sure(doc: Doc, text: str) -> str:
    """ "make sure the NDA gets signed", "make sure the stands are put up": what is to be done, done by the owner
    ("sign the NDA"); a dangling "and back" goes. Not "make sure Femi gets a copy" (nothing is done to it) nor
    "make sure the board approve it" (someone else does it)."""
    if len(doc) < 5 or doc[0].lemma_ != "make" or doc[1].lower_ != "sure":
        return text
    done = next((t for t in doc if t.tag_ == "VBN" and t.dep_ == "ccomp" and t.head.i in (0, 1)), None)
    aux = [c for c in done.children if c.dep_ == "auxpass"] if done is not None else []
    subj = [c for c in done.children if c.dep_ == "nsubjpass"] if done is not None else []
    if done is None or len(aux) != 1 or not subj:
        return text
    prt, said = _as_said(done)
    gap = r"\s*" if aux[0].text.startswith("'") else r"\s+"  # "they're put up"
    m = re.match(rf"^make sure\s+(?:that\s+)?(.+?){gap}{re.escape(aux[0].text)}\s+{said}\b(.*)$", text, re.IGNORECASE)
    if m is None or m.group(1).lower() in UNRESOLVED:
        return text  # "make sure they're put up": what "they" are was not found
    rest = re.sub(r"^\s*and\s+back\b", "", m.group(2))  # "… gets signed and back": signing is the work
    return f"{done.lemma_} {prt + ' ' if prt else ''}{m.group(1)}{rest}".strip()
