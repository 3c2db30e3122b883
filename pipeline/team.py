"""A team's week on a Prefect work pool: one ``process-meeting`` flow run per recording, taken by whichever worker
is free.

With a Prefect server configured (``PREFECT_API_URL``, or the active profile's), ``debrief batch`` and
``debrief watch`` no longer draft in their own worker processes: they submit one run of the ``process-meeting``
deployment per file, with the file's content hash as the run's idempotency key, so a rerun, a second batch or a
watcher that sees the same recording again gets the existing run back from the server and nothing is drafted twice.
``follow`` then waits for the runs (the batch's progress bar moves as each finishes) and reads each result from the
shared store. Each meeting appears in the server's UI as its own run, with its stage tasks.

The workers and the command share the workspace (``DEBRIEF_HOME`` on shared storage, or a shared database URL) and
see the recordings at the same path. Without a server, batch and watch keep their local process pool.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEPLOYMENT = "process-meeting/process-meeting"
FINAL = ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")


@dataclass
class Submitted:
    path: Path
    sha256: str
    run_id: str
    state: str = "SCHEDULED"
    message: str = ""


def idempotency_key(sha256: str) -> str:
    """One flow run per recording, whoever submits it and however often."""
    return f"debrief-process-meeting-{sha256}"


def submit(path: Path, sha256: str, out_dir: Path | None = None, recording: Path | None = None) -> Submitted:
    """Create (or get back) the ``process-meeting`` run for this recording (or transcript, with ``recording`` the
    recording dropped with it, for playback); return without waiting for it."""
    from prefect.client.schemas.objects import FlowRun
    from prefect.deployments import run_deployment

    parameters: dict[str, Any] = {"path": str(path.resolve())}
    if out_dir is not None:
        parameters["out_dir"] = str(out_dir)
    if recording is not None:
        parameters["recording"] = str(recording.resolve())
    run: FlowRun = run_deployment(  # type: ignore[assignment]  # sync call: a FlowRun, not a coroutine
        DEPLOYMENT,
        parameters=parameters,
        timeout=0,
        idempotency_key=idempotency_key(sha256),
        flow_run_name=f"{path.name}"[:120],
        as_subflow=False,
    )
    return Submitted(path, sha256, str(run.id), run.state.type.value if run.state else "SCHEDULED")


def states(run_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Each run's state type and message, read from the server in one call."""
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    ids = [UUID(r) for r in run_ids]
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=ids)), limit=len(ids))
    return {str(r.id): (r.state.type.value, r.state.message or "") if r.state else ("PENDING", "") for r in runs}


def follow(
    runs: list[Submitted], on_final: Callable[[Submitted], None], interval: float = 1.0, timeout: float | None = None
) -> None:
    """Poll the runs until each reaches a final state; call ``on_final`` once for each as it does."""
    waiting = {r.run_id: r for r in runs}
    deadline = None if timeout is None else time.monotonic() + timeout
    while waiting:
        for run_id, (state, message) in states(list(waiting)).items():
            if state in FINAL and run_id in waiting:
                done = waiting.pop(run_id)
                done.state, done.message = state, message
                on_final(done)
        if waiting:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"{len(waiting)} flow runs did not finish in {timeout:.0f} s")
            time.sleep(interval)
