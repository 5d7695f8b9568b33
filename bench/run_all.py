"""`make bench`: every benchmark, one after the other (never in parallel: they would time each other).

    .venv/bin/python bench/run_all.py                 # small sizes
    .venv/bin/python bench/run_all.py --size large    # 10^4 history, 3×10^4 releases / 10^7 trade rows
    .venv/bin/python bench/run_all.py --only scale,serving

Order: end to end, scale, serving (on the serving file of scale's largest size, rebuilt by
bench_serving.py itself), then extraction throughput (bench_extraction.py) last. Results as
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
    ap.add_argument("--only", help="comma-separated subset of: end_to_end,scale,serving,extraction")
    args = ap.parse_args()
    steps = {
        "end_to_end": [PYTHON, str(BENCH / "bench_end_to_end.py"), "--size", args.size],
        "scale": [PYTHON, str(BENCH / "bench_scale.py"), "--size", args.size],
        "serving": [PYTHON, str(BENCH / "bench_serving.py"), "--size", args.size],
        "extraction": [PYTHON, str(BENCH / "bench_extraction.py"), "--n", "10000" if args.size == "small" else "30000"],
    }
    chosen = args.only.split(",") if args.only else list(steps)
    failed = []
    for name in chosen:
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
