"""The Russian pack's score on the real Russian releases of the shared corpus dev-ru (tests/shared_corpora.py finds it) (30 releases with
gold), with the shared scorer, and the pack's resources kept consistent.  The floors sit under the
measured figures (macro F1 0.982, every headline fact >= 0.958 with rules-2.0.0), so a
regression cannot land unnoticed; dev-ru is small (30 releases), hence some room."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extraction import extract
from extraction.lang.ru import normalise, places
from extraction.lexicon import read_tsv
from extraction.text import tokenize
from tests.shared_corpora import shared_dir

_ROOT = Path(__file__).resolve().parents[3]
_SHARED = shared_dir()
_CORPUS = _SHARED / "corpus" / "dev-ru" if _SHARED else None
_SCORER = _SHARED / "tools" / "score_extraction.py" if _SHARED else None
_PACK = _ROOT / "extraction" / "lang" / "ru"

MACRO_FLOOR = 0.97
FACT_FLOOR = 0.90


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", _SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(_SHARED is None, reason="the shared corpora are not on this machine (set DIPLOMART_SHARED_DIR)")
def test_dev_ru_macro_f1_stays_above_its_floor():
    sc = _scorer()
    tallies = {name: sc.Tally() for name in sc.FACTS}
    for txt in sorted(_CORPUS.glob("*.txt")):
        case = sc.read_case(txt)
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        predicted = extract(case["text"], case["published"], case["language"])
        for name, (select, match) in sc.FACTS.items():
            tallies[name].add(select(gold), select(predicted), match)
    f1 = {name: tallies[name].prf()[2] for name in sc.HEADLINE}
    macro = sum(f1.values()) / len(f1)
    assert macro >= MACRO_FLOOR, f1
    assert min(f1.values()) >= FACT_FLOOR, f1


def test_no_lexicon_line_repeats_another_key():
    """Two lines with the same lemma key and meaning match twice (a mention counted twice)."""
    seen: dict[tuple, str] = {}
    for path in sorted((_PACK / "lexicon").glob("*.tsv")):
        for layer, phrase, category, value, flags in read_tsv(path, path.stem):
            if "exact" in flags.split():
                continue  # told apart by the surface ("в среду" / "В среду")
            key = (layer, tuple(t.key for t in tokenize(phrase, 0, len(phrase), normalise)), category, value)
            assert key not in seen, f"{path.name}: {phrase!r} repeats {seen[key]!r}"
            seen[key] = phrase


def test_the_generated_place_rows_are_current():
    """places.tsv is generated from the gazetteer's tables (`python -m extraction.lang.ru.places`)."""
    assert places.cache_is_current()
    assert places.place_rows() == [("place", *row[:4]) for row in places.build_rows()]
