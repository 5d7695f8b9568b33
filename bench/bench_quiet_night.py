"""A quiet night and a full one, end to end, as the daemon runs them under `make dev`.

    .venv/bin/python bench/bench_quiet_night.py [--rounds 3] [--port 3199]

Starts `dagster dev` (webserver + daemon, the project's dagster.yaml) on a throwaway Dagster
storage and warehouse, builds the history once (`diplomart run`, not timed), then launches
`nightly_refresh` through the webserver's GraphQL API the way the schedule does (the same
partition-range tags), alternately:
  - full:  tagged diplomart/dbt_build=full, so the dbt step rebuilds every model and runs every test;
  - quiet: nothing new since the previous run, so the dbt step rebuilds nothing.
Each is timed from submission to the run's end as seen by the client (queue wait, run worker
start, code location load, steps), with the run's own queued/start/end times from the instance.
Prints the medians, the quiet/full ratio and the machine's load; JSON in bench/results/.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import BENCH, ROOT, machine, machine_line  # noqa: E402

BIN = Path(sys.executable).parent


def wait_for_webserver(client, deadline: float) -> None:
    while time.time() < deadline:
        try:
            client._execute("{ version }")  # noqa: SLF001 - the client's own GraphQL call
            return
        except Exception:
            time.sleep(1)
    raise TimeoutError("dagster dev did not answer in time")


def launch_and_wait(client, instance, tags: dict[str, str]) -> dict:
    from dagster import DagsterRunStatus

    submitted = time.perf_counter()
    run_id = client.submit_job_execution("nightly_refresh", repository_location_name="diplomart", tags=tags)
    while True:
        status = client.get_run_status(run_id)
        if status in (DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED):
            break
        time.sleep(0.2)
    wall = time.perf_counter() - submitted
    record = instance.get_run_record_by_id(run_id)
    run_stats = instance.get_run_stats(run_id)
    return {
        "run_id": run_id,
        "status": status.value,
        "submit_to_end_s": round(wall, 2),
        "queued_s": round((record.start_time or 0) - record.create_timestamp.timestamp(), 2) if record.start_time else None,
        "start_to_end_s": round(run_stats.end_time - run_stats.start_time, 2) if run_stats.end_time else None,
        "loadavg_1m": os.getloadavg()[0],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--port", type=int, default=3199)
    args = ap.parse_args()
    print(machine_line(), flush=True)

    work = Path(tempfile.mkdtemp(prefix="bench-quiet-night-"))
    env = {**os.environ, "DAGSTER_HOME": str(ROOT), "DIPLOMART_DAGSTER_STORAGE": str(work / "dagster"),
           "DIPLOMART_WAREHOUSE": str(work / "warehouse.duckdb"), "DIPLOMART_SOURCE_MODE": "snapshot"}
    (work / "dagster").mkdir()
    os.environ.update(env)
    started = time.perf_counter()
    subprocess.run([str(BIN / "diplomart"), "run"], env=env, check=True, stdout=subprocess.DEVNULL)
    print(f"history built in {time.perf_counter() - started:.0f} s (not timed below)", flush=True)

    server = subprocess.Popen([str(BIN / "dagster"), "dev", "-p", str(args.port)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        import dagster as dg
        from dagster_graphql import DagsterGraphQLClient

        from orchestration.automation import nightly_request
        from orchestration.build_state import DBT_BUILD_TAG

        client = DagsterGraphQLClient("127.0.0.1", port_number=args.port)
        wait_for_webserver(client, time.time() + 180)
        instance = dg.DagsterInstance.get()
        tags = nightly_request(datetime.now(timezone.utc)).tags
        launch_and_wait(client, instance, tags)  # warm-up: the first run after start loads caches
        results: dict[str, list[dict]] = {"full": [], "quiet": []}
        for round_number in range(args.rounds):
            for kind in ("full", "quiet"):
                result = launch_and_wait(client, instance, {**tags, **({DBT_BUILD_TAG: "full"} if kind == "full" else {})})
                results[kind].append(result)
                print(f"round {round_number + 1} {kind:5}: {result['status']} {result['submit_to_end_s']:6.1f} s "
                      f"(queued {result['queued_s']} s, run {result['start_to_end_s']} s, load {result['loadavg_1m']:.1f})",
                      flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:  # dagster dev without a terminal may not stop on SIGTERM
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()

    medians = {kind: statistics.median(r["submit_to_end_s"] for r in runs) for kind, runs in results.items()}
    ratio = medians["quiet"] / medians["full"]
    print(f"\nmedian submit-to-end: full {medians['full']:.1f} s, quiet {medians['quiet']:.1f} s, "
          f"quiet/full = {ratio:.2f}")
    out = BENCH / "results" / "quiet_night.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"machine": machine(), "medians_s": medians, "quiet_over_full": ratio,
                               "runs": results}, indent=2))
    print(f"results: {out}")
    return 0 if all(r["status"] == "SUCCESS" for runs in results.values() for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
