"""Social talk that says "I'll" and takes no work on (branch spur43). Dialogues written for these tests
(tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Thanks, toasts and jokes are no items (``models/distractors.jsonl``, rows ``social_thanks``): "I'll owe you one",
"I'll make it up to you", "I'll drink to that", "I'll tell the barista" (a compliment passed on to someone who is not
at work on the job). Passing the floor ("I'll hand back to Theo") is the call's own running, like "hand over". "We'll
find out, Owen." and "we'll find out soon enough" wait and see, as "we'll see" does; "I will absolutely remind you"
backs the listener's own promise; "I will veto anyone weird" says what the speaker would decide. The same verbs still
give an item when they name work: "I'll hand the files back to Theo", "We'll find out." asked a fact, "I'll remind you
on Friday about the invoice".
"""

from __future__ import annotations

import pytest

from tests.support import CALL
from tests.support import opened_call as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
NEXT = (OWEN, "Right, the radio copy next.")


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("Thanks so much for sorting the parking out.", "Brilliant, I'll owe you one."),
        ("That's the shuttle buses sorted for you.", "Amazing. I'll owe you a pint for that."),
        ("Sorry again that the brief came over so late.", "Don't worry, I'll make it up to you."),
        ("So the launch date is locked and the budget's approved.", "I'll drink to that."),
        ("That's the media plan from me.", "Great, thanks. I'll hand back to Theo for the creative."),
        ("Will the marquee hold up if it pours?", "We'll find out, Owen. Right, speak soon everyone."),
        ("Will anyone actually turn up on a Monday?", "Well, we'll find out soon enough."),
        ("Your office coffee is so much better than ours.", "Ha, I'll tell the barista."),
        ("I'll send the signed estimate today. Chase me if I don't.", "I will absolutely remind you."),
        ("I'll send you the shortlist so you can strike anyone odd.", "I will veto anyone weird."),
    ],
)
def test_social_talk_is_no_item(before: str, said: str) -> None:
    found = run([(THEO if before.startswith("I'll") else PRITI, before), (NELL, said), NEXT]).action_items
    assert [a.turn for a in found if a.turn == 3] == [], found


@pytest.mark.parametrize(
    ("asked", "said", "verb", "due"),
    [
        ("Can someone return the originals?", "I'll hand the files back to Theo on Friday.", "hand", "2026-03-06"),
        ("Is there step-free access at the venue?", "Not sure. I'll find out from the venue.", "find", None),
        ("Is there step-free access at the venue?", "Good question. We'll find out by Friday.", "find", "2026-03-06"),
        ("We still haven't paid that invoice.", "I'll remind you on Friday about the invoice.", "remind", "2026-03-06"),
        ("Who's sending thank-you notes?", "I'll thank the crew on Monday with a card each.", "thank", "2026-03-09"),
    ],
)
def test_the_same_verbs_naming_work_are_items(asked: str, said: str, verb: str, due: str | None) -> None:
    found = run([(PRITI, asked), (NELL, said), NEXT]).action_items
    owners = {NELL, "agency"}
    assert [(a.task.split()[0], a.due.isoformat() if a.due else None, a.turn) for a in found if a.owner in owners] == [
        (verb, due, 3)
    ], found
