"""Writes tests/test_speakers_reference.json: Resemblyzer's own outputs (torch + librosa) on a fixed signal.

Run once in a scratch venv that has the reference stack, e.g.
    python -m venv /tmp/ref && /tmp/ref/bin/pip install torch librosa numpy scipy webrtcvad-wheels \
        && /tmp/ref/bin/pip install --no-deps resemblyzer==0.1.4
    /tmp/ref/bin/python tests/speakers_reference.py
debrief itself never imports torch or librosa; tests/test_speakers_encoder.py compares its numpy encoder to this.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np


def signal() -> np.ndarray:
    """4 s at 16 kHz: a vibrato tone with harmonics and noise (numpy PCG64, seed 1: stable across versions)."""
    rng = np.random.default_rng(1)
    t = np.arange(16000 * 4) / 16000
    f0 = 140 * (1 + 0.08 * np.sin(2 * np.pi * 3 * t))
    phase = 2 * np.pi * np.cumsum(f0) / 16000
    tone = sum(np.sin(k * phase) / k for k in range(1, 8))
    return (0.05 * tone + 0.01 * rng.standard_normal(t.size)).astype(np.float32)


FRAMES = [0, 57, 200, 399]
STARTS = [0, 100, 240]


def main() -> None:
    import scipy.ndimage
    import torch

    sys.modules.setdefault("scipy.ndimage.morphology", scipy.ndimage)  # resemblyzer 0.1.4 imports the old path
    from resemblyzer import VoiceEncoder, audio

    wav = signal()
    mel = audio.wav_to_mel_spectrogram(wav)
    batch = np.stack([mel[s : s + 160] for s in STARTS])
    with torch.no_grad():
        emb = VoiceEncoder("cpu", verbose=False)(torch.from_numpy(batch)).numpy()
    out = {
        "source": f"resemblyzer 0.1.4 VoiceEncoder (torch {torch.__version__}) and audio.wav_to_mel_spectrogram",
        "mel_frames": {str(f): mel[f].tolist() for f in FRAMES},
        "mel_shape": list(mel.shape),
        "window_starts": STARTS,
        "embeddings": emb.tolist(),
    }
    path = Path(__file__).with_name("test_speakers_reference.json")
    path.write_text(json.dumps(out) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
