"""Reliability suite set-up: one uninterrupted full refresh shared by every test (the
reference the others are compared with), the incremental run, and the fault ledger.

The ledger is printed at the end of the run; with DIPLOMART_RELIABILITY_DOC=1 it is also
written into docs/reliability.md (that is how the table there is produced).
"""
from __future__ import annotations

import os

import pytest

import postgres_server
import reliability_support as support


@pytest.fixture(scope="session")
def baseline(tmp_path_factory) -> support.Baseline:
    return support.baseline_state(tmp_path_factory)


@pytest.fixture(scope="session")
def incremental(tmp_path_factory) -> dict:
    return support.incremental_state(tmp_path_factory)


@pytest.fixture(scope="session")
def postgres():
    """One real PostgreSQL server for the session (each user creates a database of its own).
    Without PostgreSQL installed the tests that need it are skipped - except in CI, where
    .ci/run installs it and its absence is a failure."""
    try:
        server = postgres_server.start_server()
    except postgres_server.PostgresUnavailable as missing:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(missing))
    yield server
    postgres_server.stop_server(server)


def pytest_terminal_summary(terminalreporter):
    rows = support.LEDGER
    if not rows:
        return
    terminalreporter.section("reliability: faults injected and what survived")
    terminalreporter.write_line(support.ledger_markdown(rows))
    if os.environ.get("DIPLOMART_RELIABILITY_DOC") == "1":
        support.write_ledger_into_doc(rows)
        terminalreporter.write_line(f"written into {support.DOC}")
