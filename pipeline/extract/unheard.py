"""Work said again for someone who did not hear it (read by ``commitments.CommitmentTracker.feed``).

On a call the line drops: "Sorry, you froze there, I lost the end." / "Just, I'll put your copy on the packs so she
sees it." The reply says again what its speaker had just taken on; it is the item already made, not a second one.
Likewise "Sorry, you cut out, who's doing the statement?" / "Me. I'm drafting it.": the question asks again who
took the work on a moment ago.

A turn that says the last speaker was not heard is data: ``UNHEARD_ROWS``, each with sentences it must and must not
match (``tests/test_spur54_s47.py``). Someone else dropping out ("She's frozen.", "I think we've lost Gareth.") or
joining on mute asks nothing again, and a reply to them may take new work on.
"""

from __future__ import annotations

import re

from pipeline.extract.items import Item
from pipeline.extract.pattern_rows import PatternRow
from pipeline.extract.turns import Turn

UNHEARD_ROWS: tuple[PatternRow, ...] = (
    PatternRow(
        "you_cut_out",  # the speaker's line broke up
        re.compile(
            r"\byou(?:'ve|'re| have| are)?\s+(?:just\s+|really\s+|a\s+bit\s+)?(?:cut|cutting|broke|breaking|dropped)"
            r"\s+(?:out|up)\b",
            re.IGNORECASE,
        ),
        ("Sorry, you cut out there, what was that?", "You're breaking up a bit.", "Sorry, you've just cut out."),
        ("I'll cut out the intro.", "Make sure the mic bit's cut out.", "We broke up the budget into phases."),
    ),
    PatternRow(
        "you_froze",  # the speaker's picture or sound stopped
        re.compile(
            r"\byou(?:'ve|'re| have| are)?\s+(?:just\s+)?(?:froze|frozen|gone\s+(?:a\s+bit\s+)?robotic|went"
            r"\s+(?:a\s+bit\s+)?robotic)\b",
            re.IGNORECASE,
        ),
        ("Sorry, you froze there, Sam, I lost the end.", "You went a bit robotic there.", "Dan, you've frozen."),
        ("She's frozen.", "IT have frozen all new access.", "The budget's frozen until April."),
    ),
    PatternRow(
        "lost_you",  # the listener lost the speaker
        re.compile(
            r"\bI\s+(?:just\s+)?(?:lost\s+(?:you|the\s+end|the\s+last\s+bit)|missed\s+(?:that|the\s+end|the\s+last\s+bit)"
            r"|didn't\s+(?:catch|hear)\s+(?:that|the\s+end|the\s+last\s+bit))\b",
            re.IGNORECASE,
        ),
        ("Sorry, I lost you for a second.", "I missed that, you said the calculator?", "I didn't catch that."),
        ("I think we've lost Gareth.", "I missed the last meeting.", "I lost the file."),
    ),
)
SAID_BEFORE = 6  # turns before the one not heard within which its speaker's item is what the reply says again


def unheard(turn: Turn) -> bool:
    """The turn says the one speaking before was not heard ("Sorry, you cut out.", "I lost the end.")."""
    return any(row.pattern.search(turn.text) for row in UNHEARD_ROWS)


def said_again_unheard(turns: list[Turn], made: list[Item], earlier: list[Item]) -> list[Item]:
    """The items of this turn (``made``) that only say again, after the turn before said it did not hear, work
    its speaker took on a few turns earlier (in ``earlier``); that item takes a date they add."""
    if len(turns) < 2 or turns[-1].speaker is None:
        return []
    turn, asked = turns[-1], turns[-2]
    if asked.speaker in (None, turn.speaker) or not unheard(asked):
        return []
    theirs = [i for i in earlier if turn.speaker in (i.speaker, i.owner) and 0 <= asked.index - i.turn <= SAID_BEFORE]
    again = [i for i in made if turn.speaker in (i.speaker, i.owner)]
    if not theirs or not again:
        return []
    target = theirs[-1]
    dated = next((i.due for i in again if i.due is not None and i.due.due is not None), None)
    if dated is not None and (target.due is None or target.due.due is None):
        target.due = dated
    target.merged.append(turn.index)
    return again
