"""A deadline changed late in the call, usually after the recap, by naming the work again::

    "Sorry, one change — can I do the budgets Tuesday, not Monday?"          (its owner: Tuesday)
    "Ah — on the photos, make it Monday, not Friday."                         (its owner: Monday)
    "One change. Rich, I need the copy a week earlier." "The tenth, then?"    (asked of the owner, who puts it)
    "Can I see the guest list sooner? … Tomorrow?" "Tomorrow. Fine."          (put to the owner, who takes it)
    "So, recap. … Tom's sending the deck on Monday—" "Actually, I can do it tomorrow."   (into the recap: tomorrow)

The turn asks for a change ("one change", "tweak", "sooner", "make it", "till", "instead", "…, not Monday") and names
a thing of an item said more than a few turns before (a noun of its task); the item takes the day its owner says in
that turn or the next two (a day said with "not" is the one given up). A change whose words no item's task uses
("can we make the estimate Tuesday?") names the one item of the speaker's side that the recap just before dated
with those words ("… revised estimate Monday, …"), or, said of the other side's work, the one item due that day whose
task uses a word of that part of the recap ("… and v2 of the plan Friday." "Can we get v2 Thursday, actually?"). A
change that names no thing ("Can we do the twentieth instead?") answers the last day of a recap said just before it.
"Actually" with a day in the same sentence asks a change. The owner's "Thursday. Fine, I'll get it done Thursday."
takes the change and is no second item. Changes a few turns after the item are ``deadlines.renegotiated``'s and
``carried_dues``'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.carried_dues import deadlines
from pipeline.extract.dates import DueMatch
from pipeline.extract.deadlines import NEGOTIATION_TURNS, owners_of
from pipeline.extract.items import Item, in_due
from pipeline.extract.turns import Turn

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TILL_DAY = (
    r"\d+\w*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|end|next|week|month|christmas|easter"
    r"|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|twenty\w*|thirt\w*"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth"
)
# the days "actually" changes to ("Actually, I can do it tomorrow."), not a time ("actually, this week was busy")
ACTUAL_DAY = (
    r"(?:mon|tues|wednes|thurs|fri)day|tomorrow|today|tonight|the\s+\d+(?:st|nd|rd|th)|the\s+\w+(?:teenth|tieth)"
    # "let's say the twelfth for files", not "the second read"
    r"|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r"(?=\s*(?:[,.?!]|$)|\s+(?:for|instead|then)\b)"
)
CHANGE = re.compile(
    r"\b(?:(?:one|small|quick)\s+change|tweak|sooner|earlier|make\s+(?:it|that|them)|instead|rather\s+than)\b"
    # "can I have till Thursday?", "not until the 20th": a day, not a clause ("No claims until legal have checked.")
    rf"|\b(?:till|until)(?=\s+(?:(?:the|next|this|end|after)\s+)?(?:{TILL_DAY})\b)"
    # "can I push the shortlist to Monday?", "could we move it to the tenth?", "can we say Monday for the deck?",
    # "can we make the floor plan Friday?": a question that puts a day to a thing
    r"|\b(?:can|could)\s+(?:I|we)\s+(?:(?:push|move|shift)\b|say\s+\w+\s+for\b|make\s+the\s+\w+(?:\s+\w+)?\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|tomorrow|the\s+\w+)\b)"
    r"|\bnot\s+(?:on\s+|by\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|end|next|this|tomorrow|today)\b"
    # "Actually, I can do it tomorrow.", "Can we get it Thursday, actually?": a day said again, "actually"
    rf"|\bactually\b(?=[^.?!]*\b(?:{ACTUAL_DAY})\b)|\b(?:{ACTUAL_DAY})\b[^.?!]*\bactually\b",
    re.IGNORECASE,
)
GIVEN_UP = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|by\s+)?$", re.IGNORECASE)
SETTLING_TURNS = 2  # the owner says the new day in the change's turn or one of the next two
CHANGE_WORDS = 60  # a change is asked in a few sentences; a recap that lists every date is not one


def change_late(items: list[Item], turns: list[Turn], recaps: frozenset[int]) -> list[Item]:
    """Re-date the items whose deadline a later turn changes (see the module docstring), in place (``recaps``: the
    turns that recap the call, ``recaps.is_recap``); the owner's taking the new day ("Thursday. Fine, I'll get it
    done Thursday.") is the change, not new work, and goes."""
    taking: set[int] = set()
    for k, turn in enumerate(turns):
        if turn.speaker is None or turn.n_words > CHANGE_WORDS or not CHANGE.search(turn.text):
            continue
        if any(i.turn == k for i in items):
            continue  # "I'll pick that up as well. Thursday? … I'd rather wait until finance is confirmed.": new work
        item = _named(items, turn) or _named_in_recap(items, turns, turn, recaps)
        if item is None:
            continue
        new = _settled(item, turns, k)
        if new is not None and (item.due is None or item.due.due != new.due):
            item.due, item.late_due = new, True
            taking |= {id(i) for i in _taking(items, turns, item, k)}
    return [i for i in items if id(i) not in taking]


def _taking(items: list[Item], turns: list[Turn], item: Item, k: int) -> list[Item]:
    """The items of the turn after the ask ``k`` that gave ``item`` its new day with the same owner and day: the
    owner taking the change ("I'll get it done Thursday"), not work of its own."""
    said = next((t for t in turns[k + 1 : k + SETTLING_TURNS + 1] if any(d is item.due for d in t.dues)), None)
    if said is None or item.due is None:
        return []
    day = item.due.due
    return [
        i
        for i in items
        if i is not item and i.turn == said.index and i.owner == item.owner and i.due is not None and i.due.due == day
    ]


def _named(items: list[Item], turn: Turn) -> Item | None:
    """The item said well before ``turn`` whose task shares the most nouns with the turn (the latest of those)."""
    asking = _asking(turn) or [turn.doc[:]]  # the sentence that asks names the work
    first = next(iter(turn.doc.sents))
    if first.start < asking[0].start and not any(t.pos_ in ("VERB", "AUX") for t in first):
        asking = [first, *asking]  # or the point the turn opens on: "Sorry, on the one-pager. Could it be sooner?"
    said = [t for s in asking for t in s if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_]
    shared = {
        id(i): len({f for t in said if not _other_kind(t, i.task) for f in _forms(t)} - NOT_THINGS & _words(i.task))
        for i in items
        if turn.index - i.turn > NEGOTIATION_TURNS
    }
    named = [i for i in items if shared.get(id(i), 0) > 0]
    # the most nouns shared, then the speaker's own work ("can I have till Thursday for the flow?"), then the latest
    return max(named, key=lambda i: (shared[id(i)], turn.speaker in owners_of(i), i.turn)) if named else None


def _forms(noun: Token) -> set[str]:
    """The noun as a task may write it: its lemma, and the word it is hyphened to ("one-pager", which the
    tokenizer splits into "one", "-", "pager")."""
    doc = noun.doc
    hyphened = noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_
    return {noun.lemma_.lower(), *([f"{doc[noun.i - 2].lower_}-{noun.lower_}"] if hyphened else [])}


# words before a noun that do not say its kind ("to email them": "email" is the work, not a kind of email)
NOT_KINDS = frozenset(
    "the a an our your their my his her its this that these those to and or of for with on in at by up out over "
    "all both each every some any no new".split()
)


def _other_kind(noun: Token, task: str) -> bool:
    """The noun is said of another kind than the task's ("our travel team" against "reach out to the ambassador
    team"): the turn puts a word before it that the task lacks, and the task puts another word before it."""
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    words = task.lower().split()
    before = {words[k - 1] for k, w in enumerate(words) if k > 0 and w in (noun.lower_, noun.lemma_.lower())}
    return bool(kinds) and not kinds & set(words) and bool(before - NOT_KINDS)


RECAP_BACK = 3  # the recap a change answers is one of the few turns before it
PIECE = re.compile(r"[^,;.!?]+")  # "…, revised estimate Monday, Lorcan signing off on the 28th.": one thing each


def _named_in_recap(items: list[Item], turns: list[Turn], turn: Turn, recaps: frozenset[int]) -> Item | None:
    """The item a change names as a recap just before it named it: the recap said "the estimate Monday", the
    change asks "can we make the estimate Tuesday?" and the speaker's side has one item due that Monday (the
    item's own wording may not use the word: "we'll rework it and get that over by Monday"). A change that names
    no thing ("Actually, I can do it tomorrow.", "Can we do the twentieth instead?") answers the last dated thing
    of a recap said just before it ("…, Tom's sending the deck on Monday—"). The speaker may ask it of the other
    side's work ("Can we get the plan Thursday, actually?"): the item then is the one due that day whose task
    uses a word of the recap's ("… and v2 of the plan Friday.")."""
    asking = _asking(turn)
    words = {
        t.lower_
        for s in asking
        for t in s
        if t.pos_ in ("NOUN", "PROPN", "NUM") and t.ent_type_ not in DATED and not in_due(t, turn.dues)
    }  # "Can we do Thursday the nineteenth instead?" names no thing
    words -= NOT_THINGS
    for recap in reversed(turns[max(0, turn.index - RECAP_BACK) : turn.index]):
        if recap.index not in recaps:
            continue
        if not words and recap.index != turn.index - 1:
            return None
        pieces = list(PIECE.finditer(recap.text))
        for piece in reversed(pieces) if not words else pieces:
            said_words = {w.lower() for w in re.findall(r"[\w-]+", piece.group())}
            if words and not words & said_words:
                continue
            said = [d for d in recap.dues if d.due is not None and piece.start() <= d.start_char < piece.end()]
            if not said:
                continue
            due = [i for i in items if i.turn < recap.index and i.due is not None and i.due.due == said[0].due]
            mine = [i for i in due if turn.speaker in owners_of(i)]
            ours = [i for i in due if turn.side in owners_of(i)]
            told = [i for i in due if said_words & _words(i.task) - NOT_KINDS - NOT_THINGS]
            named = next((found for found in (mine, ours, told) if found), [])
            return named[0] if len(named) == 1 else None
    return None


DATED = ("DATE", "TIME")
NOT_THINGS = frozenset({"change", "tweak", "thing", "one", "day", "week", "time", "bit", "holiday"})


def _words(task: str) -> set[str]:
    """The task's words, and each without a plural "s" ("the budgets" names "budget")."""
    words = {w.lower() for w in task.split()}
    return words | {w[:-1] for w in words if w.endswith("s")}


def _settled(item: Item, turns: list[Turn], k: int) -> DueMatch | None:
    """The day the item's owner says (not one given up with "not") in turn ``k``, in the sentence that asks the
    change if it says one ("can I do the budgets Tuesday, not Monday? … he won't look till Monday"), or in the next
    two turns."""
    owners = owners_of(item)
    for turn in turns[k : k + SETTLING_TURNS + 1]:
        if turn.speaker not in owners and (turn.side is None or turn.side not in owners):  # a name, or "agency"
            continue
        kept = [d for d in deadlines(turn) if not GIVEN_UP.search(turn.text[: d.start_char])]
        asking = [d for d in kept for s in _asking(turn) if s.start_char <= d.start_char < s.end_char]
        if kept:
            return (asking or kept)[0] if turn.index == k else kept[0]
    return None


def _asks(sent: Span) -> bool:
    return CHANGE.search(sent.text) is not None


def _asking(turn: Turn) -> list[Span]:
    """The turn's sentences that ask the change, the questions first: in "Can we make the deck Friday? The crew's
    away till Monday." the question asks it and the statement gives the reason."""
    asking = [s for s in turn.doc.sents if _asks(s)]
    return [s for s in asking if s.text.rstrip().endswith("?")] or asking
