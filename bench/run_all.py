"""`make bench`: every benchmark, one after the other (never in parallel: they would time each other).

    .venv/bin/python bench/run_all.py                 # small sizes
    .venv/bin/python bench/run_all.py --size large    # 10^4 history, 10^5 releases / 10^7 trade rows
    .venv/bin/python bench/run_all.py --only scale,serving

Order: end to end, scale, serving (on the serving file of scale's largest size, which scale
copies to bench/results/serving-<size>.duckdb; built by bench_serving.py itself when scale
did not run), extraction throughput (bench_extraction.py), then a quiet night against a full
one, run by the daemon, on the SQLite and the Postgres instance (bench_quiet_night.py). Results as
JSON in bench/results/; the summary tables go into docs/benchmarks.md by hand.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=["small", "large"], default="small")
    ap.add_argument("--only", help="comma-separated subset of: end_to_end,scale,serving,extraction,quiet_night")
    args = ap.parse_args()
    # scale leaves its largest serving file for the serving benchmark, which otherwise
    # builds the same marts again (minutes at the large size)
    largest_serving = BENCH / "results" / f"serving-{args.size}.duckdb"
    serving = [PYTHON, str(BENCH / "bench_serving.py"), "--size", args.size]
    steps = {
        "end_to_end": [PYTHON, str(BENCH / "bench_end_to_end.py"), "--size", args.size],
        "scale": [PYTHON, str(BENCH / "bench_scale.py"), "--size", args.size, "--serving-out", str(largest_serving)],
        "serving": serving,
        "extraction": [PYTHON, str(BENCH / "bench_extraction.py"), "--n", "10000" if args.size == "small" else "30000"],
        "quiet_night": [PYTHON, str(BENCH / "bench_quiet_night.py")],
    }
    chosen = args.only.split(",") if args.only else list(steps)
    if "scale" in chosen:
        largest_serving.unlink(missing_ok=True)  # never measure a stale file from an earlier code version
    failed = []
    for name in chosen:
        if name == "serving" and "scale" in chosen and largest_serving.exists():
            serving += ["--serving", str(largest_serving)]
        print(f"\n######## {name}: {' '.join(steps[name][1:])}", flush=True)
        started = time.perf_counter()
        code = subprocess.call(steps[name])
        print(f"######## {name}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
