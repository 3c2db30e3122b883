"""Which side of the table a voice speaks from, agency or client, from its words: evidence for naming voices.

An agency voice says "your launch", "shall I", "we could", "the contact report"; a client voice says "our team",
"I'm happy with that", "let's", "legal", "sign-off". A logistic model over the words and word pairs a voice says
in a meeting (attendees' names left out; only words used in at least ``MIN_MEETINGS`` training meetings, so no
brand or topic of one meeting) gives the chance it is the agency's. Where it is sure (``SURE`` either way) and the
voice said enough (``MIN_WORDS``), naming never pairs that voice with an attendee the sidecar puts on the other
side (``naming.assign``): two voices left to pair with a client and an agency name are told apart by what they
say, not by which of them happened to be thanked.

Weights are data in ``models/speaker_sides.json``, written by ``debrief train-sides FOLDER... --out
models/speaker_sides.json`` from meetings with speakers and attendees' sides (FORMAT.md's gold format). On annotated
meetings it was not trained on and nobody has read (95 meetings, 518 voices), a voice's side is right for 0.94 of
the voices and 0.99 of the 84% it is sure of (models/README.md).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.errors import ConfigError
from pipeline.schemas import Attendee, Side

MODEL_FILE = "speaker_sides.json"
SURE = 0.8
MIN_WORDS = 25
MIN_MEETINGS = 8
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def words(text: str, attendees: list[Attendee]) -> list[str]:
    """The voice's words, lower case, attendees' names left out."""
    names = {part.lower() for a in attendees for part in a.name.split()}
    return [w for w in WORD.findall(text.lower().replace("’", "'")) if w not in names]


def features(said: list[str]) -> set[str]:
    """Each word and each pair of neighbouring words said."""
    return set(said) | {f"{a}_{b}" for a, b in zip(said, said[1:], strict=False)}


@dataclass(frozen=True)
class SideModel:
    weights: dict[str, float]
    bias: float

    def agency(self, text: str, attendees: list[Attendee]) -> float | None:
        """The chance the voice that said ``text`` is the agency's; None when it said too little to tell."""
        said = words(text, attendees)
        if len(said) < MIN_WORDS:
            return None
        logit = self.bias + sum(self.weights.get(f, 0.0) for f in features(said))
        return float(1.0 / (1.0 + np.exp(-logit)))

    def sure_side(self, text: str, attendees: list[Attendee]) -> Side | None:
        """The side the voice that said ``text`` speaks for, when the model is sure (``SURE``); else None."""
        p = self.agency(text, attendees)
        if p is None or SURE > p > 1 - SURE:
            return None
        return "agency" if p >= SURE else "client"

    def against(self, texts: list[str], attendees: list[Attendee]) -> np.ndarray:
        """(voices, attendees): True where the voice is surely of the side the attendee is not."""
        out = np.zeros((len(texts), len(attendees)), dtype=bool)
        for c, text in enumerate(texts):
            side = self.sure_side(text, attendees)
            if side is not None:
                out[c] = [a.side is not None and a.side != side for a in attendees]
        return out


@cache
def load(models_dir: Path) -> SideModel | None:
    """The shipped model, or None when the file is not there (naming then goes without side evidence)."""
    path = models_dir / MODEL_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SideModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"{path}: the speaker-side weights cannot be read ({exc}); restore it from the repository or retrain it "
            "with `debrief train-sides` (models/README.md)"
        ) from exc


def training_voices(folders: list[Path]) -> tuple[list[set[str]], list[int], list[int]]:
    """Each voice of the annotated meetings in ``folders`` whose side the attendee list gives: its features, 1 for
    the agency, and the meeting it spoke in."""
    from pipeline.evaluate import gold_meetings

    feats: list[set[str]] = []
    labels: list[int] = []
    meetings: list[int] = []
    for number, (_gold, transcript, meeting) in enumerate(gold_meetings(folders)):
        side = {a.name: a.side for a in meeting.attendees}
        said: dict[str, list[str]] = defaultdict(list)
        for seg in transcript.segments:
            if seg.speaker and side.get(seg.speaker):
                said[seg.speaker].append(seg.text)
        for who, texts in said.items():
            feats.append(features(words(" ".join(texts), meeting.attendees)))
            labels.append(int(side[who] == "agency"))
            meetings.append(number)
    return feats, labels, meetings


def train(folders: list[Path], out: Path, l2: float = 3.0) -> str:
    """Fit the model on the voices of the meetings in ``folders`` and write it to ``out``; a one-line summary."""
    from pipeline.documents.files import atomic_write
    from pipeline.extract.agreement_scorer import fit

    feats, labels, meetings = training_voices(folders)
    if len(set(labels)) < 2:
        raise ConfigError(f"{', '.join(map(str, folders))}: no voices of both sides with known sides to learn from")
    seen: dict[str, set[int]] = defaultdict(set)
    for f, m in zip(feats, meetings, strict=True):
        for name in f:
            seen[name].add(m)
    kept = [{f"w_{n}": 1.0 for n in f if len(seen[n]) >= MIN_MEETINGS} for f in feats]
    weights, bias = fit(kept, labels, l2, min_count=1)
    model = {
        "about": "pipeline/speakers/sides.py: logistic weights over the words a voice says; 1 = agency",
        "trained_on": {"folders": [f.name for f in folders], "meetings": len(set(meetings)), "voices": len(labels),
                       "agency": sum(labels)},
        "l2": l2, "bias": bias, "weights": {k[2:]: v for k, v in weights.items()},
    }  # fmt: skip
    atomic_write(out, json.dumps(model, indent=0, sort_keys=True) + "\n")
    return f"{out}: {len(weights)} weights from {len(set(meetings))} meetings, {len(labels)} voices"
