"""Process-wide set-up that must happen before Prefect or Hugging Face code is imported."""

from __future__ import annotations

import logging
import os
import warnings

from pipeline.settings import Settings


def configure(settings: Settings, verbose: bool = False) -> None:
    """Offline models, Prefect state in the workspace, no telemetry, quiet logs unless ``verbose``."""
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
