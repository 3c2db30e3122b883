"""A ``debrief watch --once`` that stops dead at a chosen stage, for the kill -9 tests (test-only).

    DEBRIEF_HOME=... python tests/fault_child.py transcribe|documents|database

The watcher drafts in a worker process; ``paused_draft`` (its drafter) patches the worker, from the outside, so
that it writes ``<home>/paused-at-<stage>`` and sleeps at that stage:

- ``transcribe``: on entering ``pipeline.transcribe.transcribe``;
- ``documents``: at the second rename of a finished temporary file into the reports folder, so one document is in
  place and the next one's ``.tmp`` is on disk;
- ``database``: inside the transaction that stores the meeting, after its INSERT and before the COMMIT.

The test then kills the whole process group with SIGKILL and starts a watcher again.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import NoReturn

from pipeline.draft import draft_meeting
from pipeline.settings import Settings, get_settings

STAGES = ("transcribe", "documents", "database")


def pause(settings: Settings, stage: str) -> NoReturn:
    (settings.home / f"paused-at-{stage}").write_text(str(os.getpid()))
    time.sleep(600)
    raise SystemExit(f"fault_child: nobody killed the worker paused at {stage}")


def _patch(stage: str, settings: Settings) -> None:
    if stage == "transcribe":
        import pipeline.transcribe

        pipeline.transcribe.transcribe = lambda *_a, **_k: pause(settings, stage)
    elif stage == "documents":
        real_replace, renames = os.replace, []

        def replace(src, dst, *args, **kwargs):
            if Path(dst).resolve().is_relative_to(settings.reports.resolve()) and str(src).endswith(".tmp"):
                renames.append(dst)
                if len(renames) == 2:
                    pause(settings, stage)
            return real_replace(src, dst, *args, **kwargs)

        os.replace = replace
    elif stage == "database":
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        def after_flush(session, _context) -> None:
            if any(getattr(obj, "__tablename__", None) == "meetings" for obj in session.new):
                pause(settings, stage)

        event.listen(Session, "after_flush", after_flush)
    else:
        raise SystemExit(f"fault_child: unknown stage {stage!r}; choose one of {', '.join(STAGES)}")


def paused_draft(path: Path, out_dir: Path, settings: Settings, sha256: str | None = None):
    """The drafter the child's watcher sends to its worker: patch the stage once, then draft for real."""
    stage = os.environ["DEBRIEF_TEST_PAUSE_AT"]
    if not getattr(paused_draft, "patched", False):
        _patch(stage, settings)
        paused_draft.patched = True  # type: ignore[attr-defined]
    return draft_meeting(path, out_dir, settings, sha256=sha256)


if __name__ == "__main__":
    from fault_child import paused_draft as drafter  # by module name, so the worker can import it

    from pipeline.watch import watch

    os.environ["DEBRIEF_TEST_PAUSE_AT"] = sys.argv[1]
    watch(None, get_settings(), once=True, settle=0.1, interval=0.05, preload=sys.argv[1] == "transcribe",
          drafter=drafter)  # fmt: skip
