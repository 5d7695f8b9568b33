"""The extractor compiled to C with mypyc: the same modules, about 1.5 times as fast, used only while the
compiled build matches the sources beside it.

    .venv/bin/python -m extraction.build_native          # `make native` runs it; a no-op when current
    .venv/bin/python -m extraction.build_native status

`extraction.build_native` compiles the modules of `COMPILED` (the per-sentence analysis, the finders and the release rules;
not the language packs, which are data and run once) into `.native/` at the repository root.
`extraction/__init__.py` calls `activate()` before any of them is imported: it puts the build first on the
package's path only when the digest the build recorded is the digest of the sources here and of this Python,
so an edited module, a checkout of another commit or another interpreter makes the whole build stale, and
the extractor runs as plain Python (the same code, the same facts) until the next build.
`DIPLOMART_PURE_PYTHON=1` turns the build off: the tests compare the two outputs release by release.

Why compiled at all: the extractor's time is spent in its own rule code (attribute reads, small loops,
set lookups), which the interpreter runs one bytecode at a time; mypyc turns the type-annotated modules into
C with direct attribute access and direct calls between them.  Plain Cython compilation without types was
measured at 1.07x and not adopted (docs/benchmarks.md, section 4).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
BUILD_DIR = ROOT / ".native"
STAMP = "build.json"
# The modules compiled, as paths relative to the repository root (mypyc names modules by their paths).
COMPILED = tuple(f"extraction/{name}.py" for name in (
    "text", "lexicon", "analysis", "people", "contacts", "amounts", "figures", "dates", "agreements",
    "release", "extract"))


def digest(root: Path = ROOT) -> str:
    """What a build is valid for: the compiled modules' sources, how they were compiled, and the Python that
    runs them."""
    h = hashlib.sha256(sys.version.encode())
    for path in (*COMPILED, "extraction/build_native.py"):
        h.update(path.encode() + b"\0" + (root / path).read_bytes() + b"\0")
    return h.hexdigest()


def is_current(build_dir: Path = BUILD_DIR) -> bool:
    try:
        stamp = json.loads((build_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp.get("digest") == digest(build_dir.parent)


def activate(package_path: list[str]) -> bool:
    """Put a current build before the sources on `package_path` (the `extraction` package's `__path__`);
    True when the compiled modules will be the ones imported."""
    if os.environ.get("DIPLOMART_PURE_PYTHON") or not is_current():
        return False
    package_path.insert(0, str(BUILD_DIR / "extraction"))
    if str(BUILD_DIR) not in sys.path:
        sys.path.append(str(BUILD_DIR))  # (the shared library the compiled modules load is a top-level module)
    return True
