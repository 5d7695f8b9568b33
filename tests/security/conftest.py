"""The security tests reuse the reliability suite's incremental run, whose new releases
include a hostile one (see tests/reliability/reliability_support.py): one full refresh
serves both suites instead of two."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
import reliability_support as support  # noqa: E402


@pytest.fixture(scope="session")
def incremental(tmp_path_factory) -> dict:
    return support.incremental_state(tmp_path_factory)
