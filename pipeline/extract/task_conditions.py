"""The step a commitment waits for, said after it ("I'll post it once it's signed off"), kept short for the
brackets after a task: "(once signed off)"."""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import like_num
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from pipeline.extract.task_dates import _is_date_word

LEFT_AS = {"live", "ready", "done", "finished"}  # "have it live": the state the work leaves the thing in
KEPT_AS = {"keep", "leave"}  # "keep it held until Friday", "leave it pencilled in": the thing and the state it stays in
MADE_INTO = {"make", "keep", "call", "name", "leave", "set"}  # "make it the default": the thing and what it is made
SURE = {"sure", "certain"}


def sure_of(clause: Token) -> bool:
    """ "make sure it's on there": the clause is what is made sure of (the parser hangs "sure" on the clause, or the
    clause on "sure")."""
    head = clause.head
    if head.lower_ in SURE:
        return head.head.lemma_ == "make"
    return head.lemma_ == "make" and any(c.dep_ == "acomp" and c.lower_ in SURE for c in clause.children)


SUBJECT_PRONOUNS = {"i", "we", "you", "they", "he", "she", "it", "there"}
PEOPLE = {"i", "we"}  # the committer waiting on their own step; "once you've signed it off" -> "once signed it off"
SAID_OF_IT = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
CONDITION_MARKS = {"once", "after", "when", "before"}
CONDITION_WORDS = 6
BARE_TASK = 2  # content words of a task too bare to stand without it: "call the family (before anything goes out)"


def waited_for(verb: Token) -> str | None:
    """The step a commitment waits for, kept short for brackets: "I'll post it once it's signed off" ->
    "once signed off"; "our team will upload it once the hero edit is approved" -> "once the hero edit is
    approved"; "before anything goes out" (something else that happens, not the speaker's own "before I leave").
    None when there is none, or it is too long to keep."""
    soon = [c for c in verb.children if c.lower_ == "soon"]  # "as soon as it's signed off": "once"
    for clause in [c for v in [verb, *soon] for c in v.children if c.dep_ == "advcl"]:
        marks = CONDITION_MARKS | ({"as"} if clause.head.lower_ == "soon" else set())
        mark = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks]
        if not mark:
            continue
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if _had_by_whoever(verb, clause, subj):  # "Once you have it, can you send it over?": once it comes in
            return f"{'once' if mark[0].lower_ == 'as' else mark[0].lower_} received"
        pronoun = bool(subj) and subj[0].lower_ in SUBJECT_PRONOUNS | {"that", "this", "they"}
        if mark[0].lower_ == "before" and (pronoun or not subj or _someone_else(subj[0])):
            continue  # "before the statement goes out", not "before I leave" nor "before someone else grabs her"
        if pronoun and not _said_of_a_thing(clause) and (subj[0].lower_ in PEOPLE or not _has_object(clause)):
            pronoun = False  # "once we have the list", "once that comes in": without its subject no sentence
        skip = {t.i for t in subj[0].subtree} if pronoun else set()
        if pronoun:  # "once it's signed off": the thing is the task's object; say only what happens to it
            skip.update(c.i for c in clause.children if c.dep_ in ("aux", "auxpass"))
            if clause.lemma_ == "be":
                skip.add(clause.i)  # "once it's ready" -> "once ready"
            if not any(t.pos_ in SAID_OF_IT for t in clause.subtree if t.i not in skip and t.i != mark[0].i):
                continue  # "once that's in": nothing left to say (not "once's in")
        kept = [t for t in clause.subtree if t.i not in skip and not t.is_punct]
        said = [k for k, t in enumerate(kept) if not _is_date_word(t)]
        if any(_a_span(t) for t in kept) or (said and said[-1] - said[0] + 1 != len(said)):
            continue  # "once everything's had seven days live", "once it's run for a week": a span, no deadline
        words = [kept[k].text for k in said]
        words = ["once" if t == mark[0].text and mark[0].lower_ == "as" else t for t in words]
        words[0] = words[0].lower() if words and words[0] == mark[0].text else words[0]  # "Once the council …"
        if 2 <= len(words) <= CONDITION_WORDS:
            return re.sub(r" (?=['’]\w|n't\b)", "", " ".join(words))  # "you 've" -> "you've"
    return None


RACED_AFTER = re.compile(r"^(.+?)\s+\((before\b[^()]*)\)$", re.IGNORECASE)  # "… (before X goes live)"


def kept_condition(task: str) -> str:
    """The task as reported, the event it must come before in brackets kept or not. An event the work must beat
    ("before anything goes live") is only a vague due: it stays after a bare task that needs it ("call the family
    (before anything goes out)", "hold a catch-up (before Priti goes)"), and goes after one that names its own
    thing ("check the 'twice as fast' claim", "book four licences"). A step waited for ("once signed off") stays."""
    raced = RACED_AFTER.match(task)
    if raced is None:
        return task
    said = [w for w in re.findall(r"[\w'’-]+", raced.group(1)) if w.lower() not in STOP_WORDS or like_num(w)]
    return task if len(said) <= BARE_TASK else raced.group(1)


HAD = {"have", "get", "receive"}
ONE_OR_MORE = {"it": 1, "that": 1, "this": 1, "them": 2, "those": 2, "these": 2}  # a pronoun for one thing or more
THING = set(ONE_OR_MORE)


def _had_by_whoever(verb: Token, clause: Token, subj: list[Token]) -> bool:
    """ "Once you have it, can you send it over?", "when we get them, I'll forward them": the thing the task is about
    (both say it by a pronoun, of one thing or of more), had by the one who passes it on; without its subject ("once
    have it") no sentence, with it no news, so only that it comes in is said. Not "Once we have it, we'll send
    invites out" nor "I'll chase them and forward it as soon as I have it" (another thing waited for)."""
    said = [
        {ONE_OR_MORE[c.lower_] for c in v.children if c.dep_ == "dobj" and c.lower_ in THING} for v in (verb, clause)
    ]
    same = len(said[0]) == 1 and said[0] == said[1]  # "chase them … once I have it": the team, then the list
    return same and clause.lemma_ in HAD and bool(subj) and subj[0].lower_ in ("i", "we", "you")


def _has_object(clause: Token) -> bool:
    return any(c.dep_ in ("dobj", "attr", "acomp", "oprd") for c in clause.children)


def _said_of_a_thing(clause: Token) -> bool:
    """ "once we're signed off", "once we're ready": how things stand, not a step the speaker takes."""
    return clause.lemma_ == "be" or any(c.dep_ == "auxpass" for c in clause.children)


ANYONE = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"}


def _someone_else(subj: Token) -> bool:
    """ "before someone else books her", "before anybody notices": a race or a reason, not a step waited for."""
    return subj.lower_ in ANYONE or (subj.lower_ == "else" and subj.head.lower_ in ANYONE)


SPAN_UNITS = {"minute", "hour", "day", "night", "week", "fortnight", "month"}


def _a_span(tok: Token) -> bool:
    """ "seven days", "a week": a length of time the step waited for lasts, not when it happens ("on Friday")."""
    return tok.lemma_.lower() in SPAN_UNITS and any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in tok.children
    )
