"""Shared fixtures: every test gets its own workspace; ../shared is used when present and skipped when not."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pipeline.settings import Settings, get_settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Each test process (the suite runs in two, pytest-xdist) has a Prefect home of its own, so the flow runs of one never
# wait on the other's SQLite database, and none of them touches the user's ~/.prefect.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="debrief-tests-prefect-")
atexit.register(shutil.rmtree, os.environ["PREFECT_HOME"], ignore_errors=True)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "debrief-home"
    monkeypatch.setenv("DEBRIEF_HOME", str(home))
    monkeypatch.delenv("DEBRIEF_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def settings(workspace: Path) -> Settings:
    return get_settings().ensure_workspace()
