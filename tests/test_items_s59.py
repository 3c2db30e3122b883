"""Session 59, issue 10: action items an AE keeps. A verb said in the past or with "-ing" that spaCy's lemmatiser
does not know keeps its own base form ("have it whitelisted" -> "whitelist", not "whiteliste");
"have X ready" is work made, not sent
("prepare X"); a plural after a name that the tagger took for a verb is the thing asked for ("send me the Marchmont
barcodes"); "it'd be really useful if you came" is a visit of both to where the speaker is going; "call that the
direction" names a thing, no work. Short dialogues written for these tests: each gives a task the draft must word,
or words no task may have. (The calls in tests/data/items_s59/ are the same kinds of talk in whole meetings.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import load_nlp
from pipeline.settings import get_settings
from tests.support import written_call
from tests.test_extract_meetings import run

OPENER = ("Lucy Tam", "Okay, let's crack on. Nadia, do you want to take us through where we are?")


def tasks(turns: list[tuple[str, str]]) -> list[str]:
    return [a.task for a in run(turns).action_items]


def lemmas(text: str) -> dict[str, str]:
    return {t.lower_: t.lemma_ for t in load_nlp(get_settings())(text) if t.pos_ == "VERB"}


# -- the base form of a verb the lemmatiser does not know, or reads as a shorter verb --------------------------------
BASE_FORMS = [
    ("They'll have it whitelisted on all the handsets.", "whitelisted", "whitelist"),
    ("I'll get the new starters onboarded.", "onboarded", "onboard"),
    ("We storyboarded the whole film.", "storyboarded", "storyboard"),
    ("I'll have the samples couriered.", "couriered", "courier"),
    ("We geotagged every photo.", "geotagged", "geotag"),
    ("They benchmarked it against last year.", "benchmarked", "benchmark"),
]
# must not: verbs the lemmatiser gets right stay as they are
KEPT_FORMS = [
    ("I'm editing the deck.", "editing", "edit"),
    ("I'm fixing the link.", "fixing", "fix"),
    ("We're visiting the site.", "visiting", "visit"),
    ("We're planning the launch.", "planning", "plan"),
    ("I've diarised it.", "diarised", "diarise"),
    ("We bypassed the queue.", "bypassed", "bypass"),
    ("They're writing it up.", "writing", "write"),
]


@pytest.mark.parametrize(("said", "word", "base"), BASE_FORMS + KEPT_FORMS)
def test_a_verb_keeps_its_base_form(said: str, word: str, base: str) -> None:
    assert lemmas(said)[word] == base


WORDED = [
    (
        [
            ("Nadia Brooks", "The app needs to be whitelisted before the launch."),
            ("Will Ferris", "Our IT team will do that. They'll have it whitelisted on all the handsets by Friday."),
        ],
        "whitelist",
    ),
]


@pytest.mark.parametrize(("turns", "want"), WORDED)
def test_the_task_opens_with_the_verb_said(turns: list[tuple[str, str]], want: str) -> None:
    got = tasks([OPENER, *turns])
    assert any(t.startswith(want) for t in got), got
    assert not any("whiteliste" in t.split() for t in got), got


# -- "have X ready": made ready, not sent ---------------------------------------------------------------------------
READY = [
    ("We'll have the manager toolkit ready before the launch.", "prepare the manager toolkit"),
    ("I'll have two versions of the landing page ready by Friday.", "prepare two versions of the landing page"),
]


@pytest.mark.parametrize(("said", "want"), READY)
def test_have_it_ready_is_preparing(said: str, want: str) -> None:
    got = tasks([OPENER, ("Nadia Brooks", said), ("Lucy Tam", "Great.")])
    assert any(t.startswith(want) for t in got), got


# must not: what the listener will have is still sent
def test_you_will_have_it_is_still_sending() -> None:
    got = tasks([OPENER, ("Nadia Brooks", "You'll have the revised quote by Friday."), ("Lucy Tam", "Great.")])
    assert any(t.startswith("send the revised quote") for t in got), got


# -- a plural after a name, taken for a verb: "send me the Marchmont barcodes" --------------------------------------
PLURAL_ASKED = [
    ("Could you send me the Marchmont barcodes and their listing specs?", "send the Marchmont barcodes"),
    ("Can you send me the Larkspur barcodes first?", "send the Larkspur barcodes"),
    ("Could you send me the Kestrel wireframes?", "send the Kestrel wireframes"),
]


@pytest.mark.parametrize(("asked", "want"), PLURAL_ASKED)
def test_a_plural_after_a_name_is_the_thing_asked_for(asked: str, want: str) -> None:
    got = tasks(
        [OPENER, ("Lucy Tam", asked), ("Nadia Brooks", "Yep. I'll dig them out today."), ("Lucy Tam", "Thanks.")]
    )
    assert any(t.startswith(want) for t in got), got
    assert "send me" not in got, got


# must not: a clause of news after "tell me" keeps its verb
def test_news_told_keeps_its_verb() -> None:
    doc = load_nlp(get_settings())("Could you tell me the Marchmont team agrees?")
    agrees = next(t for t in doc if t.lower_ == "agrees")
    assert (agrees.pos_, agrees.dep_) == ("VERB", "ccomp")


# -- "it'd be really useful if you came": the listener invited to the place the speaker is going --------------------
VISIT_TIMED = [
    ("Will Ferris", "Yeah, definitely, I'd want to see that. When?"),
    ("Lucy Tam", "Tuesday next week? Morning?"),
    ("Will Ferris", "Tuesday next week, yeah. I'll bring the tape measure."),
]
INVITED_IF = [
    (
        "I'm going up to the venue to look at the room. Will, it'd be really useful if you came, to check the stage.",
        "visit the venue to check the stage",
    ),
    (
        "We're at the factory next week for the press check. Will, it would help if you could come along.",
        "visit the factory",
    ),
]


@pytest.mark.parametrize(("said", "want"), INVITED_IF)
def test_useful_if_you_came_is_a_visit_of_both(said: str, want: str) -> None:
    got = [(a.owner, a.task) for a in run([OPENER, ("Lucy Tam", said), *VISIT_TIMED]).action_items]
    assert (["Lucy Tam", "Will Ferris"], want) in got, got
    assert not any(t.startswith("bring") for _, t in got), got  # what is brought to it is setting it up


# must not: coming back, coming up with something, or a coming that would not help, is no visit
NOT_INVITED = [
    "I'm going up to the venue to look at the room. Will, it'd be useful if you came back to me on the budget.",
    "I'm going up to the venue to look at the room. Will, it'd be great if you came up with a name for it.",
    "I'm going up to the venue to look at the room. Will, it'd be a problem if you came, honestly.",
    "I'm going up to the venue to look at the room. Will, it'd be useful if you sent the floor plan.",
]


@pytest.mark.parametrize("said", NOT_INVITED)
def test_no_visit_without_an_invitation(said: str) -> None:
    got = tasks([OPENER, ("Lucy Tam", said), *VISIT_TIMED])
    assert not any(t.startswith("visit") for t in got), got


# -- "I'm happy to call that the direction": a thing named, no work ---------------------------------------------------
NAMED = [
    "Yeah, no, totally. But I'm happy to call that the direction. B, with A's green.",
    "Fine. We'll call it the final version, then.",
]


@pytest.mark.parametrize("said", NAMED)
def test_calling_it_something_is_no_item(said: str) -> None:
    got = tasks([OPENER, ("Will Ferris", "So route B, with the palette from A."), ("Lucy Tam", said)])
    assert not any(t.startswith("call") for t in got), got


# must not: calling someone is still work
def test_calling_someone_is_still_an_item() -> None:
    got = tasks([OPENER, ("Nadia Brooks", "I'll call the printers this afternoon."), ("Lucy Tam", "Great.")])
    assert any(t.startswith("call the printers") for t in got), got


# the calls written for this session (tests/data/items_s59/, gold format): the same kinds of talk in new words, each
# with the turn, the owner and the wording the draft must give there
CALLS = Path(__file__).parent / "data" / "items_s59"
CALLED = [
    ("e01-app-rollout", 5, "Sol Brennan", "send the Harrow wireframes"),
    ("e01-app-rollout", 7, "agency", "prepare the depot welcome pack"),
    ("e03-venue-recce", 2, "Ivy Marsh", "prepare the revised floor plan"),
    ("e04-print-run", 2, "Ada Frost", "send the Larkspur barcodes"),
    ("e04-print-run", 5, "client", "prepare the signed-off artwork for the printer"),
]


@pytest.mark.parametrize(("meeting_id", "turn", "owner", "want"), CALLED, ids=[f"{c[0]}-t{c[1]}" for c in CALLED])
def test_written_calls(meeting_id: str, turn: int, owner: str, want: str) -> None:
    got = [(a.owner, a.task) for a in written_call(CALLS / f"{meeting_id}.json").action_items if a.turn == turn]
    assert any((o == owner or (isinstance(o, list) and owner in o)) and want in t for o, t in got), got
