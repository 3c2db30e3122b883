"""Mentions of a thing over a meeting, for filling a task's thin object (``pipeline/extract/objects.py``): the
same noun said again ("panel", "panels"), the words before it as said ("tail-lift", split by the parser), another
kind of it named nearby ("the summer media plan" beside "the spring media plan"), and the state a task's work
leaves it in ("get the test print done")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.antecedents import FILLERS
from pipeline.extract.date_words import MON_FULL, WEEKDAYS
from pipeline.extract.turns import Turn

FULLER_BACK = 8  # turns back the thing may have been named in full

# the days and months a thing is named by ("the June content calendar"); "may" is the verb far more often
CALENDAR_WORDS = {w for w in WEEKDAYS if w.endswith("day")} | set(MON_FULL) - {"may"}
SEASONS = {"spring", "summer", "autumn", "winter", "christmas", "easter", "q1", "q2", "q3", "q4"}


def named_time(tok: Token) -> bool:
    """A month, weekday, season or quarter said as the kind of thing ("the April content calendar", "the summer
    media plan", "the Q3 flowchart"), not whose or when ("Tuesday's", "the next build", "last year's")."""
    doc = tok.doc
    owned = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS"
    return tok.lower_ in CALENDAR_WORDS | SEASONS and tok.dep_ in ("compound", "amod", "nmod") and not owned


HOW = {"proper", "quick", "short", "little", "big", "long", "informal", "formal", "brief", "actual"}
# how the thing is judged, not what kind of thing it is: "a good statement" is the statement
JUDGED = {"good", "great", "nice", "decent", "solid", "strong", "better", "best", "lovely", "bad", "clear", "simple",
          "real", "right", "wrong", "fine", "perfect", "rough"}  # fmt: skip
WHOSE = {"own"}  # "my own login": whose it is, not a kind of login


def same_noun(tok: Token, noun: str) -> bool:
    """The same noun, singular or plural ("panel", "panels")."""
    noun = noun.lower()
    return tok.lower_ in (noun, noun + "s") or noun == tok.lower_ + "s"


def is_noun(tok: Token) -> bool:
    """A noun, or a plural the tagger took for a verb where a noun stands ("we need the allergen labels")."""
    return tok.pos_ == "NOUN" or (tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") and tok.tag_ != "VB")


CAUSATIVE_VERBS = {"get", "have", "got"}
DONE = {"done", "sent", "sorted", "set", "made", "built", "written", "cut", "shot", "run", "drawn", "split"}


def leaves_done(words: list[str], i: int) -> bool:
    """The word at ``i`` says the state the work leaves the thing in, after a verb of getting it done: "get the
    test print done", "have the invoices raised" (the noun before it ends the noun phrase)."""
    if i >= len(words) or not words or words[0].lower() not in CAUSATIVE_VERBS:
        return False
    word = words[i].lower()
    return word in DONE or (word.endswith("ed") and word.isalpha() and len(word) > 4)


def joins(tok: Token) -> bool:
    """The hyphen inside a word the parser split ("tail" "-" "lift")."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_


def glued_on(tok: Token) -> bool:
    """The word after the hyphen of a split word, whatever the tagger made of it ("up" of "pop-up")."""
    return tok.i > 1 and joins(tok.doc[tok.i - 1])


def hyphen_part(tok: Token) -> bool:
    """A part of a hyphenated word the parser split, either side of the hyphen ("six" and "month" of "six-month")."""
    return glued_on(tok) or (tok.i + 1 < len(tok.doc) and joins(tok.doc[tok.i + 1]))


def hyphened(mods: list[str], left: list[Token]) -> list[str]:
    """The words before the noun as said, a split hyphenated word whole again: ["tail-lift"], not ["tail", "lift"]."""
    out: list[str] = []
    for word, tok in zip(mods, left, strict=True):
        if glued_on(tok) and out:
            out[-1] += "-" + word
        else:
            out.append(word)
    return out


def other_kind(noun: str, said: list[str], mods: list[str], turns: list[Turn], at: int) -> bool:
    """Another mention of ``noun`` over the same turns names a different kind of it ("the summer media plan"
    beside "the spring media plan"), one the task's own words (``said``) do not rule out."""
    ours = {part for m in mods for part in m.lower().split("-")}
    for k in range(min(at, len(turns) - 1), max(-1, at - FULLER_BACK - 1), -1):
        for tok in turns[k].doc:
            if not same_noun(tok, noun) or not is_noun(tok):
                continue
            kinds = {t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod") and t.is_alpha}
            kinds -= FILLERS | HOW | JUDGED | WHOSE
            if kinds and set(said) <= kinds and not (kinds <= ours or ours <= kinds):
                return True
    return False


def said_before(tok: Token) -> list[Token]:
    """The words of ``tok``'s noun phrase said straight before it, back to a pause or an interjection: "the April
    content calendar" of "Yeah, so, um, the April content calendar." (the parser hangs the whole turn on it)."""
    doc, start = tok.doc, tok.i
    while start > tok.left_edge.i:
        prev = doc[start - 1]
        if prev.pos_ == "INTJ" or (prev.is_punct and not joins(prev)):
            break
        start -= 1
    return list(doc[start : tok.i])
