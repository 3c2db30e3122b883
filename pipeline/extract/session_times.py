"""A session two people take up together, and its time, settled in the turns after (GUIDELINES §2.1, §2.2, §5)::

    "Ruth, you and I should sit down with a few branch managers."   (a joint session, proposed)
    "Go on then. When were you thinking?"                            (taken up: the joint item, not yet timed)
    "Next Thursday? I can come up to Halifax."                       (one of the two puts a day, as a question)
    "Next Thursday's fine. I'll grab three or four of them."         (the other takes it)

The joint item is dated with the day put and moves to the turn that puts it: the session is agreed over the
turns from "Go on then" to "Next Thursday's fine", and the day put is the middle of them (annotators place such
an item at the first yes or at the yes to the day; GUIDELINES §2.2 says the last owner's acceptance); what the two
say about the session while they settle it ("I can come up to Halifax", "I'll grab a few of them", "I'll ask
their events manager") is part of arranging it, not work of its own. Work taken on after the time is settled
("I'll sort the trains") stays an item.

A session of both is also made by saying one will come to what the other just put ("It would be good if you
came too." "Yes, I'll come.") and by taking up a request to do something with the one who asks ("Would you be up
for coming down to the site with me?" "I'd love that.").
"""

from __future__ import annotations

import re

from pipeline.extract.dates import DueMatch
from pipeline.extract.fact_dates import fact_date
from pipeline.extract.items import Item
from pipeline.extract.turns import Turn

SETTLE_TURNS = 3  # how many turns after the joint item one of the two may put its day
TAKEN = re.compile(
    r"\b(?:fine|works|good|great|perfect|okay|ok|yes|yeah|yep|deal|done|lovely|free|suits|let's do it|go on then)\b",
    re.IGNORECASE,
)
NOT_TAKEN = re.compile(r"\b(?:can't|cannot|not free|no good|doesn't work|won't work|busy|away|off)\b", re.IGNORECASE)


def time_sessions(items: list[Item], turns: list[Turn]) -> list[Item]:
    """``items`` with each untimed joint session dated and moved as the module docstring says."""
    for item in items:
        if _with_asker(item) and item.requester is not None:
            item.owner = [item.requester, item.owner] if isinstance(item.owner, str) else item.owner
        host = _host(item, turns)
        if host is not None and isinstance(item.owner, str):
            item.owner = [host, item.owner]
    for item in items[:]:
        owners = item.owner
        if not isinstance(owners, list) or len(owners) < 2 or item not in items:
            continue
        if item.due is not None and item.due.due is not None:
            continue  # timed as it was taken up, or by the day put right after ("Yes, let's. When?" "Friday?")
        settled = _settled(item, turns)
        if settled is None:
            continue
        put, taken, due = settled
        for j in [j for j in items if j is not item and put <= j.turn <= taken and _one_of(j, owners)]:
            items.remove(j)  # arranging the session
        item.turn, item.due, item.speaker = put, due, turns[put].speaker
    return sorted(items, key=lambda i: i.turn)


def _with_asker(item: Item) -> bool:
    """A request taken up to do something with the one who asked: "Would you be up for coming down with me?"."""
    one = isinstance(item.owner, str) and item.requester is not None and item.owner != item.requester
    return one and item.accepted and WITH_ASKER.search(item.task) is not None


WITH_ASKER = re.compile(r"\b(?:with me|join me)\b", re.IGNORECASE)


def _host(item: Item, turns: list[Turn]) -> str | None:
    """ "I want to walk the venue on Tuesday. Ffion, it would be good if you came too." "Yes, I'll come.": whoever
    put the session the owner says they will come to, or be at ("I'll be there."), in the turn before."""
    if not isinstance(item.owner, str) or not ATTENDING.match(item.task) or item.turn == 0:
        return None
    before = turns[item.turn - 1]
    return before.speaker if before.speaker not in (None, item.owner) else None


ATTENDING = re.compile(
    r"(?:i'll |i will )?(?:come(?: along| too| with you| down| over)?|join (?:you|us)|tag along|be there)\W*$",
    re.IGNORECASE,
)


def _one_of(j: Item, owners: list[str]) -> bool:
    return not isinstance(j.owner, list) and j.owner in owners and (j.due is None or j.due.due is not None)


def _settled(item: Item, turns: list[Turn]) -> tuple[int, int, DueMatch] | None:
    """(the turn that puts the day, the turn that takes it, the day), else None."""
    owners = item.owner if isinstance(item.owner, list) else []
    for k in range(item.turn + 1, min(item.turn + SETTLE_TURNS + 1, len(turns) - 1)):
        put, reply = turns[k], turns[k + 1]
        if put.speaker not in owners:
            return None  # someone else has the floor: the session is left as it was
        day = _asked_day(put)
        if day is None:
            continue
        if reply.speaker in owners and reply.speaker != put.speaker and _takes(reply):
            return k, k + 1, day
        return None
    return None


def _asked_day(turn: Turn) -> DueMatch | None:
    """The one day a turn puts as a question: "Next Thursday?", "Tom, are you free next Tuesday?"."""
    asked = [
        d
        for s in turn.doc.sents
        if s.text.rstrip().endswith("?")
        for d in turn.dues
        if d.due is not None and s.start_char <= d.start_char < s.end_char and not fact_date(turn, d)
    ]
    return asked[0] if len({d.due for d in asked}) == 1 else None


def _takes(turn: Turn) -> bool:
    """The reply takes the day: "Next Thursday's fine.", "Monday week... let me look. Yep, I'm free."."""
    return (
        TAKEN.search(turn.text) is not None and NOT_TAKEN.search(turn.text) is None and not turn.opening("DECLINE", 3)
    )
