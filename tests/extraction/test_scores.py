"""The extractor's scores on real releases, with the shared scorer: a change that loses accuracy cannot land
unnoticed.  Floors sit just under the figures measured when they were set (extraction/README.md has the
history); raise them when the extractor gets better, never lower them to make a change pass.

The real corpora and the scorer live outside the repository (`../shared`, or DIPLOMART_SHARED_DIR); our own
probe set (tests/extraction/unseen) is in it.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared_corpora import shared_dir

ROOT = Path(__file__).resolve().parents[2]
HEADLINE = ("counterparts", "subject_events", "event_type", "participants", "agreements", "trade_figures",
            "investment_figures")

# corpus -> (macro F1 floor, floors of single headline facts)
FLOORS = {
    "train": (0.96, {"agreements": 0.92, "trade_figures": 0.97, "participants": 0.97}),
    "dev": (0.975, {"agreements": 0.99, "trade_figures": 0.99, "participants": 0.96}),
    "seed": (0.96, {"trade_figures": 1.0, "participants": 1.0}),
    "unseen": (0.98, {"agreements": 0.98, "trade_figures": 0.99, "participants": 0.99}),
}


def corpus_path(name: str) -> Path:
    if name == "unseen":
        return ROOT / "tests" / "extraction" / "unseen"
    shared = shared_dir()
    if shared is None:
        pytest.skip("the shared corpora are not on this machine (set DIPLOMART_SHARED_DIR)")
    return shared / "corpus" / name


def score(corpus: Path) -> tuple[float, dict[str, float]]:
    shared = shared_dir()
    if shared is None:
        pytest.skip("the shared scorer is not on this machine (set DIPLOMART_SHARED_DIR)")
    command = f"{Path(sys.executable).parent / 'diplomart'} extract"
    out = subprocess.run([sys.executable, str(shared / "tools" / "score_extraction.py"), str(corpus),
                          "--command", command], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    facts = {}
    for line in out.stdout.splitlines():
        cells = line.split()
        if cells and cells[0] in HEADLINE and len(cells) == 6:
            facts[cells[0]] = float(cells[-1])
    macro = float(re.search(r"macro F1 \(\d+ headline facts\): ([\d.]+)", out.stdout).group(1))
    return macro, facts


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_score_stays_above_its_floor(name):
    macro, facts = score(corpus_path(name))
    floor, fact_floors = FLOORS[name]
    assert macro >= floor, f"{name}: macro F1 {macro:.3f} < floor {floor} ({facts})"
    for fact, fact_floor in fact_floors.items():
        assert facts[fact] >= fact_floor, f"{name}: {fact} F1 {facts[fact]:.3f} < floor {fact_floor}"
