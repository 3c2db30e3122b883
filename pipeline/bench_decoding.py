"""Speed and accuracy of the decoding settings: ``debrief bench --decoding`` (or ``python -m pipeline.bench_decoding``).

For each model (tiny.en, and base when installed: see models/README.md) and each decoding (sequential beam 5 and
faster-whisper's batched pipeline, both with VAD and word timestamps), runs ``pipeline.transcribe.transcribe``,
the function ``debrief process`` runs, with only those settings changed:

- real-time factor (wall seconds / audio seconds) over the recordings given (default ``../shared/audio/agency-dev``);
- word error rate over the reference folder (default ``../shared/audio``: each ``<name>.txt`` beside its recording),
  lowercased with punctuation stripped on both sides, errors summed over all files / reference words.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from pipeline.settings import REPO_ROOT, Settings, get_settings

SHARED_AUDIO = REPO_ROOT.parent / "shared" / "audio"
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3")
MODES = {
    "sequential, beam 5": {"whisper_batch_size": 0, "whisper_beam_size": 5},
    "batched 8, beam 5": {"whisper_batch_size": 8, "whisper_beam_size": 5},
    "batched 8, beam 1": {"whisper_batch_size": 8, "whisper_beam_size": 1},
}


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Word-level Levenshtein distance (substitutions + deletions + insertions)."""
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i]
        for j, h in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1]


def references(folder: Path) -> list[tuple[Path, str]]:
    found = [p for p in sorted(folder.iterdir()) if p.suffix in AUDIO_SUFFIXES and p.with_suffix(".txt").exists()]
    return [(p, p.with_suffix(".txt").read_text(encoding="utf-8")) for p in found]


def measure(settings: Settings, rtf_files: list[Path], wer_files: list[tuple[Path, str]]) -> dict[str, float]:
    from pipeline import transcribe

    transcribe.model_for(settings)  # load time is not decoding time
    audio = wall = 0.0
    for path in rtf_files:
        started = time.perf_counter()
        transcript = transcribe.transcribe(path, settings)
        wall += time.perf_counter() - started
        audio += transcript.duration or 0.0
    errors = total = 0
    for path, reference in wer_files:
        hyp = " ".join(s.text for s in transcribe.transcribe(path, settings).segments)
        errors += edit_distance(words(reference), words(hyp))
        total += len(words(reference))
    return {"audio_s": round(audio, 1), "wall_s": round(wall, 1), "rtf": round(wall / audio, 4) if audio else 0.0,
            "wer": round(errors / total, 4) if total else 0.0}  # fmt: skip


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench_decoding", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="recordings for the RTF (default: agency-dev/*.mp3)")
    parser.add_argument("--references", type=Path, default=SHARED_AUDIO, help="folder of recordings + .txt")
    parser.add_argument("--model", action="append", default=[], metavar="LABEL=DIR", help="more Whisper folders (base)")
    parser.add_argument("--skip-tiny", action="store_true", help="only the --model folders")
    args = parser.parse_args(argv)
    rtf_files = args.files or sorted((SHARED_AUDIO / "agency-dev").glob("*.mp3"))
    wer_files = references(args.references) if args.references.is_dir() else []
    rows = []
    models = [] if args.skip_tiny else [("tiny.en", None)]
    for label, model_dir in [*models, *(m.split("=", 1) for m in args.model)]:
        for mode, overrides in MODES.items():
            settings = get_settings(**overrides, **({"whisper_model_dir": Path(model_dir)} if model_dir else {}))
            row = {"model": label, "decoding": mode,
                   **measure(settings, rtf_files, wer_files)}  # fmt: skip
            print(row, flush=True)
            rows.append(row)
    return rows


if __name__ == "__main__":
    main()
