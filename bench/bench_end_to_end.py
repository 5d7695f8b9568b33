"""End to end on the recorded snapshot: cold run, a run with nothing new, a run with one new release.

    .venv/bin/python bench/bench_end_to_end.py --size small|large
    .venv/bin/python bench/bench_end_to_end.py --cold 2 --noop 2 --new 2 --history 10000

Every run is what `diplomart run` does (orchestration.run.execute_full_refresh on the
nightly_refresh job, snapshot source mode), in a fresh worker process per scenario, on a
temporary warehouse, with an ephemeral Dagster instance. Each worker reports:

* load     = `import orchestration.definitions` (imports Dagster, dagster-dbt, builds the
             Definitions: what `diplomart run` pays before the pipeline starts);
* pipeline = execute_full_refresh, wall-clock;
* per step = STEP_START → STEP_SUCCESS/FAILURE from the run's event log, and inside the dbt
             step, dbt's own per-node times (run_results.json of that invocation) by kind.

Scenarios: `cold` (fresh warehouse), `noop` (the same warehouse again, nothing new),
`new` (one new English release version inserted into raw.press_release_versions, as the
fetch would land it, then a run: extraction reads it and dbt rebuilds), at two history
sizes: the snapshot alone, and the snapshot + H synthetic releases (bench/generate.py;
after one unreported run that builds the marts over them).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (BENCH, PYTHON, ROOT, fmt_s, last_json_line, machine, machine_line,  # noqa: E402
                           run_measured, summary, write_json)

SIZES = {
    "small": {"cold": 1, "noop": 1, "new": 1, "history": 2_000},
    "large": {"cold": 2, "noop": 3, "new": 2, "history": 10_000},
}


# ---------------------------------------------------------------- worker (one process)

def insert_new_release(warehouse: str, seed: int) -> str:
    """One new English release version, as a fetch would land it (not yet extracted)."""
    import duckdb
    from bench.generate import release_row, render

    rng = random.Random(seed)
    published = datetime(2025, 11, 3) + timedelta(days=seed % 20)
    while True:
        title, body = render(rng, published.date())
        if "Kazakhstan" in body and "citizens" not in body:
            break
    item_id = str(90_000_000 + seed)
    row = release_row("mfa", item_id, "en", title, body, published, published, datetime.utcnow())
    connection = duckdb.connect(warehouse)
    try:
        cols = ", ".join(row)
        connection.execute(f"insert into raw.press_release_versions ({cols}) values ({', '.join('?' * len(row))})",
                           list(row.values()))
    finally:
        connection.close()
    return item_id


def step_durations(instance, run_id: str) -> dict[str, float]:
    starts, durations = {}, {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or event.step_key is None:
            continue
        if event.event_type_value == "STEP_START":
            starts[event.step_key] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in starts:
            durations[event.step_key] = entry.timestamp - starts[event.step_key]
    return durations


def dbt_breakdown(run_id: str) -> dict:
    from orchestration.settings import DBT_PROJECT_DIR

    matches = sorted((DBT_PROJECT_DIR / "target").glob(f"*-{run_id[:7]}-*/run_results.json"))
    if not matches:
        return {}
    results = json.loads(matches[-1].read_text())
    by_kind: dict[str, list] = {}
    for node in results["results"]:
        kind = node["unique_id"].split(".")[0]
        count, secs = by_kind.get(kind, [0, 0.0])
        by_kind[kind] = [count + 1, secs + node["execution_time"]]
    return {"elapsed": results["elapsed_time"], "by_kind": by_kind, "nodes": len(results["results"])}


def worker(warehouse: str, ops: list[str], seed: int) -> None:
    os.environ["DIPLOMART_WAREHOUSE"] = warehouse
    os.environ["DIPLOMART_SERVING"] = str(Path(warehouse).parent / "serving" / "serving.duckdb")
    os.environ["DIPLOMART_SOURCE_MODE"] = "snapshot"
    os.environ.pop("DAGSTER_HOME", None)
    t0 = time.perf_counter()
    import dagster as dg
    from orchestration.definitions import defs  # builds the Definitions, as `diplomart run` does
    load = time.perf_counter() - t0
    from orchestration.run import execute_full_refresh
    from orchestration.settings import load_settings

    modes = dict(load_settings().modes)

    instance = dg.DagsterInstance.ephemeral()
    runs = []
    for i, op in enumerate(ops):
        inserted = insert_new_release(warehouse, seed + i) if op == "new" else None
        started = time.perf_counter()
        result = execute_full_refresh(defs, instance, modes=modes)
        elapsed = time.perf_counter() - started
        steps = {key: seconds for run in result.runs for key, seconds in step_durations(instance, run.run_id).items()}
        runs.append({"op": op, "success": result.success, "seconds": elapsed, "steps": steps,
                     "orchestration_overhead": elapsed - sum(steps.values()), "dbt": dbt_breakdown(result.build.run_id),
                     "inserted": inserted})
    print(json.dumps({"load_seconds": load, "runs": runs}))


# ---------------------------------------------------------------- driver

def run_worker(warehouse: Path, ops: list[str], seed: int = 1) -> dict:
    m = run_measured([PYTHON, __file__, "--worker", str(warehouse), ",".join(ops), str(seed)], cwd=ROOT)
    out = last_json_line(m.stdout)
    out["process_seconds"], out["peak_rss"] = m.seconds, m.peak_rss
    for run in out["runs"]:
        print(f"   {run['op']:<5} pipeline {fmt_s(run['seconds'])} "
              + " ".join(f"{k}={fmt_s(v)}" for k, v in sorted(run["steps"].items(), key=lambda kv: -kv[1])[:3])
              + ("" if run["success"] else "  FAILED"), flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--cold", type=int, help="cold runs (each on a fresh warehouse)")
    ap.add_argument("--noop", type=int, help="runs with nothing new, per history size")
    ap.add_argument("--new", type=int, help="runs with one new release, per history size")
    ap.add_argument("--history", type=int, help="synthetic releases added for the second history size")
    ap.add_argument("--json", type=Path, default=BENCH / "results" / "end_to_end.json")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1].split(","), int(args.worker[2]))
        return 0
    cfg = dict(SIZES[args.size])
    cfg.update({k: getattr(args, k) for k in ("cold", "noop", "new", "history") if getattr(args, k) is not None})

    m = machine()
    print(machine_line(m), flush=True)
    base = Path(tempfile.mkdtemp(prefix="diplomart-bench-e2e-"))
    loads, cold, noop, new = [], [], {}, {}
    try:
        keep = None
        for c in range(cfg["cold"]):
            wh = base / f"cold{c}" / "warehouse.duckdb"
            wh.parent.mkdir(parents=True)
            print(f"== cold run {c + 1} (+ {cfg['noop'] if c == 0 else 0} with nothing new) on {wh}", flush=True)
            out = run_worker(wh, ["cold"] + (["noop"] * cfg["noop"] if c == 0 else []))
            loads.append(out["load_seconds"])
            cold.append(out["runs"][0])
            noop.setdefault("snapshot", []).extend(out["runs"][1:])
            keep = keep or wh
        history_rows = {}
        for label, extra in (("snapshot", 0), (f"snapshot+{cfg['history']}", cfg["history"])):
            if extra:
                gen = run_measured([PYTHON, str(BENCH / "generate.py"), str(keep), "--releases", str(extra)], cwd=ROOT)
                print(f"== added {extra:,} synthetic releases: {last_json_line(gen.stdout)}", flush=True)
            import duckdb
            con = duckdb.connect(str(keep), read_only=True)
            history_rows[label] = con.execute("select count(*) from raw.press_release_versions").fetchone()[0]
            con.close()
            # "settle": the first run after the generator's insert builds the marts over the new history;
            # it is neither a nothing-new run nor a one-new-release run, so it is not reported
            ops = (["settle"] + ["noop"] * cfg["noop"] if extra else []) + ["new"] * cfg["new"]
            print(f"== history {label} ({history_rows[label]:,} release versions): {', '.join(ops)}", flush=True)
            out = run_worker(keep, ops, seed=1000 + extra)
            loads.append(out["load_seconds"])
            noop.setdefault(label, []).extend(r for r in out["runs"] if r["op"] == "noop")
            new[label] = [r for r in out["runs"] if r["op"] == "new"]
    finally:
        shutil.rmtree(base, ignore_errors=True)

    cold_best = min(r["seconds"] for r in cold)
    report = {"machine": m, "config": cfg, "load": summary(loads), "cold": cold, "noop": noop, "new": new,
              "history_rows": history_rows}
    write_json(args.json, report)

    print(f"\n{machine_line(m)}")
    print(f"load definitions (import + build): best {fmt_s(min(loads))}, median {fmt_s(summary(loads)['median'])} (n={len(loads)})")
    print(f"{'scenario':<34} {'n':>2} {'best':>8} {'median':>8} {'/cold':>7}  dominant steps (best run)")

    def line(name: str, runs: list[dict]) -> None:
        if not runs:
            return
        s = summary([r["seconds"] for r in runs])
        best = min(runs, key=lambda r: r["seconds"])
        steps = ", ".join(f"{k} {fmt_s(v)}" for k, v in sorted(best["steps"].items(), key=lambda kv: -kv[1])[:2])
        print(f"{name:<34} {s['n']:>2} {fmt_s(s['best']):>8} {fmt_s(s['median']):>8} {s['best'] / cold_best:>6.0%}  {steps}")

    line("cold (fresh warehouse)", cold)
    for label in noop:
        line(f"nothing new, history {label}", noop[label])
    for label in new:
        line(f"one new release, history {label}", new[label])
    noop_best = min(r["seconds"] for runs in noop.values() for r in runs) if noop else float("nan")
    print(f"target nothing-new < 20% of cold: {noop_best / cold_best:.0%} -> {'met' if noop_best < 0.2 * cold_best else 'NOT met'}")
    labels = list(new)
    if len(labels) == 2:
        a, b = (min(r["seconds"] for r in new[lab]) for lab in labels)
        print(f"one new release, cost at {labels[1]} / at {labels[0]}: {b / a:.2f}x "
              f"(history {history_rows[labels[1]]:,} vs {history_rows[labels[0]]:,} versions)")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
