"""The compiled build of the extractor (extraction/native.py): `make test` builds it first, so the whole suite
runs the extractor users get; these tests say it is in use, that it gives exactly the facts the plain Python
modules give, and that an edited module is never shadowed by a stale build.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import extraction
import extraction.people
from extraction import native

ROOT = Path(__file__).resolve().parents[2]


def run_python(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """This Python, with `env` added to this process's environment (less DIPLOMART_PURE_PYTHON)."""
    base = {k: v for k, v in os.environ.items() if k != "DIPLOMART_PURE_PYTHON"}
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, env={**base, **env},
                          timeout=900)


def test_the_suite_runs_the_compiled_extractor():
    assert native.is_current(), "no current compiled build: `make native` (make test runs it) builds one"
    if os.environ.get("DIPLOMART_PURE_PYTHON"):  # the suite run as plain Python, on purpose
        assert not extraction.COMPILED and Path(extraction.people.__file__).suffix == ".py"
        return
    assert extraction.COMPILED
    assert Path(extraction.people.__file__).parent == native.BUILD_DIR / "extraction"
    assert Path(extraction.people.__file__).suffix == ".so"


def test_compiled_and_plain_python_extract_the_same_facts(tmp_path):
    # every release of the probe set and of the shared corpora on this machine, and the random texts of
    # scripts/extraction_identity.py (odd constructions no release has), in both languages
    dumps = {}
    for name, env in (("compiled", {}), ("python", {"DIPLOMART_PURE_PYTHON": "1"})):
        dumps[name] = tmp_path / f"{name}.json"
        done = run_python(["scripts/extraction_identity.py", "dump", str(dumps[name])], ROOT, **env)
        assert done.returncode == 0, done.stderr
    compiled = json.loads(dumps["compiled"].read_text(encoding="utf-8"))
    python = json.loads(dumps["python"].read_text(encoding="utf-8"))
    assert len(compiled) >= 300 and any(r["case"].startswith("random-ru") for r in compiled)
    assert sum(1 for r in compiled if r["facts"]["events"]) >= 50  # (facts were extracted, not only empties)
    assert [r["case"] for r in compiled] == [r["case"] for r in python]
    changed = [a["case"] for a, b in zip(compiled, python, strict=True) if a != b]
    assert not changed, f"compiled and plain Python disagree on {len(changed)} texts, e.g. {changed[:5]}"


def test_the_facts_do_not_depend_on_the_hash_seed(tmp_path):
    # Python salts string hashes per process: a rule that iterated a set of strings where order matters (a tie
    # between two countries for the release's partner, broken by whichever came first) would give another
    # counterpart in another run
    dumps = []
    for seed in ("1", "2"):
        dumps.append(tmp_path / f"seed{seed}.json")
        done = run_python(["scripts/extraction_identity.py", "dump", str(dumps[-1])], ROOT, PYTHONHASHSEED=seed)
        assert done.returncode == 0, done.stderr
    one, other = (json.loads(d.read_text(encoding="utf-8")) for d in dumps)
    changed = [a["case"] for a, b in zip(one, other, strict=True) if a != b]
    assert not changed, f"the facts of {len(changed)} texts depend on the hash seed, e.g. {changed[:5]}"


_TIE = ("from extraction import extract; print(extract('Uzbekistan and Turkmenistan are neighbours of Kazakhstan in the "
        "Aral basin. Water from Uzbekistan and Turkmenistan feeds the region. The Senate ratified the agreement on the "
        "transit of water.', published='2024-04-18')['agreements'][0]['counterpart'])")


def test_a_tie_for_the_partner_goes_to_the_country_named_first_in_every_run():
    # two countries named equally often, first in the same sentence: the one the text names first, whatever the
    # hash seed of the process
    partners = {run_python(["-c", _TIE], ROOT, PYTHONHASHSEED=seed).stdout.strip() for seed in "123456"}
    assert partners == {"UZB"}


_WHICH = "import extraction, extraction.people as p; print(extraction.COMPILED, p.__file__.endswith('.so'))"


def copy_of_the_extractor(tmp_path: Path) -> Path:
    """The extractor's package and its compiled build, as a checkout elsewhere would hold them."""
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "extraction", root / "extraction", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(native.BUILD_DIR, root / native.BUILD_DIR.name)
    return root


def test_an_edited_module_runs_as_python_until_the_next_build(tmp_path):
    root = copy_of_the_extractor(tmp_path)
    assert run_python(["-c", _WHICH], root).stdout.split() == ["True", "True"]
    people = root / "extraction" / "people.py"
    people.write_text(people.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert run_python(["-c", _WHICH], root).stdout.split() == ["False", "False"]
    # and it extracts, as Python
    done = run_python(["-c", "from extraction import extract; print(extract('Roman Vassilenko met the Ambassador of "
                             "Spain Elena Madrazo Hegewisch in Astana.', '2024-03-01')['counterparts'])"], root)
    assert done.stdout.strip() == "['ESP']", done.stderr


def test_the_build_can_be_turned_off(tmp_path):
    root = copy_of_the_extractor(tmp_path)
    assert run_python(["-c", _WHICH], root, DIPLOMART_PURE_PYTHON="1").stdout.split() == ["False", "False"]


def test_a_build_without_its_environment_says_how_to_get_one_and_keeps_the_build(tmp_path):
    root = copy_of_the_extractor(tmp_path)
    people = root / "extraction" / "people.py"
    people.write_text(people.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    done = run_python(["-m", "extraction.build_native", "build"], root,
                      DIPLOMART_MYPYC_PYTHON=str(tmp_path / "no-such-python"))
    assert done.returncode != 0
    assert "no mypyc environment" in done.stderr and "make native" in done.stderr
    assert (root / native.BUILD_DIR.name / native.STAMP).exists()  # the old build is left (stale, unused)
    assert run_python(["-c", _WHICH], root).stdout.split() == ["False", "False"]
