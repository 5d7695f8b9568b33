"""`diplomart run`: the nightly refresh, once, in this process, then a summary."""
from __future__ import annotations

import os
import time

import duckdb
from dagster import DagsterInstance

from orchestration.serving import mart_tables


def run_nightly_refresh() -> int:
    from orchestration.definitions import build_definitions
    from orchestration.settings import load_settings

    settings = load_settings()
    defs = build_definitions(settings)
    # Record the run in the project's instance when there is one (make sets
    # DAGSTER_HOME), so that `make dev` shows it; an ephemeral one otherwise.
    instance = DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else DagsterInstance.ephemeral()
    started = time.perf_counter()
    result = defs.resolve_job_def("nightly_refresh").execute_in_process(instance=instance, raise_on_error=False)
    elapsed = time.perf_counter() - started
    print(f"\nnightly_refresh {'succeeded' if result.success else 'FAILED'} in {elapsed:.1f} s (source mode: {settings.source_mode})")
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
