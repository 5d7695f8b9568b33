"""Throughput of the extractor on real Russian releases, against English real releases in the same run.

Reads the texts of ../shared/corpus/dev-ru (30 real Russian releases) and ../shared/corpus/train (71 real
English releases) — read at run time, never copied into the project — and times on one core, in CPU
time (`time.process_time`, the figure to quote on this shared machine) and wall clock, best of --repeat
rounds run alternately: (a) English extraction of the English texts, the baseline, and (b) Russian
extraction of the Russian texts, each corpus repeated --times times.  Rates are given in releases/s and in
characters/s (the corpora's texts differ in length), with their ratio.  It also times the Russian pack's
first-call cost in a fresh process (pymorphy3's analyzer and the lexicons keyed by lemma).

    .venv/bin/python bench/bench_extraction_ru.py [--times 10] [--repeat 3]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import machine_line  # noqa: E402
from extraction import extract  # noqa: E402

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"

_FIRST_CALL = """
import time
c0, w0 = time.process_time(), time.perf_counter()
from extraction import extract
extract("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Послом Японии.", "2024-01-01", "ru")
print(time.process_time() - c0, time.perf_counter() - w0)
"""


def releases(folder: Path) -> list[tuple[str, str | None, str]]:
    out = []
    for path in sorted(folder.glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
        published = meta.get("published", "").strip()
        out.append((body, published if published[:2] == "20" else None, meta.get("language", "en").strip()))
    return out


def timed(cases: list[tuple[str, str | None, str]], times: int) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    for _ in range(times):
        for text, published, language in cases:
            extract(text, published, language)
    return time.process_time() - c0, time.perf_counter() - w0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--times", type=int, default=10, help="how many times each corpus is extracted per round")
    ap.add_argument("--repeat", type=int, default=3, help="rounds; the best of each is reported")
    args = ap.parse_args()
    if not (CORPORA / "dev-ru").is_dir() or not (CORPORA / "train").is_dir():
        print(f"the shared corpora are not at {CORPORA}")
        return 1
    print(machine_line())
    first = subprocess.run([sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[1]).stdout.split()
    print(f"Russian first call in a fresh process (import, pymorphy3, lexicons, one release): "
          f"{float(first[0]):.2f} s CPU, {float(first[1]):.2f} s wall")
    russian, english = releases(CORPORA / "dev-ru"), releases(CORPORA / "train")
    timed(russian, 1), timed(english, 1)  # warm: pymorphy3 readings and keys of the corpus's words cached
    best = {"ru": [float("inf")] * 2, "en": [float("inf")] * 2}
    for _ in range(args.repeat):
        for label, cases in (("en", english), ("ru", russian)):
            cpu, wall = timed(cases, args.times)
            best[label] = [min(best[label][0], cpu), min(best[label][1], wall)]
    rates = {}
    for label, cases in (("en", english), ("ru", russian)):
        n, chars = len(cases) * args.times, sum(len(c[0]) for c in cases) * args.times
        cpu, wall = best[label]
        rates[label] = (n / cpu, chars / cpu)
        print(f"[{label}] {len(cases)} releases x {args.times} ({chars // args.times // len(cases)} characters "
              f"each on average): {n / cpu:,.0f} releases/s CPU ({chars / cpu:,.0f} characters/s), "
              f"{n / wall:,.0f} releases/s wall (best of {args.repeat})")
    print(f"Russian / English: {rates['ru'][0] / rates['en'][0]:.2f}x in releases/s, "
          f"{rates['ru'][1] / rates['en'][1]:.2f}x in characters/s (CPU time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
