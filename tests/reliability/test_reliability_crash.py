"""SIGKILL in the middle of `diplomart run` (a real process, its dbt child included), once
during ingestion and once during the dbt build, on the project's own persistent Dagster
instance (dagster.yaml, as `make run` uses it): each killed run leaves its run "started" and
the warehouse's only pool slot claimed. The next run frees it, starts, and completes, and the
warehouse and marts are those of a run that was never interrupted - nothing lost, nothing
duplicated. BI's serving file is not touched by either killed run."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

import reliability_support as support
from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT

pytestmark = pytest.mark.reliability

HERE = Path(__file__).parent
# dbt writes one JSON line per finished node (model, seed or test) into its log.
NODE_FINISHED = re.compile(rb'"name": "NodeFinished"')
NODES_BEFORE_KILL = 40  # of ~340: seeds and staging done, marts not yet


def start(command: list[str], settings, log: Path, storage: Path) -> subprocess.Popen:
    # Its own session: the SIGKILL goes to the run and to the dbt process it started.
    return subprocess.Popen(command, env=persistent_instance_env(settings, storage), cwd=PROJECT_ROOT,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def persistent_instance_env(settings, storage: Path) -> dict[str, str]:
    """The Makefile's instance: DAGSTER_HOME is the repository (its dagster.yaml), the storage a
    folder of this test's."""
    return support.subprocess_env(settings, DAGSTER_HOME=str(PROJECT_ROOT), DIPLOMART_DAGSTER_STORAGE=str(storage))


def claimed_slots(storage: Path) -> list:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DAGSTER_HOME", str(PROJECT_ROOT))
        env.setenv("DIPLOMART_DAGSTER_STORAGE", str(storage))
        with dg.DagsterInstance.get() as instance:
            return list(instance.event_log_storage.get_concurrency_info("duckdb_writer").claimed_slots)


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
    storage = tmp_path / "dagster_home"
    storage.mkdir()
    # An empty warehouse, and the serving file an earlier night published: what BI is reading.
    shutil.copytree(baseline.settings.serving.parent, settings.serving.parent)
    serving_before = support.file_state(settings.serving)

    # 1. SIGKILL after the versions are committed, before rejects are recorded and facts are read.
    marker = tmp_path / "landed"
    log = tmp_path / "run1.log"
    run = start([sys.executable, str(HERE / "pause_after_landing.py"), str(marker)], settings, log, storage)
    try:
        support.wait_for(lambda: marker.exists() or run.poll() is not None, timeout=300, what="versions landed")
        assert_alive(run, log)
    finally:
        support.kill_group(run)
    assert not support.group_processes(run.pid)
    landed = support.query(settings.warehouse, """
        select (select count(*) from raw.press_release_versions), (select count(*) from raw.release_facts)""")
    assert landed == [(baseline.raw["press_release_versions"][0], 0)]
    assert support.file_state(settings.serving) == serving_before
    assert [slot.step_key for slot in claimed_slots(storage)] == ["raw__press_release_versions"]

    # 2. The real command starts anyway (it frees the dead run's slot), and is SIGKILLed with
    #    its dbt child in the middle of the dbt build.
    log = tmp_path / "run2.log"
    run = start([str(support.VENV_BIN / "diplomart"), "run"], settings, log, storage)
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

    assert [slot.step_key for slot in claimed_slots(storage)] == ["diplomart_dbt_models"]
    assert "died with its process" in log.read_text()

    # 3. The next run - the real command again - starts, completes, and equals the uninterrupted one.
    log = tmp_path / "run3.log"
    finished = subprocess.run([str(support.VENV_BIN / "diplomart"), "run"], env=persistent_instance_env(settings, storage),
                              cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900)
    log.write_text(finished.stdout + finished.stderr)
    assert finished.returncode == 0, log.read_text()[-3000:]
    freed = [line for line in finished.stdout.splitlines() if "died with its process" in line]
    assert len(freed) == 1 and "marked failed, pool slots freed" in freed[0], finished.stdout
    assert "nightly_refresh succeeded" in finished.stdout
    assert claimed_slots(storage) == []
    assert support.raw_fingerprints(settings.warehouse) == baseline.raw
    assert support.mart_fingerprints(settings.serving) == baseline.marts
    assert support.mart_fingerprints(settings.warehouse) == baseline.marts

    support.record("SIGKILL during ingestion", "SIGKILL of `diplomart run` after the version commit, before rejects and facts "
                   "(persistent instance: the run kept the pool slot)",
                   1, "next run freed the slot, started and completed; marts equal the uninterrupted run's",
                   f"{landed[0][0]} committed versions, no duplicates; serving file untouched")
    support.record("SIGKILL during dbt", f"SIGKILL of `diplomart run` + dbt after {killed_after} of ~340 dbt nodes "
                   "(persistent instance: the run kept the pool slot)",
                   1, "next run freed the slot, started and completed; marts equal the uninterrupted run's",
                   "every raw row; serving file untouched (same inode, bytes, mtime)")
