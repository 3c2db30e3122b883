"""Exactly-once processing by content hash: a claim is an exclusive ``flock`` on ``<home>/claims/<sha256>.lock``.

Whoever holds the claim for a hash is the only process drafting that recording, whatever its file name, in however
many watchers, batches or workers share the workspace. The kernel drops the lock when its holder dies, even by
``kill -9``, so there is no stale-lock clean-up to get wrong: the next claimant simply gets it and finds the work
either finished (the store has the hash) or not (it does it again; every output is written atomically).

On NFS (a workspace on shared storage) Linux maps ``flock`` to POSIX byte-range locks held by the NFS lock
manager, which releases them when the client's lease expires. The lock file records pid, host and start time for
people: ``debrief`` itself never reads it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.settings import Settings


def claims_dir(settings: Settings) -> Path:
    return settings.home / "claims"


class Claim:
    """A held claim; release it with ``release()`` or by leaving the ``with`` block."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            self.path.unlink(missing_ok=True)  # unlink while locked: a waiter re-checks the inode (see _lock)
        finally:
            os.close(fd)  # closing drops the flock

    def __enter__(self) -> Claim:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten claim must not outlive its object
        if self._fd is not None:
            os.close(self._fd)


def _lock(path: Path, wait: bool) -> int | None:
    """Open and flock ``path``; retry when the file we locked was unlinked and replaced meanwhile."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)  # the previous holder released and unlinked it: lock the new file instead


def try_claim(settings: Settings, sha256: str, *, wait: bool = False, timeout: float | None = None) -> Claim | None:
    """The claim for ``sha256``, or None when another process holds it (after ``timeout`` seconds if ``wait``)."""
    folder = claims_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sha256}.lock"
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        fd = _lock(path, wait=wait and deadline is None)
        if fd is not None:
            break
        if not wait or (deadline is not None and time.monotonic() >= deadline):
            return None
        time.sleep(0.2)
    holder = {"pid": os.getpid(), "host": socket.gethostname(), "since": dt.datetime.now(dt.UTC).isoformat()}
    os.ftruncate(fd, 0)
    os.write(fd, json.dumps(holder).encode())
    return Claim(path, fd)


class Claims:
    """Several held claims, released together: a transcript and the recording dropped with it."""

    def __init__(self, held: list[Claim]) -> None:
        self.held = held

    def release(self) -> None:
        for claim in self.held:
            claim.release()

    def __enter__(self) -> Claims:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def try_claim_all(settings: Settings, hashes: Iterable[str]) -> Claims | None:
    """The claims of every hash, or None (holding none of them) when another process holds any."""
    held: list[Claim] = []
    for sha256 in dict.fromkeys(hashes):
        claim = try_claim(settings, sha256)
        if claim is None:
            Claims(held).release()
            return None
        held.append(claim)
    return Claims(held)


def holder(settings: Settings, sha256: str) -> dict | None:
    """Who holds (or last held) the claim for ``sha256``, for messages; None if nobody has it."""
    path = claims_dir(settings) / f"{sha256}.lock"
    try:
        return json.loads(path.read_text() or "null")
    except (OSError, ValueError):
        return None


@contextmanager
def serialized(settings: Settings, name: str) -> Iterator[None]:
    """Run a block in one process at a time across the workspace (e.g. the first migration of a fresh store)."""
    folder = claims_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / f".{name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def open_store(settings: Settings):  # -> pipeline.store.Store
    """``store_for`` with its first-time migration serialized: two watchers starting together on a fresh
    workspace must not both create the tables."""
    from pipeline.store import store_for

    with serialized(settings, "store-migrate"):
        return store_for(settings)
