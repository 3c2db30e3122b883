"""Decisions settled without a ratifying cue (read by ``agreements.AgreementTracker``):

* one of the options another speaker just put, named on its own: "Teal or coral?" … "Coral. Sold."; or named in
  answer to which of them we take ("…and the new chocolate." "Which one are we leading with?" "Chocolate."); or one
  of two courses put as what we can do, taken with "let's" ("We can either keep the map or switch to the free one."
  … "Then let's switch." -> "We switch to the free one.");
* a position taken back and replaced: "Right, scrap what I said. We put out a full statement today.";
* a date settled for something being moved: "Can we move the launch to the ninth?" … "Sixteenth, then. Fine.";
* an outcome the client states flat: "I'd rather cut it to twenty." "Contingency goes down to twenty.";
* what the agency just put, named again by the client in a short sentence with no verb and taken as said by the
  agency: "One burst is better on reach, two on frequency." "One burst, November." "Okay. Makes sense."; or, what
  the agency put as its recommendation or options, named so with the client's own yes: "Our recommendation is real
  customers rather than actors." "Oh, yes. Real customers."
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipeline.extract.date_words import DAY_WORD, DIG_ORD, ORD
from pipeline.extract.task_dates import DATE_WORDS
from pipeline.extract.turns import Turn, answered_by, speaker_words
from pipeline.extract.verdicts import NOT_ORDERS

OPTIONS = re.compile(r"\b(?P<a>(?:[\w'-]+\s+){0,3}[\w'-]+),?\s+or\s+(?P<b>(?:[\w'-]+\s+){0,3}[\w'-]+)", re.I)
# "The library track is six hundred. Or a bespoke piece, for four thousand.": the second option put as a sentence of
# its own, opening with "Or"
SENT_OPTIONS = re.compile(r"(?P<a>[^.?!]+)\.\s+or\s+(?P<b>(?:[\w'-]+\s+){0,3}[\w'-]+)", re.I)


FACT_QUESTION = {"will", "is", "are", "was", "were", "does", "do", "did", "has", "have", "who", "which"}
# words a question may open on before its verb ("Sorry, was the music Tuesday or Wednesday?", "And is it…?")
LEAD_INS = frozenset("sorry so and oh okay ok um uh erm but right just".split())


ORDER_WORDS = frozenset("first last".split())
COMPARING = frozenset({"JJR", "JJS", "RBR", "RBS"})  # "Which is cheaper?", "the longer one": a comparison


EXCLAIMED = frozenset("oh god gosh blimey wow ooh".split())
YESES = frozenset("yes yeah yep definitely absolutely totally".split())


def _exclaimed(sent: Span) -> bool:
    """ "Oh, God, yes.", "Oh gosh.": an exclamation and nothing more; not a bare "Yeah." seconding a choice."""
    return any(t.lower_ in EXCLAIMED for t in sent) and all(
        t.is_punct or t.pos_ == "INTJ" or t.lower_ in EXCLAIMED | YESES for t in sent
    )


def option_picked(turns: list[Turn], k: int) -> str | None:
    """A turn that opens by naming one of the options another speaker has just put ("either the studio or on
    location" … "Location. It's worth it."; "Do you want the trade titles or the regionals first?" "Regionals
    first."): that option is chosen. Not an answer to a comparison ("Which is
    cheaper, red or blue?" "Blue."), nor to what is or will be so ("Will Kate do the welcome, or the CEO?"), nor a
    question back. The pick may also close a turn of two sentences, after the reason for it ("I'm not spending four
    grand on thirty seconds of music. Library.")."""
    turn = turns[k]
    sents = list(turn.doc.sents)
    if len(sents) > 1 and _exclaimed(sents[0]):
        sents = sents[1:]  # "Oh, God, yes. Real bakers.": the option after the exclamation (not "Yeah. Skyline.")
    if turn.speaker is None or not sents or sents[0].text.rstrip().endswith("?"):
        return None
    # not a day after the reason ("Thursday's no good for me. Wednesday, let's do Wednesday."): when a session is held
    # and not after a bare yes ("Yeah. Skyline." seconds a choice another made): the sentence before gives a reason
    reason = any(t.pos_ in ("VERB", "AUX") for t in sents[0])
    closing = [sents[-1]] if len(sents) == 2 and reason and not _asks_or_dates(sents[-1]) else []
    return next((said for sent in [sents[0], *closing] if (said := _option_named(turns, k, sent))), None)


def _asks_or_dates(sent: Span) -> bool:
    """A sentence that asks ("Library?") or names a day or a time ("Wednesday, let's do Wednesday.")."""
    dated = DAY_WORD.search(sent.text) or any(t.ent_type_ in ("DATE", "TIME") for t in sent)
    return bool(dated) or sent.text.rstrip().endswith("?")


def _option_named(turns: list[Turn], k: int, first: Span) -> str | None:
    """The sentence ``first`` of turn ``k`` when it names one of the options put just before (``option_picked``)."""
    turn = turns[k]
    whole = first
    first = _before_aside(first)  # "Dashboard, the PDFs just sit in my inbox.": the pick, then why
    # "Just the key ones, the forty-eight sheet and …": stated with which they are
    stated = whole if first.end < whole.end and _which_after(first, whole.doc[first.end + 1 : whole.end]) else first
    words = [t for t in first if not t.is_punct and t.lower_ not in ("please", "definitely", "then")]
    words = _without_tag(words)  # "Neighbourhood roaster, no question.": the option, not the emphasis after it
    if [t.lower_ for t in words] == ["both"]:
        return both_picked(turns, k)
    if len(words) > 1 and words[-1].lower_ in ORDER_WORDS and words[-2].pos_ in ("NOUN", "PROPN"):
        words = words[:-1]  # "Regionals first.": the option taken, put first
    if not 0 < len(words) <= 4 or any(t.pos_ in ("VERB", "AUX", "PRON", "INTJ") and not _described(t) for t in words):
        return None
    if any(t.lower_ == "or" for t in words):  # "One or the other.": both said back, neither taken
        return None
    head = words[-1].lower_
    named = (words[-1].pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or _described(words[-1])) and head not in (
        "one",
        "either",
        "both",
        "neither",
    )
    if not (named or (head == "one" and len(words) > 1)):  # "Cheeky one." names an option, "One." does not
        return None
    people = speaker_words(turns)
    person = head in people or any(t.ent_type_ == "PERSON" for t in words)
    client = turn.side == "client" and not person  # "Shall I send Owen the drafts or you?" "Owen, please.": who
    # "…or the neighbourhood roaster." … "So, where did you land?": the options put before the question asked
    asked = client and _asks_choice(turns, k)
    reach = CHOICE_ASKED_REACH if asked else 3 if client else 2
    for j in range(k - 1, k - 1 - reach, -1):
        if j < 0 or turns[j].speaker in (turn.speaker, None):
            continue
        prev = turns[j]
        if client and prev.side == "agency" and _options_named(prev, head):
            return stated.text.strip()  # "The first option has the teal, the other the white." … "The teal."
        for m in [*OPTIONS.finditer(prev.text), *SENT_OPTIONS.finditer(prev.text)]:
            # "the matt stock or the gloss stock?" "Gloss.": the client may name an option by its distinguishing word
            a, b = (_bare_words(m.group(g)) for g in "ab")
            if head in (a[-1:] + b[-1:] + (a + b if client else [])):
                sent = prev.doc.char_span(m.start("b"), m.end(), alignment_mode="expand")
                said = _after_lead_ins(sent.sent) if sent is not None else []
                opener = said[0].lower_ if said else ""
                if sent is not None and (len(said) > 1 and said[1].lower_ == "we" or _asks_wish(sent.sent)):
                    opener = ""  # "Do we want the long edit or the short one?", "Do you want X or Y?": a choice
                # (a choice asked for is no comparison: "…the chain, which is cheaper, or the roaster." … "Where did
                # you land?")
                compares = not asked and any(t.tag_ in COMPARING for t in prev.doc)
                return None if compares or opener in FACT_QUESTION else stated.text.strip()
    if _asks_which(turns, k) and any(head in {t.lower_ for t in turns[j].doc} for j in range(max(0, k - 3), k - 1)):
        return stated.text.strip()  # "…the barista one, and the new chocolate." "Which one are we leading with?"
    return None


def _after_lead_ins(sent: Span) -> list[Token]:
    """The words of a sentence from the first that is no lead-in ("Sorry, was the music Tuesday or Wednesday?" ->
    "was the music…")."""
    words = [t for t in sent if not t.is_punct]
    first = next((i for i, t in enumerate(words) if t.lower_ not in LEAD_INS), len(words))
    return words[first:]


def _described(t: Token) -> bool:
    """A participle that names an option as an adjective does ("a composed track" … "Composed.", "Printed.")."""
    return t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ == "ROOT" and all(c.is_punct for c in t.children)


def _before_aside(sent: Span) -> Span:
    """The words of a sentence before a comma that a clause of its own follows ("Dashboard, the PDFs just sit in my
    inbox." -> "Dashboard") or that names which they are ("Just the key ones, the forty-eight sheet and the digital
    six." -> "Just the key ones"); the sentence when there is none."""
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i == sent.start:
        return sent
    rest, pick = sent.doc[comma.i + 1 : sent.end], sent.doc[sent.start : comma.i]
    clause = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in rest)
    # not the first of a list that is the subject: "Names, company and email is all we need."
    listed = any(t.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in t.children) for t in pick)
    return pick if (clause and not listed) or _which_after(pick, rest) else sent


def _which_after(pick: Span, rest: Span) -> bool:
    """ "Just the key ones, the forty-eight sheet and the digital six.": the plural picked, then which they are."""
    if not (len(rest) and len(pick)):
        return False  # "Both,": nothing after the comma
    return rest[0].pos_ == "DET" and not any(t.pos_ in ("VERB", "AUX") for t in rest) and pick[-1].tag_ == "NNS"


EMPHASIS = (("no", "question"), ("no", "doubt"), ("for", "sure"), ("hands", "down"), ("absolutely",), ("obviously",))
# a question put to the client for its choice among options put earlier: "Where did you land?", "What's the verdict?"
CHOICE_ASKED = re.compile(
    r"\bwhere (?:did|do|have) (?:you|we) (?:land|landed|end up|ended up|come down)\b"
    r"|\bwhat(?:'s| is) the (?:verdict|call)\b|\bwhich way (?:are|do) (?:you|we)\b"
    r"|\bwhat did you (?:decide|go for)\b",
    re.IGNORECASE,
)
CHOICE_ASKED_REACH = 6  # turns back the options a choice asked for may have been put


def _without_tag(words: list[Token]) -> list[Token]:
    """The words of a pick without the emphasis tagged on after a comma ("Roaster, no question.", "B, hands down.")."""
    for tag in EMPHASIS:
        n = len(tag)
        if len(words) > n and [t.lower_ for t in words[-n:]] == list(tag) and words[-n - 1].nbor(1).is_punct:
            return words[:-n]
    return words


def _asks_choice(turns: list[Turn], k: int) -> bool:
    """Another speaker's turn just before asks which of the options put earlier is taken ("So, where did you land?")."""
    prev = turns[k - 1] if k > 0 else None
    return prev is not None and prev.speaker not in (None, turns[k].speaker) and bool(CHOICE_ASKED.search(prev.text))


VERB_OPTION_REACH = 4  # turns back the two courses a "let's switch" chooses from may have been put
OPTION_MODALS = frozenset("can could 'd would should".split())
CHOOSING_OPENERS = frozenset("then so okay ok right fine yes yeah great well".split())
PICK_OPENERS = frozenset("oh ah no".split())  # "Oh, keep those.", "No, keep them."
ASKING_AUX = frozenset("do should shall".split())  # "Do we stop everything, or keep the ads?"


def verb_option_picked(turns: list[Turn], k: int) -> str | None:
    """A turn that opens a sentence by taking one of two courses another speaker put as what we can do ("We can
    either keep the paid scheduler, which is ninety a month, or move to the free one." … "Then let's move.", "Let's
    keep the paid scheduler."): that course is chosen, stated as it was put ("We move to the free one."). Not a "let's"
    that takes neither ("Let's switch to the budget."), nor "let's not …"."""
    turn = turns[k]
    chosen = next((v for sent in turn.doc.sents if (v := _course_taken(sent)) is not None), None)
    if turn.speaker is None or chosen is None:
        return None
    for j in range(k - 1, max(-1, k - 1 - VERB_OPTION_REACH), -1):
        put = turns[j]
        if put.speaker in (None, turn.speaker) or (put.side is not None and put.side == turn.side):
            continue
        for first, second in _courses(put):
            for verb in (first, second):
                if verb.lemma_.lower() == chosen.lemma_.lower() != (second if verb is first else first).lemma_.lower():
                    said = _course_said(verb)
                    return f"We {said}." if _names_only(chosen, said) else None
    return None


def _names_only(chosen: Token, course: str) -> bool:
    """What the sentence of the verb taken names after it is all in the course put ("Let's keep the map." of "keep the
    Google map"); not "Let's switch to the budget." of "switch to the free one", nor "Let's keep it simple."."""
    put = {w.strip("'\"‘’").lower() for w in course.split()}
    return all(
        t.lower_ in put for t in chosen.doc[chosen.i + 1 : chosen.sent.end] if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    )


def _course_taken(sent: Span) -> Token | None:
    """The verb a sentence opens with as a course taken: "Then let's switch.", "Let's keep the map."; None for
    "let's not …" and any other sentence."""
    words = [t for t in sent if not t.is_punct]
    while words and words[0].lower_ in CHOOSING_OPENERS | PICK_OPENERS:
        words = words[1:]
    # "Oh, keep those.": an order of one of the courses asked between ("do we stop everything, or keep the ads?")
    if len(words) >= 2 and words[0].tag_ == "VB" and words[0].dep_ == "ROOT" and words[0].lower_ != "let":
        kids = list(words[0].children)
        if not any(c.dep_ in ("nsubj", "neg") for c in kids) and any(c.dep_ == "dobj" for c in kids):
            return words[0]
    if len(words) < 3 or words[0].lower_ != "let" or words[1].lower_ != "'s":
        return None
    verb = words[2]
    return verb if verb.pos_ == "VERB" and verb.head.i == words[0].i else None


def _courses(turn: Turn) -> list[tuple[Token, Token]]:
    """Two courses put as what we can do, joined by "or" in a statement ("We can either keep the map or switch to the
    open one.", "We could keep it, or we could move."): the pairs of their verbs."""
    pairs = []
    for verb in turn.doc:
        asked = verb.sent.text.rstrip().endswith("?")
        if verb.pos_ != "VERB":
            continue
        kids = list(verb.children)
        we = any(c.dep_ == "nsubj" and c.lower_ == "we" for c in kids)
        # put as a statement ("We can either keep the map or switch."), or asked ("Do we stop everything, or keep the
        # Google Maps ads ticking over?", "Should we pause it or cut it?")
        modal = any(c.dep_ == "aux" and c.lower_ in (ASKING_AUX if asked else OPTION_MODALS) for c in kids)
        if not (we and modal) or any(c.dep_ == "neg" for c in kids):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in kids):
            continue
        pairs += [(verb, c) for c in kids if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
    return pairs


def _course_said(verb: Token) -> str:
    """A course as put, from its verb to the first comma, "or" or the end of the sentence ("switch to the open
    source one" of "… or switch to the open source one, which is free")."""
    end = verb.i + 1
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct or (t.lower_ == "or" and t.dep_ == "cc"):
            break
        end = t.i + 1
    return verb.doc[verb.i : end].text


def both_picked(turns: list[Turn], k: int) -> str | None:
    """A turn that opens "Both." (or "Then both.") when the other speaker has just asked which of two we want ("Do
    you want the sixes or the fifteens?" "Both. Sixes and fifteens."): both are taken, said as the turn says it.
    Not an answer to a comparison ("Which is cheaper, red or blue?" "Both are the same."), nor to what is so ("Is it
    the matt or the gloss?" "Both.")."""
    turn = turns[k]
    for j in (k - 1, k - 2):
        if j < 0 or turns[j].speaker in (turn.speaker, None):
            continue
        prev = turns[j]
        for m in OPTIONS.finditer(prev.text):
            sent = prev.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sent is None or not sent.sent.text.rstrip().endswith("?") or any(t.tag_ in COMPARING for t in prev.doc):
                continue
            opener = sent.sent[0].lower_
            if opener in FACT_QUESTION and not _asks_wish(sent.sent) and sent.sent[1:2].text.lower() != "we":
                continue
            said = " ".join(turn.text.split())
            if len(list(turn.doc.sents)) > 1:
                return said
            a = prev.doc.char_span(m.start("a"), m.end("a"), alignment_mode="expand")
            toks = list(a) if a is not None else []
            i = len(toks)
            while i > 0 and toks[i - 1].pos_ not in ("VERB", "AUX", "PRON"):
                i -= 1  # "Do you want the sixes": "the sixes"
            named = " ".join(t.text for t in toks[i:]) or m.group("a")
            return f"Both: {named} and {m.group('b')}."
        if _both_offered(prev):  # "We can cut both from the same shoot." "Then both. Sixes and fifteens."
            return " ".join(turn.text.split())
        return None
    return None


OFFERING = frozenset("can could 'd would".split())


def _both_offered(turn: Turn) -> bool:
    """A statement of the turn says that we (or I) can do both ("We can cut both from the same shoot.", "We could
    run both, if the budget's there."): both are on offer; not a question, nor what is done already."""
    for t in turn.doc:
        if t.lower_ != "both" or t.i == 0 or t.sent.text.rstrip().endswith("?"):
            continue
        verb = t.nbor(-1)  # "cut both": the parse may hang "both" anywhere, so the word before is the verb
        if verb.pos_ != "VERB":
            continue
        kids = {c.dep_: c.lower_ for c in verb.children if c.dep_ in ("nsubj", "aux")}
        if kids.get("nsubj") in ("we", "i") and kids.get("aux") in OFFERING:
            return True
    return False


LETTER_REACH = 8  # turns back the lettered options a bare letter picks from may have been laid out
LETTER = re.compile(r"^[A-E]\.?$")  # spaCy keeps the stop of a sentence "A." with it
ONLY_YES = frozenset("yeah yes yep okay ok right fine so".split())


def letter_picked(turns: list[Turn], k: int) -> str | None:
    """A client turn that opens by naming one of the options another speaker laid out by letter ("Option A is the
    streaming-led plan … Option B keeps the sponsorship." … "Yeah. A."): that option is chosen, said with what the
    options' turn said of it ("We go with option A, the streaming-led plan."). Not a letter asked back ("A?"), nor
    one where the turns before name no other lettered option."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client":
        return None
    sents = list(turn.doc.sents)
    while sents and all(t.is_punct or t.lower_ in ONLY_YES for t in sents[0]) and len(sents) > 1:
        sents = sents[1:]  # "Yeah. A.": the acceptance said before the pick
    words = [t for t in sents[0] if not t.is_punct] if sents else []
    # "A. I'd rather not pay for it." is one sentence to the parser, its letter keeping the stop
    alone = len(words) == 1 or (bool(words) and words[0].text.endswith("."))
    if not alone or not LETTER.match(words[0].text) or sents[0].text.rstrip().endswith("?"):
        return None
    letter = words[0].text.rstrip(".")
    for j in range(k - 1, max(-1, k - 1 - LETTER_REACH), -1):
        prev = turns[j]
        if prev.speaker in (turn.speaker, None):
            continue
        labels = {t.text.rstrip(".") for t in prev.doc if LETTER.match(t.text) and _label(t)}
        if letter in labels and len(labels) > 1:
            said = _said_of([t.text for t in turns[max(0, k - LETTER_REACH) : k]], letter)
            return f"We go with option {letter}, {said}." if said else f"We go with option {letter}."
    return None


# an option picked by its name, the first sentence of a reply: "Route B, the green one.", "Yeah, option two."
NAMED_PICK = re.compile(
    r"^(?:(?:yes|yeah|yep|okay|ok|so|oh|um|well|honestly)[,.]?\s+)*"
    r"(?P<name>(?:option|route|version|concept|treatment|design)\s+(?:[A-E]|one|two|three|four|five|[1-9]))\b"
    r"(?P<rest>(?:,\s+[^.!?,]+)?)[.!]?$",
    re.IGNORECASE,
)
# a question asking which of several the listener would have: "Did you have a preference?", "Which way are you leaning?"
PREFERENCE_ASKED = re.compile(
    r"\b(?:preference|prefer|preferred|favourite|favorite|leaning)\b"
    r"|\bwhich\b[^?]*\b(?:like|want|go\s+(?:for|with)|pick|choose)\b",
    re.IGNORECASE,
)
DESCRIBED_WORDS = 8  # the most words said of the option after its name: ", the green one"


def named_picked(turns: list[Turn], k: int) -> str | None:
    """A client reply that opens by naming an option ("Route B, the green one.", "Yeah, option two.") to a question
    just put on which they prefer ("We sent two routes last week. Did you have a preference?"): the options need
    not have been laid out in the call. Stated "We go with route B, the green one."; not a name asked back
    ("Route B?"), nor one said with more than its description ("Route B is too dark.")."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client":
        return None
    first = next(iter(turn.doc.sents), None)
    m = NAMED_PICK.match(" ".join(first.text.split())) if first is not None else None
    if first is None or m is None or len(m.group("rest").split()) > DESCRIBED_WORDS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in first):
        return None  # "Option two, if the budget holds"
    for prev in turns[max(0, k - 2) : k][::-1]:
        if prev.speaker in (turn.speaker, None):
            continue
        asked = prev.text.rstrip().endswith("?") and PREFERENCE_ASKED.search(list(prev.doc.sents)[-1].text)
        if asked:
            kind, label = m.group("name").split()
            return f"We go with {kind.lower()} {label}{m.group('rest')}."
        return None
    return None


LABEL_AFTER = frozenset("is 's has would does gives keeps costs , . or and".split())


def _label(t: Token) -> bool:
    """A capital letter naming an option ("Option A is …", "B has …", "A or B"), not the article ("A bigger burst")."""
    before = t.nbor(-1).lower_ if t.i > 0 else ""
    after = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else "."
    return before in OPTION_WORDS or after in LABEL_AFTER or t.text.endswith(".")


def _said_of(texts: list[str], letter: str) -> str:
    """What the turns laying out lettered options say option ``letter`` is, the latest first ("Option A is BVOD-led,
    …" -> "BVOD-led", "A is the sleigh bells one, …" -> "the sleigh bells one"); "" when none says."""
    ways = (
        re.compile(rf"\b[Oo]ption {letter} is (?P<what>[^,.;:—]+)"),
        re.compile(rf"\b{letter} is (?P<what>(?:the|a|an) [^,.;:—]+)"),
    )
    for way in ways:
        for text in reversed(texts):
            m = way.search(text)
            if m and len(m.group("what").split()) <= 8:
                return m.group("what").strip()
    return ""


WISH = frozenset("want prefer rather".split())


def _asks_wish(sent: Span) -> bool:
    """The question asks what the one asked (or we) would have: "Do you want them bagged or handed out?", "Would you
    rather the long cut or the short one?"; not what is so ("Do you have the matt or the gloss?")."""
    asker = ("you", "we")
    return any(t.lemma_ in WISH and any(c.dep_ == "nsubj" and c.lower_ in asker for c in t.children) for t in sent)


def _bare_words(text: str) -> list[str]:
    """The words of an option as said, without quote marks ("'ramp fault'" is "ramp", "fault")."""
    return [w.strip("'\"‘’") for w in text.lower().split()]


OPTION_GAP = 3  # words between an option's name (its first word) and the word "option" or "route" that calls it one
OPTION_WORDS = frozenset("option options route routes version versions alternative alternatives".split())


def _options_named(turn: Turn, head: str) -> bool:
    """The agency's turn lays out options as statements and names ``head`` as one, next to the word that calls it
    an option ("Route one is the teaser, route two a straight reveal.", "There's a linen tote option too."); not a
    question, which ``OPTIONS`` reads."""
    return not turn.is_question() and any(
        t.lower_ == head
        and any(u.lower_ in OPTION_WORDS for u in t.doc[max(t.sent.start, _name_start(t) - OPTION_GAP) : t.i + 3])
        for t in turn.doc
    )


def _name_start(t: Token) -> int:
    """Where the name an option's last word ends is said from: "Option one is bowl food" names it from "bowl"."""
    return min(t.i, t.left_edge.i) if t.left_edge.sent.start == t.sent.start else t.i


def _asks_which(turns: list[Turn], k: int) -> bool:
    """The turn before, by another speaker, asks which of the options we take ("Which one are we leading with?",
    "Which route do we go for?"), not which is so ("Which is cheaper?", "Which one did they like?")."""
    prev = turns[k - 1]
    if prev.speaker in (turns[k].speaker, None):
        return False
    return any(
        s.text.rstrip().endswith("?")
        and s[0].lower_ == "which"
        and any(t.lower_ == "we" and t.dep_ == "nsubj" for t in s)
        and not any(t.tag_ in COMPARING for t in s)
        for s in prev.doc.sents
    )


CHANGED_MIND = re.compile(
    r"\b(?:chang(?:ing|ed) (?:my|our) minds?|on second thoughts?|change of plan"
    r"|(?:go|going|goes|went) back on what (?:i|we) (?:said|agreed|decided))\b",
    re.I,
)


def changes_mind(turn: Turn) -> bool:
    """The turn takes back its speaker's own earlier position ("Okay, I'm changing my mind.", "On second thoughts…"),
    not just a remark ("Hang on.") or a request broken off."""
    return any(CHANGED_MIND.search(c.text) for c in turn.cues("REVERSE"))


def _new_position(sent: Span) -> bool:
    """What a change of mind settles on, said as an order ("Drop "Vets" from the wordmark.") or as the option
    itself ("Harlow, at thirty-seven nine."); not "Sorry, Aisling." nor "Let me think."."""
    words = [t for t in sent if not t.is_punct]
    if not words or any(t.pos_ == "INTJ" or t.lower_ in ("sorry", "thanks", "i", "you") for t in words):
        return False
    root = sent.root
    order = root.tag_ == "VB" and root.i == words[0].i and root.lemma_ not in NOT_ORDERS
    order = order and any(c.dep_ == "dobj" for c in root.children)
    option = root.pos_ in ("PROPN", "NOUN") and not any(t.pos_ in ("VERB", "AUX") for t in words) and len(words) <= 8
    return order or option


def decided_instead(turn: Turn, position_taken_back: bool = True) -> str:
    """ "Right, scrap what I said. We put out a full statement today.": after taking back what was said, what "we"
    now do, said flat (not asked, not "if", not "we could"); after a change of mind, also the new position said as
    an order or named ("Okay, I'm changing my mind. Harlow, at thirty-seven nine."); after "scrap that" or "change of
    plan" that takes back a position (``position_taken_back``, not a question: "Could you do LinkedIn too? … Actually,
    scrap that. Corporate comms do LinkedIn."), also what something named does ("The keepers pick a shortlist.");
    "" when the turn says no such thing."""
    cue = turn.cues("REVERSE")[0]
    mind = changes_mind(turn)
    # "scrap that", "change of plan": what was settled is taken back, so a flat statement after it is the new one
    taken_back = position_taken_back and any(c[0].lower_ in ("scrap", "change") for c in turn.cues("REVERSE"))
    for sent in turn.doc.sents:
        root = sent.root
        if sent.start < cue.end or sent.text.rstrip().endswith("?"):
            continue
        if mind and _new_position(sent):
            return sent.text.strip()
        subj = [t for t in root.children if t.dep_ == "nsubj"]
        aux = {t.lower_ for t in root.children if t.dep_ == "aux"}
        if taken_back and subj and _thing_does(sent, subj[0]):
            return sent.text.strip()  # "Scrap that. The keepers pick a shortlist and the public votes."
        if (
            subj
            and subj[0].lower_ == "we"
            and (root.tag_ in ("VBP", "VB") or root.lower_ == root.lemma_)  # "put", "cut" read as past tense
            and aux <= {"will", "'ll", "are", "'re", "going"}
            and not any(t.dep_ in ("mark", "neg") for t in root.subtree)
            and not any(t.lower_ in ("there", "here") for t in root.children)  # "Hang on… there we go.": the screen
        ):
            return sent.text.strip()
    return ""


# verbs by which a statement reports what someone thinks or wants rather than what happens ("the client wants blue")
NOT_SETTLED_VERBS = frozenset(
    "be have say think want need know like feel reckon mean seem look sound hate love wish hope".split()
)


def _thing_does(sent: Span, subj: Token) -> bool:
    """The sentence says flat, in the present, what something or someone named does ("The keepers pick a shortlist.",
    "The launch stays on the eighth."): a noun subject, a present-tense verb that is no report of a view or a wish,
    no modal, no negation, no condition."""
    root = sent.root
    return (
        subj.pos_ in ("NOUN", "PROPN")
        and root.tag_ in ("VBZ", "VBP")
        and root.lemma_.lower() not in NOT_SETTLED_VERBS
        and not any(t.dep_ == "aux" for t in root.children)
        and not any(t.dep_ in ("mark", "neg") for t in root.subtree)
    )


MOVES = re.compile(r"\b(?:move|moving|push|pushing|shift|shifting|bring|bringing)\b", re.IGNORECASE)


def moves_a_date(turns: list[Turn], k: int) -> bool:
    """Moving something to another date was proposed in the three turns before, or a date already set was objected
    to by someone else ("Hang on, the sixth is when the CRM's down. We can't send anything that day." … "Thursday the
    eighth, then."), with no work asked for: a date settled in reply says when it happens (a decision), not when
    some work is due."""
    before = [turns[j] for j in (k - 1, k - 2, k - 3) if j >= 0]
    proposed = any(t.cues("PROPOSAL") and t.dues and MOVES.search(t.text) for t in before)
    # an objection says what is wrong ("the sixth is when the CRM's down"), not "why don't we…?" nor "that's today,
    # isn't it?"
    objected = any(
        t.speaker not in (None, turns[k].speaker)
        and any(not _asked(c) for c in t.cues("REVERSE") + t.cues("DECLINE"))
        and t.dues
        for t in before
    )
    return proposed or (objected and not any(t.cues("REQUEST") for t in before))


def _asked(span: Span) -> bool:
    return span.sent.text.rstrip().endswith("?")


SETTLES = re.compile(r"\b(?:fine|okay|ok|yes|yeah|deal|done|agreed|works|go on|let's do|then)\b", re.IGNORECASE)


def date_moved(turns: list[Turn], k: int) -> bool:
    """A short reply that settles a date put in the turns before for something being moved ("Can we move the launch
    to the ninth?" "The ninth is tight, the sixteenth is safer." "Sixteenth then. Fine.")."""
    turn = turns[k]
    if turn.n_words > 10 or turn.is_question() or not moves_a_date(turns, k) or not SETTLES.search(turn.text):
        return False
    said = {m.group(0).lower() for m in DAY_WORD.finditer(turn.text)}
    put = {m.group(0).lower() for j in (k - 1, k - 2, k - 3) if j >= 0 for m in DAY_WORD.finditer(turns[j].text)}
    return bool(said & put)


# verbs that put the same order in other words ("Should we pause the posts?" "Yeah, hold everything."; "I'd add a
# line." "You're right. Put it in."): a reply ordering one of a group takes up a proposal made with another
SAME_ORDER = (
    frozenset("pause hold freeze suspend stop".split()),
    frozenset("add put include".split()),
    frozenset("drop cut lose remove scrap".split()),
)
# modals that put a course as a proposal ("I'd pause everything that's scheduled.", "We should add a line.")
PROPOSING_MODALS = frozenset("'d would should".split())


def _same_order(verb: str, asked: set[str]) -> bool:
    """``verb`` is one of ``asked`` or orders the same thing in other words (``SAME_ORDER``)."""
    return verb in asked or any(verb in group and group & asked for group in SAME_ORDER)


def _proposed_verbs(prev: Turn) -> set[str]:
    """The verbs a turn puts as the course to take: any verb of a "we" question ("Are we okay to go live Monday?"),
    or one said with "I"/"we" and a proposing modal in a sentence that is no question ("I'd pause everything that's
    scheduled.", "We should add a line."), with the verbs joined to it ("I'd pin it and reply once") and those of a
    later sentence that goes on with "then" ("I'd reply once. Then we pin it.")."""
    if prev.is_question():
        if "we" not in {t.lower_ for t in prev.doc}:
            return set()
        return {t.lemma_ for t in prev.doc if t.pos_ == "VERB" and t.lemma_ not in ("be", "do", "have", "start")}
    put: set[str] = set()
    for t in prev.doc:
        if t.pos_ != "VERB" or t.sent.text.rstrip().endswith("?"):
            continue
        kids = {c.dep_: c.lower_ for c in t.children}
        proposing = kids.get("aux") in PROPOSING_MODALS
        # "I'd reply once from the brand account. Then we pin it.": the next step of the course just put
        then = put and t.dep_ == "ROOT" and t.sent[0].lower_ == "then" and "aux" not in kids and t.tag_ in ("VB", "VBP")
        if kids.get("nsubj") in ("i", "we") and (proposing or then):
            put |= {t.lemma_} | {c.lemma_ for c in t.conjuncts if c.pos_ == "VERB"}
    return put - {"be", "do", "have", "start", "say", "suggest", "think", "want", "like", "love"}


def permission_echoed(turns: list[Turn], k: int) -> str:
    """ "Are we okay to go live Monday?" "Yes, go live Monday.": a "we" question answered yes with its own verb as an
    order settles it; returns the order ("" when the turn is no such answer)."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or not prev.is_question():
        return ""
    if "we" not in {t.lower_ for t in prev.doc} or not turn.opening("ACCEPT", 3) or turn.is_question():
        return ""
    return _order_of(turn, _proposed_verbs(prev), exact=True)


def course_taken(turns: list[Turn], k: int) -> str:
    """A course the other side has just put, as a "we" question or with "I"/"we" and a proposing modal ("Should we
    pause the posts for now?", "And I'd pause everything that's scheduled."), answered yes with an order of its own
    verb or one of the same order (``SAME_ORDER``): "Yeah, hold everything for tomorrow."; "Oh no, the giveaway.
    Yes, pause everything."; "I'd add a line." "No, you're right. Put it in." The yes opens the turn or a sentence up
    to the order says it; returns the order ("" when the turn is no such answer, or is ``permission_echoed``'s)."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.is_question() or permission_echoed(turns, k):
        return ""
    if turn.side is None or prev.side in (None, turn.side):
        return ""  # a course put by someone of one's own side is seconded, not settled
    return _order_of(turn, _proposed_verbs(prev) or _seconded_course(turns, k), exact=False)


def _seconded_course(turns: list[Turn], k: int) -> set[str]:
    """The verbs of a course put two turns before ``k`` by someone of the other side, when the turn between is a
    colleague of theirs saying a word for it and putting nothing of their own ("I'd reply once and pin it." "It
    turns the story round." "Yes. Reply once, pin it."); none when the turn between asks something."""
    if k < 2:
        return set()
    put, between = turns[k - 2], turns[k - 1]
    if between.is_question() or put.speaker in (None, between.speaker, turns[k].speaker) or put.side != between.side:
        return set()
    return _proposed_verbs(put) if not put.is_question() else set()


def _order_of(turn: Turn, asked: set[str], exact: bool) -> str:
    """The first sentence of ``turn`` that is a bare order with one of the ``asked`` verbs (``exact``) or one of the
    same order, said after a yes (``_affirmed``) when not ``exact`` (the caller checked the opening yes then)."""
    sents = list(turn.doc.sents)
    for n, sent in enumerate(sents):
        root = sent.root
        if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "aux") for c in root.children):
            continue
        if exact and root.lemma_ in asked:
            return sent.text.strip()
        if not exact and _same_order(root.lemma_, asked) and _affirmed(sents[: n + 1]):
            return sent.text.strip()
    return ""


WH_WORDS = frozenset("how what where why who when which whose".split())
TAG_QUESTION = re.compile(
    r",\s*(?:(?:\w+n't|is|are|was|were|does|did|has|have)\s+(?:it|they|he|she|that|there)"
    r"|don't you think|wouldn't you say)\s*\?\s*$",
    re.IGNORECASE,
)


def puts_something(turn: Turn) -> bool:
    """A turn that puts something to settle as a question ("So, seventy-thirty?", "What about the ninth?"), not
    one that asks how something is ("How was the drive?") nor an opinion with a tag ("They're fickle, aren't
    they?")."""
    for sent in turn.doc.sents:
        text = sent.text.strip()
        words = [t.lower_ for t in sent if not t.is_punct]
        if not words or not text.endswith("?"):
            continue
        # "How about the ninth?", "Why don't we split it?" put something
        opens = words[0] not in WH_WORDS or words[1] in ("about", "if") or bool({"n't", "not"} & set(words[1:3]))
        if opens and not TAG_QUESTION.search(text):
            return True
    return False


def answers_when(turns: list[Turn], j: int) -> bool:
    """Turn ``j`` answers a question of when something happens ("When's the pickup, roughly?" "We'd pencil the
    twenty-ninth."): a time for a session or some work, which a reply accepts as part of that item, not a decision;
    not "When do we go live?", which asks what we decide."""
    if j < 1 or not turns[j].dues or turns[j - 1].speaker == turns[j].speaker:
        return False
    return asks_when(turns[j - 1])


def asks_when(turn: Turn) -> bool:
    """The turn asks when something happens or is had ("When's the pickup?", "Yes, please. When?"); not "When do we
    go live?", which asks what we decide."""
    asks = [s for s in turn.doc.sents if s.text.rstrip().endswith("?")]
    return any(s[0].lower_ == "when" and "we" not in {t.lower_ for t in s} for s in asks)


DAY_WORDS = DATE_WORDS - {"then", "now", "later", "soon"}  # "Then it's me." names no time


def _day(t: Token) -> bool:
    """A day or time of day by name ("Wednesday", "the thirteenth", "afternoon"), not a bare number ("Eighteen?",
    "three and a half", which spaCy may tag as dates)."""
    return t.lower_ in DAY_WORDS or t.lower_ in ORD or re.fullmatch(DIG_ORD, t.lower_) is not None


def time_word(t: Token) -> bool:
    """A word that says when: a date or time entity, or a day or time by name (an ordinal too: "Twenty-fourth." is
    tagged a cardinal)."""
    return t.ent_type_ in ("DATE", "TIME", "ORDINAL") or _day(t)


# how a day is put ("Could we do Wednesday?", "How about the second?", "Say Monday week?"): words around the day
DAY_PUT_WORDS = frozenset(
    "could can shall should would we do how what about say maybe or so then this next the of".split()
)
CONDITION = frozenset({"if", "unless", "provided", "assuming"})


def day_put(turn: Turn) -> bool:
    """The turn puts a day or time on its own ("Could we do Wednesday the thirteenth?", "Afternoon?", "How about
    Thursday the second?", "Thursday the 2nd, if the palette's signed off."): when something already in hand
    happens; not "Can we move the launch to the ninth?" nor "Launch on the ninth?" (what happens is put with it)."""
    for sent in turn.doc.sents:
        words = [t for t in sent if not t.is_punct]
        cut = next((i for i, t in enumerate(words) if t.lower_ in CONDITION), len(words))
        said, conditional = words[:cut], cut < len(words)
        if not (sent.text.rstrip().endswith("?") or conditional) or not any(_day(t) for t in said):
            continue
        if all(time_word(t) or t.lower_ in DAY_PUT_WORDS for t in said):
            return True
    return False


def day_taken(turns: list[Turn], k: int) -> bool:
    """Turn ``k`` takes up a day the other speaker has just put on its own ("Could we do Wednesday?" "Wednesday I'm
    there from eight. Yeah, let's do it."; "Afternoon?" "Afternoon's fine."): the day of a session or some work,
    which belongs to that item, not a decision; a date something is being moved to is one ("Can we move the launch?"
    … "How about the ninth?" "Fine.")."""
    prev = turns[k - 1] if k > 0 else None
    return (
        prev is not None
        and turns[k].speaker not in (None, prev.speaker)
        and day_put(prev)
        and not moves_a_date(turns, k)
    )


# a bare "No," or "I can't" opens a counter as often as a refusal ("No — three months.", "We can't absorb the fee.
# Five twenty plus fee.", "I can't split it, it's one invoice. But we're on sixty-day terms.")
COUNTERING = frozenset({"decline_no", "decline_cant"})


def _can_do(t: Token) -> bool:
    """ "we could", "what I can do": what the speaker's side can do instead, said without a negation."""
    verb = t.head
    return (
        t.lower_ in ("can", "could")
        and t.dep_ == "aux"
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    )


def _ordered_after(turn: Turn, refusals: list[Span]) -> bool:
    """ "I'd rather not risk the courtyard. Move it.": an order said after the refusal puts something in its place."""
    first = min((s.sent.end for s in refusals), default=0)
    return any(
        s.start >= first and s.root.tag_ == "VB" and s.root.i == s.start and s.root.lemma_ not in NOT_ORDERS
        for s in turn.doc.sents
    )


# the words of a yes to the rest of what was asked, after a no to a part of it ("I'm afraid we can't on cinema. For
# everything else, yes, monthly's fine."): the rest, and a word that grants it
REST_WORDS = frozenset("else rest otherwise other remainder".split())
GRANTING = frozenset("yes yeah yep fine okay ok sure happy good".split())


def _rest_granted(turn: Turn, refusals: list[Span]) -> bool:
    """A sentence after the refusal grants the rest of what was asked ("For everything else, yes, monthly's fine.",
    "The rest is fine.", "Otherwise, yes."): a partial yes, whose terms the other side may then settle."""
    first = min((s.sent.end for s in refusals), default=0)
    return any(
        s.start >= first
        and {t.lower_ for t in s} & REST_WORDS
        and {t.lower_ for t in s} & GRANTING
        and not any(t.dep_ == "neg" for t in s)
        for s in turn.doc.sents
    )


def said_no(turn: Turn) -> bool:
    """The turn refuses what was put and puts nothing in its place ("No. Let's not.", "I'm afraid that one's a no.",
    "No. Not this time. I can't justify it.", "…No, let's not do that."); not a counter ("No — three months.", "No,
    no, first of June."), a proposal or offer of its own ("What I can do is thirty days."), a refusal that asks on
    ("I'm afraid not. Monday?"), nor a partial yes ("I'm afraid we can't on cinema. For everything else, yes.")."""
    refusals = [s for s in turn.cues("DECLINE") if s.id_ not in COUNTERING]
    opens = turn.opening("DECLINE", 3) is not None
    counter = any(_can_do(t) for t in turn.doc)  # "I can't do that mid-contract. What I can do is thirty days…"
    return (
        not turn.is_question()
        and not turn.cues("PROPOSAL")
        and not counter
        and not _ordered_after(turn, refusals)
        and not _rest_granted(turn, refusals)
        and any(opens or s.start == s.sent.start for s in refusals)
    )


PICKED = re.compile(r"\s+(?:one|ones|option|route|version|draft|cut|edit|idea|round|stage|phase|choice)\b", re.I)


def names_a_day(text: str) -> bool:
    """ "Twenty-second works for me.": a day of the month or week said, whether or not it resolved to a date; not
    "The second route works." (an option picked by its place)."""
    return any(not PICKED.match(text, m.end()) for m in DAY_WORD.finditer(text))


def _things(turn: Turn) -> set[str]:
    return {t.lemma_.lower() for t in turn.doc if t.pos_ in ("NOUN", "PROPN", "NUM") and not t.is_stop}


def still_on_it(turns: list[Turn], j: int, k: int) -> bool:
    """Between proposal ``j`` and the reply ``k`` that takes it up, the replier's own turns stay on it: a question
    about it ("What would that do to the shoot?"), a remark pointing at it or naming what it names, or the reply
    itself names it; not another subject ("Separately, the music licence is still open.")."""
    put = _things(turns[j])
    if _things(turns[k]) & put:
        return True  # the reply says what it takes up ("Okay. We don't delete, one pinned reply.")
    for t in turns[j + 1 : k]:
        if t.speaker != turns[k].speaker:
            continue
        pointer = {w.lower_ for w in t.doc} & {"that", "it", "this", "those", "them"}
        if _things(t) and not (_things(t) & put) and not pointer:
            return False  # names something else; a bare "Hmm." or "How much?" stays on it
    return True


# decisions that undo each other when said about the same thing a few turns apart
OPPOSED = (
    ({"keep", "keeping", "stays", "stay", "stick"}, {"drop", "dropping", "cut", "scrap", "lose", "kill", "pull"}),
    ({"in", "include"}, {"out", "remove"}),
)


def opposed(earlier: str, later: str) -> bool:
    """ "Yeah, makes sense, drop it." then "Okay. Let's keep it, then.": the later decision reverses the earlier."""
    a, b = set(re.findall(r"[a-z]+", _lastsentence_of(earlier))), set(re.findall(r"[a-z]+", _lastsentence_of(later)))
    return any((a & x and b & y) or (a & y and b & x) for x, y in OPPOSED)


def _lastsentence_of(text: str) -> str:
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.lower()) if p.strip()]
    return parts[-1] if parts else ""


SAID_YES = frozenset("yes yeah yep fine agreed done deal".split())
CLOCK = frozenset(ORD) | DATE_WORDS | {"half", "quarter", "past", "o'clock", "minutes", "hours"}
FIGURE_WORDS = 8  # words: a figure said back is short ("Eighty and a hundred and twenty.")


def figure_settled(turns: list[Turn], k: int) -> int | None:
    """ "Eighty words a label and a hundred and twenty on the panels would keep it at twenty-four." "Eighty and a
    hundred and twenty. Yes.": the figures another speaker just put as a proposal, said back and said yes to; the
    turn that put them (None if the turn is no such reply). Not a figure confirmed as a fact ("How many screens?"
    "Three. Yes.") nor a time ("Half one. Fine.")."""
    turn = turns[k]
    sents = list(turn.doc.sents)
    if turn.speaker is None or len(sents) < 2 or turn.is_question():
        return None
    words = [t for t in sents[0] if not t.is_punct]
    said = {t.lower_ for t in words if t.like_num}
    if not said or len(words) > FIGURE_WORDS or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return None
    if turn.dues or any(t.ent_type_ == "TIME" or t.lower_ in CLOCK for t in words):
        return None  # "The twenty-third. Fine.": the time of some work or a session, which belongs to that item
    reply = [t.lower_ for t in sents[1] if not t.is_punct]
    if not reply or reply[0] not in SAID_YES:
        return None
    for j in (k - 1, k - 2, k - 3):
        if j < 0 or turns[j].speaker in (None, turn.speaker):
            continue
        put = turns[j]
        # "I'd drop it to three." puts a figure; "I can't split it, but we're on sixty days." refuses something
        proposed = bool(put.cues("PROPOSAL")) or any(t.tag_ == "MD" and t.nbor(1).dep_ != "neg" for t in put.doc[:-1])
        return j if proposed and not put.is_question() and said <= {t.lower_ for t in put.doc if t.like_num} else None
    return None


# how the one with the say states an outcome flat, in the present: what stays, goes or moves, and what "we" do
OUTCOME_VERBS = frozenset("go stay move remain sit drop start end shift land hold".split())
WE_DECIDE_VERBS = frozenset(
    "decline wait keep drop go stick lead stop launch hold pause stay pin skip move cut swap switch shift lock".split()
)
HABITUAL = frozenset("always usually normally never often sometimes generally".split())
# a position kept, said in the progressive: "We're holding the fifteenth.", "We're sticking with the agency fee."
HOLDING_VERBS = frozenset("hold keep stick pause skip drop".split())
PUTTING = frozenset("'d should could would".split())  # a turn with these puts a position ("I'd rather cut it")


def _we_are_holding(sent: Span, prev: Turn) -> bool:
    """ "We're holding the fifteenth.": "we" keeping or dropping, in the progressive, what the turn before named; not
    "We're holding a workshop on Friday." (something new) nor "we're not keeping it"."""
    root = sent.root
    kids = list(root.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None and (with_ := next((c for c in kids if c.dep_ == "prep" and c.lower_ == "with"), None)):
        obj = next((c for c in with_.children if c.dep_ == "pobj"), None)  # "We're sticking with the fee."
    named = {t.lemma_.lower() for t in prev.doc if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")}
    return (
        obj is not None
        and not any(c.lower_ in ("a", "an") for c in obj.children)
        and obj.lemma_.lower() in named
        and root.tag_ == "VBG"
        and root.lemma_ in HOLDING_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in kids)
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in kids)
        and not any(c.dep_ in ("neg", "mark", "xcomp", "ccomp") for c in kids)
    )


def outcome_stated(turns: list[Turn], k: int) -> str:
    """A client's flat statement of what now happens, in the present, answering another speaker: "Contingency goes
    down to twenty." after "I'd rather cut it to twenty", "Okay, we wait." after "I'd hold off", "We decline. We send
    them a written statement instead."; not a habit or fact ("Footfall always goes up with a coffee bar.", "We sell
    more in the South West."), nor a condition ("If we lose the ends, we lose the summer."), nor a reason given with a
    request ("Can your team collect the empties? We reuse the bottles."); a request after it leaves it ("She stays at
    the contracted fee. Keisha, can you tell her?"). What "we" do is read after any turn ("We're holding the
    fifteenth." only of what that turn named); what stays or goes only after a turn that put something (a question,
    also one followed by its reason, a proposal, "I'd …"). "" when there is none."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client" or k == 0 or turns[k - 1].speaker in (None, turn.speaker):
        return ""
    asked = min((r.sent.start for r in turn.cues("REQUEST")), default=len(turn.doc))
    if asked == 0 or (asked == len(turn.doc) and turn.is_question()):
        return ""  # a request after the outcome ("She stays at the fee. Keisha, can you tell her?") leaves it
    prev = turns[k - 1]
    asks = any(s.text.rstrip().endswith("?") for s in prev.doc.sents)  # "…going on it? Because last year…"
    put = asks or bool(prev.cues("PROPOSAL")) or any(t.lower_ in PUTTING for t in prev.doc)
    for sent in turn.doc.sents:
        if sent.start >= asked:
            break
        if sent.text.rstrip().endswith("?") or any(t.lower_ in HABITUAL for t in sent):
            continue
        root = sent.root
        kids = list(root.children)
        if _we_are_holding(sent, prev):  # "…still the fifteenth? We're holding that?" "We're holding the fifteenth."
            return sent.text.strip()
        if root.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "mark", "neg", "xcomp", "ccomp") for c in kids
        ):
            continue
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in kids):
            continue  # "If it goes well, we roll it into a full year."
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None or sent[0].lower_ == "or":
            continue
        if subj.lower_ == "we" and root.lemma_ in WE_DECIDE_VERBS:
            return _with_courses(sent)
        if put and subj.lower_ not in ("i", "you", "we") and root.lemma_ in OUTCOME_VERBS:
            return _with_courses(sent)
    return ""


def _with_courses(sent: Span) -> str:
    """The outcome with the courses the same turn takes just before it ("Let's do the package and lose the photo
    booth. Band stays."): the whole decision, not its last words."""
    taken: list[str] = []
    for before in reversed([s for s in sent.doc.sents if s.end <= sent.start]):
        if _course_taken(before) is None:
            break
        taken.insert(0, before.text.strip())
    return " ".join([*taken, sent.text.strip()])


RESTATED_REACH = 4  # turns back the agency may have put what the client's verdict names again
RESTATED_WORDS = 7  # words at most in the verdict's sentence
RATIFIED_AFTER = 2  # turns after the verdict in which a ratifying cue settles it there instead
PICK_WORDS = 3  # "Price.", "Free for everyone.": one thing named from options laid out, in this many words at most
LAYING_OUT = frozenset("or options option recommendation recommend alternatively".split())
# an acknowledgement opening a reply ("Okay. Makes sense.", "Brilliant. So that's moderators primary.")
ACKNOWLEDGED = frozenset(
    "great okay ok perfect lovely brilliant understood noted fine sure good excellent agreed cool".split()
)


def option_restated(turns: list[Turn], k: int) -> str | None:
    """The client names again, in a short sentence with no verb of its own, two or more of the things the agency
    has just put as statements ("Two options. Option one, free for everyone, and we capture data at sign-up. …"
    "Free for everyone. Data capture at sign-up, opt-in."; "One burst is slightly better on reach, two on
    frequency." "One burst, November."), and the agency's next turn takes it as said ("Great.", "Okay. Makes
    sense."): the client has settled which. Not a turn that asks, nor words the agency only asked about, nor a
    restatement the agency answers with anything but an acknowledgement (the client may only be checking), nor
    names of those on the call said back ("Different Dev. Sorry, Dev."). One thing named in three words or fewer
    settles it too when the agency's turn laid out options or a recommendation ("Our recommendation is price …" …
    "But the numbers are clear. Price." "Great."), unless a ratifying cue follows within two turns, where the
    meeting then settles it ("Yeah. Atrium." "Great, so drinks move to the atrium …" "Confirmed.")."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client" or k + 1 >= len(turns):
        return None
    after = turns[k + 1]
    first = next((t for t in after.doc if not t.is_punct), None)
    if after.speaker in (None, turn.speaker) or after.side != "agency" or first is None:
        return None
    if first.lower_ not in ACKNOWLEDGED and not after.text.lower().startswith("makes sense"):
        return None
    put: set[str] = set()
    options: set[str] = set()  # what a turn laying out options or a recommendation names
    for j in range(k - 1, max(-1, k - 1 - RESTATED_REACH), -1):
        prev = turns[j]
        if prev.speaker is not None and prev.side == "agency" and not prev.is_question():
            put |= _content_words(prev.doc[:])
            if {t.lower_ for t in prev.doc} & LAYING_OUT:
                options |= _content_words(prev.doc[:])
    people = speaker_words(turns)
    put -= people  # "Different Dev." names no option
    options -= people
    if not put:
        return None
    return _verdict(turns, k, put, options)


def _verdict(turns: list[Turn], k: int, put: set[str], options: set[str], yes: bool = False) -> str | None:
    """The client's short verbless sentence at turn ``k`` that names two of the things ``put``, or in three words or
    fewer one of the ``options`` laid out (unless a ratifying cue follows within two turns: "Yeah. Atrium." "Great,
    so drinks move to the atrium." … "Confirmed." is settled where ratified), with what follows it; with ``yes``, only
    one said after or with the client's own yes ("Oh, yes. Real customers.")."""
    ratified = any(turns[j].cues("AGREE") for j in range(k + 1, min(len(turns), k + 1 + RATIFIED_AFTER)))
    sents = list(turns[k].doc.sents)
    for n, sent in enumerate(sents):
        words = [t for t in sent if not t.is_punct]
        if sent.text.rstrip().endswith("?") or not 0 < len(words) <= RESTATED_WORDS:
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in words):
            continue
        if yes and not _affirmed(sents[: n + 1]):
            continue
        named = _content_words(sent)
        if len(named & put) >= 2 or (len(words) <= PICK_WORDS and named & options and not ratified):
            rest = [s.text.strip() for s in sents[n:] if not s.text.rstrip().endswith("?")]
            return " ".join(rest)
    return None


# words of an agency turn that puts its recommendation or options ("Our recommendation is …", "we'd suggest …")
RECOMMENDING = LAYING_OUT | {"suggest", "suggestion", "propose", "proposal"}
# the client's own yes said with the verdict ("Oh, yes. Real customers.", "No, Nell's right. Licensed library only.")
AFFIRMING = frozenset("yes yeah yep okay ok agreed absolutely definitely exactly".split())


def option_affirmed(turns: list[Turn], k: int) -> str | None:
    """What the agency has just put as its recommendation or options, named again by the client in a short sentence
    with no verb, with the client's own yes ("Our recommendation is real customers rather than actors." "Oh, yes.
    Real customers."; "…we'd suggest we stick to the licensed library." … "No, Nell's right. Licensed library
    only."), though the agency's next turn does not take it as said (``option_restated``): settled; so too the agency's
    answer to the client asking what to do ("So what do we do with the local paper?" "A short statement, with the
    photos." "Yeah. Short statement."). Not a turn that
    leaves it open ("I'm not sure", "let me think", a question), nor what the agency only reported ("We've booked a
    bigger stand." "Yes. A bigger stand.")."""
    turn = turns[k]
    if turn.speaker is None or turn.side != "client" or turn.is_question() or k == 0:
        return None
    if turns[k - 1].speaker in (None, turn.speaker) or turns[k - 1].side != "agency":
        return None  # "Let's do the skyline." "Yeah. Skyline.": a client seconding another's choice decides nothing
    if turn.cues("DEFER") or turn.cues("DECISION_HEDGE") or turn.text.rstrip().endswith("?"):
        return None
    put = set().union(
        *(
            _content_words(turns[j].doc[:])
            for j in range(max(0, k - RESTATED_REACH), k)
            if turns[j].speaker is not None
            and turns[j].side == "agency"
            and not turns[j].is_question()
            and ({t.lower_ for t in turns[j].doc} & RECOMMENDING or _asked_what_to_do(turns, j))
        )
    ) - speaker_words(turns)
    return _verdict(turns, k, put, put, yes=True) if put else None


# the client asking the agency what to do ("So what do we do with the local paper?", "What would you do instead?"):
# the answer is the agency's recommendation
WHAT_TO_DO = re.compile(
    r"\bwhat (?:do|should|would|shall|can) we do\b|\bwhat would you (?:do|suggest|recommend)\b"
    r"|\bwhat do you (?:suggest|recommend|propose)\b",
    re.IGNORECASE,
)


def _asked_what_to_do(turns: list[Turn], j: int) -> bool:
    """Agency turn ``j`` answers the client's question, just before it, of what to do."""
    asked = turns[j - 1] if j > 0 else None
    return (
        asked is not None
        and asked.speaker is not None
        and asked.side == "client"
        and any(s.text.rstrip().endswith("?") and WHAT_TO_DO.search(s.text) for s in asked.doc.sents)
    )


def _affirmed(sents: list[Span]) -> bool:
    """The sentences say yes: "Oh, yes.", "Okay.", "No, Nell's right.", "You're right." (not "That's not right.",
    "the right one")."""
    return any(t.lower_ in AFFIRMING or _said_right(t) for sent in sents for t in sent)


def _said_right(t: Token) -> bool:
    """ "… 's right." / "you're right" closing its sentence."""
    closes = t.i + 1 >= t.sent.end or t.doc[t.i + 1].is_punct
    return t.lower_ == "right" and t.i > t.sent.start and t.doc[t.i - 1].lower_ in ("'s", "is", "'re", "are") and closes


def _content_words(span: Span) -> set[str]:
    """The lower-cased lemmas of the nouns, names, numbers and adjectives of ``span``, stop words left out."""
    return {
        t.lemma_.lower()
        for t in span
        if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and not t.is_stop and len(t.text) > 1
    }


# The client's say over what goes ahead, set as a standing condition: nothing done, spent or released without the
# client, or not until something is signed. Each row: (regex, examples it matches, not-examples it must not).
SIGNOFF_ROWS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        r"\bwithout (?:(?:asking|checking with|telling|clearing it with|running it past) (?:me|us)"
        r"|(?:my|our|your) (?:sign-?off|approval|say-so|ok|okay))\b",
        ("Don't spend it without asking me.", "Nothing comes out of contingency without your sign-off."),
        ("We did it without asking them.", "It went out without any sign-off at all."),
    ),
    (  # a rule said of all of it: nothing, no X, never or don't, without the client seeing it
        r"\b(?:nothing|no|never|don't|do not)\b[^.?!]*\bwithout (?:me|us) "
        r"(?:seeing|reading|checking|approving|okaying|signing off on)\b",
        ("And no copy goes to any other paper without me seeing it first.", "Nothing gets posted without us checking."),
        ("The shop changed its prices without me seeing it.", "No, they went ahead without me knowing."),
    ),
    (
        r"\b(?:comes?|goes|go|runs?) (?:through|past|via) (?:me|us)\b(?! (?:on|about|for)\b)",
        ("And everything comes through me before it goes out.", "All of it goes past us first."),
        ("It comes to me on Friday.", "It goes through the system overnight."),
    ),
    (
        r"\bnot until (?:the |our |your |it'?s? |that'?s? )?[\w' -]{0,40}?\b"
        r"(?:(?:is|'s|are|been) )?(?:signed|approved|signed off|countersigned)\b",
        ("Not until the contract's signed, please.", "Not until the deal is signed off."),
        ("Not until next week.", "We're not until the second."),
    ),
)
SIGNOFF = [re.compile(row[0], re.I) for row in SIGNOFF_ROWS]
# an acknowledgement that takes the condition as set; not "Will do." (work taken on) nor "Fair enough." (a no taken)
SIGNOFF_TAKEN = re.compile(
    r"^(?:(?:no|yes|yeah|okay|ok|right)[,.!]?\s+)*(?:understood|agreed|noted|that's right)\b", re.I
)
# the condition given as a refusal or its reason ("Not until the data agreement is signed, I'm afraid.")
REFUSING = re.compile(r"\b(?:afraid|can't|cannot|won't|couldn't)\b", re.I)


def _sets_signoff(sent: Span) -> bool:
    text = sent.text
    return not text.rstrip().endswith("?") and any(p.search(text) for p in SIGNOFF)


def signoff_set(turns: list[Turn], k: int) -> str | None:
    """The client sets a standing condition of its own sign-off ("I want to keep that contingency. Don't spend it
    without asking me."; "And everything comes through me before it goes out."; "Not until the contract's signed,
    please.") and the agency's next turn takes it as set ("Understood. Nothing comes out of contingency without your
    sign-off."; "No, that's right. Agreed."): agreed, stated as the agency put it back when it did, else as the client
    said it. Not a question ("Can our legal see it before it's signed?"), nor a condition given as a refusal ("Not
    until the data agreement is signed, I'm afraid."), nor one the agency answers with work ("Will do.")."""
    turn = turns[k]
    if k == 0 or turn.speaker is None or turn.side != "agency":
        return None
    prev = turns[k - 1]
    if prev.speaker is None or prev.side != "client" or not SIGNOFF_TAKEN.search(turn.text.strip()):
        return None
    if REFUSING.search(prev.text):
        return None
    said = [s.text.strip() for s in prev.doc.sents if _sets_signoff(s)]
    if not said:
        return None
    back = [s.text.strip() for s in list(turn.doc.sents)[1:] if _sets_signoff(s)]
    return back[0] if back else _by_name(said[0], prev.speaker)


def _by_name(said: str, speaker: str) -> str:
    """The client's condition as the report states it, with whose sign-off it is named ("Nothing goes out without me
    seeing it first." said by Priti Anand: "… without Priti seeing it first.")."""
    return re.sub(r"\bme\b", speaker.split()[0], re.sub(r"\bus\b", "the client", said))


# A role put on someone of the client by name in the turn before ("I think Verity Cole should do it", "I'd rather Ellie
# Brennan did the interviews"): ``{name}`` is the full name of the one who answers, ``what`` the role. Each row:
# (regex, examples it matches with Priti Anand named, not-examples it must not).
ROLE_ROWS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        r"\b{name},? (?:really |honestly )?should (?P<what>(?:do|front|lead|host|present|chair|give|be)\b[^.?!;,—]*)",
        ("I think Priti Anand should do it, honestly.", "Priti Anand should front it, not the CEO."),
        ("Should Priti Anand do it?", "I think Priti Anand should have the data by Friday."),
    ),
    (
        r"\b(?:I'd|I would) (?:much )?(?:rather|prefer(?: it if)?) {name} (?P<what>(?:did|fronted|led|hosted|"
        r"presented|chaired|gave)\b[^.?!;,—]*)",
        ("Actually, I'd rather Priti Anand did the interviews.", "I'd prefer it if Priti Anand fronted it."),
        ("I'd rather Priti Anand sent it over.", "I'd rather you did it, Priti Anand."),
    ),
)
# the role said in the present, as the report states it ("did the interviews" -> "does the interviews")
ROLE_VERBS = {
    "did": "does", "do": "does", "fronted": "fronts", "front": "fronts", "led": "leads", "lead": "leads",
    "hosted": "hosts", "host": "hosts", "presented": "presents", "present": "presents", "chaired": "chairs",
    "chair": "chairs", "gave": "gives", "give": "gives", "be": "is",
}  # fmt: skip
# how a nominee takes the role on: "Go on then. I'll do it.", "Oh. Okay. Yes, happy to.", "Fine. Fine."
ROLE_TAKEN = re.compile(
    r"^(?:(?:oh|well|hmm|god|gosh)[,.!]*\s*)*(?:(?:okay|ok|yes|yeah|fine|sure|alright|go on(?:,? then)?|why not|"
    r"happy to|of course|i'll do it|i can do that|gladly)[,.!]*\s*)+",
    re.I,
)
# what turns the yes round straight after it ("Okay, no.", "Yes, not me though.")
ROLE_UNDONE = re.compile(r"^(?:no|not|actually|wait)\b", re.I)


def role_taken(turns: list[Turn], k: int) -> str | None:
    """Someone of the client put by name in the turn just before as the one to take a role ("I think Priti Anand should
    do it, honestly." "Go on then. I'll do it."; "Actually, I'd rather Priti Anand did the interviews." "Oh. Okay.
    Yes, happy to."), who takes it on: decided, stated with the name ("Priti Anand does the interviews."). Not work
    asked of them ("… should send the data over"), not the role put to someone else, nor a reply that asks or says
    no."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.side != "client" or turn.is_question() or turn.speaker is None:
        return None
    said = turn.text.strip()
    taken = ROLE_TAKEN.match(said)
    if turn.opening("DECLINE", 3) or taken is None or ROLE_UNDONE.match(said[taken.end() :]):
        return None
    name = re.escape(turn.speaker)
    for row in ROLE_ROWS:
        m = re.search(row[0].format(name=name), prev.text, re.I)
        if m is not None:
            verb, _, rest = m.group("what").strip().rstrip(",").partition(" ")
            return f"{turn.speaker} {ROLE_VERBS.get(verb.lower(), verb)} {rest}".rstrip() + "."
    return None


BACK_TO_VERBS = frozenset({"go", "switch", "change", "move", "revert"})  # "go back to", "switch back to", "revert to"


BACK_TO_ENDS = frozenset({"after", "then", "actually", "instead", "because", "as", "for"})


def _someone_goes(verb: Token) -> bool:
    """The verb has a subject other than "let's" or "we": someone going somewhere ("I'll go back to the studio
    tomorrow to check the lights.")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("'s", "us", "we") for c in verb.children)


def gone_back_to(turn: Turn) -> list[Span]:
    """What the turn says, flat, it goes back to: "Actually, let's go back to the studio.", "We'll switch back to
    matt.", "Let's revert to the first headline.", "Back to the studio, then.", "Studio after all.", "Let's do the
    studio after all."; not put as a question ("Can we go back to the studio?"), nor someone going there ("I'll go
    back to the studio tomorrow."), nor said with no thing after it ("Let's go back to it later.")."""
    found: list[Span] = []
    for sent in turn.doc.sents:
        if sent.text.rstrip().endswith("?"):
            continue
        for t in sent:
            thing: Token | None = None
            if t.lower_ == "to" and t.dep_ == "prep":
                head = t.head
                back = head.lower_ == "back" and (
                    head.head.lemma_ in BACK_TO_VERBS or head.dep_ == "ROOT" or head.head == head
                )
                back = back or (
                    head.lower_ == "back" and head.head.lower_ in ("then", "so")
                )  # "Back to the studio, then."
                verb = head.head if head.lower_ == "back" else head
                if (back or head.lemma_ == "revert") and not _someone_goes(verb):
                    thing = next((c for c in t.children if c.dep_ == "pobj"), None)
            elif t.lower_ == "all" and t.i > sent.start and t.nbor(-1).lower_ == "after":
                head = t.head
                if head.pos_ in ("NOUN", "PROPN", "NUM"):
                    thing = head  # "Studio after all."
                elif head.pos_ in ("VERB", "AUX"):
                    thing = next((c for c in head.children if c.dep_ in ("dobj", "attr")), None)
            if thing is None or thing.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            # the thing's words, up to what the sentence says after it ("Matt after all, then.", "the studio, the
            # forecast is bad")
            words = list(thing.subtree)
            end = next(
                (w.i for w in words if w.i > thing.i and (w.is_punct or w.lower_ in BACK_TO_ENDS)), words[-1].i + 1
            )
            found.append(sent.doc[words[0].i : min(end, sent.end)])
    return found


# verbs by which "let's" puts something into the work or takes its shape: "Let's put a QR code on the shelters.",
# "Let's add a map to the back page.", "Let's make the logo bigger on the van.", "Let's use the green on the cans."
CONTENT_VERBS = frozenset("put add include use show feature make print run lead open end swap change".split())
TAKEN_UP_CUES = frozenset({"dc_backing"})  # "Good idea.", "Sounds good.": said first, the course is taken up


def lets_content(turn: Turn) -> str:
    """The turn's sentence that puts, with "let's", what goes into the work ("Let's put a QR code on the shelters."): a
    content verb with a thing as its object and where it goes or what it becomes; not a question, nor the call's own
    course ("Let's put that on the agenda for next time." is the call's: its thing is only pointed at), nor put off
    ("Let's put a pin in that and come back to it.")."""
    deferred = {s.sent.start for s in turn.cues("DEFER")}
    for sent in turn.doc.sents:
        if sent.text.rstrip().endswith("?") or sent.start in deferred:
            continue
        words = [t for t in sent if not t.is_punct]
        lets = next(
            (
                i
                for i, t in enumerate(words[:4])
                if t.lower_ == "let" and words[i + 1 : i + 2] and words[i + 1].lower_ in ("'s", "us")
            ),
            None,
        )
        if lets is None or lets + 2 >= len(words):
            continue
        verb = words[lets + 2]
        if verb.lower_ == "just" and lets + 3 < len(words):
            verb = words[lets + 3]
        if verb.lemma_.lower() not in CONTENT_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in ("agenda", "list", "diary", "call", "pin"):
            continue
        where = [c for c in verb.children if c.dep_ in ("prep", "oprd", "ccomp", "xcomp", "advmod") and c.i > obj.i]
        where += [c for c in obj.children if c.dep_ in ("prep", "amod") and c.i > obj.i]
        if not where or any(t.lower_ in ("agenda", "diary", "minutes", "notes", "chat") for t in sent):
            continue
        return sent.text.strip()
    return ""


def content_taken_up(turns: list[Turn], k: int) -> str:
    """The client's "let's" that puts what goes into the work, taken up by the agency in the next turn ("Let's put a
    QR code on the shelters." "Good idea, I'll add it to the artwork."): a decision on the work, stated as put; "" when
    the next turn opens on anything else ("Hmm, I'm not sure there's room."), or the sides are not so."""
    if k < 1:
        return ""
    turn, prev = turns[k], turns[k - 1]
    if prev.side != "client" or turn.side != "agency" or turn.opening("DECLINE", 3):
        return ""
    first = next(iter(turn.doc.sents), None)
    if first is None:
        return ""
    taken = turn.opening("ACCEPT", 3) is not None or turn.opening("AGREE_ACCEPT", 3) is not None
    taken = taken or any(s.id_ in TAKEN_UP_CUES and s.start - first.start <= 2 for s in turn.cues("DECISION_CUE"))
    if not taken or any(t.lower_ in ("but", "though", "not") for t in first):
        return ""
    return lets_content(prev)


def content_decided(turns: list[Turn], k: int) -> str:
    """The client taking up what another speaker just put and saying, with "let's", what goes into the work ("What
    about the app? Shouldn't the shelters push people to the app?" "That's, yeah, good shout. Let's put a QR code on
    the shelters."): a decision, stated as the "let's" puts it; "" when the turn does not open by taking it up
    ("Hmm. Let's put a pin in that."), or the turn before put nothing (no proposal, no question)."""
    if k < 1:
        return ""
    turn, prev = turns[k], turns[k - 1]
    if turn.side != "client" or prev.speaker in (None, turn.speaker) or turn.opening("DECLINE", 3):
        return ""
    if not (prev.cues("PROPOSAL") or prev.is_question()):
        return ""
    if turn.opening("ACCEPT", 4) is None and turn.opening("AGREE_ACCEPT", 4) is None:
        return ""
    return lets_content(turn)


# what takes back what was just said before a course kept as it was: "Actually, forget that, …", "Scrap that, …"
TAKE_BACK = re.compile(
    r"\b(?:forget (?:that|it|about (?:that|it))|scrap (?:that|it)|actually,? no|no,? actually|on second thoughts?"
    r"|change of plan)\b",
    re.IGNORECASE,
)
AS_IT_WAS = frozenset({"it", "they"}), frozenset({"was", "is", "were", "are", "'s"})
KEEPING = frozenset({"keep", "leave", "stay"})


def kept_as_it_was(turn: Turn) -> str:
    """After taking back what was just said, a thing named kept as it was, stated ("Actually, forget that, we'll keep
    the date as it was." -> "We keep the date as it was.", "Forget that. The launch stays as it is." -> "The launch
    stays as it is."); "" for anything else, also when what is kept is not named ("we'll keep it as it was"), or
    nothing is taken back before it ("I'll keep the notes as they were.")."""
    for t in turn.doc:
        if t.lemma_.lower() not in KEEPING or t.pos_ not in ("VERB", "AUX"):
            continue
        rest = [w for w in turn.doc[t.i + 1 : t.sent.end]]
        at = next(
            (
                i
                for i, w in enumerate(rest[:-2])
                if w.lower_ == "as" and rest[i + 1].lower_ in AS_IT_WAS[0] and rest[i + 2].lower_ in AS_IT_WAS[1]
            ),
            None,
        )
        if at is None or not TAKE_BACK.search(turn.doc[: t.i].text):
            continue
        as_clause = turn.doc[rest[at].i : rest[at + 2].i + 1].text
        if t.lemma_.lower() == "stay":
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                continue
            thing = turn.doc[subj.left_edge.i : subj.i + 1].text
            return f"{thing[0].upper()}{thing[1:]} {t.text} {as_clause}."
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("we", "'s"):
            continue  # "I'll keep the notes as they were.": the speaker's own work
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i > rest[at].i:
            continue
        return f"We {t.lemma_.lower()} {turn.doc[obj.left_edge.i : obj.i + 1].text} {as_clause}."
    return ""


WHO_ASKED = re.compile(r"\bwho(?:'s| is| will| should| does)?\b[^?]*\?", re.IGNORECASE)
ROLE_REACH = 3  # turns back the question of who does it may have been put


def role_confirmed(turns: list[Turn], k: int) -> str:
    """Who does something asked a turn or three before ("Who signs it off? Normally it's our CEO, but she's
    away."), someone on the call put forward since ("Then it should be me."), and turn ``k`` saying yes and, flat, that
    the one put forward does it ("Yes, that's right. Robert signs off everything today."): that sentence, the role
    settled; "" otherwise (not a yes to something else, nor a sentence about someone nobody put forward)."""
    turn = turns[k]
    if turn.opening("ACCEPT", 3) is None or turn.speaker is None:
        return ""
    asked = next((j for j in range(k - 1, max(-1, k - 1 - ROLE_REACH), -1) if WHO_ASKED.search(turns[j].text)), None)
    if asked is None or any(
        s.text.rstrip().endswith("?") and s.root.tag_ in ("VBD", "VBN") for s in turns[asked].doc.sents
    ):
        return ""  # "Who sent the invoice?": a fact asked, no role to settle
    between = turns[asked + 1 : k]
    for sent in turn.doc.sents:
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or not _thing_does(sent, subj):
            continue
        name = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}
        put = any(
            (t.speaker and name & set(t.speaker.lower().split()) and any(w.lower_ in ("me", "i") for w in t.doc))
            or name & {w.lower_ for w in t.doc}
            for t in between
        )
        if put:
            return sent.text.strip()
    return ""
