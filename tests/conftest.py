"""Shared fixtures: every test gets its own workspace; ../shared is used when present and skipped when not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.settings import Settings, get_settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "debrief-home"
    monkeypatch.setenv("DEBRIEF_HOME", str(home))
    monkeypatch.delenv("DEBRIEF_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def settings(workspace: Path) -> Settings:
    return get_settings().ensure_workspace()
