"""Work the side promised, taken on by the colleague it was put to: one item, theirs.

"We'll pop the rest of our questions in an email. Adam, close of play?" "Yeah, I'll get those over today." is one
item, Adam's, at his turn: the "we" said by one of the side is resolved by the one who takes it ("you" is the
addressee once they accept, GUIDELINES §2.3), and his "those" is the same work, not a second piece of it.
"""

from __future__ import annotations

from pipeline.extract.components import Clause
from pipeline.extract.dates import DueMatch
from pipeline.extract.items import PRONOUNS, Item, names_a_thing_first, pronoun_object, vague_task
from pipeline.extract.owners import names_in
from pipeline.extract.turns import Turn
from pipeline.schemas import Meeting

ORG_KINDS = ("WE", "ORG_SELF")


def handed_over(items: list[Item], turns: list[Turn], c: Clause, due: DueMatch | None, meeting: Meeting) -> bool:
    """The clause takes on the side's item of the turn before, which named the speaker ("…, Adam?"): the item
    becomes the speaker's, at this turn, with this clause's date if it has one."""
    turn = turns[-1]
    if turn.speaker is None or len(turns) < 2 or names_a_thing_first(c):
        return False
    if not (pronoun_object(c) or vague_task(c) or points_back(c)):
        return False
    before = turns[-2]
    if turn.speaker not in names_in(before.text, meeting):
        return False
    side = [
        i
        for i in items
        if i.turn == before.index and i.kind in ORG_KINDS and i.owner == turn.side and i.speaker != turn.speaker
    ]
    if not side:
        return False
    item = side[-1]
    item.owner, item.turn = turn.speaker, turn.index
    if due is not None and due.due is not None:
        item.due = due
    item.merged.append(before.index)
    return True


def points_back(c: Clause) -> bool:
    """The verb's object is a pronoun, also where the parser hangs it elsewhere ("I'll get those over close of
    play" reads "those" as the determiner of "close")."""
    after = c.verb.doc[c.verb.i + 1] if c.verb.i + 1 < len(c.verb.doc) else None
    return after is not None and after.lower_ in PRONOUNS
