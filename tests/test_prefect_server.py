"""The deployments on a real Prefect server with a process work pool, as a team would run them.

Starts ``prefect server start`` on a loopback port (temporary PREFECT_HOME) and deploys ``prefect.yaml``, once for
the module (both tests use the one server, as a team does; each test has its own workspace and workers); starts a
``prefect worker`` (``--run-once``) for the process pool, runs process-meeting on the sample transcript and on a
sample recording, and checks the outputs and the runs' final states. A second run of the same recording must find
its transcription in the persisted, content-hash-keyed cache instead of transcribing again. Only the processes this
test started are stopped.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from prefect_server import prefect_server, stop

from pipeline.bench_runs import make_recordings
from tests.support import SAMPLES

pytestmark = [pytest.mark.slow, pytest.mark.server]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """One real server with ``prefect.yaml`` deployed on it, shared by the tests of this module."""
    root = tmp_path_factory.mktemp("prefect-server")
    with prefect_server(root) as started:
        started.deploy()
        yield started


def _wait(proc, timeout: float = 120) -> None:
    proc.wait(timeout=timeout)


def test_process_meeting_deployment_on_a_server_and_worker(server, tmp_path: Path) -> None:
    workspace = tmp_path / "debrief-home"
    drop = tmp_path / "drop"
    drop.mkdir()
    vtt = Path(shutil.copy(SAMPLES / "pennant-social-review.vtt", drop))
    [audio] = make_recordings(drop, 1, seconds=20.0)  # a sample recording's first 20 s

    deployments = server.cli("deployment", "ls")
    for name in ("process-meeting", "batch", "watch"):
        assert name in deployments
    batch = next(d for d in server.deployments() if d["name"] == "batch")
    [weekly] = batch["schedules"]
    assert weekly["schedule"]["cron"] == "0 17 * * 5" and weekly["active"] is False  # Friday 17:00, off

    first = [server.run_deployment("process-meeting/process-meeting", path=str(p)) for p in (vtt, audio)]
    worker = server.worker(workspace, name="worker-1", run_once=True, log=tmp_path / "worker-1.log")
    _wait(worker)
    runs = server.wait_final(first, timeout=60)
    log = (tmp_path / "worker-1.log").read_text()
    for run_id, run in runs.items():
        assert run["state"]["type"] == "COMPLETED", f"{run_id}: {run['state']}\n{log}"

    for source in (vtt, audio):
        record = json.loads((workspace / "reports" / f"{source.stem}.json").read_text())
        assert record["meeting"]["source_name"] == source.name
        assert (workspace / "reports" / f"{source.stem}.contact-report.docx").stat().st_size > 0
    assert record["transcript"]["source_kind"] == "audio" and record["transcript"]["segments"]

    transcribed = [t for t in server.task_runs(first[1]) if t["name"].startswith("transcribe")]
    assert [t["state"]["type"] for t in transcribed] == ["COMPLETED"]

    # The same recording again (as a retried run would be): the transcription comes from the persisted cache.
    again = server.run_deployment("process-meeting/process-meeting", path=str(audio))
    worker = server.worker(workspace, name="worker-2", run_once=True, log=tmp_path / "worker-2.log")
    _wait(worker)
    run = server.wait_final([again], timeout=60)[again]
    assert run["state"]["type"] == "COMPLETED", (tmp_path / "worker-2.log").read_text()
    transcribed = [t for t in server.task_runs(again) if t["name"].startswith("transcribe")]
    assert [t["state"]["name"] for t in transcribed] == ["Cached"]


def _batch(server, folder: Path, workspace: Path) -> tuple[float, str]:
    """``debrief batch FOLDER`` as a team member runs it with the server configured: its wall time and output."""
    import subprocess
    import sys
    import time

    env = dict(server.env, DEBRIEF_HOME=str(workspace))
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pipeline.cli", "batch", str(folder)], env=env, capture_output=True,
                         text=True, timeout=900)  # fmt: skip
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"
    return time.perf_counter() - started, run.stdout


ALONE, TOGETHER = 1, 4  # recordings batched with one worker, then with two


def test_batch_fans_out_over_two_workers(server, tmp_path: Path) -> None:
    """``debrief batch`` with a server: one process-meeting run per recording on the work pool, followed to the end,
    then the week summary. ALONE recordings on one worker, then TOGETHER others on two (one CPU thread each, as two
    workers on a 2-core machine would be set up): every meeting drafted once, both workers take a share, and a rerun
    submits nothing. Each flow run is a new process that loads the models, so the counts are kept small: the
    behaviour needs one batch per set-up and more runs than one worker can hold at once. The wall time per
    recording is printed, not asserted: speed is measured with the benchmark, not by a timed test on a shared machine
    (README, "The week on the work pool", gives the ratio measured with 8 and 8)."""
    import re

    from pipeline.settings import Settings
    from pipeline.store import MeetingRow, store_for

    workspace = tmp_path / "debrief-home"
    # the first 15 s of each sample: enough speech for Whisper and a draft; fan-out is the subject here, not length
    made = make_recordings(tmp_path / "made", ALONE + TOGETHER, seconds=15.0)
    one, two = tmp_path / "week-1", tmp_path / "week-2"
    for folder, files in ((one, made[:ALONE]), (two, made[ALONE:])):
        folder.mkdir()
        for f in files:
            f.rename(folder / f.name)
    threads = {"DEBRIEF_WHISPER_CPU_THREADS": "1", "PREFECT_WORKER_QUERY_SECONDS": "1"}
    workers = []
    try:
        workers.append(server.worker(workspace, name="worker-A", run_once=False, log=tmp_path / "worker-A.log",
                                     limit=1, extra_env=threads))  # fmt: skip
        alone, out = _batch(server, one, workspace)
        assert "week summary" in out, out
        workers.append(server.worker(workspace, name="worker-B", run_once=False, log=tmp_path / "worker-B.log",
                                     limit=1, extra_env=threads))  # fmt: skip
        together, out = _batch(server, two, workspace)
        runs_before = len(httpx_post(server, "/flow_runs/filter", {}))
        _again, out_again = _batch(server, two, workspace)
        assert len(httpx_post(server, "/flow_runs/filter", {})) == runs_before, "a rerun submitted runs again"
        assert "skipped" in out_again
    finally:  # this test's workers only: the server goes on for the module
        for worker in workers:
            stop(worker)

    logs = {w: (tmp_path / f"{w}.log").read_text() for w in ("worker-A", "worker-B")}
    submitted = re.compile(r"Worker '([^']+)' submitting flow run '([0-9a-f-]{36})'")
    aborted = re.compile(r"Aborted submission of flow run '([0-9a-f-]{36})'")  # lost the race to the other worker
    by_run: dict[str, list[str]] = {}
    for log in logs.values():
        lost = set(aborted.findall(log))
        for worker, run_id in submitted.findall(log):
            if run_id not in lost:
                by_run.setdefault(run_id, []).append(worker)
    assert len(by_run) == ALONE + TOGETHER and all(len(w) == 1 for w in by_run.values()), by_run
    shares = {w: sum(ws == [w] for ws in by_run.values()) for w in logs}
    assert shares["worker-B"] >= 1 and shares["worker-A"] > ALONE, shares  # both took part of the second batch
    store = store_for(Settings(home=workspace))
    assert store.count(MeetingRow) == ALONE + TOGETHER
    assert len(list((workspace / "reports").glob("*.json"))) == ALONE + TOGETHER
    assert list((workspace / "reports").glob("week-*.md")), "no week summary written"
    alone, together = alone / ALONE, together / TOGETHER
    print(f"per recording: one worker {alone:.1f}s, two workers {together:.1f}s: ratio {together / alone:.2f}")


def httpx_post(server, path: str, body: dict) -> list:
    import httpx

    return httpx.post(f"{server.api}{path}", json=body, timeout=10).json()
