"""Regenerate the sample meeting recordings from the scripts in ``samples/scripts/``.

    python samples/make_samples.py            # every script
    python samples/make_samples.py STEM ...   # only these (file stems, e.g. kestrel-cider-wip)

Each turn is synthesized sentence by sentence with espeak-ng in the speaker's voice (``voices`` in the script),
silence is trimmed, sentences are joined with a short gap and turns with a 0.3-0.7 s pause (seeded by the
meeting id, so a rerun gives the same timings). The result is resampled to 16 kHz mono and encoded with PyAV:
AAC in ``.m4a`` by default, Opus in ``.ogg`` when the script says ``"audio_format": "ogg"``.

Written next to the script's stem in ``samples/``:

* ``<stem>.m4a`` / ``<stem>.ogg``: the recording;
* ``<stem>.segments.json``: the true time of every turn (speaker, start, end, text);
* ``<stem>.vtt``: a WebVTT transcript with ``<v Speaker>`` tags, only when the script says ``"vtt": true``.

The sidecars (``<stem>.meeting.yaml``) and the expected extractions (``expected/<stem>.json``) are written by
hand and are not touched. Needs the ``espeak-ng`` program (Debian/Ubuntu: ``apt-get install -y espeak-ng``).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import av
import numpy as np

SAMPLES = Path(__file__).resolve().parent
SCRIPTS = SAMPLES / "scripts"
RATE = 16_000  # output sample rate
SPEED = 160  # espeak-ng words per minute
SENTENCE_GAP = 0.2  # seconds between sentences of one turn
TURN_GAP = (0.3, 0.7)  # seconds between turns
LEAD = 0.5  # silence before the first and after the last turn
BITRATE = {"m4a": 32_000, "ogg": 24_000}
SENTENCE_RE = re.compile(r"(?<=[.?!])\s+")


def espeak_path() -> str:
    exe = shutil.which("espeak-ng")
    if exe is None:
        sys.exit(
            "make_samples: the espeak-ng program is not installed, so the sample audio cannot be synthesized.\n"
            "Install it with:  sudo apt-get install -y espeak-ng   (macOS: brew install espeak-ng)"
        )
    return exe


def synthesize(exe: str, voice: str, text: str, speed: int) -> tuple[np.ndarray, int]:
    """One sentence -> float32 mono samples with leading/trailing silence trimmed, and its sample rate."""
    with tempfile.TemporaryDirectory() as tmp:
        wav_path = Path(tmp) / "s.wav"
        subprocess.run([exe, "-v", voice, "-s", str(speed), "-w", str(wav_path), text], check=True)
        with wave.open(str(wav_path), "rb") as wav:
            rate = wav.getframerate()
            raw = wav.readframes(wav.getnframes())
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    if loud.size:
        pad = int(0.02 * rate)
        samples = samples[max(loud[0] - pad, 0) : loud[-1] + pad]
    return samples, rate


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """float32 mono at ``rate`` -> float32 mono at 16 kHz (libswresample through PyAV)."""
    if rate == RATE:
        return samples
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    out = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    out += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(out).astype(np.float32)


def encode(samples: np.ndarray, path: Path, fmt: str) -> None:
    """16 kHz mono float32 -> compressed file (AAC/.m4a or Opus/.ogg), written through a temp file."""
    codec = {"m4a": "aac", "ogg": "libopus"}[fmt]
    buf = io.BytesIO()
    # bitexact: no random Ogg serial number and no encoder version string, so a rerun gives identical bytes
    with av.open(buf, "w", format={"m4a": "ipod", "ogg": "ogg"}[fmt], options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream(codec, rate=RATE, layout="mono")
        stream.bit_rate = BITRATE[fmt]
        pcm = np.clip(samples * 32767.0, -32768, 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = RATE
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(path)


def vtt_time(t: float) -> str:
    ms = round(t * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def make(script_path: Path, exe: str) -> Path:
    script = json.loads(script_path.read_text(encoding="utf-8"))
    stem = script_path.stem
    fmt = script.get("audio_format", "m4a")
    speed = int(script.get("speed", SPEED))
    seed = int.from_bytes(hashlib.sha256(script["meeting_id"].encode()).digest()[:8], "big")
    rng = random.Random(seed)

    pieces: list[np.ndarray] = [np.zeros(int(LEAD * RATE), np.float32)]
    clock = LEAD
    turns: list[dict] = []
    cues: list[tuple[float, float, str, str]] = []
    for i, turn in enumerate(script["turns"]):
        voice = script["voices"][turn["speaker"]]
        if i:
            gap = rng.uniform(*TURN_GAP)
            pieces.append(np.zeros(int(round(gap * RATE)), np.float32))
            clock += int(round(gap * RATE)) / RATE
        start = clock
        for j, sentence in enumerate(s for s in SENTENCE_RE.split(turn["text"].strip()) if s):
            if j:
                pieces.append(np.zeros(int(SENTENCE_GAP * RATE), np.float32))
                clock += int(SENTENCE_GAP * RATE) / RATE
            audio = resample(*synthesize(exe, voice, sentence, speed))
            cues.append((clock, clock + len(audio) / RATE, turn["speaker"], sentence))
            pieces.append(audio)
            clock += len(audio) / RATE
        turns.append(
            {"speaker": turn["speaker"], "start": round(start, 3), "end": round(clock, 3), "text": turn["text"]}
        )
    pieces.append(np.zeros(int(LEAD * RATE), np.float32))
    samples = np.concatenate(pieces)
    peak = float(np.max(np.abs(samples))) or 1.0
    samples = samples * (0.9 / peak)

    audio_path = SAMPLES / f"{stem}.{fmt}"
    encode(samples, audio_path, fmt)
    segments = {
        "meeting_id": script["meeting_id"],
        "audio": audio_path.name,
        "sample_rate": RATE,
        "duration": round(len(samples) / RATE, 3),
        "segments": turns,
    }
    write_text(SAMPLES / f"{stem}.segments.json", json.dumps(segments, indent=2, ensure_ascii=False) + "\n")
    if script.get("vtt"):
        lines = ["WEBVTT", ""]
        for n, (start, end, speaker, text) in enumerate(cues, 1):
            lines += [str(n), f"{vtt_time(start)} --> {vtt_time(end)}", f"<v {speaker}>{text}</v>", ""]
        write_text(SAMPLES / f"{stem}.vtt", "\n".join(lines))
    size = audio_path.stat().st_size
    print(f"{audio_path.name}: {len(samples) / RATE:.1f} s, {size / 1024:.0f} KiB, {len(turns)} turns")
    return audio_path


def main(argv: list[str]) -> int:
    exe = espeak_path()
    scripts = sorted(SCRIPTS.glob("*.json"))
    if argv:
        wanted = set(argv)
        scripts = [p for p in scripts if p.stem in wanted]
        missing = wanted - {p.stem for p in scripts}
        if missing:
            sys.exit(f"make_samples: no script for {', '.join(sorted(missing))} in {SCRIPTS}")
    for path in scripts:
        make(path, exe)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
