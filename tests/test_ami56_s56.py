"""Session 56, issue 10 (branch ami56): the turn that draws a stretch of discussion together.

Who settles a point in a meeting restates what the others put forward ("a docking station?" - "rechargeable,
yeah" - "So a rechargeable kettle with a docking station."); who opens one uses new words. A statement that takes up
two or more content words (nouns, verbs, adjectives) that two or more other speakers used in the ten turns before it
has the ``gathers`` decision feature (``ranking.gathers``, weight 0.5). Its own earlier words, one other speaker's
words, words of talk itself ("think", "need", "know") and words said longer ago do not count."""

from __future__ import annotations

import pytest

from pipeline.extract.ranking import DECISION_WEIGHTS, decision_features, decision_score
from pipeline.settings import Settings
from tests.support import MODELS
from tests.test_ranking import _turns


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(home=tmp_path_factory.mktemp("home"), models_dir=MODELS)


def _gathers(settings: Settings, lines: list[tuple[str, str]]) -> bool:
    turns = _turns(settings, lines)
    return bool(decision_features(turns, len(turns) - 1, False, set()).get("gathers"))


PROPOSED = [
    ("ID", "Should the kettle sit on a docking station?"),
    ("UI", "Rechargeable would be nice, the battery lasts."),
    ("ME", "Mm."),
]


@pytest.mark.parametrize(
    "last",
    [
        ("PM", "So a rechargeable kettle with a docking station."),
        ("PM", "Okay, the battery sits in the docking station then."),
        ("ME", "Right, rechargeable, on a docking station."),
    ],
)
def test_a_statement_taking_up_two_speakers_words_gathers(settings: Settings, last: tuple[str, str]) -> None:
    assert _gathers(settings, [*PROPOSED, last])


@pytest.mark.parametrize(
    "lines",
    [
        # a new point in new words
        [*PROPOSED, ("PM", "Next, the colour of the lid and the handle.")],
        # its own words again: the speaker who proposed it
        [*PROPOSED[:1], ("ID", "A kettle with a docking station is what I'd like.")],
        # one other speaker's words only
        [("ID", "It could sit on a docking station."), ("PM", "A docking station, yes.")],
        # words of talk itself, whoever said them first
        [("ID", "I think we need to know more."), ("UI", "We need to think."), ("PM", "I think we need to know.")],
    ],
)
def test_what_does_not_gather(settings: Settings, lines: list[tuple[str, str]]) -> None:
    assert not _gathers(settings, lines)


def test_words_said_long_before_do_not_gather(settings: Settings) -> None:
    between = [("ME", "Mm."), ("ID", "Yeah.")] * 5
    assert not _gathers(settings, [*PROPOSED, *between, ("PM", "So a rechargeable kettle with a docking station.")])


def test_a_gathering_statement_outranks_the_same_statement_otherwise() -> None:
    plain = {"shared": 1.0, "position": 0.5}
    assert decision_score({**plain, "gathers": 1.0}, DECISION_WEIGHTS) > decision_score(plain, DECISION_WEIGHTS)
