"""A recording decoded piece by piece, cut at quiet moments, so a long meeting never sits in memory whole.

Decoding a 60-minute recording at once and handing it to faster-whisper peaked at 4.1 GB: the 16 kHz samples
(230 MB), then the spectrogram of the whole recording and its intermediates. ``pieces`` decodes with PyAV into
blocks of about ``chunk_seconds`` (the same frame handling and resampler as ``faster_whisper.audio.decode_audio``,
so the samples are identical) and cuts each block at the quietest tenth of a second in its last ``search_seconds``,
so a word is not split between two pieces; the rest of the block goes ahead of the next one. Each piece comes with
its offset in samples, to shift its timestamps back onto the recording's clock.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from pipeline.errors import InputFileError

SAMPLE_RATE = 16_000
FRAME = SAMPLE_RATE // 10  # the quiet point is looked for in 0.1-s frames


def decoded_blocks(path: Path, block_seconds: float) -> Iterator[np.ndarray]:
    """16 kHz mono float32 blocks of about ``block_seconds`` each (the last one shorter)."""
    import av
    from faster_whisper.audio import _group_frames, _ignore_invalid_frames, _resample_frames

    target = int(block_seconds * SAMPLE_RATE)
    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    parts: list[np.ndarray] = []
    held = 0
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            frames = _resample_frames(_group_frames(_ignore_invalid_frames(container.decode(audio=0)), 500_000),
                                      resampler)  # fmt: skip
            for frame in frames:
                array = frame.to_ndarray().reshape(-1)
                parts.append(array)
                held += array.size
                if held >= target:
                    yield np.concatenate(parts).astype(np.float32) / 32768.0
                    parts, held = [], 0
    except Exception as exc:  # PyAV raises many error types (InvalidDataError, DecoderNotFound, ...)
        reason = re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc)).split(":")[0].strip() or type(exc).__name__
        raise InputFileError(path, f"cannot be decoded as audio ({reason})") from exc
    finally:
        del resampler
        gc.collect()  # PyAV's resampler holds buffers until collected (faster-whisper issue 390)
    if parts:
        yield np.concatenate(parts).astype(np.float32) / 32768.0


def quiet_point(audio: np.ndarray, lo: int, hi: int) -> int:
    """The middle of the quietest 0.1-s frame of ``audio[lo:hi]`` (an index into ``audio``)."""
    frames = (hi - lo) // FRAME
    if frames < 1:
        return hi
    window = audio[lo : lo + frames * FRAME].reshape(frames, FRAME)
    energy = np.einsum("ij,ij->i", window, window)
    return lo + int(np.argmin(energy)) * FRAME + FRAME // 2


def pieces(path: Path, chunk_seconds: float, search_seconds: float = 20.0) -> Iterator[tuple[int, np.ndarray]]:
    """``(offset in samples, samples)`` for consecutive pieces of the recording, each cut at a quiet moment."""
    chunk = int(chunk_seconds * SAMPLE_RATE)
    search = min(int(search_seconds * SAMPLE_RATE), chunk // 2)
    offset = 0
    carry = np.zeros(0, dtype=np.float32)
    for block in decoded_blocks(path, chunk_seconds):
        buffer = np.concatenate([carry, block]) if carry.size else block
        while buffer.size > chunk + search:
            cut = quiet_point(buffer, chunk - search, chunk)
            yield offset, buffer[:cut]
            offset += cut
            buffer = buffer[cut:].copy()
        carry = buffer
    if carry.size:
        yield offset, carry
