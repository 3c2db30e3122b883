"""Spurious action items of session 52 (branch spur59). Dialogues written for these tests (tests.support.CALL: Nell
Garside and Theo Marsh agency, Priti Anand and Owen Lacey client, a Wednesday, 2026-03-04).

An imperative put to nobody by name asks the one it answers (``requests.imperative_request``: "Send it to me,
yeah."). When that one is of the other side, a colleague of the asker who speaks next takes nothing on: "We're
pulling the radio, though." is no acceptance, and the work asked stays the other side's
(``CommitmentTracker._asked_of_the_other_side``). The one it answers still takes it ("Will do."), and so does a
colleague of the asker when the imperative answered that colleague.
"""

from __future__ import annotations

from tests.support import CALL, NEXT, call_items

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


def test_the_askers_colleague_takes_on_no_imperative_put_to_the_other_side() -> None:
    turns = [
        (THEO, "I'll send over the template for the upload so they know the format."),
        (
            PRITI,
            "Send it to me, yeah. And if you wanted a proper test on the radio, I could share last year's figures.",
        ),
        (NELL, "Ooh."),
        (OWEN, "We're pulling the radio, though."),
        NEXT,
    ]
    assert [(o, t) for o, _, _, t in call_items(turns)] == [(THEO, 0)]


def test_the_one_the_imperative_answers_still_takes_it_on() -> None:
    other_side = [
        (NELL, "I can share last year's sales figures by region."),
        (PRITI, "Send them over, yes please."),
        (NELL, "Will do, today."),
        NEXT,
    ]
    assert [(o, d, t) for o, _, d, t in call_items(other_side)] == [(NELL, "2026-03-04", 0)]
    same_side = [
        (OWEN, "I can share last year's sales figures by region."),
        (PRITI, "Send them over, yes please."),
        (OWEN, "Will do, today."),
        NEXT,
    ]
    assert [(o, d, t) for o, _, d, t in call_items(same_side)] == [(OWEN, "2026-03-04", 0)]
