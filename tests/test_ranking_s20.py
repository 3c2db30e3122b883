"""Session 20's ranking changes (pipeline/extract/ranking.py, models/meeting_cues.jsonl), each with sentences of our
own: the outcome cue said with "gonna" (spaCy splits it "gon na"), and the weights of a price said against a bare
agreement word."""

from __future__ import annotations

import pytest

from pipeline.extract.ranking import DECISION_WEIGHTS, decision_features, decision_score
from pipeline.extract.suggest import _choose
from pipeline.schemas import Agreement
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


RECAP = [
    ("PM", "Right, so we've now decided on a few things for the kettle."),
    ("PM", "The handle will be cork, wrapped round the top."),
    ("ID", "Mm."),
    ("PM", "And the lid opens with a button at the back."),
    ("ME", "Can I just say the cork might crack over time, though?"),
    ("PM", "The base stays round."),
]


def test_turns_a_recap_lists_have_the_recap_feature(settings: Settings) -> None:
    turns = _turns(settings, RECAP)
    recap = [bool(decision_features(turns, k, False, set())["recap"]) for k in range(len(turns))]
    # the opener itself, the backchannel and what comes after another speaker's objection are not in the list
    assert recap == [False, True, False, True, False, False]


def test_a_recap_s_decisions_are_suggested_side_by_side() -> None:
    """Suggestions are kept a few turns apart, except the decisions one recap lists, one a turn."""
    made = [
        Agreement(text=f"item {k}", rule="ranked_turn", confidence=0.3, turn=k, quote=f"item {k}") for k in range(6)
    ]
    scores = [(5.0, 1), (4.0, 2), (3.0, 3), (1.0, 5)]
    together = lambda k, t: {k, t} <= {0, 1, 2, 3}  # noqa: E731 - turns 1-3 follow the opener at turn 0
    _, apart = _choose([], scores, lambda k: made[k], 4, 2)
    _, listed = _choose([], scores, lambda k: made[k], 4, 2, together)
    assert [a.turn for a in apart] == [1, 5]
    assert [a.turn for a in listed] == [1, 2, 3]  # turn 5 is still kept apart from turn 3, not of the recap
