"""What the tests share that is not a fixture: the paths of the bundled samples and rules, a free port, and the
sample transcript in variants with their own content hash. (Fixtures are in ``conftest.py``.)"""

from __future__ import annotations

import socket
from pathlib import Path

from pipeline.settings import REPO_ROOT

SHARED = REPO_ROOT.parent / "shared"
SAMPLES = REPO_ROOT / "samples"
MODELS = REPO_ROOT / "models"
VTT = SAMPLES / "pennant-social-review.vtt"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vtt_variant(folder: Path, name: str, n: int) -> Path:
    """The sample transcript with a distinct NOTE block, so each variant has its own content hash."""
    text = VTT.read_text(encoding="utf-8").replace("WEBVTT", f"WEBVTT\n\nNOTE variant {n}", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
