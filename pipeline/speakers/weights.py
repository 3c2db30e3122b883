"""Read Resemblyzer's ``pretrained.pt`` without torch: a restricted unpickler that maps torch storages to numpy.

The file is torch's legacy serialization (torch < 1.6): five pickles in a row (magic number, protocol version,
system info, the object itself, the list of storage keys), then each storage's raw bytes, prefixed by its
element count as a little-endian int64. The object pickle refers to storages through ``persistent_id`` tuples
``("storage", StorageType, key, location, numel, view_metadata)`` and rebuilds tensors with
``torch._utils._rebuild_tensor_v2``. Only those names (and ``collections.OrderedDict``) may be loaded: anything else
in the file is refused, so a tampered file cannot run code.
"""

from __future__ import annotations

import importlib.util
import io
import pickle
import struct
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.errors import ConfigError

LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
STORAGE_DTYPES = {
    "FloatStorage": np.float32,
    "DoubleStorage": np.float64,
    "HalfStorage": np.float16,
    "LongStorage": np.int64,
    "IntStorage": np.int32,
    "ShortStorage": np.int16,
    "CharStorage": np.int8,
    "ByteStorage": np.uint8,
    "BoolStorage": np.bool_,
}


@dataclass(frozen=True)
class _StorageType:
    dtype: Any


@dataclass
class _Storage:
    dtype: Any
    numel: int
    data: np.ndarray | None = None


@dataclass
class _LazyTensor:
    storage: _Storage
    offset: int
    size: tuple[int, ...]
    stride: tuple[int, ...]
    extra: list[Any] = field(default_factory=list)

    def materialize(self) -> np.ndarray:
        if self.storage.data is None:
            raise ConfigError("voice encoder weights: a tensor refers to a storage the file does not contain")
        base = self.storage.data[self.offset :]
        itemsize = base.itemsize
        needed = 1 + sum((n - 1) * s for n, s in zip(self.size, self.stride, strict=True)) if self.size else 1
        if base.size < needed:
            raise ConfigError("voice encoder weights: a tensor runs past the end of its storage")
        strides = tuple(s * itemsize for s in self.stride)
        return np.lib.stride_tricks.as_strided(base, shape=self.size, strides=strides).copy()


def _rebuild_tensor(storage: _Storage, offset: int, size: tuple[int, ...], stride: tuple[int, ...], *rest: Any):
    return _LazyTensor(storage, int(offset), tuple(size), tuple(stride), list(rest))


class _Unpickler(pickle.Unpickler):
    def __init__(self, stream: io.BufferedIOBase, storages: dict[str, _Storage]):
        super().__init__(stream)
        self.storages = storages

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("collections", "OrderedDict"):
            return OrderedDict
        if module == "torch._utils" and name in ("_rebuild_tensor", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if module == "torch" and name in STORAGE_DTYPES:
            return _StorageType(STORAGE_DTYPES[name])
        raise pickle.UnpicklingError(f"voice encoder weights: refusing to load {module}.{name}")

    def persistent_load(self, pid: Any) -> Any:
        if not (isinstance(pid, tuple) and pid and pid[0] == "storage" and len(pid) >= 5):
            raise pickle.UnpicklingError(f"voice encoder weights: unexpected persistent id {pid!r}")
        _, storage_type, key, _location, numel = pid[:5]
        if not isinstance(storage_type, _StorageType):
            raise pickle.UnpicklingError("voice encoder weights: unknown storage type")
        if key not in self.storages:
            self.storages[key] = _Storage(storage_type.dtype, int(numel))
        return self.storages[key]


def _plain(obj: Any) -> Any:
    if isinstance(obj, _LazyTensor):
        return obj.materialize()
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(_plain(v) for v in obj)
    return obj


def load_legacy_torch(raw: bytes) -> Any:
    """The object in a legacy torch file, every tensor as a numpy array (copy, native byte order)."""
    stream = io.BytesIO(raw)
    safe = _Unpickler(stream, {})
    if safe.load() != LEGACY_MAGIC:
        raise ConfigError("voice encoder weights: not a legacy torch file (bad magic number)")
    safe.load()  # protocol version
    info = safe.load()
    if isinstance(info, dict) and not info.get("little_endian", True):
        raise ConfigError("voice encoder weights: big-endian files are not supported")
    storages: dict[str, _Storage] = {}
    obj = _Unpickler(stream, storages).load()
    keys = _Unpickler(stream, storages).load()
    for key in keys:
        storage = storages.get(key)
        if storage is None:
            raise ConfigError(f"voice encoder weights: storage {key!r} is listed but never used")
        (count,) = struct.unpack("<q", stream.read(8))
        nbytes = count * np.dtype(storage.dtype).itemsize
        chunk = stream.read(nbytes)
        if len(chunk) != nbytes:
            raise ConfigError("voice encoder weights: the file is cut off")
        storage.data = np.frombuffer(chunk, dtype=np.dtype(storage.dtype).newbyteorder("<")).astype(storage.dtype)
    return _plain(obj)


def resemblyzer_weights_path() -> Path | None:
    """``pretrained.pt`` from the installed Resemblyzer wheel, found without importing it (it would import torch)."""
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "pretrained.pt"
        if path.is_file():
            return path
    return None


def load_state(path: Path) -> dict[str, np.ndarray]:
    """The voice encoder's ``model_state``: parameter name -> float32 array."""
    state = load_legacy_torch(path.read_bytes())
    model = state.get("model_state") if isinstance(state, dict) else None
    if not isinstance(model, dict):
        raise ConfigError(f"voice encoder weights: {path} has no model_state")
    return {k: np.asarray(v, dtype=np.float32) for k, v in model.items() if isinstance(v, np.ndarray)}
