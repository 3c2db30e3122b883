"""The contact report's summary: two to four sentences written from the extraction by rules (no language model).

1. The main agreements, a clause each: "We agreed to go with option B and that the budget for the shoot is confirmed
   at $48,000." An agreement is a sentence someone said; its clause is the part that carries the decision (the part
   with "confirmed", "go with", "approved" …), with the lead-in words of speech ("so", "then", "OK") dropped. "Let's
   X" / "we'll X" and an order ("Go with the bus stops") read "to X"; anything else "that X" ("that we go halves").
2. How many next steps, and the nearest deadline: "Five next steps follow; the first is due Wed 11 Nov 2026: send
   the contact report round (Sarah Mitchell)."
3. The next meeting, when one was set.
"""

from __future__ import annotations

import re

from pipeline.documents.formatting import format_date, format_owner
from pipeline.schemas import ActionItem, Agreement, Meeting

MAIN_AGREEMENTS = 3
NEXT_MEETING = "Next meeting:"  # an agreement that sets the next meeting (``extract``): the summary's third sentence
NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
# Words of speech that open a sentence without adding to it.
LEAD_IN = re.compile(
    r"^(?:(?:so|then|ok|okay|right|well|and|yes|yeah|great|good|fine|perfect|brilliant|agreed|(?:we\s+)?go\s+on\s+then)"
    r"\b[,.!]?\s+)+",
    re.I,
)
# "Let's go with B" / "we'll use the farm": a course of action, read "to ...".
INTENT = re.compile(r"^(?:let'?s|let us|we'?ll|we will|we'?re going to|we are going to|we should|we can)\s+", re.I)
# A decision said as an order ("Go with the bus stops", "Drop the macro"): read "to go with …".
ORDER = re.compile(
    r"^(?:go|keep|drop|move|hold|take|put|cut|use|run|lock|stick|split|flip|swap|switch|scrap|lead|cap|focus|push|"
    r"book|leave|add|remove|pull|shift)\s+(?!(?:is|are|was|stays|moves|goes|will|has|needs|time|date)\b)(?=\w)",
    re.I,
)
# The part of a sentence that says what was decided.
DECISION = re.compile(
    r"\b(?:agree[ds]?|confirm(?:ed|s)?|approve[ds]?|sign(?:ed)? (?:it |that )?off|go(?:ing)? (?:with|ahead)|"
    r"decided|settled|locked in|happy with|fine with|it is|it's a (?:yes|no)|is a (?:yes|no))\b",
    re.I,
)
LOWER_FIRST = {"the", "a", "an", "our", "your", "their", "this", "that", "these", "those", "it", "we", "they", "both"}
LOWER_FIRST |= {"one", "two", "three", "four", "five", "six", "all", "each", "every", "no"}  # "that one is fine"
LOWER_FIRST |= {"if", "only", "just", "once", "when", "any", "some", "most", "everything", "anything", "nothing"}


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".!?;:, ")


# terms stated as agreed ("Forty and one weekend agreed.", "Six agreed, on condition that we shoot in one day."):
# the terms are what was agreed, read "We agreed forty and one weekend"
TERMS_AGREED = re.compile(
    r"^(?P<terms>(?:(?!\b(?:is|are|was|were|will|be|stays|goes)\b)[^,])+?\w) agreed(?:,\s*(?P<rest>.+))?$", re.I
)
NUMBER_START = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
                          r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)\b", re.I)  # fmt: skip


VERB_WORD = re.compile(r"\b(?:is|are|was|were|be|stays?|goes|go|will|can|has|have|moves?|comes?)\b|'s\b", re.I)


def agreement_clause(text: str) -> str:
    """ "Let's go with the quartet, the light show is a no" -> "to go with the quartet"."""
    spoken = LEAD_IN.sub("", text.strip())  # "Fine. Highball it is." -> "Highball it is."
    sentence = _plain(re.split(r"(?<=[.!?])\s+", spoken)[0]) or _plain(text)
    if terms := TERMS_AGREED.match(sentence):
        said = terms.group("terms") + (f", {terms.group('rest')}" if terms.group("rest") else "")
        first = said.split()[0].lower()
        return said[0].lower() + said[1:] if NUMBER_START.match(said) or first in LOWER_FIRST else said
    clauses = [c.strip() for c in re.split(r",\s+|;\s+|\s+-\s+", sentence) if c.strip()]
    chosen = next((c for c in clauses if DECISION.search(c)), clauses[0] if clauses else sentence)
    if len(chosen.split()) < 3:  # "..., confirmed": the decision word alone says nothing without the rest
        chosen = sentence
    chosen = LEAD_IN.sub("", chosen).strip()
    if INTENT.match(chosen):
        return "to " + INTENT.sub("", chosen)
    order = chosen[3:] if chosen[:3].lower() == "we " and ORDER.match(chosen[3:]) else chosen  # "We go halves"
    if ORDER.match(order):
        return "to " + order[:1].lower() + order[1:]
    first, _, rest = chosen.partition(" ")
    if NUMBER_START.match(first) and not VERB_WORD.search(chosen):  # terms: "We agreed seventy social, ten podcasts"
        return chosen[:1].lower() + chosen[1:]
    if first.lower().split("'")[0] in LOWER_FIRST or NUMBER_START.match(first):  # "that we're going with …"
        chosen = f"{first.lower()} {rest}".strip()
    return f"that {chosen}"


def _join(parts: list[str]) -> str:
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + ", and " + parts[-1]


def _count(n: int, word: str) -> str:
    return f"{NUMBERS[n] if n < len(NUMBERS) else n} {word}{'s' if n != 1 else ''}"


def agreements_sentence(agreements: list[Agreement]) -> str:
    agreements = [a for a in agreements if not a.text.startswith(NEXT_MEETING)]  # its own sentence says it
    if not agreements:
        return "No agreements were recorded."
    clauses = [agreement_clause(a.text) for a in agreements[:MAIN_AGREEMENTS]]
    more = len(agreements) - MAIN_AGREEMENTS
    if more > 0:
        clauses.append(f"{_count(more, 'further point')} listed below")
    return f"We agreed {_join(clauses)}."


def actions_sentence(actions: list[ActionItem], meeting: Meeting) -> str:
    if not actions:
        return "No next steps were recorded."
    n = len(actions)
    opening = f"{_count(n, 'next step').capitalize()} {'follows' if n == 1 else 'follow'}"
    dated = sorted((a for a in actions if a.due is not None), key=lambda a: a.due)  # type: ignore[arg-type,return-value]
    if not dated:
        return f"{opening}, none of them with a date yet."
    first = dated[0]
    owner = format_owner(first.owner, meeting) if first.owner else ""
    who = f" ({owner})" if owner else ""
    undated = n - len(dated)
    tail = f"; {_count(undated, 'step')} {'has' if undated == 1 else 'have'} no date yet" if undated else ""
    lead = "it is due" if n == 1 else "the first is due"
    return f"{opening}; {lead} {format_date(first.due)}: {_plain(first.task)}{who}{tail}."


def next_meeting_sentence(meeting: Meeting) -> str | None:
    if not meeting.next_meeting or not meeting.next_meeting.strip():
        return None
    return f"Next meeting: {_plain(meeting.next_meeting)}."


def summary_sentences(meeting: Meeting, actions: list[ActionItem], agreements: list[Agreement]) -> list[str]:
    sentences = [agreements_sentence(agreements), actions_sentence(actions, meeting)]
    if (nxt := next_meeting_sentence(meeting)) is not None:
        sentences.append(nxt)
    return sentences
