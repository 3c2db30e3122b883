"""Shared fixtures: every test gets its own workspace; ../shared is used when present and skipped when not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.settings import REPO_ROOT, Settings, get_settings

SHARED = REPO_ROOT.parent / "shared"
SAMPLES = REPO_ROOT / "samples"
VTT = SAMPLES / "pennant-social-review.vtt"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def needs_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is only beside the repo on a development machine and in CI)")
    return path


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "debrief-home"
    monkeypatch.setenv("DEBRIEF_HOME", str(home))
    monkeypatch.delenv("DEBRIEF_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def settings(workspace: Path) -> Settings:
    return get_settings().ensure_workspace()


def vtt_variant(folder: Path, name: str, n: int) -> Path:
    """The sample transcript with a distinct NOTE block, so each variant has its own content hash."""
    text = VTT.read_text(encoding="utf-8").replace("WEBVTT", f"WEBVTT\n\nNOTE variant {n}", 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
