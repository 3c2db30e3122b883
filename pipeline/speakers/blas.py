"""How many threads numpy's OpenBLAS may use while the voice encoder runs.

The encoder is 160 steps of a mid-sized matrix product per layer. OpenBLAS splits each product over every core and
its threads spin while they wait, so when the cores are busy with anything else (``debrief batch`` runs one worker
per core, each with its own OpenBLAS threads) the encoder ran about ten times slower than on one thread: measured
41 against 315-475 ms per window on the shared 2-core machine. ``limited(n)`` sets OpenBLAS's thread count for a
block and puts it back after, as threadpoolctl does, through the library numpy has loaded; where there is no
OpenBLAS (macOS Accelerate, MKL) it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
# (set, get) symbol pairs: numpy's own wheels (scipy-openblas, 64-bit ints), then a system OpenBLAS
SYMBOLS = [
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
]


def _loaded_openblas(maps: Path = Path("/proc/self/maps")) -> list[str]:
    """Paths of the OpenBLAS libraries this process has loaded (Linux; none elsewhere)."""
    try:
        lines = maps.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    paths = {line.split()[-1] for line in lines if "openblas" in line.lower() and ".so" in line}
    return sorted(p for p in paths if p.startswith("/"))


@lru_cache(maxsize=1)
def _controls() -> tuple[Callable[[int], None], Callable[[], int]] | None:
    import numpy  # noqa: F401  (loads numpy's BLAS, so it is in the process's maps)

    for path in _loaded_openblas():
        lib = ctypes.CDLL(path)
        for set_name, get_name in SYMBOLS:
            setter, getter = getattr(lib, set_name, None), getattr(lib, get_name, None)
            if setter is not None and getter is not None:
                setter.argtypes, setter.restype = [ctypes.c_int], None
                getter.argtypes, getter.restype = [], ctypes.c_int
                return setter, getter
    log.debug("no OpenBLAS found: the encoder's thread count is left to the BLAS library")
    return None


def threads() -> int | None:
    """OpenBLAS's current thread count, or None when numpy does not use OpenBLAS."""
    controls = _controls()
    return int(controls[1]()) if controls else None


@contextmanager
def limited(n: int | None) -> Iterator[None]:
    """At most ``n`` OpenBLAS threads inside the block (``None`` or 0: unchanged)."""
    controls = _controls()
    if not n or controls is None:
        yield
        return
    setter, getter = controls
    before = int(getter())
    setter(min(n, before))
    try:
        yield
    finally:
        setter(before)
