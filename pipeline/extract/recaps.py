"""Recaps confirm, they do not duplicate: a closing recap that restates earlier items updates them and adds only
what is new.

    t12 Owen: "I'll send the cost sheet on Friday."
    t40 Nadia: "Let me recap. Owen's sending the cost sheet Monday, and I'll book the studio."
        -> the t12 item keeps its turn and takes Monday; "book the studio" is the recap's one new item.

A recap turn is one with a recap cue (``models/distractors.jsonl`` RECAP) or a recap opener
(``models/wording/recaps.jsonl`` RECAP_OPENER). Every commitment clause of it, and every item found in it, is
compared with the items before it; one that restates an earlier item (the same object: its content words after
the verb overlap) gives that item its date when the recap names a date, and its owner when the recap names a
different attendee (or the speaker says "I'll"); the recap's own copy goes. The recap act itself ("let me recap",
"let me wrap up", or "sure" to "could you sum up for us?") is not an item, in whatever turn it is taken on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import srsly
from spacy.tokens import Token

from pipeline.errors import ConfigError
from pipeline.extract.dates import DueMatch
from pipeline.extract.handed import handed_from
from pipeline.extract.items import Item
from pipeline.extract.owners import names_in
from pipeline.extract.turns import Turn
from pipeline.schemas import Meeting, Owner

# "asking the docents Thursday and sending the logos": each part names its own item and date
BOUNDARY = re.compile(r"[,;.!?]|\s[—–-]\s|\sand\s")
SAME_TASK = 0.5  # the share of the shorter task's object words the two tasks must share
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}
DEADLINE_PREPS = {"by", "before", "until", "till", "within"}
OBJECT_STOP = {"the", "a", "an", "and", "or", "to", "of", "for", "with", "on", "in", "at", "by", "from", "up", "out",
               "over", "round", "back", "off", "it", "that", "this", "them", "those", "you", "us", "me", "our",
               "your", "their", "all", "some", "any", "new", "revised", "updated", "full", "final", "first", "thing",
               "bit"}  # fmt: skip


LATE = 0.7  # the share of the call after which "let me just run through it." recaps (before it, it presents a thing)


@dataclass(frozen=True)
class RecapRules:
    openers: tuple[re.Pattern[str], ...]
    acts: tuple[re.Pattern[str], ...]
    late_openers: tuple[re.Pattern[str], ...] = ()
    asks: tuple[re.Pattern[str], ...] = ()

    def opens_recap(self, text: str) -> bool:
        return any(p.search(text) for p in self.openers)

    def opens_late_recap(self, text: str) -> bool:
        """ "Right, let me just run through it. …": a recap when said in the closing part of the call."""
        return any(p.search(text) for p in self.late_openers)

    def asks_recap(self, text: str) -> bool:
        """ "Zainab, can you sum up for us?": the turn that answers it, by someone else, recaps."""
        return any(p.search(text) for p in self.asks)

    def is_recap_act(self, task: str) -> bool:
        """The task is the recap itself ("recap", "wrap up", "play back what we've got")."""
        text = re.sub(r"\s*['’]\s*(?=(?:ve|s|re|ll|d|m)\b)", "'", task).strip().rstrip(".")  # "we ' ve" -> "we've"
        return any(p.match(text) for p in self.acts)


@lru_cache(maxsize=8)
def load_recap_rules(path: Path) -> RecapRules:
    """``models/wording/recaps.jsonl``: RECAP_OPENER (a turn that recaps) and RECAP_ACT (the recap as a task)."""
    found: dict[str, list[re.Pattern[str]]] = {
        "RECAP_OPENER": [],
        "RECAP_ACT": [],
        "RECAP_OPENER_LATE": [],
        "RECAP_ASKED": [],
    }
    for row in srsly.read_jsonl(path):
        if row["label"] not in found:
            raise ConfigError(f"{path}: unknown recap label {row['label']!r}")
        found[row["label"]].append(re.compile(row["pattern"], re.IGNORECASE))
    return RecapRules(
        tuple(found["RECAP_OPENER"]),
        tuple(found["RECAP_ACT"]),
        tuple(found["RECAP_OPENER_LATE"]),
        tuple(found["RECAP_ASKED"]),
    )


def object_words(task: str) -> set[str]:
    """The content words of a task after its verb: "send the revised cost sheet over" -> {cost, sheet}."""
    words = re.findall(r"[a-z0-9][a-z0-9']*", re.sub(r"\(.*?\)", "", task).lower())[1:]  # not its condition
    return {object_word(w) for w in words if w not in OBJECT_STOP and len(w) > 1}


def object_word(word: str) -> str:
    """A word as ``object_words`` compares it: lower case, one plural "s" off ("releases" -> "release"; "glass"
    -> "glas", the same as said again, and not "gas")."""
    return word.lower().removesuffix("s")


def same_task(a: str, b: str) -> bool:
    """Two tasks with the same object: most of the shorter one's object words, at least two of them, or the
    same single word ("send the animatic" / "sending the animatic", not "set up a call" / "do a prep call")."""
    wa, wb = object_words(a), object_words(b)
    if not wa or not wb:
        return False
    common = wa & wb
    return len(common) / min(len(wa), len(wb)) >= SAME_TASK and (len(common) >= 2 or wa == wb)


def is_recap(turn: Turn, rules: RecapRules) -> bool:
    return bool(turn.cues("RECAP")) or rules.opens_recap(turn.text)


ASIDE_WORDS = 8  # words at most of another's answer that a recap goes on after ("Tuesday's fine.")


def recap_turns(turns: list[Turn], rules: RecapRules) -> frozenset[int]:
    """The turns that recap the call: each ``is_recap`` turn, and the same speaker's next turn when only a short
    answer to the recap's question of a day came between ("… can we say Tuesday rather than Wednesday?" "Tuesday's
    fine." "Theo books the studio …": the recap goes on; not "Let me do a quick recap." "I've got five minutes.",
    nor "Did I miss anything?" "Contact report?" "Ha, yes, you'll have the contact report by end of day.")."""
    found: set[int] = set()
    for turn in turns:
        k = turn.index
        aside = turns[k - 1] if k >= 2 else None
        goes_on = (
            k - 2 in found
            and aside is not None
            and turn.speaker is not None
            and turn.speaker == turns[k - 2].speaker != aside.speaker
            and _day_asked(turns[k - 2])
            and aside.n_words <= ASIDE_WORDS
        )
        if is_recap(turn, rules) or goes_on:
            found.add(k)
    return frozenset(found)


def _day_asked(turn: Turn) -> bool:
    """The turn ends on a question that names a day ("… actually can we say Tuesday rather than Wednesday?")."""
    last = list(turn.doc.sents)[-1]
    return last.text.rstrip().endswith("?") and any(d.start_char >= last.start_char for d in turn.dues)


def closes_with_recap(turn: Turn, rules: RecapRules, before: Turn | None) -> bool:
    """A recap said without a recap word: "Right, let me just run through it. …" late in the call, or the answer to
    "can you sum up for us?" put by someone else in the turn ``before``. Only its items that say an earlier one
    again go (its list is not read for dates and owners, as a recap's is)."""
    asked = before is not None and before.speaker != turn.speaker and rules.asks_recap(before.text)
    return (turn.position >= LATE and rules.opens_late_recap(turn.text)) or asked


def merge_recaps(items: list[Item], turns: list[Turn], meeting: Meeting, rules: RecapRules) -> list[Item]:
    """``items`` (their tasks already worded) with each recap's restatements merged into the items they restate."""
    # the recap act is done in the call, however it was asked for ("Nell, could you sum up for us?" "Sure. …")
    drop: set[int] = {id(i) for i in items if rules.is_recap_act(i.task)}
    people = {w.lower().removesuffix("s") for a in meeting.attendees for w in re.findall(r"[\w']+", a.name)}
    recaps = recap_turns(turns, rules)
    for k, turn in enumerate(turns):
        full = turn.index in recaps
        if not (full or closes_with_recap(turn, rules, turns[k - 1] if k else None)):
            continue
        last: Item | None = None  # the item the part of the recap before names
        here = [i for i in items if i.turn == turn.index]
        earlier = [i for i in items if i.turn < turn.index and id(i) not in drop]
        said = {w for t in turns[:k] for w in _words(t.text)}
        for item in here:
            target = _restated(item.task, earlier, item.owner) or _same_day_again(item, earlier, said)
            if target is not None and id(item) not in drop:
                if full:
                    _update(target, item.owner, item.due)
                drop.add(id(item))
        if not full:
            continue
        new = [object_words(i.task) for i in here if id(i) not in drop]
        for lo, hi in _fragments(turn.text):
            words = _words(turn.text[lo:hi])
            if any(w and len(w & words) / len(w) >= SAME_TASK for w in new):
                continue  # the part of the recap that says a new item
            ours = _ours(turn, lo, hi, earlier, meeting)  # "… and we're sending release forms tomorrow"
            found = _mentioned(turn.text[lo:hi], ours or earlier, _modifiers(turn, lo, hi), people)
            found = found or _owner_said_doing(turn.text[lo:hi], earlier)
            moved = _day_put(turn, lo, hi) if found is None and last is not None else None
            if last is not None and moved is not None:
                _update(last, last.owner, moved)  # "Priti, estimate back to us, actually can we say Tuesday?"
                continue
            last = found[0] if found is not None else None
            if found is not None:
                target, hit = found
                owner = _fragment_owner(turn, lo, hi, hit, meeting)
                if len(hit) == 1 and _other_owner(owner, target.owner):
                    continue  # one word in common and someone else's: another item ("sending logos" / "bump the logo")
                _update(target, owner, _fragment_due(turn, lo, hi, hit, _dated(target)))
                continue
            mine = _from_me(turn, lo, hi)
            if mine is not None and _restated(mine.task, earlier, mine.owner) is None:
                items = [*items, mine]  # "… And the contact report from me by end of day.": new in the recap
        drop.update(_answers(items, turns, turn, drop, people))
    return [i for i in items if id(i) not in drop]


# "Contact report from me first thing tomorrow", "and the revised estimate from me Wednesday": a thing, then who
FROM_ME = re.compile(
    r"^\s*(?:and\s+|then\s+|plus\s+)?(?P<thing>(?:(?:the|a|an|my|our)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
    r"\s+from me\b",
    re.IGNORECASE,
)
NOT_THINGS = {"one", "thing", "things", "anything", "nothing", "more", "last", "all", "that", "this", "it"}


def _from_me(turn: Turn, lo: int, hi: int) -> Item | None:
    """The sentence that closes a recap giving the speaker a thing to deliver by a day ("… Mo testing Friday, the
    dashboard end of next week. Contact report from me first thing tomorrow."): the speaker's item "send the contact
    report", dated; what the speaker adds after the list, not a part of it ("Redraft from me by two, Tom's timeline
    this afternoon, …" says again what was taken on before), nor "One more from me." (no day, no thing)."""
    found = FROM_ME.match(turn.text[lo:hi])
    if found is None or turn.speaker is None or re.search(r"[.!?]\s*\w", turn.text[lo:]):
        return None
    thing = found.group("thing")
    words = thing.lower().split()
    if words[0] in NOT_THINGS or words[-1] in NOT_THINGS:
        return None
    at = lo + found.end()
    due = next((d for d in turn.dues if at <= d.start_char < hi), None)
    if due is None:
        return None
    thing = thing[0].lower() + thing[1:]
    if words[0] not in ("the", "a", "an", "my", "our"):
        thing = "the " + thing
    return Item(turn.index, turn.speaker, "send " + thing, "from_me_recap", 0.7, due, turn.speaker)


ANSWER_TURNS = 2  # the turns after a recap in which those it names answer it


def _answers(items: list[Item], turns: list[Turn], recap: Turn, gone: set[int], people: set[str]) -> set[int]:
    """The items of the replies to a recap that only say again, or re-date, work the recap gave their speaker: "So
    recap. Week three resent on Monday, Tolu—" "Actually, I can do it tomorrow." or "… Emrys re-cutting six, the
    teaser in." "Can I say Tuesday for six? I'll be editing the teaser Monday.". The speaker is named in the recap and
    has work from before it; the reply's own item either points back (none of its task's things is said in the
    reply) or names a thing the recap lists as nobody else's ("Mo drafts by two" is Mo's draft, not the reply's "send
    me the draft and I'll turn it round"). The earlier item it restates takes its date. An item taken on in reply (a
    request put in the recap: "Josh, can you tweak the one-pager?" "Yep, I'll update it.") is new."""
    drop: set[int] = set()
    for turn in turns[recap.index + 1 : recap.index + 1 + ANSWER_TURNS]:
        speaker = turn.speaker
        if speaker is None or speaker == recap.speaker or not _named_in(speaker, recap.text):
            continue
        others = people - {w.lower().removesuffix("s") for w in re.findall(r"[\w']+", speaker)}
        said = {
            w
            for lo, hi in _fragments(recap.text)
            if not _words(recap.text[lo:hi]) & others
            for w in _words(recap.text[lo:hi])
        }
        before = [i for i in items if i.turn < recap.index and id(i) not in gone and i.owner == speaker]
        if not before:
            continue
        reply = _words(turn.text)
        for item in [i for i in items if i.turn == turn.index and i.owner == speaker and not i.accepted]:
            things = {w for w in object_words(item.task) if len(w) > 2} - people
            in_reply = things & reply
            if in_reply and 2 * len(in_reply & said) < len(in_reply):
                continue  # new work of the reply's own (the recap names less than half of what the reply says of it:
                # "the list of stores with screens" beside "footage on the screens")
            target = _restated(item.task, before, speaker)
            if target is None and handed_from(item, items, turns) is not None:
                continue  # work handed over to the speaker after the recap ("could Kit take that?"): theirs now
            named = things & reply and not any(things & object_words(i.task) for i in items if i.turn <= recap.index)
            if target is None and named:
                continue  # "… Oh, and Cressida, the call sheet." "Leave that with me. I'll send it over Tuesday.": new
            if target is not None:
                _update(target, None, item.due)
            drop.add(id(item))
    return drop


def _named_in(person: str, text: str) -> bool:
    """The recap names the attendee by their first name ("Tolu's resending week three")."""
    first = person.split()[0]
    return re.search(r"\b" + re.escape(first) + r"\b", text) is not None


def _words(text: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z0-9][a-z0-9']*", text.lower())}


def _fragments(text: str) -> list[tuple[int, int]]:
    """The parts of a recap's list, between commas, semicolons, dashes and sentence ends."""
    cuts = [0] + [m.end() for m in BOUNDARY.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _modifiers(turn: Turn, lo: int, hi: int) -> set[str]:
    """Words of a part of the recap that do not name its thing: those that only say which thing ("tenant" of "the
    tenant panel") and its verbs said with a subject ("send" of "we send the round-up tomorrow" is not the thing of
    "finish and send that")."""
    return {
        t.lower_.removesuffix("s")
        for t in turn.doc
        if lo <= t.idx < hi and (_said_with_subject(t) or (t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN")))
    }


def _said_with_subject(tok: Token) -> bool:
    return tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _mentioned(
    fragment: str,
    earlier: list[Item],
    modifiers: frozenset[str] | set[str] = frozenset(),
    people: frozenset[str] | set[str] = frozenset(),
) -> tuple[Item, set[str]] | None:
    """The earlier item whose object a part of the recap names (most of its object words, at least two of them
    or its only one, not as the modifier of another thing: "tenants" is not "the tenant panel"), the latest first;
    with the words it shares. An attendee's name (``people``) says who, not what: "Gwen sends the closures today"
    does not name "send the winter rota to Gwen"."""
    words = _words(fragment)
    best: tuple[float, int, Item, set[str]] | None = None
    for k, item in enumerate(earlier):
        obj = {w for w in object_words(item.task) if len(w) > 3 and not w.isdigit() and w not in NUMBER_WORDS}
        obj -= people
        if len(obj) == 1 and not re.search(r"\b" + re.escape(next(iter(obj))), item.task):
            continue  # one capitalised word ("write up Castle") says who, not what
        hit = obj & words
        if len(obj) == 1 and hit <= modifiers:
            continue
        if not obj or len(hit) / len(obj) < SAME_TASK or not (len(hit) >= 2 or len(obj) == 1):
            continue
        if best is None or (len(hit) / len(obj), k) > best[:2]:
            best = (len(hit) / len(obj), k, item, hit)
    return (best[2], best[3]) if best else None


WHEN_SAID = re.compile(
    r"\b(?:by|before|until|till|on|for|next|this|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday)\b",
    re.IGNORECASE,
)


def _owner_said_doing(fragment: str, earlier: list[Item]) -> tuple[Item, set[str]] | None:
    """The earlier item whose owner the part of the recap names by first name, saying the item's own verb on a
    thing of it ("Owen briefs the stores by end of next week" for "brief the store teams on the new dates"); the
    latest such, with the words it shares."""
    words = _words(fragment)
    for item in reversed(earlier):
        verb = _verb(item.task)
        owners = item.owner if isinstance(item.owner, list) else [item.owner]
        if len(owners) != 1 or owners[0] is None or " " not in owners[0] or len(verb) < 3:
            continue
        doing = re.search(rf"\b{re.escape(verb)}(?:s|es|ing)?\b", fragment, re.IGNORECASE)
        if doing is None or not _named_in(owners[0], fragment):
            continue
        # the thing it is done to, up to its date: all of it the item's ("the stores"), not "the trainee list"
        thing = object_words(WHEN_SAID.split(fragment[doing.start() :], maxsplit=1)[0])
        if thing and thing <= object_words(item.task):
            return item, thing & words
    return None


# the part of a recap after an item that puts another day for it: "actually, can we say Tuesday rather than Wednesday?"
DAY_PUT = re.compile(r"\b(?:say|make it|make that|do|go for|go with)\s+$", re.IGNORECASE)


def _day_put(turn: Turn, lo: int, hi: int) -> DueMatch | None:
    """The day a part of the recap puts instead for the item the part before named ("actually can we say Tuesday
    rather than Wednesday?": Tuesday, not the day it replaces)."""
    for d in turn.dues:
        if lo <= d.start_char < hi and d.due is not None and DAY_PUT.search(turn.text[lo : d.start_char]):
            return d
    return None


def _same_day_again(item: Item, earlier: list[Item], said: set[str]) -> Item | None:
    """The recap gives the owner work on a thing talked about before, by the very day an earlier item of theirs
    is due ("So, I'm doing the first draft of both entries by this time next week" for "I'll do the first cut"
    dated the same): that item said again in other words, not new work. Not a thing first named in the recap ("and
    I'll send the contact report tomorrow", beside another item due tomorrow)."""
    if not _dated(item) or not (things := {w for w in object_words(item.task) if len(w) > 3}) or not things <= said:
        return None
    due = item.due.due if item.due is not None else None
    same = [i for i in earlier if i.owner == item.owner and _dated(i) and i.due is not None and i.due.due == due]
    return same[-1] if len(same) == 1 else None


LIGHT_VERBS = ("do", "sort", "handle")  # "I'll do the schedule": the work said before, named by its thing


def _restated(task: str, earlier: list[Item], owner: Owner = None) -> Item | None:
    """The latest earlier item with the same object as ``task``, or (for an item of the same owner) the same verb
    and an object word in common ("send the revised scope" / "send over a revised scope of work")."""
    for i in reversed(earlier):
        if same_task(i.task, task) and (owner is None or i.owner == owner or _verb(i.task) == _verb(task)):
            return i  # not "Tom drafts the brief" / "and I'll review the brief": a new item on the same thing
        # "I'll do the deck by the second" restates "send the full debrief deck": a light verb says no other work
        verb = _verb(task)
        same_verb = owner is not None and i.owner == owner and verb != "" and verb in (_verb(i.task), *LIGHT_VERBS)
        if same_verb and any(not w.endswith("ed") for w in object_words(i.task) & object_words(task)):
            return i
    return None


def _verb(task: str) -> str:
    return task.split()[0].lower() if task.split() else ""


def _fragment_due(turn: Turn, lo: int, hi: int, hit: set[str], dated: bool) -> DueMatch | None:
    """The deadline a part of the recap gives: a date in it that is not inside the object ("the invite for the
    17th" names what is sent; "the invite by the 17th" says when). "for <date>" may say either, so it only gives
    an item that has no date yet (``dated``)."""
    text = turn.text[lo:hi].lower()
    at = max((m.end() for w in hit for m in re.finditer(r"\b" + re.escape(w), text)), default=0)
    more = re.search(r"\band\b", text[at:])  # "the invite and the competitor review on Tuesday": the review's
    hi = lo + at + more.start() if more else hi
    for d in turn.dues:
        if not (lo <= d.start_char < hi) or d.due is None:
            continue
        if dated and re.match(r"for\b", d.text, flags=re.IGNORECASE):
            continue
        span = turn.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is None or not _inside_object(span.root, hit):
            return d
    return None


def _inside_object(tok: Token, hit: set[str]) -> bool:
    prep = tok.lower_ if tok.dep_ == "prep" else ""  # the span "by Tuesday" has its preposition as root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj":
            prep = tok.head.lower_
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.lower_.removesuffix("s") in hit:
            return prep not in DEADLINE_PREPS
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _dated(item: Item) -> bool:
    return item.due is not None and item.due.due is not None


# "I'll send the deck", "I'm on the deck", "I send the terms" (a recap's present); not "I think the deck …"
SPEAKER_DOES = re.compile(
    r"\bI(?:'ll|'m| will| am|\s+(?!think\b|guess\b|reckon\b|mean\b|know\b|believe\b|suppose\b|hope\b|feel\b|said\b)"
    r"[a-z]+\b)"
)


def _fragment_owner(turn: Turn, lo: int, hi: int, hit: set[str], meeting: Meeting) -> Owner:
    """Who a part of the recap says does it: an attendee named before the object ("Tom's sending the deck"), the
    speaker ("I'll send the deck", "I'm on the deck", "I send the deck"), else nobody (the earlier item keeps its
    owner). Two attendees named before it do not say which ("Lottie's building the store list off Callum's grading
    file" names Callum's file in Lottie's work: the item for the file stays Callum's)."""
    text = turn.text[lo:hi]
    first = min((m.start() for w in hit for m in re.finditer(r"\b" + re.escape(w), text.lower())), default=len(text))
    before = text[:first]
    names = names_in(before, meeting)
    if len(names) > 1:
        return None
    if names:
        return names[0]
    if SPEAKER_DOES.search(before):
        return turn.speaker
    return None


WE_DO = re.compile(r"\b(?:we(?:'re|'ll| are| will)|our (?:side|team|end))\b", re.IGNORECASE)


def _ours(turn: Turn, lo: int, hi: int, earlier: list[Item], meeting: Meeting) -> list[Item]:
    """The earlier items of the speaker's side, when a part of the recap says "we" do it ("and we're sending the
    release forms tomorrow" is not the client's "I'll get them out to the trainees once they come in"); else none."""
    if turn.side is None or not WE_DO.search(turn.text[lo:hi]):
        return []
    side = {a.name for a in meeting.attendees if a.side == turn.side} | {turn.side}
    return [i for i in earlier if set(i.owner if isinstance(i.owner, list) else [i.owner]) & side]


def _other_owner(owner: Owner, of: Owner) -> bool:
    owners = of if isinstance(of, list) else [of]
    return isinstance(owner, str) and bool(owner) and owner not in owners


def _on_an_event(item: Item) -> bool:
    return item.due is not None and item.due.due is None and item.due.rule == "vague"


def _same_day_shorter(target: Item, due: DueMatch) -> bool:
    """The recap says the item's day again without its month ("numbers by the twelfth" for "by the twelfth of
    June"): the same day of the month, read as the next one; the date the item was given stands."""
    old = target.due.due if target.due is not None else None
    return old is not None and due.due is not None and old != due.due and old.day == due.due.day


def _update(target: Item, owner: Owner, due: DueMatch | None) -> None:
    """The recap's date and owner win over the earlier item's, when the recap says them; a deadline the item set on
    an event of its own ("Once we've got the sizes we'll get them printed") only gives way to a day the recap says
    with the item's own owner ("Lucy's getting them out Monday"), not to one it says of someone else."""
    kept = _on_an_event(target) and owner != target.owner
    if due is not None and due.due is not None and not kept and not _same_day_shorter(target, due):
        target.due = due
    if isinstance(owner, str) and owner and owner != target.owner:
        owners = target.owner if isinstance(target.owner, list) else [target.owner]
        if owner not in owners:
            target.owner = owner
