"""What "it"/"that" points back to, for the task wording (``pipeline/extract/wording.py``): the noun phrase of an
earlier sentence (in the same turn, else the last few turns) that a pronoun object stands for.

    "Is there a floor plan of the venue anywhere?" / "I'll dig it out."  -> "a floor plan of the venue"
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.extract.date_words import DAY_WORD
from pipeline.extract.happened import as_happened
from pipeline.extract.noun_spans import broken_down_by, over_period, period_of
from pipeline.extract.task_conditions import CONDITION_MARKS, KEPT_AS, LEFT_AS, MADE_INTO, sure_of
from pipeline.extract.task_cut import so_that
from pipeline.extract.task_sent import PRESSING
from pipeline.extract.turns import Turn

LOOKBACK = 4
PRONOUNS = {"it", "that", "this", "them", "those", "these", "one", "ones"}
INDEFINITE = {"something"}
# "I'll put something in for the twenty-third", "pop something in the diary": a diary entry, not a thing said before
DIARY_HOLD = re.compile(
    r"^(?:put|pop|stick|pencil|slot|get)\s+something\s+in(?:\s+(?:the|your|our|everyone's)\s+(?:diary|diaries|"
    r"calendar|calendars))?(?=\s+for\b|\W*$)",
    re.IGNORECASE,
)
FILLERS = {"um", "uh", "er", "erm", "just", "probably", "quickly", "quick", "definitely", "really", "actually",
           "basically", "maybe", "perhaps", "properly", "obviously", "literally", "certainly", "hopefully",
           "little", "proper", "bit", "of course", "sort", "kind"}  # fmt: skip
WEAK_NOUNS = {"thing", "things", "bit", "lot", "time", "week", "day", "question", "point", "idea", "problem", "way",
              "number", "minute", "minutes", "stuff", "one", "ones", "sense", "call", "end", "side", "team", "people",
              "today", "tomorrow", "morning", "afternoon", "moment", "chance", "worry", "worries", "job", "case",
              "deal", "course", "rest", "kind", "sort", "yes", "no", "sure", "favour", "favor", "look", "go",
              "meeting", "screen", "mute", "note", "notes", "everyone", "everybody", "something", "anything", "hour",
              "hours", "yep", "yeah", "okay", "ok", "right", "cheers", "thanks", "hi", "hello", "great", "perfect",
              "brilliant", "lovely", "ha", "absolutely", "fine", "cool", "good", "mine", "yours", "ours",
              "reminder", "love", "ugh", "argh", "oof", "phew", "wow", "blimey", "crikey", "yikes", "eek", "oops",
              "whoops", "ooh", "hmm", "ah", "oh", "gosh", "fortnight", "weeks", "days", "month", "months", "year",
              "years", "weekend", "weekends", "news", "relief", "shame", "pity", "catch", "shout", "none",
              "nothing", "while"}  # fmt: skip
# "Ugh. Yes. It's me.": a groan; "for a fortnight", "a while back": when; "none after", "nothing else": no thing at all
# ("news", "relief": "Brilliant, that's great news." says how the thing said before is taken, it names no thing)
# ("catch", "shout": "Good catch.", "Good shout." thank the speaker, they name no thing; not "spot", a radio spot)
# the noun of an idiom, which names the doing, a time or a feeling, not a thing worked on ("have a poke around",
# "give it a nudge", "I've got a feeling she'll chase", "the judges make up their minds", "close of play", "God, yes",
# "have you made a start?")
IDIOM_NOUNS = {"poke", "nudge", "feeling", "mind", "minds", "think", "read", "skim", "glance", "once-over", "chat",
               "word", "stab", "crack", "punt", "start", "shout", "steer", "heads", "play", "god", "gosh",
               "heavens", "fault"}  # fmt: skip
# words that open a reply ("Understood.", "Lovely."), which the parser may take for a name
EXCLAMATIONS = {"god", "gosh", "christ", "jesus", "lord", "heavens", "blimey", "cheers", "bless", "understood", "noted",
                "agreed", "absolutely", "lovely", "perfect", "brilliant", "fab", "sure", "ugh", "argh", "grand", "wow",
                "ooh", "ace", "sweet", "gotcha", "super", "fantastic", "wonderful", "amazing", "awesome", "splendid",
                "marvellous", "excellent", "righto"}  # fmt: skip
NON_REFERRING = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "NORP"}
WANTING = {"want", "ask", "like", "love", "say", "expect", "prefer", "mention", "request"}
DECIDING = {"decide", "agree", "choose", "vote", "insist", "think", "reckon"}  # what people do, not things
CAUSATIVE = {"get", "have"}
DONE_OR_KEPT = CAUSATIVE | KEPT_AS  # "get that set up", "leave it pencilled in": the thing and its state
CALLING = {"ring", "call", "phone", "text", "message", "contact"}
GATHERING = {"meet", "sit", "convene", "gather"}  # "the board meets on the 28th": people, not a thing
# when a thing is due, not a thing worked on: "The copy deadline is Friday." / "We'll have it to you by Thursday."
DUE_NOUNS = {"deadline", "deadlines", "cutoff", "cut-off"}
ACRONYM_PLURAL = re.compile(r"^[A-Z][A-Z0-9&]+s$")  # "POs", "KPIs", "T&Cs": an abbreviation made plural


def _counted(tok: Token) -> str | None:
    """A number standing for a noun said earlier in the turn ("we found fourteen issues … the other three are in
    the app"): "the three issues"; None for a number with its own noun, or one nothing earlier counts."""
    if tok.pos_ != "NUM" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.lower_ == "one":
        return None
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") or any(c.dep_ == "prep" for c in tok.children):
        return None
    earlier = [t for t in tok.doc[: tok.i] if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)]
    if not earlier:
        return None
    noun = earlier[-1]
    words = [t.text for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.text]
    return " ".join(["the", tok.text, *words])


PRICED = frozenset({"quote", "price", "estimate", "costing", "quotation"})  # what "a quote for one" prices
PRICING = frozenset({"quote", "price", "cost", "estimate", "tender", "bid"})  # verbs whose "for it" is the thing priced
HEARD = frozenset({"listen"})  # "I'll listen to them": the voice options, the tracks; not people spoken to


def is_pronoun(tok: Token) -> bool:
    """A pronoun standing for the thing worked on ("send it", "dig those out", "get that signed", "look into
    that"), not a person ("with them")."""
    if tok.lower_ in INDEFINITE:  # "Shall I draft something?": something for what was being talked about
        return tok.dep_ == "dobj" and not any(c.dep_ in ("amod", "prep", "relcl") for c in tok.children)
    if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and sure_of(tok.head):
        return tok.head.lemma_ == "be" or tok.dep_ == "nsubjpass"  # "make sure they're on there": the things made
        # sure of; not "make sure they send the URL", the people who do it
    if tok.lower_ not in PRONOUNS:
        return False
    if tok.lower_ in ("that", "which") and tok.head.dep_ == "relcl" and tok.i < tok.head.i:
        return False  # "the two that are already signed": the relative clause's own word for the thing before it
    if tok.lower_ == "one" and tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ == "by" and tok.nbor(2).lower_ == "one":
        return False  # "go through them one by one": one after another
    if tok.dep_ == "dobj" and tok.lower_ == "them" and tok.head.lemma_ in CALLING:
        return False  # "ring them": whoever they are, not a thing said before ("the proofs")
    if tok.dep_ == "dobj" and tok.lower_ in PRESSED and tok.head.lemma_ in PRESSING and _then_for(tok):
        return False  # "chase them for the draft": whom the task presses, the thing is what follows "for"
    if tok.dep_ in ("dobj", "nsubjpass", "ROOT", "npadvmod", "conj"):
        return True
    head = tok.head
    if tok.dep_ == "nsubj" and tok.i == 1 and head.i == 0 and head.tag_ in ("VB", "VBP"):
        return True  # "do it by region": the task's verb comes first, the parser took "it" for its subject
    if tok.lower_ in ("one", "ones") and tok.dep_ == "nsubj" and head.i == 0 < tok.i and head.tag_ in ("VB", "VBP"):
        return True  # "do the six-second one alongside": the same, "one" after its words
    if after_task_verb(tok):
        return True
    if tok.dep_ == "nsubj" and head.tag_ in ("VBN", "VBD") and head.head.lemma_ in DONE_OR_KEPT and head.i > tok.i:
        return True  # "get that set up", "have it signed", "leave it pencilled in"
    if tok.dep_ == "nsubj" and head.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].lemma_ in CAUSATIVE:
        return True  # the same with "have" read as an auxiliary: "have [that] sorted"
    if pointed_done(tok):
        return True  # "get that translated", "get this booked": read as "that" + adverb or determiner
    if tok.dep_ == "nsubj" and head.pos_ == "NOUN" and head.dep_ == "ccomp" and head.head.lemma_ in MADE_INTO:
        return True  # "make it the default": the thing made something, read as a clause's subject
    if tok.dep_ == "nsubj" and sure_of(head):
        return True  # "make sure it's on there": the thing made sure of
    small = head.pos_ in ("ADJ", "ADV") or head.lower_ in LEFT_AS  # "live" may be read as a verb
    made = head.head.lemma_ in CAUSATIVE or (tok.i > 0 and tok.doc[tok.i - 1].lemma_ in CAUSATIVE)  # or as "aux"
    if tok.dep_ == "nsubj" and small and made and head.i > tok.i:
        return True  # "get them weekly", "have it ready", "have it live": the parser's small clause
    if part_of(tok):
        return True
    priced = [head.head, *(c for c in head.head.children if c.dep_ == "dobj")]  # "for" on the quote or on "get"
    if (
        tok.dep_ == "pobj"
        and tok.lower_ == "one"
        and head.lower_ in ("for", "on")
        and any(p.lemma_ in PRICED for p in priced)
    ):
        return True  # "we might need a generator." "I'll get a quote for one": a generator (not "a table for one")
    if tok.dep_ == "pobj" and tok.lower_ in ("it", "that", "this", "them", "those") and head.lower_ == "for":
        verb = tok.doc[head.i - 1] if head.i > 0 else None  # the parser may take "quote" for an interjection
        if verb is not None and verb.lower_ in PRICING and (verb.i == 0 or verb.pos_ == "VERB"):
            return True  # "I can quote for it separately": the thing priced (not "pay for it", "ask for that")
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in HEARD:
        return True  # "listen to them": the voice options, the tracks
    if tok.dep_ == "pobj" and tok.lower_ in ("them", "those", "these") and head.lower_ in ("into", "over", "through"):
        return head.head.pos_ == "VERB"  # "look over them", "go through those"; not "talk about them" (people)
    if tok.dep_ == "pobj" and (tok.lower_, head.lower_) in THINGS_AT:
        return _worked_on(head)  # "look at them", "loop legal in on those"; not "keep an eye on them"
    if tok.dep_ == "pobj" and tok.lower_ in ("it", "that", "this") and head.lower_ == "in":
        return _put_in(head)  # "include accommodation in that": the thing something is put in
    return (
        tok.dep_ == "pobj"
        and tok.lower_ in ("it", "that", "this")
        and head.lower_ in ("into", "at", "on", "about", "over", "through")
        and _worked_on(head)
    )


def _worked_on(prep: Token) -> bool:
    """The preposition hangs on the work: a verb, the task's first word (a verb the parser took for a noun: "loop
    in legal on those") or the noun of "have a look", "take a pass" ("have a look at them")."""
    on = prep.head
    return on.pos_ == "VERB" or on.i == 0 or (on.dep_ == "dobj" and on.head.lemma_ in LIGHT_VERBS and on.head.i == 0)


# a plural pronoun after "at"/"on" that stands for things: "have a look at them", "loop legal in on those" ("them"
# on its own after "on" is as often people: "check on them")
THINGS_AT = {("them", "at"), ("those", "at"), ("these", "at"), ("those", "on"), ("these", "on")}


def _put_in(prep: Token) -> bool:
    """ "in" after a thing put in something ("include accommodation in that", "put the logo in it"), hung on the
    verb or on its object."""
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


def pointed_done(tok: Token) -> bool:
    """ "that"/"this" between "get"/"have" and a participle ("get that translated", "get this booked") that the
    parser read as an adverb ("that much") or a determiner of the participle: the thing to be done, said before."""
    doc = tok.doc
    if tok.lower_ not in ("that", "this") or tok.dep_ not in ("advmod", "det") or not 0 < tok.i < len(doc) - 1:
        return False
    done = doc[tok.i + 1]
    return done.tag_ == "VBN" and tok.head.i == done.i and doc[tok.i - 1].lemma_ in CAUSATIVE


# pressing someone for a thing: "chase trade for that", "nudge the printer for it"
PRESSED = {"them"}  # whom a task presses, named by a pronoun ("chase them for it")
PRESSED_FOR = {"that", "it", "this", "them", "those"}  # the thing pressed for: "chase the printer for them"
# "include a cutdown in there", "put the costs in it", "add the logo on there"
CONTAINED = ("in", "on", "into")
# putting a thing into a piece of work: "include a cutdown in there", "pop the logo on it"
ADDING = {"include", "add", "put", "pop", "drop", "stick", "insert", "slot", "fold", "work", "build", "factor"}


def _then_for(tok: Token) -> bool:
    """ "for" straight after the token ("chase them for the draft"): what the pressing is for follows."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "for"


def put_in(tok: Token) -> bool:
    """ "there"/"it" after "in"/"on" at the end of a task whose verb has a thing of its own before it ("include a
    social cutdown in there", "put the media costs in it"): the thing it goes in, named before; not "work on it"
    (nothing put in), nor a place with its own noun ("in there" said of nothing but the pronoun)."""
    doc = tok.doc
    if tok.lower_ not in ("there", "it") or tok.i < 3 or doc[tok.i - 1].lower_ not in CONTAINED:
        return False
    if doc[0].lower_ not in ADDING:
        return False  # "leave the badges in there": a place, not a thing worked on
    rest = [t for t in doc[tok.i + 1 :] if not t.is_punct]
    if any(t.lower_ not in ("too", "as", "well", "also") for t in rest):
        return False
    before = doc[: tok.i - 1]
    return any(t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" for t in before[1:]) or any(
        t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") for t in before
    )


def pressed_for(tok: Token) -> frozenset[str] | None:
    """ "that"/"it" after "for" when the task presses someone for a thing ("chase trade for that", "nudge the
    printer for it"): the words of whom it presses, which the thing is not ("chase the venue for it" is not "for the
    venue"); None for any other "for that" ("raise a PO for that", "prepare a summary for that")."""
    doc = tok.doc
    if tok.lower_ not in PRESSED_FOR or tok.i < 3 or doc[tok.i - 1].lower_ != "for":
        return None
    if doc[0].lower_ not in PRESSING or any(t.lower_ in ("for", "and") for t in doc[1 : tok.i - 1]):
        return None
    whom = [t for t in doc[1 : tok.i - 1] if t.is_alpha]
    if not whom or any(t.lower_ in PRONOUNS - PRESSED for t in whom):
        return None  # "chase them for that": whoever "them" are, pressed for the thing named before
    return frozenset(t.lower_ for t in whom if not t.is_stop or t.lower_ in PRESSED)  # not "the" of "the venue"


NOT_VERBS = ("PRON", "DET", "CCONJ", "SCONJ", "AUX", "PART", "INTJ", "NUM", "PUNCT")


def after_task_verb(tok: Token) -> bool:
    """The pronoun straight after a task's verb, which a task (lower case, its verb first) starts with: "book
    those", "clear it", "sort that before the invoice goes in", whatever the parser made of so short a text (a
    noun "book" with "those" for its determiner, "it" the subject of an adjective "clear"); not a subject of the
    verb after it ("so it needs …", "check it works"), nor a determiner ("send those three")."""
    doc = tok.doc
    if tok.i != 1 or tok.lower_ not in PRONOUNS - {"one", "ones"} or not doc[0].is_lower or not doc[0].is_alpha:
        return False
    if doc[0].pos_ in NOT_VERBS or doc[0].lower_ in ("so", "then", "now", "yes", "yeah", "no", "well"):
        return False
    nxt = doc[2] if len(doc) > 2 else None
    if nxt is None or nxt.tag_ == "RP" or nxt.dep_ == "prt" or nxt.lower_ in SENT_WAYS:
        return True  # "send those round": the way it goes, whatever the parser made of it (a noun "round")
    if nxt.lower_ == "to" and len(doc) > 3 and doc[3].pos_ in ("VERB", "AUX"):
        return False  # "get them to look at it": whom, not what
    # not "send those three", "set that logic up", "give it a nudge": a determiner, or whom the thing is for
    return nxt.pos_ in ("ADP", "ADV", "PART", "SCONJ", "PUNCT")


def part_of(tok: Token) -> bool:
    """ "two of them", "a few of those": some of the things said before, not a person ("with them")."""
    quantity = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.lower_ in ("them", "those", "these")
        and tok.head.lower_ == "of"
        and (quantity.like_num or quantity.lower_ in ("some", "few", "couple", "handful", "all", "each", "any"))
    )


LETTER = re.compile(r"^[A-Z]'?s?$")  # "T", "Ts", "Cs", "C's"


def letter_pair(root: Token) -> bool:
    """ "T and Cs", "Ts and Cs", "Q and A": two letters joined, one name for one thing (parsed as two)."""
    joined = [c for c in root.children if c.dep_ in ("cc", "conj")]
    return (
        LETTER.match(root.text) is not None
        and [c.dep_ for c in joined] == ["cc", "conj"]
        and joined[0].lower_ == "and"
        and LETTER.match(joined[1].text) is not None
    )


def plural_pair(root: Token) -> bool:
    """ "the T and Cs": a pair of letters named as many ("a Q and A" is one)."""
    return letter_pair(root) and any(c.dep_ == "conj" and c.text.endswith("s") for c in root.children)


def chunk_text(root: Token, names: set[str]) -> str | None:
    """The noun phrase of ``root``: determiners and modifiers, with its prepositional phrase ("the proposal for the
    social-only scope"), without relative clauses; None when it does not name a thing that could be worked on."""
    if root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ in NON_REFERRING:
        return None
    weak = root.lower_ in WEAK_NOUNS and not _kind_of(root)
    if (weak or root.lower_ in IDIOM_NOUNS) and not _number_of(root):
        return None
    if root.text in names or root.lower_ in PRONOUNS or root.lower_ in EXCLAMATIONS or _not_a_thing(root):
        return None
    if _a_day(root):
        return None
    words: list[Token] = []
    paired = letter_pair(root)
    for t in root.subtree:
        if any(
            a.dep_ in ("relcl", "acl", "appos", "cc", "conj", "advcl", "xcomp")
            and a.i != root.i
            and not (paired and a.head.i == root.i and a.dep_ in ("cc", "conj"))
            for a in _path(t, root)
        ):
            continue
        if any(a.dep_ == "prep" and any(c.lower_ in PRONOUNS for c in a.children) for a in _path(t, root)):
            continue  # "the new rate on it": the pronoun points elsewhere
        if any(own_side(a) for a in _path(t, root)):
            continue  # "the final list from your side": whose side, which the owner's name says
        if any(a.dep_ == "prep" and for_the_time(a) for a in _path(t, root)):
            continue  # "the go-live date for now": how long it is held, not what it is
        if any(_by_day(a) for a in _path(t, root)):
            continue  # "the final version to you by the eighteenth": when it is wanted, the item's date
        if any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.head.i == root.i and a.i > root.i for a in _path(t, root)):
            continue  # "a holding statement ready in case …": the state it is wanted in, not the thing
        if any(
            a.dep_ == "prep" and a.lower_ == "with" and any(c.text in names for c in a.children) for a in _path(t, root)
        ):
            continue  # "I'll have the draft with Priti": where it goes, not what it is
        if (t.is_punct and t.text not in ("-", "&")) or t.lower_ in FILLERS or (_dated(t) and not _which_kind(t)):
            continue
        if any(a.dep_ == "advmod" and a.lower_ in SENT_WAYS and a.head.i == root.i for a in _path(t, root)):
            continue  # "have the developed route back to them": which way it goes, not what it is
        if t.pos_ == "ADV" and t.i == t.sent.start and t.i < root.i:
            continue  # "So rooftop plus the terrace.": the sentence's opener, not the thing's
        if t.i == t.sent.start and t.i < root.i and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",":
            continue  # "Okay, run of show.", "Right, the budget": a word set off before the thing, not its own
        if t.dep_ == "case" and t.head.ent_type_ in ("DATE", "TIME"):
            continue  # the "'s" of "Tuesday's"
        if _is_said(t):
            break  # "First draft's nearly there": the "'s" is "is", what follows says how the thing stands
        words.append(t)
    said_for = _for_after(root, names)
    notes_of = _notes_of(root) if said_for is None and root.lower_ in NOTE_KINDS else None
    if notes_of is not None and notes_of.head == root.head:  # "send the notes from the workshop", "from" on "send"
        said_for = notes_of
    if said_for is not None:  # "add a filter for number of bedrooms": the parser hung "for" on the verb
        words += [t for t in said_for.subtree if not t.is_punct and t.lower_ not in FILLERS]
    words = _glued(root, words)
    if _word_count(words) > 8:  # the noun and its first phrase: "a whole list of requirements"
        prep = next((c for c in root.rights if c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        keep = ({prep.i} if prep is not None else set()) | (
            {t.i for t in obj.subtree if t.i <= obj.i} if obj else set()
        )
        keep |= {c.i for c in root.rights if c.dep_ == "nummod"}  # "route two, with a bit of …": which route
        words = [t for t in words if t.i <= root.i or t.i in keep][:8]
    while words and (words[-1].pos_ in ("ADP", "DET", "CCONJ", "PART") or so_that(words[-1])):
        words.pop()
    text = "".join(t.text_with_ws if t.i + 1 in {w.i for w in words} else t.text + " " for t in words)
    text = re.sub(r"\s*-\s*", "-", text)
    # "How many bottles do you need?" / "I'll get them to you": the bottles
    text = re.sub(
        r"^(?:(?:how\s+)?(?:many|much)|any|some|all|(?:your|our|my|their|his|her)(?:\s+own)?)\b\s*",
        "the ",
        text,
        flags=re.IGNORECASE,
    )  # ("your own system": the system)
    text = re.sub(r"(?<=\s)(?:my|your|our)(?:\s+own)?\b", "the", text, flags=re.IGNORECASE)  # "for [the] director"
    first = words[0] if words else None
    if first is not None and first.i == first.sent.start and first.tag_ in OPENING_TAGS and first.text[1:].islower():
        text = text[0].lower() + text[1:]  # "Percentages are fine": the word opened the sentence, it is no name
        if root.tag_ == "NN" and len(words) > 1 and not any(t.dep_ in ("det", "poss") for t in words):
            text = f"the {text}"  # "First draft's nearly there" -> "the first draft"
    return over_period(root, text.strip(), FILLERS) or None


def own_side(prep: Token) -> bool:
    """ "on your side", "at our end", "from my side of things": whose side the work is done on, which the owner's
    name says in the report ("get the deposit approved on your side" -> "get the deposit approved")."""
    side = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in ("side", "end")]
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "at", "from")
        and bool(side)
        and any(c.dep_ == "poss" and c.lower_ in ("your", "our", "my") for c in side[0].children)
        and all(c.dep_ in ("poss", "prep", "punct", "appos") for c in side[0].children)
    )


def article_lowered(text: str) -> str:
    """A thing as a sentence opened on it, named inside a task: "The revised deck" -> "the revised deck"."""
    return text[0].lower() + text[1:] if text.split()[0] in ("The", "A", "An") else text


OPENING_TAGS = {"NN", "NNS", "JJ", "VBG"}
SENT_WAYS = frozenset({"back", "over", "across", "round", "through"})  # hung on the thing by the parser


def _by_day(prep: Token) -> bool:
    """ "by the eighteenth", "before Friday" said after a thing: a deadline, no part of the thing."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("by", "before", "until", "till")
        and any(DAY_WORD.search(t.text) for t in prep.subtree)
    )


def _dated(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _which_kind(tok: Token) -> bool:
    """A season or period that says which thing it is, not when ("the summer range", "the Christmas campaign", "the
    quarterly summary"): a word before a noun that is no date itself, with its "the"; not a day of the month ("the
    week of the 26th work")."""
    head = tok.head
    if tok.dep_ == "nummod" and tok.i + 2 == head.i and tok.nbor(1).text == "-":
        return _which_kind(head)  # "the two-week test", "a three-day shoot": how long, said of which thing
    if tok.text == "-" and tok.i > 0 and tok.nbor(-1).dep_ == "nummod" and tok.nbor(-1).head.i == head.i:
        return _which_kind(tok.nbor(-1))
    if head.pos_ != "NOUN" or _dated(head) or head.i < tok.i:
        return False
    if tok.dep_ == "det":
        return any(_which_kind(t) for t in head.lefts if t.i > tok.i)
    return tok.dep_ in ("compound", "amod") and tok.is_alpha and not tok.like_num and tok.ent_type_ != "ORDINAL"


def _is_said(tok: Token) -> bool:
    """An "'s" the parser took for a possessive that is "is" ("the draft's nearly there", "the deck's done"): no
    noun follows it in the thing's words, or only a verb's form read as one ("the budget's underspent")."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    said = after is None or after.pos_ in ("ADV", "VERB", "AUX", "ADP") or said_doing(after)
    return tok.dep_ == "case" and tok.lower_ == "'s" and said


# how a verb's "-ing" or participle ends, when the parser read it as a noun after "X's" ("Tom's revising", "the
# budget's underspent"); not "-eed" ("the team's speed")
VERB_FORM_ENDS = ("ing", "ed", "spent", "done", "gone", "sent", "written", "taken", "given", "built")
# what a noun heads when the parser made it a clause of its own, an argument of no verb
CLAUSE_DEPS = frozenset({"ROOT", "dep", "advcl", "ccomp", "parataxis"})


def verb_form_owned(tok: Token) -> bool:
    """ "redrafting" of "Tom's redrafting", "underspent" of "the budget's underspent": a word in a verb's form
    straight after an "'s" the parser took for a possessive, which it read as a noun."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    owned = before is not None and before.lower_ in ("'s", "\u2019s") and before.dep_ == "case"
    form = tok.lower_.endswith(VERB_FORM_ENDS) and not tok.lower_.endswith("eed") and len(tok.text) > 4
    return owned and tok.pos_ == "NOUN" and form


def said_doing(tok: Token) -> bool:
    """ "revising" of "Tom's revising by Wednesday", "underspent" of "That budget's underspent, we only ran one":
    a verb's form after "'s" (``verb_form_owned``) heading a clause of its own (no verb's subject or object); the
    "'s" is "is", and the word says what the one before it is doing or how it stands, not a thing of theirs ("send
    Tom's briefing", "Priya's booking is in")."""
    return verb_form_owned(tok) and tok.dep_ in CLAUSE_DEPS


ASKED_ABOUT = {"which", "what", "whose"}


def _not_a_thing(root: Token) -> bool:
    """ "No rush", "no harm done": a thing said not to be there; "which days, which times": what is asked about,
    not a thing; "[laughs]": a transcriber's note, not speech; "Would a one-page PDF every Monday work?": a verb
    the parser read as a noun, with its modal."""
    doc = root.doc
    asked = root.i > 0 and doc[root.i - 1].lower_ in ASKED_ABOUT  # "which times", however the parser read it
    if asked or any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return True
    opened = any(t.text in ("[", "(") for t in doc[max(0, root.i - 2) : root.i])
    return (opened and root.i + 1 < len(doc) and doc[root.i + 1].text in ("]", ")")) or _leeway(root) or _suits(root)


SUITS = {"work", "suit"}  # "Does the week of the 26th work?": whether a time suits, the verb read as a noun
ASKS_IF = {"does", "do", "did", "will", "would", "could", "can", "might", "should"}
SUITS_WHOM = {"for", "you", "us", "them", "everyone", "everybody", "both", "all", "of", "then"}


def _suits(root: Token) -> bool:
    """ "work" of "Does the week of the 26th work?", "Would Friday suit you?": the verb of a question whether a time
    or a plan suits, which the parser read as a noun; no thing."""
    sent = root.sent
    words = [t for t in sent if not t.is_punct]
    after = [t for t in root.doc[root.i + 1 : sent.end] if not t.is_punct]
    asked = sent[-1].text == "?" or (sent.end < len(root.doc) and root.doc[sent.end - 1].text == "?")
    return (
        root.lower_ in SUITS
        and asked
        and bool(words)
        and words[0].lower_ in ASKS_IF
        and all(t.lower_ in SUITS_WHOM for t in after)
    )


LEEWAY = {"room", "scope", "space", "leeway", "wiggle"}  # "there's room to move", "scope for a discount"


def _leeway(root: Token) -> bool:
    """ "I think there's room to move there", "some scope for a discount": leeway, not a thing (said with no
    determiner, or "some"/"a bit of", before "to" or "for")."""
    if root.lower_ not in LEEWAY or any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("some", "any") for c in root.children
    ):
        return False
    return any(c.dep_ in ("relcl", "acl", "prep") and (c.lower_ == "for" or c.tag_ == "VB") for c in root.children)


ORDINAL_ONES = {"first", "second", "third"}  # "the second" may be the second one of something


DAY_KINDS = {"day", "week", "call", "meeting"}  # of a kind, a thing: "the planning day", "a press call"


QUICK = frozenset("quick short little brief small".split())  # "a quick note": no document


def _kind_of(root: Token) -> bool:
    """ "the planning day", "the launch call": a weak noun (``WEAK_NOUNS``) made a thing by the noun before it; and
    notes said of something ("the workshop notes", "an internal note", "the notes from the workshop", "notes on the
    script"), which can be sent, unlike "a quick note" or "my notes" said of the call itself."""
    if root.lower_ in ("note", "notes"):
        kind = any(c.dep_ in ("amod", "compound") and c.lower_ not in QUICK for c in root.lefts)
        return kind or (root.lower_ in NOTE_KINDS and _notes_of(root) is not None)
    return root.lower_ in DAY_KINDS and any(c.dep_ == "compound" for c in root.lefts)


def _notes_of(root: Token) -> Token | None:
    """The phrase that says what notes are of or from ("the notes from the workshop", "notes on the script"), its
    own or straight after it on the verb, where the parser often hangs it."""
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    hung = [after] if after is not None and after.head == root.head and root.dep_ == "dobj" else []
    return next(
        (
            c
            for c in [*root.rights, *hung]
            if c.dep_ == "prep"
            and c.lower_ in NOTES_OF
            and any(
                o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in NON_REFERRING
                for o in c.children
            )
        ),
        None,
    )


NOTE_KINDS = {"notes"}  # not "a quick note on the banner", a remark
NOTES_OF = {"from", "on", "of", "for", "about"}


SUITING = {"works", "suits", "does"}  # "Twenty-fifth works.", parsed as a noun "works" with the day as modifier


def _a_day(root: Token) -> bool:
    """ "the 22nd", "the fourteenth", "the Thursday" (however the parser tagged it): a day, not a thing worked on;
    nor "Twenty-fifth works" / "The 25th suits", a day said to suit that the parser read as a noun phrase."""
    if root.lower_ in SUITING and root.dep_ == "ROOT":
        return any(DAY_WORD.fullmatch(t.text) for t in root.lefts)
    return bool(DAY_WORD.fullmatch(root.text)) and root.lower_ not in ORDINAL_ONES


# "for now", "for the moment", "for the time being", "at the moment": how long a thing is held, said after it, not a
# part of it ("keep the go-live date for now" -> "the go-live date")
FOR_THE_TIME = {"for": {"now", "moment", "minute", "present", "being"}, "at": {"moment", "minute", "present"}}
STATE_PREPS = {"under", "over", "on", "in", "at", "within", "behind", "ahead"}


def _a_state(tok: Token) -> bool:
    """ "four hundred under budget", "on time", "on hold", "at risk", "built on staging": a bare noun after a
    preposition says how things stand, it names no thing to work on."""
    bare = tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
    return bare and tok.dep_ == "pobj" and tok.head.lower_ in STATE_PREPS


# the object of these names when something happens, not what is worked on ("After the board meeting on the ninth. I'll
# send it to you after that.": "it" is what was asked about, not the board meeting)
WHEN_PREPS = {"before", "after", "until", "till", "during", "since"}
WANTED_AFTER = {"be", "look", "'s", "\u2019s"}  # "Alfie's after your trading data" (wants it), "look after them"


def _a_when(tok: Token) -> bool:
    """ "the board meeting" of "after the board meeting", "the site visit" of "Before the site visit, though.", "the
    office" of "before the office closes": a time said by the event it follows or comes before, not a thing worked
    on; not "She's after the sales data" (wants it)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "after the tasting and the board meeting"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "mark" and c.lower_ in WHEN_PREPS | {"once", "when"} for c in tok.head.children
    ):
        return True  # "Ideally before the office closes on the 19th.": when, said by what happens then
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in WHEN_PREPS:
        return False
    said_before = prep.doc[prep.i - 1] if prep.i > 0 else prep  # "Theo's after", which the parser may hang elsewhere
    return prep.head.lemma_ not in WANTED_AFTER and said_before.lemma_.lower() not in WANTED_AFTER


# what a thing is sent or wanted for, said after "for" ("for approval", "for sign-off", "for review"): a step
SENT_FOR = frozenset({"approval", "review", "feedback", "comment", "signature", "sign", "input", "consideration"})


def _sent_for(tok: Token) -> bool:
    """ "approval" of "When do you need them for approval?": the step the thing goes to, not a thing."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.lemma_.lower() in SENT_FOR


def _where_it_is(tok: Token) -> bool:
    """ "my inbox" of "it's in my inbox", "the shared drive" of "they're on the shared drive": where the thing a
    pronoun stands for is, said of that pronoun; the pronoun is the thing, the place is not."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lemma_ not in ("be", "sit"):
        return False
    if any(
        c.dep_ in ("acomp", "attr", "xcomp") or (c.dep_ == "ccomp" and c.i > prep.head.i) for c in prep.head.children
    ):
        return False  # "On the new store, it'd be useful to walk it": the topic, with "it" for what is said of it
    # (a clause before it is an answer the parser hung on it: "We do, it's in two databases")
    return any(c.dep_ == "nsubj" and c.lower_ in DESCRIBED and c.i < prep.i for c in prep.head.children)


SEEING = frozenset("read see hear spot find watch catch notice".split())


def _seen_in(tok: Token) -> bool:
    """ "Facebook" of "before they read about it on Facebook", "the news" of "I saw it in the news": where something is
    seen or read, not a thing worked on."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("on", "in", "via") and prep.head.lemma_ in SEEING


def _in_idiom(tok: Token) -> bool:
    """A word of an idiom of taking work on ("Action on me to …", "that one's mine"), or of having a place alone
    ("you'll have the place to yourself"): it names no thing."""
    if tok.dep_ == "dobj" and any(
        g.lower_ in ("yourself", "yourselves") for c in tok.head.children if c.lower_ == "to" for g in c.children
    ):
        return True  # ("to yourself" hung on the verb)
    cues = tok.doc.spans.get("cues", []) if "cues" in tok.doc.spans else []
    return any(s.label_ in ("SELF_IDIOM", "ORG_IDIOM") and s.start <= tok.i < s.end for s in cues)


def _number_of(root: Token) -> bool:
    """ "the number of orders placed online": a figure someone can send, unlike "a number" or "the number"."""
    of = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"]
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)  # not "a number of complaints"
    return (
        root.lower_ == "number"
        and the
        and bool(of)
        and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in of[0].children)
    )


def _word_count(words: list[Token]) -> int:
    """Words as written: a hyphenated word the parser split ("sign - on") is one."""
    doc = words[0].doc if words else None
    return sum(
        1
        for t in words
        if t.text != "-"
        and not (doc is not None and t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
    )


def _glued(root: Token, words: list[Token]) -> list[Token]:
    """The whole of a hyphenated word the parser split ("a pre" + "-record", "stop-" + "motion")."""
    doc, have = root.doc, {t.i for t in words}
    i = root.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_:
        have.update((i + 1, i + 2))
        i += 2
    i = root.i
    while i - 2 >= 0 and not doc[i - 1].whitespace_ and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        have.update((i - 1, i - 2))
        i -= 2
    return [doc[j] for j in sorted(have)]


def _for_after(root: Token, names: set[str]) -> Token | None:
    """ "a filter for number of bedrooms" parsed with "for" on the verb ("add"): the "for" straight after the verb's
    object whose own object names a thing (not a time, a number, a person or a pronoun), said of the object."""
    after = root.right_edge.i + 1
    prep = root.doc[after] if after < len(root.doc) else None
    if root.dep_ != "dobj" or prep is None or prep.lower_ != "for" or prep.dep_ != "prep" or prep.head != root.head:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in NON_REFERRING or obj.text in names:
        return None
    return None if for_the_time(prep) or obj.lower_ in PRONOUNS else prep


def for_the_time(prep: Token) -> bool:
    """ "for now", "for the moment", "for the time being", "at the moment": a preposition whose object says only how
    long something stands (``FOR_THE_TIME``)."""
    said = FOR_THE_TIME.get(prep.lower_, set())
    return any(c.dep_ in ("pobj", "pcomp") and c.lower_ in said for c in prep.children)


def _path(tok: Token, root: Token) -> list[Token]:
    """The tokens from ``tok`` up to (not including) ``root``."""
    out = []
    while tok.i != root.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


ROLE_RANK = {"dobj": 0, "nsubjpass": 0, "nsubj": 0, "attr": 1, "ROOT": 1, "appos": 2, "conj": 3, "pobj": 4}


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def _sentence_antecedent(
    sent: Span,
    names: set[str],
    before: int | None,
    skip: set[int],
    plural: bool | None,
    agents: frozenset[str],
    head_only: bool = False,
    avoid: frozenset[str] = frozenset(),
    one: bool = False,
) -> str | None:
    """The best noun phrase in one sentence (up to token ``before``): one of the pronoun's number, nearest the
    sentence's main verb, an object or subject before a phrase after a preposition, the earliest first; not one
    whose noun is in ``avoid`` (what the task names besides the pronoun: "put it on the intranet" is not the
    intranet); for a bare "one" (``one``), only a single thing that can be counted (``_one_of``)."""
    found: list[tuple[int, int, int, int, str]] = []
    uncounted: set[int] = set()  # what a bare "one" cannot stand for, with the words said of it
    work = _wanted_work(sent) if before is None else None
    wanted = {t.i for t in work.subtree} if work is not None else None
    for tok in sent:
        if before is not None and tok.i >= before:
            break
        counted = _counted(tok) if tok.i not in skip and not one else None
        if counted:  # "The other three are in the app": three of the "fourteen issues" said before
            found.append((0 if plural is not False else 1, _depth(tok), ROLE_RANK.get(tok.dep_, 3), tok.i, counted))
            continue
        if tok.i in skip or tok.dep_ == "compound" or not _names_thing(tok) or tok.lower_ in agents | avoid:
            continue
        if said_doing(tok):
            continue  # "That budget's underspent": how the budget stands, not a thing
        if tok.i >= 2 and tok.nbor(-1).text == "-" and f"{tok.nbor(-2).lower_}-{tok.lower_}" in avoid:
            continue  # "client sign-off on the entry" / "could you sign it off?": the entry
        if one and (tok.i in uncounted or not _one_of(tok)):
            uncounted |= {t.i for t in tok.subtree}  # "some fresh imagery for the launch": not the launch either
            continue  # "They want copy by April." / "I'll get one from our CMO": not copy, the quote asked for
        if tok.lower_ in DUE_NOUNS:
            continue  # "the copy deadline is Friday": when the copy is due, "it" is the copy asked for before
        if _diary_invite(tok):
            continue  # "I'll send a Teams invite." / "once it's signed off, our web team will upload it": the copy
        if _modifier_half(tok) or _in_idiom(tok) or _a_state(tok) or _where_it_is(tok) or _seen_in(tok) or quoted(tok):
            continue  # "sell-in data": the noun is "data"; "action" of "action on me", "under budget": no thing
        if _a_when(tok):
            continue  # "After the board meeting. I'll send it then.": when, not what
        if _sent_for(tok):
            continue  # "When do you need them for approval?": what the things are wanted for, not a thing
        if before is None and _reason_given(tok):
            continue  # "if the railcard's so invisible, we should talk to commercial about a fare offer": the offer
        if before is None and (_for_purpose(tok) or _or_else(tok)):
            continue  # "sign that off?" "Yes, by Friday so we can build the call sheet." "I'll get that back": not it
        if _praise(tok):
            continue  # "Good spot. We'll bump it up to the minimum size.": what a reply says of a remark, no thing
        if _said_of_someone(tok) or _where_someone_is(tok):
            continue  # "You're a star.", "I'm at our sales conference": what a person is or where, no thing
        if _denied(tok):
            continue  # "I want the report by Wednesday. Not for the press.": not the thing meant
        if _says_what_it_is_like(tok):
            continue  # "we could do a barista cart, it's a proper crowd-puller": the cart is the thing
        if wanted is not None and tok.i not in wanted:
            continue  # "so it'd be over-eighteens only, and I'd want legal to check the settings": the settings
        if tok.dep_ == "nsubj" and tok.head.lemma_ in WANTING | DECIDING:
            continue  # "The radio station want a pre-record", "The board decided": who wants it, not what it is
        if (
            tok.dep_ == "nsubj"
            and tok.head.lemma_ in SEEING
            and any(c.dep_ in ("dobj", "prep") for c in tok.head.children)
        ):
            continue  # "before the staff read about it": who reads, not what is read
        if _agent(tok):
            continue  # "Facilities will have the new plans": who has or does it, the object is the thing
        if _named_after(tok) or _doing_something(tok):
            continue  # "The only gap is staffing for Manchester.": the gap is the staffing
        if before is not None and _put_on_it(tok, tok.doc[before]):
            continue  # "I'll get Priya on it": who is put on the thing, not the thing
        if _made_to(tok):
            continue  # "I'll get procurement to send the NDA over": who does it, the NDA is the thing
        if tok.dep_ == "conj" and letter_pair(tok.head):
            continue  # the "A" of "a reactive Q and A": said with its pair
        text = chunk_text(tok, names) if tok.pos_ in ("NOUN", "PROPN") else _mistagged(tok, names)
        if text is None or not re.search(r"\w", text):
            continue  # "-" of "mid-teens" with its words left out: no thing
        if text.lower().startswith("the ") and len(text.split()) == 1:
            continue
        text = _without_named(tok, as_happened(tok, text), avoid)
        listed = _with_pair(tok, text, names) if plural and not letter_pair(tok) else text
        many = tok.tag_ in ("NNS", "NNPS") or (tok.pos_ not in ("NOUN", "PROPN") and tok.lower_.endswith("s"))
        many = many or bool(ACRONYM_PLURAL.match(tok.text)) or plural_pair(tok)  # "the KPIs", "the T and Cs"
        many = many or listed != text  # "Manchester, Leeds and Bristol": three named
        number = 0 if plural is None or many == plural else 1
        if listed != text:
            text = listed  # "each of those": each of the things named, all of them
        elif head_only:  # "the new one": the noun without its own determiner and adjectives ("price card")
            glued = _glued(tok, [c for c in tok.lefts if c.dep_ == "compound"] + [tok])
            # "the third one" of the speakers: "the third speaker" (not "URLs", "Library services": names kept)
            one = plural is False and tok.tag_ == "NNS" and all(t.text.islower() for t in glued)
            text = " ".join(t.lemma_ if one and t.i == tok.i else t.text for t in glued)
        role = period_of(tok) or tok  # "the last two years of sales": ranked where the period stands
        found.append((number, _depth(role), ROLE_RANK.get(role.dep_, 3), tok.i, text))
    if not found:
        return None
    best = min(found)
    return best[-1] if not plural or best[0] == 0 else "\0" + best[-1]  # "\0": not plural, as "them" is


# what says a noun is one of a kind that can be counted ("a quote", "the draft", "their logo", "one case study")
COUNTING_DETS = frozenset("a an the this that another each every either".split())


# what a reply calls the remark it answers ("Good spot.", "Fair point.", "Great shout."): no thing to work on
REMARKS = frozenset("spot point catch shout question call idea thinking".split())
PRAISING = frozenset("good great fair nice excellent valid brilliant smart".split())


def _praise(tok: Token) -> bool:
    """ "Good spot.", "Fair point, yes.": a sentence that only praises the remark before it."""
    words = [t for t in tok.sent if not t.is_punct and t.pos_ != "INTJ"]
    said = any(c.dep_ == "amod" and c.lower_ in PRAISING for c in tok.children)
    return tok.lower_ in REMARKS and said and len(words) <= 3


def _one_of(tok: Token) -> bool:
    """A single thing a bare "one" can stand for ("We'll need a quote from someone senior." / "I'll get one"): a
    singular noun with an article, a possessive or a number before it; not a plural ("the photos": "one" is not
    them) nor a noun said bare, of stuff that is not counted ("They want copy by April", "more data")."""
    if tok.tag_ not in ("NN", "NNP") or ACRONYM_PLURAL.match(tok.text):
        return False
    return any((c.dep_ == "det" and c.lower_ in COUNTING_DETS) or c.dep_ in ("poss", "nummod") for c in tok.children)


def _listed(tok: Token) -> list[Token]:
    """The things named after ``tok`` in a list with it ("case studies and white papers", "Manchester, Leeds and
    Bristol"), the list closed by "and"; [] when there is none."""
    if any(c.dep_ == "case" for c in tok.children):
        return []  # not "a large for the men's and a small"
    chain: list[Token] = []
    at = tok
    while (nxt := next((c for c in at.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)) is not None:
        chain.append(nxt)
        at = nxt
    closed = any(c.dep_ == "cc" and c.lower_ == "and" for t in [tok, *chain] for c in t.children)
    return chain if closed else []


def _with_pair(tok: Token, text: str, names: set[str]) -> str:
    """ "them" for things named together ("case studies and white papers lumped together", "Manchester, Leeds and
    Bristol"): all of them, from the first named (a place's name among them may be read as a person's)."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    members = [first, *_listed(first)]
    if tok not in members[1:] and first != tok:
        return text
    said = [text if m == tok else chunk_text(m, names) or (m.text if m.pos_ == "PROPN" else None) for m in members]
    if len(said) < 2 or any(s is None for s in said):
        return text
    return ", ".join(s for s in said[:-1] if s) + f" and {said[-1]}"


def _without_named(tok: Token, text: str, avoid: frozenset[str]) -> str:
    """The thing without a phrase after it that names what the task names already ("The pharmacy list on the
    locator …" for "update the locator once we have it": "the pharmacy list")."""
    for prep in (c for c in tok.rights if c.dep_ == "prep"):
        if any(c.dep_ == "pobj" and c.lower_ in avoid for c in prep.children):
            said = tok.doc[prep.i : prep.right_edge.i + 1].text
            return text.replace(f" {said}", "", 1) if f" {said}" in text else text
    return text


def antecedent(
    turns: list[Turn],
    at: int,
    before: int | None,
    names: set[str],
    skip: set[int],
    plural: bool | None = None,
    agents: frozenset[str] = frozenset(),
    head_only: bool = False,
    avoid: frozenset[str] = frozenset(),
    one: bool = False,
) -> str | None:
    """What "it"/"that" points back to: a noun phrase earlier in turn ``at`` (before token ``before``), else in the
    turns before it, the nearest sentence first (for "them"/"those", the nearest with a plural noun, else the nearest
    at all); in an earlier turn its question first (the reply answers it:
    "Is there any sell-in data? Even rough numbers." / "I'll dig it out."). A sentence whose subject is the same
    pronoun carries the same thing on ("It's on a hard drive somewhere."), so the one before it is looked at."""
    fallback: str | None = None
    verb = _done_by(turns, at, before)
    awaited: str | None = None  # "As soon as that comes in I can have it live": "it" is not what "that" is
    if before is not None and 0 <= at < len(turns) and before < len(turns[at].doc):
        skip = skip | worked_beside(turns[at].doc[before])
        other = _awaited(turns[at].doc[before])
        if other is not None:
            awaited = antecedent(turns, at, other.i, names, skip, None, agents, avoid=avoid)
    if before is not None and 0 <= at < len(turns) and before < len(turns[at].doc):
        named = _named_new_after(turns, at, turns[at].doc[before])
        if named is not None:  # "We'll trim it to thirty and send you the revised list": the list
            return named
    kind = _one_said_of(turns, at, before) if head_only else None
    if kind is not None:  # "a six-second bumper" … "I'll do the six-second one": the noun said with those words
        return kind
    handed = _promised_hand_over(turns, at, before, names, plural)
    if handed is not None:  # "I'll send the deck and the budget." … "Can you share them with Kofi too?"
        return handed
    for k in range(at, max(-1, at - LOOKBACK - 1), -1):
        same = _object_of_same(turns, at, before, names, plural, agents | avoid) if k == at - 1 else None
        if same is not None:  # "Go ahead and book the CTV now. I'll sign the PO today." / "I'll get it booked."
            return same  # (a thing named before the pronoun in its own turn comes first: "The plan, I'll send it")
        doc = turns[k].doc
        sents = list(reversed(list(doc.sents)))
        if k < at:
            # a turn opening on "it" ("I'd hold it. Feels like adding fuel to it.") named its thing before, but its
            # question may name a new one ("Once we have it, … sign off the invite design first?")
            asked = [s for s in sents if _is_question(s)]
            # (or a later sentence names a new thing and says it of that: "I love it. My only worry is the name,
            # legal might not like it.")
            stated = [s for s in sents if not _is_question(s)]
            opened = _opens_on_it(doc, plural)
            sents = asked + [s for s in stated if not opened or _names_then_says(s, plural)]
        named_before: int | None = None  # a sentence that carries the thing on: it was named before that sentence
        for sent in sents:
            if k == at and before is not None and sent.start >= before:
                continue
            if (k < at or before is not None) and _illustrates(sent):
                continue  # "a family fare offer for the summer. Like, kids go free." / "I'll raise it": the offer
            if named_before is not None and sent.start > named_before:
                continue  # "Liz, the second payment. Any chance it could go through? The broadcaster wants a deposit."
            earlier = (k < at and not _is_question(sent)) or (k == at and before is not None and sent.end <= before)
            if earlier and _done_to_it(sent, agents):
                continue  # a sentence about the thing ("I want it before the board pack"): it was named before that
                # (not a request the reply answers: "Can we swap it for the new building?" / "I'll get revised ones")
            if k < at and verb is not None and _does_same(sent, verb, plural):
                named_before = sent.start  # "Can we swap it for the throw?" / "I'll swap it": it, not the throw
                continue
            if _the_one(sent):  # "Do you have the survey? The one on what people do in the garden?": the survey
                named_before = sent.start if k < at else None
                continue
            # "That was the old template. I'll forward the new one": the kind, named to say which it was
            kind_said = head_only and _says_which_kind(sent)
            if (
                _carries_on(sent, plural)
                and not kind_said
                and not (k < at and _is_question(sent) and _second_subject(sent))
            ):
                named_before = sent.start if k < at else None
                continue  # not "They weren't in the brief, do we have their logo files?": it asks for something
            found = _sentence_antecedent(
                sent,
                names,
                before if k == at else None,
                skip if k == at else set(),
                plural,
                agents,
                head_only,
                avoid,
                one,
            )
            if found is not None and found.lstrip("\0") == awaited:
                continue
            if found and not found.startswith("\0"):
                return found
            fallback = fallback or (found[1:] if found else None)
    return fallback  # "them" with no plural noun before it: the nearest thing all the same


def _awaited(pron: Token) -> Token | None:
    """The pronoun subject of the condition the work waits for, when it is another word than the work's own
    pronoun ("once that comes in I can have it live": the rate table comes in, the page goes live; not "I'll post
    it once it's signed off", one thing)."""
    verbs = [pron.head, *pron.head.ancestors]
    for clause in (
        c for v in (*verbs, *(s for v in verbs for s in v.children)) for c in v.children if c.dep_ == "advcl"
    ):
        if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS | {"as"} for m in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("that", "this") and subj.lower_ != pron.lower_:
            return subj
    return None


def worked_beside(pron: Token) -> set[int]:
    """The object "that" after a preposition is said beside ("chase the developer on that", "get them into
    that", "brief the buyers about this"): the work is done to that object, and "that" stands for another thing,
    so its tokens are not what the pronoun means; "it" only beside a thing said with "a" ("put a hold on it", "have a
    go at it"), not "reissue the rate card with the new rate on it"."""
    prep = pron.head
    if pron.dep_ != "pobj" or prep.dep_ != "prep" or pron.lower_ not in ("that", "this", "it"):
        return set()
    anchor = prep.head
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "dobj":  # the parser hung "on that" on the object
        objects = [anchor]
    elif anchor.pos_ in ("VERB", "AUX"):
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "dative") and c.i < prep.i]
    else:
        return set()
    if pron.lower_ == "it":
        objects = [o for o in objects if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)]
    return {t.i for o in objects for t in o.subtree if t.i < prep.i}


SAME_TURNS = 2  # how far back a request doing the same to a thing may be
# verbs too light to say which thing is meant ("do it", "get it", "sort that")
LIGHT_VERBS = frozenset("do get have make take put go be sort handle need want see look leave give keep".split())


def _object_of_same(
    turns: list[Turn], at: int, before: int | None, names: set[str], plural: bool | None, avoid: frozenset[str]
) -> str | None:
    """The thing one of the two turns before does the same to as the pronoun's verb, named as its object ("Go ahead
    and book the CTV now. I'll sign the PO today." / "I'll get it booked." -> "the CTV"; "Can you resend the
    invoice?" / "Yes, I'll resend it."): a reply does what it was asked to, to what it was asked about, however
    near another thing was named; None when the verb is light ("do it", "sort that") or nothing was done to."""
    if before is None or not 0 <= at < len(turns) or before >= len(turns[at].doc):
        return None
    pron = turns[at].doc[before]
    verb = pron.head if pron.dep_ == "dobj" else None
    if pron.dep_ in ("nsubj", "nsubjpass") and pron.head.tag_ == "VBN" and pron.head.head.lemma_ in CAUSATIVE:
        verb = pron.head  # "get it booked", "have them printed"
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in LIGHT_VERBS:
        return None
    for k in range(at - 1, max(-1, at - SAME_TURNS - 1), -1):
        if turns[k].speaker == turns[at].speaker:
            continue  # what the speaker said they would do, not what they were asked to
        for tok in reversed(turns[k].doc):
            if tok.lemma_ != verb.lemma_ or tok.pos_ != "VERB" or not _asked_of_listener(tok):
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is None or obj.lower_ in avoid or obj.lower_ in WEAK_NOUNS:
                continue
            if plural is not None and (obj.tag_ in ("NNS", "NNPS")) != plural:
                continue
            text = chunk_text(obj, names)
            if text:
                return text
    return None


# verbs that hand a thing over to someone
HANDING = frozenset({"send", "share", "forward", "circulate", "pass", "copy", "email", "ping"})


def _promised_hand_over(
    turns: list[Turn], at: int, before: int | None, names: set[str], plural: bool | None
) -> str | None:
    """What another speaker promised to hand over a few turns before, when the pronoun is handed over too: "I'll send
    the deck and the budget after this." … "The Q1 numbers are still moving." "Can you share them with Kofi too?"
    -> "the deck and the budget" (both, however near another plural was named); "them" needs a plural or a list,
    "it" one thing. Only when the handing over is asked for."""
    if before is None or not 0 <= at < len(turns) or before >= len(turns[at].doc):
        return None
    pron = turns[at].doc[before]
    if pron.dep_ != "dobj" or pron.head.lemma_ not in HANDING or pron.lower_ not in ("it", "them", "those"):
        return None
    if not _asked_of_listener(pron.head):
        return None  # "Dana, can you make sure they get it?" "I'll forward it to them.": the thing just talked of
    for k in range(at - 1, max(-1, at - LOOKBACK - 1), -1):
        if turns[k].speaker is None or turns[k].speaker == turns[at].speaker:
            continue
        for c in turns[k].clauses:
            if c.subj_kind not in ("SELF", "WE") or c.verb.lemma_ not in HANDING or c.question or c.negated:
                continue
            obj = next((t for t in c.verb.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                continue
            listed = _listed(obj)
            many = bool(listed) or obj.tag_ in ("NNS", "NNPS")
            if plural is not None and many != plural:
                continue
            text = chunk_text(obj, names)
            if text:
                return _with_pair(obj, text, names) if listed else text
    return None


def _asked_of_listener(verb: Token) -> bool:
    """The verb is asked of whoever is spoken to: said with no subject ("Go ahead and book the CTV", "Please resend
    the invoice") or with "you" ("Can you reprint them?", "you'll need to book it"), not "We'll send you a summary"."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("xcomp", "conj") and not subj:
        return _asked_of_listener(verb.head)  # "Could you go ahead and book it", "Can you check and resend it"
    return not subj or subj[0].lower_ == "you"


def _done_by(turns: list[Turn], at: int, before: int | None) -> str | None:
    """The verb (lemma) whose object is the pronoun at token ``before`` of turn ``at`` ("swap" of "swap it")."""
    if before is None or not 0 <= at < len(turns) or before >= len(turns[at].doc):
        return None
    pron = turns[at].doc[before]
    return pron.head.lemma_ if pron.dep_ == "dobj" and pron.head.pos_ == "VERB" else None


def _does_same(sent: Span, verb: str, plural: bool | None) -> bool:
    """The sentence does what the reply does to "it", before it names anything ("Can we swap it for the throw and
    cushions shot?" / "I'll get the studio to swap it"): both point at a thing named before that sentence. Not
    "them", which a verb like "chase" says of people ("Could you chase them for the API keys?"), nor "it" after the
    thing in its own sentence ("I'll draft the release and get it to you")."""
    if plural:
        return False
    for t in sent:
        pron = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in ("it", "that", "this")), None)
        if t.lemma_ == verb and pron is not None:
            doers = _doers(t)  # "Procurement has to approve it": who does it names no thing
            return not any(
                _names_thing(w) and w.lower_ not in WEAK_NOUNS for w in sent if w.i < pron.i and w.i not in doers
            )
    return False


def _doers(verb: Token) -> set[int]:
    """The subject of the verb of having to that ``verb`` hangs on ("Finance has to raise it", "legal need to sign
    it off"): who must do it to the thing, not the thing."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ not in OBLIGED:
        return set()
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {t.i for t in subj[0].subtree} if subj else set()


OBLIGED = {"have", "need", "got", "want"}


ILLUSTRATING = {"like", "say"}  # "Like, kids go free.", "Say, two stores a week."
EXAMPLE_NOUNS = {"example", "instance"}  # "For example, the stores could stay open late."


def _illustrates(sent: Span) -> bool:
    """A sentence that gives an example of what was said before it, with a clause of its own ("we should talk to
    commercial about a family offer for the summer. Like, kids go free."): its subject is no thing worked on; not
    a phrase that says what the thing is ("Could you send something? Like a dashboard.") nor a question."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 3 or _is_question(sent):
        return False
    said_like = words[0].lower_ in ILLUSTRATING and words[0].i + 1 < sent.end and sent.doc[words[0].i + 1].lower_ == ","
    for_example = words[0].lower_ == "for" and words[1].lower_ in EXAMPLE_NOUNS
    root = sent.root
    clause = root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    return (said_like or for_example) and clause and root.i != words[0].i


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip().endswith("?")


def _second_subject(sent: Span) -> bool:
    """The question goes on to a subject of its own ("They weren't in the brief, do we have their logo files?"),
    unlike "Any chance it could go through before the main buy?", which is still about the thing named before."""
    return sum(1 for t in sent if t.dep_ in ("nsubj", "nsubjpass")) > 1


def _the_one(sent: Span) -> bool:
    """A sentence opening "The one on/with/from …" (a question or a fragment, or its subject): it says which of the
    thing named before is meant, so the nouns after "one" are not that thing ("The one on the website's out of
    date.")."""
    words = [t for t in sent if not t.is_punct]
    return (
        len(words) > 2
        and words[0].lower_ == "the"
        and words[1].lower_ == "one"
        and words[1].dep_ in ("ROOT", "nsubj", "nsubjpass")
        and any(c.dep_ in ("prep", "relcl", "acl") for c in words[1].children)
    )


def _carries_on(sent: Span, plural: bool | None) -> bool:
    """The sentence starts by saying where or what the thing is, with a pronoun of the same number as its
    subject ("It's on a drive somewhere", "They're in the shared folder"): the thing was named before it."""
    same = ("they", "those", "these") if plural else ("it", "that")
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subj is None
        or subj.lower_ not in same
        or not (subj.head.lemma_ in SAID_OF or subj.head.tag_ == "MD" or _modal(subj.head))
    ):
        return False
    if subj.head.lemma_ == "be" and any(_names_which(c) for c in subj.head.children):
        return False  # "It's just the hero image, the candles one.": the sentence says which thing it is
    if empty_it(subj):
        return False  # "It'd help to have the sales figures to hand.": "it" stands for nothing, the figures are named
    if _wants_more(sent, subj.head):
        return False  # "So it'd be over-eighteens only, and I'd want legal to check the targeting settings.": new work
    # not "Send the draft over the minute it's ready": the thing is named before the pronoun, in the sentence (what
    # frames the pronoun's clause is not: "Any chance it could go through?")
    frame = {t.i for t in subj.head.ancestors}
    return not any(_names_thing(t) for t in sent if t.i < subj.i and t.i not in frame)


# words that tell one of a kind from another by when it was made ("the old template" / "the new one")
AGE_WORDS = frozenset(
    {"new", "old", "latest", "current", "updated", "revised", "final", "previous", "last", "original"}
)


REVISING = frozenset({"updated", "revised", "amended", "edited", "corrected", "trimmed", "tweaked", "final"})
SAME_THING = frozenset({"version", "copy", "one", "ones"})  # "the revised version": names nothing of its own


def _named_new_after(turns: list[Turn], at: int, pron: Token) -> str | None:
    """The thing an "it" stands for, named after it in its own sentence as what comes of the work on it, and named
    before in the call: the object of the verb joined to the pronoun's with "and", said as the revised one ("We'll
    trim it to thirty and send you the revised list." -> "the list"); None when the sentence names no such thing."""
    if pron.lower_ != "it" or pron.dep_ != "dobj":
        return None
    said = {t.lemma_.lower() for k in range(max(0, at - LOOKBACK), at) for t in turns[k].doc}
    said |= {t.lemma_.lower() for t in pron.doc[: pron.i]}
    for verb in (c for c in pron.head.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            named = obj.lemma_.lower() in said and obj.lower_ not in WEAK_NOUNS | SAME_THING
            if named and any(a.dep_ == "amod" and a.lower_ in REVISING for a in obj.children):
                return " ".join(["the", *(t.text for t in obj.lefts if t.dep_ == "compound"), obj.text])
    return None


def _one_said_of(turns: list[Turn], at: int, before: int | None) -> str | None:
    """The noun a "the six-second one" stands for: the last one said (this turn before it, else the turns before)
    with the same words before it ("Could we see it as a six-second bumper too?"); None when none was."""
    if before is None or not 0 <= at < len(turns) or turns[at].doc[before].lower_ not in ("one", "ones"):
        return None
    one = turns[at].doc[before]
    words = [t for t in one.subtree if t.i < one.i and t.dep_ not in ("det", "poss", "predet")]
    said = " ".join(t.lower_ for t in words if t.is_alpha or t.like_num)
    if not words or not said:
        return None
    for k in range(at, max(-1, at - LOOKBACK - 1), -1):
        doc = turns[k].doc
        for tok in reversed([t for t in doc if k < at or t.i < words[0].i]):
            if tok.pos_ != "NOUN" or tok.lower_ in WEAK_NOUNS or not tok.is_alpha:
                continue
            mods = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in ("det", "poss", "predet")]
            told = " ".join(t.lower_ for t in mods if t.is_alpha or t.like_num)
            # "the old template" … "the new one": one of the same kind told apart by when it was made
            other = said in AGE_WORDS and any(m.lower_ in AGE_WORDS - {said} for m in mods)
            if told.endswith(said) or other:
                return tok.lemma_ if one.lower_ == "one" else tok.text
    return None


def _says_which_kind(sent: Span) -> bool:
    """ "That was the old template.", "It's last year's brief.": a pronoun subject said to be a thing of a kind with
    a word that tells it from another ("old", "last year's"); a "the new one" after it is one more of that kind."""
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("it", "that", "this") or subj.head.lemma_ != "be":
        return False
    return any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and any(m.dep_ in ("amod", "poss", "compound") for m in c.children)
        for c in subj.head.children
    )


WANTING_MORE = {"want", "need", "like", "ask"}


def _wanting(verb: Token) -> bool:
    """ "I'd want", "we need", "we'd like": the speaker (or their side) wanting something done."""
    return (
        verb.lemma_ in WANTING_MORE
        and verb.pos_ in ("VERB", "AUX")
        and (verb.lemma_ != "like" or any(c.tag_ == "MD" for c in verb.children))  # "I'd like", not "we like it"
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    )


def _wants_more(sent: Span, said: Token) -> bool:
    """The sentence goes on, after what it says of the thing, to work the speaker wants done ("…, and honestly I'd
    want your legal team to check the targeting settings"): it puts something of its own."""
    return any(t.i > said.i and _wanting(t) for t in sent)


def _wanted_work(sent: Span) -> Token | None:
    """The verb of wanting in a sentence that opens on what a pronoun is and goes on to work the speaker wants done
    ("So it'd be over-eighteens only, with the students left out, and I'd want legal to check the targeting
    settings."): the new thing is named there, not in what is said of the pronoun."""
    subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in DESCRIBED:
        return None
    return next((t for t in sent if t.i > subj.head.i and _wanting(t)), None)


# what an empty "it" says of the clause after it ("it'd be useful to have …", "it's worth checking …")
EMPTY_IT_SAYS = frozenset(
    "useful helpful good great better best easier easiest easy worth important nice handy ideal wise sensible "
    "quicker simpler safer essential vital crucial key".split()
)
EMPTY_IT_VERBS = frozenset("help make pay".split())  # "it'd help to have …", "it'd make sense to share …"


def empty_it(subj: Token) -> bool:
    """ "it" of "it'd help to have the figures", "it'd be great to get the floor plan", "it's worth checking the
    contract", "it'd be useful if you could send the proofs": a subject standing for the clause after it, not for a
    thing named before; not "it's ready to send" or "it needs to go to print", said of the thing."""
    head = subj.head
    if subj.lower_ != "it" or subj.dep_ != "nsubj":
        return False
    after = [c for c in head.children if c.i > head.i]
    if head.lemma_ in EMPTY_IT_VERBS:
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in after)
    if head.lemma_ != "be":
        return False
    said = [c for c in after if c.dep_ == "acomp" and c.lower_ in EMPTY_IT_SAYS]
    clause = ("xcomp", "ccomp", "advcl", "csubj")
    return any(c.dep_ in clause and c.pos_ in ("VERB", "AUX") for s in said for c in (*after, *s.children) if c.i > s.i)


def _names_which(attr: Token) -> bool:
    """ "the hero image", "our Q3 deck": a complement of "it's" that says which thing, not what it is like ("a
    formality", "a nightmare")."""
    which = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "our", "your", "their", "my")
                for c in attr.children)  # fmt: skip
    return attr.dep_ == "attr" and which and chunk_text(attr, set()) is not None


def _done_to_it(sent: Span, agents: frozenset[str]) -> bool:
    """The sentence's main verb is done to a pronoun ("The broadcaster runs them for free."): the thing was named
    before this sentence, so its other nouns ("for charities") are not what is meant. Either number: "We can run a
    study. They do them for free. I'll set that up." """
    root = sent.root
    done_to = any((c.dep_ == "dobj" and c.lower_ in THING_PRONOUNS) or _left_so(c) or _had(c) for c in root.children)
    if not (root.pos_ in ("VERB", "AUX") and done_to):
        return False
    core = ("dobj", "attr", "nsubjpass", "nsubj")  # not "which is why we need a reactive Q&A": a thing of its own
    return not any(
        t.dep_ in core and _names_thing(t) and not _agent(t) and not _wanter(t) and t.lower_ not in agents | IDIOM_NOUNS
        for t in sent
    )  # "I'll have it in the test environment so Kwame can have a poke around": nothing of its own


def _wanter(tok: Token) -> bool:
    """ "Priti" of "Priti needs it for the board pack": a person who wants or needs the thing, not a thing."""
    return tok.dep_ == "nsubj" and (tok.ent_type_ == "PERSON" or tok.head.lemma_ in WANTING | {"need"})


DESCRIBED = {"it", "that", "this", "they", "those", "these"}


PEOPLE_PRONOUNS = frozenset("you i he she we they".split())


REASON_MARKS = {"because", "since", "as", "cos", "cause"}


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause the token is said in."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _for_purpose(tok: Token) -> bool:
    """A thing in what the speaker's side will do with the work ("… so we can build the call sheet", "so that I can
    order the badges"): what the work is for, not the work's thing; not what it lets the listener do ("There's a
    new usage rights clause, so you can run creator content as ads")."""
    verb = _clause_verb(tok)
    return (
        verb is not None
        and any(c.dep_ == "mark" and c.lower_ == "so" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)
    )


def _or_else(tok: Token) -> bool:
    """A thing in what happens otherwise ("Monday's okay but no later, or we miss the clearance slot", "or you'll
    lose the sites"): the cost of a delay, not the thing worked on."""
    verb = _clause_verb(tok)
    return (
        verb is not None
        and verb.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < verb.i for c in [*verb.head.children, *verb.children])
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "you", "i", "they") for c in verb.children)
    )


def _reason_given(tok: Token) -> bool:
    """The subject of a reason given for the work ("since the budget's tight", "if the railcard's so invisible"):
    a thing said to be some way, not the thing the work is on; not a condition the work waits for ("if the deck's
    ready, we'll show the board")."""
    verb = tok.head  # "be", or the adjective itself when the parser read "'s" as a possessive
    if verb.dep_ != "advcl" or not (verb.lemma_ == "be" or verb.pos_ == "ADJ"):
        return False
    if not (tok.dep_ == "nsubj" or (tok.dep_ == "poss" and verb.pos_ == "ADJ")):
        return False
    mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), None)
    state = verb if verb.pos_ == "ADJ" else next((c for c in verb.children if c.dep_ == "acomp"), None)
    if state is None or mark is None:
        return False
    return mark in REASON_MARKS or (mark == "if" and any(c.lower_ in ("so", "that") for c in state.children))


def _said_of_someone(tok: Token) -> bool:
    """ "a star" of "You're a star", "a fan" of "I'm a big fan": what someone is said to be."""
    return (
        tok.dep_ == "attr"
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in PEOPLE_PRONOUNS for c in tok.head.children)
    )


def _where_someone_is(tok: Token) -> bool:
    """ "our sales conference" of "I'm at our sales conference next week", "the studio" of "we're in the studio all
    day": where a person is, said of them, not a thing worked on ("it's in the shared drive" is ``_where_it_is``)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("at", "in") or prep.head.lemma_ != "be":
        return False  # not "where are we with the landing page?", which asks after the thing
    if any(c.lower_ in ("where", "how") for c in prep.head.children):
        return False  # "where are we at with the proofs?", "how are we on the deck?": asking after the thing
    return any(c.dep_ == "nsubj" and c.lower_ in PEOPLE_PRONOUNS - {"they"} for c in prep.head.children)


def _denied(tok: Token) -> bool:
    """ "the press" of "Not for the press.", "the plan" of "Send the deck, not the plan": a thing said not to be the
    one meant, with "not" before its phrase."""
    phrase = tok.head if tok.dep_ == "pobj" else tok
    if any(c.dep_ == "neg" for c in phrase.children) and phrase.dep_ in ("ROOT", "prep", "appos", "conj"):
        return True  # "Not for the press.", "Not the deck, the plan."
    edge = phrase.left_edge.i
    return edge > 0 and tok.doc[edge - 1].lower_ in ("not", "never")


def _says_what_it_is_like(tok: Token) -> bool:
    """ "a proper crowd-puller" of "we could do a barista cart on the stand, it's a proper crowd-puller": "a …"
    said of a pronoun after a thing the sentence named before it, which says what that thing is like; not "it's
    the hero image" (which one), nor "it's a bug in the reset email" said with nothing named before it."""
    verb = tok.head
    if tok.dep_ != "attr" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in DESCRIBED:
        return False
    return any(
        t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubj", "pobj", "nsubjpass") and t.lower_ not in WEAK_NOUNS
        for t in tok.sent
        if t.i < subj.i
    )


QUOTE_MARKS = {"'": "'", "\u2018": "'", "\u2019": "'", '"': '"', "\u201c": '"', "\u201d": '"'}


def quoted(tok: Token) -> bool:
    """A word inside quotation marks after the turn named the thing they are the words of ("the claim. 'Save up to
    forty percent on your bills.'"): words said as words, no thing worked on; the thing is what the quote is of. A
    quote with no noun before it may be the thing itself ("'Weeknights, handled.' Easily." / "We'll mock it up").
    The marks are taken in pairs of one kind over the whole turn, as a quote may run past the parser's sentence end."""
    opened: dict[str, int] = {}
    for t in tok.doc:
        kind = QUOTE_MARKS.get(t.text)
        if kind is None:
            continue
        if kind not in opened:
            opened[kind] = t.i
            continue
        start = opened.pop(kind)
        if start < tok.i < t.i:
            return any(w.pos_ in ("NOUN", "PROPN") for w in tok.doc[:start])
        if t.i > tok.i:
            return False
    return False


DIARY = {"teams", "zoom", "calendar", "diary", "meeting", "outlook", "google", "meet"}


def _diary_invite(tok: Token) -> bool:
    """ "a Teams invite", "the calendar invite": the diary entry for a session, sent in passing, not the work a
    later "it" stands for."""
    return tok.lower_ in ("invite", "invites", "invitation") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in DIARY for c in tok.lefts
    )


def _modifier_half(tok: Token) -> bool:
    """The first part of a hyphenated modifier the parser split ("sell" of "sell-in data")."""
    doc, i = tok.doc, tok.i
    if tok.whitespace_ or i + 3 >= len(doc) or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    return doc[i + 3].pos_ in ("NOUN", "PROPN")


def _names_thing(tok: Token) -> bool:
    """A noun, or a word the parser took for a verb though a possessive or determiner says which one it is ("do we
    have their logo files?": "files" read as a verb)."""
    if broken_down_by(tok):
        return False
    return tok.pos_ in ("NOUN", "PROPN") or _mistagged(tok, set()) is not None


def _mistagged(tok: Token, names: set[str]) -> str | None:
    """ "the logo files" for "files" the parser tagged as a verb in "do we have their logo files?" (or "post" as the
    object of "pause the second competition post"): a possessive, or "the" before an object, the nouns after it,
    and the word, which has nothing after it a verb would have; None for a real verb ("their logo needs fixing")."""
    if tok.tag_ not in ("VBZ", "VBP", "VBD", "VB") or tok.i == 0 or tok.lower_ in WEAK_NOUNS:
        return None
    if tok.lemma_ in ("be", "have", "do") or tok.dep_ in ("aux", "auxpass"):
        return None  # "your regional managers are [pulling it together]": an auxiliary is no noun
    after = [c for c in tok.children if c.i > tok.i and not c.is_punct and not _bare_adverb(c)]
    which = after[0] if len(after) == 1 and _which_one(after[0], tok) else None
    # the parser's object, with only where from and when after it: "We need the final logo files from you by then."
    placed = tok.dep_ in ("dobj", "pobj") and all(c.dep_ in ("prep", "advmod", "npadvmod") for c in after)
    if after and which is None and not placed:
        return None
    doc, j = tok.doc, tok.i - 1
    while j >= 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].text not in names:
        j -= 1
    # "pause the … post"; "And the logo files?", a question of a thing alone
    asked_alone = tok.dep_ == "ROOT" and not after and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "?"
    nominal = (tok.dep_ in ("dobj", "pobj", "nsubjpass") or asked_alone) and doc[j].lower_ in ("the", "a", "an")
    if j < 0 or not (doc[j].tag_ in ("PRP$", "POS") or nominal) or j == tok.i - 1 and doc[j].tag_ == "POS":
        return None  # "their logo files", "last year's cup counts" (not "Tom's" + a verb)
    end = max(t.i for t in which.subtree) + 1 if which is not None else tok.i + 1
    return " ".join(["the", *(t.text for t in doc[j + 1 : end])])


# "last year's cup counts from Harrogate": the one phrase a plural read as a verb may have, which says which ones
WHICH_PREPS = {"from", "for", "of"}


def _which_one(prep: Token, word: Token) -> bool:
    """ "from Harrogate" of "last year's cup counts from Harrogate": a plural the parser read as a verb, followed by
    a phrase of which ones they are (a preposition and its noun, nothing else), not a verb's phrase ("our team works
    from home": the word is no plural a possessive says whose)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in WHICH_PREPS
        and word.tag_ == "VBZ"
        and word.dep_ != "ROOT"
        and all(not t.is_punct or t.text in "-&" for t in prep.subtree)
        and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in prep.children)
    )


def _bare_adverb(tok: Token) -> bool:
    """ "back" of "we've got the new photos back": a word of the clause the parser hung on the noun, not the
    object or complement a verb would have."""
    return tok.dep_ == "advmod" and tok.pos_ == "ADV" and not any(True for _ in tok.children)


UNDERGOING = {"need", "require", "want", "deserve", "lack", "get", "take"}  # "the schedule needs a second pass"


def _agent(tok: Token) -> bool:
    """The subject of a verb that has a thing for its object ("The printers will have the specs"): who has or
    does it; not a subject that needs something done to it ("The schedule needs a second pass")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ in UNDERGOING:
        return False
    if verb.lemma_ in GATHERING and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "the board meets on the 28th": who meet, no thing
    topic = any(t.is_punct for t in tok.doc[tok.i + 1 : verb.i])
    if topic and any(c.dep_ == "nsubj" and c.i > tok.i and c.pos_ == "PRON" for c in verb.children):
        return False  # "And the press release, can you put the new quote in it?": the topic, then who does it
    if any(_thing_object(c) and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return True
    # "The broadcaster runs them for free"; not the topic before an order: "The reactive Q&A, leave it with us"
    said_to = verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)
    return not (said_to or topic) and any(_thing_object(c) for c in verb.children)


# nouns that only hold the place of the thing a copula names after them ("the one issue is the crew hotel")
PLACE_HOLDERS = {"gap", "issue", "problem", "question", "thing", "challenge", "snag", "worry", "blocker", "catch"}


def _named_after(tok: Token) -> bool:
    """A place-holding subject ("the only gap", "the one issue") of a "be" that names the thing after it."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and tok.lemma_.lower() in PLACE_HOLDERS
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    )


def _doing_something(tok: Token) -> bool:
    """Who does the "something" asked about ("is that something your regional managers are pulling together?"): the
    thing is what "that" stands for, not them."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.lower_ in ("something", "anything")


def _put_on_it(tok: Token, pron: Token) -> bool:
    """The person a causative puts on the work the pronoun stands for ("get Priya on it", "have the studio look at
    it"): the verb's object, the pronoun further down the same verb."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_ in CAUSATIVE and verb in pron.ancestors


ASKING = {"get", "have", "ask", "tell", "need", "want", "expect", "remind", "chase"}


def _made_to(tok: Token) -> bool:
    """The object of a verb that gets someone to do the work ("get procurement to send the NDA over", "ask the
    printers to quote for it"): the one who does it, not the thing it is done to."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.lemma_ in ASKING
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX") for c in verb.children)
    )


def _thing_object(obj: Token) -> bool:
    """A verb's object that is a thing: a noun ("have the specs"), or a pronoun for one ("The broadcaster runs
    them for free": the broadcaster does it, "them" are the studies named before)."""
    if _left_so(obj):
        return True
    if obj.dep_ != "dobj":
        return False
    return (obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in WEAK_NOUNS) or obj.lower_ in THING_PRONOUNS or _had(obj)


def _had(obj: Token) -> bool:
    """ "Priti has that.": what someone has, a thing named before; who has it is no thing."""
    return obj.dep_ == "dobj" and obj.lower_ in ("that", "this") and obj.head.lemma_ == "have"


THING_PRONOUNS = {"it", "them", "those", "these"}


def _left_so(clause: Token) -> bool:
    """A small clause with a pronoun for its subject, which the parser makes of a verb's object and the state it is
    done in or left in ("The station does them free", "They'll have it ready"): the verb is done to the thing."""
    return (
        clause.dep_ in ("ccomp", "xcomp")
        and clause.pos_ in ("ADJ", "ADV")
        and any(c.dep_ == "nsubj" and c.lower_ in THING_PRONOUNS for c in clause.children)
    )


SAID_OF = {"be", "have", "need", "get", "go"}  # "It's on the drive", "That has to be signed off", "It needs to go"


def _modal(verb: Token) -> bool:
    """ "That would save me an evening", "It should cover the lot": a verb said of the thing with a modal."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _opens_on_it(doc: Doc, plural: bool | None) -> bool:
    """An earlier turn whose first sentence (not a question) does something to "it" before it names anything ("I'd
    hold it. Feels like adding fuel to it.", "Yeah, push it back."): the whole turn is about a thing named
    before it, so its nouns are not what the pronoun stands for."""
    first = next((s for s in doc.sents if any(t.is_alpha and t.pos_ != "INTJ" for t in s)), None)  # not "Yes."
    if first is None or _is_question(first):
        return False
    same = ("them", "those", "these", "they") if plural else ("it", "that", "this")
    for tok in first:
        if _names_thing(tok) and tok.lower_ not in WEAK_NOUNS and tok.ent_type_ not in NON_REFERRING:
            return False
        if tok.lower_ in same and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            return not _aside_before(tok.head)
    return False


def _names_then_says(sent: Span, plural: bool | None) -> bool:
    """A sentence that names a thing and then says something of it with a pronoun in another clause ("My only worry
    is the name, legal might not like it.", "But the tagline worries me, legal won't like it."): the talk has moved
    on to that thing, though the turn opened on another; not "Feels like adding fuel to it." (the pronoun in the
    noun's own clause), nor a noun that is who does it ("Legal won't like it.")."""
    same = ("them", "those", "these", "they") if plural else ("it", "that", "this")
    for pron in (t for t in sent if t.lower_ in same and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")):
        verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        for tok in sent[: pron.i - sent.start]:
            if tok.dep_ not in ("attr", "nsubj", "nsubjpass", "dobj") or not _names_thing(tok):
                continue
            if tok.lower_ in WEAK_NOUNS or tok.ent_type_ in NON_REFERRING or _agent(tok):
                continue
            if tok.head != verb:
                return True
    return False


def _aside_before(clause: Token) -> bool:
    """A clause on "it" said as an aside before the sentence's own object ("It's drafted, I just need the logo from
    you."): what follows names the thing a reply takes up."""
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and any(c.dep_ == "dobj" for c in clause.head.children)


PAIR_DETS = (["those"], ["these"], ["the"])


def stands_for_pair(tok: Token) -> bool:
    """ "both" said on its own as the thing worked on ("have drafts of both done", "put both into one slide", "send
    both over"), not "both organisers", "both of them" nor "both the deck and the plan" (whatever the parser made of
    so short a text); "those two" / "the two" with no noun of their own ("I can mock those two up")."""
    if tok.lower_ == "two" and tok.dep_ in ("dobj", "pobj") and [c.lower_ for c in tok.children] in PAIR_DETS:
        return True
    if tok.lower_ != "both" or list(tok.children):
        return False
    after = tok.doc[tok.i + 1 :]
    if tok.dep_ in ("det", "predet", "preconj"):  # "have both in": the parser reads "both" as a determiner of "in"
        worked = tok.i > 0 and tok.doc[tok.i - 1].pos_ == "VERB" and tok.doc[tok.i - 1].lemma_ != "be"
        if not worked or (len(after) > 0 and (after[0].pos_ == "DET" or after[0].lower_ == "of")):
            return False
    named = len(after) > 0 and after[0].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")  # "both organisers", "both new"
    return not named and not any(t.lower_ == "and" for t in after)  # not "both the deck and the plan"


def named_pair(turns: list[Turn], at: int, before: int | None, names: set[str]) -> str | None:
    """What "both" stands for: the two things last named together with "and" before token ``before`` of turn ``at``
    or in the turns before it ("The deadline for the risk assessment and method statement is the 24th. I'll have
    drafts of both done Thursday." -> "the risk assessment and method statement")."""
    for k in range(at, max(-1, at - LOOKBACK - 1), -1):
        doc = turns[k].doc
        end = before if k == at and before is not None else len(doc)
        for tok in reversed(doc[:end]):
            other = next((c for c in tok.children if c.dep_ == "conj" and c.i < end), None)
            if other is None or not any(c.lower_ == "and" for c in tok.children if tok.i < c.i < other.i):
                continue
            first, second = chunk_text(tok, names), chunk_text(other, names)
            if first and second:
                return f"{first} and {second}"
        if pair := _chunks_joined(doc[:end], names):
            return pair
    return None


def _chunks_joined(span: Span, names: set[str]) -> str | None:
    """The last two noun phrases with only "and" between them in ``span``, however the parser joined them ("We'll
    need the guest list and the parking passes sorted": "passes" read as the subject of "sorted")."""
    chunks = [c for c in span.noun_chunks if c.root.pos_ in ("NOUN", "PROPN")]
    for first, second in reversed(list(zip(chunks, chunks[1:], strict=False))):
        if second.start == first.end + 1 and span.doc[first.end].lower_ == "and":
            one, other = chunk_text(first.root, names), chunk_text(second.root, names)
            if one and other:
                return f"{one} and {other}"
    return None
