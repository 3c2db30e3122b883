"""Work handed to someone else later in the call.

"Ronan, you've got the themes summary." … "Ah, actually, could Kit take that? She's read every comment." "Yeah, I'll
do the summary." The work changes hands: the item is the new owner's, made in their turn (GUIDELINES §2.3, "the
owner is the person who finally commits"), and the first owner's item is gone. Whoever held the work asks, in one of
the two turns before, for the new owner by name to take it over ("could Kit take that?", "Theo, can you pick up the
store list?"), and the new owner's item shares a thing with the one they take ("the summary"). A request for other
work ("Theo, can you send me the photos?") hands nothing over.
"""

from __future__ import annotations

import re

from pipeline.extract import recaps  # the module (it asks ``handed_from`` in turn)
from pipeline.extract.items import Item
from pipeline.extract.turns import Turn

TAKING = {"take", "do", "handle", "cover", "pick", "grab", "own"}  # verbs that only say the work is taken on
ASKED_BACK = 2  # the hand-over is asked in one of the turns just before the new owner commits
# asking someone to take work over: "could Kit take that?", "can you pick up the list?", "Theo could handle it instead"
TAKE_OVER = re.compile(r"\b(?:take|taking|pick(?:ing)?\s+up|handle|handling|cover|covering|instead)\b", re.IGNORECASE)


def handed_from(item: Item, items: list[Item], turns: list[Turn]) -> Item | None:
    """The earlier item whose owner asked ``item``'s owner by name to take it over, just before ``item`` was made."""
    if not isinstance(item.owner, str) or item.turn >= len(turns):
        return None
    first = item.owner.split()[0]
    for turn in turns[max(0, item.turn - ASKED_BACK) : item.turn]:
        holder = turn.speaker
        if holder is None or holder == item.owner or not TAKE_OVER.search(turn.text):
            continue
        if not re.search(r"\b" + re.escape(first) + r"\b", turn.text) or "?" not in turn.text:
            continue
        asked = recaps.object_words("x " + turn.text) | recaps.object_words(item.task)
        held = [i for i in items if i is not item and i.owner == holder and i.turn < turn.index]
        shared = [i for i in held if recaps.object_words(i.task) & recaps.object_words(item.task)]
        named = [i for i in held if recaps.object_words(i.task) & asked]
        found = shared or named
        if found:
            return found[-1]
    return volunteered_from(item, items, turns) or claimed_from(item, items, turns)


# telling someone something, in whatever words: "brief the printers", "let them know", "tell them", "ring them"
TELLING = frozenset({"tell", "brief", "let", "email", "ring", "call", "message", "phone", "update", "text", "warn"})
# the one who takes it says so: "let me tell them", "actually, I'll tell them", "no, I'll tell them myself"
CLAIMING = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:let me|actually|no,)|\bmyself\b", re.IGNORECASE)


ALSO = re.compile(r"\b(?:too|also|as well)\b", re.IGNORECASE)


def claimed_from(item: Item, items: list[Item], turns: list[Turn]) -> Item | None:
    """The item of the turn just before, someone else's, whose telling the owner claims for themself ("I'll brief
    the printers on that through you." "Yeah, let me tell them, it's cleaner coming from us."): the same people told,
    by the one who finally commits (GUIDELINES §2.3); not other work on the same thing ("I'll send the deck." "Let me
    check it with legal first.") nor telling others ("Great, and let me tell finance.")."""
    if not isinstance(item.owner, str) or item.turn >= len(turns) or _verb(item.task) not in TELLING:
        return None
    said = turns[item.turn].text
    if not CLAIMING.search(said) or ALSO.search(said):
        return None  # "And let me tell their account manager too.": more telling, beside the first
    wanted = recaps.object_words(item.task)
    for before in items:
        if before.turn != item.turn - 1 or not isinstance(before.owner, str) or before.owner == item.owner:
            continue
        if before.speaker != before.owner or _verb(before.task) not in TELLING:
            continue
        if wanted & recaps.object_words(before.task):
            return before
    return None


def _verb(task: str) -> str:
    return task.split()[0].lower() if task.split() else ""


TAKING_OVER = {"take", "pick", "cover", "handle", "grab"}  # "I'll take the one-pager": work someone else held
CARRIED = re.compile(r"\b(?:to|into|round|along|through|with)\b", re.IGNORECASE)


def volunteered_from(item: Item, items: list[Item], turns: list[Turn]) -> Item | None:
    """The earlier item of a colleague (of the owner's side) whom ``item``'s turn names while its owner takes the
    same thing on unasked ("Actually, I'll take the one-pager. Nell's away from Friday."): the work changes hands
    as when it is asked."""
    if not isinstance(item.owner, str) or item.turn >= len(turns) or item.task.split()[0].lower() not in TAKING_OVER:
        return None
    if CARRIED.search(item.task):
        return None  # "I'll take the one-pager to the board": carried somewhere, not taken over
    said, side = turns[item.turn].text, turns[item.turn].side
    sides = {t.speaker: t.side for t in turns}
    wanted = recaps.object_words(item.task)
    for before in reversed([i for i in items if i.turn < item.turn]):
        held = before.owner
        if not isinstance(held, str) or held == item.owner or sides.get(held) != side:
            continue
        named = re.search(r"\b" + re.escape(held.split()[0]) + r"\b", said)
        if named and _alike(wanted, recaps.object_words(before.task)):
            return before
    return None


def _alike(a: set[str], b: set[str]) -> bool:
    """Object words that name the same thing, a word or its longer form ("one-pager" and "one-page summary")."""
    return any(len(min(x, y, key=len)) >= 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def hand_over(items: list[Item], turns: list[Turn]) -> list[Item]:
    """``items`` without those their owner handed to someone else who took them (the new owner's item keeps the
    first one's date when it says none, and its work when it only says it is taken: "take the store list")."""
    gone: set[int] = set()
    for item in items:
        before = handed_from(item, items, turns) or brought_in_from(item, items)
        if before is not None and id(before) not in gone:
            gone.add(id(before))
            item.due = item.due or before.due
            if item.task.split()[0].lower() in TAKING:  # "take the store list", "do it": the work handed over
                item.task = before.task
            if isinstance(item.owner, str):  # "get Rob to send round the schedule", Rob's: "send round the schedule"
                item.task = _getting(item.owner).sub("", item.task, count=1) or item.task
    return [i for i in items if id(i) not in gone]


def _getting(owner: str) -> re.Pattern[str]:
    """ "get Rob to …", "get Rob Adeyemi to …": the owner brought in to do the work."""
    return re.compile(rf"^get\s+(?:{re.escape(owner)}|{re.escape(owner.split()[0])})\s+to\s+", re.IGNORECASE)


def brought_in_from(item: Item, items: list[Item]) -> Item | None:
    """The earlier item, a turn or two before, of someone who would get ``item``'s owner to do the work ("Shall I
    get Rob to send round the revised schedule?"), when the owner takes it on himself ("Shall I? I can do it this
    afternoon."): the work is the owner's."""
    if not isinstance(item.owner, str):
        return None
    getting = _getting(item.owner)
    return next(
        (
            i
            for i in items
            if i is not item
            and isinstance(i.owner, str)
            and i.owner != item.owner
            and 0 <= item.turn - i.turn <= ASKED_BACK
            and getting.match(i.task)
        ),
        None,
    )
