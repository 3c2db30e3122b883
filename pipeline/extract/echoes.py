"""Terms settled by saying them back (read by ``agreements.AgreementTracker``).

Another speaker puts a date, figure or term ("So the new contract starts on the first of June.", "And payment terms
stay at thirty days?", "If you can do it by the tenth, we'll sign.") and the reply says it back and takes it
("First of June, yes.", "Thirty days is fine.", "Tenth it is.", "Two-eighty, fine.", "Half ten, then."). Not a
time or deadline for some work (the turn that put it asked for the work, took it on or answered when it is due:
"Could we see it by Wednesday?" "Wednesday's fine."), nor a fact read back as a question ("Tuesday?").

The reply forms are data: ``ECHO_ROWS``, each with sentences it must and must not match
(``tests/test_extract_echoes.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extract.date_words import DAY_NAMES, DIG_ORD, ORD
from pipeline.extract.deadlines import moves_to_new_topic
from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn

TAKEN = r"(?:yes|yeah|yep|fine|agreed|deal|done|then|okay|ok|good|sold|great|perfect)"
# each row's pattern matches the reply's first sentence, its group ``term`` the words said back
ECHO_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "said_back_yes",  # the term, then a word that takes it ("then" often said without the comma)
        re.compile(rf"^(?P<term>[^.!?,;]+?)(?:,\s*|[.!]\s+|\s+(?=then\b)){TAKEN}(?:,\s*{TAKEN})*[.!]?$", re.IGNORECASE),
        (
            "First of June, yes.",
            "Two-eighty, fine.",
            "Half ten, then.",
            "Fifty-fifty. Agreed.",
            "Ten grand, done.",
            "The 22nd then.",
        ),
        (
            "Fine, two-eighty.",
            "Tuesday. Mine's Tuesday.",
            "Two-eighty, is it?",
            "First of June, I think, yes.",
            "The 22nd then?",
            "The 22nd and then the 29th.",
        ),
    ),
    PatternRow(
        "said_back_fine",  # the term is fine by us
        re.compile(
            r"^(?P<term>[^.!?,;]+?)(?:'s|\s+is|\s+are)\s+(?:fine|good|okay|ok|agreed|perfect|acceptable)"
            r"(?:\s+(?:by|with|for)\s+(?:us|me))?[.!]?$",
            re.IGNORECASE,
        ),
        ("Thirty days is fine.", "Twelve pages at fourteen thousand is fine.", "Forty-five's fine by us."),
        ("Thirty days is fine?", "Thirty days is fine if the board agrees.", "Thirty days is not fine."),
    ),
    PatternRow(
        "taken_said_back",  # a word that takes it, then the term
        re.compile(r"^(?:done|deal|agreed|fine|sold)(?:,\s*|[.!]\s+)(?P<term>[^.!?,;]+?)[.!]?$", re.IGNORECASE),
        ("Done. The tenth.", "Deal, ninety.", "Agreed. Sixty-forty."),
        ("Fine. The tenth?", "Yes, the tenth.", "Done. The tenth, I think, at the latest."),
    ),
    PatternRow(
        "taken_then",  # a word that takes it, then the term and "then"
        re.compile(
            r"^(?:okay|ok|fine|right|alright)(?:,\s*|\s+)(?!(?:so|what|and|but)\b)(?P<term>[^\s.!?,;][^.!?,;]*?),?\s+then[.!]?$",
            re.IGNORECASE,
        ),
        ("Okay, six to start with then.", "Fine, ninety then.", "Right, the tenth, then."),
        ("Okay, six then?", "Okay then.", "Okay, so what then."),
    ),
    PatternRow(
        "said_back_works",  # the term works, or "X it is"
        re.compile(r"^(?P<term>[^.!?,;]+?)\s+(?:works|suits us|it is)(?:\s+for\s+(?:us|me|everyone))?[.!]?$", re.I),
        ("Tenth it is.", "The fifteenth works for us.", "Sixty-forty suits us."),
        ("Tenth it is?", "Tenth it is, I think, but check.", "Tenth works, I think."),
    ),
)
TERM_WORDS = 6  # words: a term said back is short ("Twelve pages at fourteen thousand")
MONTHS = frozenset("january february march april may june july august september october november december".split())
# words that make a term a time: a day, an hour or a span ("Two o'clock", "half ten", "thirty days")
CLOCK = frozenset("o'clock half quarter am pm morning afternoon evening noon midday today tomorrow".split())
SPANS = frozenset("day days week weeks month months".split())


def _figure(t: Token) -> bool:
    """A word that carries a term: a number, an ordinal, a month or a day."""
    w = t.lower_
    return t.like_num or w in ORD or re.fullmatch(DIG_ORD, w) is not None or w in MONTHS or w in DAY_NAMES


def _when(t: Token) -> bool:
    """A word that makes a term a time: a day or month by name, an ordinal, an hour or a span."""
    w = t.lower_
    return w in DAY_NAMES or w in MONTHS or w in ORD or re.fullmatch(DIG_ORD, w) is not None or w in CLOCK | SPANS


def _figures(span: Span | Turn) -> set[str]:
    doc = span.doc if isinstance(span, Turn) else span
    return {t.lower_ for t in doc if _figure(t)} | {p for t in doc if _figure(t) for p in t.lower_.split("-")}


def said_back(turn: Turn) -> Span | None:
    """The opening of ``turn`` that says a term back and takes it, by the first of ``ECHO_ROWS`` that matches its
    first sentence, or its first two when the first is the term alone ("The tenth. Fine."); None when none does or
    the term is not a short phrase with a figure in it."""
    sents = list(turn.doc.sents)
    for said in [*sents[:1], *([turn.doc[sents[0].start : sents[1].end]] if len(sents) > 1 else [])]:
        text = " ".join(said.text.split())
        for row in ECHO_ROWS:
            m = row.pattern.match(text)
            if m is None or len(m.group("term").split()) > TERM_WORDS:
                continue
            term = {w.lower() for w in re.findall(r"[\w']+", m.group("term"))}  # "two-eighty": "two", "eighty"
            if any(_figure(t) and t.lower_ in term for t in said):
                return said
    return None


def term_said(turn: Turn) -> str:
    """The words ``turn`` says back as the term it takes ("One-eighty" of "One-eighty is fine."), "" when none."""
    said = said_back(turn)
    text = " ".join(said.text.split()) if said is not None else ""
    m = next((m for row in ECHO_ROWS if (m := row.pattern.match(text))), None)
    return m.group("term").strip() if m else ""


def term_echoed(turns: list[Turn], k: int, committed: Callable[[int], bool]) -> str:
    """The sentence in which another speaker just put the term that turn ``k`` says back and takes, as the
    agreement states it ("" when the turn is no such reply)."""
    turn = turns[k]
    first = said_back(turn) if turn.speaker is not None else None
    if first is None:
        return ""
    echoed = {t.lower_ for t in first if _figure(t)}
    j = next((i for i in (k - 1, k - 2) if i >= 0 and turns[i].speaker not in (None, turn.speaker)), None)
    if j is None or any(turns[i].speaker == turn.speaker for i in range(j + 1, k)):
        return ""
    put = turns[j]
    # the sentence that puts it, where another only mentions it first ("And five's lovely. Owen, happy with five?")
    naming = [s for s in put.doc.sents if echoed & _figures(s)]
    sent = next((s for s in naming if _puts(put, s)), naming[0] if naming else None)
    if sent is None or not echoed <= _figures(put) or _answers_when(turns, j) or _worked_out(sent):
        return ""
    # a time: when something starts, moves or stays, or the condition of an offer; never the day of a session or
    # of some work ("Could we do Thursday the twenty-second?", "I'll send them over Monday week.")
    timed = any(_when(t) for t in first)
    # a figure: not for some work asked for or taken on, but a price or term "we" are asked to agree ("Can we do
    # the lot for two-eighty?")
    jointly = not timed and (_jointly(put, sent) or _sum_offered(sent, echoed))
    # a counter ("Can you do one-eighty?") is asked, but of a sum, not of work; never a time for work taken on
    # ("I'll rewrite the replies. Still by two?" "Make it four." "Four. Okay.")
    countered = not timed and _counter_put(sent, echoed)
    # the turn before the one that puts it, unless that one opens a point of its own ("And the embargo, are we still
    # going with the ninth?" after "Sure, I'll do both versions.")
    # going, nor when the sentence asks what happens then ("…our web team will build it." "And launch is still June
    # 1st?": the date of the launch, not of that work)
    own = moves_to_new_topic(put) or (timed and _happens_then(sent) and sent.text.rstrip().endswith("?"))
    around = range(j, j + 1) if own else range(max(0, j - 1), j + 1)
    # "And how long? I'd say ninety seconds max." "Ninety seconds. Yes.": the speaker asks and puts the answer, a
    # measure (not a time), after the question: the question is the one the term answers, not a time asked for work
    answered = not timed and _answers_own_when(put, sent)

    def asks_when(i: int) -> bool:
        return bool(turns[i].cues("WHEN")) and not event_asked(turns, j) and not (i == j and answered)

    if not jointly and any(
        committed(i) or (not countered and (turns[i].cues("REQUEST") or asks_when(i))) for i in around
    ):
        return ""
    happens = _happens_then(sent) or event_asked(turns, j)  # "When do we go live?" … "We were thinking the 21st."
    if not (jointly or countered or (happens if timed else _puts(put, sent))):
        return ""
    return sent.text.strip()


def _answers_own_when(put: Turn, sent: Span) -> bool:
    """Every question of when or how long in ``put`` comes in a sentence before ``sent``, which puts the answer as
    the speaker's proposal ("And how long? I'd say ninety seconds max.")."""
    whens = put.cues("WHEN")
    return bool(whens) and not sent.text.rstrip().endswith("?") and all(w.end <= sent.start for w in whens)


def sum_said_back(turns: list[Turn], k: int) -> bool:
    """Turn ``k`` says back and takes a sum the other speaker just offered ("I'll give you fifteen hundred. Not two."
    "Fifteen hundred works."): a counter-offer taken, terms settled even where no amount is tagged as money."""
    echoed = _figures_said_back(turns, k)
    return echoed is not None and any(
        _sum_offered(s, echoed) or _counter_put(s, echoed) for s in turns[k - 1].doc.sents
    )


def _figures_said_back(turns: list[Turn], k: int) -> set[str] | None:
    """The figures turn ``k`` opens by saying back to the other speaker's turn just before; None when it says none
    back (or follows its own speaker)."""
    first = said_back(turns[k]) if k > 0 and turns[k].speaker not in (None, turns[k - 1].speaker) else None
    return {t.lower_ for t in first if _figure(t)} if first is not None else None


def counter_taken(turns: list[Turn], k: int) -> str:
    """Turn ``k`` says back and takes the sum the other speaker just put back as a counter ("Make it thirty-five."
    "Thirty-five, okay."): the agreement as the client could sign it ("Thirty-five agreed."), "" when it is not."""
    echoed = _figures_said_back(turns, k)
    if echoed is None or not any(_counter_put(s, echoed) for s in turns[k - 1].doc.sents):
        return ""
    term = term_said(turns[k])
    return f"{term[0].upper()}{term[1:]} agreed." if term else ""


# a sum worked out, not put: "Our estimate comes to eighty-eight.", "Both of those gets you to, what, eighty-three?"
WORKED_OUT = re.compile(
    r"\b(?:comes?|came|coming) (?:out )?to\b|\badds? up to\b|\bworks? out at\b|\btotals?\b"
    r"|\bgets? (?:you|us|it|me) (?:down |up )?to\b",
    re.IGNORECASE,
)


def _worked_out(sent: Span) -> bool:
    """The sentence says what a sum comes to ("The estimate comes to eighty-eight nine.", "So both gets you to,
    what, eighty-three?"): a figure worked out, which saying back checks and does not take; not a sum put with a
    modal ("That'd get us to about eighty-five.", a counter-offer)."""
    return bool(WORKED_OUT.search(sent.text)) and not any(t.tag_ == "MD" for t in sent)


def _jointly(turn: Turn, sent: Span) -> bool:
    """The sentence proposes what "we" do ("Can we do the lot for two-eighty?", "We could go to thirty days.")."""
    return any(sent.start <= c.start < sent.end and c[-1].lower_ == "we" for c in turn.cues("PROPOSAL"))


# verbs by which one side offers the other a sum: "I'll give you fifteen hundred", "we can offer forty", "I can stretch
# to four eighty", "we'd pay sixty"
OFFERING = frozenset("give offer pay stretch".split())
# words a sum is counted in ("fifteen hundred quid", "forty grand", "ten percent")
SUM_WORDS = frozenset("hundred thousand grand k pounds quid dollars euros percent per cent million mil".split())


def _sum_offered(sent: Span, echoed: set[str]) -> bool:
    """ "I'll give you fifteen hundred. Not two.": the speaker offers a sum the reply says back ("Fifteen hundred
    works."), a counter-offer and not work taken on; not "I'll give you two versions" (a number of things) nor "I'll
    give you the deck by Friday"."""
    for t in sent:
        if t.lower_ not in echoed or not t.like_num:
            continue
        head = t.head
        if t.dep_ == "nummod" and head.lower_ not in SUM_WORDS:
            continue  # "two versions"
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = {c.lower_ for c in verb.children if c.dep_ == "nsubj"} if verb is not None else set()
        if verb is not None and verb.lemma_.lower() in OFFERING and subj & {"i", "we"}:
            return True
    return False


# how one side puts a figure back to the other as a counter: "Make it thirty-five.", "Can you do one-eighty?",
# "Could you do it for forty grand?", "How about two-eighty?", "Meet us at ninety?"
COUNTER = re.compile(
    r"^(?:(?:okay|ok|so|then|well|look|right|hmm),?\s+)*"
    r"(?:make it|call it|how about|what about|meet (?:me|us) at|let's say|shall we say"
    r"|(?:can|could|would|will) you (?:do it for|do|make it|come down to|go to|stretch to|meet (?:me|us) at))\s",
    re.IGNORECASE,
)


def _counter_put(sent: Span, echoed: set[str]) -> bool:
    """ "Make it thirty-five." "Thirty-five, okay.": the sentence puts back a sum as a counter, which the reply says
    back and takes; not a number of things ("Can you do two versions?")."""
    if not COUNTER.match(sent.text.strip()):
        return False
    return any(
        t.lower_ in echoed and t.like_num and not (t.dep_ == "nummod" and t.head.lower_ not in SUM_WORDS) for t in sent
    )


def _puts(turn: Turn, sent: Span) -> bool:
    """ "We could do the whole package for two-eighty.", "So, seventy-thirty?": the sentence puts the term, as a
    proposal, an offer or a question; not a fact said ("Fifty now. Sales added some.")."""
    proposed = any(sent.start <= c.start < sent.end for c in turn.cues("PROPOSAL"))
    return proposed or sent.text.rstrip().endswith("?") or any(t.tag_ == "MD" for t in sent) or _happens_then(sent)


def _answers_when(turns: list[Turn], j: int) -> bool:
    """Turn ``j`` answers "when?" or "by when?" asked the turn before, of some work (not of the project's own
    launch, ``event_asked``)."""
    asked = j > 0 and bool(re.search(r"\bwhen\b[^.!?]*\?", turns[j - 1].text, re.IGNORECASE))
    return asked and not event_asked(turns, j)


# "when" asked of the start or launch of the work itself, not of some work done for it: "When are we thinking for
# phase two going live?", "When do we launch?", "When's the kick-off?"; not "When can you send it?", "When can you
# start?" (a person's work), "When's the next call?" (a session)
EVENT_ASKED = re.compile(
    r"\bwhen(?:'s|\s+is)?\b[^.!?]*?\b(?P<event>go(?:es|ing)?\s+live|go-live|launch(?:es|ing)?|kick(?:s|ing)?\s+off|"
    r"kick-?off|live\s+date|launch\s+date)\b[^.!?]*\?",
    re.IGNORECASE,
)
# the launch or start put with a date, which a later date moves ("We could launch on the 15th." "That's too early.
# What about the week after?" "The 22nd works for us." "The 22nd then.")
EVENT_PUT = re.compile(
    r"\b(?P<event>launch(?:es|ing)?|go(?:es|ing)?\s+live|kick(?:s|ing)?\s+off)\s+(?:on|from)\s+", re.IGNORECASE
)
EVENT_REACH = 3  # turns back from the one that puts the date to the question of when, or to the launch first dated


def _event_question(turns: list[Turn], j: int) -> re.Match[str] | None:
    """The question of when the work itself starts or launches, asked in the turns just before ``j`` by another
    speaker than the one at ``j``, or its launch put with a date by anyone in those turns."""
    for i in range(j - 1, max(-1, j - 1 - EVENT_REACH), -1):
        if turns[i].dues and (m := EVENT_PUT.search(turns[i].text)):
            return m
        if turns[i].speaker == turns[j].speaker:
            continue
        if m := EVENT_ASKED.search(turns[i].text):
            return m
    return None


def event_asked(turns: list[Turn], j: int) -> bool:
    """Turn ``j`` answers a question of when the work itself starts or launches ("When are we thinking for phase two
    going live?" … "We were thinking Monday the twenty-first."): the date it puts is when something happens, a term
    the other side can take, not the time of some work."""
    return j > 0 and _event_question(turns, j) is not None


def event_dated(turns: list[Turn], j: int, k: int) -> str:
    """The launch or start asked about before turn ``j`` and the date turn ``k`` takes, stated ("We go live on the
    twenty-first."); "" when no such question was asked or turn ``k`` names no date."""
    m = _event_question(turns, j) if j > 0 else None
    if m is None or not turns[k].dues:
        return ""
    head = m.group("event").lower()
    said = "We launch" if head.startswith("launch") else "We kick off" if head.startswith("kick") else "We go live"
    taken = turns[k].dues[0]
    # the date as it was put, where the reply only says part of it back ("Monday the twenty-first of September")
    day = next((d.text for d in turns[j].dues if d.due is not None and d.due == taken.due), taken.text).strip()
    day = day[:1].lower() + day[1:] if day.lower().startswith("the ") else day
    on = "" if re.match(r"(?i)(?:on|by|in|from)\b", day) else "on "
    return f"{said} {on}{day}."


# what a date settles when it is not the time of some work or a session: when something starts, moves or runs
HAPPENS = frozenset("start begin run launch open close end finish move stay go shift land kick".split())
PERSONS = frozenset("i you we me us".split())


def _happens_then(sent: Span) -> bool:
    """ "So the new contract starts on the first of June.", "Payment terms stay at thirty days?": a date or span put
    for what happens to something, not for what a person does ("I can send them over Monday week", "can I have till
    Thursday?", "Are we saying the 24th?", "make it Monday") nor a fact read out ("Early access is June tenth"); or
    the condition of an offer ("If you can get it live by the tenth, we'll sign today.")."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    happens = subj is not None and (subj.lemma_ in HAPPENS or (root.lemma_ in HAPPENS and subj.lower_ not in PERSONS))
    return happens or _offered_if(sent) or _start_wished(sent)


WISHING = frozenset({"like", "want", "plan", "hope", "aim"})
STARTING = frozenset({"start", "begin", "launch", "kick"})


def _start_wished(sent: Span) -> bool:
    """ "We'd like to start on January 4th.", "We want to launch on the 2nd.": when "we" would like the work together
    to start, said with nothing started but the date ("We'd like to start the copy on Monday." starts some work, the
    time of that work)."""
    root = sent.root
    if root.lemma_ not in WISHING or not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in root.children):
        return False
    verb = next((c for c in root.children if c.dep_ == "xcomp" and c.lemma_ in STARTING), None)
    if verb is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return bool(preps) and all(any(_when(t) for t in p.subtree) for p in preps)


def _offered_if(sent: Span) -> bool:
    """ "If you can get it live by the tenth, we'll sign today.", "If you commit to twelve months, we can do ninety.":
    the date or span is the condition of what one side offers in return."""
    root = sent.root
    offered = any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
    return offered and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children) for c in root.children
    )
