"""Throughput of the extractor on one core: on real releases (the probe set in the repository and the shared
corpora when they are on the machine, English and Russian apart) and on synthetic releases from templates.
One bench for both languages: Russian is timed on the same terms as English.

Times, on one core (CPU time and wall clock, best of --repeat rounds, alternately), (a) the baseline: splitting
the same texts into sentences with the extractor's own splitter, and (b) full extraction; prints releases/s,
their ratio, the machine and its load.  The first release of a language also pays for loading its pack
(lexicons, the Russian morphology): that cost is printed apart and left out of the rates.

`--compare ROOT` (repeatable) also times another checkout's extractor (ROOT/extraction: an earlier version, a
branch) on the same real releases, in a child process, one pass after each of this one's (same load), and
prints this one's rate as a ratio to it.  `--compare-interpreted` does the same for this checkout's extractor
run as plain Python (DIPLOMART_PURE_PYTHON=1), to measure the compiled build (extraction/native.py) against
the interpreter in one run; the first line says whether this process runs the compiled build.

    .venv/bin/python bench/bench_extraction.py [--real-only] [--n 10000] [--seed 7] [--repeat 3] [--mb]
                                               [--compare ROOT ...] [--compare-interpreted]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extraction import COMPILED, extract  # noqa: E402
from extraction.lang import pack_for  # noqa: E402
from extraction.text import split_sentences  # noqa: E402

PARTNERS = [("Portugal", "Portuguese", "Lisbon"), ("Spain", "Spanish", "Madrid"), ("Finland", "Finnish", "Helsinki"),
            ("Romania", "Romanian", "Bucharest"), ("Serbia", "Serbian", "Belgrade"), ("Georgia", "Georgian", "Tbilisi"),
            ("Morocco", "Moroccan", "Rabat"), ("Latvia", "Latvian", "Riga"), ("Greece", "Greek", "Athens"),
            ("Oman", "Omani", "Muscat"), ("Kenya", "Kenyan", "Nairobi"), ("Thailand", "Thai", "Bangkok")]
KAZ_OFFICIALS = [("Deputy Minister of Foreign Affairs", "Roman Vassilenko"), ("Deputy Prime Minister - Minister of Foreign Affairs", "Murat Nurtleu"),
                 ("First Deputy Minister of Foreign Affairs", "Kairat Umarov"), ("President", "Kassym-Jomart Tokayev")]
FOREIGN_TITLES = ["Ambassador", "Minister of Foreign Affairs", "State Secretary", "Vice Minister of Foreign Affairs", "Prime Minister"]
FIRST = ["Jose", "Maria", "Andrei", "Elena", "Nikos", "Anna", "Peter", "Laura", "Ahmed", "Sofia"]
LAST = ["Amaral", "Urbiola", "Popescu", "Dendias", "Lupu", "Tavio", "Bourita", "Augulis", "Korir", "Silva"]
FILLER = ["The parties discussed current issues of the bilateral agenda and prospects for cooperation.",
          "Special attention was paid to transport and logistics, education and tourism.",
          "The diplomats exchanged views on topical issues of the regional and international agenda.",
          "Both sides stressed the importance of regular political dialogue at all levels.",
          "Photo: press service of the Kazakh MFA"]


def release(rng: random.Random) -> dict:
    country, adj, city = rng.choice(PARTNERS)
    k_title, k_name = rng.choice(KAZ_OFFICIALS)
    f_name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    f_title = rng.choice(FOREIGN_TITLES)
    year = rng.randint(2018, 2025)
    opening = rng.choice([
        f"{k_title} of the Republic of Kazakhstan {k_name} met with {f_title} of {country} {f_name}, press service of the Kazakh MFA reports.",
        f"{k_title} of Kazakhstan {k_name} held talks with {adj} {f_title} {f_name} in {city} on March {rng.randint(1, 28)}.",
        f"{k_name}, {k_title} of Kazakhstan, had a telephone conversation with {f_title} of {country} {f_name}.",
        f"The {rng.randint(2, 9)}th round of Kazakh-{adj} political consultations was held in Astana.",
        f"{k_title} of Kazakhstan {k_name} paid an official visit to {country}.",
    ])
    body = [opening] + rng.sample(FILLER, 3)
    if rng.random() < 0.6:
        body.append(f"Bilateral trade turnover in {year} amounted to {rng.randint(10, 990)}.{rng.randint(0, 9)} million US dollars "
                    f"(exports {rng.randint(1, 9)}.{rng.randint(0, 9)} million, imports - {rng.randint(1, 9)}.{rng.randint(0, 9)} million), "
                    f"which is {rng.randint(2, 80)}% more compared to the previous year.")
    if rng.random() < 0.3:
        body.append(f"From 2005 to {year}, the gross inflow of direct investment from {country} to Kazakhstan exceeded "
                    f"{rng.randint(50, 900)} million US dollars.")
    if rng.random() < 0.3:
        body.append(f"Following the meeting, the parties signed a Memorandum of Understanding on cooperation in the field of "
                    f"{rng.choice(['education', 'tourism', 'digital technologies', 'agriculture'])}.")
    if rng.random() < 0.2:
        body.append(f"The sides agreed to bring bilateral trade to ${rng.randint(1, 5)} billion.")
    return {"text": "\n\n".join(body), "published": f"{year + 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}


def memory_gb() -> str:
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def real_releases() -> dict[str, list[dict]]:
    """Real releases by language: the probe set in the repository, and the shared corpora when present."""
    root = Path(__file__).resolve().parents[1]
    folders = [root / "tests" / "extraction" / "unseen"]
    shared = Path(os.environ.get("DIPLOMART_SHARED_DIR") or root.parent / "shared") / "corpus"
    folders += [shared / name for name in ("seed", "dev", "train", "dev-ru") if (shared / name).is_dir()]
    by_language: dict[str, list[dict]] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
            meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
            published = meta.get("published", "").strip()
            language = meta.get("language", "en").strip() or "en"
            by_language.setdefault(language, []).append(
                {"text": body, "published": published if published[:2] in ("19", "20") else None,
                 "language": language})
    return by_language


def measure(label: str, releases: list[dict], repeat: int, compare: list[str] = ()) -> float:
    """Print the rates of one set of releases (and of the extractors of the `compare` checkouts on them);
    returns extraction releases/s (CPU time)."""
    if not releases:
        return 0.0
    others = [Other(root, releases) for root in compare]
    language = releases[0].get("language", "en")
    c0 = time.process_time()
    pack = pack_for(language)  # the first call loads the pack
    first = time.process_time() - c0
    if pack is None:
        print(f"\n{label}: no language pack for {language!r}")
        return 0.0
    for r in releases:  # warm: word keys and lemmas met once are cached, as in a long run
        extract(r["text"], r.get("published"), r.get("language", "en"))
    # Other jobs share the machine: time CPU (process_time) as well as wall clock, baseline and extraction
    # alternately, and keep the best of `repeat` rounds of each.
    wall_b = wall_x = cpu_b = cpu_x = float("inf")
    n_sentences = facts = 0
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        n_sentences = sum(len(split_sentences(r["text"], pack.abbreviations)) for r in releases)
        wall_b, cpu_b = min(wall_b, time.perf_counter() - w0), min(cpu_b, time.process_time() - c0)
        w0, c0 = time.perf_counter(), time.process_time()
        facts = 0
        for r in releases:
            out = extract(r["text"], r.get("published"), r.get("language", "en"))
            facts += sum(len(out[k]) for k in ("events", "agreements", "trade_figures", "investment_figures"))
        wall_x, cpu_x = min(wall_x, time.perf_counter() - w0), min(cpu_x, time.process_time() - c0)
        for other in others:
            other.one_pass()
    n = len(releases)
    chars = sum(len(r["text"]) for r in releases)
    print(f"\n{label}: {n} releases, {chars / n:,.0f} characters each on average, {n_sentences} sentences, "
          f"{facts} facts (best of {repeat}); loading the {language} pack: {first:.2f} s CPU")
    for name, baseline, full in (("CPU time", cpu_b, cpu_x), ("wall clock", wall_b, wall_x)):
        print(f"  [{name}] baseline (split into sentences): {n / baseline:,.0f} releases/s;  "
              f"extraction: {n / full:,.0f} releases/s;  ratio {full / baseline:.1f}x")
    for other in others:
        other.close()
        if not other.ready:
            print(f"  [compare] {other.label} failed to start")
            continue
        print(f"  [CPU time] {other.label}: {n / other.best:,.0f} releases/s, "
              f"{other.best / baseline:.1f}x the baseline; this one {other.best / cpu_x:.2f}x its rate")
    return n / cpu_x


# Another checkout's extractor, in a child process (so that its `extraction` package is that checkout's): it
# reads the releases, warms once, then times one pass in CPU time each time it reads a line.
_COMPARE = """
import json, sys, time
root, language = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
from extraction import extract
releases = json.loads(sys.stdin.readline())
def run():
    for r in releases:
        extract(r["text"], r["published"]) if language == "en" else extract(r["text"], r["published"], language)
run()
print("ready", flush=True)
for _ in sys.stdin:
    c0 = time.process_time()
    run()
    print(time.process_time() - c0, flush=True)
"""


# `--compare-interpreted`: this checkout's extractor as plain Python
INTERPRETED = "this extractor as plain Python"


class Other:
    """Another checkout's extractor, timed pass by pass between this one's passes (same load)."""

    def __init__(self, root: str, releases: list[dict]):
        self.label = root if root == INTERPRETED else f"the extractor at {root}"
        self.best = float("inf")
        language = releases[0].get("language", "en")
        env = dict(os.environ)
        if root == INTERPRETED:
            root, env["DIPLOMART_PURE_PYTHON"] = str(Path(__file__).resolve().parents[1]), "1"
        self.child = subprocess.Popen([sys.executable, "-c", _COMPARE, root, language], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True, env=env)
        self.child.stdin.write(json.dumps(releases) + "\n")
        self.child.stdin.flush()
        self.ready = self.child.stdout.readline().strip() == "ready"

    def one_pass(self) -> None:
        if self.ready:
            self.child.stdin.write("go\n")
            self.child.stdin.flush()
            self.best = min(self.best, float(self.child.stdout.readline()))

    def close(self) -> None:
        self.child.stdin.close()
        self.child.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="synthetic releases")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="rounds; the best of each is reported")
    ap.add_argument("--real-only", action="store_true", help="only the real releases")
    ap.add_argument("--mb", action="store_true", help="also time one 1 MB text")
    ap.add_argument("--compare", action="append", default=[], metavar="ROOT",
                    help="also time the extractor of another checkout (ROOT/extraction) on the real releases")
    ap.add_argument("--compare-interpreted", action="store_true",
                    help="also time this extractor as plain Python (without its compiled build)")
    args = ap.parse_args()
    compare = args.compare + ([INTERPRETED] if args.compare_interpreted else [])
    try:
        load = "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        load = "load average unknown"
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, {memory_gb()} RAM, "
          f"Python {platform.python_version()} (one core used), {load}")
    print("extractor: " + ("compiled build (extraction/native.py)" if COMPILED else "plain Python (no current "
                                                                                   "compiled build, or DIPLOMART_PURE_PYTHON)"))
    real = real_releases()
    english = measure("real releases, English", real.get("en", []), args.repeat, compare)
    measure("real releases, Russian", real.get("ru", []), args.repeat, compare)
    print(f"\ntarget >= 1,000 real English releases/s (CPU time): {'met' if english >= 1000 else 'NOT met'}")
    if not args.real_only:
        rng = random.Random(args.seed)
        measure("synthetic releases (templates)", [release(rng) for _ in range(args.n)], args.repeat)
    if args.mb:
        parts, size = [], 0
        rng = random.Random(args.seed + 1)
        while size < 1_000_000:
            parts.append(release(rng)["text"])
            size += len(parts[-1]) + 2
        text = "\n\n".join(parts)
        best = float("inf")
        for _ in range(args.repeat):
            c0 = time.process_time()
            extract(text, published="2024-05-01")
            best = min(best, time.process_time() - c0)
        print(f"\none text of {len(text):,} characters: {best:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
