"""Attendee names in running text, and owners from speaker, attendee list and subject.

Names that are ordinary words are traps, so a first name is only read as a person when its shape says so::

    "Will will pull that together"   -> "Will" is Will Hartigan (a name followed by a modal)
    "Will Kate be doing the welcome" -> "Will" is the modal (followed by another name)
    "Will do, straight after this."  -> "Will" is the modal (followed by a bare verb)
    "their CEO mentioned in June"    -> a month (after a preposition)
    "let me just mark that down"     -> lowercase: a verb
    "To be frank, sorry, Frank"      -> only the capitalised vocative is Frank

``expand_names`` rewrites each first-name mention in the parser's copy to the attendee's full name, so the
subject of "Frankie will pull together the spec" carries the full name and the parser sees a proper noun.
"""

from __future__ import annotations

import re

from pipeline.extract.date_words import MON_FULL
from pipeline.schemas import Attendee, Meeting, Owner, Side, unnamed_speaker
from pipeline.speakers.sides import SideModel

MONTHS = set(MON_FULL)
PREPS_BEFORE_MONTH = {"in", "since", "by", "from", "of", "until", "till", "early", "late", "mid", "end", "before",
                      "after", "last", "next", "this", "think", "during", "through"}  # fmt: skip
NAME_FOLLOWERS = {",", "'s", "’s", "will", "'ll", "to", "and", "is", "can", "could", "has", "had", "was", "said",
                  "would", "should", "might", "?", "—", "-", "mentioned", "thinks", "does"}  # fmt: skip
PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "everyone", "anyone", "someone"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,.!?—-]")


def _is_name_here(words: list[str], k: int, first: str, first_names: set[str]) -> bool:
    word = words[k]
    if word != first:  # names are written capitalised
        return False
    prev = words[k - 1].lower() if k > 0 else ""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    low_next = nxt.lower()
    if first.lower() in MONTHS:
        if prev in PREPS_BEFORE_MONTH or (nxt[:1].isdigit()):
            return False
        return low_next in NAME_FOLLOWERS and low_next != "?"
    opens = prev in ("", ",", ".", "!", "?", "—", "-")  # "Will do.", not "could you and Will do that?"
    modal = low_next in PRONOUNS or nxt in first_names or (low_next in BARE_VERBS and opens)
    return not (first.lower() in ("will", "may", "can", "should") and modal)


BARE_VERBS = {"do", "be", "have", "try", "get", "send", "sort", "check", "go"}  # "Will do.", "Can do, yes."


def expand_names(text: str, attendees: list[Attendee]) -> str:
    """Replace capitalised first-name mentions by the attendee's full name (parser copy only)."""
    firsts: dict[str, str] = {}
    for a in attendees:
        parts = a.name.split()
        if len(parts) > 1 and parts[0] not in firsts:
            firsts[parts[0]] = a.name
    if not firsts:
        return text
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [t[0] for t in tokens]
    out, last = [], 0
    for k, (word, start, end) in enumerate(tokens):
        base = word[:-2] if word.endswith(("'s", "’s")) else word
        if base not in firsts:
            continue
        full = firsts[base]
        rest = full.split(None, 1)[1]
        if text[end : end + len(rest) + 1].strip().startswith(rest.split()[0]):
            continue  # already the full name
        probe = words[:k] + [base, "'s" if base != word else (words[k + 1] if k + 1 < len(words) else "")]
        if not _is_name_here(probe, k, base, set(firsts)):
            continue
        out.append(text[last:start])
        out.append(full + word[len(base) :])
        last = end
    out.append(text[last:])
    return "".join(out)


def names_in(text: str, meeting: Meeting) -> list[str]:
    """Full names of attendees mentioned (by full name) in an already expanded text, in order of mention."""
    found = []
    for a in meeting.attendees:
        pos = text.find(a.name)
        if pos >= 0 and " " in a.name:
            found.append((pos, a.name))
    return [n for _, n in sorted(found)]


def side_of(speaker: str | None, meeting: Meeting) -> Side | None:
    if not speaker:
        return None
    att = meeting.attendee(speaker)
    return att.side if att is not None else None


def unnamed_sides(
    speakers: list[str | None], meeting: Meeting, texts: list[str] | None = None, model: SideModel | None = None
) -> dict[str, Side]:
    """The side of each voice nobody named ("Speaker 2") when it can only be one: every attendee not heard under
    their own name is on that side, and there are no more such voices than those attendees (the agency's people
    all named, the client's two not: "Our events team will do the coach" from "Speaker 3" is the client's).

    Otherwise, given what each voice said (``texts``, one per speaker label) and the side ``model`` the speakers
    stage names voices with, a voice the model is sure of has that side, when an attendee of that side is left
    unnamed: "Our digital team will put it on the website." from a voice that speaks as the client does is the
    client's work, whoever of the client's people said it."""
    voices = {s for s in speakers if s and unnamed_speaker(s)}
    named = {s for s in speakers if s and not unnamed_speaker(s)}
    left = [a for a in meeting.attendees if a.name not in named]
    sides = {a.side for a in left}
    if not voices:
        return {}
    if len(voices) <= len(left) and len(sides) == 1:
        side = sides.pop()
        return {} if side is None else dict.fromkeys(voices, side)
    if model is None or texts is None:
        return {}
    out: dict[str, Side] = {}
    for voice in voices:
        said = " ".join(t for s, t in zip(speakers, texts, strict=True) if s == voice)
        sure = model.sure_side(said, meeting.attendees)
        if sure is not None and sure in sides:
            out[voice] = sure
    return out


# first names a task would read as another word: the full name stays ("send May Thorsby the deck", not "send May")
WORD_NAMES = MONTHS | {"will", "can"}


def first_names(text: str, attendees: list[Attendee]) -> str:
    """A task names an attendee by first name, as the account executive writes it ("make sure Femi gets a copy",
    "redraft with Nadia's route numbers"), not by the full name the parser's copy carries (``expand_names``): the
    full name stays when another attendee shares the first name or the first name is also an ordinary word."""
    firsts = [a.name.split()[0] for a in attendees if a.name.split()]
    for a in attendees:
        parts = a.name.split()
        if len(parts) < 2 or firsts.count(parts[0]) > 1 or parts[0].lower() in WORD_NAMES:
            continue
        text = re.sub(rf"\b{re.escape(a.name)}\b", parts[0], text)
    return text


def canonical(speaker: str | None, meeting: Meeting) -> str | None:
    """The attendee's full name for a speaker label (full or first name); the label itself otherwise."""
    if not speaker:
        return None
    att = meeting.attendee(speaker)
    if att is not None:
        return att.name
    for a in meeting.attendees:
        if a.first_name.lower() == speaker.lower():
            return a.name
    return speaker


def joint(*owners: Owner) -> Owner:
    names: list[str] = []
    for o in owners:
        for n in o if isinstance(o, list) else [o]:
            if n and n not in names:
                names.append(n)
    if not names:
        return None
    return names if len(names) > 1 else names[0]
