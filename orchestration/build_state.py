"""What the dbt build must redo: nothing, the models downstream of changed raw tables, or everything.

A night with no new release, edition or month still runs the refresh; without
this the whole dbt build (most of the run's time) would rebuild identical
marts, and one new release would rebuild every trade model too. The state
covers every raw table dbt reads (row count and newest load time: every write
path stamps its rows, and an unchanged slice is not rewritten) and the
project's code (the checksums dbt records in the manifest). It is stored only
after a successful build ("full"), and copied when the marts of that build
were published ("published"): a build whose publish failed is redone, so the
serving file never stays behind the warehouse.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import duckdb

SOURCE_NAME = "raw"
# A run tagged diplomart/dbt_build=full rebuilds every model and runs every test whatever
# changed (the full_rebuild job carries the tag; any run can be given it in the Launchpad).
DBT_BUILD_TAG = "diplomart/dbt_build"

STATE_DDL = """
create schema if not exists ops;
create table if not exists ops.dbt_build_state (
    build_scope varchar   not null primary key,
    state       json      not null,
    built_at    timestamp not null
);
"""


@dataclass(frozen=True)
class BuildInputs:
    code: str
    tables: dict[str, str]

    def changed_tables(self, previous: "BuildInputs | None") -> list[str] | None:
        """Raw tables changed since `previous`; None means rebuild everything."""
        if previous is None or previous.code != self.code:
            return None
        return sorted(t for t, state in self.tables.items() if previous.tables.get(t) != state)


def code_fingerprint(manifest: dict[str, Any]) -> str:
    nodes = sorted((uid, node.get("checksum", {}).get("checksum", "")) for uid, node in manifest["nodes"].items())
    macros = sorted(
        (uid, hashlib.sha256(macro.get("macro_sql", "").encode()).hexdigest())
        for uid, macro in manifest.get("macros", {}).items()
        if macro.get("package_name") == manifest["metadata"].get("project_name")
    )
    return hashlib.sha256(json.dumps([nodes, macros, sorted(manifest.get("sources", {}))]).encode()).hexdigest()


class UnstampedSourceError(ValueError):
    """A dbt source table without a loaded_at_field: the dbt step could not tell whether it changed."""


def input_tables(manifest: dict[str, Any]) -> list[tuple[str, str]]:
    """(table, the column every write path stamps) for every raw table dbt reads.

    Read from the dbt sources (their `loaded_at_field`, which `dbt source freshness` uses
    too), so a table added to _sources.yml is compared without a second list to keep
    in step; one without a loaded_at_field is an error, never a table silently ignored.
    """
    tables = []
    for source in manifest["sources"].values():
        if source["source_name"] != SOURCE_NAME:
            continue
        stamp = source.get("loaded_at_field")
        if not stamp:
            raise UnstampedSourceError(
                f"dbt source {SOURCE_NAME}.{source['name']} has no loaded_at_field: give it the column every "
                "write path stamps, so that the dbt step sees when the table changes"
            )
        tables.append((source["name"], stamp))
    return sorted(tables)


def current_inputs(connection: duckdb.DuckDBPyConnection, manifest: dict[str, Any]) -> BuildInputs:
    tables = {}
    for table, stamp in input_tables(manifest):
        # Identifiers come from the project's own dbt sources, never from data.
        count, newest = connection.execute(f"select count(*), max({stamp}) from raw.{table}").fetchone()
        tables[table] = f"{count}:{newest}"
    return BuildInputs(code=code_fingerprint(manifest), tables=tables)


def last_built_inputs(connection: duckdb.DuckDBPyConnection, scope: str) -> BuildInputs | None:
    connection.execute(STATE_DDL)
    row = connection.execute("select state from ops.dbt_build_state where build_scope = ?", [scope]).fetchone()
    if not row:
        return None
    state = json.loads(row[0])
    return BuildInputs(code=state["code"], tables=state["tables"])


def last_published_build(connection: duckdb.DuckDBPyConnection) -> BuildInputs | None:
    """The inputs of the last green build, if its marts were published; else None (rebuild)."""
    built = last_built_inputs(connection, "full")
    return built if built is not None and last_built_inputs(connection, "published") == built else None


def record_published(connection: duckdb.DuckDBPyConnection, published_at: datetime) -> None:
    """The marts of the last green build are in the serving file."""
    connection.execute(STATE_DDL)
    connection.execute(
        "insert or replace into ops.dbt_build_state "
        "select 'published', state, ? from ops.dbt_build_state where build_scope = 'full'",
        [published_at],
    )


def record_build(connection: duckdb.DuckDBPyConnection, scope: str, inputs: BuildInputs, built_at: datetime) -> None:
    connection.execute(STATE_DDL)
    connection.execute(
        "insert or replace into ops.dbt_build_state values (?, ?, ?)",
        [scope, json.dumps({"code": inputs.code, "tables": inputs.tables}), built_at],
    )


def downstream_of_sources(manifest: dict[str, Any], tables: list[str]) -> set[str]:
    """Names of the models, seeds and snapshots that read, directly or not, any of `tables`."""
    child_map = manifest["child_map"]
    frontier = [f"source.{manifest['metadata']['project_name']}.{SOURCE_NAME}.{t}" for t in tables]
    seen: set[str] = set()
    while frontier:
        for child in child_map.get(frontier.pop(), []):
            if child not in seen:
                seen.add(child)
                frontier.append(child)
    return {manifest["nodes"][uid]["name"] for uid in seen if uid in manifest["nodes"]
            and manifest["nodes"][uid]["resource_type"] in ("model", "seed", "snapshot")}


def unchanged_nodes(manifest: dict[str, Any], rebuilt: set[str]) -> set[str]:
    """Names of the models, seeds and snapshots outside `rebuilt`."""
    return {node["name"] for node in manifest["nodes"].values()
            if node["resource_type"] in ("model", "seed", "snapshot") and node["name"] not in rebuilt}
