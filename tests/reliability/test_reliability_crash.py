"""SIGKILL in the middle of `diplomart run` (a real process, its dbt child included), once
during ingestion and once during the dbt build: the next run completes, and the warehouse
and marts are those of a run that was never interrupted - nothing lost, nothing duplicated.
BI's serving file is not touched by either killed run."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import reliability_support as support
from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT

pytestmark = pytest.mark.reliability

HERE = Path(__file__).parent
# dbt writes one JSON line per finished node (model, seed or test) into its log.
NODE_FINISHED = re.compile(rb'"name": "NodeFinished"')
NODES_BEFORE_KILL = 40  # of ~340: seeds and staging done, marts not yet


def start(command: list[str], settings, log: Path) -> subprocess.Popen:
    # Its own session: the SIGKILL goes to the run and to the dbt process it started.
    return subprocess.Popen(command, env=support.subprocess_env(settings), cwd=PROJECT_ROOT,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def dbt_child(process: subprocess.Popen) -> int | None:
    for pid, cmdline in support.group_processes(process.pid):
        if pid != process.pid and "dbt" in cmdline and " build" in cmdline:
            return pid
    return None


def dbt_log_of(pid: int) -> Path | None:
    """The log of this dbt invocation (dagster-dbt gives each one its own DBT_LOG_PATH)."""
    try:
        environ = dict(
            line.split("=", 1) for line in Path(f"/proc/{pid}/environ").read_bytes().decode().split("\0") if "=" in line
        )
    except OSError:
        return None
    log_dir = Path(environ.get("DBT_LOG_PATH", ""))
    return (log_dir if log_dir.is_absolute() else DBT_PROJECT_DIR / log_dir) / "dbt.log"


def finished_nodes(log: Path) -> int:
    try:
        return len(NODE_FINISHED.findall(log.read_bytes()))
    except OSError:
        return 0


def assert_alive(process: subprocess.Popen, log: Path) -> None:
    assert process.poll() is None, f"the run ended on its own (rc {process.returncode}):\n{log.read_text()[-3000:]}"


def test_runs_killed_during_ingestion_and_during_dbt_are_completed_by_the_next_run(baseline, tmp_path):
    settings = support.settings_in(tmp_path / "state")
    # An empty warehouse, and the serving file an earlier night published: what BI is reading.
    shutil.copytree(baseline.settings.serving.parent, settings.serving.parent)
    serving_before = support.file_state(settings.serving)

    # 1. SIGKILL after the versions are committed, before the cursor moves and facts are read.
    marker = tmp_path / "landed"
    log = tmp_path / "run1.log"
    run = start([sys.executable, str(HERE / "pause_after_landing.py"), str(marker)], settings, log)
    try:
        support.wait_for(lambda: marker.exists() or run.poll() is not None, timeout=300, what="versions landed")
        assert_alive(run, log)
    finally:
        support.kill_group(run)
    assert not support.group_processes(run.pid)
    landed = support.query(settings.warehouse, """
        select (select count(*) from raw.press_release_versions), (select count(*) from raw.ingest_cursors),
               (select count(*) from raw.release_facts)""")
    assert landed == [(baseline.raw["press_release_versions"][0], 0, 0)]
    assert support.file_state(settings.serving) == serving_before

    # 2. SIGKILL of the real command (and its dbt child) in the middle of the dbt build.
    log = tmp_path / "run2.log"
    run = start([str(support.VENV_BIN / "diplomart"), "run"], settings, log)
    try:
        dbt_pid = support.wait_for(lambda: dbt_child(run) or run.poll() is not None, timeout=300, what="dbt build")
        assert_alive(run, log)
        dbt_log = support.wait_for(lambda: dbt_log_of(dbt_pid), timeout=30, what="dbt log path")
        support.wait_for(lambda: finished_nodes(dbt_log) >= NODES_BEFORE_KILL or run.poll() is not None,
                         timeout=300, what=f"{NODES_BEFORE_KILL} dbt nodes")
        assert_alive(run, log)
        killed_after = finished_nodes(dbt_log)
    finally:
        support.kill_group(run)
    assert not support.group_processes(run.pid), "a process of the killed run survived"
    assert killed_after < 300, "dbt had (nearly) finished: the kill was not mid-build"
    assert support.file_state(settings.serving) == serving_before
    assert not list(settings.serving.parent.glob(".*.building")), "a half-built serving file was left behind"

    # 3. The next run completes and equals the uninterrupted one.
    outcome = support.full_refresh(settings)
    assert outcome.success, outcome.failures
    assert support.raw_fingerprints(settings.warehouse) == baseline.raw
    assert support.mart_fingerprints(settings.serving) == baseline.marts
    assert support.mart_fingerprints(settings.warehouse) == baseline.marts

    support.record("SIGKILL during ingestion", "SIGKILL of `diplomart run` after the version commit, before cursor and facts",
                   1, "next run completed; marts equal the uninterrupted run's",
                   f"{landed[0][0]} committed versions, no duplicates; serving file untouched")
    support.record("SIGKILL during dbt", f"SIGKILL of `diplomart run` + dbt after {killed_after} of ~340 dbt nodes",
                   1, "next run completed; marts equal the uninterrupted run's",
                   "every raw row; serving file untouched (same inode, bytes, mtime)")
