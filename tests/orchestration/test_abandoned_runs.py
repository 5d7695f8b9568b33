"""Which runs `release_abandoned_runs` fails: a run in progress whose process is gone, where a pid
means something. Under a launcher that checks its own workers (Kubernetes pods on other
machines), a pid seen from here says nothing, so no run is judged by it."""
import subprocess
import sys

import dagster as dg
from dagster._core.events import EngineEventData
from dagster._core.launcher import DefaultRunLauncher
from dagster._core.storage.dagster_run import DagsterRun, DagsterRunStatus

from orchestration.abandoned_runs import release_abandoned_runs


class PodLauncher(DefaultRunLauncher):
    """Stands for K8sRunLauncher in what matters here: it checks its run workers' health."""

    @property
    def supports_check_run_worker_health(self) -> bool:
        return True


def started_run_of_a_dead_process(instance: dg.DagsterInstance) -> DagsterRun:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    run = instance.add_run(DagsterRun(job_name="nightly_refresh", status=DagsterRunStatus.STARTED))
    instance.report_engine_event(f"Started process for run (pid: {finished.pid}).", run,
                                 EngineEventData.in_process(finished.pid))
    return run


def test_a_run_whose_process_died_is_failed_under_the_per_process_launcher():
    with dg.instance_for_test() as instance:
        run = started_run_of_a_dead_process(instance)
        messages = release_abandoned_runs(instance)
        assert instance.get_run_by_id(run.run_id).status == DagsterRunStatus.FAILURE
    assert len(messages) == 1 and "died with its process" in messages[0]


def test_no_run_is_judged_by_its_pid_under_a_launcher_that_checks_its_workers():
    overrides = {"run_launcher": {"module": __name__, "class": PodLauncher.__name__}}
    with dg.instance_for_test(overrides=overrides) as instance:
        run = started_run_of_a_dead_process(instance)
        assert release_abandoned_runs(instance) == []
        assert instance.get_run_by_id(run.run_id).status == DagsterRunStatus.STARTED
