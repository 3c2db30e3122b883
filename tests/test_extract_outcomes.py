"""Outcomes the client states flat, in the present (``settling.outcome_stated``): dialogues that must and must not
read as a decision, with the sentence the agreement states."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import analyse
from pipeline.extract.settling import outcome_stated
from pipeline.schemas import Segment, Transcript
from pipeline.settings import Settings
from tests.support import LUCY, MODELS, NADIA, OWEN, PEOPLE, header

STATED = [
    (
        [
            (OWEN, "I'd rather cut the contingency to twenty and put the rest to work."),
            (LUCY, "Contingency goes down to twenty."),
        ],
        "Contingency goes down to twenty.",
    ),
    (
        [(OWEN, "We could, but I'd hold off until we've heard from the council."), (LUCY, "Okay, we wait.")],
        "Okay, we wait.",
    ),
    (
        [
            (NADIA, "The broadcaster wants an on-camera interview."),
            (LUCY, "We decline. We send them a written statement."),
        ],
        "We decline.",
    ),
    (
        [
            (OWEN, "Is the accessible route going on the map this year?"),
            (LUCY, "It has to. That goes on the printed map."),
        ],
        "That goes on the printed map.",
    ),
    # the question, then its reason
    (
        [
            (OWEN, "Is the accessible route going on the map this year? Because last year we had that complaint."),
            (LUCY, "It has to, yes. That goes on the printed map whatever happens with the car parks."),
        ],
        "That goes on the printed map whatever happens with the car parks.",
    ),
    # a request after the outcome
    (
        [
            (OWEN, "That's where I'd land as well, honestly."),
            (LUCY, "No uplift. She stays at the contracted fee. Owen, can you, nicely, tell her?"),
        ],
        "She stays at the contracted fee.",
    ),
    # a position kept, in the progressive
    (
        [
            (OWEN, "So on-air's still the fifteenth of June? We're holding that?"),
            (LUCY, "We're holding the fifteenth. Media's booked."),
        ],
        "We're holding the fifteenth.",
    ),
]
NOT_STATED = [
    # a habit, not a decision
    [(OWEN, "Would a coffee bar help the stand?"), (LUCY, "Footfall always goes up with a coffee bar.")],
    # a fact about the client's business
    [(OWEN, "Why the South West?"), (LUCY, "We sell a lot more in the South West and Wales.")],
    # a condition
    [(OWEN, "What if we trimmed the summer?"), (LUCY, "If we lose the ends, we lose the summer.")],
    # a reason given with a request
    [
        (OWEN, "Anything else?"),
        (LUCY, "Can your team collect the empties? We reuse the bottles for the refill scheme."),
    ],
    # the agency reporting
    [(LUCY, "Where are we on the print?"), (OWEN, "It goes to print on the twentieth.")],
    # something new held, not a position kept
    [(OWEN, "What's happening with the workshop?"), (LUCY, "We're holding a workshop on Friday.")],
    # "we" keeping what nobody put
    [(OWEN, "The numbers came in this morning."), (LUCY, "We're keeping the budget at forty.")],
    # what stays or goes, with nothing put before it
    [(OWEN, "Their notice came through this morning."), (LUCY, "The fee stays where it is.")],
]


def _turns(lines: list[tuple[str, str]]) -> list:
    segments = [Segment(index=k, text=text, speaker=who, start=float(k)) for k, (who, text) in enumerate(lines)]
    meeting = header(PEOPLE, dt.date(2026, 3, 4))
    return analyse(Transcript(source_kind="gold-json", segments=segments), meeting, Settings(models_dir=MODELS))


@pytest.mark.parametrize(("lines", "said"), STATED)
def test_an_outcome_stated_flat_is_a_decision(lines: list[tuple[str, str]], said: str) -> None:
    assert outcome_stated(_turns(lines), len(lines) - 1) == said


@pytest.mark.parametrize("lines", NOT_STATED)
def test_a_fact_habit_condition_or_report_is_not(lines: list[tuple[str, str]]) -> None:
    assert outcome_stated(_turns(lines), len(lines) - 1) == ""
