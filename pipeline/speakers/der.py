"""Diarization error rate, and ``python -m pipeline.speakers.der FILE...``: DER of what ``debrief`` drafts.

DER = (missed speech + false alarm + speaker confusion) / reference speech, on a 10 ms grid, with the usual
0.25 s collar around every reference boundary left unscored and the best one-to-one speaker mapping. References
are RTTM files or ``.segments.json`` turn timings (``[{"speaker", "start", "end"}]``) beside each recording.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

from pipeline.schemas import Transcript

Turns = list[tuple[str, float, float]]
STEP = 0.01


def read_reference(path: Path) -> Turns:
    if path.suffix == ".rttm":
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split()
            if len(f) >= 8 and f[0] == "SPEAKER":
                out.append((f[7], float(f[3]), float(f[3]) + float(f[4])))
        return out
    data = json.loads(path.read_text(encoding="utf-8"))
    turns = data["segments"] if isinstance(data, dict) else data  # the samples' files wrap the list with metadata
    return [(t["speaker"], float(t["start"]), float(t["end"])) for t in turns]


def hypothesis(transcript: Transcript) -> Turns:
    return [
        (s.speaker or "?", s.start, s.end) for s in transcript.segments if s.start is not None and s.end is not None
    ]


def _grid(turns: Turns, n: int) -> tuple[list[str], np.ndarray]:
    names = sorted({t[0] for t in turns})
    grid = np.zeros((len(names), n), dtype=bool)
    for spk, start, end in turns:
        grid[names.index(spk), int(round(start / STEP)) : int(round(end / STEP))] = True
    return names, grid


def der(reference: Turns, hyp: Turns, collar: float = 0.25) -> float:
    end = max([e for _, _, e in reference + hyp] + [0.0])
    n = int(np.ceil(end / STEP)) + 1
    _, ref = _grid(reference, n)
    _, hy = _grid(hyp, n)
    scored = np.ones(n, dtype=bool)
    c = int(round(collar / STEP))
    for _, start, stop in reference:
        for edge in (int(round(start / STEP)), int(round(stop / STEP))):
            scored[max(0, edge - c) : edge + c] = False
    ref, hy = ref[:, scored], hy[:, scored]
    total = float(ref.sum())
    if total == 0:
        return 0.0
    overlap = ref.astype(np.float64) @ hy.T.astype(np.float64)  # (ref speakers, hyp speakers)
    best = 0.0
    r, h = overlap.shape
    if r and h:
        small, large = (r, h) if r <= h else (h, r)
        mat = overlap if r <= h else overlap.T
        if large <= 8:
            for perm in itertools.permutations(range(large), small):
                best = max(best, float(sum(mat[i, perm[i]] for i in range(small))))
        else:  # greedy for many speakers
            m = mat.copy()
            for _ in range(small):
                i, j = np.unravel_index(int(np.argmax(m)), m.shape)
                best += float(m[i, j])
                m[i, :] = -1
                m[:, j] = -1
    errors = float(np.maximum(ref.sum(axis=0), hy.sum(axis=0)).sum()) - best
    return errors / total


def reference_for(audio: Path) -> Path | None:
    for suffix in (".segments.json", ".rttm"):
        ref = audio.with_name(audio.stem + suffix)
        if ref.exists():
            return ref
    return None


def main(argv: list[str]) -> int:
    """Transcribe and diarize each recording as ``debrief process`` does (its sidecar's attendees as the hint and
    for names, the voices gathered while Whisper's audio is decoded); print DER and time per file."""
    from pipeline import draft, ingest
    from pipeline.settings import get_settings

    settings = get_settings().model_copy(update={"diarize": True})
    total_t = total_d = 0.0
    scores = []
    for arg in argv:
        audio = Path(arg)
        ref = reference_for(audio)
        if ref is None:
            continue
        meta = ingest.read_metadata(audio).merged()
        t0 = time.perf_counter()
        tr = draft.transcribe_stage(audio, "", meta, settings)
        t1 = time.perf_counter()
        tr = draft.speakers_stage(audio, tr, meta, settings)
        t2 = time.perf_counter()
        score = der(read_reference(ref), hypothesis(tr))
        scores.append(score)
        total_t += t1 - t0
        total_d += t2 - t1
        n = len({s.speaker for s in tr.segments})
        print(f"{audio.name}\tDER {score:.3f}\tspeakers {n}\ttranscribe {t1 - t0:.1f}s\tdiarize {t2 - t1:.1f}s")
    if scores:
        print(f"MEAN DER {np.mean(scores):.3f} over {len(scores)} files; diarization time {total_d / total_t:.0%} "
              f"of transcription")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
