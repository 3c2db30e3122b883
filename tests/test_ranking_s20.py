"""Session 20's ranking changes (pipeline/extract/ranking.py, models/meeting_cues.jsonl), each with sentences of our
own: the outcome cue said with "gonna" (spaCy splits it "gon na"), and the weights of a price said against a bare
agreement word."""

from __future__ import annotations

import pytest

from pipeline.extract.ranking import DECISION_WEIGHTS, decision_features, decision_score
from pipeline.settings import Settings
from tests.support import MODELS
from tests.test_ranking import _turns


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(home=tmp_path_factory.mktemp("home"), models_dir=MODELS)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("So the lid is gonna be green.", True),
        ("The handle's gonna be made of cork.", True),
        ("It's gonna be the thinner model, then.", True),
        ("We're gonna talk about the lid later.", False),  # "gonna" with no "be": not an outcome
        ("I'm gonna pass it round.", False),
    ],
)
def test_gonna_be_is_an_outcome(settings: Settings, text: str, outcome: bool) -> None:
    turns = _turns(settings, [("PM", text)])
    assert bool(decision_features(turns, 0, False, set()).get("dc_outcome")) is outcome


def test_terms_said_outrank_a_bare_agreement_word() -> None:
    """A price or cost stated on a shared subject ("the casing costs four euros") is a term of what the team settles;
    a statement whose only cue is an agreement word ("I agree the lid matters"), even taken up, mostly is not."""
    terms = {"dc_terms": 1.0, "shared": 1.0}
    agreeing = {"agree": 1.0, "taken_up": 1.0, "shared": 1.0}
    assert decision_score(terms, DECISION_WEIGHTS) > decision_score(agreeing, DECISION_WEIGHTS)
