"""The base form of a verb said in the past, where spaCy's rule lemmatiser gets it wrong.

Its rules try "-ed" -> "-e" before "-ed" -> "", and keep the first form when neither is a word it knows: an agency's
verbs it has never seen ("whitelisted", "onboarded", "storyboarded", "couriered") come out as "whiteliste",
"onboarde", "storyboarde", "couriere", and the task opens with a word nobody can keep. Read here, after the
lemmatiser (a form it knows is left as it is, "-ing" forms too: "riding" stays "rid", which rules read as it is):

- a compound verb is its last word's verb: "whitelisted" -> "whitelist" ("listed" -> "list"), "onboarded" ->
  "onboard", "rebooked" -> "rebook", "geotagged" -> "geotag";
- an unknown verb with no known last word keeps no "e" after two consonants or a doubled one, nor after an
  unstressed "-er"/"-on"/"-en"/"-el" ("couriered" -> "courier", "actioned" -> "action"), and keeps it otherwise
  ("diarised" -> "diarise"); "editing" -> "edit" and "fixing" -> "fix" stay as they are.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

INFLECTED = ("VBD", "VBN", "VBG")
VOWELS = set("aeiou")
MIN_PART = 5  # the shortest known last word read ("tagged", "listed", "lined"): "-ered" alone says nothing
UNSTRESSED = ("er", "on", "en", "el", "or")


class VerbLemmas:
    """Corrects ``token.lemma_`` of past and "-ing" verbs with the lemmatiser's own tables (see the module)."""

    def __init__(self, nlp: Language) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        self.index = set(lookups.get_table("lemma_index", {}).get("verb", []))
        self.exceptions: dict[str, list[str]] = dict(lookups.get_table("lemma_exc", {}).get("verb", {}))
        self.rules: list[list[str]] = list(lookups.get_table("lemma_rules", {}).get("verb", []))

    def __call__(self, doc: Doc) -> Doc:
        for t in doc:
            if t.pos_ == "VERB" and t.tag_ in INFLECTED and t.text.isalpha():
                lemma = self.lemma(t)
                if lemma:
                    t.lemma_ = lemma
        return doc

    def lemma(self, t: Token) -> str | None:
        word, said = t.lower_, t.lemma_.lower()
        if word in self.exceptions:
            return None
        known = self.known(word)
        if said in self.index and said in known:
            return None
        for cut in range(2, len(word) - MIN_PART + 1):  # "whitelisted": "listed" -> "list"
            last = self.known(word[cut:])
            if last:
                return word[:cut] + last[0]
        return unknown(word, said)

    def known(self, word: str) -> list[str]:
        """The verbs ``word`` is a form of, by the lemmatiser's exceptions and rules, the last rule's first."""
        if word in self.exceptions:
            return list(self.exceptions[word])
        found: list[str] = []
        for old, new in self.rules:
            if word.endswith(old) and len(word) > len(old):
                form = word[: len(word) - len(old)] + new
                if form in self.index:
                    found.insert(0, form)
        return found


def unknown(word: str, said: str) -> str | None:
    """An unknown verb's base form by its spelling; None keeps the lemmatiser's."""
    for end in ("ed", "ing"):
        if not word.endswith(end) or len(word) - len(end) < 3:
            continue
        stem = word[: -len(end)]
        if stem[-1] == stem[-2] and stem[-1] not in VOWELS | {"s", "l"}:
            return stem[:-1]  # "geotagged" -> "geotag" (not "-ss", "-ll": "bypassed", "pre-filled")
        if stem[-1] not in VOWELS and stem[-2] not in VOWELS and stem[-1] != "s":
            return stem if stem != said else None  # "benchmarked" -> "benchmark"
        syllables = sum(1 for a, b in zip(stem, stem[1:], strict=False) if a in VOWELS and b not in VOWELS)
        if stem.endswith(UNSTRESSED) and syllables >= 2:
            return stem  # "couriered" -> "courier", "actioned" -> "action"
    return None


@Language.factory("debrief_verb_lemmas", requires=["token.lemma", "token.tag", "token.pos"], assigns=["token.lemma"])
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp)
