"""Serving: p50 / p95 latency of the analyst queries (bench/analyst_queries.sql) on serving.duckdb.

    .venv/bin/python bench/bench_serving.py --serving PATH/serving.duckdb [--runs 60]
    .venv/bin/python bench/bench_serving.py --size small|large      # builds its own serving file first

Without --serving it builds a serving file at the size's largest point (bench/generate.py,
`dbt seed` + `dbt run`, publish) in a temporary directory. Each query runs `--runs` times on
one read-only connection (as a BI tool holds it), cycling through countries and year ranges,
after one warm-up run each; the baseline is `select 1` on the same connection (the
round-trip floor of DuckDB from Python), measured in the same run. The first query on a
freshly opened connection is reported too (what a BI tool pays after each publish).
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import BENCH, PYTHON, fmt_s, machine, machine_line, run_measured, write_json  # noqa: E402

QUERIES = BENCH / "analyst_queries.sql"
SIZES = {"small": (10_000, 1_000_000), "large": (100_000, 10_000_000)}
COUNTRIES = ["PRT", "DEU", "CHN", "TUR", "UZB", "JPN", "FRA", "ITA", "USA", "KGZ"]
YEARS = [(2019, 2025), (2015, 2030), (2021, 2023), (1900, 3000)]


def load_queries(path: Path = QUERIES) -> dict[str, str]:
    queries, name, lines = {}, None, []
    for line in path.read_text().splitlines():
        m = re.match(r"--\s*name:\s*(\w+)", line)
        if m:
            if name:
                queries[name] = "\n".join(lines).strip().rstrip(";")
            name, lines = m.group(1), []
        elif name:
            lines.append(line)
    if name:
        queries[name] = "\n".join(lines).strip().rstrip(";")
    return queries


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def build_serving(releases: int, trade_rows: int, work: Path) -> Path:
    from bench.bench_scale import dbt

    warehouse, serving = work / "warehouse.duckdb", work / "serving" / "serving.duckdb"
    print(f"building a serving file: {releases:,} releases, {trade_rows:,} trade rows in {work}", flush=True)
    run_measured([PYTHON, str(BENCH / "generate.py"), str(warehouse), "--releases", str(releases),
                  "--trade-rows", str(trade_rows)])
    dbt(["seed", "--quiet"], warehouse, work)
    dbt(["run", "--quiet"], warehouse, work)
    run_measured([PYTHON, str(BENCH / "bench_scale.py"), "--publish-worker", str(warehouse), str(serving)])
    return serving


def measure(serving: Path, runs: int) -> dict:
    import duckdb

    queries = load_queries()
    t0 = time.perf_counter()
    connection = duckdb.connect(str(serving), read_only=True)
    first_params = {"country": "PRT", "from_year": 2019, "to_year": 2025}
    connection.execute(queries["visits_and_meetings"], first_params).fetchall()
    first_query = time.perf_counter() - t0
    sizes = {t: connection.execute(f"select count(*) from marts.{t}").fetchone()[0]
             for t in ("fct_diplomatic_event", "fct_agreement", "fct_trade_official",
                       "mart_bilateral_scorecard", "mart_trade_reconciliation", "bridge_event_participant")}
    out = {"first_query_after_open": first_query, "mart_rows": sizes, "queries": {}}

    def timed(sql: str, params_for) -> list[float]:
        connection.execute(sql, params_for(0)).fetchall()  # warm-up
        times = []
        for i in range(runs):
            params = params_for(i)
            start = time.perf_counter()
            connection.execute(sql, params).fetchall()
            times.append(time.perf_counter() - start)
        return times

    floor = timed("select 1", lambda i: None)
    out["baseline_select_1"] = {"p50": statistics.median(floor), "p95": percentile(floor, 0.95)}
    for name, sql in queries.items():
        rows = len(connection.execute(sql, first_params).fetchall())

        def params_for(i: int) -> dict:
            y = YEARS[i % len(YEARS)]
            return {"country": COUNTRIES[i % len(COUNTRIES)], "from_year": y[0], "to_year": y[1]}

        times = timed(sql, params_for)
        out["queries"][name] = {"p50": statistics.median(times), "p95": percentile(times, 0.95), "max": max(times),
                                "rows_for_PRT": rows, "runs": runs}
    connection.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--serving", type=Path, help="an existing serving.duckdb (otherwise one is built)")
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--json", type=Path, default=BENCH / "results" / "serving.json")
    args = ap.parse_args()
    m = machine()
    print(machine_line(m), flush=True)
    work = None
    serving = args.serving
    if serving is None:
        work = Path(tempfile.mkdtemp(prefix="diplomart-bench-serving-"))
        serving = build_serving(*SIZES[args.size], work)
    try:
        result = measure(serving, args.runs)
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)
    result.update({"machine": m, "serving": str(serving)})
    write_json(args.json, result)

    floor = result["baseline_select_1"]["p50"]
    print(f"\n{machine_line(m)}")
    print(f"serving file: {serving}; mart rows: {result['mart_rows']}")
    print(f"baseline `select 1`: p50 {floor * 1e3:.2f} ms; first query after open {fmt_s(result['first_query_after_open'])}")
    print(f"{'query':<22} {'p50':>9} {'p95':>9} {'max':>9} {'p50/floor':>10}")
    worst = 0.0
    for name, q in result["queries"].items():
        worst = max(worst, q["p95"])
        print(f"{name:<22} {q['p50'] * 1e3:>7.1f}ms {q['p95'] * 1e3:>7.1f}ms {q['max'] * 1e3:>7.1f}ms {q['p50'] / floor:>9.0f}x")
    print(f"target p95 < 100 ms: {'met' if worst < 0.1 else 'NOT met'} (worst p95 {worst * 1e3:.1f} ms)")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
