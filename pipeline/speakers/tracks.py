"""Speakers from Zoom's separate audio file of each participant, when the call was recorded with them.

Zoom's recording on the computer can write, beside the call's ``audio<id>.m4a``, each participant's microphone
alone: ``audioSarahChen<id>.m4a`` (in the call's folder, or in its ``Audio Record`` folder). Then nobody's voice
has to be guessed and no name inferred: a word is said by the participant whose track is loudest while it is
said (a change of speaker inside a sentence costs as it does in diarization, ``align.viterbi``), and Zoom wrote
the names. Used instead of diarization when a call has two or more such tracks.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from pipeline import pairing
from pipeline.schemas import Transcript
from pipeline.speakers import align

FRAME = 0.02  # seconds of sound per loudness value
LOUDNESS_WEIGHT = 1.0  # per unit of natural-log loudness difference, against align's switch costs


def participant_tracks(audio: Path) -> dict[str, Path]:
    """Zoom's track of each participant of the call whose audio is ``audio``: display name -> file. Empty for any
    other recording."""
    call = pairing.ZOOM_LOCAL_RE.match(audio.stem)
    if call is None or call["kind"] != "audio" or call["who"]:
        return {}
    found: dict[str, Path] = {}
    for folder in (audio.parent, audio.parent / pairing.ZOOM_TRACKS_FOLDER):
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            own = pairing.ZOOM_LOCAL_RE.match(path.stem)
            if own and own["kind"] == "audio" and own["who"] and pairing.kind(path) == "recording":
                found.setdefault(display_name(own["who"]), path)
    return found


def display_name(who: str) -> str:
    """The participant as Zoom's file name writes them without spaces: "SarahChen" -> "Sarah Chen"."""
    return re.sub(r"(?<=[^\W\d_])(?<![A-Z])(?=[A-Z])", " ", who.replace("_", " ")).strip()


def loudness(sound: np.ndarray, rate: int) -> np.ndarray:
    """Natural-log mean power of each ``FRAME`` of ``sound``."""
    step = max(1, int(FRAME * rate))
    frames = sound[: len(sound) // step * step].reshape(-1, step).astype(np.float64)
    return np.log((frames**2).mean(axis=1) + 1e-10)


def attach_tracks(transcript: Transcript, tracks: dict[str, Path]) -> Transcript:
    """The transcript with the speaker of every word, segments split where it changes and one speaker's sentences
    joined into turns, as diarization gives them (``pipeline.speakers.attach_speakers``)."""
    from pipeline.transcribe import SAMPLE_RATE, decode

    segments = [s for s in transcript.segments if s.words]
    words = [w for s in segments for w in s.words]
    if not words:
        return transcript
    names = list(tracks)
    loud = [loudness(decode(path), SAMPLE_RATE) for path in tracks.values()]
    frames = max(len(track) for track in loud)
    level = np.full((len(names), frames), np.log(1e-10))
    for k, track in enumerate(loud):
        level[k, : len(track)] = track
    scores = np.empty((len(words), len(names)))
    for i, word in enumerate(words):
        first = min(int(word.start / FRAME), frames - 1)
        last = max(first + 1, int(word.end / FRAME))
        scores[i] = level[:, first:last].mean(axis=1)
    sentence_end = [k == len(s.words) - 1 for s in segments for k in range(len(s.words))]
    labels = align.viterbi(LOUDNESS_WEIGHT * scores, align.switch_costs(words, sentence_end))
    split = align.split_segments(segments, [names[int(k)] for k in labels])
    return transcript.model_copy(update={"segments": align.join_turns(split)})
