"""The learned agreement scorer: what it adds and vetoes in real dialogues, its keep/add mechanism with weights
set by hand, training on a folder of annotated meetings, and the shipped weights file."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ConfigError
from pipeline.extract import analyse
from pipeline.extract.agreement_scorer import (
    MODEL_FILE,
    RULE,
    STRONG_KEEP,
    Scorer,
    exchange_features,
    load_scorer,
    meeting_features,
    reply_features,
    train,
)
from pipeline.extract.agreements import Found
from pipeline.schemas import Meeting, Segment, Transcript
from pipeline.settings import Settings
from tests.support import LUCY, MODELS, NADIA, OWEN, ROLES, ROLES_DAY, WILL, extract_turns, header, write_gold

OPTIONS = (
    NADIA,
    "We could run the sampling at all six stores, or keep it to the three flagships and put the rest into radio.",
)
THANKS = (NADIA, "Great, I'll update the plan.")


def agreements(reply: str) -> list[tuple[int, str, str]]:
    found = extract_turns([OPTIONS, (LUCY, reply), THANKS], ROLES, ROLES_DAY).agreements
    return [(a.turn or 0, a.rule, a.text) for a in found]


@pytest.mark.parametrize(
    "reply",
    [
        "Right, we'll keep it to the flagships.",
        "Yeah, the three flagships, and move the money to radio.",
    ],
)
def test_a_client_choosing_an_option_in_words_no_rule_lists_is_an_agreement(reply: str) -> None:
    # the order a "Yeah," opens is stated by its own rule (verdicts.stated_after); the scorer adds the rest
    assert [(turn, rule in (RULE, "stated_after")) for turn, rule, _ in agreements(reply)] == [(1, True)]
    assert "flagships" in agreements(reply)[0][2]


@pytest.mark.parametrize(
    "reply",
    [
        "I'd rather do all six, to be honest.",
        "Let's park that until we see the numbers.",
    ],
)
def test_a_preference_or_a_deferral_is_not_an_agreement(reply: str) -> None:
    assert agreements(reply) == []


def test_a_settling_turn_that_also_says_what_our_side_will_pick_up_is_still_an_agreement() -> None:
    """ "we'll pick up the other stores in the autumn" is the speaker's side taking work on, not work asked of
    another person, which would bar the turn ("Send me the store list first, please.")."""
    reply = "Right, we'll keep it to the flagships. The other stores we'll pick up in the autumn."
    assert [(turn, rule) for turn, rule, _ in agreements(reply)] == [(1, RULE)]


def analysed(lines: list[tuple[str | None, str]]) -> tuple[list, Meeting]:
    meeting = header(ROLES, ROLES_DAY)
    segments = [Segment(index=k, text=text, speaker=who, start=float(k)) for k, (who, text) in enumerate(lines)]
    return analyse(
        Transcript(source_kind="gold-json", segments=segments), meeting, Settings(models_dir=MODELS)
    ), meeting


# a scorer that is sure of any turn with "approve" in it and of nothing else
SURE = Scorer(weights={"w_approve": 10.0}, bias=-5.0, keep=0.1, add=0.3)
TALK = [
    (NADIA, "Here is the new layout for the spring window."),
    (LUCY, "Lovely, I approve it."),
    (NADIA, "Thanks, and the shelf strips are coming on Monday."),
    (LUCY, "Okay."),
]


def test_a_turn_the_scorer_is_sure_of_is_added_with_its_probability() -> None:
    turns, meeting = analysed(TALK)
    added = SURE.revise([], turns, meeting, barred=set(), committed=set(), joint=set(), asked=set())
    assert [(f.turn, f.rule, f.confidence) for f in added] == [(1, RULE, 0.99)]


def test_a_barred_turn_or_one_next_to_a_kept_agreement_is_not_added() -> None:
    turns, meeting = analysed(TALK)
    assert SURE.revise([], turns, meeting, barred={1}, committed=set(), joint=set(), asked=set()) == []
    rule = Found(2, "the shelf strips", "x_it_is", 0.9, strong=True)
    assert SURE.revise([rule], turns, meeting, barred=set(), committed=set(), joint=set(), asked=set()) == [
        rule
    ]  # kept: its neighbour, turn 1, is sure


def test_a_surer_ratification_soon_after_a_weak_rule_agreement_takes_its_place() -> None:
    """ "Agreed." to a preference, then "Yes, I approve the 19th. Done." two turns on: the decision stands at the
    ratification; a strong rule agreement (a ratifying cue) is not moved."""
    turns, meeting = analysed(
        [
            (NADIA, "I'd rather move the launch a week than go out with a broken checkout."),
            (LUCY, "Agreed. The creators will need telling."),
            (NADIA, "Can engineering hold the new date?"),
            (LUCY, "Yes, I approve the 19th. Done."),
        ]
    )
    scorer = Scorer(weights={"w_approve": 10.0, "w1_agreed": 4.6}, bias=-5.0, keep=0.1, add=0.3)
    weak = Found(1, "Agreed.", "agreed_reply", 0.6, strong=False)
    revised = scorer.revise([weak], turns, meeting, barred=set(), committed=set(), joint=set(), asked=set())
    assert [(f.turn, f.rule) for f in revised] == [(3, RULE)]
    strong = replace(weak, strong=True)
    assert scorer.revise([strong], turns, meeting, barred=set(), committed=set(), joint=set(), asked=set()) == [strong]


def test_a_rule_agreement_on_talk_the_scorer_gives_nothing_is_dropped() -> None:
    turns, meeting = analysed(TALK)
    meets = Found(3, "Next meeting: Monday.", "next_meeting_set", 0.9, strong=True)
    idle = Found(3, "Okay.", "works_for_us", 0.9, strong=False)
    assert SURE.revise([idle, meets], turns, meeting, barred={1}, committed=set(), joint=set(), asked=set()) == [
        meets
    ]  # the next meeting is never vetoed


def test_nobody_agrees_with_themselves() -> None:
    turns, meeting = analysed([(NADIA, "Shall we move the launch?"), (NADIA, "Yes, I approve the later date.")])
    assert SURE.revise([], turns, meeting, barred=set(), committed=set(), joint=set(), asked=set()) == []


def test_turns_without_speakers_are_left_to_the_rules() -> None:
    turns, meeting = analysed([(None, text) for _, text in TALK])
    idle = Found(3, "Okay.", "works_for_us", 0.9, strong=False)
    assert SURE.revise([idle], turns, meeting, barred=set(), committed=set(), joint=set(), asked=set()) == [idle]


def test_trained_on_annotated_meetings_it_scores_their_kind_of_agreement_highest(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    for n, option in enumerate(
        ["the blue pack", "the radio burst", "the Leeds venue", "the short edit", "the March date"]
    ):
        lines = [
            (NADIA, f"We could go with {option} or keep what we have."),
            (LUCY, f"Sounds good, we approve {option}."),
            (OWEN, "I'll share the files after this."),
            (WILL, "Is the car park open today?"),
        ]
        write_gold(folder, f"m{n}", lines, agreements=(1,))
    out = tmp_path / "scorer" / MODEL_FILE
    out.parent.mkdir()
    summary = train([folder], out, Settings(models_dir=MODELS))
    assert re.match(rf"{re.escape(str(out))}: \d+ weights from 5 meetings, 20 turns, 5 agreements$", summary)
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["trained_on"]["folders"] == ["gold"] and model["weights"]["w_approve"] > 0
    turns, meeting = analysed([(NADIA, "Shall we go with the green one?"), (LUCY, "Sounds good, we approve it.")])
    p = load_scorer(out.parent).probabilities(meeting_features(turns, meeting))
    assert p[1] > 0.5 > p[0]


def test_training_on_meetings_without_agreements_says_so(tmp_path: Path) -> None:
    write_gold(tmp_path, "m0", [(NADIA, "Hello."), (LUCY, "Hi.")])
    with pytest.raises(ConfigError, match="no gold agreements"):
        train([tmp_path], tmp_path / MODEL_FILE, Settings(models_dir=MODELS))


def test_the_command_refuses_a_folder_that_is_not_there(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train-agreements", str(tmp_path / "nowhere"), "--out", str(tmp_path / "s.json")])
    assert result.exit_code == 1 and "no such folder" in result.output
    assert not (tmp_path / "s.json").exists()


FEATURE = re.compile(r"^(?:w_|w1_|pw_)\S+$|^(?:cue|prev)_[A-Za-z_]+$")


def test_the_shipped_weights_name_only_features_the_scorer_computes() -> None:
    model = json.loads((MODELS / MODEL_FILE).read_text(encoding="utf-8"))
    turns, meeting = analysed([(NADIA, "We could go with the blue one?"), (LUCY, "Fine, blue it is.")])
    fixed = {name for f in meeting_features(turns, meeting) for name in f if not FEATURE.match(name)}
    unknown = {name for name in model["weights"] if not FEATURE.match(name) and name not in fixed}
    assert unknown == set()
    assert 0 < model["keep"] < model["add"] < 1 and model["trained_on"]["agreements"] > 100


def test_how_another_speaker_takes_the_turn_up_is_read() -> None:
    lines = [(NADIA, "Sixty or eighty units?"), (LUCY, "Eighty."), (NADIA, "Great, I'll tell the printer.")]
    turns, _ = analysed(lines)
    assert reply_features(turns, 1) == {"next_affirm": 1.0, "next_i_will": 1.0, "next_question": 0.0}
    turns, _ = analysed([*lines[:2], (NADIA, "Why eighty?")])
    assert reply_features(turns, 1) == {"next_affirm": 0.0, "next_i_will": 0.0, "next_question": 1.0}
    turns, _ = analysed([*lines[:2], (LUCY, "Eighty, I mean.")])
    assert reply_features(turns, 1) == {} == reply_features(turns, 2)  # the same speaker goes on; the last turn


def test_a_ratifying_cue_the_scorer_gives_almost_nothing_is_dropped() -> None:
    """A strong rule agreement stays on little evidence (``STRONG_KEEP``), but not on none: a recap or a cue
    phrase inside talk that settles nothing ("we'll drop it" said of a task) is vetoed."""
    turns, meeting = analysed(TALK)
    strong = Found(3, "Okay.", "works_for_us", 0.9, strong=True)
    assert SURE.revise([strong], turns, meeting, barred={1}, committed=set(), joint=set(), asked=set()) == []
    unsure = Scorer(weights={"w_approve": 10.0}, bias=-2.5, keep=0.1, add=0.3)  # p = 0.08 on the other turns
    assert STRONG_KEEP < 0.08 < unsure.keep
    assert unsure.revise([strong], turns, meeting, barred={1}, committed=set(), joint=set(), asked=set()) == [strong]
    picked = replace(strong, rule="option_picked")  # a pick among options just put, which the rule checked
    assert SURE.revise([picked], turns, meeting, barred={1}, committed=set(), joint=set(), asked=set()) == [picked]


def test_an_outcome_stated_and_what_follows_a_position_is_read() -> None:
    """An outcome said in the present, a position the other side answers with a new figure, and one settled a
    turn or two later."""
    offer = [(LUCY, "We could do the shoot for nine thousand."), (NADIA, "We were thinking seven.")]
    turns, _ = analysed([*offer, (LUCY, "Eight, and that includes the edit?"), (NADIA, "Okay, eight works.")])
    assert exchange_features(turns, 1) == {"states_outcome": 0.0, "next_counter": 1.0, "settled_later": 1.0}
    turns, _ = analysed([(LUCY, "Shall we keep the radio?"), (NADIA, "The radio stays."), (LUCY, "Great.")])
    assert exchange_features(turns, 1) == {"states_outcome": 1.0, "next_counter": 0.0, "settled_later": 0.0}
    turns, _ = analysed([(LUCY, "Shall we keep the radio?"), (NADIA, "The radio stays.")])
    assert exchange_features(turns, 1) == {"states_outcome": 1.0}  # nobody answers it: nothing follows


@pytest.mark.parametrize(
    ("reply", "only_time"),
    [
        # when the work is done: the item's due date, not a decision (dropped when an item sits at it or before it)
        ("Twenty-fourth. Yeah, go on then.", True),
        ("Monday week, the eleventh? Yeah, that's fine.", True),
        ("Two weeks is fine.", True),
        ("Afternoon's fine.", True),
        # a decision, or no time at all
        ("Then it's me. I'll do it.", False),
        ("Then yeah, fine. I can live with the two four.", False),
        ("Gentle's fine. Gentle we use already on the website.", False),
        ("Thursday's fine, and we'll drop the print ads.", False),
    ],
)
def test_a_reply_that_only_says_a_time(reply: str, only_time: bool) -> None:
    from pipeline.extract.agreements import only_a_time

    turns, _ = analysed([(OWEN, "Could I have it to you then?"), (NADIA, reply)])
    assert only_a_time(turns[1]) is only_time
