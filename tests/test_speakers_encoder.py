"""The numpy voice encoder against Resemblyzer's own torch/librosa outputs (tests/speakers_reference.py)."""

from __future__ import annotations

import io
import json
import os
import pickle
import struct
import sys
import types
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pytest

from pipeline.errors import ConfigError
from pipeline.speakers import encoder, weights
from tests.speakers_reference import FRAMES, STARTS, signal

REFERENCE = json.loads(Path(__file__).with_name("test_speakers_reference.json").read_text(encoding="utf-8"))


def test_mel_front_end_matches_librosa() -> None:
    mel = encoder.mel_spectrogram(signal())
    assert list(mel.shape) == REFERENCE["mel_shape"]
    for f in FRAMES:
        ref = np.array(REFERENCE["mel_frames"][str(f)], dtype=np.float32)
        np.testing.assert_allclose(mel[f], ref, rtol=1e-4, atol=1e-6 * float(np.abs(ref).max()))


def test_mel_filters_are_slaney_triangles() -> None:
    fb = encoder.mel_filters()
    assert fb.shape == (40, 201)
    assert (fb >= 0).all() and (fb.sum(axis=1) > 0).all()
    peaks = fb.argmax(axis=1)
    assert (np.diff(peaks) >= 0).all()  # centres rise with the band


def test_lstm_matches_torch_reference() -> None:
    enc = encoder.load_encoder()
    if enc is None:
        pytest.skip("the Resemblyzer wheel is not installed (requirements-speakers.lock)")
    mel = encoder.mel_spectrogram(signal())
    batch = np.stack([mel[s : s + encoder.PARTIAL_FRAMES] for s in STARTS])
    ours = enc.embed(batch)
    ref = np.array(REFERENCE["embeddings"], dtype=np.float32)
    np.testing.assert_allclose(ours, ref, atol=2e-5)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_volume_is_raised_never_lowered() -> None:
    quiet = signal() * 0.01
    assert np.sqrt(np.mean(encoder.normalize_volume(quiet) ** 2)) > np.sqrt(np.mean(quiet**2))
    loud = np.clip(signal() * 20, -1, 1)
    assert encoder.normalize_volume(loud) is loud


def _legacy_file(obj_pickle: bytes, keys: list[str], blobs: list[bytes]) -> bytes:
    out = io.BytesIO()
    for head in (weights.LEGACY_MAGIC, 1001, {"little_endian": True}):
        pickle.dump(head, out, protocol=2)
    out.write(obj_pickle)
    pickle.dump(keys, out, protocol=2)
    for blob in blobs:
        out.write(struct.pack("<q", len(blob) // 4) + blob)
    return out.getvalue()


def _torch_like_pickle(monkeypatch: pytest.MonkeyPatch, rebuild: object) -> bytes:
    """{'model_state': OrderedDict(w=2x3 tensor)} pickled as torch's legacy writer does: the storage as a persistent
    id, the tensor through ``torch._utils._rebuild_tensor_v2`` (stand-in modules, so no torch is needed)."""
    torch_mod, utils_mod = types.ModuleType("torch"), types.ModuleType("torch._utils")

    class FloatStorage:  # noqa: D401 - stands in for torch.FloatStorage
        pass

    FloatStorage.__module__, FloatStorage.__qualname__ = "torch", "FloatStorage"
    torch_mod.FloatStorage = FloatStorage  # type: ignore[attr-defined]
    setattr(utils_mod, rebuild.__name__, rebuild)
    monkeypatch.setitem(sys.modules, "torch", torch_mod)
    monkeypatch.setitem(sys.modules, "torch._utils", utils_mod)

    class Storage:
        pass

    storage = Storage()

    class Tensor:
        def __reduce__(self):
            return (rebuild, (storage, 0, (2, 3), (3, 1), False, OrderedDict()))

    class Writer(pickle.Pickler):
        def persistent_id(self, obj: object):
            return ("storage", FloatStorage, "0", "cpu", 6, None) if obj is storage else None

    out = io.BytesIO()
    Writer(out, protocol=2).dump({"model_state": OrderedDict(w=Tensor())})
    return out.getvalue()


def _rebuild_tensor_v2(*args: object) -> None:  # the name torch uses; pickled as torch._utils._rebuild_tensor_v2
    raise AssertionError("never called: the reader maps it to its own")


_rebuild_tensor_v2.__module__ = "torch._utils"


def test_restricted_unpickler_reads_storages_as_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    blob = np.arange(6, dtype="<f4").tobytes()
    payload = _legacy_file(_torch_like_pickle(monkeypatch, _rebuild_tensor_v2), ["0"], [blob])
    state = weights.load_legacy_torch(payload)
    assert set(state["model_state"]) == {"w"}
    np.testing.assert_array_equal(state["model_state"]["w"], np.arange(6, dtype=np.float32).reshape(2, 3))


def test_restricted_unpickler_refuses_other_globals(monkeypatch: pytest.MonkeyPatch) -> None:
    payload = _legacy_file(_torch_like_pickle(monkeypatch, os.getcwd), ["0"], [b"\0" * 24])
    with pytest.raises(pickle.UnpicklingError, match="refusing to load posix.getcwd"):
        weights.load_legacy_torch(payload)


def test_not_a_torch_file() -> None:
    with pytest.raises(ConfigError, match="bad magic"):
        weights.load_legacy_torch(pickle.dumps(12345, protocol=2))


def test_real_weights_load_without_torch() -> None:
    path = weights.resemblyzer_weights_path()
    if path is None:
        pytest.skip("the Resemblyzer wheel is not installed (requirements-speakers.lock)")
    state = weights.load_state(path)
    assert state["lstm.weight_ih_l0"].shape == (1024, 40)
    assert state["linear.weight"].shape == (256, 256)


def test_openblas_threads_are_limited_inside_the_block_and_restored_after() -> None:
    from pipeline.speakers import blas

    before = blas.threads()
    if before is None:
        pytest.skip("numpy does not use OpenBLAS here")
    with blas.limited(1):
        assert blas.threads() == 1
    assert blas.threads() == before
    with blas.limited(None):
        assert blas.threads() == before
