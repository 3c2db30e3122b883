"""The deployments on a real Prefect server with a process work pool, as a team would run them.

Starts ``prefect server start`` on a loopback port (temporary PREFECT_HOME), deploys ``prefect.yaml``, starts a
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
from prefect_server import prefect_server

from tests.support import SAMPLES

pytestmark = [pytest.mark.slow, pytest.mark.server]


def _wait(proc, timeout: float = 120) -> None:
    proc.wait(timeout=timeout)


def test_process_meeting_deployment_on_a_server_and_worker(tmp_path: Path) -> None:
    workspace = tmp_path / "debrief-home"
    drop = tmp_path / "drop"
    drop.mkdir()
    vtt = Path(shutil.copy(SAMPLES / "pennant-social-review.vtt", drop))
    audio = Path(shutil.copy(next(SAMPLES.glob("*.m4a")), drop))

    with prefect_server(tmp_path) as server:
        server.deploy()
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
