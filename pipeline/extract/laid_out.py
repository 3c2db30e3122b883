"""A client's terse pick among options the agency laid out a few turns before, said in any sentence of its turn:

* "Two options. The licensed track is forty for the year. Or a composed track, for twelve." … "I'm not paying forty
  grand for that. Composed." -> "We go with a composed track, for twelve.";
* "Option one, free for everyone. Option two, free for members only." … "Free for everyone." ;
* "You either lead on price, or you lead on ease." … "Price. We lead on price, and ease comes in as support."

The options are laid out as statements ("Option one, …", "either … or …", a sentence opening "Or …"); the pick is a
short sentence with no finite verb whose words belong to one option and to no other. Not a pick answering a
question of fact, nor one said by the agency, nor words both options share ("Free." of "free for everyone" and
"free for members").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.turns import Turn

PICK_REACH = 5  # turns back the options a pick chooses from may have been laid out
PICK_WORDS = 5  # words at most in the sentence that picks
FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
LABELLED = re.compile(r"\b[Oo]ption (?:one|two|three|[A-C1-3])\b[,:]?\s*(?:is\s+)?")
EITHER = re.compile(r"\beither\s+(?P<a>[^?]+?),?\s+or\s+(?P<b>[^.?!]+)", re.IGNORECASE)
# words that name no option: the labels and the small words around them ("for", "with")
NOT_OPTION = frozenset(
    "option options one two three either the and for with from into onto but not just only our your their its that"
    " this these those".split()
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'-]*|\d+", text.lower()) if w not in NOT_OPTION and len(w) > 2}


def options_laid_out(turn: Turn) -> list[str]:
    """The options a statement lays out, as said: after each "Option one," label; both sides of "either … or …";
    a sentence opening "Or" and the sentence before it. [] when it lays out fewer than two."""
    text = turn.text
    labels = list(LABELLED.finditer(text))
    if len(labels) > 1:
        ends = [m.start() for m in labels[1:]] + [len(text)]
        return [text[m.end() : e].strip(" .") for m, e in zip(labels, ends, strict=True)]
    if m := EITHER.search(text):
        return [m.group("a").strip(" ,"), m.group("b").strip(" ,")]
    sents = [s.text.strip() for s in turn.doc.sents]
    for i, s in enumerate(sents[1:], 1):
        if s.lower().startswith("or "):
            return [sents[i - 1].rstrip(" ."), s[3:].rstrip(" .")]
    return []


def _pick(sent: Span) -> bool:
    """A short sentence that names something and says nothing of its own: no finite verb, no pronoun, no
    interjection ("everyone" names who), not a question ("Composed.", "Free for everyone.", "Price.")."""
    words = [t for t in sent if not t.is_punct]
    return (
        0 < len(words) <= PICK_WORDS
        and not sent.text.rstrip().endswith("?")
        and not any(t.tag_ in FINITE or t.tag_ in ("PRP", "WP") or t.pos_ in ("AUX", "INTJ") for t in words)
    )


def option_chosen(turns: list[Turn], k: int) -> tuple[int, str] | None:
    """(the turn that laid the options out, the agreement as stated) when client turn ``k`` picks one of the options
    the agency laid out in the ``PICK_REACH`` turns before; None otherwise."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client":
        return None
    sents = list(turn.doc.sents)
    for j in range(k - 1, max(-1, k - 1 - PICK_REACH), -1):
        prev = turns[j]
        if prev.speaker is None or prev.side != "agency" or prev.is_question():
            continue
        options = options_laid_out(prev)
        if len(options) < 2:
            continue
        for i, sent in enumerate(sents):
            if not _pick(sent):
                continue
            said = _words(sent.text)
            hits = [n for n, o in enumerate(options) if said <= _words(o)]
            if not said or len(hits) != 1:
                continue
            after = sents[i + 1] if i + 1 < len(sents) else None
            if after is not None and after[0].lower_ == "we" and not after.text.rstrip().endswith("?"):
                return j, f"{sent.text.strip()} {after.text.strip()}"  # "Price. We lead on price, …"
            chosen = options[hits[0]]
            return j, f"We go with {chosen[0].lower() + chosen[1:]}."
        return None
    return None
