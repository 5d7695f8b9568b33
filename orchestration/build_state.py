"""Whether the dbt build can be skipped: nothing it reads, and none of its code, changed.

A night with no new release, edition or month still runs the refresh; without
this the whole dbt build (most of the run's time) would rebuild identical
marts. The fingerprint covers every raw table dbt reads (row count and newest
load time: every write path stamps its rows) and the project's code (the
checksums dbt itself records in the manifest). It is stored only after a
successful build, so a failed or killed build is always redone.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import duckdb

# (table, the column every write path stamps) for every raw table dbt reads.
INPUT_TABLES = (
    ("raw.press_release_versions", "first_fetched_at"),
    ("raw.release_facts", "extracted_at"),
    ("raw.release_extractions", "extracted_at"),
    ("raw.bns_trade_by_country", "loaded_at"),
    ("raw.comext_eu_exports", "loaded_at"),
)

STATE_DDL = """
create schema if not exists ops;
create table if not exists ops.dbt_build_state (
    build_scope       varchar   not null primary key,
    input_fingerprint varchar   not null,
    built_at          timestamp not null
);
"""


def code_fingerprint(manifest_path: Path) -> str:
    manifest = json.loads(Path(manifest_path).read_text())
    nodes = sorted((uid, node.get("checksum", {}).get("checksum", "")) for uid, node in manifest["nodes"].items())
    macros = sorted(
        (uid, hashlib.sha256(macro.get("macro_sql", "").encode()).hexdigest())
        for uid, macro in manifest.get("macros", {}).items()
        if macro.get("package_name") == manifest["metadata"].get("project_name")
    )
    sources = sorted(manifest.get("sources", {}))
    return hashlib.sha256(json.dumps([nodes, macros, sources]).encode()).hexdigest()


def input_fingerprint(connection: duckdb.DuckDBPyConnection, manifest_path: Path) -> str:
    parts = [code_fingerprint(manifest_path)]
    for table, stamp in INPUT_TABLES:
        # Identifiers are the constants above, never data.
        count, newest = connection.execute(f"select count(*), max({stamp}) from {table}").fetchone()
        parts.append(f"{table}:{count}:{newest}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def last_built_fingerprint(connection: duckdb.DuckDBPyConnection, scope: str) -> str | None:
    connection.execute(STATE_DDL)
    row = connection.execute(
        "select input_fingerprint from ops.dbt_build_state where build_scope = ?", [scope]
    ).fetchone()
    return row[0] if row else None


def record_build(connection: duckdb.DuckDBPyConnection, scope: str, fingerprint: str, built_at: datetime) -> None:
    connection.execute(STATE_DDL)
    connection.execute(
        "insert or replace into ops.dbt_build_state values (?, ?, ?)", [scope, fingerprint, built_at]
    )
