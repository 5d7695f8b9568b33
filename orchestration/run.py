"""`diplomart run`: the nightly refresh over the whole history, once, in this process."""
from __future__ import annotations

import os
import time
from datetime import datetime, timezone

import dagster as dg
import duckdb

from orchestration.partitions import RANGE_END_TAG, RANGE_START_TAG, bns_editions, comext_months, full_history_tags
from orchestration.serving import mart_tables


def execute_full_refresh(defs: dg.Definitions, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    """Everything, in the order the daemon would run it: discover the BNS editions, load
    every edition and every Comext month (one run each), then every release month
    since 2019 in one run (a single-run backfill) and all downstream. Returns the
    last run's result, or the first that failed."""
    now = datetime.now(timezone.utc)
    # INFO, not Dagster's default DEBUG: one line per step and dbt node, not per event.
    logging = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
    nightly = defs.resolve_job_def("nightly_refresh")
    discovery = nightly.execute_in_process(
        instance=instance, raise_on_error=False, run_config=logging,
        asset_selection=[dg.AssetKey(["raw", "bns_editions"])],
    )
    if not discovery.success:
        return discovery
    editions = instance.get_dynamic_partitions(bns_editions.name)
    comext = comext_months.get_partition_keys(current_time=now)
    for job, first, last in (("bns_refresh", editions[0], editions[-1]), ("comext_refresh", comext[0], comext[-1])):
        result = defs.resolve_job_def(job).execute_in_process(
            instance=instance, raise_on_error=False, run_config=logging,
            tags={RANGE_START_TAG: first, RANGE_END_TAG: last},
        )
        if not result.success:
            return result
    return nightly.execute_in_process(
        instance=instance, raise_on_error=False, run_config=logging, tags=full_history_tags(now)
    )


def run_nightly_refresh() -> int:
    from orchestration.definitions import build_definitions
    from orchestration.settings import load_settings

    settings = load_settings()
    defs = build_definitions(settings)
    # Record the run in the project's instance when there is one (make sets
    # DAGSTER_HOME), so that `make dev` shows it; an ephemeral one otherwise.
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    started = time.perf_counter()
    result = execute_full_refresh(defs, instance)
    elapsed = time.perf_counter() - started
    print(f"\nnightly_refresh {'succeeded' if result.success else 'FAILED'} in {elapsed:.1f} s (source mode: {settings.source_mode})")
    for failure in (e for e in result.all_events if e.is_step_failure):
        print(f"  failed step {failure.step_key}: {failure.event_specific_data.error.message.strip()[:500]}")
    print(f"warehouse: {settings.warehouse}")
    print(f"serving:   {settings.serving} (BI opens this one, read-only)")
    if settings.serving.exists():
        connection = duckdb.connect(str(settings.serving), read_only=True)
        try:
            for table in mart_tables(connection):
                rows = connection.execute(f'select count(*) from marts."{table}"').fetchone()[0]
                print(f"  marts.{table:<32} {rows:>8} rows")
        finally:
            connection.close()
    return 0 if result.success else 1
