"""Reliability suite set-up: one uninterrupted full refresh shared by every test (the
reference the others are compared with), and the fault ledger.

The ledger is printed at the end of the run; with DIPLOMART_RELIABILITY_DOC=1 it is also
written into docs/reliability.md (that is how the table there is produced).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

import reliability_support as support
from orchestration.settings import Settings


@dataclass(frozen=True)
class Baseline:
    settings: Settings
    marts: dict  # mart fingerprints of the serving file
    raw: dict  # raw table fingerprints of the warehouse
    seconds: float

    def copy_to(self, root: Path, mode: str = "snapshot") -> Settings:
        return support.copy_state(self.settings, root, mode)


@pytest.fixture(scope="session")
def baseline(tmp_path_factory) -> Baseline:
    """An uninterrupted full refresh of the embedded snapshot into an empty warehouse."""
    root = tmp_path_factory.mktemp("baseline")
    settings = support.settings_in(root)
    outcome = support.full_refresh(settings)
    assert outcome.success, outcome.failures
    return Baseline(settings, support.mart_fingerprints(settings.serving), support.raw_fingerprints(settings.warehouse),
                    outcome.seconds)


def pytest_terminal_summary(terminalreporter):
    rows = support.LEDGER
    if not rows:
        return
    terminalreporter.section("reliability: faults injected and what survived")
    terminalreporter.write_line(support.ledger_markdown(rows))
    if os.environ.get("DIPLOMART_RELIABILITY_DOC") == "1":
        support.write_ledger_into_doc(rows)
        terminalreporter.write_line(f"written into {support.DOC}")
