"""A date changed later in the meeting, often after the closing recap: the final date wins (GUIDELINES §5).

    t28 Callum: "I'll get the new search and YouTube budgets live Monday."
    t113 Callum: "Sorry, one change — can I do the budgets Tuesday, not Monday?"      (the owner moves it)
        -> Tuesday
    t50 Dev: "I'll get a full draft to you by Tuesday."
    t113 Gareth: "Can the release come Wednesday? I'll read it properly then."        (the other side asks)
    t116 Dev: "Wednesday for the release. Fine by me."                               (the owner takes it)
        -> Wednesday

The turn that changes it names the old date ("not Monday") or the item's work ("the budgets", "the photos"), and
puts one new date. Its owner's change stands unless the next turn refuses it; the other side's ask stands only
when the owner's reply a turn or two later takes it ("Tomorrow. Fine."), not when it is refused ("No, Monday's
the earliest.") nor when nobody answers. A date about other work moves nothing.
"""

from __future__ import annotations

import datetime
import re

from pipeline.extract.carried_dues import deadlines
from pipeline.extract.dates import DueMatch
from pipeline.extract.deadlines import ACCEPTING, MORE_TIME, REDATE, asked_dates, owners_of
from pipeline.extract.due_spans import clock_time
from pipeline.extract.items import Item
from pipeline.extract.recaps import NUMBER_WORDS, object_words
from pipeline.extract.turns import Turn

REPLY_TURNS = 3  # how many turns after the other side's ask the owner's yes may come
NOT_BEFORE = re.compile(r"\b(?:not|instead of|rather than)\s+(?:on\s+|by\s+|for\s+)?$", re.IGNORECASE)
# "can I do the budgets Tuesday", "can the release come Wednesday?", "could we have it sooner?", "one change"
CHANGE = re.compile(
    r"\b(?:(?:can|could) (?:i|we|you) (?:do|have|get|see|send|make)|(?:can|could) (?:it|that|the \w+|those|they)"
    r" (?:come|be|go|move)|sooner|earlier|later|instead|(?:one|small|quick) (?:change|tweak)|change of plan)\b",
    re.IGNORECASE,
)
# a change asked without its date, which the answer puts: "I need the copy a week earlier.", "Could it come sooner?"
SOONER = re.compile(r"\b(?:sooner|earlier|later|(?:a|one|two|a couple of) (?:days?|weeks?) (?:early|late))\b", re.I)
REFUSING = re.compile(
    r"^\W*(?:no\b|not\b|sorry\b|can't|cannot|afraid|i'd rather not|that's (?:too|a bit)|hmm)", re.IGNORECASE
)


def changed_dues(items: list[Item], turns: list[Turn]) -> list[Item]:
    """``items`` with the dates later turns change (in place, see the module docstring)."""
    for turn in turns:
        change = _change(turn) if turn.speaker is not None else None
        if change is None:
            continue
        new, old = change
        at = turn.index
        if new is None and SOONER.search(turn.text):  # "I need the copy a week earlier." "The tenth, then?"
            new, at = _answered(turns, turn.index), turn.index + 1
        if new is None:
            continue
        for item in _target(items, turn, old, new if at == turn.index else None):
            owners = owners_of(item)
            final = _final(item, turns, at, new, turns[at].speaker in owners or turns[at].side in owners)
            if final is not None and (item.due is None or final.due != item.due.due):
                item.due, item.late_due = final, True
    return items


def _change(turn: Turn) -> tuple[DueMatch | None, set[datetime.date]] | None:
    """The new date a turn puts for earlier work (None when it only asks for one: "I need it a week earlier."),
    and the dates it says are no longer so ("not Monday"); None when the turn changes no date."""
    old = {d.due for d in turn.dues if d.due is not None and NOT_BEFORE.search(turn.text[: d.start_char])}
    if not old and not (CHANGE.search(turn.text) or REDATE.search(turn.text) or MORE_TIME.search(turn.text)):
        return None
    fresh = [d for d in deadlines(turn) if d.due not in old]
    instead = _instead(turn, fresh, old)
    if instead is not None:
        return instead, old
    asked = [d for d in asked_dates(turn) if d in fresh]
    if len({d.due for d in fresh}) > 1 and not asked:
        return None
    return ((asked or fresh)[-1] if fresh else None), old


def _instead(turn: Turn, fresh: list[DueMatch], old: set[datetime.date]) -> DueMatch | None:
    """The date put right before the one taken back: "So Monday the twenty-third, not end of next week." (among
    the other dates of the turn: "if the heads of practice see it next Tuesday")."""
    said = [d for d in turn.dues if d.due in old and NOT_BEFORE.search(turn.text[: d.start_char])]
    if not said:
        return None
    sent = next((s for s in turn.doc.sents if s.start_char <= said[0].start_char < s.end_char), None)
    before = [d for d in fresh if sent is not None and sent.start_char <= d.start_char < said[0].start_char]
    return before[-1] if before else None


SHORT_ANSWER = 8  # "The tenth, then?": the words of an answer that only puts the date asked for


def _answered(turns: list[Turn], k: int) -> DueMatch | None:
    """The one date the next speaker puts in a short answer to a change asked without one."""
    if k + 1 >= len(turns):
        return None
    nxt = turns[k + 1]
    dates = _dates(nxt)
    if nxt.speaker in (None, turns[k].speaker) or nxt.n_words > SHORT_ANSWER or len({d.due for d in dates}) != 1:
        return None
    return dates[-1]


def _target(items: list[Item], turn: Turn, old: set[datetime.date], new: DueMatch | None) -> list[Item]:
    """The earlier items the change is about: the dated one on the old date, else the one whose work the change
    names most (in the sentence of its new date, else in the turn), the speaker's own first; none when they are
    more than one owner's."""
    earlier = [i for i in items if i.turn < turn.index]
    sent = next((s for s in turn.doc.sents if new is not None and s.start_char <= new.start_char < s.end_char), None)
    words = _words(sent.text) if sent is not None else set()
    if not any(_work(i) & words for i in earlier):
        words = _words(turn.text)
    named = [i for i in earlier if _work(i) & words]
    if old:
        dated_old = [i for i in earlier if i.due is not None and i.due.due in old]
        pick = [i for i in dated_old if i in named] if len(dated_old) > 1 else dated_old
    else:
        pick = named
    if len(pick) > 1:
        best = max(len(_work(i) & words) for i in pick)
        pick = [i for i in pick if len(_work(i) & words) == best]
    if len(pick) > 1 and any(turn.speaker in owners_of(i) for i in pick):
        pick = [i for i in pick if turn.speaker in owners_of(i)]
    # the same work said twice by its owner ("I'll need the copy by mid-April." "I'll get it to you.") moves together
    return pick if len({str(i.owner) for i in pick}) == 1 else []


def _work(item: Item) -> set[str]:
    return {w for w in object_words(item.task) if len(w) > 3 and not w.isdigit() and w not in NUMBER_WORDS}


def _words(text: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z0-9][a-z0-9']*", text.lower())}


def _final(item: Item, turns: list[Turn], k: int, new: DueMatch, by_owner: bool) -> DueMatch | None:
    """The date the exchange ends on: the owner's change unless the next turn refuses it (then the date the refusal
    holds to, "No, we need it Monday."), or the other side's ask when the owner's reply takes it."""
    owners = owners_of(item)
    if by_owner:
        reply = turns[k + 1] if k + 1 < len(turns) else None
        if reply is None or not _refuses(reply):
            return new
        held = _dates(reply)
        return held[0] if held else None
    for reply in turns[k + 1 : k + 1 + REPLY_TURNS]:
        if reply.speaker not in owners and reply.side not in owners:
            continue
        said = _dates(reply)
        taken = said[0].due == new.due if said else ACCEPTING.search(reply.text) is not None
        return new if taken and not _refuses(reply) else None
    return None


def _refuses(reply: Turn) -> bool:
    return bool(REFUSING.search(reply.text) or reply.opening("DECLINE", 3))


def _dates(turn: Turn) -> list[DueMatch]:
    """The turn's deadlines, not a time of the day said with one ("Tomorrow. Fine. By lunchtime.")."""
    return [d for d in deadlines(turn) if not clock_time(d)]
