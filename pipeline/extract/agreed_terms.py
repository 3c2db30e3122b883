"""Terms settled in a turn that agrees and states them at once, or assented to in a bare reply (session 58).

* "If changes come in after Friday we miss the print date." "Agreed, Friday is the cut-off.": a turn that agrees and
  names the date as the limit (``cut_off_agreed``); a date in the agreeing turn made it read as a deadline accepted.
* "So if they won't move, we go Saturday only." "Yes.": a course "we" take on a condition, said flat in the present,
  assented to by another speaker (``conditional_course_assented``).
* "If it's under ten percent I'm happy to approve it.": the client's approval on a condition it names, stated
  "Approved if it's under ten percent." (``approved_if``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.extract.turns import Turn, answered_by

# the limit a date is named as: "Friday is the cut-off", "the deadline for changes is the 12th"
LIMIT = r"(?:cut-?\s?off|deadline|last day|final day|drop-dead date|hard stop|latest date)"
LIMIT_NAMED = re.compile(
    rf"^(?P<date>[\w' -]{{2,30}}?)\s+(?:is|'s)\s+(?:the|our|your)\s+(?:absolute\s+|final\s+|hard\s+)?{LIMIT}\b"
    rf"|^(?:the|our|your)\s+(?:absolute\s+|final\s+|hard\s+)?{LIMIT}\b(?:\s+for\s+[\w' -]{{2,40}}?)?\s+(?:is|'s)\s+"
    r"(?P<date2>[\w' -]{2,30})",
    re.IGNORECASE,
)
# the agreement the turn opens with ("Agreed,", "Yes, agreed.", "Fine.", "Okay, yes,")
AGREEING = re.compile(
    r"^\W*(?:(?:okay|ok|right|yes|yeah|yep|fine|good|great)[,.!]?\s+)?"
    r"(?:agreed|yes|yeah|yep|fine|absolutely|definitely|exactly|that works|works for (?:me|us))\b[,.!]?\s*",
    re.IGNORECASE,
)


LINKED = re.compile(r"^(?:so|then|okay|ok|right)\b,?\s*", re.IGNORECASE)


def _limit_said(sent: Span) -> str:
    """What the sentence says after the agreement that opens the turn and a "so": "" unless it names a date as the
    limit ("Friday is the cut-off", "the deadline for changes is the 12th")."""
    text = AGREEING.sub("", sent.text.strip(), count=1) if sent.start == 0 else sent.text.strip()
    text = LINKED.sub("", text, count=1)
    return text if LIMIT_NAMED.search(text) else ""


def cut_off_agreed(turns: list[Turn], k: int) -> str:
    """Turn ``k`` opens by agreeing with another speaker's turn just before and names a date as the limit ("Agreed,
    Friday is the cut-off.", "Yes. The deadline for changes is the 12th, then."): that limit, settled, stated as said
    ("Friday is the cut-off."); "" if the turn is no such reply. Not the speaker's own work ("Yes, Friday is the
    deadline, I'll send it then."), nor an answer to a question of when ("When's the deadline?" "Yes, Friday is the
    deadline." reports it), nor a limit questioned ("Is Friday the cut-off?")."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.is_question() or prev.is_question() or prev.cues("WHEN"):
        return ""
    if not AGREEING.match(turn.text) or not turn.dues:
        return ""
    if any(t.lower_ in ("i", "i'll", "you") for t in turn.doc):
        return ""  # the speaker's work or the other side's: a delivery date, which belongs to its item
    for sent in turn.doc.sents:
        said = _limit_said(sent)
        if not said or sent.text.rstrip().endswith("?"):
            continue
        if not any(sent.start_char <= d.start_char < sent.end_char for d in turn.dues):
            continue
        said = re.sub(r",?\s+then\s*(?=[.!]?$)", "", said).rstrip(" .!")
        return said[:1].upper() + said[1:] + "."
    return ""


# verbs of a course "we" take: "we go Saturday only", "we drop the radio", "we run it as it is"
COURSE_VERBS = frozenset(
    "go do run use drop cut keep stick move push shift switch swap hold launch book take print shoot pull skip".split()
)
# a bare assent: the whole reply, or its first sentence ("Yes.", "Yes, agreed.", "Okay, fine.", "That works.")
ASSENT = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|okay|ok|fine|agreed|sure|right|absolutely|exactly|perfect|great|good)\W*){1,3}"
    r"(?:that works(?: for (?:me|us))?\W*|(?:that's|that is) fine\W*|makes sense\W*|sounds good\W*)?$",
    re.IGNORECASE,
)


def _conditional_course(sent: Span) -> str:
    """ "So if they won't move, we go Saturday only." -> "If they won't move, we go Saturday only."; "" unless the
    sentence opens (after "so" / "okay") on its condition ("if", "unless") and its main clause is "we" + a course verb
    in the present, with nothing negated or put as a question in the main clause."""
    words = [t for t in sent if not t.is_punct]
    n = 0
    while n < len(words) and words[n].lower_ in ("so", "okay", "ok", "right", "then", "and"):
        n += 1
    if n >= len(words) or words[n].lower_ not in ("if", "unless") or sent.text.rstrip().endswith("?"):
        return ""
    root = sent.root
    # the parser reads "we book the hall" after a clause as past: a form that is its own lemma is the present
    present = root.tag_ == "VBP" or (root.tag_ == "VBD" and root.lower_ == root.lemma_)
    if root.lemma_ not in COURSE_VERBS or not present:
        return ""
    kids = list(root.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in kids) or any(c.dep_ in ("neg", "aux") for c in kids):
        return ""
    if not any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in kids):
        return ""
    said = sent.doc[words[n].i : sent.end].text.strip(" .!")
    return said[:1].upper() + said[1:] + "."


def conditional_course_assented(turns: list[Turn], k: int) -> str:
    """A bare assent ("Yes.", "Okay, agreed.") to a course the other speaker has just put for "us" on a condition,
    said flat in the present ("So if they won't move we go Saturday only."): the course, settled on that condition
    ("If they won't move we go Saturday only."); "" if the turn is no such reply. Not an outcome feared ("If it rains
    we lose the terrace.", no course verb), a plan in the future or with a modal ("If it rains we could move inside.",
    a proposal still), nor a question."""
    turn, prev = turns[k], turns[k - 1] if k > 0 else None
    if not answered_by(prev, turn) or turn.is_question():
        return ""
    first = next(iter(turn.doc.sents), None)
    if first is None or not ASSENT.match(first.text.strip()) or turn.n_words > 12:
        return ""
    sents = list(prev.doc.sents)
    return _conditional_course(sents[-1]) if sents else ""


# "If it's under ten percent I'm happy to approve it.", "I'm fine to sign it off if the legal line stays.": the
# client's approval given on a condition it names
APPROVAL = (
    r"(?:I'm|I am|we're|we are)\s+(?:happy|fine|okay|ok|good)\s+(?:to|for you to)\s+"
    r"(?:approve|sign\s+(?:it\s+|that\s+)?off|go\s+ahead)(?:\s+(?:it|that|them|on\s+it|with\s+it))?"
)
APPROVED_IF = (
    re.compile(
        rf"^(?:(?:okay|ok|right|look|well|so)[,.]?\s+)*if\s+(?P<cond>[^,.?!]{{3,80}}?),?\s+{APPROVAL}[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:(?:okay|ok|right|look|well|so)[,.]?\s+)*{APPROVAL}\s+(?:if|as long as|provided)\s+"
        r"(?P<cond>[^,.?!]{3,80}?)[.!]?$",
        re.IGNORECASE,
    ),
)


def approved_if(turn: Turn) -> str:
    """The client's approval on a condition it names, said as a sentence of its own ("If it's under ten percent I'm
    happy to approve it." -> "Approved if it's under ten percent."); "" for anything else: the agency's word (it
    has no approval to give), a question, an approval with no condition ("I'm happy to approve it.")."""
    if turn.speaker is None or turn.side != "client":
        return ""
    for sent in turn.doc.sents:
        text = " ".join(sent.text.split())
        for pattern in APPROVED_IF:
            if m := pattern.match(text):
                return f"Approved if {m.group('cond').strip()}."
    return ""
