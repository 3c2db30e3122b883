"""A consent Whisper runs into the clause before it ("Eight, plenty, yes, let's do eight." for "Eight's plenty. Yes,
let's do eight.") starts its own sentence when a "let's" or a go-ahead follows it, as typed; a consent after a
consent ("Fine, yes, let's do it.") is one reply. tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand
and Owen Lacey client."""

from __future__ import annotations

import pytest

from pipeline.extract.asr import normalise
from tests.support import CALL
from tests.support import extract_spoken as run

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        ("Eight, plenty, yes, let's do eight.", "Eight, plenty. Yes, let's do eight."),
        ("The airport screens, okay, go ahead.", "The airport screens. Okay, go ahead."),
        ("Two weeks is tight, yeah, let's do it anyway.", "Two weeks is tight. Yeah, let's do it anyway."),
        # a consent after a consent, or a yes that is not followed by a go-ahead, keeps its comma
        ("Fine, yes, let's do it.", "Fine, yes, let's do it."),
        ("Okay, yeah, go ahead.", "Okay, yeah, go ahead."),
        ("The radio, yes, I think so.", "The radio, yes, I think so."),
        ("I'm not sure, yes, maybe later.", "I'm not sure, yes, maybe later."),
    ],
)
def test_a_consent_run_into_the_clause_before_a_go_ahead_starts_its_sentence(spoken: str, read: str) -> None:
    assert normalise(spoken) == read


def test_the_pick_after_a_consent_run_in_is_agreed_from_a_recording() -> None:
    turns = [
        (NELL, "We could cut the awards to eight categories and merge the regional ones, or keep all twelve."),
        (OWEN, "Eight, plenty, yes, let's do eight."),
    ]
    assert [a.start for a in run(turns).agreements] == [10.0]
