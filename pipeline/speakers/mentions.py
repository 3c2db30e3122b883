"""Where a transcript names an attendee, however the speech model wrote the name.

"Thanks, Tom." / "Tom's on it"   the name as the sidecar spells it, a first name, a diminutive ("Bill") or a
    clipping no one else shares ("Nat" for Nathaniel)
"um, will, what do you need?" / "thanks, ingrid."   a name written in lower case counts only where it is plainly
    spoken to someone, set off by punctuation, a greeting or the turn's edge ("which it sounds like it will." and "every
    penny counts" are no mention)
"You too, Terence." / "Great work, Quame." / "Yusef's happy"   a name spelled as it sounds (accents, doubled
    letters, c/k, ph/f, qu/kw, one vowel for another in a name of five letters or more): a capitalised word
    within a sentence, or one spoken to someone, that sounds like exactly one attendee's name
a month ("in June", "April 3rd") or a question word ("Will you ...?") that is also a first name is no mention
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.schemas import Attendee

# common English diminutives that are not simply the first letters of the name ("Liz" for Elizabeth)
DIMINUTIVES = {
    "liz": "elizabeth", "lizzie": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "bill": "william",
    "billy": "william", "bob": "robert", "bobby": "robert", "rob": "robert", "dick": "richard", "rick": "richard",
    "jim": "james", "jimmy": "james", "mike": "michael", "mick": "michael", "kate": "katherine|catherine|kathryn",
    "katie": "katherine|catherine|kathryn", "jack": "john", "johnny": "john", "peggy": "margaret", "meg": "margaret",
    "maggie": "margaret", "tony": "anthony", "andy": "andrew", "sandy": "alexander|alexandra", "sasha": "alexander",
    "ted": "edward", "ned": "edward", "harry": "henry", "hal": "henry", "sue": "susan|susannah",
    "mo": "mohammed|muhammad", "jo": "joanna|joanne|josephine", "nico": "nicola|nicolas|nicholas",
    "chuck": "charles", "charlie": "charles",
}  # fmt: skip
# everyday words: never read as a clipped name
COMMON_CLIPPINGS = {
    "art", "will", "max", "may", "pat", "mark", "bill", "rob", "sue", "pen", "cat", "hope", "joy", "rose", "don",
    "ken", "kit", "van", "con", "ash", "eve", "mat", "ray", "sal", "val", "jan", "dev", "ben", "mil", "car", "pet",
    "tom", "the", "and", "her", "him", "his", "she", "our", "are", "was", "can", "all", "any", "for", "not", "but",
    "you", "who", "how", "why", "did", "had", "has", "let", "set", "now", "new", "one", "two", "six", "ten",
    "then", "them", "they", "than",
}  # fmt: skip
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}  # fmt: skip
MONTH_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|from|since|until|till|by|of|last|next|this|early|mid|late|end of|start of|before|after|through)\s*$",
    re.I,
)
# first names that open a question as a word: "Will you send it?" "May I ask?"
AUXILIARY_NAMES = re.compile(r"^(?:Will|May|Can|Should)\s+(?i:i|you|we|he|she|they|it|that|this|there)\b")
# words that open a turn before a name said to someone ("And, Tom, ..." heard as "and Tom.")
OPENERS = re.compile(r"(?:^|[.!?]\s)\W*(?:and|so|um|uh|oh|also|now|okay|ok|right)(?:[\s,]+(?:um|uh))?[\s,]*$", re.I)
# a greeting or thanks just before a name: "morning penny", "thanks will"
GREETED = re.compile(r"\b(?:hi|hello|hey|morning|afternoon|thanks|thank you|cheers|bye)$", re.I)
SOUND_ALIKE = ((r"ph", "f"), (r"qu", "kw"), (r"ck", "k"), (r"c", "k"), (r"y", "i"), (r"(\w)\1+", r"\1"))
VOWELS = set("aeiou")
WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:-[^\W\d_]+)*")


def short_names(first: str) -> set[str]:
    """What colleagues call someone: a diminutive ("Liz", "Bill") or a clipped first name of three letters or more
    ("Nat" for Nathaniel, "Kath" for Katherine), except clippings that are everyday words ("Art", "Will", "Max")."""
    low = first.lower()
    found = {short for short, fulls in DIMINUTIVES.items() if low in fulls.split("|")}
    found |= {low[:n] for n in range(3, len(low)) if low[:n] not in COMMON_CLIPPINGS}
    return {f.capitalize() for f in found}


def forms(attendees: list[Attendee]) -> list[set[str]]:
    """The names each attendee may be called: full name, first name, and the short names no one else shares."""
    shorts = [short_names(a.first_name) for a in attendees]
    firsts = {a.first_name for a in attendees}
    out = []
    for i, a in enumerate(attendees):
        others = set().union(*(shorts[j] for j in range(len(attendees)) if j != i)) | firsts
        out.append({a.name, a.first_name} | (shorts[i] - others))
    return out


def match_attendee(name: str, attendees: list[Attendee]) -> int | None:
    low = name.lower().strip()
    for i, a in enumerate(attendees):
        if a.name.lower() == low:
            return i
    first = low.split()[0]
    hits = [i for i, said in enumerate(forms(attendees)) if first in {f.lower() for f in said if " " not in f}]
    return hits[0] if len(hits) == 1 else None


def _word_not_name(text: str, start: int, end: int) -> bool:
    """A month ("in June", "April 3rd") or a question word ("Will you ...?") spelled as an attendee's name."""
    if text[start:end] in MONTHS and (
        MONTH_CONTEXT_BEFORE.search(text[:start]) or re.match(r"\s*(?:the\s+)?\d", text[end:])
    ):
        return True
    return bool(AUXILIARY_NAMES.match(text[start:]))


def spoken_to(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is set off as said to someone: punctuation, a turn opener ("And", "So, um"), a
    greeting or thanks ("morning penny") or the turn's edge before it, and punctuation or the edge after it
    ("Um, will, what ...?", "Thanks, ingrid.")."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    opened = not before or before[-1] in ",.!?;:—-" or bool(OPENERS.match(before) or GREETED.search(before))
    return opened and (not after or after[0] in ",.!?;:—-")


def sound(word: str) -> str:
    """A spelling folded to how it sounds: no accents or case, c/k, ph/f, qu/kw, y/i, no doubled letters."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    for pattern, repl in SOUND_ALIKE:
        plain = re.sub(pattern, repl, plain)
    return plain


def sounds_like(heard: str, name: str) -> bool:
    """Whether a word heard sounds like a name: the same folded spelling, or in names of five letters or more one
    vowel for another ("Yusef" for Yusuf)."""
    a, b = sound(heard), sound(name)
    if a == b:
        return True
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?"


def mentions(text: str, attendees: list[Attendee], possessive: bool = False) -> list[tuple[int, int, int]]:
    """(attendee, start, end) for each mention of an attendee (see the module's docstring); with ``possessive``,
    the mentions followed by "'s" ("Yusuf's happy", "Bill's here") instead."""
    found = []
    tail = r"(?=['’]s\b)" if possessive else r"\b(?!['’]s)"
    said = forms(attendees)
    for i, names in enumerate(said):
        for form in names:
            for m in re.finditer(r"\b" + re.escape(form) + tail, text, re.I):
                exact = m.group(0) == form
                if (exact or (m.group(0).islower() and spoken_to(text, m.start(), m.end()))) and not _word_not_name(
                    text, m.start(), m.end()
                ):
                    found.append((i, m.start(), m.end()))
    firsts = [{f for f in names if " " not in f and len(f) >= 4} for names in said]
    for m in WORD.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        if not word[0].isupper() or bool(re.match(r"['’]s\b", text[end:])) != possessive:
            continue
        if _sentence_start(text, start) and not spoken_to(text, start, end):
            continue  # a capitalised word opening a sentence is any word
        alike = {i for i, names in enumerate(firsts) if any(sounds_like(word, f) for f in names)}
        if len(alike) == 1 and not _word_not_name(text, start, end):
            found.append((alike.pop(), start, end))
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    kept: list[tuple[int, int, int]] = []
    for hit in found:
        if not kept or hit[1] >= kept[-1][2]:
            kept.append(hit)
    return kept
