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

A recap may end on the change ("… shortlist Friday. Annika, can we say Wednesday for the rota, rather than next
week?"): a long recap turn asks it in its last sentences only, and the day is the one said there. A change asked of
someone by name ("Joel, can you get that to Marcus by Wednesday instead?") is of their work first, and their short
yes takes the day asked; "that" may point back into the recap's own turn ("Callum's copy on Wednesday. Actually,
Callum, can you make that Thursday?") or to the speaker's own work said just before ("And I'll send the tracker. I
said Thursday before, but actually I'll get it out tomorrow."). The item said again with its new day goes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.carried_dues import deadlines
from pipeline.extract.dates import DueMatch
from pipeline.extract.deadlines import ACCEPTING, NEGOTIATION_TURNS, owners_of
from pipeline.extract.items import Item, in_due
from pipeline.extract.recaps import object_words
from pipeline.extract.requests import called
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
    # "the feed quote, can we say Thursday?", "Can we say the 3rd of July?": a day put to work named before
    rf"|\b(?:can|could)\s+(?:I|we|you)\s+say\s+(?:{ACTUAL_DAY})\b"
    r"|\bnot\s+(?:on\s+|by\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|end|next|this|tomorrow|today)\b"
    # "Actually, I can do it tomorrow.", "Can we get it Thursday, actually?": a day said again, "actually"
    rf"|\bactually\b(?=[^.?!]*\b(?:{ACTUAL_DAY})\b)|\b(?:{ACTUAL_DAY})\b[^.?!]*\bactually\b",
    re.IGNORECASE,
)
GIVEN_UP = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|by\s+)?$", re.IGNORECASE)
SETTLING_TURNS = 2  # the owner says the new day in the change's turn or one of the next two
CHANGE_WORDS = 60  # a change is asked in a few sentences; a recap that lists every date is not one
# ... unless the recap ends on it: "… shortlist Friday. Annika, can we say Wednesday for the rota, rather than next
# week?" asks a change in its last sentences, after the dates it lists
TAIL_SENTS = 2


def change_late(items: list[Item], turns: list[Turn], recaps: frozenset[int]) -> list[Item]:
    """Re-date the items whose deadline a later turn changes (see the module docstring), in place (``recaps``: the
    turns that recap the call, ``recaps.is_recap``); the owner's taking the new day ("Thursday. Fine, I'll get it
    done Thursday.") is the change, not new work, and goes."""
    taking: set[int] = set()
    for k, turn in enumerate(turns):
        if turn.speaker is None or not CHANGE.search(turn.text):
            continue
        asking = _asking(turn)
        if turn.n_words > CHANGE_WORDS:  # a long turn asks a change only in its last sentences
            tail = list(turn.doc.sents)[-TAIL_SENTS:]
            asking = [s for s in asking if s.start >= tail[0].start]
            if not asking or k not in recaps:
                continue
        item = (
            _named(items, turn, asking, k in recaps)
            or _named_in_recap(items, turns, turn, recaps, asking)
            or _named_before(items, turn, asking)
        )
        if item is None:
            continue
        restated = {id(i) for i in _restating(items, item, k) if i.turn == k}
        if turn.n_words <= CHANGE_WORDS and any(i.turn == k and id(i) not in restated for i in items):
            continue  # "I'll pick that up as well. Thursday? … I'd rather wait until finance is confirmed.": new work
        # (not the owner's saying the item again with its new day: "And the shortlist, I said Tuesday, but
        # actually I'll get it over on Monday.")
        new = _settled(item, turns, k, asking)
        if new is not None and (item.due is None or item.due.due != new.due):
            item.due, item.late_due = new, True
            taking |= {id(i) for i in _taking(items, turns, item, k) + _restating(items, item, k)}
    return [i for i in items if id(i) not in taking]


def _restating(items: list[Item], item: Item, k: int) -> list[Item]:
    """The items of the change's turn ``k`` and the answer to it that are ``item`` said again with its new day, an
    owner in common and a thing of its task ("… and the estimate, actually, let's say Tuesday, I'll get it to you
    sooner."; "Theo's pack, can you get that to Owen by Tuesday instead?" "Yep.")."""
    things = object_words(item.task)
    return [
        i
        for i in items
        if i is not item
        and k <= i.turn <= k + SETTLING_TURNS
        and set(owners_of(i)) & set(owners_of(item))
        and object_words(i.task) & things
    ]


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


def _named(items: list[Item], turn: Turn, asking: list[Span], recap: bool = False) -> Item | None:
    """The item said well before ``turn`` whose task shares the most nouns with the sentences ``asking`` the
    change (the addressee's, then the latest of those)."""
    asking = asking or [turn.doc[:]]  # the sentence that asks names the work
    # or the point the turn opens on, said without a verb: "Sorry, on the one-pager. Could it be sooner?", "Sorry, one
    # thing, the PO. If Fiona signs on the 29th, the 30th is too tight. Can we say the 3rd of July?" (in a recap, only
    # its first sentence: not the points it lists before its change, "Quarry for the shoot. Three creators. …")
    before = [s for s in turn.doc.sents if s.start < asking[0].start]
    before = before[:1] if recap or turn.n_words > CHANGE_WORDS else before
    asking = [*(s for s in before if not any(t.pos_ in ("VERB", "AUX") for t in s)), *asking]
    told = _addressed(items, turn, asking)
    people = _owner_words(items)  # "the statement with Joel"
    said = [t for s in asking for t in s if t.pos_ in ("NOUN", "PROPN") and _thing(t) and t.lower_ not in people]
    shared = {
        id(i): len({f for t in said if not _other_kind(t, i.task) for f in _forms(t)} - NOT_THINGS & _words(i.task))
        for i in items
        if turn.index - i.turn > NEGOTIATION_TURNS
    }
    named = [i for i in items if shared.get(id(i), 0) > 0]
    # a thing said as somebody's ("Can I have Zeke's copy earlier?") is that person's work, not the speaker's
    # sign-off of the copy
    whose = _possessors(items, asking)
    named = [i for i in named if whose & set(owners_of(i))] if whose else named
    # the work of the one asked by name ("Joel's plan, and actually, Joel, can you get that to Marcus by Wednesday,
    # since Bridget's training is Thursday?"), then the most nouns shared, then the speaker's own ("can I have till
    # Thursday for the flow?"), then the latest
    key = lambda i: (bool(told & set(owners_of(i))), shared[id(i)], turn.speaker in owners_of(i), i.turn)  # noqa: E731
    return max(named, key=key) if named else None


def _owner_words(items: list[Item]) -> set[str]:
    """The words of the items' owners' names, lowercased: a name says who, not what."""
    return {w.lower() for i in items for o in owners_of(i) if o for w in o.split()}


def _possessors(items: list[Item], asking: list[Span]) -> set[str]:
    """The owners of items whom the sentences ``asking`` name as having the thing ("Zeke's copy", "Ana's deck")."""
    words = {w: o for i in items for o in owners_of(i) if o and " " in o for w in o.split()}  # "Zeke (Adebayo)'s"
    return {words[t.text] for s in asking for t in s if t.dep_ == "poss" and t.text in words}


def _addressed(items: list[Item], turn: Turn, asking: list[Span]) -> set[str]:
    """The owners of items other than the speaker whom the sentences ``asking`` address by name ("Joel, can you
    …", "Annika — can we …"), not those they speak of ("by Wednesday, since Bridget's training is Thursday")."""
    names = sorted({o for i in items for o in owners_of(i) if o and " " in o and o != turn.speaker})
    return set(called(" ".join(s.text for s in asking), names, led_in=True))


# entities that are no thing of work; an acronym may be one ("the FAQ", "the PO")
NOT_THING_ENTS = frozenset({"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _thing(t: Token) -> bool:
    return not t.ent_type_ or (t.ent_type_ not in NOT_THING_ENTS and t.text.isupper() and len(t.text) > 1)


def _named_before(items: list[Item], turn: Turn, asking: list[Span]) -> Item | None:
    """The speaker's item a change that names no thing points back to in the sentence just before it: "And
    I'll send an updated cost tracker. I said Thursday before, but actually I'll get it out first thing tomorrow." """
    if not asking or _nouns(asking, turn):
        return None
    before = [s for s in turn.doc.sents if s.end <= asking[0].start]
    item = _named(items, turn, before[-1:]) if before else None
    # the speaker's own work said again: not another's ("we'd pencilled the script review for Monday, but … Could
    # we move it to next Thursday?" asks of a session, not of the compliance check the client's April took on)
    return item if item is not None and turn.speaker in owners_of(item) else None


def _nouns(spans: list[Span], turn: Turn) -> list[Token]:
    """The things the sentences ``spans`` name, not their days ("first thing tomorrow")."""
    return [
        t
        for s in spans
        for t in s
        if t.pos_ in ("NOUN", "PROPN") and _thing(t) and not in_due(t, turn.dues) and t.lemma_ not in NOT_THINGS
    ]


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


def _named_in_recap(
    items: list[Item], turns: list[Turn], turn: Turn, recaps: frozenset[int], asking: list[Span]
) -> Item | None:
    """The item a change names as a recap just before it named it: the recap said "the estimate Monday", the
    change asks "can we make the estimate Tuesday?" and the speaker's side has one item due that Monday (the
    item's own wording may not use the word: "we'll rework it and get that over by Monday"). A change that names
    no thing ("Actually, I can do it tomorrow.", "Can we do the twentieth instead?") answers the last dated thing
    of a recap said just before it ("…, Tom's sending the deck on Monday—"). The speaker may ask it of the other
    side's work ("Can we get the plan Thursday, actually?"): the item then is the one due that day whose task
    uses a word of the recap's ("… and v2 of the plan Friday.")."""
    words = {
        t.lower_
        for s in asking
        for t in s
        if t.pos_ in ("NOUN", "PROPN", "NUM") and t.ent_type_ not in DATED and not in_due(t, turn.dues)
    }  # "Can we do Thursday the nineteenth instead?" names no thing
    words -= NOT_THINGS
    if cut := asking[0].start_char if asking else 0:  # in the recap's own turn, a name says who, not what
        words -= _owner_words(items)
    # the recap may be the change's own turn, up to the change: "Callum's copy on Wednesday. Actually, Callum, can
    # you make that Thursday?"
    for recap in reversed(turns[max(0, turn.index - RECAP_BACK) : turn.index + (cut > 0)]):
        if recap.index not in recaps:
            continue
        if not words and recap.index < turn.index - 1:
            return None
        end = cut if recap is turn else len(recap.text)
        pieces = [p for p in PIECE.finditer(recap.text[:end]) if p.group().strip()]
        if recap is turn and not words:
            pieces = pieces[-1:]  # "that" is the thing just said ("… and I'll send the tracker. Actually, tomorrow.")
        for piece in reversed(pieces) if not words else pieces:
            said_words = {w.lower() for w in re.findall(r"[\w-]+", piece.group())}
            said_words |= {w.removesuffix("s") for w in said_words} | {w + "s" for w in said_words}
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
    words = {w.lower().strip("()[],.") for w in task.split()}  # "the purchase order (PO)" names "po"
    return words | {w[:-1] for w in words if w.endswith("s")}


def _settled(item: Item, turns: list[Turn], k: int, asking_k: list[Span]) -> DueMatch | None:
    """The day the item's owner says (not one given up with "not") in turn ``k``, in the sentence that asks the
    change if it says one ("can I do the budgets Tuesday, not Monday? … he won't look till Monday"; in a long
    recap, only there), or in the next two turns."""
    owners = owners_of(item)
    for turn in turns[k : k + SETTLING_TURNS + 1]:
        if turn.speaker not in owners and (turn.side is None or turn.side not in owners):  # a name, or "agency"
            continue
        kept = [d for d in deadlines(turn) if not GIVEN_UP.search(turn.text[: d.start_char])]
        asking = [
            d for d in kept for s in (asking_k if turn.index == k else []) if s.start_char <= d.start_char < s.end_char
        ]
        if turn.index == k and turn.n_words > CHANGE_WORDS:  # the dates a long recap lists before its change go:
            kept = asking = asking[-1:]  # "… cinema quote end of next week, and the estimate, actually, say Tuesday"
        if kept:
            return (asking or kept)[0] if turn.index == k else kept[0]
        if turn.index == k + 1 and _takes(turn):  # the owner asked by name takes the day asked: "Yep, that's fine."
            return _asked_day(turns[k], asking_k)
    return None


TAKING_WORDS = 8  # "Yep, that's fine.": a short yes that takes the day put


def _takes(turn: Turn) -> bool:
    return turn.n_words <= TAKING_WORDS and ACCEPTING.search(turn.text) is not None and not NOT_TAKING.search(turn.text)


NOT_TAKING = re.compile(r"\b(?:not|n't|but|better|rather|tough|tight|difficult)\b", re.IGNORECASE)


def _asked_day(turn: Turn, asking: list[Span]) -> DueMatch | None:
    """The day the sentences ``asking`` put (not one given up: "Thursday rather than Monday"), the first: "by
    Tuesday instead, since Nell's workshop is Thursday"."""
    put = [
        d
        for d in deadlines(turn)
        for s in asking
        if s.start_char <= d.start_char < s.end_char and not GIVEN_UP.search(turn.text[: d.start_char])
    ]
    return put[0] if put else None


def _asks(sent: Span) -> bool:
    return CHANGE.search(sent.text) is not None


def _asking(turn: Turn) -> list[Span]:
    """The turn's sentences that ask the change, the questions first: in "Can we make the deck Friday? The crew's
    away till Monday." the question asks it and the statement gives the reason."""
    asking = [s for s in turn.doc.sents if _asks(s)]
    return [s for s in asking if s.text.rstrip().endswith("?")] or asking
