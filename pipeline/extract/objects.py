"""A task's object made complete from what the meeting said (``pipeline/extract/wording.py`` applies it last):

    "We need a purchase order for the deposit … our finance team will raise the PO"  -> "raise the purchase order"
    "I'd suggest a tissue session on the 17th." / "Can you send an invite round?"    -> "send an invite for the
                                                                                         tissue session"

An acronym the meeting spelled out reads as it was spelled out (an AE writes it in full in a client document); the
table's abbreviations are in ``models/wording/task_wording.jsonl`` (ABBREVIATION, ACRONYM). An invite with nothing
after it is for the session last talked about (its INVITE row: the session nouns).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from pipeline.extract.antecedents import FILLERS, LOOKBACK, WEAK_NOUNS, chunk_text, for_the_time, verb_form_owned
from pipeline.extract.mentions import (
    CALENDAR_WORDS,
    FULLER_BACK,
    HOW,
    JUDGED,
    WHOSE,
    hyphen_part,
    hyphened,
    is_noun,
    joins,
    leaves_done,
    named_time,
    other_kind,
    said_before,
    same_noun,
)
from pipeline.extract.task_cut import preposition_of
from pipeline.extract.task_dates import CHANGE_VERBS, DATE_WORDS
from pipeline.extract.turns import Turn
from pipeline.extract.wording_rules import MAX_WORDS, WordingRules


def complete(text: str, turns: list[Turn], at: int, rules: WordingRules, names: set[str]) -> str:
    """``text``, an item's task as worded from turn ``at``, with its object complete from what the meeting said."""
    text = number_ranges(rules.spell_out(spelled_out(text, turns, at, rules)))
    text = complement(fuller(text, turns, at, names), turns, at, names)
    text = counted(scope_listed(text, turns, at, names), turns, at)
    text = waits_for(numbered(text, turns, at), turns, at)
    bare = POINTED_FOR.sub("", text)  # "an invite for that": for the session talked about
    if any(p.match(bare) for p in rules.invite):
        session = session_for(turns, at, rules.invited_to)
        text = f"{bare} for {session}" if session else text
    text = changed_to(text, turns, at)
    who = next((m for m in (p.match(text) for p in rules.someone) if m), None)
    if who:  # "book someone" after "we still need a videographer"
        role = needed(turns, at, rules.wanting, names)
        text = text[: who.start(1)] + role + text[who.end(1) :] if role else text
    text = sums_in_figures(quoted_claim(text, turns, at))
    return rules.name_document(text)  # last: "the notes" a few turns after "the tasting notes" are not the report


# "check the claim" after "the pack says 'vegan friendly'": the claim is named by the words quoted for it
QUOTED_NOUNS = frozenset({"claim", "claims"})
BARE_QUOTED = re.compile(r"\b(the)\s+(" + "|".join(sorted(QUOTED_NOUNS)) + r")\b", re.IGNORECASE)
QUOTED = re.compile(r"(?<![\w'’‘])['‘\"“]((?:[^'’‘\"“”]|(?<=\w)['’](?=\w))+?)['’\"”](?![\w'’])")
QUOTE_WORDS = 6  # at most this many words quoted: more is someone's sentence reported, not a claim
POINTED_FOR = re.compile(r"\s+for\s+(?:that|it|this)$", re.IGNORECASE)
ACRONYM = re.compile(r"\b([A-Z]{2,5})(s?)\b")
JOINERS = r"(?:(?:and|of|&|for)\s+)?"
SPELL_BACK = 40  # turns before the item that may have spelled an acronym out


def spelled_out(text: str, turns: list[Turn], at: int, rules: WordingRules) -> str:
    """``text`` with each acronym in it written as the meeting spelled it out before (or in) turn ``at``: "submit
    the TENs" after "we need temporary event notices for all four" -> "submit the temporary event notices"; not
    one the table writes in full ("the PO" is a purchase order, whatever "port outdoor" was said)."""

    def full(m: re.Match[str]) -> str:
        if any(pat.search(m.group(0)) for pat, _ in rules.abbreviations):
            return m.group(0)
        words = _spelling(m.group(1), turns, at)
        if words is None:
            return m.group(0)
        return words + "s" if m.group(2) and not words.endswith("s") else words

    return ACRONYM.sub(full, text)


def _spelling(letters: str, turns: list[Turn], at: int) -> str | None:
    """The words whose initials spell ``letters`` ("temporary event notices" for TEN), said last before ``at``;
    each a content word, not a name."""
    pattern = re.compile(
        r"\b" + r"\s+".join(("" if k == 0 else JOINERS) + f"({c}[a-z'-]{{2,}})" for k, c in enumerate(letters)) + r"\b",
        re.IGNORECASE,
    )
    for k in range(min(at, len(turns) - 1), max(-1, at - SPELL_BACK - 1), -1):
        found = [m for m in pattern.finditer(turns[k].text) if _content(m) and _noun_phrase(turns[k], m)]
        if found:
            said = found[-1].group(0)
            if not all(w[0].isupper() for w in said.split() if w.isalpha() and w.lower() not in STOP_WORDS):
                said = said[0].lower() + said[1:]  # "Risk assessment …" at a sentence's start
            return said
    return None


def _content(m: re.Match[str]) -> bool:
    words = [g for g in m.groups() if g]
    return all(w.lower() not in STOP_WORDS for w in words) and not all(w[0].isupper() for w in words[1:] or words)


def _noun_phrase(turn: Turn, m: re.Match[str]) -> bool:
    """The spelled-out words are a noun phrase ("temporary event notices"), not a run of words that happen to
    start with the letters ("let's explore different …")."""
    span = turn.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.lower_ not in ("and", "of", "&", "for")]
    if any(t.ent_type_ in ("DATE", "TIME", "PERSON") or t.lower_ in CALENDAR_WORDS for t in words):
        return False  # "the Tuesday video" does not spell TV, nor "Tom Vance"
    return all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words) and words[-1].pos_ in ("NOUN", "PROPN")


def session_for(turns: list[Turn], at: int, sessions: frozenset[str]) -> str | None:
    """The session an invite is for: the last noun phrase headed by a session noun ("a tissue session", "the
    revised script review") in turn ``at`` or the few before it, as "the …"."""
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        chunks = [
            c
            for c in map(_hyphen_closed, turns[k].doc.noun_chunks)
            if _session_word(c.root) in sessions and not any(t.lower_ in ("this", "today") for t in c)
        ]  # not "this call", the meeting itself
        if chunks:
            return _the(chunks[-1])
    return None


PLACE_WORDS = 6  # "at their kitchen in Leith": where a session is held, when said short


def session_place(turns: list[Turn], at: int, sessions: frozenset[str]) -> str | None:
    """Where the session ``session_for`` finds is held, when the turn said so right after it ("a tasting at their
    kitchen in Leith" -> "at the kitchen in Leith"), "their"/"our"/"your" read as "the"."""
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        chunks = [
            c
            for c in map(_hyphen_closed, turns[k].doc.noun_chunks)
            if _session_word(c.root) in sessions and not any(t.lower_ in ("this", "today") for t in c)
        ]
        if chunks:
            doc, end = turns[k].doc, chunks[-1].end  # "at" hung on the chunk or on its verb, said right after it
            at_prep = [doc[end]] if end < len(doc) and doc[end].lower_ == "at" and doc[end].dep_ == "prep" else []
            words = [t for t in at_prep[0].subtree if not t.is_punct] if at_prep else []
            if not words or len(words) > PLACE_WORDS or any(t.ent_type_ in ("DATE", "TIME") for t in words):
                return None
            return re.sub(r"\b(?:their|our|your)\b", "the", " ".join(t.text for t in words))
    return None


def _hyphened(last: Token, root: Token) -> Token | None:
    """The word the tokenizer split off after ``last`` at a hyphen, when the parser hung it on ``root`` ("in" of
    "check-in", read as a particle of "check")."""
    doc, dash = last.doc, last.i + 1
    if dash + 1 < len(doc) and doc[dash].text == "-" and not last.whitespace_ and not doc[dash].whitespace_:
        word = doc[dash + 1]
        if word.is_alpha and word.head.i == root.i:
            return word
    return None


def _hyphen_closed(chunk: Span) -> Span:
    """A noun chunk with the hyphened word its root opens, which the parser left outside it ("a check" of "a
    check-in"; ``_session_word`` reads the word whole)."""
    word = _hyphened(chunk[-1], chunk.root)
    return chunk.doc[chunk.start : word.i + 1] if word is not None else chunk


def _session_word(root: Token) -> str:
    """The noun a session is named by: its lemma, or the hyphened word it ends ("check-in", "run-through", which the
    tokenizer splits into "check", "-", "in")."""
    doc = root.doc
    if (word := _hyphened(root, root)) is not None:
        return f"{root.lower_}-{word.lower_}"
    if (
        root.i >= 2
        and doc[root.i - 1].text == "-"
        and doc[root.i - 1].idx == doc[root.i - 2].idx + len(doc[root.i - 2])
    ):
        return f"{doc[root.i - 2].lower_}-{root.lower_}"
    return root.lemma_.lower()


OF_WORDS = 5  # "a walkthrough of the loyalty app": what the session is of, when said short


def _the(chunk: Span) -> str:
    """ "a proper walkthrough of the loyalty app" -> "the walkthrough of the loyalty app": no date, no determiner,
    no adjective of how it is done."""
    lasting = _how_long(chunk)
    dated = {t.i for t in chunk if t.ent_type_ in ("DATE", "TIME") and t.i not in lasting}
    words = [t for t in chunk if t.i not in dated and not (t.dep_ == "case" and t.head.i in dated)]
    words = [t for t in words if t.dep_ not in ("det", "poss") and not (t.dep_ == "amod" and t.lower_ in HOW)]
    words = [t for t in words if t.pos_ != "INTJ" and not (t.is_punct and t.text != "-")]  # "Yes, a walkthrough"
    words = [t for t in words if not (t.pos_ == "CCONJ" and t.i == chunk.start)]  # "And the board presentation"
    of = [c for c in chunk.root.rights if c.dep_ == "prep" and c.lower_ == "of"]
    obj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
    if obj and obj[0].i - of[0].i < OF_WORDS:  # "of the loyalty app", not what the app is with
        words += list(chunk.doc[of[0].i : obj[0].i + 1])
    said = " ".join(["the", *(t.text + ("-" if t.i in lasting and t.like_num else "") for t in words)])
    return re.sub(r"-[\s-]*", "-", said.replace(" - ", "-").replace(" 's", "'s"))  # "six-month", once


LENGTH_UNITS = {"minute", "hour", "day", "week", "month", "year"}


def _how_long(chunk: Span) -> set[int]:
    """ "six month" of "the six-month review": a length said before the noun, which says what kind of session it
    is, not when it is (a number and a unit, singular, straight before the noun)."""
    root = chunk.root
    unit = chunk.doc[root.i - 1] if root.i - 1 >= chunk.start else None
    if unit is None or unit.lower_ not in LENGTH_UNITS:
        return set()
    k = unit.i - 1
    if k >= chunk.start and chunk.doc[k].text == "-":
        k -= 1
    number = chunk.doc[k] if k >= chunk.start else None
    return {number.i, *range(number.i + 1, unit.i + 1)} if number is not None and number.like_num else set()


NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
NUMBER_RANGE = re.compile(
    r"(?<!\bfrom )\b(" + "|".join(NUMBER_WORDS) + r")\s+(?:to|through)\s+(" + "|".join(NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)


def number_ranges(text: str) -> str:
    """A spoken range in figures, as an AE writes it: "schedule posts one to six" -> "schedule posts 1-6"; not a
    change of time ("move the call from two to three")."""

    def figures(m: re.Match[str]) -> str:
        low, high = (NUMBER_WORDS.index(g.lower()) + 1 for g in m.groups())
        return f"{low}-{high}" if low < high else m.group(0)

    return NUMBER_RANGE.sub(figures, text)


UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
UNITS["a"] = 1  # "a hundred and fifty thousand"
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
SPOKEN_NUMBER = r"(?:" + "|".join([*UNITS, *TENS, *SCALES]) + r")"
SPOKEN_SUM = re.compile(
    rf"\b{SPOKEN_NUMBER}(?:(?:\s+|-)(?:and\s+)?{SPOKEN_NUMBER})*\b(?!-)",
    re.IGNORECASE,
)


def sums_in_figures(text: str) -> str:
    """A sum said in words with "hundred", "thousand" or "million" in figures, as an AE writes it: "update the ad
    copy to five thousand" -> "update the ad copy to 5,000", "fourteen hundred" -> "1,400", "a hundred and fifty
    thousand" -> "150,000"; a bare "twenty-five" (often short for thousands) and "a hundred" are left as said."""

    def figures(m: re.Match[str]) -> str:
        words = [w for w in re.split(r"[\s-]+", m.group(0).lower()) if w != "and"]
        if not SCALES.keys() & set(words) or words[0] in SCALES or words in (["a", "hundred"], ["a", "thousand"]):
            return m.group(0)
        total = current = 0
        for before, w in zip(["", *words], words, strict=False):
            if (before in UNITS and w not in SCALES) or (before in TENS and (w in TENS or UNITS.get(w, 0) >= 10)):
                return m.group(0)  # "one two hundred", "twenty twelve": not one sum
            if w == "hundred":
                current = (current or 1) * 100
            elif w in SCALES:
                total, current = total + (current or 1) * SCALES[w], 0
            else:
                current += UNITS.get(w, 0) or TENS.get(w, 0)
        return f"{total + current:,}"

    return SPOKEN_SUM.sub(figures, text)


def needed(turns: list[Turn], at: int, wanting: frozenset[str], names: set[str]) -> str | None:
    """Whom "book someone" books: what turn ``at`` or the few before it say is needed ("we still need a
    videographer for the 8th" -> "a videographer"), its noun phrase without the date."""
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        doc = turns[k].doc
        wanted = [t for t in doc if t.dep_ == "dobj" and t.head.lemma_ in wanting and t.pos_ == "NOUN"]
        for t in reversed(wanted):
            said = chunk_text(t, names)
            if said:
                return said
    return None


COMPLEMENT_PREPS = {"to", "on", "of"}  # "for" says whom or why more often than what
NOUN_PHRASE_ENDS = {"and", "as", "before", "once", "after", "when", "so", "(", "without", "until"}
COMPLEMENT_WORDS = 6
NOT_THINGS = {"DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "PERSON"}
# time kept for something, not a thing of its own: "I'll block the day" after "a test day on the new site"
TIME_KEPT = {"day", "morning", "afternoon", "evening", "week"}


def complement(text: str, turns: list[Turn], at: int, names: set[str]) -> str:
    """A bare noun of the task said with what it is of or for a few turns before: "set you up with access" after
    "we'll need access to the shared drive" -> "… with access to the shared drive"; the first noun only."""
    words = text.split()
    for n, word in enumerate(words[1:], start=1):
        after = words[n + 1].lower() if n + 1 < len(words) else None
        ends = after is None or after in NOUN_PHRASE_ENDS or after.startswith("(")  # not "the access details"
        if not word.isalpha() or word.lower() in STOP_WORDS | TIME_KEPT or not ends:
            continue
        said = _said_with(word.lower(), turns, at, names)
        if said:
            return " ".join([*words[: n + 1], said, *words[n + 1 :]])
    return text


def _said_with(noun: str, turns: list[Turn], at: int, names: set[str]) -> str | None:
    """ "to the shared drive" when the turns up to ``at`` said "access to the shared drive with the photography"."""
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        for tok in reversed(turns[k].doc):
            if tok.lower_ != noun or tok.pos_ != "NOUN":
                continue
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS), None)
            if k == at and prep is None:
                continue  # the item's own "set you up with access": what it is to was said before
            return _prep_phrase(prep, names)  # the nearest time it was said, with or without what it is of
    return None


def _prep_phrase(prep: Token | None, names: set[str]) -> str | None:
    """ "to the shared drive": a short phrase naming a thing (not a date, a number or a person), "our" as "the"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or obj is None or obj.pos_ not in ("NOUN", "PROPN") or chunk_text(obj, names) is None:
        return None
    if for_the_time(prep):
        return None  # "the print date for the time being": how long it stands, not which it is
    if any(preposition_of(c) for c in obj.children):
        return None  # "on the basis [of the old handbook]": half a preposition said in words names nothing
    span = obj.doc[obj.left_edge.i : obj.i + 1]
    if any(t.ent_type_ in NOT_THINGS or t.like_num or t.lower_ in DATE_WORDS for t in span):
        return None  # "a site visit on the fourteenth": when, not what
    phrase = " ".join([prep.lower_, *(t.text for t in span)]).replace(" - ", "-").replace(" 's", "'s")
    return re.sub(r"\b(?:your|our|my|their)\b", "the", phrase) if len(span) < COMPLEMENT_WORDS else None


FULLER_PREPS = {"of", "for", "from"}  # not "on the main stage": where it is, not what
# a phrase of the task's own after the noun that is about the work ("a copy [of her ID] off her agent", "brief the
# [regional] buyers on the new prices"), not one saying which thing it is ("the labels for the gift packs")
PHRASE_PREPS = {"to", "off", "on", "in", "into", "at", "by"}
DETERMINERS = {"the", "a", "an", "those", "these", "this", "that", "both", "all", "any", "some", "our", "your"}
MODIFIER_POS = ("ADJ", "NOUN", "PROPN", "VERB")
MODIFIERS_ADDED = 3
WHICH_ONE = {"last", "previous", "next", "old", "former", "current", "existing"}  # which one in time, not a kind
# "How many bottles do you need?", "if we had more budget": an amount asked or wished, no kind of bottle or budget
AMOUNT = {"how", "many", "much", "more", "less", "fewer", "enough", "most", "least"}


def fuller(text: str, turns: list[Turn], at: int, names: set[str]) -> str:
    """The task's object as the meeting named it in full a few turns before: the same head noun with the task's
    modifiers and more ("send the updated labels" after "the updated allergen labels for the spring range" ->
    "send the updated allergen labels for the spring range"), the nearest such mention; what it is of, for or
    from when the task says nothing after the noun, what it is of before a phrase of the task's own ("get a copy
    off her agent" -> "get a copy of her ID off her agent")."""
    task, bracket, waits = text.partition(" (")
    words = task.split()
    for n, word in enumerate(words[1:], start=1):
        after = words[n + 1].lower() if n + 1 < len(words) else None
        ends = after is None or after in NOUN_PHRASE_ENDS or leaves_done(words, n + 1)
        if not word.isalpha() or word.lower() in STOP_WORDS or not (ends or after in PHRASE_PREPS):
            continue
        start = max((d for d in range(1, n) if words[d].lower() in DETERMINERS), default=None)
        if start is None:
            continue  # "chase Dan", "get two sent": no determiner, not a named thing
        said = [w.lower() for w in words[start + 1 : n]]
        full = _named_in_full(word, said, turns, at, names, FULLER_PREPS if ends else {"of"}, words[0].lower())
        if full is None:
            continue
        det = words[start]
        if det.lower() in ("a", "an"):  # "a copy" -> "an insurance copy"
            det = ("an" if full[0].lower() in "aeiou" else "a") if det.islower() else det
        named = " ".join([*words[:start], det, full, *words[n + 1 :]])
        if len(named.split()) + (len(waits.split()) if bracket else 0) > MAX_WORDS:
            return text  # richer, not cut short: the task's own words after it would go
        return f"{named} ({waits}" if bracket else named
    return text


def _named_in_full(
    noun: str, said: list[str], turns: list[Turn], at: int, names: set[str], preps: set[str], verb: str
) -> str | None:
    """ "updated allergen labels for the spring range": the nearest mention of ``noun`` (or its singular or plural)
    up to turn ``at`` with the modifiers ``said`` and more (at most ``MODIFIERS_ADDED``), or with what it is
    of/for/from; when the task says how the thing is now ("the updated panels"), the kind of thing said before
    ("the old nutrition panel") fills in: "the updated nutrition panels"."""
    describing = bool(said) and all(_describes(w, turns, at) for w in said)
    for k in range(min(at, len(turns) - 1), max(-1, at - FULLER_BACK - 1), -1):
        for tok in reversed(turns[k].doc):
            if not same_noun(tok, noun):
                continue
            if _version_of(tok):  # "We've got a draft structure." / "I'll send the draft": the structure
                return " ".join([*(w for w in said if w != noun), tok.lower_, tok.head.lower_])
            if _names_another(tok):
                return None  # "the awards T&Cs": the nearest mention names something else by it
            if not is_noun(tok) or tok.ent_type_ in NOT_THINGS or tok.dep_ == "attr":
                continue  # "They're good stores": said of the thing, not its name
            left = [t for t in _opened(said_before(tok)) if t.dep_ not in ("det", "poss", "predet")]
            left = [t for t in left if not joins(t)]  # the "-" of "tail-lift", part of the word it joins
            left = [t for t in left if t.lower_ not in FILLERS | HOW | JUDGED | WHOSE | AMOUNT]  # "an actual copy"
            left = [t for t in left if t.lemma_ != verb]  # "sign the plan off" after "the signed plan": what it becomes
            if any((t.pos_ not in MODIFIER_POS and not hyphen_part(t)) or _not_modifier(t, names) for t in left):
                continue  # "the labels we sent", "Tom's labels", "three labels": not said as a kind of thing
            mods = hyphened([t.text if t.pos_ == "PROPN" or t.text.isupper() else t.lower_ for t in left], left)
            phrase = _prep_phrase(next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps), None), names)
            phrase = phrase or _one_with(tok, names)
            which = {m.lower() for m in mods} & WHICH_ONE - set(said)  # "the last newsletter": another one
            if set(said) <= {m.lower() for m in mods} and len(mods) - len(said) <= MODIFIERS_ADDED and not which:
                if other_kind(noun, said, mods, turns, at):
                    return None  # "the spring media plan" … "the summer media plan": which one is not said
                if len(mods) > len(said) or phrase:
                    return " ".join([*mods, noun, *([phrase] if phrase else [])])
                continue
            kind = [t.text if t.pos_ == "PROPN" else t.lower_ for t in left if t.dep_ == "compound"]
            if describing and kind and len(kind) <= MODIFIERS_ADDED:
                return " ".join([*said, *kind, noun, *([phrase] if phrase else [])])
    return None


def _opened(words: list[Token]) -> list[Token]:
    """The noun phrase without the word that opens the sentence before it ("So the flowchart", "And the deck")."""
    while words and words[0].pos_ in ("ADV", "CCONJ", "SCONJ") and words[0].dep_ in ("advmod", "cc", "mark"):
        words = words[1:]
    return words


ONE_PREPS = {"with", "for", "of", "from"}  # "the flowchart, the proper one with all the dates"


def _one_with(tok: Token, names: set[str]) -> str | None:
    """ "with all the dates" of "the flowchart, the proper one with all the dates": what the thing is said with
    in "one" put after it, which says which of the kind is meant."""
    one = next((c for c in tok.rights if c.dep_ == "appos" and c.lower_ == "one"), None)
    prep = next((c for c in one.rights if c.dep_ == "prep" and c.lower_ in ONE_PREPS), None) if one else None
    return _prep_phrase(prep, names)


def _describes(word: str, turns: list[Turn], at: int) -> bool:
    """A word of the task that says how the thing is ("updated", "new", "final"): an adjective or participle as
    the item's turn said it, not a preposition (``NAMING_PREPS``)."""
    said = [t for t in turns[at].doc if t.lower_ == word] if 0 <= at < len(turns) else []
    return bool(said) and all(
        t.pos_ in ("ADJ", "VERB") and t.dep_ == "amod" and t.lower_ not in NAMING_PREPS for t in said
    )


# a preposition the parser took for an adjective before a noun, which names the thing, not how it stands ("the about
# page", "the behind-the-scenes cut")
NAMING_PREPS = {"about", "over", "under", "behind", "through", "off", "out", "up", "down", "back", "front", "in", "on"}


# a noun that says which stage a thing is at ("a draft structure", "the proof copy", "a mock-up pack"): said alone
# later ("send the draft"), it is that thing at that stage, unlike "the labels budget" (a budget, not the labels)
VERSION_NOUNS = {"draft", "proof", "mock-up", "mockup", "prototype", "sample"}
STAGES = {"stage", "phase", "deadline", "round", "date", "process"}  # "the draft stage" is when, not a thing


def _version_of(tok: Token) -> bool:
    """ "draft" of "a draft structure": a stage noun said before the noun of the thing it is a stage of."""
    head = tok.head
    return (
        tok.lower_ in VERSION_NOUNS
        and tok.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.i == tok.i + 1
        and head.lower_ not in VERSION_NOUNS | STAGES
        and chunk_text(head, set()) is not None
    )


def _names_another(tok: Token) -> bool:
    """The noun said as part of another thing's name: "the labels budget", "the awards T&Cs" (a compound, or a
    capitalised word straight after it, however the parser read it)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    said_after = nxt is not None and nxt.text[:1].isupper() and nxt.text != "I"
    return tok.dep_ == "compound" or said_after


def _not_modifier(tok: Token, names: set[str]) -> bool:
    """A word before the noun that says whose, when or how many, not what kind ("Tom's", "Tuesday's", "three");
    a named month or season is a kind ("the April content calendar"), and so is a hyphenated word, numbers and all
    ("the six-month review")."""
    if hyphen_part(tok):
        return tok.text in names
    return tok.text in names or (tok.ent_type_ in NOT_THINGS and not named_time(tok)) or tok.like_num


LIST_TAILS = {"all", "everything", "lot", "stuff", "that", "it", "etc"}


def scope_listed(text: str, turns: list[Turn], at: int, names: set[str]) -> str:
    """What the work covers, when the sentence after the one that asked for it lists it with no verb: "sit down on
    the Castle integration. The data mapping, the error handling, all of it." -> "… (data mapping, error
    handling)"; nothing when the task has a bracket already."""
    words = text.split()
    lead = " ".join(words[:3])
    if "(" in text or len(words) < 3:
        return text
    start = next((n for n, w in enumerate(words[1:], start=1) if w.lower() in DETERMINERS), None)
    thing = " ".join(words[start:]).lower() if start is not None and len(words) - start >= 3 else None
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        sents = list(turns[k].doc.sents)
        said = next(
            (n for n, s in enumerate(sents) if lead.lower() in s.text.lower() or (thing and thing in s.text.lower())),
            None,
        )  # "send me the full spec sheet" asked for "send the full spec sheet"
        if said is None:
            continue
        listed = _listed(sents[said + 1], names) if said + 1 < len(sents) else None
        return f"{text} ({listed})" if listed else text
    return text


def _listed(sent: Span, names: set[str]) -> str | None:
    """ "The data mapping, the error handling, all of it." -> "data mapping, error handling": two or more noun
    phrases and no verb, or a list of them whose last goes on into a clause ("Weight, power, footprint, and
    whatever safety certification it's got." -> "weight, power, footprint"); None for anything else."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    if verbs and sent.root.pos_ not in ("NOUN", "PROPN"):
        return None
    cut = verbs[0].i if verbs else sent.end
    heads = [t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("ROOT", "conj", "appos") and t.i < cut]
    if len(heads) < 2 or any(t.ent_type_ in NOT_THINGS or t.text in names or t.lower_ in WEAK_NOUNS for t in heads):
        return None  # not "Thanks all, and Nadia, happy birthday."
    if any(verb_form_owned(t) for t in heads):
        return None  # "Quick recap: Tom's redrafting today, then out to the trade press": who does what, no things
    words = [
        " ".join(
            w.text if w.pos_ == "PROPN" and (w.i > sent.start or w.text.isupper()) else w.lower_
            for w in sent.doc[h.left_edge.i : h.i + 1]
            if w.pos_ not in ("DET", "PRON", "PUNCT")
        )
        for h in heads
        if h.lower_ not in LIST_TAILS
    ]
    return ", ".join(w for w in words if w) if len(words) >= 2 else None


VAGUE_COUNT = re.compile(r"\b(?:a few|a couple of|a couple|some)\s+(?=[a-z])", re.IGNORECASE)
COUNT_WORDS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)}


def counted(text: str, turns: list[Turn], at: int) -> str:
    """ "a few" made the number the speaker settles on next: "I can write a few alternates. Three options, say,
    by Monday?" -> "write three alternates"."""
    m = VAGUE_COUNT.search(text)
    if m is None or not 0 <= at < len(turns):
        return text
    sents = list(turns[at].doc.sents)
    lead = " ".join(text.split()[:2]).lower()
    said = next((n for n, s in enumerate(sents) if lead in s.text.lower()), None)
    if said is None or said + 1 >= len(sents):
        return text
    first = next((t for t in sents[said + 1] if not t.is_punct and t.lower_ not in ("so", "maybe", "say", "um")), None)
    if (
        first is None
        or first.lower_ not in COUNT_WORDS
        or any(t.dep_ in ("nsubj", "nsubjpass") for t in sents[said + 1])
    ):
        return text  # not "Three of us will review them."
    if first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ == "of":
        return text
    return text[: m.start()] + first.lower_ + " " + text[m.end() :]


# "book four", "resize all eleven", "get hold of all three": the task's verb (with its particle or preposition), a
# determiner or none, and a number said for what it counts
VERB_TAIL = r"(?:hold of |in touch with |(?:back |out )?(?:to|with) |in with )?"
COUNTED = re.compile(
    r"^(\w+ " + VERB_TAIL + r"(?:(?:all|the|those|these) )?)(" + "|".join(NUMBER_WORDS[1:]) + r")\b(?! of\b)", re.I
)
CURRENCY = {"quid", "pound", "pounds", "dollar", "dollars", "euro", "euros", "grand", "k", "p", "pence"}
# what a price is per that is no thing to book or buy ("forty quid a head", "ninety a month")
NOT_UNITS = {"head", "person", "pop", "go", "month", "year", "night", "week", "day", "hour", "time"}


def numbered(text: str, turns: list[Turn], at: int) -> str:
    """A number said for the things it counts, with the noun the meeting counted them by: "The studio will turn
    all eleven round." after "It's eleven sizes now." -> "turn round all eleven sizes"; the nearest "eleven …"
    in turn ``at`` or the few before it; nothing when the task names them ("all eleven sizes")."""
    m = COUNTED.match(text)
    if m is None:
        return text
    rest = text[m.end() :].split()
    if rest and rest[0].replace("-", "").isalpha() and rest[0].lower() not in STOP_WORDS | WAITS:
        return text  # "send all three decks": the task names them
    number = m.group(2).lower()
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        counted = [
            t.head
            for t in turns[k].doc
            if t.lower_ == number and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i == t.i + 1
        ]
        if counted and counted[-1].ent_type_ not in NOT_THINGS and counted[-1].lower_ not in WEAK_NOUNS:
            return f"{text[: m.end()]} {counted[-1].lower_}{text[m.end() :]}"
    unit = _priced_per(turns, at) if not m.group(1).lower().endswith(("all ", "the ", "those ", "these ")) else None
    return f"{text[: m.end()]} {_plural(unit)}{text[m.end() :]}" if unit else text


def _priced_per(turns: list[Turn], at: int) -> str | None:
    """ "licence" of "it's ninety quid a licence": the unit a price was said per in turn ``at`` or the few
    before it, which "Get four." / "I'll book four" then counts."""
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        doc = turns[k].doc
        for t in reversed(doc[1:-1]):
            before, unit = doc[t.i - 1], doc[t.i + 1]
            priced = before.lower_ in CURRENCY or before.ent_type_ == "MONEY"
            if t.lower_ in ("a", "an", "per") and priced and unit.pos_ == "NOUN" and unit.tag_ == "NN":
                return None if unit.lower_ in NOT_UNITS | WEAK_NOUNS else unit.lower_
    return None


def _plural(noun: str) -> str:
    """ "licences", "boxes", "batteries": the plural of a counted unit."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


LENGTH = r"(?:(?:a |an )?half(?: an)? hour|an hour|[\w-]+ (?:minutes?|mins|seconds?|secs|hours?|pages?|words?|slides?))"
MAKE = r"\b(?:make|keep|cut|get|bring) (?:it|that|them|this) (?:(?:down |up )?to )?"
MAKE_IT = re.compile(MAKE + "(" + LENGTH + ")", re.IGNORECASE)
SAID_FIRST = re.compile(r"^(?:(?:so|okay|ok|right|yes|yeah|sure),?\s+)?(" + LENGTH + r")\b", re.I)


def changed_to(text: str, turns: list[Turn], at: int) -> str:
    """A change with no size said ("shorten the invite") takes the size the turn opens with or the turn before
    asks for ("Let's make it forty-five minutes though." / "Forty-five minutes, sure. I'll shorten the invite.")."""
    words = text.split()
    if not words or words[0].lower() not in CHANGE_VERBS or re.search(r"\b(?:to|by)\b", text) or at < 0:
        return text
    said = SAID_FIRST.match(turns[at].text.strip()) if at < len(turns) else None
    asked = MAKE_IT.search(turns[at - 1].text) if 0 < at <= len(turns) else None
    found = said or asked
    return f"{text} to {found.group(1).lower()}" if found else text


WAITS = {"before", "once", "after", "until", "till"}
WAIT_WORDS = 8  # "Before the statement goes out?": short, a sentence of its own
ASKED_BACK = 2  # turns back the sentence that asked for the work may be


def waits_for(text: str, turns: list[Turn], at: int) -> str:
    """A condition said as a sentence of its own straight after the one that asked for the work: "Would you ring
    her yourself? Before the statement goes out?" -> "ring … (before the statement goes out)"; nothing when the
    task has a bracket already or the sentence is more than a short condition."""
    words = text.split()
    if "(" in text or not words:
        return text
    verb = words[0].lower()
    for k in range(min(at, len(turns) - 1), max(-1, at - ASKED_BACK - 1), -1):
        sents = list(turns[k].doc.sents)
        for n, sent in enumerate(sents[:-1]):
            if not any(t.lower_ == verb for t in sent):  # the sentence that asked for it ("could you brief …")
                continue
            nxt = [t for t in sents[n + 1] if not t.is_punct]
            if (
                nxt
                and nxt[0].lower_ in WAITS
                and len(nxt) <= WAIT_WORDS
                and any(t.pos_ in ("VERB", "AUX") for t in nxt)
            ):
                return f"{text} ({' '.join(t.lower_ if t.i == nxt[0].i else t.text for t in nxt)})"
    return text


def quoted_claim(text: str, turns: list[Turn], at: int) -> str:
    """ "check the claim" -> "check the 'no added sugar' claim": a claim the task names bare, when turn ``at`` or
    one of the ``LOOKBACK`` before it quoted the words claimed (the nearest quote; a transcript from speech has none,
    and the task stays as said)."""
    bare = BARE_QUOTED.search(text)
    if bare is None:
        return text
    for k in range(min(at, len(turns) - 1), max(-1, at - LOOKBACK - 1), -1):
        said = [m.group(1).strip() for m in QUOTED.finditer(turns[k].text)]
        said = [q for q in said if q and len(q.split()) <= QUOTE_WORDS]
        if said:
            return f"{text[: bare.end(1)]} '{said[-1]}' {text[bare.start(2) :]}"
    return text
