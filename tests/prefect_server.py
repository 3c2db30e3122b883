"""A real ``prefect server start`` on a loopback port with a temporary PREFECT_HOME, plus deploy and worker helpers.

Used by ``tests/test_prefect_server.py`` and ``tests/two_workers_demo.py``. Every process is started in its own
session and only those process groups are stopped, in a ``finally``.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from pipeline.settings import REPO_ROOT
from tests.support import free_port

PREFECT = [sys.executable, "-m", "prefect"]
POOL = "debrief"
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Stop the process group this helper started (SIGTERM, then SIGKILL)."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@dataclass
class Server:
    api: str
    env: dict[str, str]
    root: Path
    started: list[subprocess.Popen] = field(default_factory=list)

    def cli(self, *args: str, timeout: float = 120, env: dict | None = None) -> str:
        run = subprocess.run(
            [*PREFECT, "--no-prompt", *args],
            cwd=REPO_ROOT,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if run.returncode != 0:
            raise AssertionError(f"prefect {' '.join(args)} failed:\n{run.stdout}\n{run.stderr}")
        return run.stdout

    def deploy(self) -> None:
        self.cli("work-pool", "create", POOL, "--type", "process")
        self.cli("deploy", "--all")

    def run_deployment(self, name: str, **params: str) -> str:
        """Create a flow run of ``name`` (flow/deployment) without waiting; return its id."""
        args = ["deployment", "run", name]
        for key, value in params.items():
            args += ["-p", f"{key}={value}"]
        out = self.cli(*args)
        match = UUID_RE.search(out.split("UUID", 1)[-1])
        assert match, out
        return match.group(0)

    def worker(
        self,
        workspace: Path,
        *,
        name: str,
        run_once: bool,
        log: Path,
        limit: int | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> subprocess.Popen:
        env = dict(self.env, DEBRIEF_HOME=str(workspace), DEBRIEF_WHISPER_BEAM_SIZE="1", **(extra_env or {}))
        args = [*PREFECT, "worker", "start", "--pool", POOL, "--type", "process", "--name", name]
        if limit:
            args += ["--limit", str(limit)]
        if run_once:
            args.append("--run-once")
        proc = subprocess.Popen(
            args,
            cwd=REPO_ROOT,
            env=env,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.started.append(proc)
        return proc

    def flow_run(self, run_id: str) -> dict:
        return httpx.get(f"{self.api}/flow_runs/{run_id}", timeout=10).json()

    def deployments(self) -> list[dict]:
        return httpx.post(f"{self.api}/deployments/filter", json={}, timeout=10).json()

    def task_runs(self, run_id: str) -> list[dict]:
        body = {"task_runs": {"flow_run_id": {"any_": [run_id]}}}
        return httpx.post(f"{self.api}/task_runs/filter", json=body, timeout=10).json()

    def wait_final(self, run_ids: list[str], timeout: float = 120) -> dict[str, dict]:
        deadline = time.monotonic() + timeout
        while True:
            runs = {r: self.flow_run(r) for r in run_ids}
            if all((run.get("state") or {}).get("type") in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
                   for run in runs.values()):  # fmt: skip
                return runs
            if time.monotonic() > deadline:
                return runs
            time.sleep(1)


def base_env(prefect_home: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DEBRIEF_"))}
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        HF_HUB_OFFLINE="1",
        PREFECT_LOGGING_LEVEL="INFO",
        PREFECT_SERVER_LOGGING_LEVEL="WARNING",
        PREFECT_UI_ENABLED="false",
        PREFECT_WORKER_QUERY_SECONDS="1",
        PREFECT_RUNNER_POLL_FREQUENCY="1",
        PREFECT_LOCAL_STORAGE_PATH=str(prefect_home / "results"),
        PYTHONUNBUFFERED="1",
    )
    return env


@contextlib.contextmanager
def prefect_server(root: Path, startup_timeout: float = 90) -> Iterator[Server]:
    """Start ``prefect server start`` on a free loopback port; yield it; stop everything this started."""
    port = free_port()
    env = base_env(root / "prefect-home", port)
    (root / "prefect-home").mkdir(parents=True, exist_ok=True)
    log = (root / "server.log").open("w")
    proc = subprocess.Popen(
        [*PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server = Server(api=env["PREFECT_API_URL"], env=env, root=root, started=[proc])
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"prefect server exited:\n{(root / 'server.log').read_text()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{server.api}/health", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise AssertionError(f"prefect server did not start:\n{(root / 'server.log').read_text()}")
            time.sleep(0.5)
        yield server
    finally:
        for started in reversed(server.started):
            stop(started)
        log.close()
