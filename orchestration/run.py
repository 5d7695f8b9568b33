"""`diplomart run`: the nightly refresh over the whole history, once, in this process.

Each source is fetched in runs of its own, so that a source that is down fails its own assets
and nothing else; then one build run extracts facts, builds the marts from what the raw tables
hold and publishes them. The build is skipped only when gov.kz's blocking check found a
systemic failure (a format change): then the published marts stay as they were. The command
ends with a line per source and exits non-zero when any source or the build failed.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, TextIO

import dagster as dg
import duckdb

from orchestration.partitions import RANGE_END_TAG, RANGE_START_TAG, bns_editions, comext_months, full_history_tags
from orchestration.run_console import StepReporter, one_line_cause, reporter_logger
from orchestration.serving import mart_tables
from orchestration.settings import SOURCE_NAMES, SOURCES, Settings, load_settings
from sources.mode import SourceMode

PRESS_RELEASES = dg.AssetKey(["raw", "press_release_versions"])
BNS_EDITIONS = dg.AssetKey(["raw", "bns_editions"])
# Which assets each source's runs materialize (for its line in the summary).
SOURCE_ASSETS = {
    "govkz": ("raw/press_release_versions",),
    "bns": ("raw/bns_editions", "raw/bns_trade_by_country"),
    "comext": ("raw/comext_eu_exports",),
}
# How many log files of earlier runs are kept beside the new one.
KEEP_LOG_FILES = 30


@dataclass
class SourceOutcome:
    source: str
    mode: SourceMode
    status: str = "ok"  # ok | FAILED | off
    cause: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    systemic: bool = False  # a blocking check found a format change: the build must not run

    @property
    def failed(self) -> bool:
        return self.status == "FAILED"

    def line(self) -> str:
        name = f"  {SOURCE_NAMES[self.source]:<8} {self.mode.value:<9}"
        if self.status == "off":
            return f"{name} off: not called, its raw tables keep what they hold"
        counts = ", ".join(f"{value:,} {label}" for label, value in self.counts.items())
        if self.failed:
            return f"{name} FAILED ({counts}): {self.cause}" if counts else f"{name} FAILED: {self.cause}"
        return f"{name} ok: {counts}"


@dataclass
class Refresh:
    """Every run of one `diplomart run`, and what each source and the build came to."""

    runs: list[dg.ExecuteInProcessResult] = field(default_factory=list)
    sources: dict[str, SourceOutcome] = field(default_factory=dict)
    build: dg.ExecuteInProcessResult | None = None
    build_skipped: str = ""

    @property
    def success(self) -> bool:
        return not any(s.failed for s in self.sources.values()) and self.build is not None and self.build.success

    @property
    def all_events(self) -> list[dg.DagsterEvent]:
        return [event for run in self.runs for event in run.all_events]

    def get_asset_materialization_events(self) -> list[dg.DagsterEvent]:
        return [event for run in self.runs for event in run.get_asset_materialization_events()]


class _Runner:
    """Runs jobs in this process, each with the console reporter when there is a console."""

    def __init__(self, defs: dg.Definitions, instance: dg.DagsterInstance, reporter: StepReporter | None):
        self.defs, self.instance, self.reporter = defs, instance, reporter
        self.refresh = Refresh()

    def run(self, job_name: str, label: str, *, assets: list[dg.AssetKey] | None = None,
            tags: dict[str, str] | None = None) -> dg.ExecuteInProcessResult:
        job = self.defs.resolve_job_def(job_name)
        if assets is not None:
            # Selecting assets would also select every check of theirs, dbt's among them: the gov.kz
            # run would start the dbt step for the raw table's source tests, and a quiet build would
            # plan ~500 checks and leave them "skipped". Keep the checks the job itself selects.
            selected = set(assets)
            job = job.get_subset(asset_selection=selected, asset_check_selection={
                check for check in job.asset_layer.asset_graph.asset_check_keys if check.asset_key in selected})
        # INFO, not Dagster's default DEBUG: one line per step and dbt node, not per event.
        loggers: dict[str, Any] = {"console": {"config": {"log_level": "INFO"}}}
        if self.reporter is not None:
            self.reporter.label = label
            job = job.with_logger_defs({"console": dg.colored_console_logger, "diplomart_console": reporter_logger(self.reporter)})
            loggers["diplomart_console"] = {}
        result = job.execute_in_process(
            instance=self.instance, raise_on_error=False, run_config={"loggers": loggers},
            tags=tags,
        )
        self.refresh.runs.append(result)
        return result


def execute_full_refresh(
    defs: dg.Definitions,
    instance: dg.DagsterInstance,
    *,
    modes: dict[str, SourceMode],
    console: TextIO | None = None,
    now: datetime | None = None,
) -> Refresh:
    """Every source (on its own), then the build: what the daemon would run over the whole
    history - releases since the oldest month, every BNS edition found, every Comext month."""
    now = now or datetime.now(timezone.utc)
    runner = _Runner(defs, instance, StepReporter(console) if console else None)
    refresh = runner.refresh
    for source in SOURCES:
        mode = modes[source]
        if mode is SourceMode.OFF:
            refresh.sources[source] = SourceOutcome(source, mode, status="off")
            continue
        label = SOURCE_NAMES[source]
        if source == "govkz":
            results = [runner.run("nightly_refresh", label, assets=[PRESS_RELEASES], tags=full_history_tags(now))]
        elif source == "bns":
            results = [runner.run("nightly_refresh", label, assets=[BNS_EDITIONS])]
            editions = instance.get_dynamic_partitions(bns_editions.name)
            if results[0].success and editions:
                results.append(runner.run("bns_refresh", label, tags=_range(editions)))
        else:
            results = [runner.run("comext_refresh", label, tags=_range(comext_months.get_partition_keys(current_time=now)))]
        refresh.sources[source] = source_outcome(source, mode, results)

    systemic = [s for s in refresh.sources.values() if s.systemic]
    if systemic:
        refresh.build_skipped = f"{SOURCE_NAMES[systemic[0].source]}: {systemic[0].cause}"
        return refresh
    nightly = defs.resolve_job_def("nightly_refresh")
    build = [k for k in nightly.asset_layer.executable_asset_keys if k not in (PRESS_RELEASES, BNS_EDITIONS)]
    refresh.build = runner.run("nightly_refresh", "build", assets=sorted(build, key=lambda k: k.to_user_string()))
    return refresh


def source_outcome(source: str, mode: SourceMode, results: list[dg.ExecuteInProcessResult]) -> SourceOutcome:
    """What a source's runs came to: its counts, and the cause of its first failure on one line."""
    outcome = SourceOutcome(source, mode, counts=source_counts(source, results))
    for result in results:
        failed_check = next(
            (e.asset_check_evaluation_data for e in result.all_events
             if e.event_type_value == "ASSET_CHECK_EVALUATION"
             and not e.asset_check_evaluation_data.passed and e.asset_check_evaluation_data.blocking),
            None,
        )
        failure = next((e for e in result.all_events if e.is_step_failure), None)
        if failed_check is not None:
            details = {k: v.value for k, v in failed_check.metadata.items()}
            outcome.status, outcome.systemic = "FAILED", True
            outcome.cause = (
                f"blocking check {failed_check.check_name} failed: {details.get('newly_unparseable')} of "
                f"{details.get('fetched')} items newly unparseable (more than {details.get('limit_share')}): "
                "a format change? The marts were not rebuilt"
            )
        elif failure is not None:
            outcome.status = "FAILED"
            outcome.cause = f"{failure.step_key.replace('__', '/')}: {one_line_cause(failure.event_specific_data.error)}"
        elif not result.success:
            outcome.status, outcome.cause = "FAILED", f"run {result.run_id} failed"
        if outcome.failed:
            break
    return outcome


def source_counts(source: str, results: list[dg.ExecuteInProcessResult]) -> dict[str, int]:
    """fetched, new (versions or rows written), quarantined, retries, summed over the source's assets."""
    counts = {label: 0 for label in ("fetched", "new", "quarantined", "retries")}
    for result in results:
        # A single-run backfill materializes each partition with the same metadata: once per asset.
        by_asset = {
            event.asset_key.to_user_string(): {k: v.value for k, v in event.materialization.metadata.items()}
            for event in result.get_asset_materialization_events()
            if event.asset_key.to_user_string() in SOURCE_ASSETS[source]
        }
        for metadata in by_asset.values():
            fetched = ("fetched",) if "fetched" in metadata else ("received",)
            new = ("new_releases", "edited_releases") if "new_releases" in metadata else ("written",)
            for label, keys in (("fetched", fetched), ("new", new), ("quarantined", ("rejected",)),
                                ("retries", ("retries",))):
                counts[label] += sum(metadata[key] for key in keys if isinstance(metadata.get(key), int))
    return counts


def _range(keys: list[str]) -> dict[str, str]:
    return {RANGE_START_TAG: keys[0], RANGE_END_TAG: keys[-1]}


# --- the command ----------------------------------------------------------------------------

def run_nightly_refresh() -> int:
    console = sys.stdout
    try:
        settings = load_settings()
    except ValueError as error:
        print(f"diplomart run: {error}", file=sys.stderr)
        return 2
    log_path = new_log_file(settings.warehouse.parent / "logs")
    modes = ", ".join(f"{SOURCE_NAMES[s]} {m.value}" for s, m in settings.modes.items())
    print(f"diplomart run ({modes}); full log: {log_path}", file=console, flush=True)
    started = time.perf_counter()
    with log_path.open("w", encoding="utf-8") as log, _everything_into(log):
        # Record the runs in the project's instance when there is one (make sets
        # DAGSTER_HOME), so that `make dev` shows them; an ephemeral one otherwise.
        instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
        _release_abandoned_runs(instance, console)
        from orchestration.definitions import build_definitions

        refresh = execute_full_refresh(build_definitions(), instance, modes=dict(settings.modes), console=console)
    print_summary(refresh, settings, time.perf_counter() - started, console)
    return 0 if refresh.success else 1


def _release_abandoned_runs(instance: dg.DagsterInstance, console: TextIO) -> None:
    from orchestration.abandoned_runs import release_abandoned_runs, run_worker

    for message in release_abandoned_runs(instance):
        print(f"  {message}", file=console, flush=True)
        logging.getLogger("diplomart.run").warning(message)
    storage = instance.event_log_storage
    if storage.supports_global_concurrency_limits:
        for run_id in storage.get_concurrency_run_ids():
            worker = run_worker(instance, run_id)
            print(f"  run {run_id} (process {worker.pid if worker else '?'}) is writing the warehouse: "
                  "this one waits for it to finish", file=console, flush=True)


def print_summary(refresh: Refresh, settings: Settings, seconds: float, console: TextIO) -> None:
    print("\nsources:", file=console)
    for outcome in refresh.sources.values():
        print(outcome.line(), file=console)
    failed = [SOURCE_NAMES[s.source] for s in refresh.sources.values() if s.failed]
    if refresh.build_skipped:
        verdict = f"FAILED: the build did not run ({refresh.build_skipped})"
    elif refresh.build is None or not refresh.build.success:
        cause = next((e for e in refresh.build.all_events if e.is_step_failure), None) if refresh.build else None
        verdict = "FAILED: the build failed" + (
            f" at {cause.step_key.replace('__', '/')}: {one_line_cause(cause.event_specific_data.error)}" if cause else "")
    elif failed:
        verdict = f"FAILED: {', '.join(failed)} failed; the marts were built from what the raw tables hold"
    else:
        verdict = "succeeded"
    print(f"\nnightly_refresh {verdict} ({seconds:.1f} s)", file=console)
    print(f"warehouse: {settings.warehouse}", file=console)
    print(f"serving:   {settings.serving} (BI opens this one, read-only)", file=console)
    if settings.serving.exists():
        connection = duckdb.connect(str(settings.serving), read_only=True)
        try:
            for table in mart_tables(connection):
                # table: a name from the serving file's own catalog (mart_tables), double-quoted.
                rows = connection.execute(f'select count(*) from marts."{table}"').fetchone()[0]  # noqa: S608 -- catalog name
                print(f"  marts.{table:<32} {rows:>8} rows", file=console)
        finally:
            connection.close()
    console.flush()


def new_log_file(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for old in sorted(directory.glob("diplomart-run-*.log"))[:-(KEEP_LOG_FILES - 1) or None]:
        old.unlink(missing_ok=True)
    return directory / f"diplomart-run-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}.log"


@contextlib.contextmanager
def _everything_into(log: TextIO) -> Iterator[None]:
    """Dagster's console logger, dbt's output, warnings and the sources' own log lines (retries)
    go to the log file, not to the terminal."""
    handler = logging.StreamHandler(log)
    handler.setFormatter(logging.Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s"))
    ours = logging.getLogger("diplomart")
    ours.addHandler(handler)
    previous_level = ours.level
    ours.setLevel(logging.INFO)
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log), warnings.catch_warnings():
            warnings.simplefilter("default")
            yield
    finally:
        ours.removeHandler(handler)
        ours.setLevel(previous_level)
