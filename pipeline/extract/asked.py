"""What "it"/"them" stands for when a reply takes up something asked turns before (``pipeline/extract/wording.py``
asks here after the nearest noun phrase, ``antecedents.antecedent``):

    "Could you get us a breakdown of the sign-ups? By region and by age, ideally." … (six turns on)
    "Back to your question: I'll do it by region and by age."          -> "do a breakdown of the sign-ups by region …"

The request is chosen by the content words the reply shares with it, not by a list of phrases; and a pronoun in a
clause that only hedges the work ("where we've got it") is no object to resolve.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.antecedents import WEAK_NOUNS, _is_question, _sentence_antecedent
from pipeline.extract.turns import Turn

ASKED_REACH = 12  # turns back a reply may take up what was asked ("going back to your question — …")
SHARED_WORDS = 2  # content words the reply must share with what it answers, besides the thing itself


def asked_with(
    turns: list[Turn], at: int, words: set[str], names: set[str], plural: bool | None, agents: frozenset[str]
) -> str | None:
    """What "it" stands for when the rest of the task says which request it answers: the thing asked for in the
    nearest turn, by someone else, of the last ``ASKED_REACH``, that shares ``SHARED_WORDS`` or more of ``words``
    (the task's content words besides its verb and pronoun), its questions first.

        "Could you get us a breakdown of the sign-ups? By region and by age, ideally." … (six turns on)
        "Back to your question: I'll do it by region and by age."  -> "a breakdown of the sign-ups"
    """
    if len(words) < SHARED_WORDS or not 0 <= at < len(turns):
        return None
    speaker = turns[at].speaker
    for k in range(at - 1, max(-1, at - ASKED_REACH - 1), -1):
        if speaker is not None and turns[k].speaker == speaker:
            continue
        doc = turns[k].doc
        if len(words & {t.lower_ for t in doc} | words & {t.lemma_.lower() for t in doc}) < SHARED_WORDS:
            continue
        said = {t.i for t in doc if t.lower_ in words or t.lemma_.lower() in words}  # "by region": not the thing
        sents = list(reversed(list(doc.sents)))
        for sent in [s for s in sents if _is_question(s)] + [s for s in sents if not _is_question(s)]:
            found = _sentence_antecedent(sent, names, None, said, plural, agents)
            if found:
                return found.lstrip("\0")
        return None
    return None


def taken_up(
    turns: list[Turn],
    k: int,
    before: int | None,
    task: Doc,
    pron: Token,
    nearest: str | None,
    names: set[str],
    plural: bool | None,
    agents: frozenset[str],
) -> str | None:
    """What ``pron`` of ``task`` (said in turn ``k`` at token ``before``) stands for: the thing asked for turns
    before that the reply shares words with, unless ``nearest`` was named in the pronoun's own sentence and is not
    the same thing said with less ("send the plan when it's ready and I'll sign it off")."""
    words = content_words(task, names, pron) | _sentence_words(turns, k, before, names)
    asked = asked_with(turns, k, words, names, plural, agents)
    if asked and (not _said_with(turns, nearest, k, before) or _fuller(asked, nearest)):
        return asked
    return nearest


def content_words(span: Doc | Span, names: set[str], pron: Token | None = None) -> set[str]:
    """The content words of a task or sentence besides its pronoun ("do it by region and by age": region, age)."""
    return {
        t.lower_
        for t in span
        if (pron is None or t.i != pron.i)
        and t.pos_ in ("NOUN", "PROPN", "ADJ")
        and not t.is_stop
        and t.text not in names
        and t.lower_ not in WEAK_NOUNS
    }


def _sentence_words(turns: list[Turn], k: int, at: int | None, names: set[str]) -> set[str]:
    """The content words of the sentence of turn ``k`` a task's pronoun was said in ("On the complaints, I'll send
    it by channel": complaints, channel)."""
    if not 0 <= k < len(turns) or at is None or at >= len(turns[k].doc):
        return set()
    return content_words(turns[k].doc[at].sent, names)


def _said_with(turns: list[Turn], ref: str | None, k: int, at: int | None) -> bool:
    """``ref`` was named in the sentence of turn ``k`` the pronoun at token ``at`` was said in."""
    if ref is None or not 0 <= k < len(turns) or at is None or at >= len(turns[k].doc):
        return False
    return ref.split()[-1].lower() in turns[k].doc[at].sent.text.lower()


def _fuller(asked: str, ref: str | None) -> bool:
    """``asked`` names ``ref`` with more ("a summary of the complaints" for "the complaints")."""
    return ref is not None and len(asked.split()) > len(ref.split()) and ref.split()[-1].lower() in asked.lower()


HEDGES = {"where", "wherever", "if"}


def hedge(pron: Token) -> bool:
    """A pronoun in a clause that only hedges the work ("by age where we've got it", "if we have them"): the
    thing as far as there is any, not the thing worked on (a cut of the wording rules takes the clause out)."""
    verb = pron.head
    return (
        verb.dep_ in ("advcl", "relcl")
        and any(c.lower_ in HEDGES and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    )
