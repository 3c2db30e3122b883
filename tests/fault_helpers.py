"""Drafters for the fault tests, passed to ``watch``/``run_batch`` as ``drafter=``.

They run inside the worker processes, which get them by name (module and function), so they live in a module
importable from ``tests/`` rather than inside a test. Each calls the real ``draft_meeting``; the faults are what
they add around it: hanging, dying, counting, or stopping at a chosen stage for a ``kill -9``
(``DEBRIEF_TEST_PAUSE_AT``, read in ``fault_child.py``'s worker).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from pipeline.draft import draft_meeting
from pipeline.settings import Settings

DRAFTED_LOG = "drafted.log"


def hang_on_hang(path: Path, out_dir: Path, settings: Settings, sha256: str | None = None):
    """A stage that never returns for a file with "hang" in its name."""
    if "hang" in Path(path).name:
        time.sleep(3600)
    return draft_meeting(path, out_dir, settings, sha256=sha256)


def die_on_crash(path: Path, out_dir: Path, settings: Settings, sha256: str | None = None):
    """The worker process dies (as by the out-of-memory killer) on a file with "crash" in its name."""
    if "crash" in Path(path).name:
        os.kill(os.getpid(), signal.SIGKILL)
    return draft_meeting(path, out_dir, settings, sha256=sha256)


def counting_draft(path: Path, out_dir: Path, settings: Settings, sha256: str | None = None):
    """``draft_meeting``, then one line per finished draft in ``<home>/drafted.log`` (appends are atomic)."""
    result = draft_meeting(path, out_dir, settings, sha256=sha256)
    line = f"{result.record.meeting.content_sha256} {Path(path).name} {os.getpid()}\n"
    with (settings.home / DRAFTED_LOG).open("a", encoding="utf-8") as fh:
        fh.write(line)
    return result


def drafted(settings: Settings) -> list[str]:
    """The content hashes drafted so far, one per finished draft."""
    log = settings.home / DRAFTED_LOG
    return [line.split()[0] for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
