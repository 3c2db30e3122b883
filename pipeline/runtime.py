"""Process-wide set-up that must happen before Prefect or Hugging Face code is imported."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

from pipeline.settings import Settings


def configure(settings: Settings, verbose: bool = False) -> None:
    """Offline models, Prefect state in the workspace, no telemetry, quiet logs unless ``verbose``; few heap arenas."""
    from pipeline.workers import limit_heap_arenas

    limit_heap_arenas()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_HOME", str(settings.home / "prefect"))
    os.environ.setdefault("PREFECT_LOCAL_STORAGE_PATH", str(settings.cache_dir / "prefect-results"))
    # Prefect's temporary server gives up after 20 s by default; on a busy 2-core machine it needs longer to start.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    level = "INFO" if verbose else "CRITICAL"
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", level)
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "ERROR" if not verbose else "WARNING")
    os.environ.setdefault(
        "PREFECT_LOGGING_TO_API_ENABLED", "false" if not os.environ.get("PREFECT_API_URL") else "true"
    )
    if not verbose:
        warnings.filterwarnings("ignore", category=UserWarning)
        logging.getLogger("faster_whisper").setLevel(logging.ERROR)
        # Prefect's background services log through loggers named after their class, outside the "prefect"
        # tree; at exit EventsWorker warns that it is still flushing, which is noise on a user's terminal.
        for name in ("EventsWorker", "APILogWorker"):
            logging.getLogger(name).setLevel(logging.ERROR)


# --- where `debrief process` runs a meeting: a Prefect server if one is configured, else plainly in this process ----
def prefect_api_url() -> str | None:
    """The Prefect server debrief reports to: ``PREFECT_API_URL``, or the active profile's in ``$PREFECT_HOME``.

    Read without importing Prefect (1.5 s), so that a call with no server pays nothing for it."""
    if url := os.environ.get("PREFECT_API_URL"):
        return url
    import tomllib

    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or Path(os.environ.get("PREFECT_HOME", "~/.prefect"))
                    .expanduser() / "profiles.toml")  # fmt: skip
    try:
        data = tomllib.loads(profiles.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active", "ephemeral")
    url = (data.get("profiles", {}).get(active) or {}).get("PREFECT_API_URL")
    return str(url) if url else None


class Preload:
    """Load the spaCy pipeline (and, with a server, import Prefect) in a background thread while this thread checks
    and hashes the files and loads the Whisper model.

    Whisper is loaded by the thread that transcribes: CTranslate2 loaded in another thread decoded 2.6x slower
    (its OpenMP thread settings belong to the loading thread). ``wait()`` before drafting re-raises what the
    background load raised (a model file that fails its checksum)."""

    def __init__(self, settings: Settings, audio: bool = True, server: bool = False) -> None:
        import threading

        self.settings, self.audio = settings, audio
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, args=(settings, server), name="debrief-preload", daemon=True)
        self._thread.start()

    def _load(self, settings: Settings, server: bool) -> None:
        from pipeline.extract import load_nlp

        try:
            load_nlp(settings)
            if server:
                import pipeline.flows  # noqa: F401 - Prefect's import, 1.5 s, off the main thread
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread, which raises it
            self._error = exc

    def wait(self) -> None:
        if self.audio:
            from pipeline import transcribe

            self.audio = False
            transcribe.model_for(self.settings)  # here, in the thread that transcribes, while spaCy loads
        self._thread.join()
        if self._error is not None:
            raise self._error


def draft_one(
    path: Path,
    out_dir: Path | None,
    settings: Settings,
    force: bool = False,
    preload: Preload | None = None,
    sha256: str | None = None,
    recording: Path | None = None,
) -> dict[str, str]:
    """One meeting, as ``debrief process`` drafts it: the stage sequence ``pipeline.draft.draft_meeting``.

    With a Prefect server configured it runs as the ``process-meeting`` flow (its run and stage tasks show in the
    server's UI; transcription cached on the content hash); with none, plainly in this process, with no flow run
    and no temporary server (which cost 15 s a call). ``preload``: models loading meanwhile, waited for here;
    ``sha256``: the content hash if the caller computed it; ``recording``: the recording dropped with the transcript
    ``path`` (played on the review page; nothing is transcribed)."""
    if prefect_api_url():
        if preload is not None:
            preload.wait()
        from pipeline.flows import process_meeting

        paired = {"recording": str(recording)} if recording else {}
        return process_meeting(str(path), str(out_dir) if out_dir else None, force, sha256, **paired)
    from pipeline.draft import draft_meeting

    if preload is not None:
        preload.wait()
    target = out_dir.expanduser().resolve() if out_dir else settings.reports
    result = draft_meeting(path, target, settings, sha256=sha256, force=force, recording=recording)
    return {kind: str(p) for kind, p in result.paths.items()}
