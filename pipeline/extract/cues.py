"""The cue tables (``models/*.jsonl``) as the SpanRuler runs them.

spaCy's token Matcher tries every pattern at every token, so its cost grows with the number of patterns; its
PhraseMatcher finds phrases by hashing, at a cost that hardly depends on how many there are. Most cue patterns
spell literal words ("i", "'ll", "send") or a choice of them (``{"LOWER": {"IN": [...]}}``): such a pattern is
handed to the ruler as the phrases it spells, which match exactly the same tokens. The rest (wildcards, optional
tokens, lemmas, punctuation tests) stay token patterns. The tables themselves are unchanged: this is how they are
loaded, not what they say.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

MAX_PHRASES = 512  # a pattern that spells more phrases than this stays a token pattern


def literal_words(pattern: object) -> list[list[str]] | None:
    """The choice of lowercase words at each position of a token pattern, or None if it is not all literal."""
    if not isinstance(pattern, list) or not pattern:
        return None
    choices: list[list[str]] = []
    for token in pattern:
        value = token.get("LOWER") if isinstance(token, dict) and set(token) == {"LOWER"} else None
        if isinstance(value, str):
            choices.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"} and value["IN"]:
            choices.append([str(v) for v in value["IN"]])
        else:
            return None
    return choices


def compile_patterns(patterns: Iterable[dict], make_doc: Callable[[str], Doc]) -> list[dict]:
    """``patterns`` with each all-literal token pattern replaced by the phrase patterns it spells.

    A phrase is kept only when the tokenizer splits it back into exactly the pattern's tokens ("let 's" must come
    back as "let", "'s"); otherwise the pattern stays as it was.
    """
    out: list[dict] = []
    for rule in patterns:
        choices = literal_words(rule["pattern"])
        count = 1
        for words in choices or []:
            count *= len(words)
        if choices is None or count > MAX_PHRASES:
            out.append(rule)
            continue
        spelled = [list(words) for words in itertools.product(*choices)]
        phrases = [" ".join(words) for words in spelled]
        if all(
            [t.lower_ for t in make_doc(p)] == [w.lower() for w in ws] for p, ws in zip(phrases, spelled, strict=True)
        ):
            out.extend({**rule, "pattern": p} for p in phrases)
        else:
            out.append(rule)
    return out
