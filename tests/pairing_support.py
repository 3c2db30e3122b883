"""A made-up meeting as a user drops it from Teams: a two-speaker .vtt and a recording of the same call (a generated
tone, so no speech model could take words from it), and a drafter that stands in for Whisper in worker tests."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

STEM = "2027-03-04 Harbour Coffee - Launch check-in"
SPEAKERS = ("Maya Osei", "Leon Brandt")
CUES = [
    (0.5, 4.0, "Maya Osei", "Morning Leon, thanks for making time for the launch check-in."),
    (4.2, 8.0, "Leon Brandt", "No problem. The cafe posters arrived yesterday and they look great."),
    (8.2, 12.5, "Maya Osei", "Good. I'll send you the revised menu boards by Thursday."),
    (12.7, 16.0, "Leon Brandt", "Perfect. Let's go with the green colourway for the window decals."),
    (16.2, 20.0, "Maya Osei", "Agreed, green it is. Our studio will book the installer for next week."),
]


def _clock(seconds: float) -> str:
    return f"00:{int(seconds // 60):02d}:{seconds % 60:06.3f}"


def write_vtt(folder: Path, stem: str = STEM, note: str = "") -> Path:
    lines = ["WEBVTT", ""] + ([f"NOTE {note}", ""] if note else [])
    for start, end, who, text in CUES:
        lines += [f"{_clock(start)} --> {_clock(end)}", f"<v {who}>{text}", ""]
    path = folder / f"{stem}.vtt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_wav(folder: Path, name: str = f"{STEM}.wav", seconds: float = 22.0, pitch: float = 220.0) -> Path:
    """16 kHz mono PCM: a soft tone that rises through the call, so where the player is can be heard and seen."""
    rate = 16_000
    t = np.arange(int(rate * seconds)) / rate
    signal = 0.2 * np.sin(2 * np.pi * (pitch + 10 * t) * t)
    path = folder / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((signal * 32767).astype("<i2").tobytes())
    return path


def draft_noting_transcription(path, out_dir, settings, sha256=None, recording=None):
    """``draft_meeting`` with Whisper replaced by a stand-in that notes (in ``<home>/transcribed.txt``) each file it
    is asked to transcribe and returns one fixed sentence: worker tests see what was transcribed, in seconds."""
    from pipeline.draft import Stages, draft_meeting
    from pipeline.schemas import Segment, Transcript

    def transcribe(source, _sha, _meta, s):
        with (s.home / "transcribed.txt").open("a", encoding="utf-8") as fh:
            fh.write(f"{source.name}\n")
        segment = Segment(index=0, start=0.0, end=3.0, text="I'll send the photos over tomorrow.")
        return Transcript(source_kind="audio", segments=[segment], duration=3.0, model="stand-in")

    stages = Stages(transcribe=transcribe, speakers=lambda _p, transcript, _m, _s: transcript)
    return draft_meeting(path, out_dir, settings, sha256=sha256, stages=stages, recording=recording)


def transcribed(home: Path) -> list[str]:
    path = home / "transcribed.txt"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []
