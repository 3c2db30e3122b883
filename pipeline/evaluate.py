"""Run the extractor over evaluation meetings and score it with the evaluation kit's own scripts.

run_eval(Path("../shared/eval/dev"), Path("/tmp/pred"), settings)       -> "TOTAL meetings=10 action_p=…"
run_ami_eval(Path("../shared/eval/ami/meetings.jsonl"), out, settings)  -> "AMI meetings=40 …"
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.extract import extract, extract_turns
from pipeline.extract.ranking import rank_long_meeting
from pipeline.ingest import build_meeting, read_transcript_file, sha256_file
from pipeline.schemas import Attendee, Extraction, Meeting, Segment, Transcript
from pipeline.settings import Settings


def prediction(meeting_id: str, extraction: Extraction) -> dict:
    """The FORMAT.md prediction document (extra fields kept for the review page)."""
    return {
        "meeting_id": meeting_id,
        "action_items": [i.model_dump(mode="json") for i in extraction.action_items],
        "agreements": [a.model_dump(mode="json") for a in extraction.agreements],
    }


def _write_json(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def predict_dir(gold_dir: Path, out_dir: Path, settings: Settings) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or "turns" not in raw:
            continue
        transcript, meta = read_transcript_file(path)
        meeting_id = raw.get("meeting_id") or path.stem
        meeting = build_meeting(path, transcript, sha256_file(path), meta, meeting_id=meeting_id)
        target = out_dir / f"{meeting_id}.json"
        _write_json(target, prediction(meeting_id, extract(transcript, meeting, settings)))
        written.append(target)
    return written


def _scorer(gold_dir: Path) -> Path | None:
    for cand in (gold_dir.parent / "score.py", gold_dir / "score.py"):
        if cand.exists():
            return cand
    return None


def run_eval(gold_dir: Path, out_dir: Path, settings: Settings) -> str:
    """Predict every gold meeting in ``gold_dir`` into ``out_dir`` and return the scorer's TOTAL line."""
    gold_dir, out_dir = Path(gold_dir), Path(out_dir)
    predict_dir(gold_dir, out_dir, settings)
    scorer = _scorer(gold_dir)
    if scorer is None:
        return total_line(gold_dir, out_dir)
    proc = subprocess.run(
        [sys.executable, str(scorer), str(gold_dir), str(out_dir)], capture_output=True, text=True, check=True
    )
    return proc.stdout.strip().splitlines()[-1]


def ami_meeting(record: dict) -> tuple[Transcript, Meeting]:
    """An AMI meeting as a written transcript: speakers are the role names (PM, ID, UI, ME)."""
    segments = [
        Segment(
            index=k, text=t["text"], speaker=t.get("role") or t.get("speaker"), start=t.get("start"), end=t.get("end")
        )
        for k, t in enumerate(record["turns"])
    ]
    roles = sorted({s.speaker for s in segments if s.speaker})
    transcript = Transcript(source_kind="txt", segments=segments)
    meeting = Meeting(
        meeting_id=record["meeting_id"],
        title=record["meeting_id"],
        date="2026-01-05",
        attendees=[Attendee(name=r, side="agency") for r in roles],
        source_name=record["meeting_id"],
        source_kind="txt",
        content_sha256="",
    )
    return transcript, meeting


def run_ami_eval(meetings_jsonl: Path, out_dir: Path, settings: Settings) -> str:
    """Predict the AMI meetings (one JSON object a line) and return ami_eval.py's summary line."""
    meetings_jsonl, out_dir = Path(meetings_jsonl), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with meetings_jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            transcript, meeting = ami_meeting(record)
            turns, extraction = extract_turns(transcript, meeting, settings)
            acts = [t.get("da_type") for t in record["turns"]]
            extraction = rank_long_meeting(turns, extraction, by_turn=True, dialogue_acts=acts)
            _write_json(out_dir / f"{meeting.meeting_id}.json", prediction(meeting.meeting_id, extraction))
    script = meetings_jsonl.parent / "ami_eval.py"
    proc = subprocess.run(
        [sys.executable, str(script), str(meetings_jsonl), str(out_dir)], capture_output=True, text=True, check=True
    )
    return proc.stdout.strip().splitlines()[-1]


def total_line(gold_dir: Path, pred_dir: Path) -> str:
    """The scorer's TOTAL line computed in-process (turn-based matching only), when score.py is not at hand."""
    tp = n_pred = n_gold = owner_ok = due_ok = g_tp = g_pred = g_gold = 0
    files = sorted(Path(gold_dir).glob("*.json"))
    for gf in files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        if "gold" not in gold:
            continue
        pf = Path(pred_dir) / f"{gold['meeting_id']}.json"
        pred = json.loads(pf.read_text(encoding="utf-8")) if pf.exists() else {}
        pa, ga = pred.get("action_items", []), gold["gold"].get("action_items", [])
        pairs = _greedy(pa, ga)
        tp, n_pred, n_gold = tp + len(pairs), n_pred + len(pa), n_gold + len(ga)
        owner_ok += sum(_owner(pa[i].get("owner"), gold) == _owner(ga[j].get("owner"), gold) for i, j in pairs)
        due_ok += sum((pa[i].get("due") or None) == (ga[j].get("due") or None) for i, j in pairs)
        pg, gg = pred.get("agreements", []), gold["gold"].get("agreements", [])
        g_tp, g_pred, g_gold = g_tp + len(_greedy(pg, gg)), g_pred + len(pg), g_gold + len(gg)

    def prf(t: int, p: int, g: int) -> tuple[float, float, float]:
        pr = t / p if p else (1.0 if not g else 0.0)
        rc = t / g if g else 1.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    ap, ar, af = prf(tp, n_pred, n_gold)
    gp, gr, gf = prf(g_tp, g_pred, g_gold)
    oa, da = (owner_ok / tp, due_ok / tp) if tp else (0.0, 0.0)
    return (
        f"TOTAL meetings={len(files)} action_p={ap:.2f} action_r={ar:.2f} action_f1={af:.2f} owner_acc={oa:.2f} "
        f"due_acc={da:.2f} agreement_p={gp:.2f} agreement_r={gr:.2f} agreement_f1={gf:.2f}"
    )


def _greedy(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    cands = sorted(
        (abs(p["turn"] - g["turn"]), i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(golds)
        if isinstance(p.get("turn"), int) and abs(p["turn"] - g["turn"]) <= 1
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _owner(owner: object, gold: dict) -> frozenset[str]:
    names = owner if isinstance(owner, list) else [owner] if owner else []
    out = set()
    for name in (str(n).strip().lower() for n in names):
        full = next(
            (
                a["name"].lower()
                for a in gold.get("attendees", [])
                if name in (a["name"].lower(), *a["name"].lower().split())
            ),
            None,
        )
        out.add(full or name)
    return frozenset(out)
