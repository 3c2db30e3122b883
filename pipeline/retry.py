"""Retry a database operation while another program holds the write lock: exponential backoff with jitter.

SQLite allows one writer at a time. The store's connections already wait inside SQLite for a lock to clear
(``PRAGMA busy_timeout``); when that wait runs out the driver raises ``OperationalError: database is locked``.
``LockRetry`` then runs the whole operation again (a transaction cannot be resumed halfway, so wrap the function
that opens and commits it, never a statement inside one), after a pause that doubles each time with random jitter
so that two waiting writers do not retry in step, until ``settings.db_lock_timeout`` seconds have passed since the
first attempt. Then it raises ``DatabaseLockedError``: one sentence naming the database and how long it tried.
Any other error, including every other ``OperationalError``, is raised at once.

    LockRetry.from_settings(settings).call(store.save_draft, record, str(out_dir), source_path=str(source))

or as a decorator, ``@LockRetry(timeout=30, database="/srv/debrief/debrief.sqlite3")``.
"""

from __future__ import annotations

import functools
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import ParamSpec, TypeVar

from pipeline.errors import DebriefError

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# SQLITE_BUSY ("database is locked") and SQLITE_LOCKED ("database table is locked") as the driver words them.
LOCKED_MESSAGES = ("database is locked", "database table is locked", "database schema is locked")


class DatabaseLockedError(DebriefError):
    """Another program kept the database locked for longer than ``db_lock_timeout``."""

    def __init__(self, database: str, seconds: float) -> None:
        self.database = database
        self.seconds = seconds
        super().__init__(f"the database {database} is locked by another program; tried for {seconds:.0f} s")


def is_locked_error(exc: BaseException) -> bool:
    """An ``OperationalError`` (SQLAlchemy's or sqlite3's) saying another connection holds the lock."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(exc, OperationalError | sqlite3.OperationalError):
        return False
    message = str(getattr(exc, "orig", None) or exc).lower()
    return any(m in message for m in LOCKED_MESSAGES)


def database_label(url: str) -> str:
    """How to name a database to a user: the file of a SQLite URL, otherwise the URL without its password."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def backoff(first: float, cap: float, rng: Callable[[], float] = random.random) -> Iterator[float]:
    """Pauses of first, 2x first, 4x first … up to ``cap``, each drawn uniformly from its upper half (jitter)."""
    delay = first
    while True:
        yield delay / 2 + rng() * delay / 2
        delay = min(cap, delay * 2)


@dataclass
class LockRetry:
    """Call a function again while the database is locked, for up to ``timeout`` seconds in all."""

    timeout: float
    database: str
    first_delay: float = 0.05
    max_delay: float = 2.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    rng: Callable[[], float] = field(default=random.random, repr=False)

    @classmethod
    def from_settings(cls, settings) -> LockRetry:  # settings: pipeline.settings.Settings
        return cls(timeout=settings.db_lock_timeout, database=database_label(settings.db_url))

    def call(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        started = self.clock()
        delays = backoff(self.first_delay, self.max_delay, self.rng)
        attempt = 0
        while True:
            attempt += 1
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                if not is_locked_error(exc):
                    raise
                elapsed = self.clock() - started
                if elapsed >= self.timeout:
                    raise DatabaseLockedError(self.database, elapsed) from exc
                pause = min(next(delays), self.timeout - elapsed)
                log.info("%s is locked (attempt %d, %.1f s so far); retrying in %.2f s", self.database, attempt,
                         elapsed, pause)  # fmt: skip
                self.sleep(pause)

    def __call__(self, fn: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            return self.call(fn, *args, **kwargs)

        return wrapper
