"""Compiles the extractor's modules with mypyc into `.native/` (how the build is used: extraction/native.py).

    make native          # the build environment (.venv-mypyc, requirements-native.lock), then this
    .venv/bin/python -m extraction.build_native [build [--force] | status]

mypyc runs in its own environment (DIPLOMART_MYPYC_PYTHON, by default .venv-mypyc/bin/python; see
requirements-native.lock for why), which must be the same Python as this one: the modules it compiles are
loaded by this interpreter.  It needs a C compiler and Python's headers.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .native import BUILD_DIR, COMPILED, ROOT, STAMP, digest, is_current

# The name of the one shared library that holds every compiled module (a top-level module of the build).
GROUP = "diplomart_extraction"


def mypyc_python() -> str:
    return os.environ.get("DIPLOMART_MYPYC_PYTHON") or str(ROOT / ".venv-mypyc" / "bin" / "python")


def build(build_dir: Path = BUILD_DIR, force: bool = False) -> bool:
    """Compile the modules into `build_dir` unless a current build is there; True when it compiled.
    The new build replaces the old one only once complete (a failed build leaves the old one, which is
    stale, so the extractor runs as plain Python)."""
    if not force and is_current(build_dir):
        return False
    python = mypyc_python()
    try:
        version = subprocess.run([python, "-c", "import sys; print(sys.version)"], capture_output=True,
                                 text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"extraction.build_native: no mypyc environment at {python} ({error}); `make native` "
                         "makes one from requirements-native.lock") from None
    if version != sys.version:
        raise SystemExit(f"extraction.build_native: {python} is Python {version}, this is {sys.version}: "
                         "the compiled modules would not load here")
    # (the sources' digest as they are read for compiling: a module edited while the build runs leaves it stale)
    sources = digest(build_dir.parent)
    work = Path(tempfile.mkdtemp(prefix="diplomart-native-"))
    try:
        # From the repository root, so that mypyc names the modules `extraction.*` and type-checks them with
        # the project's settings (pyproject.toml, [tool.mypy]).
        # (mypy's cache and the generated C go to the temporary directory too; setuptools' notices are hushed)
        env = {**os.environ, "MYPY_CACHE_DIR": str(work / "mypy_cache"), "PYTHONWARNINGS": "ignore"}
        subprocess.run([python, "-c", _SETUP, str(work / "lib"), str(work / "temp"), GROUP, *COMPILED],
                       cwd=build_dir.parent, check=True, stdout=subprocess.DEVNULL, env=env)
        (work / "lib" / STAMP).write_text(json.dumps({"digest": sources, "modules": COMPILED,
                                                       "python": sys.version}, indent=1), encoding="utf-8")
        if build_dir.exists():
            shutil.rmtree(build_dir)
        shutil.move(str(work / "lib"), build_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return True


_SETUP = """
import os, sys
from setuptools import setup
from mypyc.build import mypycify
lib, temp, group, *paths = sys.argv[1:]
setup(name=group, ext_modules=mypycify(paths, group_name=group, opt_level="3", multi_file=True,
                                       target_dir=os.path.join(temp, "c")),
      script_args=["build_ext", "--build-lib", lib, "--build-temp", temp, "--parallel", str(os.cpu_count() or 1)])
"""


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "build":
        compiled = build(force="--force" in argv)
        print(f"extraction: compiled build in {BUILD_DIR} " + ("built" if compiled else "already current"))
        return 0
    if command == "status":
        import extraction
        state = "in use" if extraction.COMPILED else ("current, turned off by DIPLOMART_PURE_PYTHON"
                                                      if is_current() else "missing or stale: plain Python")
        print(f"extraction: compiled build {state} ({BUILD_DIR})")
        return 0
    print("usage: python -m extraction.build_native [build [--force] | status]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
