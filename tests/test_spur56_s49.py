"""Spurious action items of session 49 (branch spur56). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

Telling someone, claimed in the next turn by another attendee, is the claimant's alone (GUIDELINES §2.3, the owner
is the person who finally commits; ``handed.claimed_from``): "I'll let the venue know through you." "No, let me
ring them, they take it better from us." is one item, the second speaker's. Not other work on the same thing ("Let
me check the floor plan with facilities first."), nor telling more people ("And let me tell the venue's caterers
too.").

The answer of one's own asking, told back to the other side, is the asking dated (``repeats.answer_of``): "I'll talk
to Harriet." "Could you let us know by Friday?" "I'll have an answer for you by Thursday." is one item, the asking,
due Thursday; "let us know" and "get back to us" are the answer told, not a second item. Telling someone else ("let
the caterers know") and telling back after work that is no asking ("I'll send you the rota.") stay items.
"""

from __future__ import annotations

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_telling_claimed_by_the_next_speaker_is_theirs_alone() -> None:
    turns = [
        (OWEN, "Right, the late load-in is off then."),
        (THEO, "I'll let the venue know about the load-in through you, since they still expect us at six."),
        (OWEN, "Actually, let me ring the venue, they take it better from us."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(OWEN, 2)]
    turns[2] = (OWEN, "Ah, I'll tell the venue myself, they know my voice.")
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(OWEN, 2)]


def test_other_work_or_more_telling_in_the_next_turn_keeps_the_first_item() -> None:
    plan = [
        (OWEN, "Right, the late load-in is off then."),
        (THEO, "I'll send the venue the new floor plan."),
        (OWEN, "Let me check the floor plan with facilities first."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(plan)][:1] == [(THEO, 1)]
    more = [
        (OWEN, "Right, the late load-in is off then."),
        (THEO, "I'll tell the venue this afternoon."),
        (NELL, "And let me tell the venue's caterers too."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(more)] == [(THEO, 1), (NELL, 2)]


def test_telling_back_the_answer_of_ones_asking_is_the_asking_dated() -> None:
    turns = [
        (PRITI, "Could we charge the extra rooms to marketing instead?"),
        (OWEN, "I'll talk to Harriet, but don't get your hopes up."),
        (NELL, "Could you let us know by Friday? The hotel won't hold them."),
        (OWEN, "I'll have an answer for you by Thursday."),
        NEXT,
    ]
    assert [(o, d, t) for o, _, d, t in call_items(turns)] == [(OWEN, "2026-03-05", 1)]
    turns[2] = (NELL, "Could you get back to us by Friday?")
    turns[3] = (OWEN, "Yes, will do.")
    assert [(o, d, t) for o, _, d, t in call_items(turns)] == [(OWEN, "2026-03-06", 1)]


def test_telling_someone_else_or_after_other_work_stays_an_item() -> None:
    caterers = [
        (PRITI, "Could we charge the extra rooms to marketing instead?"),
        (OWEN, "I'll ask Harriet, but don't get your hopes up."),
        (NELL, "Could you let the caterers know by Friday too?"),
        (OWEN, "Sure, I'll tell them Thursday."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(caterers)] == [(OWEN, 1), (OWEN, 3)]
    rota = [
        (OWEN, "I'll send you the revised rota."),
        (NELL, "Could you let us know by Friday?"),
        (OWEN, "Yes, will do."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(rota)] == [(OWEN, 0), (OWEN, 2)]
