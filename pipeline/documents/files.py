"""Writing output files: atomically, with the mode the umask gives, and never over another recording's report."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def _umask() -> int:
    """The process umask, read without changing it where Linux says it (``os.umask`` alone must set one)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes | str, overwrite: bool = True) -> Path:
    """Write to a temporary file beside ``path`` and move it into place: readers never see half a file.

    The file gets the mode any new file would (0644 under the usual umask 022), so colleagues on a shared workspace
    can open it. With ``overwrite=False`` an existing ``path`` is never replaced: ``FileExistsError``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_umask())  # mkstemp makes 0600 files
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if path exists, atomically
            os.unlink(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def free_stem(out_dir: Path, stem: str, sha256: str) -> str:
    """``stem``, unless ``out_dir`` already holds another recording's report by that name: then ``stem-2``, ``-3``…"""
    candidate, n = stem, 1
    while (existing := out_dir / f"{candidate}.json").exists():
        try:
            if json.loads(existing.read_text(encoding="utf-8"))["meeting"]["content_sha256"] == sha256:
                break
        except (OSError, ValueError, KeyError, TypeError):
            pass  # not one of our reports: do not overwrite it either
        n += 1
        candidate = f"{stem}-{n}"
    return candidate
