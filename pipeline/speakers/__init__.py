"""Who spoke when, and who they are: offline diarization of a transcribed recording.

    mel spectrogram (fed by transcription's own decoding, ``listener``) -> 1.6 s voice windows spread over each
      sentence's speech (numpy Resemblyzer encoder, as many OpenBLAS threads as Whisper has)
      -> cluster the sentences' voices (k-means, the count from the silhouette; sidecar attendee count as a hint)
      -> a speaker per word (Viterbi), twice, the second time with voices re-estimated from the first
      -> segments split where the speaker changes, one speaker's sentences joined into turns
      -> names from introductions, address and answers, the attendee list, and which side each voice speaks for

A call Zoom recorded with a separate audio file of each participant takes its speakers from those files instead
(``tracks``). The encoder's weights ship in the Resemblyzer wheel (installed with ``--no-deps``: its torch is not
needed). Without it, or with ``DEBRIEF_DIARIZE=0``, the transcript comes back as it was (the log says speakers are
off when the wheel is missing); participant tracks are used either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.schemas import Attendee, Transcript, Word
from pipeline.speakers import align, blas, cluster, naming, tracks
from pipeline.speakers.encoder import HOP, PARTIAL_FRAMES, SAMPLE_RATE, MelStream, load_encoder
from pipeline.speakers.sides import SideModel

log = logging.getLogger(__name__)
MIN_SEGMENT_SPEECH = 1.0  # seconds: shorter sentences are too short a sample to cluster on
MIN_SPEAKER_SPEECH = 2.0  # seconds: a "speaker" with less is folded into the nearest voice
JOIN_TURNS = True  # one segment per speaker turn (``align.join_turns``), as a written transcript has
BATCH = 512  # windows per encoder call: BLAS is ~3x faster per window at 512 than at 128
OFF_NOTE = "speakers are off: the voice encoder (Resemblyzer wheel) is not installed; see README 'Speakers'"


@dataclass(frozen=True)
class Diarization:
    """One speaker index per word (in transcript order), and the speaker count."""

    labels: np.ndarray
    count: int


def available() -> bool:
    return load_encoder() is not None


def embed_windows(mel: np.ndarray, windows: align.Windows, threads: int | None = None) -> np.ndarray:
    """The voice embedding of each window of the (volume-normalised) mel spectrogram."""
    encoder = load_encoder()
    if encoder is None:
        raise RuntimeError(OFF_NOTE)
    fps = SAMPLE_RATE / HOP
    firsts = np.round(windows.starts * fps).astype(int)
    need = int(firsts.max()) + PARTIAL_FRAMES if len(firsts) else 0
    if need > len(mel):
        mel = np.concatenate([mel, np.zeros((need - len(mel), mel.shape[1]), dtype=mel.dtype)])
    out = np.zeros((len(firsts), encoder.linear_w.shape[1]), dtype=np.float32)
    with blas.limited(threads):
        for b in range(0, len(firsts), BATCH):
            batch = np.stack([mel[f : f + PARTIAL_FRAMES] for f in firsts[b : b + BATCH]])
            out[b : b + BATCH] = encoder.embed(batch)
    return out


def diarize_words(mel: np.ndarray, transcript: Transcript, hint: int | None = None,
                  threads: int | None = None) -> Diarization:  # fmt: skip
    """A speaker index per word of ``transcript`` (0 = the first to speak), from the recording's mel spectrogram."""
    words = [w for s in transcript.segments for w in s.words]
    if not words:
        return Diarization(np.zeros(0, dtype=int), 0)
    duration = len(mel) * HOP / SAMPLE_RATE
    spans = [(s.words[0].start, s.words[-1].end) for s in transcript.segments if s.words]
    windows = align.plan_windows(spans, duration)
    emb = embed_windows(mel, windows, threads)
    w_start = np.array([w.start for w in words])
    w_end = np.array([max(w.end, w.start + 0.05) for w in words])
    mid = (w_start + w_end) / 2
    word_vecs = align.pooled(
        align.overlap_weights(windows, np.minimum(w_start, mid - 0.2), np.maximum(w_end, mid + 0.2)), emb
    )
    sentence_end = []
    for s in transcript.segments:
        sentence_end += [False] * (len(s.words) - 1) + [True] if s.words else []
    costs = align.switch_costs(words, sentence_end)

    segs = [s for s in transcript.segments if s.words]
    s_start = np.array([s.words[0].start for s in segs])
    s_end = np.array([s.words[-1].end for s in segs])
    speech = np.array([sum(w.end - w.start for w in s.words) for s in segs])
    seg_vecs = align.pooled(align.overlap_weights(windows, s_start, s_end), emb)
    long_enough = speech >= MIN_SEGMENT_SPEECH
    if long_enough.sum() < 2:
        long_enough = np.ones(len(segs), dtype=bool)
    _, centres = cluster.choose(seg_vecs[long_enough], speech[long_enough], hint)
    durations = w_end - w_start
    labels = align.label_words(word_vecs, centres, costs)
    for _ in range(2):  # re-estimate each voice from the words given to it; drop voices with almost no speech
        spoken = np.array([durations[labels == c].sum() for c in range(len(centres))])
        keep = spoken >= MIN_SPEAKER_SPEECH
        if not keep.any():
            keep = spoken == spoken.max()
        remap = np.cumsum(keep) - 1
        centres = cluster.centroids(word_vecs, np.where(keep[labels], remap[labels], -1), int(keep.sum()), durations)
        labels = align.label_words(word_vecs, centres, costs)
    first_seen: dict[int, int] = {}
    for lab in labels:
        first_seen.setdefault(int(lab), len(first_seen))
    ordered = np.array([first_seen[int(lab)] for lab in labels], dtype=int)
    return Diarization(ordered, len(first_seen))


def attach_speakers(
    transcript: Transcript, result: Diarization, attendees: list[Attendee], sides: SideModel | None = None
) -> Transcript:
    """The transcript with a speaker on every word and segment; named where the meeting makes the name clear
    (``sides``: which side each voice speaks for, as evidence)."""
    if result.count == 0:
        return transcript
    segs_with_words = [s for s in transcript.segments if s.words]
    words = [w for s in segs_with_words for w in s.words]
    generic = align.to_punctuation(words, align.hold_hanging(words, [f"Speaker {int(c) + 1}" for c in result.labels]))
    split = [align.mark_questions(s) for s in align.split_segments(segs_with_words, generic)]
    seg_labels = [int(s.speaker.split()[-1]) - 1 for s in split if s.speaker]
    names = naming.name_speakers(split, seg_labels, result.count, attendees, sides)
    label = {f"Speaker {c + 1}": names.get(c, f"Speaker {c + 1}") for c in range(result.count)}
    segments = []
    for seg in split:
        spk = label[seg.speaker] if seg.speaker else None
        words = [w.model_copy(update={"speaker": label[w.speaker] if w.speaker else None}) for w in seg.words]
        segments.append(seg.model_copy(update={"speaker": spk, "words": words}))
    return transcript.model_copy(update={"segments": align.join_turns(segments) if JOIN_TURNS else segments})


@dataclass
class _Heard:
    key: tuple[str, int, int]
    stream: MelStream


_heard: list[_Heard] = []  # at most one: the recording transcribed last in this process


def _file_key(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns)


def listener(path: Path) -> Callable[[np.ndarray], None]:
    """A callback for transcription's decoded pieces of ``path`` (``transcribe(..., listen=)``): their mel
    spectrogram is kept, so ``diarize`` needs no second decode of the recording."""
    _heard.clear()
    heard = _Heard(_file_key(path), MelStream())
    _heard.append(heard)
    return heard.stream.feed


def heard(path: Path) -> np.ndarray | None:
    """The mel spectrogram ``listener`` gathered for ``path``, once; None if it was for another file or version."""
    if not _heard:
        return None
    last = _heard.pop()
    return last.stream.finish() if last.key == _file_key(path) and last.stream.samples else None


def mel_of(path: Path) -> np.ndarray:
    """The recording decoded again (when transcription did not feed ``listener``, e.g. a cached transcript)."""
    from pipeline.transcribe import decode

    stream = MelStream()
    stream.feed(decode(path))
    return stream.finish()


def diarize(
    path: Path,
    transcript: Transcript,
    attendees: list[Attendee],
    threads: int | None = None,
    sides: SideModel | None = None,
    voices: bool = True,
) -> Transcript:
    """Speakers for an audio transcript (one with no speakers yet); the transcript unchanged when off.

    ``threads``: the OpenBLAS threads the encoder may use (the transcription's CPU threads; None: the library's).
    ``sides``: the model of which side a voice speaks for (``sides.load``), evidence for naming.
    ``voices``: tell the speakers apart by their voices; off, only Zoom's participant tracks name them."""
    mel = heard(path)
    if transcript.source_kind != "audio" or any(s.speaker for s in transcript.segments):
        return transcript
    if len(own := tracks.participant_tracks(path)) >= 2:  # Zoom recorded each participant apart: no guessing
        return tracks.attach_tracks(transcript, own)
    if not voices:
        return transcript
    if not available():
        log.warning(OFF_NOTE)
        return transcript
    if mel is None:
        mel = mel_of(path)
    hint = len(attendees) or None
    return attach_speakers(transcript, diarize_words(mel, transcript, hint, threads), attendees, sides)


def words_of(transcript: Transcript) -> list[Word]:
    return [w for s in transcript.segments for w in s.words]


def rename_speaker(transcript: Transcript, old: str, new: str) -> Transcript:
    """Every segment and word of speaker ``old`` given to ``new``; naming a speaker who is already there merges them."""
    segments = []
    for seg in transcript.segments:
        if seg.speaker != old and not any(w.speaker == old for w in seg.words):
            segments.append(seg)
            continue
        words = [w.model_copy(update={"speaker": new}) if w.speaker == old else w for w in seg.words]
        segments.append(seg.model_copy(update={"speaker": new if seg.speaker == old else seg.speaker, "words": words}))
    return transcript.model_copy(update={"segments": segments})
