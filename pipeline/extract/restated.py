"""A later item that takes up an earlier item's work again is that item (GUIDELINES §2.2: a repeated commitment is
annotated once, at its first commitment turn).

    t42 Ben: "Shall I set up a shared tracker so the dealers can log changes?"   -> set up a shared tracker
    t44 Ben: "I'll get that set up by close of play."                            -> (t42's item, now dated)
    t81 Rhiannon: "I'll send a revised post schedule round tomorrow."            -> send a revised post schedule
    t87 Rhiannon: "… and I'll do the schedule tomorrow."                         -> (t81's item)

Read once the tasks are worded (an "it" is then the thing it stands for): a later item is the same as an earlier
one when both are the same owner's (or one is a person of the side that owns the other), their objects have the
same head noun, and the later verb is the same step of the work or the next one (``STEPS``: drafting, writing,
doing it, then sending, sharing, circulating it), or only a light verb ("do the schedule"). The earlier item stays
and takes the later one's date when it had none (a recap's date wins), its owner when it was only a side, and its
task when that says the same work more fully.

An item whose "it" stands for a thing its speaker offered a turn or two before, with no item drafted there, is
that offer taken up: it moves to the offer's turn ("I could put together a one-page crib sheet." "Yes please."
"Will do. You'll have it by the 14th." is one item, at the offer).

Not the same item: another thing ("draft the brief" / "book the studio"), the same verb by someone else, a new
version of the thing ("send the draft deck" … "send the final deck": the later object says a version the earlier
did not), or a step back ("send the brief" … "draft the brief").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.extract.components import Clause
from pipeline.extract.items import Item
from pipeline.extract.owners import side_of
from pipeline.extract.recaps import object_words
from pipeline.extract.turns import Turn
from pipeline.schemas import Meeting, Owner

# the steps of one piece of work, in order: making the thing, then handing it over
STEPS: dict[str, int] = {
    **dict.fromkeys(
        ("do", "draft", "write", "prepare", "put", "pull", "build", "update", "finish", "redo", "revise"), 1
    ),
    **dict.fromkeys(("send", "share", "get", "circulate", "recirculate", "forward", "email", "give", "have"), 2),
}
LIGHT_VERBS = {"do", "sort", "handle"}  # "I'll do the schedule": the work said before, named by its thing
# words that end an object: what follows says to whom, for what, with what, when
OBJECT_END = {"to", "for", "of", "with", "into", "on", "in", "at", "by", "from", "about", "and", "or", "after",
              "before", "once", "when", "so", "if", "as", "than", "through", "across", "round", "around", "alongside",
              "beside", "besides", "plus", "instead", "like", "via", "per", "against", "under", "without",
              "within"}  # fmt: skip
NOT_HEAD = {"the", "a", "an", "it", "that", "this", "them", "those", "these", "you", "us", "me", "him", "her", "our",
            "your", "their", "my", "his", "its", "up", "out", "over", "back", "off", "down", "together", "all",
            "both", "some", "any", "today", "tomorrow", "tonight", "again", "too", "then", "now", "soon", "first",
            "thing", "bit", "one"}  # fmt: skip
# a version of the thing said anew: "send the draft" … "send the final deck" is the next piece of work
VERSIONS = {"final", "revised", "updated", "new", "second", "next", "another", "amended", "signed", "finished",
            "again", "latest"}  # fmt: skip


def object_of(task: str) -> tuple[str, set[str]] | None:
    """The head of the task's object, the last word before what ends it, and the words before it that say which
    one ("draft the written statement for Watchdog" -> statement, {written}; "send Maya the reallocation
    breakdown" -> breakdown, {maya, reallocation}), plural or not."""
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", re.sub(r"\(.*?\)", "", task).lower())[1:]
    cut = next((k for k, w in enumerate(words) if w in OBJECT_END), len(words))
    heads = [w.removesuffix("s") for w in words[:cut] if w not in NOT_HEAD and w not in VERSIONS]
    return (heads[-1], set(heads[:-1])) if heads else None


def same_thing(a: str, b: str) -> bool:
    """The two tasks' objects name the same thing: the same head, and not two kinds of it ("the draft copy" /
    "the win-back copy"; "the revised post schedule" / "the schedule" are one)."""
    first, later = object_of(a), object_of(b)
    if first is None or later is None or first[0] != later[0]:
        return False
    return not (first[1] and later[1]) or bool(first[1] & later[1])


def _words(task: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", task.lower()))


def _verb(task: str) -> str:
    return task.split()[0].lower() if task.split() else ""


def next_step(first: str, later: str) -> bool:
    """The later task's verb does the same step of the work as the first's, or the next one."""
    a, b = _verb(first), _verb(later)
    if a == b or b in LIGHT_VERBS:
        return True
    return a in STEPS and b in STEPS and STEPS[a] <= STEPS[b]


def same_owner(a: Owner, b: Owner, meeting: Meeting) -> bool:
    """The same person, or a person and the side they are on ("we'll draft it" … "I'll send it")."""
    if a == b:
        return a is not None
    if isinstance(a, str) and isinstance(b, str):
        return side_of(a, meeting) == b or side_of(b, meeting) == a
    return False


def restates(first: Item, later: Item, meeting: Meeting) -> bool:
    """``later`` takes up ``first``'s work again: the same owner, the same thing, the same or the next step; in the
    same turn, only when it is worded the same, for the same date ("our finance team will need to set you up on
    the portal. They'll sort that before the first invoice."; not "the deck today, … the deck again on Friday"), or
    when it hands over what the first makes (``handed_here``) or is the speaker's own promise of the work their side
    just took on (``taken_on_here``)."""
    if later.turn == first.turn:
        if handed_here(first, later) or taken_on_here(first, later, meeting):
            return True
        dates = [(i.due.due or i.due.text) if i.due is not None else None for i in (first, later)]
        return later.task == first.task and dates[0] == dates[1] and same_owner(first.owner, later.owner, meeting)
    if later.turn < first.turn or not same_owner(first.owner, later.owner, meeting):
        return False
    if not same_thing(first.task, later.task):
        return False
    anew = (_words(later.task) - _words(first.task)) & VERSIONS
    return not anew and next_step(first.task, later.task)


def handed_here(first: Item, later: Item) -> bool:
    """In one turn, the owner makes a thing and then tells the listener when they will have it: "I'll update the edit
    with anything that changes. You'll have the revised edit by the 20th." is one item, the delivery (the version the
    work makes is the thing handed over); not two things ("I'll draft the brief. You'll have the budget Friday."), two
    deliveries ("the numbers today, and the full plan on Friday") nor two steps the owner names ("I'll draft the
    statement. I'll send the statement to legal.")."""
    made, handed = STEPS.get(_verb(first.task)), STEPS.get(_verb(later.task))
    told = later.kind == "YOU" and first.owner == later.owner
    return told and made == 1 and handed == 2 and same_thing(first.task, later.task)


def taken_on_here(first: Item, later: Item, meeting: Meeting) -> bool:
    """In one turn, the side's yes to a request and the speaker's own promise of that work: "Could you price up a
    studio day?" "Yes, that we can do. I'll get you a price next week." is one item, the speaker's (GUIDELINES §2.3:
    the one who takes it), dated as they promise it. The two name the same work: a word of one's object is a word of
    the other's task ("price up a studio day" / "send a price"); "Sure, we can do that. I'll also send the logos." and
    "Yep, we can do that. I'll brief the designer." are more work."""
    side, own = (first, later) if first.owner in ("agency", "client") else (later, first)
    if not side.accepted or not isinstance(own.owner, str) or side_of(own.owner, meeting) != side.owner:
        return False
    a, b = first.task, later.task
    return bool(object_words(a) & (object_words(b) | {_verb(b)}) or (object_words(a) | {_verb(a)}) & object_words(b))


def fuller(first: str, later: str) -> str:
    """The first task with the object as the later one says it more fully, its verb kept ("pull together a
    breakdown of the sign-ups" … "do a breakdown of the sign-ups by region and by store" -> "pull together a
    breakdown of the sign-ups by region and by store"); the first as it was when the later one words its object
    otherwise."""
    said = later.split()[1:]
    at = f" {first} ".find(" " + " ".join(said[:2]) + " ") if len(said) >= 2 else -1
    if at <= 0 or not object_words("do " + first[at:]) < object_words(later):
        return first
    if later.split()[0].lower() == "share" and first.split()[0].lower() != "share" and "with" in said:
        # "send the deck" … "share the deck and the budget with Owen": sent to Owen
        said[said.index("with")] = "to"
    return first[:at] + " ".join(said)


def merge_restated(items: list[Item], meeting: Meeting, recap_turns: frozenset[int] = frozenset()) -> list[Item]:
    """``items`` (their tasks worded) with each later restatement merged into the first item it restates."""
    kept: list[Item] = []
    for item in items:
        first = next((i for i in kept if restates(i, item, meeting)), None)
        if first is None:
            kept.append(item)
            continue
        dated = item.due is not None and item.due.due is not None
        # the speaker's own promise says when they will have it ("We can do that. I'll get it to you Friday.")
        own = dated and first.owner in ("agency", "client") and taken_on_here(first, item, meeting)
        if dated and (first.due is None or first.due.due is None or item.turn in recap_turns or own):
            first.due = item.due
        if first.owner in ("agency", "client") and isinstance(item.owner, str) and item.owner != first.owner:
            first.owner = item.owner
        # in one turn, the thing handed over is what the work is for ("send the revised edit", not "update the edit")
        first.task = item.task if handed_here(first, item) else fuller(first.task, item.task)
        first.merged.append(item.turn)
    return kept


OFFER_REACH = 2  # turns back to the speaker's own offer of the thing an item's "it" stands for
FIRST_PERSON = {"i", "we"}
NOT_OFFERS = {"like", "love", "want", "suggest", "recommend", "propose", "ask"}  # "I'd like to", "can I ask"


def offered_at(item: Item, turns: list[Turn], drafted: set[int]) -> int | None:
    """The turn a turn or two before where the item's speaker offered the thing the item only points back at
    ("I'll draft the written statement — when do they need it?" "Monday." "Then you'll have it first thing
    Monday."): their own last turn, in which no item was drafted, names the object's head as what "I" or "we"
    do. None when the item's own turn names the thing, or a turn between asks for it ("We'd like the logos up."
    "Could you collect those?" "Yep, on it.": the answer is the item)."""
    found = object_of(item.task)
    if found is None or item.speaker is None or item.turn >= len(turns):
        return None
    ours = item.owner != item.speaker and item.owner == turns[item.turn].side  # "we'll …" of the speaker's side
    if item.owner != item.speaker and not ours:
        return None
    if _names(turns[item.turn], found[0]):
        return None
    for k in range(item.turn - 1, max(-1, item.turn - 1 - OFFER_REACH), -1):
        if turns[k].cues("REQUEST"):
            return None  # asked for in between ("Could you collect those?"): the item is the answer
        if turns[k].speaker != item.speaker:
            continue
        # the side's "we" goes back only to an offer put as one ("What we can do is …"); "We could add a survey."
        # "Please." "Lovely, we'll add it." stands where it is promised
        return k if k not in drafted and _offers(turns[k], found[0], clauses=not ours) else None
    return None


def _names(turn: Turn, head: str) -> bool:
    return any(t.lower_.removesuffix("s") == head for t in turn.doc)


# "What we can do is an audio-only cut", "what we'd like to do is write up a proper paper": the offer is what follows
PSEUDO_CLEFT = re.compile(
    r"\bwhat (?:i|we) (?:can|could|would|'d|might|will|'ll)(?: (?:like|love|want|suggest|propose)(?: to)?)? do is\b",
    re.IGNORECASE,
)


def _offers(turn: Turn, head: str, clauses: bool = True) -> bool:
    """A commitment clause of the turn, "I" or "we" doing something to ``head`` ("I could put together a crib
    sheet"), or the thing put after "what we can do is" ("What we can do is an audio-only montage."), not a thing
    had, wished, asked about or needed ("I've got a map", "I'd like to walk the pitch", "Can I ask, last year's cup
    counts, would they help?", "we need to double check with Maya")."""
    for sent in turn.doc.sents:
        m = PSEUDO_CLEFT.search(sent.text)
        offered = [t for t in sent if m is not None and t.idx - sent.start_char >= m.end()]
        if any(t.pos_ in ("NOUN", "PROPN") and t.lower_.removesuffix("s") == head for t in offered):
            return True
    return clauses and any(
        c.subj is not None
        and c.subj.lower_ in FIRST_PERSON
        and c.distractor is None
        and not c.negated
        and c.verb.lemma_ not in NOT_OFFERS
        and not _put_as_a_maybe(c)
        and any(t.pos_ in ("NOUN", "PROPN") and t.lower_.removesuffix("s") == head for t in c.verb.subtree)
        for c in turn.clauses
    )


ADVICE = {"would", "'d"}
SUGGESTION = {"could", "might", "should", "ought"}


def _put_as_a_maybe(c: Clause) -> bool:
    """A course put as advice or as a suggestion for the meeting to decide ("So I'd pause everything this week.",
    "We could swap it for the seed swap?", "We should be talking to finance about a discount."), not an offer the
    speaker's later "I'll pause them" points back to: the item is the promise made once it is decided. "I could
    draft it" is an offer of one's own work and stays one."""
    aux = {t.lower_ for t in c.verb.children if t.dep_ == "aux"}
    return bool(aux & ADVICE) or (bool(aux & SUGGESTION) and c.subj is not None and c.subj.lower_ == "we")


def move_to_offers(items: list[Item], turns: list[Turn]) -> None:
    """Each item that only points back at its speaker's undrafted offer moves to the offer's turn."""
    drafted = {i.turn for i in items}
    for item in items:
        at = offered_at(item, turns, drafted)
        if at is not None:
            item.merged.append(item.turn)
            item.turn = at
            drafted.add(at)


ASKED_DEPS = {"dobj", "nsubjpass", "pobj", "attr"}  # what a question asks to have: "when can we get the logos?"


def asked_when_again(items: list[Item], turns: list[Turn]) -> list[Item]:
    """``items`` without those that only answer a question of when about an earlier item of their owner's: the
    earlier item takes the date then said (GUIDELINES §2.2, a repeated commitment is annotated once, at its first
    turn). "I'll send the sponsor list and the logos." … "Nell, when can we get the logos?" "Friday. I'll send the
    whole pack on Friday."; "… and I'll get v2 over to you by Friday." … "Can we get v2 Thursday, actually?"
    "Thursday, fine, I'll get it done Thursday." Not an answer to a question about a thing no item of theirs names,
    nor one that says no date."""
    kept: list[Item] = []
    for item in items:
        earlier = _asked_again(item, kept, turns)
        if earlier is None:
            kept.append(item)
            continue
        earlier.due, earlier.late_due = item.due, True
        earlier.merged.extend([item.turn, *item.merged])
    return kept


def _asked_again(item: Item, kept: list[Item], turns: list[Turn]) -> Item | None:
    """The owner's earlier item whose thing the question of the turn before asks for, with a date ("when can we get
    the logos?", "Can we get v2 Thursday?"), when ``item`` is their dated answer to it."""
    k = item.turn
    if not 0 < k < len(turns) or item.due is None or item.due.due is None or item.owner != item.speaker:
        return None
    asking = turns[k - 1]
    if asking.speaker in (None, item.speaker):
        return None
    sents = [s for s in asking.doc.sents if s.text.rstrip().endswith("?")]
    dated = [
        d for d in asking.dues if d.due is not None and any(s.start_char <= d.start_char < s.end_char for s in sents)
    ]
    if not sents or not (asking.cues("WHEN") or dated):
        return None
    asked = {w for s in sents for w in _things(s, asking)}
    for earlier in reversed(kept):
        if earlier.owner != item.owner or earlier.turn >= k - 1 or earlier.turn >= len(turns):
            continue
        named = object_words(earlier.task) | set(_things(turns[earlier.turn].doc, turns[earlier.turn]))
        if asked & named:
            return earlier
    return None


def _things(span: Span | Doc, turn: Turn) -> list[str]:
    """The things a stretch of a turn has, gets or sends: the nouns of its objects and the words that say which one,
    not a date ("get v2 Thursday": v2)."""
    dates = [(d.start_char, d.end_char) for d in turn.dues]
    objects = [t for t in span if t.dep_ in ASKED_DEPS and t.pos_ in ("NOUN", "PROPN")]
    words = [w for t in objects for w in (t, *(c for c in t.children if c.dep_ == "compound"))]
    return [w.lower_.removesuffix("s") for w in words if not any(a <= w.idx < b for a, b in dates)]
