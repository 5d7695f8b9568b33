"""Scale: full refresh (dbt build of the marts + publish) against the same SQL in plain DuckDB.

    .venv/bin/python bench/bench_scale.py --size small|large [--repeat 2] [--serving-out PATH]
    .venv/bin/python bench/bench_scale.py --sizes 1000:100000,10000:1000000   # releases:trade_rows pairs

For each size a fresh warehouse is filled by bench/generate.py (N releases with the real
extractor's facts, M BNS trade rows) and the dbt seeds are loaded (not timed). Then, each
repeated and the best and median kept:

* pipeline  = `dbt build` (models + seeds + 306 data tests + unit tests, what the
  nightly job runs, threads from profiles.yml) + publish (serving.duckdb + Parquet);
* dbt run   = `dbt run` (models only) + publish: the same work as the baseline, through dbt;
* baseline  = the models' SQL compiled by `dbt compile`, executed in topological order as
  `create or replace view|table … as <compiled SQL>` in one DuckDB connection, + publish;
* dbt floor = `dbt run` of one staging view: dbt's fixed start-up cost.

Peak memory is the resident memory of the whole process tree (the dbt subprocess
included), sampled from /proc every 50 ms. dbt writes its target and logs to a
temporary directory, never to dbt_project/target.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (BENCH, DBT, PYTHON, ROOT, fmt_mb, fmt_s, last_json_line, machine, machine_line,  # noqa: E402
                           run_measured, summary, write_json)

DBT_DIR = ROOT / "dbt_project"
# generate.py numbers its synthetic BNS editions 2019, 2020, … past the year range the
# marts' tests accept (2100 by default); at 10^7 rows the last edition is ~21,800.
SYNTHETIC_EDITIONS_VARS = "{latest_plausible_year: 100000}"
SIZES = {
    "small": [(1_000, 100_000), (10_000, 1_000_000)],
    "large": [(1_000, 100_000), (10_000, 1_000_000), (100_000, 10_000_000)],
}


def dbt(args: list[str], warehouse: Path, work: Path, check: bool = True):
    cmd = [DBT, *args, "--project-dir", str(DBT_DIR), "--profiles-dir", str(DBT_DIR),
           "--target-path", str(work / "target"), "--log-path", str(work / "logs")]
    return run_measured(cmd, env={"DIPLOMART_WAREHOUSE": str(warehouse), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"},
                        cwd=DBT_DIR, check=check)


def publish_worker(warehouse: str, serving: str) -> None:
    from orchestration.serving import publish

    started = time.perf_counter()
    marts = publish(Path(warehouse), Path(serving), Path(serving).parent / "parquet")
    print(json.dumps({"seconds": time.perf_counter() - started, "rows": {m.name: m.rows for m in marts}}))


def model_order(manifest: dict) -> list[dict]:
    """Models in dependency order (seeds and sources are already there)."""
    nodes = {k: v for k, v in manifest["nodes"].items() if v["resource_type"] == "model"}
    done, order = set(), []

    def visit(key: str) -> None:
        if key in done or key not in nodes:
            return
        done.add(key)
        for dep in nodes[key]["depends_on"]["nodes"]:
            visit(dep)
        order.append(nodes[key])

    for key in sorted(nodes):
        visit(key)
    return order


def baseline_worker(warehouse: str, manifest_path: str) -> None:
    """The compiled SQL of every model, in one DuckDB connection: no dbt, no Dagster."""
    import duckdb

    manifest = json.loads(Path(manifest_path).read_text())
    models = model_order(manifest)
    started = time.perf_counter()
    connection = duckdb.connect(warehouse)
    per_model = {}
    for node in models:
        kind = "view" if node["config"]["materialized"] == "view" else "table"
        t0 = time.perf_counter()
        connection.execute(f"create schema if not exists {node['schema']}")
        connection.execute(f"create or replace {kind} {node['relation_name']} as (\n{node['compiled_code']}\n)")
        per_model[node["name"]] = time.perf_counter() - t0
    connection.close()
    print(json.dumps({"seconds": time.perf_counter() - started, "models": len(models), "per_model": per_model}))


def measure_size(releases: int, trade_rows: int, repeat: int, keep: bool, serving_out: Path | None) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"diplomart-bench-scale-{releases}-{trade_rows}-"))
    warehouse, serving = work / "warehouse.duckdb", work / "serving" / "serving.duckdb"
    print(f"\n== {releases:,} releases, {trade_rows:,} trade rows  ({work})", flush=True)
    gen = run_measured([PYTHON, str(BENCH / "generate.py"), str(warehouse), "--releases", str(releases),
                        "--trade-rows", str(trade_rows)])
    generated = last_json_line(gen.stdout)
    print(f"   generated in {fmt_s(gen.seconds)}: {generated}", flush=True)
    dbt(["seed"], warehouse, work)
    dbt(["compile", "--quiet"], warehouse, work)
    manifest = work / "target" / "manifest.json"
    shutil.copy(manifest, work / "compiled_manifest.json")

    def publish_once():
        m = run_measured([PYTHON, __file__, "--publish-worker", str(warehouse), str(serving)])
        return m, last_json_line(m.stdout)

    results: dict[str, list] = {"pipeline": [], "dbt_run": [], "baseline": [], "dbt_floor": []}
    peaks: dict[str, int] = {k: 0 for k in results}
    cpu: dict[str, list] = {k: [] for k in results}  # CPU seconds of each measurement's process trees
    inner: dict[str, list] = {"dbt_build": [], "dbt_run_only": [], "baseline_sql": [], "publish": []}
    mart_rows = {}
    for i in range(repeat):
        # plain SQL first, so that the mart tables exist before the first dbt build's tests too
        b = run_measured([PYTHON, __file__, "--baseline-worker", str(warehouse), str(work / "compiled_manifest.json")])
        p, pj = publish_once()
        results["baseline"].append(b.seconds + p.seconds)
        cpu["baseline"].append(b.cpu_seconds + p.cpu_seconds)
        inner["baseline_sql"].append(b.seconds)
        peaks["baseline"] = max(peaks["baseline"], b.peak_rss, p.peak_rss)
        baseline_models = last_json_line(b.stdout)["per_model"]

        r = dbt(["run", "--quiet"], warehouse, work)
        p, pj = publish_once()
        results["dbt_run"].append(r.seconds + p.seconds)
        cpu["dbt_run"].append(r.cpu_seconds + p.cpu_seconds)
        inner["dbt_run_only"].append(r.seconds)
        peaks["dbt_run"] = max(peaks["dbt_run"], r.peak_rss, p.peak_rss)

        d = dbt(["build", "--quiet", "--vars", SYNTHETIC_EDITIONS_VARS], warehouse, work, check=False)
        if d.returncode != 0:
            print(f"   dbt build exited {d.returncode}: {d.stdout[-1500:]}", flush=True)
        build_results = json.loads((work / "target" / "run_results.json").read_text())
        p, pj = publish_once()
        results["pipeline"].append(d.seconds + p.seconds)
        cpu["pipeline"].append(d.cpu_seconds + p.cpu_seconds)
        inner["dbt_build"].append(d.seconds)
        inner["publish"].append(p.seconds)
        peaks["pipeline"] = max(peaks["pipeline"], d.peak_rss, p.peak_rss)
        mart_rows = pj["rows"]

        f = dbt(["run", "--quiet", "--select", "stg_comext__eu_exports"], warehouse, work)
        results["dbt_floor"].append(f.seconds)
        cpu["dbt_floor"].append(f.cpu_seconds)
        peaks["dbt_floor"] = max(peaks["dbt_floor"], f.peak_rss)
        print(f"   repeat {i + 1}: pipeline {fmt_s(results['pipeline'][-1])} (build {fmt_s(d.seconds)}, "
              f"publish {fmt_s(p.seconds)}), dbt run+publish {fmt_s(results['dbt_run'][-1])}, "
              f"baseline {fmt_s(results['baseline'][-1])}, dbt floor {fmt_s(f.seconds)}", flush=True)

    # where dbt build's time goes: its own per-node timings of the last build
    run_results = build_results
    by_kind: dict[str, float] = {}
    for node in run_results["results"]:
        kind = node["unique_id"].split(".")[0]
        by_kind[kind] = by_kind.get(kind, 0.0) + node["execution_time"]
    slowest = sorted(run_results["results"], key=lambda n: -n["execution_time"])[:8]
    out = {
        "releases": releases, "trade_rows": trade_rows, "dbt_build_ok": d.returncode == 0, "generated": generated,
        "generate_seconds": gen.seconds,
        "seconds": {k: summary(v) for k, v in results.items()},
        "inner_seconds": {k: summary(v) for k, v in inner.items()},
        "peak_rss_bytes": peaks,
        # average cores kept busy in the best repeat (2.0 = both cores of the reference machine)
        "cores_used": {k: cpu[k][v.index(min(v))] / min(v) for k, v in results.items()},
        "ratio_pipeline_to_baseline": min(results["pipeline"]) / min(results["baseline"]),
        "ratio_dbt_run_to_baseline": min(results["dbt_run"]) / min(results["baseline"]),
        "dbt_build_node_seconds_by_kind": by_kind,
        "dbt_build_elapsed": run_results["elapsed_time"],
        "dbt_build_status": {st: sum(1 for n in run_results["results"] if n["status"] == st)
                             for st in {n["status"] for n in run_results["results"]}},
        "dbt_build_slowest_nodes": [(n["unique_id"], round(n["execution_time"], 3)) for n in slowest],
        "baseline_slowest_models": sorted(baseline_models.items(), key=lambda kv: -kv[1])[:6],
        "mart_rows": mart_rows,
    }
    if serving_out is not None:
        # the serving benchmark reads this file instead of building the same marts again
        serving_out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(serving, serving_out)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--sizes", help="explicit releases:trade_rows pairs, comma-separated (overrides --size)")
    ap.add_argument("--repeat", type=int, default=None, help="repeats per size (default 2)")
    ap.add_argument("--json", type=Path, default=BENCH / "results" / "scale.json")
    ap.add_argument("--keep", action="store_true", help="keep the temporary warehouses")
    ap.add_argument("--serving-out", type=Path,
                    help="copy the largest size's serving.duckdb here (for bench_serving.py --serving)")
    ap.add_argument("--publish-worker", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--baseline-worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.publish_worker:
        publish_worker(*args.publish_worker)
        return 0
    if args.baseline_worker:
        baseline_worker(*args.baseline_worker)
        return 0

    sizes = ([tuple(int(x) for x in pair.split(":")) for pair in args.sizes.split(",")] if args.sizes
             else SIZES[args.size])
    repeat = args.repeat or 2
    m = machine()
    print(machine_line(m), flush=True)
    rows = [measure_size(n, mrows, repeat, args.keep, args.serving_out if (n, mrows) == sizes[-1] else None)
            for n, mrows in sizes]
    write_json(args.json, {"machine": m, "repeat": repeat, "sizes": rows})

    print(f"\n{machine_line(m)}; best of {repeat}")
    print(f"{'releases':>9} {'trade rows':>11} | {'pipeline':>9} {'dbt run':>9} {'baseline':>9} {'floor':>7} | "
          f"{'pipe/base':>9} {'run/base':>8} | {'peak pipe':>10} {'peak base':>10} | {'cores pipe':>10} {'cores base':>10} | spread")
    for r in rows:
        s, pk = r["seconds"], r["peak_rss_bytes"]
        print(f"{r['releases']:>9,} {r['trade_rows']:>11,} | {fmt_s(s['pipeline']['best']):>9} {fmt_s(s['dbt_run']['best']):>9} "
              f"{fmt_s(s['baseline']['best']):>9} {fmt_s(s['dbt_floor']['best']):>7} | "
              f"{r['ratio_pipeline_to_baseline']:>8.1f}x {r['ratio_dbt_run_to_baseline']:>7.1f}x | "
              f"{fmt_mb(pk['pipeline']):>10} {fmt_mb(pk['baseline']):>10} | "
              f"{r['cores_used']['pipeline']:>10.2f} {r['cores_used']['baseline']:>10.2f} | {s['pipeline']['spread']:.0%}")
    largest = rows[-1]
    print(f"target (largest size) pipeline within 2x of baseline: "
          f"{'met' if largest['ratio_pipeline_to_baseline'] <= 2 else 'NOT met'}; peak memory < 4 GB: "
          f"{'met' if max(largest['peak_rss_bytes'].values()) < 4 * 2**30 else 'NOT met'}")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
