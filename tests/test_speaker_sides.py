"""Which side a voice speaks for (pipeline/speakers/sides.py), and naming voices with it (naming.assign)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ConfigError
from pipeline.schemas import Attendee
from pipeline.settings import REPO_ROOT
from pipeline.speakers import naming, sides
from tests.support import write_gold

MODELS = REPO_ROOT / "models"
AGENCY_VOICE = (
    "Thanks for making the time. So the plan is to walk through the two routes and then the timings. "
    "We could have the revised storyboard with you by Friday, and I'll send the contact report round tomorrow. "
    "Shall I book a call with your team for next week?"
)
CLIENT_VOICE = (
    "Honestly, I'm happy with the second one. Our team will need to see it before it goes anywhere, and legal "
    "will want their sign-off. Let's go with that. My boss is going to ask about the budget, so can we keep it "
    "under the cap? I'll get back to you once I've spoken to finance."
)
TWO = [
    Attendee(name="Nell Garside", side="agency", role="Account Director"),
    Attendee(name="Priti Anand", side="client", role="Brand Manager"),
]


def model() -> sides.SideModel:
    shipped = sides.load(MODELS)
    assert shipped is not None
    return shipped


def test_the_shipped_model_tells_an_agency_voice_from_a_client_voice() -> None:
    p_agency, p_client = model().agency(AGENCY_VOICE, TWO), model().agency(CLIENT_VOICE, TWO)
    assert p_agency is not None and p_client is not None
    assert p_agency >= sides.SURE and p_client <= 1 - sides.SURE
    assert model().agency("Yes, fine. Thanks.", TWO) is None  # too little said to tell


def test_names_are_not_words_of_a_side() -> None:
    """An attendee's name says nothing of the side of who says it."""
    named = [Attendee(name="Will Shall", side="agency"), Attendee(name="Priti Anand", side="client")]
    assert sides.words("Shall we, Will?", named) == ["we"]


def test_two_voices_with_no_names_said_are_named_by_their_sides() -> None:
    t = naming.Turn
    turns = [t(0, AGENCY_VOICE), t(1, CLIENT_VOICE), t(0, "Great, will do.")]
    assert naming.name_speakers_from_turns(turns, 2, TWO) == {}
    assert naming.name_speakers_from_turns(turns, 2, TWO, model()) == {0: "Nell Garside", 1: "Priti Anand"}


def test_a_greeting_heard_in_the_wrong_voice_does_not_swap_the_names() -> None:
    """Diarization put the agency's "Morning, Priti" at the start of the client's voice; the one that answers it
    (the agency's own words) would be called Priti, and by elimination the client Nell."""
    t = naming.Turn
    turns = [
        t(1, "Morning, Priti, thanks for squeezing us in. Morning! Sorry, I've a hard stop at half eleven."),
        t(0, AGENCY_VOICE.removeprefix("Thanks for making the time. ")),
        t(1, CLIENT_VOICE),
    ]
    assert naming.name_speakers_from_turns(turns, 2, TWO) == {1: "Nell Garside", 0: "Priti Anand"}  # wrong
    assert naming.name_speakers_from_turns(turns, 2, TWO, model()) == {0: "Nell Garside", 1: "Priti Anand"}


def test_voices_of_the_same_side_are_not_told_apart_by_it() -> None:
    three = [*TWO, Attendee(name="Theo Marsh", side="agency", role="Producer")]
    t = naming.Turn
    turns = [t(0, AGENCY_VOICE), t(1, CLIENT_VOICE), t(2, AGENCY_VOICE.replace("Friday", "Monday"))]
    assert naming.name_speakers_from_turns(turns, 3, three, model()) == {1: "Priti Anand"}


def test_a_side_never_overrules_to_name_the_other_side() -> None:
    """Strong evidence for a name of the other side (an introduction) does not make that name, nor does the side
    make the voice the one attendee left on its own side."""
    against = np.array([[False, True], [False, False]])
    score = np.array([[0.0, 3.0], [0.0, 0.0]])
    assert naming.assign(score) == {0: 1, 1: 0}
    assert 0 not in naming.assign(score, None, against)


def test_trained_on_annotated_meetings_it_learns_the_sides(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    things = ["banners", "leaflets", "posters", "stickers", "badges", "menus", "flyers", "tickets"]
    for n, thing in enumerate(things[: sides.MIN_MEETINGS]):
        lines = [
            ("Nadia Brooks", f"Morning all. I'll send your team the contact report and the revised {thing}."),
            ("Lucy Tam", "Our board wants sign-off first, so let's hold it until finance agree."),
        ]
        write_gold(folder, f"m{n}", lines)
    out = tmp_path / "sides.json"
    result = CliRunner().invoke(app, ["train-sides", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert re.search(rf"\d+ weights from {sides.MIN_MEETINGS} meetings, {2 * sides.MIN_MEETINGS} voices", result.output)
    weights = json.loads(out.read_text(encoding="utf-8"))["weights"]
    assert weights["your"] > 0 > weights["our"] and "revised" in weights and not set(things) & set(weights)


def test_the_shipped_model_was_trained_on_both_sides_of_many_meetings() -> None:
    data = json.loads((MODELS / sides.MODEL_FILE).read_text(encoding="utf-8"))
    assert data["trained_on"]["meetings"] >= 100 and data["trained_on"]["agency"] / data["trained_on"]["voices"] > 0.3


@pytest.mark.parametrize("content", ["{", '{"weights": 3, "bias": 0}'])
def test_a_broken_model_file_says_how_to_make_it_again(tmp_path: Path, content: str) -> None:
    (tmp_path / sides.MODEL_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"speaker_sides\.json: .*debrief train-sides"):
        sides.load(tmp_path)


def test_no_model_file_means_no_side_evidence(tmp_path: Path) -> None:
    assert sides.load(tmp_path) is None
