"""Dates in a task's words: which phrases say when (dropped from the task) and which name a thing with a date
said inside it (kept, the date alone dropped): "by the end of the week" goes; "for the passwords and the account
handover today" keeps all but "today"; "for three and four colours" is not a date."""

from __future__ import annotations

from spacy.tokens import Token

DATE_WORDS = {
    "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "week", "weekend", "month", "eod", "noon", "morning", "afternoon", "evening", "hour", "hours", "days", "weeks",
    "then", "asap", "soon", "later", "now",
}  # fmt: skip
DATE_PREPS = {"by", "before", "on", "until", "till", "in", "within", "for", "after", "first", "end", "over"}


def _is_date_phrase(tok: Token) -> bool:
    sub = [t for t in tok.subtree if not _how_often(t)]
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in DATE_WORDS for t in sub) and len(sub) <= 8 or _clock(tok)


def _how_often(tok: Token) -> bool:
    """ "weekly" of "in the weekly bulletin": what kind of thing, not when (unlike "in the next few weeks")."""
    return tok.dep_ == "amod" and tok.head.ent_type_ not in ("DATE", "TIME") and tok.head.lower_ not in DATE_WORDS


CLOCK_PREPS = {"before", "by", "until", "till"}
CLOCK_WORDS = set("one two three four five six seven eight nine ten eleven twelve half quarter past pm am".split())
CHANGE_VERBS = {"cut", "reduce", "increase", "raise", "drop", "lower", "extend", "shorten", "trim", "lift", "grow"}


def _clock(prep: Token) -> bool:
    """ "before two", "by half one": a time of day said as a number (not "cut it by two percent", "cut it by two")."""
    if prep.lower_ not in CLOCK_PREPS or (prep.lower_ == "by" and prep.head.lemma_ in CHANGE_VERBS):
        return False
    words = [t for t in prep.subtree if t.i != prep.i]
    return 0 < len(words) <= 3 and all(t.lower_ in CLOCK_WORDS or t.lower_ == "o'clock" for t in words)


HOW_MUCH = {"bit", "lot", "little", "touch", "tad", "way", "time", "times", "each", "step"}


def _second_object(tok: Token, verb: Token) -> bool:
    """ "drop Kim a note", "send the team a reminder": the thing given, which the parser reads as an adverbial noun,
    after the verb's person (not "this week", "a bit", "one step at a time")."""
    person = any(c.dep_ in ("dobj", "dative") and c.i < tok.i for c in verb.children)
    said = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return person and tok.pos_ == "NOUN" and said in (["a"], ["an"]) and tok.lower_ not in HOW_MUCH | DATE_WORDS


COUNTING = ("NUM", "CCONJ", "DET", "ADJ", "ADP", "PUNCT")  # the words of a date that are not its noun
DATE_HEADS = {"end", "start", "beginning", "middle", "close", "back", "rest"}


def _dated_aside(prep: Token) -> bool:
    """ "for the passwords and the account transfer today": a phrase naming a thing, with a date said inside it
    (dropped on its own, ``_nested_date``), unlike "by the end of the week" or "in the next two weeks"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _is_date_word(obj) or obj.lower_ in DATE_HEADS:
        return False
    said = [t for t in prep.subtree if _is_date_word(t) and t.i != obj.i and t.pos_ not in COUNTING]
    return all(_nested_date(t) for t in said)  # "for five and six colours": numbers of a thing, not a date


def _nested_date(tok: Token) -> bool:
    """A date word inside a date phrase hung off the words before it ("today", "this week", "on Friday")."""
    return any(a.dep_ in ("npadvmod", "tmod") or (a.dep_ == "prep" and a.lower_ in DATE_PREPS) for a in _up_to(tok))


def _up_to(tok: Token) -> list[Token]:
    """``tok`` and its heads up to (not including) the nearest preposition's object chain's top."""
    chain = [tok]
    while chain[-1].dep_ not in ("pobj", "ROOT") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _is_date_word(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in DATE_WORDS
