"""Where the shared real-text corpora and their scorer are: outside the repository (they are real
published texts, which the project does not ship). DIPLOMART_SHARED_DIR when set, else `../shared`
beside the checkout, else /work/shared (where the project's machines keep them)."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    for candidate in (os.environ.get("DIPLOMART_SHARED_DIR"), ROOT.parent / "shared", Path("/work/shared")):
        if candidate and (Path(candidate) / "tools" / "score_extraction.py").exists():
            return Path(candidate)
    return None
