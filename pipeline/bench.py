"""Benchmarks on the bundled samples, each measured against its own baseline in the same run.

``python -m pipeline.bench batch [--files 8]`` (or ``debrief bench batch``): N sample-length recordings (the audio
samples, each copy made distinct by a little trailing silence so that no two share a content hash) are drafted
twice, in two fresh workspaces: one after another as separate ``debrief process`` calls (the baseline), then as one
``debrief batch``. Prints both wall times and the ratio batch / sequential (the target is at most 0.55).

``python -m pipeline.bench watch``: starts ``debrief watch`` on a fresh workspace, waits until it is ready (models
loaded), drops a sample recording and a sample transcript into the inbox one at a time, and prints the latency from
the drop to the draft's ``.json`` being written.

``python -m pipeline.bench stages [FILE]`` (or ``debrief bench stages [FILE]``): where the time of one
``debrief process`` goes, in one process: model loading, transcription, extraction, documents (with the store) and
Prefect (the flow's wall time minus its stages), each against bare faster-whisper transcribing the same audio with
the same options (the baseline). Without FILE it uses a 5-minute recording made from the samples.
"""

from __future__ import annotations

import argparse
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


def make_recordings(folder: Path, count: int) -> list[Path]:
    """``count`` distinct WAV files cut from the sample recordings (the same speech, different trailing silence)."""
    from faster_whisper.audio import decode_audio

    sources = sorted(p for pattern in AUDIO for p in SAMPLES.glob(pattern))
    if not sources:
        raise SystemExit(f"no sample recordings in {SAMPLES}")
    folder.mkdir(parents=True, exist_ok=True)
    decoded = {p: decode_audio(str(p), sampling_rate=16_000) for p in sources}
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


def five_minute_recording(folder: Path) -> Path:
    """About five minutes of speech: the sample recordings one after another, repeated, with short pauses."""
    from faster_whisper.audio import decode_audio

    pause = np.zeros(8000, dtype=np.float32)
    pieces = [decode_audio(str(p), sampling_rate=16_000) for pattern in AUDIO for p in sorted(SAMPLES.glob(pattern))]
    audio: list[np.ndarray] = []
    total = 0
    while total < 300 * 16_000:
        piece = pieces[len(audio) // 2 % len(pieces)]
        audio += [piece, pause]
        total += len(piece) + len(pause)
    speech = np.concatenate(audio)[: 300 * 16_000]
    path = folder / "five-minutes.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes((np.clip(speech, -1, 1) * 32767).astype(np.int16).tobytes())
    return path


def bench_stages(path: Path | None = None) -> dict[str, float]:
    """Time each stage of one meeting in this process, against bare faster-whisper on the same audio."""
    work = Path(tempfile.mkdtemp(prefix="debrief-stages-"))
    os.environ.update(_env(work / "home"))
    from pipeline import documents, ingest, runtime, transcribe
    from pipeline.settings import get_settings

    settings = get_settings().ensure_workspace()
    runtime.configure(settings)
    source = path or five_minute_recording(work)
    times: dict[str, float] = {}

    started = time.perf_counter()
    from faster_whisper import WhisperModel

    bare = WhisperModel(str(settings.whisper_model_path()), device="cpu", compute_type=settings.whisper_compute_type)
    segments, info = bare.transcribe(
        str(source), language=settings.language, beam_size=settings.whisper_beam_size, vad_filter=True,
        word_timestamps=True, initial_prompt=transcribe.prompt_for(None, settings), condition_on_previous_text=False,
    )  # fmt: skip
    list(segments)
    times["bare faster-whisper (load + transcribe)"] = time.perf_counter() - started
    del bare

    from pipeline.draft import record_for
    from pipeline.extract import extract, load_nlp
    from pipeline.store import store_for

    started = time.perf_counter()
    transcribe.model_for(settings)
    load_nlp(settings)
    times["model loading (Whisper + spaCy)"] = time.perf_counter() - started
    started = time.perf_counter()
    transcript = transcribe.transcribe(source, settings)
    times["transcription"] = time.perf_counter() - started
    meeting = ingest.build_meeting(source, transcript, ingest.sha256_file(source))
    started = time.perf_counter()
    extraction = extract(transcript, meeting, settings)
    times["extraction"] = time.perf_counter() - started
    started = time.perf_counter()
    record = record_for(meeting, transcript, extraction)
    documents.write_contact_report(record, work / "out", record.meeting_id)
    store_for(settings).save_draft(record, str(work / "out"))
    times["documents and store"] = time.perf_counter() - started
    stages = times["transcription"] + times["extraction"] + times["documents and store"]

    # The same file through the real command, as a user runs it: a new process, Prefect's ephemeral server.
    # A first call in a new workspace also creates Prefect's database; time it apart on the sample transcript.
    env = _env(work / "cli-home")
    started = time.perf_counter()
    subprocess.run(_debrief("process", str(SAMPLES / "pennant-social-review.vtt"), "--out", str(work / "warm")),
                   env=env, check=True, capture_output=True)  # fmt: skip
    times["first call in a new workspace (transcript)"] = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(_debrief("process", str(source), "--out", str(work / "cli-out")), env=env, check=True,
                   capture_output=True)  # fmt: skip
    whole = time.perf_counter() - started
    times["debrief process, end to end (new process)"] = whole
    times["Prefect and start-up (end to end - load - stages)"] = (
        whole - times["model loading (Whisper + spaCy)"] - stages
    )

    print(f"recording: {source.name}, {transcript.duration:.0f} s of audio; {os.cpu_count()} cores")
    for name, seconds in times.items():
        print(f"  {name:50} {seconds:7.2f} s")
    base = times["bare faster-whisper (load + transcribe)"]
    print(f"ratio pipeline stages (load + stages) / bare faster-whisper: "
          f"{(times['model loading (Whisper + spaCy)'] + stages) / base:.3f}")  # fmt: skip
    print(f"ratio debrief process end to end / bare faster-whisper: {whole / base:.3f}")
    print(f"peak memory (max RSS of this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    shutil.rmtree(work, ignore_errors=True)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("batch", "watch", "stages"))
    parser.add_argument("file", nargs="?", type=Path, help="recording for the stages benchmark")
    parser.add_argument("--files", type=int, default=8, help="recordings in the batch benchmark")
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspaces")
    args = parser.parse_args(argv)
    if args.what == "batch":
        bench_batch(args.files, keep=args.keep)
    elif args.what == "stages":
        bench_stages(args.file)
    else:
        bench_watch()


if __name__ == "__main__":
    main()
