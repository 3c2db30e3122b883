"""A proposal put as what would follow if we did it ("If we cut them as short reels, they'd do better."), taken up
by a reply: the agreement states the course proposed (``pipeline/extract/settled.py`` ``if_we``)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract import load_nlp
from pipeline.extract.settled import if_we
from pipeline.settings import Settings
from tests.support import LUCY, MODELS, NADIA, OWEN, PEOPLE, WILL, extract_turns


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings(models_dir=MODELS))


PUT = [
    ("If we cut them as short reels I reckon they'd do a lot better.", "We cut them as short reels."),
    ("If we moved it to Thursday evenings it'd get twice the reach.", "We move it to Thursday evenings."),
    ("If we ran a shuttle from the station, people would come.", "We run a shuttle from the station."),
    ("If we let them browse first, the reviews would pick up.", "We let them browse first."),
]
NOT_PUT = [
    "If we're honest, it's the format.",
    "If we had another two hundred K, we'd add cinema.",
    "We'd do better if we cut them as short reels.",
    "If they cut the price, we'd lose the margin.",
    "If we're cutting them anyway, who cares.",
]


@pytest.mark.parametrize(("sentence", "stated"), PUT)
def test_if_we_states_the_course(nlp, sentence: str, stated: str) -> None:
    assert if_we(next(iter(nlp(sentence).sents))) == stated


@pytest.mark.parametrize("sentence", NOT_PUT)
def test_no_course_put(nlp, sentence: str) -> None:
    assert if_we(next(iter(nlp(sentence).sents))) == ""


TAKEN_UP = {
    "after an opinion": (
        [
            (LUCY, "The numbers on the reels are weak."),
            (
                NADIA,
                "I think it's the format, honestly. If we cut them as short reels I reckon they'd do a lot better.",
            ),
            (LUCY, "Okay, let's try that for May then."),
        ],
        "We cut them as short reels.",
    ),
    "said in the past": (
        [
            (WILL, "Nobody's coming from the city."),
            (
                OWEN,
                "The venue's a long way out, that's the thing. If we ran a shuttle from the station people would come.",
            ),
            (WILL, "Alright, let's do that."),
        ],
        "We run a shuttle from the station.",
    ),
}


@pytest.mark.parametrize("name", TAKEN_UP)
def test_the_agreement_states_the_course_taken_up(name: str) -> None:
    turns, stated = TAKEN_UP[name]
    ex = extract_turns(turns, PEOPLE, dt.date(2026, 3, 4), "gold-json", step=10.0)
    assert [(a.turn, a.text) for a in ex.agreements] == [(2, stated)]
