"""What "it", "them" and "that" stand for in a task, across turns: a place said of the thing ("it's split over
two trackers", "two of them are still at the printers") is not the thing; a sentence that only says what is said
of a thing named before ("Before people hear about it on the radio.") names no thing of its own; who does the same
thing to "it" in the sentence before ("Accounts have to approve it before ...") is not the thing either; a date
after the thing asked for ("all the proofs by, say, Monday") is not part of its name. Dialogues written for these
tests (tests.support.CALL: Nell Garside and Theo Marsh agency, Priti Anand and Owen Lacey client)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pipeline.extract import load_nlp
from pipeline.extract.antecedents import chunk_text
from pipeline.settings import Settings
from tests.support import CALL, MODELS, extract_turns

NELL, THEO, PRITI, OWEN = (p.name for p in CALL)
DAY = dt.date(2026, 3, 4)  # a Wednesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings(models_dir=MODELS))


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in extract_turns(turns, CALL, DAY, step=10.0).action_items]


@pytest.mark.parametrize(
    ("answer", "want", "not_want"),
    [
        ("We do, it's just in two trackers. Leave it with me, I'll send it over by Friday.", "refund", "tracker"),
        ("We do, it's all in an old spreadsheet. I'll send it over by Friday.", "refund", "spreadsheet"),
    ],
)
def test_where_the_thing_is_kept_is_not_the_thing(answer: str, want: str, not_want: str) -> None:
    got = tasks([(NELL, "Priti, do you keep weekly refund figures for the online shop?"), (PRITI, answer)])
    assert len(got) == 1 and want in got[0] and not_want not in got[0], got


@pytest.mark.parametrize(
    ("middle", "not_want"),
    [
        ("Tomorrow is a push, two of them are still with the illustrators.", "illustrators"),
        ("Tomorrow's tight, some of them are still with the studio. Could I do Friday?", "studio"),
    ],
)
def test_where_some_of_them_are_is_not_what_them_stands_for(middle: str, not_want: str) -> None:
    got = tasks(
        [
            (PRITI, "Theo, could you send me all three proofs by, say, tomorrow?"),
            (THEO, middle),
            (PRITI, "Friday's fine. Then I'll have them back to you with notes by Tuesday."),
        ]
    )
    assert got and "proofs" in got[-1] and not_want not in got[-1] and " by" not in got[-1], got


def test_a_sentence_about_what_is_said_of_it_names_no_thing() -> None:
    got = tasks(
        [
            (OWEN, "Our depot staff are worried about the recall."),
            (PRITI, "We need a holding email to the stores out today. Before they hear about it on the radio."),
            (NELL, "I can draft that alongside the press line."),
        ]
    )
    assert got and "email" in got[-1] and "radio" not in got[-1], got


@pytest.mark.parametrize(
    ("second", "want"),
    [
        ("Accounts have to approve it before we can book the cinema slots.", "order"),
        ("Accounts need to approve it before we book the cinema slots.", "order"),
    ],
)
def test_who_does_the_same_to_it_is_not_the_thing(second: str, want: str) -> None:
    got = tasks(
        [
            (OWEN, "What do you need from our side?"),
            (NELL, f"Just one thing. First, the purchase order. {second}"),
            (OWEN, "I'll get accounts to approve it this week."),
        ]
    )
    assert got and want in got[-1] and "cinema" not in got[-1], got


@pytest.mark.parametrize(
    ("text", "noun", "want"),
    [
        ("So can you get me the storyboards by, say, Friday?", "storyboards", "the storyboards"),
        ("Can we have the revised grid by Monday?", "grid", "the revised grid"),
        ("Can we have the transcripts from the focus groups?", "transcripts", "the transcripts from the focus groups"),
    ],
)
def test_a_date_after_the_thing_is_not_part_of_its_name(nlp: Language, text: str, noun: str, want: str) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.text == noun)
    assert chunk_text(root, set()) == want


def test_them_is_not_a_singular_thing_the_plural_hangs_on() -> None:
    got = tasks(
        [
            (NELL, "Are any retailers already stocking the range?"),
            (OWEN, "We've got a trial with about twenty shops. Mostly small ones."),
            (NELL, "It'd help to visit a few of them before we brief the shoot."),
            (OWEN, "Sure, I can introduce you to three of them next week."),
        ]
    )
    assert got and "trial" not in got[-1], got


def test_a_thing_named_in_the_same_sentence_still_counts() -> None:
    got = tasks([(THEO, "I'll finish the media plan and get it to you by Friday.")])
    assert got and "media plan" in got[0], got
