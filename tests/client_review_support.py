"""The client review's test meetings (tests/fixtures/client_review): written out as transcripts with sidecars, drafted
with ``pipeline.draft.draft_meeting``, reviewed and confirmed with the Review service, and their annotations."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "client_review"
CLIENT = "Fenwick Coffee"
AGENCY = "Copperline"
ATTENDEES = [
    {"name": "Maya Okafor", "side": "agency", "role": "Account Director"},
    {"name": "Josh Reilly", "side": "agency", "role": "Account Executive"},
    {"name": "Helen Brooks", "side": "client", "role": "Marketing Director"},
    {"name": "Sam Patel", "side": "client", "role": "Brand Manager"},
]
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
TURN_SECONDS = 7.0


@dataclass(frozen=True)
class Gold:
    meeting: str  # the stem (meeting id)
    turn: int
    name: str
    stance: str


def fixture_meetings() -> list[dict]:
    meetings = []
    for path in sorted(FIXTURES.glob("meetings_*.json")):
        meetings += json.loads(path.read_text(encoding="utf-8"))
    return sorted(meetings, key=lambda m: m["date"])


def gold_mentions() -> list[Gold]:
    return [
        Gold(m["stem"], k, name, stance)
        for m in fixture_meetings()
        for k, (_speaker, text) in enumerate(m["turns"])
        for name, stance in MARK.findall(text)
    ]


def _clock(seconds: float) -> str:
    return f"00:{int(seconds) // 60:02d}:{seconds % 60:06.3f}"


def write_transcripts(folder: Path) -> list[Path]:
    """Each meeting as a WebVTT file (one cue a turn, 7 s apart) with its ``.meeting.yaml`` sidecar."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for m in fixture_meetings():
        cues = ["WEBVTT", ""]
        for k, (speaker, text) in enumerate(m["turns"]):
            start = 1.0 + k * TURN_SECONDS
            cues += [str(k + 1), f"{_clock(start)} --> {_clock(start + TURN_SECONDS - 1)}",
                     f"<v {speaker}>{MARK.sub(lambda x: x.group(1), text)}</v>", ""]  # fmt: skip
        vtt = folder / f"{m['stem']}.vtt"
        vtt.write_text("\n".join(cues), encoding="utf-8")
        meta = {"client": CLIENT, "agency": AGENCY, "title": m["title"], "job": m["job"], "date": m["date"],
                "location": "Teams call", "attendees": ATTENDEES}  # fmt: skip
        (folder / f"{m['stem']}.meeting.yaml").write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")
        paths.append(vtt)
    return paths


def fixture_settings(settings: Settings, tmp: Path) -> Settings:
    """``settings`` with the fixture client's prompts (copied, so a test may add to the market glossary)."""
    import shutil

    prompts = tmp / "prompts"
    shutil.copytree(FIXTURES / "prompts", prompts, dirs_exist_ok=True)
    return settings.model_copy(update={"prompts_dir": prompts})


def build_store(settings: Settings, folder: Path, who: str = "Maya Okafor") -> list[str]:
    """Draft every fixture meeting, accept its proposed items and confirm it; returns the meeting ids by date."""
    from pipeline.draft import draft_meeting
    from pipeline.store import review_for

    review = review_for(settings)
    ids = []
    for path in write_transcripts(folder):
        record = draft_meeting(path, settings.reports, settings).record
        for kind, items in (("action", record.action_items), ("agreement", record.agreements)):
            for i, item in enumerate(items):
                if item.status == "proposed":
                    review.update_item(record.meeting_id, kind, i, {"status": "accepted"}, who)  # type: ignore[arg-type]
        review.confirm(record.meeting_id, who)
        ids.append(record.meeting_id)
    return ids


@dataclass
class Score:
    gold: int
    predicted: int
    matched: int
    stance_right: int
    misses: list[Gold]
    false: list[tuple[str, int, str, str]]  # meeting, turn, name, rule
    wrong_stance: list[tuple[Gold, str]]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def stance_accuracy(self) -> float:
        return self.stance_right / self.matched if self.matched else 0.0

    def line(self) -> str:
        return (f"competitor mentions: precision {self.precision:.2f} ({self.matched}/{self.predicted}), "
                f"recall {self.recall:.2f} ({self.matched}/{self.gold}), "
                f"stance accuracy {self.stance_accuracy:.2f} ({self.stance_right}/{self.matched})")  # fmt: skip


def score(mentions: list, gold: list[Gold]) -> Score:
    """Mentions (``competitors.Mention``) against the annotation: one unit per meeting, turn and brand."""
    from pipeline.client_review.glossary import norm

    def same(a: str, b: str) -> bool:
        x, y = norm(a).split(), norm(b).split()
        return x == y or (bool(x) and bool(y) and (" ".join(x) in " ".join(y) or " ".join(y) in " ".join(x)))

    predicted: dict[tuple[str, int, str], object] = {}
    for m in mentions:
        predicted.setdefault((m.meeting_id, m.segment, norm(m.competitor)), m)
    used: set[tuple[str, int, str]] = set()
    matched = right = 0
    misses, wrong = [], []
    for g in gold:
        hit = next(
            (
                k
                for k, m in predicted.items()
                if k not in used
                and k[0] == g.meeting
                and k[1] == g.turn
                and (same(m.name, g.name) or same(m.competitor, g.name))
            ),
            None,
        )  # type: ignore[attr-defined]
        if hit is None:
            misses.append(g)
            continue
        used.add(hit)
        matched += 1
        stance = predicted[hit].stance  # type: ignore[attr-defined]
        if stance == g.stance:
            right += 1
        else:
            wrong.append((g, stance))
    false = [(k[0], k[1], m.name, m.rule) for k, m in predicted.items() if k not in used]  # type: ignore[attr-defined]
    return Score(len(gold), len(predicted), matched, right, misses, false, wrong)
