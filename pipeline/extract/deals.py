"""A deal offered on terms and taken (read by ``agreements.AgreementTracker``): one side names its terms and closes
with the deal ("Eighty-five and you have a deal.", "Make it twelve pages at fourteen and you've got a deal.", "Throw
in the cutdowns and it's a deal.") and the other takes it ("Deal.", "Done.", "Okay, you've got a deal."). The terms
are settled at the reply, stated as terms ("Eighty-five agreed.", "Twelve pages at fourteen agreed.").

The offer alone settles nothing: the other side may still check ("Let me run that past finance."), so the offer's own
"deal" is no acceptance (``offers_deal``). Not a deal offered: "You've got a deal." on its own (a reply), "It's no big
deal.", a deal asked about ("Eighty-five and we have a deal?").

A counter-offer made on a condition ("We can do forty if we drop the second weekend.", "If you sign for a year, I
can go to fifty-five.") is a deal offered the same way: taken at once by the other side (a whole reply of "Deal.",
"Done.") it is settled as the sum on that condition ("Forty agreed, on condition that we drop the second weekend.");
taken by saying the sum back ("Fine, forty and one weekend.") it is settled as said back ("Forty and one weekend
agreed."). A condition that names no sum ("We can do the shoot on Friday if the weather holds.") offers no terms.

The forms are data: ``DEAL_ROWS`` and ``IF_ROWS`` (rows with sentences each must and must not match, checked by
``tests/test_agr40_s36.py`` and ``tests/test_agr42_s37.py``), and ``ASKED_ROWS``: a counter asked ("Can we do four?",
"Four, and six in Glasgow?") and taken ("Deal.", "Four is fine."), and ``DEALT_ROWS``: the "Deal." or "Agreed." that
takes a course the other side set on a condition ("If I haven't got it by Friday, go without the quote." "Okay,
deal."), settled as set (``condition_dealt``; checked by ``tests/test_agr_s54.py``).
"""

from __future__ import annotations

import re

from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn, answered_by

CLOSES = r"(?:you(?:'ve|\s+have)?\s+got|you\s+have|it's|it\s+is|that's|we(?:'ve|\s+have)?\s+got|we\s+have)"
DEAL_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "OFFER",  # the terms, then the deal they close: group ``terms``
        re.compile(
            rf"(?:^|(?<=[.!]\s))(?P<terms>[^.!?]*?\w[^.!?]*?),?\s+and\s+{CLOSES}\s+(?:a|yourselves\s+a)\s+deal\b"
            r"(?![^.!?]*\?)",
            re.IGNORECASE,
        ),
        (
            "Eighty-five and you have a deal.",
            "Make it twelve pages at fourteen and you've got a deal.",
            "Fine. Throw in the cutdowns and it's a deal.",
            "Come down to sixty, and we have a deal.",
        ),
        ("You've got a deal.", "It's no big deal.", "Eighty-five and we have a deal?", "Deal. Eighty-five."),
    ),
    PatternRow(
        "TAKEN",  # the reply's first sentence takes it
        re.compile(
            r"^(?:(?:okay|ok|fine|right|alright|all\s+right|yes|yeah|yep|great|then)[,.!]?\s+)*"
            r"(?:deal|done|agreed|it's\s+a\s+deal|you(?:'ve|\s+have)?\s+got\s+(?:yourself\s+)?a\s+deal"
            r"|we\s+can\s+(?:do|live\s+with)\s+that)[.!]*$",
            re.IGNORECASE,
        ),
        ("Deal.", "Okay, done.", "Yeah, you've got a deal.", "Fine. Deal!", "We can do that."),
        ("Deal?", "Deal, if finance agree.", "Let me run that past finance.", "Not a bad deal."),
    ),
)
OFFER, TAKEN = (row.pattern for row in DEAL_ROWS)
# how a counter opens, left out of the terms stated: "Make it twelve pages at fourteen" -> "Twelve pages at fourteen"
COUNTER_OPENING = re.compile(
    r"^(?:(?:okay|ok|so|then|well|look|right|fine)[,.]?\s+)*"
    r"(?:make\s+it|call\s+it|come\s+down\s+to|go\s+to|meet\s+(?:me|us)\s+at|do\s+it\s+for|bring\s+it\s+(?:down\s+)?to)?"
    r"\s*",
    re.IGNORECASE,
)
FIGURES = (
    r"(?:\d[\d,.]*k?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|half)"
)
FIGURE_WORDS = frozenset(FIGURES[3:-1].split("|"))
FIGURE_WORD = re.compile(rf"\b{FIGURES}\b", re.IGNORECASE)
# what a side can do for a sum: "we can do forty", "I could go to fifty-five", "we can do it for thirty"
CAN_DO = (
    r"(?:we|i)\s+(?:can|could)\s+(?:do\s+it\s+for|do|go\s+(?:up\s+)?to|stretch\s+to|come\s+down\s+to|manage"
    r"|hold\s+it\s+at|meet\s+you\s+at)"
)
SUM_TERMS = rf"(?P<terms>[^.!?]*?\b{FIGURES}\b[^.!?]*?)"  # terms that name a sum
IF_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "IF_AFTER",  # the sum, then its condition: groups ``terms`` and ``condition``
        re.compile(
            rf"\b{CAN_DO}\s+{SUM_TERMS},?\s+(?:but\s+only\s+)?if\s+(?P<condition>[^.!?]+?)(?=[.!]|$)", re.IGNORECASE
        ),
        (
            "We can do forty if we drop the second weekend.",
            "Look, I could go to fifty-five if you sign for a year.",
            "We can do it for thirty, but only if we lose the drone.",
        ),
        (
            "We can do forty if we drop the second weekend?",
            "We can do the shoot on Friday if the weather holds.",
            "Can we do forty if we drop the second weekend?",
        ),
    ),
    PatternRow(
        "IF_BEFORE",  # the condition, then the sum
        re.compile(
            rf"(?:^|(?<=[.!]\s))if\s+(?P<condition>[^.!?,]+),\s*(?:then\s+)?(?:yes,?\s+)?{CAN_DO}\s+{SUM_TERMS}"
            r"(?=[.!]|$)",
            re.IGNORECASE,
        ),
        ("If you sign for a year, we can do fifty-five.", "Okay. If we drop the drone, then we could do thirty."),
        ("If you sign for a year, can we do fifty-five?", "If it rains, we can do the shoot on Friday."),
    ),
    PatternRow(
        "SAID_BACK",  # the reply takes it by saying the sum back: group ``terms``
        re.compile(
            r"^(?:(?:okay|ok|fine|right|alright|all\s+right|yes|yeah|yep|great|then|done|deal|agreed)[,.!]?\s+)+"
            rf"{SUM_TERMS}(?:,?\s+then)?(?:[.!]|$)",
            re.IGNORECASE,
        ),
        ("Fine, forty and one weekend.", "Okay. Thirty, no drone, then.", "Done. Fifty-five for the year."),
        ("Forty and one weekend?", "Fine, forty and one weekend?", "Forty is a long way from fifty."),
    ),
)
IF_AFTER, IF_BEFORE, SAID_BACK = (row.pattern for row in IF_ROWS)
ASKED_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "ASKED",  # a counter put as a question, the last sentence of its turn: groups ``opener`` and ``terms``
        re.compile(
            r"^(?:(?:so|okay|ok|then|well|and|right|hmm|maybe|perhaps|say)[,.]?\s+)*"
            r"(?P<opener>(?:how|what)\s+about|(?:could|can)\s+we\s+(?:do|say|make\s+it|go\s+(?:with|to|for))"
            r"|would\s+you\s+(?:do|take|accept|go\s+to))?\s*"
            rf"{SUM_TERMS}(?:,?\s+(?:then|instead))?\?$",
            re.IGNORECASE,
        ),
        (
            "Can we do four?",
            "Four, and six in Glasgow?",
            "How about twelve for the pair?",
            "Maybe twenty percent bigger?",
        ),
        ("Can we do four.", "How about the green route?", "Did you get the samples?"),
    ),
    PatternRow(
        "FINE_BACK",  # the reply says the sum back as fine: group ``terms``
        re.compile(
            r"^(?:(?:okay|ok|yes|yeah|yep|right|fine|then)[,.!]?\s+)*"
            rf"{SUM_TERMS}(?:(?:\s+(?:is|are|sounds)|'s)\s+(?:fine|good|okay|ok|great|doable|workable|right)|\s+works)"
            r"(?:\s+(?:for|with|by)\s+(?:us|me))?[.!]*$",
            re.IGNORECASE,
        ),
        (
            "Four is fine.",
            "Yes, four's fine by us.",
            "Okay. Twelve for the pair works for me.",
            "Twenty percent sounds right.",
        ),
        ("Four is fine?", "Four is a stretch.", "Twelve is fine but we need it by Friday."),
    ),
)
ASKED, FINE_BACK = (row.pattern for row in ASKED_ROWS)
ASKED_WORDS = 8  # a counter asked is short: "Four, and six in Glasgow?"
WHEN_PUT = re.compile(r"\b(?:by|before|until|till|o'clock|[ap]\.?m\.?|half past|noon|midday)\b", re.IGNORECASE)


def offers_deal(text: str, at: int) -> bool:
    """The sentence around character ``at`` of ``text`` closes terms with a deal still to be taken ("Eighty-five and
    you have a deal.")."""
    return any(m.start() <= at <= m.end() for m in OFFER.finditer(text))


def deal_terms(text: str) -> str:
    """The terms a turn offers a deal on, stated ("Eighty-five agreed.", "Deal agreed: throw in the cutdowns."), ""
    when it offers none."""
    m = next(OFFER.finditer(text), None)
    if m is None:
        return ""
    terms = m.group("terms").strip()
    rest = terms[COUNTER_OPENING.match(terms).end() :].strip()  # type: ignore[union-attr]
    if FIGURE_WORD.match(rest):
        return f"{rest[0].upper()}{rest[1:]} agreed."
    return f"Deal agreed: {terms[0].lower()}{terms[1:]}."


def deal_taken(turns: list[Turn], k: int) -> str:
    """The terms turn ``k`` takes when the other speaker's turn just before offered a deal on them and ``k`` opens by
    taking it ("Deal."), stated as terms; "" otherwise."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn):
        return ""
    first = next(iter(turn.doc.sents), None)
    if first is None or not TAKEN.match(" ".join(first.text.split())):
        return ""
    return deal_terms(" ".join(prev.text.split()))


def counter_asked(turns: list[Turn], k: int) -> str:
    """The terms turn ``k`` settles when the other speaker's turn just before ended by asking a counter ("Can we do
    four?", "Four, and six in Glasgow?") and ``k`` takes it ("Deal.", "We can do that.") or says it back as fine
    ("Four is fine."): "Four, and six in Glasgow agreed."; "" otherwise. Without an opener the question has no verb
    ("Is four enough?" asks, it puts nothing)."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn):
        return ""
    last = list(prev.doc.sents)[-1] if len(prev.doc) else None
    m = ASKED.match(" ".join(last.text.split())) if last is not None else None
    if last is None or m is None or len(m.group("terms").split()) > ASKED_WORDS:
        return ""
    if not m.group("opener") and any(t.pos_ in ("VERB", "AUX") for t in last):
        return ""
    if WHEN_PUT.search(m.group("terms")) or any(last.start_char <= d.start_char < last.end_char for d in prev.dues):
        return ""  # "By, what, three o'clock?" "Three's fine.": when, the work's day, not terms
    first = next(iter(turn.doc.sents), None)
    reply = " ".join(first.text.split()) if first is not None else ""
    back = FINE_BACK.match(reply)
    terms = m.group("terms").strip(" ,")
    if TAKEN.match(reply) or (back is not None and _figures(back.group("terms")) & _figures(terms)):
        return f"{terms[0].upper()}{terms[1:]} agreed."
    return ""


def _conditional_offer(text: str) -> tuple[str, str] | None:
    """The sum and the condition of a counter-offer made on a condition ("We can do forty if we drop the second
    weekend." -> ("forty", "we drop the second weekend")), None when the text makes none."""
    m = IF_AFTER.search(text) or IF_BEFORE.search(text)
    if m is None:
        return None
    return m.group("terms").strip(" ,"), m.group("condition").strip(" ,")


def _figures(text: str) -> set[str]:
    return {w.lower() for w in FIGURE_WORD.findall(text)}


NOT_CONTENT = frozenset("your yours ours their theirs them that this these those then with from just only".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in NOT_CONTENT}


def _said_condition(turn: Turn, said: str, condition: str) -> bool:
    """``said`` (a reply's words after its opener) names the offer's condition again, with no verb of its own ("one
    day in your studio" for "we shoot everything in one day in our studio")."""
    if not _content_words(said) & _content_words(condition) - FIGURE_WORDS:
        return False
    first = re.search(rf"\b{re.escape(said.split()[0])}\b", turn.text) if said.split() else None
    end = len(turn.text.rstrip(" .!"))
    span = turn.doc.char_span(first.start(), end, alignment_mode="expand") if first is not None else None
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


LETS_SAID = re.compile(r"(?:let['’]s|let us|we(?:'ll| will))\s+\w+", re.IGNORECASE)  # the terms taken as a course


def conditional_taken(turns: list[Turn], k: int) -> str:
    """The terms turn ``k`` settles when the other speaker's turn just before made a counter-offer on a condition and
    ``k`` takes it, at once ("Deal." -> "Forty agreed, on condition that we drop the second weekend.") or by saying
    the sum back ("Fine, forty and one weekend." -> "Forty and one weekend agreed."); "" otherwise."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn):
        return ""
    offer = _conditional_offer(" ".join(prev.text.split()))
    if offer is None:
        return ""
    terms, condition = offer
    back = SAID_BACK.match(" ".join(turn.text.split()))
    if back is not None and _figures(back.group("terms")) & _figures(terms):
        said = back.group("terms").strip(" ,")
        if LETS_SAID.match(said):  # "Yeah, let's do one day.": the offer taken as put, on its condition
            return f"{terms[0].upper()}{terms[1:]} agreed, on condition that {condition}."
        return f"{said[0].upper()}{said[1:]} agreed."
    # "We could do six if we shoot it all in one day in our studio." "Fine, one day in your studio.": the condition
    # said back takes the sum on it; not a verdict on it ("Fine, one day is too short.")
    if back is not None and _said_condition(turn, back.group("terms"), condition):
        return f"{terms[0].upper()}{terms[1:]} agreed, on condition that {condition}."
    # the whole turn takes it: not "Done. I sent the revised estimate this morning." (work reported done)
    if TAKEN.match(" ".join(turn.text.split())):
        return f"{terms[0].upper()}{terms[1:]} agreed, on condition that {condition}."
    return ""


DEALT_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "DEAL_WORD",  # a bargain closed on a course the other side set on a condition: "deal" or "agreed", no more
        re.compile(
            r"^(?:(?:okay|ok|fine|right|alright|all\s+right|yes|yeah|yep|great|then)[,.!]?\s+)*"
            r"(?:deal|agreed|it's\s+a\s+deal|you(?:'ve|\s+have)?\s+got\s+(?:yourself\s+)?a\s+deal)[.!]*$",
            re.IGNORECASE,
        ),
        ("Okay, deal.", "Deal.", "Yes. Agreed.", "Fine, you've got a deal.", "Right, it's a deal!"),
        ("Okay, done.", "Deal with it later.", "Agreed, but only for this month.", "A good deal, yes.", "Sure."),
    ),
)
(DEAL_WORD,) = (row.pattern for row in DEALT_ROWS)
TO_US = frozenset({"me", "us"})  # "If you need anything, give me a shout.": asked of the other side, no course
TOLD = frozenset("let tell call ring email ping shout".split())  # "If it slips, let me know.": news asked for


def condition_dealt(turns: list[Turn], k: int) -> str:
    """ "If I haven't got it by Friday, go without the quote." "Okay, deal.": a course the other side sets on a
    condition (a sentence opening "if"/"unless" whose main clause is an order or what "we" do), closing its turn,
    taken with "Deal." or "Agreed." by itself, is settled as set; returns that sentence, "" otherwise. Not an order
    to tell the speaker ("If it slips, let me know."), nor a question."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.side is None or prev.side in (None, turn.side):
        return ""
    first = next(iter(turn.doc.sents), None)
    if first is None or not DEAL_WORD.match(" ".join(first.text.split())):
        return ""
    sents = list(prev.doc.sents)
    last = sents[-1] if sents else None
    if last is None or last.text.rstrip().endswith("?") or last[0].lower_ not in ("if", "unless"):
        return ""
    if last[0].dep_ != "mark" or last[0].head.i == last.root.i:
        return ""
    root = last.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ordered = root.tag_ == "VB" and subj is None
    ours = subj is not None and subj.lower_ == "we" and root.pos_ == "VERB"
    if not (ordered or ours) or root.lemma_.lower() in TOLD or any(t.lower_ in TO_US for t in root.subtree):
        return ""
    if last[0].head.lemma_.lower() in ("can", "could") or last[0].head.tag_ == "MD":
        return ""  # "If you can, send the deck by Friday.": work asked politely, no condition
    condition = {t.i for t in last[0].head.subtree}
    main = [t for t in last if t.i not in condition]
    if any(t.idx <= d.start_char < t.idx + len(t.text) for d in prev.dues for t in main):
        return ""  # "If it's ready, send it over by Friday.": an order with its day is work asked for
    return last.text.strip()
