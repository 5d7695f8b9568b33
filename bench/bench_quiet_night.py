"""A quiet night and a full one, end to end, as the daemon runs them, on each Dagster instance.

    .venv/bin/python bench/bench_quiet_night.py [--rounds 3] [--instances sqlite,postgres]
                                                [--postgres-url postgresql+psycopg2://...]

For each instance - `sqlite` (the repository's dagster.yaml) and `postgres`
(deploy/postgres/dagster.yaml; on a throwaway PostgreSQL server started here unless
--postgres-url names a database) - on a throwaway storage and warehouse:
  1. builds the history with `diplomart run` (timed: a cold full refresh, in one process);
  2. starts Dagster's services for it (code server, webserver, daemon: tests/reliability/dagster_stack.py,
     what `make dev` starts in one command).
Then launches `nightly_refresh` through each webserver's GraphQL API the way the schedule does
(the same partition-range tags), round by round, alternating the instances within each kind so
that both see the same load:
  - full:  tagged diplomart/dbt_build=full, so the dbt step rebuilds every model and runs every test;
  - quiet: nothing new since the previous run, so the dbt step rebuilds nothing.
Each is timed from submission to the run's end as seen by the client (queue wait, run process
start, code location load, steps), with the run's own queued/start/end times from the instance.
Prints the medians, quiet/full per instance, postgres/sqlite per kind and the machine's load;
JSON in bench/results/quiet_night.json.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[1] / "tests" / "reliability")]

from bench._common import BENCH, machine, machine_line  # noqa: E402
from dagster_stack import DagsterStack  # noqa: E402
from orchestration.settings import INSTANCE_HOMES  # noqa: E402

BIN = Path(sys.executable).parent
KINDS = ("full", "quiet")


@contextlib.contextmanager
def postgres_database(url: str | None) -> Iterator[str]:
    """The given database, or one on a throwaway server stopped at the end."""
    if url:
        yield url
        return
    import postgres_server

    server = postgres_server.start_server()
    try:
        yield server.new_database("bench")
    finally:
        postgres_server.stop_server(server)


def instance_env(name: str, work: Path, postgres_url: str | None) -> dict[str, str]:
    root = work / name
    (root / "dagster_home").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "DIPLOMART_"))}
    env.update({
        "DIPLOMART_DAGSTER_INSTANCE": name, "DAGSTER_HOME": str(INSTANCE_HOMES[name]),
        "DIPLOMART_DAGSTER_STORAGE": str(root / "dagster_home"), "DIPLOMART_WAREHOUSE": str(root / "warehouse.duckdb"),
        "DIPLOMART_SOURCE_MODE": "snapshot",
    })
    if name == "postgres":
        env["DAGSTER_POSTGRES_URL"] = postgres_url
    return env


def open_instance(env: dict[str, str]):
    """The instance as the services see it (its dagster.yaml reads these variables once, here)."""
    import dagster as dg

    saved = dict(os.environ)
    os.environ.update(env)
    try:
        return dg.DagsterInstance.from_config(env["DAGSTER_HOME"])
    finally:
        os.environ.clear()
        os.environ.update(saved)


def launch_and_wait(stack: DagsterStack, instance, tags: dict[str, str]) -> dict:
    submitted = time.perf_counter()
    run_id = stack.submit("nightly_refresh", tags)
    status = stack.wait_for_run(run_id, timeout=1800)
    wall = time.perf_counter() - submitted
    record = instance.get_run_record_by_id(run_id)
    run_stats = instance.get_run_stats(run_id)
    return {
        "run_id": run_id,
        "status": status,
        "submit_to_end_s": round(wall, 2),
        "queued_s": round((record.start_time or 0) - record.create_timestamp.timestamp(), 2) if record.start_time else None,
        "start_to_end_s": round(run_stats.end_time - run_stats.start_time, 2) if run_stats.end_time else None,
        "loadavg_1m": os.getloadavg()[0],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--instances", default="sqlite,postgres", help="comma-separated: sqlite, postgres")
    ap.add_argument("--postgres-url", help="a database for the postgres instance (default: a throwaway server)")
    args = ap.parse_args()
    names = args.instances.split(",")
    print(machine_line(), flush=True)

    from orchestration.automation import nightly_request
    from orchestration.build_state import DBT_BUILD_TAG

    work = Path(tempfile.mkdtemp(prefix="bench-quiet-night-"))
    stacks: dict[str, DagsterStack] = {}
    with postgres_database(args.postgres_url) if "postgres" in names else contextlib.nullcontext() as url:
        try:
            cold: dict[str, float] = {}
            instances = {}
            for name in names:
                env = instance_env(name, work, url)
                started = time.perf_counter()
                subprocess.run([str(BIN / "diplomart"), "run"], env=env, check=True, stdout=subprocess.DEVNULL)
                cold[name] = round(time.perf_counter() - started, 1)
                print(f"{name:8}: history built by `diplomart run` in {cold[name]:.0f} s (load {os.getloadavg()[0]:.1f})",
                      flush=True)
                # Comext off for the services: official_trade_sensor would request the day's months
                # at the daemon's start, a run among the timed ones. The nightly job does not read Comext.
                stacks[name] = DagsterStack(work / name, {**env, "DIPLOMART_COMEXT_MODE": "off"}, BIN)
                for start in (stacks[name].start_code_server, stacks[name].start_webserver, stacks[name].start_daemon):
                    start()
                instances[name] = open_instance(env)
            for stack in stacks.values():
                stack.wait_for_webserver()

            tags = dict(nightly_request(datetime.now(timezone.utc), deep_rescan_every_days=0).tags)
            for name in names:  # warm-up: the first run after a start loads caches
                launch_and_wait(stacks[name], instances[name], tags)
            results: dict[str, dict[str, list[dict]]] = {name: {kind: [] for kind in KINDS} for name in names}
            for round_number in range(args.rounds):
                for kind in KINDS:
                    for name in names:
                        result = launch_and_wait(stacks[name], instances[name],
                                                 {**tags, **({DBT_BUILD_TAG: "full"} if kind == "full" else {})})
                        results[name][kind].append(result)
                        print(f"round {round_number + 1} {kind:5} {name:8}: {result['status']} {result['submit_to_end_s']:6.1f} s "
                              f"(queued {result['queued_s']} s, run {result['start_to_end_s']} s, "
                              f"load {result['loadavg_1m']:.1f})", flush=True)
        finally:
            for stack in stacks.values():
                stack.stop()

    medians = {name: {kind: statistics.median(r["submit_to_end_s"] for r in runs) for kind, runs in by_kind.items()}
               for name, by_kind in results.items()}
    print()
    for name in names:
        print(f"{name:8}: median submit-to-end full {medians[name]['full']:.1f} s, quiet {medians[name]['quiet']:.1f} s, "
              f"quiet/full = {medians[name]['quiet'] / medians[name]['full']:.2f}; cold `diplomart run` {cold[name]:.0f} s")
    if {"sqlite", "postgres"} <= set(names):
        for kind in KINDS:
            print(f"{kind:5}: postgres/sqlite = {medians['postgres'][kind] / medians['sqlite'][kind]:.2f}")
        print(f"cold  : postgres/sqlite = {cold['postgres'] / cold['sqlite']:.2f}")
    out = BENCH / "results" / "quiet_night.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), "medians_s": medians, "cold_diplomart_run_s": cold,
                               "runs": results}, indent=2))
    print(f"results: {out}")
    return 0 if all(r["status"] == "SUCCESS" for by_kind in results.values() for runs in by_kind.values() for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
