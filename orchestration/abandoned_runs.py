"""Runs whose process died (SIGKILL, OOM, a closed laptop) must not keep the warehouse's pool slot.

The `duckdb_writer` pool has one slot (dagster.yaml). A run holds it while a writing step runs;
a run killed at that moment stays "started" in the instance forever, with the slot claimed,
and every later run waits for it without a word. Dagster's run monitoring cannot tell here:
the default run launcher cannot check a run worker's health, and `diplomart run` executes in
its own process outside any launcher.

So every entry point looks before it runs: `diplomart run` at its start, and
`abandoned_run_sensor` every minute in the daemon (schedules, sensors and the UI). A run in
progress whose worker process is gone is marked failed and its slots are freed; a finished
run that still holds a slot has it freed. Each such run gets one log line.

A run's worker is the process Dagster names in the run's first engine event with a pid
("Executing steps in process (pid: N)" or "Started process for run (pid: N)"). A pid means
something on the machine that started the process only: this holds for dagster.yaml (SQLite, one
machine) and deploy/postgres/dagster.yaml (PostgreSQL, a process per run on the daemon's
machine). Where the run launcher checks its workers itself (Kubernetes pods: Dagster's run
monitoring asks the cluster), the pids are not looked at, and only ended runs' slots are freed.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
from dagster._core.events import DagsterEventType, JobFailureData, RunFailureReason  # no public name for these
from dagster._core.storage.dagster_run import FINISHED_STATUSES, IN_PROGRESS_RUN_STATUSES, RunsFilter

# The worker of a run that has no pid event yet has just been launched: leave it alone.
PID_METADATA_KEY = "pid"


@dataclass(frozen=True)
class RunWorker:
    pid: int
    started_at: float  # when the run's engine event named the pid (epoch seconds)


def release_abandoned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Fail the runs in progress whose worker process is gone and free every pool slot held by
    a run that cannot use it any more; one message per run released."""
    storage = instance.event_log_storage
    holding = storage.get_concurrency_run_ids() if storage.supports_global_concurrency_limits else set()
    judge_by_pid = not instance.run_launcher.supports_check_run_worker_health
    in_progress = {r.run_id: r for r in instance.get_runs(filters=RunsFilter(statuses=IN_PROGRESS_RUN_STATUSES))}
    messages = []
    for run_id in sorted(holding | set(in_progress)):
        run = in_progress.get(run_id) or instance.get_run_by_id(run_id)
        if run is None:
            continue
        if run.status in FINISHED_STATUSES:
            storage.free_concurrency_slots_for_run(run_id)
            messages.append(f"freed the pool slots still held by run {run_id}, which ended ({run.status.value})")
            continue
        worker = run_worker(instance, run_id) if judge_by_pid else None
        if worker is None or is_alive(worker):
            continue
        reason = f"the run's process {worker.pid} is gone (killed?); its pool slots were freed for the next run"
        instance.report_run_failed(
            run, reason, JobFailureData(error=None, failure_reason=RunFailureReason.UNEXPECTED_TERMINATION)
        )
        storage.free_concurrency_slots_for_run(run_id)
        messages.append(f"run {run_id} ({run.job_name}) died with its process {worker.pid}: marked failed, pool slots freed")
    return messages


def run_worker(instance: dg.DagsterInstance, run_id: str) -> RunWorker | None:
    for record in instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT):
        data = record.dagster_event.event_specific_data if record.dagster_event else None
        pid = getattr(data, "metadata", {}).get(PID_METADATA_KEY) if data is not None else None
        if pid is not None and str(pid.value).isdigit():
            return RunWorker(pid=int(pid.value), started_at=record.timestamp)
    return None


def is_alive(worker: RunWorker) -> bool:
    """The process exists, runs, and is the one that named itself, not a later one given the same pid."""
    try:
        os.kill(worker.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by someone else
    state, started = process_state(worker.pid)
    if state == "Z":
        return False  # dead, waiting for its parent to read its exit status
    # A process started after the run's worker named its pid is another process.
    return started is None or started <= worker.started_at + 1.0


def process_state(pid: int) -> tuple[str | None, float | None]:
    """(state letter, start time in epoch seconds) of a process from /proc; Nones without /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime"))
    except (OSError, StopIteration, IndexError, ValueError):
        return None, None
    return fields[0], boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
