"""Demo: two Prefect workers on one machine pull from the same process pool and share the work, no file done twice.

    .venv/bin/python tests/two_workers_demo.py [--runs 8]

Starts a Prefect server on a loopback port (temporary PREFECT_HOME), deploys ``prefect.yaml``, creates one
process-meeting flow run per transcript (distinct variants of the sample transcript), starts two workers
(``--limit 1`` each) on the ``debrief`` pool with one shared workspace, waits for every run to finish, then shows
which worker ran which file and checks: every run completed, each run was submitted by exactly one worker, both
workers took a share, and the store holds exactly one meeting per file. Stops only the processes it started.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prefect_server import prefect_server  # noqa: E402

from pipeline.settings import REPO_ROOT, Settings  # noqa: E402
from pipeline.store import MeetingRow, store_for  # noqa: E402

VTT = REPO_ROOT / "samples" / "pennant-social-review.vtt"
SUBMIT_RE = re.compile(r"Worker '([^']+)' submitting flow run '([0-9a-f-]{36})'")
ABORT_RE = re.compile(r"Aborted submission of flow run '([0-9a-f-]{36})'")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="debrief-two-workers-"))
    workspace, drop = root / "debrief-home", root / "drop"
    drop.mkdir()
    files = []
    for n in range(args.runs):
        path = drop / f"2026-11-{10 + n % 5:02d} Pennant Social - Review {n + 1}.vtt"
        path.write_text(VTT.read_text(encoding="utf-8").replace("WEBVTT", f"WEBVTT\n\nNOTE {n}", 1), encoding="utf-8")
        files.append(path)

    print(f"workspace {workspace}")
    started = time.perf_counter()
    with prefect_server(root) as server:
        print(f"prefect server at {server.api}")
        server.deploy()
        runs = {server.run_deployment("process-meeting/process-meeting", path=str(f)): f for f in files}
        print(f"{len(runs)} process-meeting runs scheduled; starting worker-A and worker-B")
        for name in ("worker-A", "worker-B"):
            server.worker(workspace, name=name, run_once=False, log=root / f"{name}.log", limit=1)
        final = server.wait_final(list(runs), timeout=300)
    submitted: dict[str, list[str]] = {}
    for name in ("worker-A", "worker-B"):
        log = (root / f"{name}.log").read_text()
        lost = set(ABORT_RE.findall(log))  # both workers tried; the server let the other one have it
        for worker, run_id in SUBMIT_RE.findall(log):
            if run_id not in lost:
                submitted.setdefault(run_id, []).append(worker)

    print(f"\n{'file':50} {'worker':10} state")
    for run_id, path in runs.items():
        state = (final[run_id].get("state") or {}).get("type")
        print(f"{path.name:50} {','.join(submitted.get(run_id, ['?'])):10} {state}")
    per_worker = {w: sum(ws == [w] for ws in submitted.values()) for w in ("worker-A", "worker-B")}
    meetings = store_for(Settings(home=workspace)).count(MeetingRow)
    reports = len(list((workspace / "reports").glob("*.json")))
    print(f"\nruns per worker: {per_worker}; meetings stored: {meetings}; reports: {reports}; "
          f"{time.perf_counter() - started:.0f}s")  # fmt: skip

    checks = {
        "every run completed": all((r.get("state") or {}).get("type") == "COMPLETED" for r in final.values()),
        "each run submitted by exactly one worker": all(len(submitted.get(r, [])) == 1 for r in runs),
        "both workers took a share": all(per_worker.values()),
        "one meeting per file": meetings == reports == len(files),
    }
    for check, ok in checks.items():
        print(f"  [{'ok' if ok else 'FAIL'}] {check}")
    if all(checks.values()):
        shutil.rmtree(root, ignore_errors=True)
        return 0
    print(f"logs kept in {root}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
