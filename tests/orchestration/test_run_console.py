"""What `diplomart run` prints: a failure's cause on one line (the source's own error, not
Dagster's wrapper cut at its colon), a step's counts, and a dead run told from a live one."""
import os
import subprocess
import sys
import time

from dagster._utils.error import serializable_error_info_from_exc_info

from orchestration.abandoned_runs import RunWorker, is_alive
from orchestration.run_console import counts, one_line_cause
from sources.http import RetriesExhausted


class StepExecutionError(Exception):
    pass


def wrapped_error():
    """The shape Dagster reports a failed step in: its own error, caused by the source's."""
    try:
        try:
            raise RetriesExhausted("GET https://stat.gov.kz/ru/industries/?year=2019 failed 5 times; last: ConnectionError")
        except RetriesExhausted as cause:
            raise StepExecutionError('Error occurred while executing op "raw__bns_editions":') from cause
    except StepExecutionError:
        info = serializable_error_info_from_exc_info(sys.exc_info())
    return info._replace(cls_name="DagsterExecutionStepExecutionError")


def test_the_cause_of_a_failed_step_is_the_sources_own_error_on_one_line():
    line = one_line_cause(wrapped_error())
    assert line == "RetriesExhausted: GET https://stat.gov.kz/ru/industries/?year=2019 failed 5 times; last: ConnectionError"


def test_a_step_line_says_what_the_asset_did():
    metadata = {"source_mode": "live", "fetched": 1204, "new_releases": 3, "edited_releases": 1, "rejected": 2,
                "new_rejects": 1, "retries": 4, "written": 4}
    assert counts(metadata) == ["1,204 fetched", "3 new, 1 edited", "2 quarantined (1 new)", "4 retries"]
    editions = {"editions": "2019, 2020, 2021, 2022, 2023", "new_editions": "none", "retries": 0}
    assert counts(editions) == ["5 (2019 … 2023) editions", "0 new"]


def test_a_run_worker_is_alive_only_while_its_own_process_runs():
    assert is_alive(RunWorker(pid=os.getpid(), started_at=time.time()))
    # The same pid named before this process started: a later process reusing it.
    assert not is_alive(RunWorker(pid=os.getpid(), started_at=0.0))
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    assert not is_alive(RunWorker(pid=finished.pid, started_at=time.time()))
