"""A learned second opinion on action items: which drafted items are doubtful, moved to "Possibly also".

The commitment rules were written while reading meetings, and on meetings nobody had read about one drafted item in
five is not an item at all: talk about the call ("I'll turn the speaker down"), a joke ("I'll mourn it privately"),
work done already, a choice ("we'll handle influencers separately"), a need ("we'll also need two for the shoot").
What such items share can be weighed: the turn's own features (``agreement_scorer.turn_features``: who speaks, how it
opens, its cues, what the turn it answers puts; not its words, which a few hundred items cannot weigh) and the
item's (which rule found it, how sure it was, the task's verb, words and length, whether it has a date and whose it
is), which fifth of the call it is said in (``place_features``), and what the items drafted just before it say
(``context_features``: a second item of one commitment in the same turn, a confirmation of the same owner's item, a
repeated task). A logistic model over those gives each drafted item a probability that an annotator would list it.

An item below ``veto`` is not dropped: it becomes a suggestion (``suggested_action_items``), shown on the review
page under "Possibly also" with one-click accept, and kept out of the report until the AE accepts it. Nothing the
rules found is lost; the report only leaves out what is most likely noise. Turns with no speaker (a recording
drafted without speakers) and exchanges shorter than ``MIN_TURNS`` are left as the rules drafted them.

Weights and the threshold are data in ``models/action_scorer.json``, written by ``debrief train-actions FOLDER...
--out models/action_scorer.json`` from folders of meetings in the gold format of ``FORMAT.md``: each item the rules
draft there is labelled by whether a gold action item sits within one turn of it (as the kit's score.py matches).
The weights read the rules' names and cue spans: retrain after changing ``models/*.jsonl``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.extract.agreement_scorer import fit, logistic, meeting_features, read_weights
from pipeline.extract.turns import Turn
from pipeline.schemas import ActionItem, Meeting
from pipeline.settings import Settings

MODEL_FILE = "action_scorer.json"
TURN_WORDS = ("w_", "w1_", "pw_")  # the turn's words are left out: a few hundred items cannot weigh them
PRONOUNS = {"it", "that", "this", "them", "those", "these", "one", "all"}
MATCH_REACH = 1  # turns between a drafted item and the gold item it is (score.py's matching)
OWNER_AGAIN_REACH = 3  # turns back to an item of the same owner that a later one may only confirm
PLACES = 5  # the parts of the call an item's place is told by (``place_features``)
MIN_TURNS = 10  # a few lines pasted in are not a meeting: where an item falls in the call means nothing there


def item_features(item: ActionItem, turn: dict[str, float]) -> dict[str, float]:
    """The features of one drafted ``item``, with ``turn``: the features of the turn it was found in."""
    f = {"t_" + name: v for name, v in turn.items() if not name.startswith(TURN_WORDS)}
    words = re.findall(r"[a-z']+", item.task.lower())
    rule = item.rule or "none"
    f["rule_" + rule.split("+")[0]] = 1.0
    f["rulefull_" + rule] = 1.0
    f["conf"] = item.confidence or 0.0
    n = len(words)
    for name, fits in (("tlen<=1", n <= 1), ("tlen<=3", 1 < n <= 3), ("tlen<=6", 3 < n <= 6), ("tlen>6", n > 6)):
        f[name] = float(fits)
    if words:
        f["tv_" + words[0]] = 1.0
    for w in words[1:]:
        f["tw_" + w] = 1.0
    f["pronoun_object"] = float(n >= 2 and words[1] in PRONOUNS)
    f["due"] = float(item.due is not None)
    f["joint"] = float(isinstance(item.owner, list))
    f["owner_is_speaker"] = float(item.owner == item.speaker)
    f["owner_team"] = float(item.owner in ("agency", "client"))
    f["condition"] = float("(" in item.task)
    return f


def items_features(items: list[ActionItem], turns: list[Turn], meeting: Meeting) -> list[dict[str, float]]:
    at = meeting_features(turns, meeting)
    return [
        item_features(i, at[_turn(i)]) | context_features(i, items[:n]) | place_features(turns[_turn(i)].position)
        for n, i in enumerate(items)
    ]


def place_features(position: float) -> dict[str, float]:
    """Which fifth of the call the item is said in (``position``: the turn's place, 0 at the start, 1 at the end).
    What is said in the first minutes is more often talk about the call than work ("I'll have to leave at ten",
    "I'll share my screen"); the work is mostly taken on in the middle and the end of a call. The turn features
    only tell its first tenth and last sixth apart."""
    return {f"fifth{min(int(position * PLACES), PLACES - 1)}": 1.0}


def context_features(item: ActionItem, before: list[ActionItem]) -> dict[str, float]:
    """What the items drafted before ``item`` say of it: a second item of one commitment in the same turn ("I'll
    have a word with them and I'll let you know"), the same owner's item a turn or two back that this one may only
    confirm ("Then you'll have it by Friday"), an item a turn or two back whose task this one repeats."""
    k = _turn(item)
    near = [b for b in before if 0 < k - _turn(b) <= OWNER_AGAIN_REACH]
    same_turn = any(_turn(b) == k for b in before)
    words = _content(item.task)
    return {
        "later_in_turn": float(same_turn),
        "owner_again": float(not same_turn and any(b.owner == item.owner for b in near)),
        "echo": float(any(len(words & _content(b.task)) >= max(1, len(words) // 2) for b in near)),
    }


def _content(task: str) -> set[str]:
    """The task's longer words after its verb: what two drafts of one item share."""
    return {w for w in re.findall(r"[a-z]+", task.lower())[1:] if len(w) > 3}


def _turn(item: ActionItem) -> int:
    return item.turn if item.turn is not None else item.segment or 0


@dataclass(frozen=True)
class ActionScorer:
    weights: dict[str, float]
    bias: float
    veto: float

    def probabilities(self, items: list[ActionItem], turns: list[Turn], meeting: Meeting) -> list[float]:
        return logistic(self.weights, self.bias, items_features(items, turns, meeting))

    def revise(
        self, items: list[ActionItem], turns: list[Turn], meeting: Meeting
    ) -> tuple[list[ActionItem], list[ActionItem]]:
        """The items the scorer keeps in the draft, and the doubtful ones (below ``veto``), to suggest."""
        if not items or len(turns) < MIN_TURNS or all(t.speaker is None for t in turns):
            return items, []
        p = self.probabilities(items, turns, meeting)
        kept = [i for i, q in zip(items, p, strict=True) if q >= self.veto]
        doubtful = [i for i, q in zip(items, p, strict=True) if q < self.veto]
        kept_ids = {id(i) for i in kept}
        for n, i in enumerate(items):
            if id(i) not in kept_ids:
                _date_kept(i, [b for b in items[:n] if id(b) in kept_ids], items[:n])
        return kept, doubtful


def _date_kept(doubted: ActionItem, kept: list[ActionItem], before: list[ActionItem]) -> None:
    """A second item of one commitment in the same turn ("We'll redo the figures. I'll send you the new sheet
    tomorrow.") that the scorer doubts leaves its date to the one item it keeps before it in that turn, if that has
    none: the date is when the commitment is delivered."""
    if doubted.due is None or doubted.turn is None:
        return
    same = [b for b in kept if b.turn == doubted.turn and b.speaker == doubted.speaker]
    if len(same) == 1 and same[0].due is None and not any(b.due for b in before if b.turn == doubted.turn):
        same[0].due, same[0].due_text = doubted.due, doubted.due_text


@cache
def load_action_scorer(models_dir: Path) -> ActionScorer:
    data = read_weights(models_dir / MODEL_FILE, "debrief train-actions")
    return ActionScorer(data["weights"], data["bias"], data["veto"])


def listed(items: list[ActionItem], gold_turns: list[int]) -> list[int]:
    """1 for each drafted item a gold action item sits within ``MATCH_REACH`` turns of, one to one, nearest first."""
    pairs = sorted(
        (abs(_turn(i) - g), n, m)
        for n, i in enumerate(items)
        for m, g in enumerate(gold_turns)
        if abs(_turn(i) - g) <= MATCH_REACH
    )
    hit: set[int] = set()
    used: set[int] = set()
    for _gap, n, m in pairs:
        if n not in hit and m not in used:
            hit.add(n)
            used.add(m)
    return [int(n in hit) for n in range(len(items))]


def training_items(folders: list[Path], settings: Settings) -> tuple[list[dict[str, float]], list[int], int]:
    """Features and labels of every item the rules draft (before this scorer) in the gold meetings of ``folders``,
    and how many meetings those were."""
    from pipeline.evaluate import gold_meetings
    from pipeline.extract import extract_turns

    features: list[dict[str, float]] = []
    labels: list[int] = []
    meetings = 0
    for gold, transcript, meeting in gold_meetings(folders):
        turns, extraction = extract_turns(transcript, meeting, settings, second_opinion=False)
        items = extraction.action_items
        features += items_features(items, turns, meeting)
        labels += listed(items, [a["turn"] for a in gold["gold"].get("action_items", [])])
        meetings += 1
    return features, labels, meetings


def train(folders: list[Path], out: Path, settings: Settings, l2: float = 3.0, veto: float = 0.45) -> str:
    """Fit the scorer on the gold meetings in ``folders`` and write it to ``out``; returns a one-line summary."""
    from pipeline.documents.files import atomic_write

    features, labels, meetings = training_items(folders, settings)
    if not labels or all(labels):
        raise ConfigError(
            f"{', '.join(map(str, folders))}: the rules draft no item there that the gold lacks, so there is "
            "nothing to learn a veto from (FORMAT.md's gold format; add meetings the rules were not written on)"
        )
    weights, bias = fit(features, labels, l2)
    model = {
        "about": "pipeline/extract/action_scorer.py: logistic weights over drafted items; items below veto are "
        "suggested instead",
        "trained_on": {"folders": [f.name for f in folders], "meetings": meetings, "items": len(labels),
                       "listed": sum(labels)},
        "l2": l2, "veto": veto, "bias": bias, "weights": weights,
    }  # fmt: skip
    atomic_write(out, json.dumps(model, indent=0, sort_keys=True) + "\n")
    return f"{out}: {len(weights)} weights from {meetings} meetings, {len(labels)} items, {sum(labels)} listed"
