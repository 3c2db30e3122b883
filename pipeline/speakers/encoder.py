"""Resemblyzer's voice encoder in numpy: its mel front end and its 3-layer LSTM, with the wheel's own weights.

Resemblyzer 0.1.4 (Apache-2.0) defines the model as ``nn.LSTM(40, 256, 3, batch_first=True)`` -> ``nn.Linear(256,
256)`` -> ReLU -> L2 norm of the last layer's final hidden state, over 160-frame windows (1.6 s) of a 40-band mel
*power* spectrogram (librosa ``melspectrogram``: 25 ms Hann window, 10 ms hop, Slaney mel filters, centred frames
zero-padded), after the waveform is raised to -30 dBFS. This module computes the same thing without torch or
librosa; ``tests/test_speakers_encoder.py`` checks it against outputs of the reference implementation.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.speakers.weights import load_state, resemblyzer_weights_path

SAMPLE_RATE = 16_000
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms
N_MELS = 40
PARTIAL_FRAMES = 160  # 1.6 s: the window length the encoder was trained on
NORM_TARGET_DBFS = -30.0
INT16_MAX = 2**15 - 1


def _hz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney's mel scale (librosa ``htk=False``): linear below 1 kHz, logarithmic above."""
    hz = np.asarray(hz, dtype=np.float64)
    mel = hz / (200.0 / 3)
    log_part = hz >= 1000.0
    return np.where(log_part, 15.0 + np.log(np.maximum(hz, 1e-10) / 1000.0) / (np.log(6.4) / 27.0), mel)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    hz = mel * (200.0 / 3)
    return np.where(mel >= 15.0, 1000.0 * np.exp((np.log(6.4) / 27.0) * (mel - 15.0)), hz)


@lru_cache(maxsize=1)
def mel_filters() -> np.ndarray:
    """(40, 201) Slaney-normalised triangular filters from 0 Hz to 8 kHz, as ``librosa.filters.mel``."""
    fft_freqs = np.linspace(0, SAMPLE_RATE / 2, 1 + N_FFT // 2)
    mel_f = _mel_to_hz(np.linspace(_hz_to_mel(np.array(0.0)), _hz_to_mel(np.array(SAMPLE_RATE / 2)), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fft_freqs)
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0.0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:] - mel_f[:-2]))[:, None]
    return weights


@lru_cache(maxsize=1)
def _window() -> np.ndarray:
    n = np.arange(N_FFT)
    return 0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)  # periodic Hann (scipy get_window 'hann', fftbins=True)


def normalize_volume(wav: np.ndarray, target_dbfs: float = NORM_TARGET_DBFS) -> np.ndarray:
    """Raise (never lower) the level to ``target_dbfs``, as Resemblyzer's ``preprocess_wav`` does."""
    w = wav.astype(np.float64)
    gain = volume_gain(float(np.dot(w, w)), wav.size, target_dbfs)
    return wav if gain == 1.0 else (wav * gain).astype(np.float32)


def _mel_frames(padded: np.ndarray) -> np.ndarray:
    """Mel power frames of an already padded signal: frame ``i`` is ``padded[i * HOP : i * HOP + N_FFT]``."""
    n_frames = 1 + (padded.size - N_FFT) // HOP if padded.size >= N_FFT else 0
    out = np.empty((n_frames, N_MELS), dtype=np.float32)
    if n_frames == 0:
        return out
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP]  # a view: no (frames, 400) copy
    filters = mel_filters().T
    window = _window()
    for start in range(0, n_frames, 4096):  # in blocks: an hour of audio would be 360,000 frames
        power = np.abs(np.fft.rfft(frames[start : start + 4096] * window, axis=1)) ** 2
        out[start : start + 4096] = power @ filters
    return out


def mel_spectrogram(wav: np.ndarray) -> np.ndarray:
    """(frames, 40) float32 mel power spectrogram; frame ``i`` is centred on sample ``i * 160``."""
    return _mel_frames(np.pad(np.asarray(wav, dtype=np.float32), N_FFT // 2))


def volume_gain(sum_squares: float, samples: int, target_dbfs: float = NORM_TARGET_DBFS) -> float:
    """The factor ``normalize_volume`` multiplies a recording by, from its sum of squared samples."""
    rms = float(np.sqrt(sum_squares / samples)) * INT16_MAX if samples else 0.0
    if rms <= 0:
        return 1.0
    change = target_dbfs - 20 * np.log10(rms / INT16_MAX)
    return 1.0 if change < 0 else float(10 ** (change / 20))


class MelStream:
    """The mel spectrogram of a recording fed to it piece by piece (as transcription decodes it), so the voices need
    no second decode: ``finish()`` equals ``mel_spectrogram(normalize_volume(whole recording))``. A power
    spectrogram scales with the square of a gain, so the volume is applied once the whole level is known."""

    def __init__(self) -> None:
        self._tail = np.zeros(N_FFT // 2, dtype=np.float32)  # the centred first frame's zero padding
        self._blocks: list[np.ndarray] = []
        self._sum_squares = 0.0
        self.samples = 0

    def feed(self, samples: np.ndarray) -> None:
        piece = np.asarray(samples, dtype=np.float32)
        self._sum_squares += float(np.dot(piece.astype(np.float64), piece.astype(np.float64)))
        self.samples += piece.size
        buffer = np.concatenate([self._tail, piece])
        block = _mel_frames(buffer)
        self._blocks.append(block)
        self._tail = buffer[len(block) * HOP :]

    def finish(self) -> np.ndarray:
        last = _mel_frames(np.concatenate([self._tail, np.zeros(N_FFT // 2, dtype=np.float32)]))
        mel = np.concatenate([*self._blocks, last]) if self._blocks else last
        return mel * np.float32(volume_gain(self._sum_squares, self.samples) ** 2)


class VoiceEncoder:
    """The LSTM encoder, weights as numpy arrays. ``embed(mels)`` maps (batch, frames, 40) to (batch, 256)."""

    def __init__(self, state: dict[str, np.ndarray]):
        self.layers = []
        for k in range(3):
            w_ih = state[f"lstm.weight_ih_l{k}"]
            w_hh = state[f"lstm.weight_hh_l{k}"]
            bias = state[f"lstm.bias_ih_l{k}"] + state[f"lstm.bias_hh_l{k}"]
            self.layers.append((np.ascontiguousarray(w_ih.T), np.ascontiguousarray(w_hh.T), bias))
        scale = np.full(4 * self.layers[0][1].shape[0], 0.5, dtype=np.float32)
        scale[len(scale) // 2 : 3 * len(scale) // 4] = 1.0  # the g gate is a plain tanh
        self.fused = [
            (np.ascontiguousarray(np.vstack([w_ih, w_hh]) * scale), bias * scale) for w_ih, w_hh, bias in self.layers
        ]
        self.linear_w = np.ascontiguousarray(state["linear.weight"].T)
        self.linear_b = state["linear.bias"]
        self.hidden = self.layers[0][1].shape[0]

    def embed(self, mels: np.ndarray) -> np.ndarray:
        """L2-normed embeddings of a batch of equal-length mel windows (torch ``nn.LSTM`` gate order i, f, g, o).

        Each step is one matmul of ``[x_t, h]`` by the stacked input and recurrent weights, whose columns are
        pre-scaled so that a single ``tanh`` gives all four gates (sigmoid(x) = (tanh(x/2) + 1) / 2 for i, f, o).
        Numpy's BLAS is far faster per window on large batches: pass every window of a meeting at once."""
        x = np.asarray(mels, dtype=np.float32)
        batch, steps, _ = x.shape
        hs = self.hidden
        h = np.zeros((batch, hs), dtype=np.float32)
        for stacked, bias in self.fused:
            n_in = stacked.shape[0] - hs
            xh = np.zeros((batch, n_in + hs), dtype=np.float32)
            c = np.zeros((batch, hs), dtype=np.float32)
            gates = np.empty((batch, 4 * hs), dtype=np.float32)
            tc = np.empty((batch, hs), dtype=np.float32)
            seq = np.empty((batch, steps, hs), dtype=np.float32)
            for t in range(steps):
                xh[:, :n_in] = x[:, t]
                np.matmul(xh, stacked, out=gates)
                gates += bias
                np.tanh(gates, out=gates)
                ifo = gates[:, : 2 * hs]
                ifo += 1.0
                ifo *= 0.5
                o = gates[:, 3 * hs :]
                o += 1.0
                o *= 0.5
                c *= gates[:, hs : 2 * hs]
                c += gates[:, :hs] * gates[:, 2 * hs : 3 * hs]
                np.tanh(c, out=tc)
                np.multiply(o, tc, out=xh[:, n_in:])  # h, kept in place for the next step's matmul
                seq[:, t] = xh[:, n_in:]
            h = xh[:, n_in:].copy()
            x = seq
        raw = np.maximum(h @ self.linear_w + self.linear_b, 0.0)
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        return raw / np.maximum(norm, 1e-12)


@lru_cache(maxsize=1)
def load_encoder(path: str | None = None) -> VoiceEncoder | None:
    """The encoder from the Resemblyzer wheel (or ``path``), once per process; None when the wheel is absent."""
    weights = Path(path) if path else resemblyzer_weights_path()
    if weights is None:
        return None
    return VoiceEncoder(load_state(weights))
