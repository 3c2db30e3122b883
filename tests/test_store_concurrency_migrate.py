"""A new workspace opened by several processes at once (two flow runs on one worker, a batch's workers): one of
them creates the tables, the others find them; none fails with "table ... already exists"."""

from __future__ import annotations

import multiprocessing
from pathlib import Path


def _open(url: str) -> None:
    from pipeline.store.repository import engine_for

    engine_for(url)


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'debrief.sqlite3'}"
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_open, args=(url,)) for _ in range(6)]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=120)
    assert [p.exitcode for p in processes] == [0] * 6

    from sqlalchemy import create_engine, inspect

    tables = set(inspect(create_engine(url)).get_table_names())
    assert {"meetings", "wip_entries", "audit_log", "report_versions", "schema_version"} <= tables
