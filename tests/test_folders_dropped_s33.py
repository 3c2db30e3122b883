"""A folder dropped into the watched inbox (a Zoom download keeps each call in a folder of its own) sat there, nothing
said, although the watcher promises never to skip anything in silence; ``debrief batch`` on a week whose calls are
in subfolders drafted nothing and said nothing of them; ``debrief process FOLDER`` said "no such file". Each now says
what it did not look at, and how to give it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.draft import resolve_input
from pipeline.errors import InputFileError
from pipeline.settings import Settings
from pipeline.watch import watch
from tests.support import VTT


def test_a_folder_in_the_inbox_is_named_once(settings: Settings) -> None:
    (settings.inbox / "Kestrel WIP").mkdir(parents=True)
    (settings.inbox / "Kestrel WIP" / "call.vtt").write_text(VTT.read_text(encoding="utf-8"), encoding="utf-8")
    (settings.inbox / ".cache").mkdir()  # hidden: not the user's
    said: list[str] = []
    watch(None, settings, once=True, settle=0.1, interval=0.05, preload=False, echo=said.append)
    told = [line for line in said if "Kestrel WIP" in line]
    assert told == [
        f"Kestrel WIP/: a folder; debrief watch drafts the files dropped into {settings.inbox} itself, so move the "
        "recordings and transcripts out of it (or run debrief batch on it)"
    ]
    assert not any(".cache" in line for line in said)
    assert (settings.inbox / "Kestrel WIP" / "call.vtt").exists()  # nothing moved or lost


def test_debrief_batch_names_the_subfolders_it_did_not_look_in(tmp_path: Path) -> None:
    week = tmp_path / "week"
    (week / "Mon Kestrel").mkdir(parents=True)
    (week / "Mon Kestrel" / "call.vtt").write_text(VTT.read_text(encoding="utf-8"), encoding="utf-8")
    (week / "Mon Kestrel" / "call.meeting.yaml").write_text("date: 2026-11-09\n", encoding="utf-8")
    (week / "empty").mkdir()
    env = {**os.environ, "DEBRIEF_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    env.pop("PREFECT_API_URL", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(week), "--out", str(tmp_path / "out")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    said = " ".join((done.stdout + done.stderr).split())
    assert "not looked in: Mon Kestrel/ (1 file); debrief batch drafts the files in" in said
    assert "empty/" not in said


def test_debrief_process_given_a_folder_says_it_is_one(tmp_path: Path) -> None:
    """It said "no such file" of a folder that is there."""
    (tmp_path / "zoom").mkdir()
    with pytest.raises(InputFileError, match="zoom: a folder, not a file: give the files in it"):
        resolve_input(tmp_path / "zoom")
