"""A BI-like reader of serving.duckdb, run as its own process by test_reliability_refresh.py.

    python serving_reader.py SERVING STOP_FILE OUT_JSON

Holds one read-only connection open for its whole life and, in a loop, fingerprints every
mart through it and through a fresh read-only connection; stops when STOP_FILE appears
(or after 10 minutes) and writes what it saw to OUT_JSON. Prints "ready" once the held
connection has read the file.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb

MAX_SECONDS = 600


def fingerprint(connection: duckdb.DuckDBPyConnection) -> str:
    tables = [t for (t,) in connection.execute(
        "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
    parts = []
    for table in tables:
        # A whole-table checksum (load timestamps included: the reader sees files, not runs).
        rows, digest = connection.execute(
            f'select count(*), md5(coalesce(string_agg(t::varchar, chr(10) order by t::varchar), \'\')) from marts."{table}" t'
        ).fetchone()
        parts.append(f"{table}:{rows}:{digest}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def main(serving: str, stop_file: str, out: str) -> int:
    held = duckdb.connect(serving, read_only=True)
    seen_held: Counter[str] = Counter()
    seen_fresh: Counter[str] = Counter()
    errors: list[str] = []
    seen_held[fingerprint(held)] += 1
    print("ready", flush=True)
    deadline = time.monotonic() + MAX_SECONDS
    while not Path(stop_file).exists() and time.monotonic() < deadline:
        try:
            seen_held[fingerprint(held)] += 1
        except Exception as exc:  # noqa: BLE001 - any failure is what the test wants to know about
            errors.append(f"held: {exc!r}")
        try:
            fresh = duckdb.connect(serving, read_only=True)
            try:
                seen_fresh[fingerprint(fresh)] += 1
            finally:
                fresh.close()
        except Exception as exc:  # noqa: BLE001
            errors.append(f"fresh: {exc!r}")
        time.sleep(0.05)
    held.close()
    Path(out).write_text(json.dumps({"held": seen_held, "fresh": seen_fresh, "errors": errors[:20]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
