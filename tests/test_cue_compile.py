"""The cue tables as the ruler runs them (``pipeline.extract.cues``): literal patterns become phrases that match
exactly what the token patterns matched."""

from __future__ import annotations

import pytest
import srsly
from spacy.pipeline import SpanRuler

from pipeline.extract import CUE_FILES, load_nlp
from pipeline.extract.asr import normalise
from pipeline.extract.cues import compile_patterns, literal_words
from pipeline.settings import Settings
from tests.support import MODELS
from tests.test_extract_rules import CUES, FRAMES


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings(models_dir=MODELS))


def test_literal_words() -> None:
    assert literal_words([{"LOWER": "i"}, {"LOWER": {"IN": ["'ll", "will"]}}]) == [["i"], ["'ll", "will"]]
    assert literal_words([{"LOWER": "leave"}, {}, {"LOWER": "with"}]) is None  # a wildcard
    assert literal_words([{"LOWER": "god"}, {"LOWER": ",", "OP": "?"}]) is None  # an optional token
    assert literal_words([{"LEMMA": "live"}, {"LOWER": "with"}]) is None
    assert literal_words("i will") is None  # already a phrase


def test_a_literal_pattern_becomes_the_phrases_it_spells(nlp) -> None:
    rule = {"label": "COMMIT", "id": "c1", "pattern": [{"LOWER": "i"}, {"LOWER": {"IN": ["'ll", "will"]}}]}
    assert compile_patterns([rule], nlp.make_doc) == [
        {"label": "COMMIT", "id": "c1", "pattern": "i 'll"},
        {"label": "COMMIT", "id": "c1", "pattern": "i will"},
    ]


def test_a_pattern_the_tokenizer_would_split_differently_stays_a_token_pattern(nlp) -> None:
    rule = {"label": "COMMIT", "id": "c2", "pattern": [{"LOWER": "e.g"}, {"LOWER": "send"}]}  # "e.g send" re-splits
    words = [t.lower_ for t in nlp.make_doc("e.g send")]
    expected = [rule] if words != ["e.g", "send"] else [{**rule, "pattern": "e.g send"}]
    assert compile_patterns([rule], nlp.make_doc) == expected


def test_the_compiled_ruler_finds_the_same_cues_as_the_tables(nlp) -> None:
    """Every sentence of the rule tables' tests: the ruler the pipeline runs (compiled) against a ruler built
    from the tables as written."""
    raw: list[dict] = [p for name in CUE_FILES for p in srsly.read_jsonl(MODELS / name)]
    assert len(compile_patterns(raw, nlp.make_doc)) > len(raw)  # some patterns did become phrases
    plain = SpanRuler(nlp, name="plain", spans_key="plain", phrase_matcher_attr="LOWER")
    with nlp.select_pipes(enable=[]):
        plain.add_patterns(raw)
    texts = [normalise(row[1]) for row in CUES + FRAMES]
    found = 0
    for doc in nlp.pipe(texts):
        plain(doc)
        ours = [(s.start, s.end, s.label_, s.id_) for s in doc.spans["cues"]]
        assert ours == [(s.start, s.end, s.label_, s.id_) for s in doc.spans["plain"]], doc.text
        found += len(ours)
    assert found > len(texts)
