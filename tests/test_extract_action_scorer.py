"""The learned action scorer: doubtful items move to the suggestions (never lost), its veto with weights set by hand,
the matching that labels its training items, training on a folder of annotated meetings, and the shipped file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import ConfigError
from pipeline.extract import extract_turns as extract_with_turns
from pipeline.extract.action_scorer import (
    MODEL_FILE,
    ActionScorer,
    context_features,
    items_features,
    listed,
    load_action_scorer,
    place_features,
    train,
)
from pipeline.extract.agreement_scorer import load_scorer
from pipeline.schemas import ActionItem, Meeting, Segment, Transcript
from pipeline.settings import Settings
from tests.support import (
    CALL,
    CALL_DATE,
    LUCY,
    MODELS,
    NADIA,
    OWEN,
    ROLES,
    ROLES_DAY,
    WILL,
    extract_turns,
    header,
    write_gold,
)

WINDOW_CALL = [
    (WILL, "Hi, sorry, I've only got half an hour."),
    (NADIA, "No problem, we'll save the budget bits for the end then. Owen, do you want to drive?"),
    (LUCY, "Much better. So where are we with the shelf strips?"),
    (NADIA, "Printed and in the van. Owen, can you send Lucy the install photos once they're up?"),
    (OWEN, "Yep, I'll send the install photos over by Thursday."),
    (LUCY, "I'll chase the store managers myself on Monday so they know it's coming."),
    (WILL, "The Leeds store has a new manager, by the way."),
    (LUCY, "Good to know. Anything else on the windows?"),
    (NADIA, "Only the lighting, and the contractor has that in hand."),
    (WILL, "Great, thanks everyone."),
]


def test_talk_about_the_call_is_a_suggestion_and_the_work_stays_in_the_draft() -> None:
    """With the shipped weights (a retrained file may need another example of talk about the call)."""
    found = extract_turns(WINDOW_CALL, ROLES, ROLES_DAY)
    assert [(a.turn, a.owner) for a in found.action_items] == [(4, OWEN), (5, LUCY)]
    assert [(a.turn, a.task) for a in found.suggested_action_items] == [(1, "save the budget bits for the end")]


def drafted(lines: list[tuple[str | None, str]]) -> tuple[list, list[ActionItem], Meeting]:
    """Every item the rules draft in ``lines``, before the scorer, with the analysed turns and the meeting."""
    meeting = header(ROLES, ROLES_DAY)
    segments = [Segment(index=k, text=text, speaker=who, start=float(k)) for k, (who, text) in enumerate(lines)]
    transcript = Transcript(source_kind="gold-json", segments=segments)
    turns, extraction = extract_with_turns(transcript, meeting, Settings(models_dir=MODELS), second_opinion=False)
    return turns, extraction.action_items, meeting


# a scorer that doubts any item whose task starts with "save", and nothing else
DOUBTS_SAVE = ActionScorer(weights={"tv_save": -10.0}, bias=5.0, veto=0.3)


def test_an_item_below_the_veto_is_doubtful_and_the_rest_are_kept_in_order() -> None:
    turns, items, meeting = drafted(WINDOW_CALL)
    kept, doubtful = DOUBTS_SAVE.revise(items, turns, meeting)
    assert [i.turn for i in doubtful] == [1]
    assert [i.turn for i in kept] == [4, 5]


def test_a_few_lines_are_not_a_meeting_to_weigh_an_item_against() -> None:
    turns, items, meeting = drafted(WINDOW_CALL[:6])
    assert [i.turn for i in items] == [1, 4, 5]
    assert DOUBTS_SAVE.revise(items, turns, meeting) == (items, [])


def test_turns_without_speakers_are_left_as_the_rules_drafted_them() -> None:
    turns, items, meeting = drafted([(None, text) for _, text in WINDOW_CALL])
    assert items
    assert DOUBTS_SAVE.revise(items, turns, meeting) == (items, [])


def test_a_drafted_item_is_listed_when_a_gold_item_is_within_one_turn_one_to_one_nearest_first() -> None:
    items = [ActionItem(task="t", quote="q", rule="r", confidence=0.8, turn=k) for k in (3, 4, 9)]
    assert listed(items, [4]) == [0, 1, 0]  # the nearer one takes it
    assert listed(items, [3, 5]) == [1, 1, 0]
    assert listed(items, [7]) == [0, 0, 0]


def test_trained_on_annotated_meetings_it_doubts_their_kind_of_noise(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    for n, thing in enumerate(["the shelf strips", "the radio copy", "the venue plan", "the cut-downs", "the rota"]):
        lines = [
            (NADIA, "Hang on, I'll turn my speaker down."),
            (LUCY, f"Where are we with {thing}?"),
            (OWEN, f"I'll send {thing} over by Friday."),
        ]
        write_gold(folder, f"m{n}", lines, actions=(2,))
    out = tmp_path / "scorer" / MODEL_FILE
    out.parent.mkdir()
    summary = train([folder], out, Settings(models_dir=MODELS))
    assert re.match(rf"{re.escape(str(out))}: \d+ weights from 5 meetings, 10 items, 5 listed$", summary)
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["trained_on"]["folders"] == ["gold"] and model["weights"]["tv_turn"] < 0
    turns, items, meeting = drafted(
        [(WILL, "Sorry, I'll turn the volume down."), (LUCY, "And the banners?"), (OWEN, "I'll send them.")]
    )
    p = load_action_scorer(out.parent).probabilities(items, turns, meeting)
    assert [i.turn for i in items] == [0, 2] and p[1] > 0.5 > p[0]


def test_training_where_the_rules_draft_nothing_wrong_says_so(tmp_path: Path) -> None:
    write_gold(tmp_path, "m0", [(NADIA, "Hello."), (OWEN, "I'll send the deck over.")], actions=(1,))
    with pytest.raises(ConfigError, match="nothing to learn a veto from"):
        train([tmp_path], tmp_path / MODEL_FILE, Settings(models_dir=MODELS))


def test_the_command_refuses_a_folder_that_is_not_there(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train-actions", str(tmp_path / "nowhere"), "--out", str(tmp_path / "s.json")])
    assert result.exit_code == 1 and "no such folder" in result.output
    assert not (tmp_path / "s.json").exists()


WORDS = re.compile(r"^(?:tv_|tw_)\S+$|^(?:t_cue|t_prev|rule|rulefull)_\S+$|^fifth\d$")


def test_the_shipped_weights_name_only_features_the_scorer_computes() -> None:
    model = json.loads((MODELS / MODEL_FILE).read_text(encoding="utf-8"))
    turns, items, meeting = drafted(WINDOW_CALL)
    fixed = {name for f in items_features(items, turns, meeting) for name in f if not WORDS.match(name)}
    unknown = {name for name in model["weights"] if not WORDS.match(name) and name not in fixed}
    assert unknown == set()
    assert not any(name.startswith(("t_w_", "t_w1_", "t_pw_")) for name in model["weights"])
    assert 0 < model["veto"] < 0.5 and model["trained_on"]["items"] > model["trained_on"]["listed"] > 500


@pytest.mark.parametrize("content", [None, "{not json", '{"bias": 0.1}'])
def test_a_missing_or_broken_weights_file_says_how_to_make_it_again(tmp_path: Path, content: str | None) -> None:
    if content is not None:
        (tmp_path / MODEL_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"action_scorer\.json: .*debrief train-actions"):
        load_action_scorer(tmp_path)
    with pytest.raises(ConfigError, match=r"agreement_scorer\.json: .*debrief train-agreements"):
        load_scorer(tmp_path)


# an exchange with what the context features read: an item confirmed a turn later, two items in one turn
CONTEXT_CALL = [
    (NADIA, "Owen, can you book the photographer for the store opening?"),
    (OWEN, "Yes, I'll book her today and I'll send everyone the call sheet by Friday."),
    (LUCY, "When would we see the shots?"),
    (OWEN, "You'll have them the Monday after."),
    (WILL, "I'll ask legal about the model releases. And separately I'll chase the venue for the floor plan."),
    (NADIA, "Lovely. Lucy, anything from your side?"),
    (LUCY, "I'll need the shot list before I can brief the store team."),
    (OWEN, "I'll send you the shot list tomorrow morning."),
    (LUCY, "Perfect, thanks."),
    (WILL, "Thanks all."),
]
KEYS = ("later_in_turn", "owner_again", "echo")


def context_of(lines: list[tuple[str | None, str]]) -> dict[int, list[dict[str, float]]]:
    """The context features of each item drafted in ``lines``, by turn."""
    turns, items, meeting = drafted(lines)
    by_turn: dict[int, list[dict[str, float]]] = {}
    for item, f in zip(items, items_features(items, turns, meeting), strict=True):
        by_turn.setdefault(item.turn or 0, []).append({k: f[k] for k in KEYS})
    return by_turn


def test_a_second_item_in_one_turn_is_marked_and_the_first_is_not() -> None:
    by_turn = context_of(CONTEXT_CALL)
    assert [f["later_in_turn"] for f in by_turn[4]] == [0.0, 1.0]
    assert by_turn[1] == [dict.fromkeys(KEYS, 0.0)]


def test_an_item_of_the_same_owner_a_turn_or_two_back_marks_the_later_one_as_a_confirmation() -> None:
    by_turn = context_of(CONTEXT_CALL)
    assert by_turn[3][0]["owner_again"] == 1.0  # "You'll have them the Monday after." after Owen's turn 1
    assert by_turn[4][0]["owner_again"] == 0.0  # Will has drafted nothing before


def test_an_item_whose_task_repeats_one_drafted_a_turn_or_two_before_is_an_echo() -> None:
    def item(turn: int, task: str, owner: str) -> ActionItem:
        return ActionItem(task=task, quote="q", rule="r", confidence=0.8, turn=turn, owner=owner)

    need = item(6, "have the store list before the briefing", LUCY)
    assert context_features(item(7, "send Lucy the store list", OWEN), [need])["echo"] == 1.0
    assert context_features(item(7, "book the photographer", OWEN), [need])["echo"] == 0.0
    assert context_features(item(12, "send Lucy the store list", OWEN), [need])["echo"] == 0.0  # too far back


# a call of the four in tests.support.CALL (a Wednesday): a promise about the call itself in its opening minutes, and
# promises of work in the middle of the call; the scorer reads which fifth of the call each is in
NELL, THEO, PRITI, OWEN_L = (p.name for p in CALL)
PLACE_CALL = [
    (NELL, "Morning both, can you hear me all right?"),
    (PRITI, "Yes, fine. I'll have to leave at half past, sorry."),
    (NELL, "No problem. Shall we start with the trade show stand?"),
    (OWEN_L, "Go on then."),
    (THEO, "The stand drawings came back from the builder yesterday."),
    (PRITI, "Were they happy with the lighting rig?"),
    (THEO, "Mostly. They want a second power feed."),
    (OWEN_L, "That's fine, the venue offers one."),
    (NELL, "Good. Then the giveaways."),
    (PRITI, "We liked the tote bags more than the mugs."),
    (NELL, "Totes it is."),
    (PRITI, "I'll check the budget for the totes with finance."),
    (THEO, "And I'll send the builder the power feed spec by Friday."),
    (OWEN_L, "Great."),
    (NELL, "Anything else for today?"),
    (PRITI, "No, that's it from us."),
    (NELL, "Lovely, thanks both."),
    (OWEN_L, "Thanks, bye."),
    (THEO, "Bye."),
    (PRITI, "Bye all."),
]


def test_which_fifth_of_the_call_an_item_is_said_in_is_a_feature_and_the_opening_minutes_can_be_doubted() -> None:
    segments = [Segment(index=k, text=text, speaker=who, start=float(k)) for k, (who, text) in enumerate(PLACE_CALL)]
    meeting = header(CALL, CALL_DATE)
    turns, extraction = extract_with_turns(
        Transcript(source_kind="gold-json", segments=segments), meeting, Settings(models_dir=MODELS), False
    )
    items = extraction.action_items
    places = {
        i.turn: sorted(n for n in f if n.startswith("fifth"))
        for i, f in zip(items, items_features(items, turns, meeting), strict=True)
    }
    assert places == {1: ["fifth0"], 11: ["fifth2"], 12: ["fifth3"]}
    opening_doubted = ActionScorer(weights={"fifth0": -10.0}, bias=5.0, veto=0.3)
    kept, doubtful = opening_doubted.revise(items, turns, meeting)
    assert [i.turn for i in doubtful] == [1] and [i.turn for i in kept] == [11, 12]
    assert place_features(0.0) == {"fifth0": 1.0} and place_features(1.0) == {"fifth4": 1.0}
