"""Score what ``debrief process`` drafts, with the evaluation kit's own scripts.

Every input is read as the transcripts a user would give ``debrief process``, and every meeting goes through the
same steps (``draft_extraction``: import the transcript, build the meeting, ``pipeline.extract.extract``)::

    run_eval(Path("../shared/eval/dev"), out, settings)                -> score.py's "TOTAL meetings=10 …"
    run_eval(Path("../shared/eval/ami/meetings.jsonl"), out, settings) -> ami_eval.py's "AMI meetings=40 …"

An AMI record becomes the transcript a user could have of that meeting (``ami_transcript``): the turns' speakers
(role names: PM, ID, UI, ME) and words with their times, written to ``<out>/transcripts/<meeting_id>.json``. Its
annotations (dialogue-act labels, summaries, links) stay with the scorer.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pipeline.errors import ConfigError, InputFileError
from pipeline.extract import extract
from pipeline.ingest import build_meeting, read_metadata, read_transcript_file, sha256_file
from pipeline.schemas import Extraction, Meeting, Transcript
from pipeline.settings import Settings

SCORER = "score.py"
AMI_SCORER = "ami_eval.py"


def prediction(meeting_id: str, extraction: Extraction) -> dict:
    """The FORMAT.md prediction document (extra fields kept for the review page)."""
    return {
        "meeting_id": meeting_id,
        "action_items": [i.model_dump(mode="json") for i in extraction.action_items],
        "agreements": [a.model_dump(mode="json") for a in extraction.agreements],
        "suggested_action_items": [i.model_dump(mode="json") for i in extraction.suggested_action_items],
        "suggested_agreements": [a.model_dump(mode="json") for a in extraction.suggested_agreements],
    }


def _write_json(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def read_meeting(path: Path, meeting_id: str | None, settings: Settings | None = None) -> tuple[Transcript, Meeting]:
    """The transcript file ``path`` and its meeting header, as ``debrief process`` reads them (with ``settings``:
    speakers written as labels named and attendees sided from the call, as it does)."""
    from pipeline.draft import named_labels, sided_by_speech

    transcript, meta = read_transcript_file(path)
    sources = read_metadata(path)  # sidecar and file name, read once
    if settings is not None:
        transcript = named_labels(transcript, sources.with_embedded(meta).merged(), settings)
    meeting = build_meeting(path, transcript, sha256_file(path), meta, meeting_id=meeting_id, sources=sources)
    return transcript, sided_by_speech(meeting, transcript, settings) if settings is not None else meeting


def draft_extraction(path: Path, meeting_id: str, settings: Settings) -> Extraction:
    """What ``debrief process`` extracts from the transcript file ``path``."""
    return extract(*read_meeting(path, meeting_id, settings), settings)


def predict_file(path: Path, out_dir: Path, settings: Settings) -> Path:
    """The prediction file ``<meeting_id>.json`` in ``out_dir`` for the meeting transcript ``path``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    meeting_id = str(raw.get("meeting_id") or path.stem) if isinstance(raw, dict) else path.stem
    target = out_dir / f"{meeting_id}.json"
    _write_json(target, prediction(meeting_id, draft_extraction(path, meeting_id, settings)))
    return target


def eval_workers(n_files: int) -> int:
    """Processes for ``n_files`` meetings: one a core (at most 4), none extra for a few (each loads spaCy, ~1.5 s)."""
    return max(1, min(os.cpu_count() or 1, 4, n_files // 4))


def predict_files(paths: list[Path], out_dir: Path, settings: Settings, workers: int | None = None) -> list[Path]:
    """One prediction file ``<meeting_id>.json`` in ``out_dir`` for each meeting transcript in ``paths``.

    Each meeting is drafted on its own (``draft_extraction``), so a pool of ``workers`` processes (default
    ``eval_workers``) writes the same files as one process does, in the time of a share of them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = eval_workers(len(paths)) if workers is None else max(1, min(workers, len(paths)))
    if workers == 1:
        return [predict_file(path, out_dir, settings) for path in paths]
    # spawn: a fresh interpreter that loads the models itself, not a fork of threads and loaded models
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(predict_file, paths, [out_dir] * len(paths), [settings] * len(paths)))


def gold_meetings(folders: list[Path]) -> Iterator[tuple[dict, Transcript, Meeting]]:
    """Each annotated meeting of ``folders`` (FORMAT.md's gold format): its gold, and the transcript and header
    ``debrief process`` reads from it."""
    for folder in folders:
        for path in gold_files(folder):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(gold, dict) and "gold" in gold:
                yield gold, *read_meeting(path, gold.get("meeting_id"))


def gold_files(gold_dir: Path) -> list[Path]:
    """The meeting transcripts of a gold folder: the ``*.json`` files with ``turns`` (not notes or configs)."""
    found = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputFileError(path, f"not readable as JSON ({str(exc).splitlines()[0][:80]})") from exc
        if isinstance(raw, dict) and "turns" in raw:
            found.append(path)
    return found


def predict_dir(gold_dir: Path, out_dir: Path, settings: Settings, workers: int | None = None) -> list[Path]:
    """Predict every gold meeting of ``gold_dir`` into ``out_dir``."""
    return predict_files(gold_files(Path(gold_dir)), Path(out_dir), settings, workers)


def ami_transcript(record: dict) -> dict:
    """An AMI record as a meeting transcript JSON of the gold format: speaker and text turns with their times.

    Nothing else of the record goes in: no dialogue-act labels, no summaries, no participant codes."""
    roles = {k: v.get("role") for k, v in (record.get("speakers") or {}).items()}
    turns = []
    for t in record["turns"]:
        turn = {"speaker": t.get("role") or roles.get(t.get("speaker")) or t.get("speaker"), "text": t["text"]}
        turn.update({k: t[k] for k in ("start", "end") if t.get(k) is not None})
        turns.append(turn)
    return {"meeting_id": record["meeting_id"], "turns": turns}


def ami_transcripts(meetings_jsonl: Path, folder: Path) -> list[Path]:
    """Write each AMI meeting of ``meetings_jsonl`` as ``<folder>/<meeting_id>.json`` (see ``ami_transcript``)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with meetings_jsonl.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                transcript = ami_transcript(record)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputFileError(meetings_jsonl, f"line {n} is not an AMI meeting record ({exc})") from exc
            path = folder / f"{transcript['meeting_id']}.json"
            _write_json(path, transcript)
            paths.append(path)
    return paths


def _score(script: Path, gold: Path, pred_dir: Path) -> str:
    """The last line ``script GOLD PRED_DIR`` prints (the evaluation kit's scripts, run with this Python)."""
    proc = subprocess.run([sys.executable, str(script), str(gold), str(pred_dir)], capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        said = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise ConfigError(f"{script.name} failed on {gold} (exit {proc.returncode}): {said}")
    return lines[-1]


def scorer_for(gold: Path) -> Path:
    """The scorer beside the gold: ``ami_eval.py`` in an AMI file's folder; ``score.py`` in a gold folder's parent
    (the kit's layout, ``eval/score.py`` beside ``eval/dev/``) or in the folder itself."""
    if gold.is_file():
        return gold.parent / AMI_SCORER
    return next((p for p in (gold.parent / SCORER, gold / SCORER) if p.is_file()), gold.parent / SCORER)


def run_eval(gold: Path, out_dir: Path, settings: Settings, workers: int | None = None) -> str:
    """Draft every meeting of ``gold`` (a gold folder, or an AMI ``meetings.jsonl``) into ``out_dir`` as
    ``debrief process`` would, and return the evaluation kit's summary line for it (``workers``: see
    ``predict_files``)."""
    gold, out_dir = Path(gold), Path(out_dir)
    scorer = scorer_for(gold)
    if not scorer.is_file():
        raise ConfigError(f"{scorer}: the evaluation kit's scorer is not there, so {gold} cannot be scored")
    if gold.is_file():
        predict_files(ami_transcripts(gold, out_dir / "transcripts"), out_dir, settings, workers)
    else:
        predict_dir(gold, out_dir, settings, workers)
    return _score(scorer, gold, out_dir)
