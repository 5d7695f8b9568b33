"""The pipeline on the Postgres-backed instance (deploy/postgres/dagster.yaml), against a real
PostgreSQL server (tests/reliability/postgres_server.py), with Dagster's services as a team runs
them: a code server that starts a process per run, the webserver, the daemon.

- The first night is `diplomart run` (what `make run` does with DIPLOMART_DAGSTER_INSTANCE=postgres);
  the second is the nightly schedule's own tick, run by the daemon through the run queue in a run
  process of its own. Both leave the marts identical (checksums) to the reference refresh recorded
  in the SQLite instance (the `baseline` fixture), and the runs, ticks and cursors are rows in
  PostgreSQL.
- Two runs requested at once: the second waits in the queue while the first writes the warehouse;
  the first is SIGKILLed in the middle of its dbt build, and its pool slot does not stay held:
  the second runs and completes.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import dagster as dg
import pytest
import sqlalchemy
from dagster._core.definitions.run_request import InstigatorType  # no public names for these
from dagster._core.events import DagsterEventType
from dagster._core.scheduler.instigation import InstigatorState, InstigatorStatus, ScheduleInstigatorData, TickStatus
from dagster._core.storage.dagster_run import IN_PROGRESS_RUN_STATUSES, DagsterRunStatus, RunsFilter
from dagster._core.storage.tags import MAX_RETRIES_TAG, SCHEDULE_NAME_TAG
from dagster._core.workspace.context import WorkspaceProcessContext
from dagster._core.workspace.load_target import WorkspaceFileTarget

import reliability_support as support
from dagster_stack import LOCATION, DagsterStack
from orchestration.abandoned_runs import process_state, run_worker
from orchestration.automation import nightly_request
from orchestration.partitions import bns_editions
from orchestration.settings import INSTANCE_HOMES, PROJECT_ROOT, Settings

pytestmark = [pytest.mark.reliability, pytest.mark.postgres]

SENSORS = ("new_release_sensor", "official_trade_sensor", "abandoned_run_sensor")
SCHEDULE = "nightly_refresh_schedule"
BUILT_BY_DBT = ("staging", "intermediate", "marts", "serving")


@dataclass
class Deployment:
    url: str
    settings: Settings
    storage: Path
    env: dict[str, str]  # of every process: the first night's and the services'

    @contextlib.contextmanager
    def instance(self) -> Iterator[dg.DagsterInstance]:
        with support.project_instance(self.storage, home=INSTANCE_HOMES["postgres"], DAGSTER_POSTGRES_URL=self.url) as instance:
            yield instance

    def sql(self, query: str) -> list[tuple]:
        """Straight from PostgreSQL, not through Dagster."""
        engine = sqlalchemy.create_engine(self.url)
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(sqlalchemy.text(query))]
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def deployment(postgres, tmp_path_factory) -> Deployment:
    root = tmp_path_factory.mktemp("postgres")
    url = postgres.new_database("diplomart")
    settings = support.settings_in(root / "state")
    storage = root / "dagster_home"
    storage.mkdir()
    env = support.subprocess_env(settings, DIPLOMART_DAGSTER_INSTANCE="postgres", DAGSTER_HOME=str(INSTANCE_HOMES["postgres"]),
                                 DAGSTER_POSTGRES_URL=url, DIPLOMART_DAGSTER_STORAGE=str(storage))
    deployment = Deployment(url, settings, storage, env)
    with deployment.instance():
        pass  # creates Dagster's tables once, before several processes would race to
    return deployment


@pytest.fixture(scope="module")
def stack(deployment) -> Iterator[DagsterStack]:
    # Comext off for the services only: official_trade_sensor would otherwise request the day's
    # Comext months when the daemon starts, a run no test asked for, queued among theirs. (The
    # nightly job does not read Comext; BNS, whose editions are all loaded by then, stays on.)
    stack = DagsterStack(deployment.storage.parent, {**deployment.env, "DIPLOMART_COMEXT_MODE": "off"}, support.VENV_BIN)
    try:
        # The code server and the webserver load while the first night runs.
        stack.start_code_server()
        stack.start_webserver()
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="module")
def first_night(deployment, stack) -> subprocess.CompletedProcess:
    return subprocess.run([str(support.VENV_BIN / "diplomart"), "run"], env=deployment.env, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=1200)


@pytest.fixture(scope="module")
def daemon(first_night, stack, deployment) -> DagsterStack:
    assert first_night.returncode == 0, first_night.stdout[-3000:] + first_night.stderr[-3000:]
    stack.wait_for_code_server()
    with deployment.instance() as instance:
        schedule_running_since(instance, stack, datetime.now(timezone.utc) - timedelta(hours=24))
    stack.start_daemon()
    stack.wait_for_webserver()
    return stack


def schedule_running_since(instance: dg.DagsterInstance, stack: DagsterStack, since: datetime) -> None:
    """Record the nightly schedule as running since `since`: at its first look the daemon finds the
    02:00 (Asia/Almaty) of the last 24 hours missed and ticks it now (Dagster's catch-up), instead
    of the test waiting for the clock."""
    with WorkspaceProcessContext(instance, WorkspaceFileTarget(paths=[str(stack.workspace)])) as workspace:
        location = workspace.create_request_context().get_code_location(LOCATION)
        schedule = next(iter(location.get_repositories().values())).get_schedule(SCHEDULE)
        instance.add_instigator_state(InstigatorState(
            schedule.get_remote_origin(), InstigatorType.SCHEDULE, InstigatorStatus.RUNNING,
            ScheduleInstigatorData(schedule.cron_schedule, start_timestamp=since.timestamp()),
        ))


def ticks_of(instance: dg.DagsterInstance, name: str) -> list:
    state = next((s for s in instance.all_instigator_state() if s.instigator_name == name), None)
    return instance.get_ticks(state.instigator_origin_id, state.selector_id) if state else []


def materialized_by_dbt(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    keys = [record.dagster_event.asset_key for record in instance.all_logs(run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION)]
    return [key.to_user_string() for key in keys if key.path[0] in BUILT_BY_DBT]


def claimed_slots(instance: dg.DagsterInstance) -> list[str]:
    return [slot.run_id for slot in instance.event_log_storage.get_concurrency_info("duckdb_writer").claimed_slots]


# --- the first night: `diplomart run` on the Postgres instance ----------------------------------

def test_the_first_night_on_postgres_builds_the_marts_of_the_sqlite_instance(first_night, deployment, baseline):
    assert first_night.returncode == 0, first_night.stdout[-3000:] + first_night.stderr[-3000:]
    assert "nightly_refresh succeeded" in first_night.stdout
    assert support.mart_fingerprints(deployment.settings.serving) == baseline.marts
    assert support.raw_fingerprints(deployment.settings.warehouse) == baseline.raw

    with deployment.instance() as instance:
        runs = instance.get_runs()
        assert {run.job_name for run in runs} == {"nightly_refresh", "bns_refresh", "comext_refresh"}
        assert {run.status for run in runs} == {DagsterRunStatus.SUCCESS}
        assert instance.get_dynamic_partitions(bns_editions.name)
        pool = instance.event_log_storage.get_concurrency_info("duckdb_writer")
        assert (pool.slot_count, pool.claimed_slots) == (1, [])
    # Where they are: rows of PostgreSQL's own tables.
    assert deployment.sql("select count(*) from runs") == [(len(runs),)]
    assert deployment.sql("select count(*) from event_logs where dagster_event_type = 'ASSET_MATERIALIZATION'")[0][0] > 100
    support.record("Postgres: first night", "none (`diplomart run` on the Postgres-backed instance)", 0,
                   f"{len(runs)} runs succeeded, recorded in PostgreSQL; marts equal the SQLite instance's",
                   f"{len(baseline.marts)} marts and {len(baseline.raw)} raw tables, identical checksums")


# --- the second night: the schedule's tick, through the queue, in a run process ------------------

def test_the_schedule_and_the_sensors_tick_on_postgres_and_the_scheduled_night_keeps_the_marts(daemon, deployment, baseline):
    with deployment.instance() as instance:
        tick = support.wait_for(lambda: next((t for t in ticks_of(instance, SCHEDULE) if t.run_ids), None),
                                timeout=300, what=f"a tick of {SCHEDULE} with a run")
        assert tick.status == TickStatus.SUCCESS
        (night,) = tick.run_ids
        assert daemon.wait_for_run(night) == "SUCCESS", daemon.log("daemon")
        run = instance.get_run_by_id(night)
        assert run.tags[SCHEDULE_NAME_TAG] == SCHEDULE
        # In a process of its own, started for it (not the code server, the daemon or this test).
        worker = run_worker(instance, night)
        assert worker is not None
        assert worker.pid not in {os.getpid(), *(p.pid for p in daemon.processes.values())}
        # Nothing new since the first night: nothing rebuilt, the published marts as they were.
        assert materialized_by_dbt(instance, night) == []
        assert claimed_slots(instance) == []

        sensor_ticks = {name: support.wait_for(lambda name=name: ticks_of(instance, name), timeout=120,
                                               what=f"a tick of {name}") for name in SENSORS}
        new_release_state = next(s for s in instance.all_instigator_state() if s.instigator_name == "new_release_sensor")
        assert new_release_state.instigator_data.cursor  # where gov.kz was, kept for the next tick
    assert support.mart_fingerprints(deployment.settings.serving) == baseline.marts
    assert {name: ticks[-1].status for name, ticks in sensor_ticks.items()} == {name: TickStatus.SKIPPED for name in SENSORS}
    assert deployment.sql("select count(*) from job_ticks")[0][0] >= 1 + len(SENSORS)
    support.record("Postgres: scheduled night", "none (the schedule's 02:00 tick, run by the daemon on Postgres)", 0,
                   "tick SUCCESS, its run queued, launched in its own process, quiet; 3 sensors ticked",
                   "marts identical to the SQLite instance's; ticks and cursors in PostgreSQL")


# --- two runs at once, and a run SIGKILLed while it holds the warehouse's pool slot -------------

def test_two_runs_requested_at_once_queue_and_a_sigkilled_one_does_not_keep_the_pool_slot(daemon, deployment, baseline):
    with deployment.instance() as instance:
        support.wait_for(lambda: not instance.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.QUEUED, *IN_PROGRESS_RUN_STATUSES])),
                         timeout=300, what="an idle queue")
        serving_before = support.file_state(deployment.settings.serving)
        # Rebuilt by hand and not retried (the test kills it), and a night requested with it.
        killed = daemon.submit("full_rebuild", {MAX_RETRIES_TAG: "0"})
        waiting = daemon.submit("nightly_refresh", dict(nightly_request(datetime.now(timezone.utc), deep_rescan_every_days=0).tags))

        worker = support.wait_for(lambda: run_worker(instance, killed), timeout=300, what="the first run's process")
        support.wait_for(lambda: any("dbt" in cmd and " build" in cmd for _, cmd in support.descendants(worker.pid)),
                         timeout=300, what="the first run's dbt build")
        assert claimed_slots(instance) == [killed]
        assert daemon.status(waiting) == "QUEUED"  # not racing it for DuckDB

        tree = [worker.pid, *(pid for pid, _ in support.descendants(worker.pid))]
        for pid in tree:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        killed_at = time.time()

        seen_while_killed_ran = []
        while (status := daemon.status(killed)) not in ("FAILURE", "CANCELED", "SUCCESS"):
            seen_while_killed_ran.append(daemon.status(waiting))
            assert time.time() - killed_at < 180, f"the killed run is still {status}:\n{daemon.log('daemon')}"
            time.sleep(0.5)
        assert status == "FAILURE"
        assert "STARTED" not in seen_while_killed_ran
        assert daemon.wait_for_run(waiting, timeout=400) == "SUCCESS", daemon.log("daemon")
        freed_after = time.time() - killed_at

        first, second = instance.get_run_record_by_id(killed), instance.get_run_record_by_id(waiting)
        assert second.start_time >= first.end_time  # one after the other, never together
        assert claimed_slots(instance) == []
        releases = [t.skip_reason for t in ticks_of(instance, "abandoned_run_sensor") if killed in (t.skip_reason or "")]
    assert not [pid for pid in tree if process_state(pid)[0] not in (None, "Z")]
    # The killed run never reached publish, and the night after it had nothing new to publish.
    assert support.file_state(deployment.settings.serving) == serving_before
    assert support.mart_fingerprints(deployment.settings.serving) == baseline.marts
    support.record("Postgres: SIGKILL with a run queued", "SIGKILL of a full_rebuild's run process and its dbt child "
                   "mid-build, while a night waited in the queue (Postgres instance, per-run-process launcher)", 1,
                   f"the waiting night started after the killed run failed and completed ({freed_after:.0f} s after the "
                   f"kill); slot freed by {'abandoned_run_sensor' if releases else 'run monitoring'}",
                   "serving file untouched; marts identical to the SQLite instance's")
