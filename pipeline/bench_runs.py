"""The benchmarks that run ``debrief`` as a user does, in new processes: start-up, batch, watch, memory over files.

Used by ``debrief bench`` (``pipeline.bench``): ``--startup``, ``--batch N``, ``--watch`` and ``--rss N``.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.settings import REPO_ROOT

SAMPLES = REPO_ROOT / "samples"
AUDIO = ("*.m4a", "*.ogg")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, DEBRIEF_HOME=str(home), DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    for key in [k for k in env if k.startswith("PREFECT_")]:
        if key not in ("PREFECT_SERVER_ANALYTICS_ENABLED",):
            env.pop(key)  # each workspace gets its own Prefect home (set by debrief itself)
    env.pop("DEBRIEF_DATABASE_URL", None)
    return env


def _debrief(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", *args]


def make_recordings(
    folder: Path, count: int, seconds: float | None = None, sources: list[Path] | None = None
) -> list[Path]:
    """``count`` distinct WAV files cut from the sample recordings, or from ``sources`` (the same speech, different
    trailing silence); with ``seconds``, only each recording's first ``seconds`` of speech."""
    from faster_whisper.audio import decode_audio

    sources = sources or sorted(p for pattern in AUDIO for p in SAMPLES.glob(pattern))
    if not sources:
        raise SystemExit(f"no sample recordings in {SAMPLES}")
    folder.mkdir(parents=True, exist_ok=True)
    decoded = {p: decode_audio(str(p), sampling_rate=16_000) for p in sources}
    if seconds is not None:
        decoded = {p: audio[: int(seconds * 16_000)] for p, audio in decoded.items()}
    made = []
    for i in range(count):
        source = sources[i % len(sources)]
        audio = np.concatenate([decoded[source], np.zeros(1600 * (i + 1), dtype=np.float32)])
        target = folder / f"{source.stem} ({i + 1}).wav"
        with wave.open(str(target), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(16_000)
            out.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
        made.append(target)
    return made


def bench_batch(count: int, keep: bool = False) -> float:
    work = Path(tempfile.mkdtemp(prefix="debrief-bench-"))
    try:
        files = make_recordings(work / "calls", count)
        audio_min = sum(f.stat().st_size - 44 for f in files) / 2 / 16_000 / 60  # 16-bit mono WAV
        print(f"{count} recordings, {audio_min:.1f} min of audio, {os.cpu_count()} cores", flush=True)

        started = time.perf_counter()
        for f in files:
            one = time.perf_counter()
            subprocess.run(_debrief("process", str(f)), env=_env(work / "seq"), check=True, capture_output=True)
            print(f"  debrief process {f.name}: {time.perf_counter() - one:.1f}s", flush=True)
        sequential = time.perf_counter() - started
        print(f"sequential ({count} x debrief process): {sequential:.1f}s", flush=True)

        started = time.perf_counter()
        run = subprocess.run(
            _debrief("batch", str(work / "calls")), env=_env(work / "batch"), capture_output=True, text=True
        )
        batched = time.perf_counter() - started
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n")
            raise SystemExit("debrief batch failed")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        drafted = len(list((work / "batch" / "reports").glob("*.contact-report.docx")))
        print(f"batch (debrief batch, {drafted} drafted): {batched:.1f}s; largest process peak RSS {peak_mb:.0f} MB")
        ratio = batched / sequential
        print(f"RATIO batch/sequential = {ratio:.3f} (target <= 0.55)")
        return ratio
    finally:
        if keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def bench_watch() -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="debrief-bench-watch-"))
    home = work / "home"
    inbox = home / "inbox"
    inbox.mkdir(parents=True)
    proc = subprocess.Popen(
        _debrief("watch", "--settle", "0.5", "--interval", "0.2"),
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    latencies: dict[str, float] = {}
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "watching ..." is printed once the models are loaded
        if not line.startswith("watching"):
            raise SystemExit(f"debrief watch did not start: {line}{proc.stdout.read()}")
        picks = [next(SAMPLES.glob("*.m4a")), SAMPLES / "pennant-social-review.vtt"]
        for sample in picks:
            dropped = time.perf_counter()
            shutil.copy(sample, inbox / sample.name)
            report = home / "reports" / f"{sample.stem}.json"
            while not report.exists():
                if proc.poll() is not None or time.perf_counter() - dropped > 300:
                    raise SystemExit("debrief watch stopped or took over 5 minutes")
                time.sleep(0.05)
            latencies[sample.name] = time.perf_counter() - dropped
            print(f"watch latency {sample.name}: {latencies[sample.name]:.1f}s (drop to draft written)", flush=True)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return latencies


def bench_startup(source: Path, inside: float, server: bool, calls: int = 4) -> dict[str, Any]:
    """``debrief process SOURCE`` in new processes, ``calls`` times (the first also creates the workspace); the
    start-up of each later call is its wall time minus ``inside`` (the stage sequence on SOURCE, measured warm in
    this process): imports, Prefect, model load. Reported: the median, and every call.

    ``server``: keep ``PREFECT_API_URL`` (each call is a flow run on that server); the flow's transcription cache
    is emptied before each call, so no call skips its transcription."""
    work = Path(tempfile.mkdtemp(prefix="debrief-startup-"))
    env = _env(work / "home")
    if server and os.environ.get("PREFECT_API_URL"):
        env = dict(env, **{k: v for k, v in os.environ.items() if k.startswith("PREFECT_")})
    walls = []
    try:
        for n in range(calls):
            shutil.rmtree(work / "home" / "cache", ignore_errors=True)
            started = time.perf_counter()
            run = subprocess.run(_debrief("process", str(source), "--out", str(work / f"out{n}")), env=env,
                                 capture_output=True, text=True)  # fmt: skip
            walls.append(time.perf_counter() - started)
            if run.returncode != 0:
                raise SystemExit(f"debrief process failed:\n{run.stdout}\n{run.stderr}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    later = sorted(w - inside for w in walls[1:])
    return {"server": bool(server and os.environ.get("PREFECT_API_URL")), "first_call_s": round(walls[0], 2),
            "walls_s": [round(w, 2) for w in walls[1:]], "stages_s": round(inside, 2),
            "startup_s": round(later[len(later) // 2], 2)}  # fmt: skip


def bench_rss(count: int) -> dict[str, list[float]]:
    """``count`` distinct recordings through ``debrief batch`` (one worker) and ``debrief watch`` (in this process,
    as the commands run them): the worker's resident memory after each file."""
    from pipeline.batch import run_batch
    from pipeline.settings import get_settings
    from pipeline.watch import Watcher

    work = Path(tempfile.mkdtemp(prefix="debrief-rss-"))
    try:
        files = make_recordings(work / "calls", count)
        settings = get_settings(home=work / "batch").ensure_workspace()
        report = run_batch(work / "calls", settings, workers=1, summary=False)
        batch = [r.rss_mb or 0.0 for r in sorted(report.results, key=lambda r: files.index(work / "calls" / r.name))]
        settings = get_settings(home=work / "watch").ensure_workspace()
        for f in files:
            shutil.copy(f, settings.inbox / f.name)
        watcher = Watcher(settings.inbox, settings, settle=0.1, interval=0.1, echo=lambda _line: None)
        watched = [o.rss_mb or 0.0 for o in watcher.run(once=True)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"batch": batch, "watch": watched}
