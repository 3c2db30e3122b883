"""Where a task too long to say in full is cut: before a phrase that hangs on the words kept ("… with the dress
code and the parking info" loses "with …"), never after half of a noun phrase ("with the dress"), and never leaving a
function word at the end ("… and", "… with the") unless it is a particle ("dig it out") or a demonstrative object
("resubmit that" once "first thing tomorrow" has gone)."""

from __future__ import annotations

from spacy.tokens import Token

STEPS_WORDS = 14  # two steps of one commitment, or a list of things, may say a little more than one phrase
DEMONSTRATIVES = {"that", "this", "those", "these"}
SENT_PARTICLES = {"over", "across", "round", "out", "through"}
PUT_IN = {"in"}  # "put the order in": read as a preposition whose object was the date ("in today")
HANDING = {"get", "have", "bring"}  # "get the report over": without its particle, nothing is sent

PHRASE_DEPS = ("prep", "cc", "conj", "advcl", "relcl", "acl", "appos", "npadvmod", "advmod", "mark")
MIN_KEPT = 4
CLAUSES = ("relcl", "acl", "advcl")  # clauses hung on a word of the task
TRAILING = ("ADP", "CCONJ", "DET", "PART", "SCONJ")  # words a task does not end on ("… to them as our")


def cut_words(words: list[Token], limit: int) -> list[Token]:
    """At most ``limit`` words, cut where a phrase starts ("… with the dress code and the parking info" loses
    "with …", never "code and the parking info"), and no function word or possessive left at the end ("… the
    client's")."""
    if _count(words) > limit:
        fits = [k for k in range(MIN_KEPT, len(words)) if _count(words[:k]) <= limit]
        starts = [k for k in fits if _starts_phrase(words[k])]
        words = _whole_clauses(words[: starts[-1] if starts else fits[-1] if fits else limit])
    while (
        words
        and (words[-1].pos_ in TRAILING or words[-1].dep_ == "poss" or so_that(words[-1]))
        and not _ends_well(words)
    ):
        if len(words) > 2 and words[-2].text == "-" and not words[-2].whitespace_:
            break  # "the final sign-off", "the mock-up": the end of a hyphenated word, not a word left hanging
        words.pop()
    return words


# the noun of a preposition said in words ("off the back of", "on top of", "at the end of", "on behalf of")
PREPOSITION_NOUNS = {"back", "front", "top", "behalf", "end", "start", "basis", "middle", "light"}


def preposition_of(tok: Token) -> bool:
    """ "of" after the noun of a preposition said in words, that noun after a preposition ("off the back of the
    statement", "on the basis of the new numbers"): the words before "of" say nothing without it."""
    noun = tok.head
    return (
        tok.lower_ == "of"
        and tok.i > 0
        and noun.i == tok.i - 1
        and noun.lower_ in PREPOSITION_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
    )


def _whole_clauses(words: list[Token]) -> list[Token]:
    """No clause left hanging on its verb: "send a few lines on the festival I can put [in the staff newsletter]"
    loses "I can put" too; "take you up there to walk it before we commit [to the layout]" keeps "to walk it"."""
    last = words[-1] if words else None
    if last is None or last.pos_ not in ("VERB", "AUX"):
        return words
    clause = next((a for a in [last, *last.ancestors] if a.dep_ in CLAUSES), None)
    if clause is None or clause.left_edge.i <= words[0].i:
        return words
    kept = [w for w in words if w.i < clause.left_edge.i]
    return kept if _count(kept) >= MIN_KEPT else words


def so_that(tok: Token) -> bool:
    """ "so" where the reason said next starts ("pull together the costs for all three so Priti can compare"): a
    conjunction left hanging, not the object of "do so" or "say so"."""
    return tok.lower_ == "so" and tok.i > 0 and tok.nbor(-1).pos_ not in ("VERB", "AUX")


def _count(words: list[Token]) -> int:
    """Words as written: "in-jokes" is one ("in", "-", "jokes")."""
    return sum(1 for k, t in enumerate(words) if t.text != "-" and not (k and words[k - 1].text == "-"))


def _ends_well(words: list[Token]) -> bool:
    """A particle ("dig it out") or a demonstrative left as the object when the date it was read with went
    ("resubmit that first thing tomorrow" -> "resubmit that")."""
    last = words[-1]
    kept = {w.i for w in words[:-1]}
    particle = len(words) > 1 and last.lower_ in SENT_PARTICLES | {"back"}
    handed = last.head.i in kept and last.head.lemma_ in HANDING  # "send it [over]" says it without "over"
    if particle and (last.head.i == words[-2].i or handed):
        return True  # "get the report over [later today]": sent over, the date gone, "over" parsed as either
    if (
        last.lower_ in PUT_IN
        and last.head.i in kept
        and last.head.pos_ == "VERB"
        and not any(c.i in kept for c in last.children)
    ):
        return True  # "put the order in [on Friday]", "hand the forms in [today]": the verb's particle, not a date's
    demonstrative = last.lower_ in DEMONSTRATIVES and last.dep_ == "det"  # not "… templates that [cover …]"
    if last.dep_ == "prep" and not list(last.children) and last.head.tag_ == "VBN" and last.head.i in kept:
        return True  # "have them applied for [by Friday]": the verb's own preposition, left at the end
    # "get you that [this week]": the object, whatever the parser tags "that"
    pointed = last.lower_ in DEMONSTRATIVES and last.dep_ == "dobj" and last.head.i in kept
    return last.dep_ == "prt" or pointed or (demonstrative and all(w.i != last.head.i for w in words))


def _starts_phrase(tok: Token) -> bool:
    """The first word of a phrase hung on the words before it: a preposition, "and", a clause or aside; not the
    "of" of a preposition said in words ("off the back of", "at the end of", ``preposition_of``)."""
    if tok.text == "-":
        return False  # inside a word: "in-jokes"
    if preposition_of(tok):
        return False  # "… for the contact centre off the back [of the statement]": the cut goes before "off"
    return tok.dep_ in ("prep", "cc", "mark", "punct") or any(
        a.dep_ in PHRASE_DEPS and a.left_edge.i == tok.i for a in [tok, *tok.ancestors]
    )
