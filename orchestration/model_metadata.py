"""What a rebuilt dbt model's materialization tells: its columns with their types, where each
column comes from (column lineage), and its row count.

Read from the warehouse after dbt exits (DuckDB allows one writer: dbt's process holds the
file while it runs). Column lineage is dagster-dbt's own (sqlglot over the compiled SQL,
given the columns of the model and of its parents).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Mapping

import dagster as dg
import duckdb
from dagster_dbt.core.dbt_cli_event import EventHistoryMetadata, _build_column_lineage_metadata

logger = logging.getLogger(__name__)


def warehouse_columns(connection: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], dict[str, str]]:
    """(schema, table) -> {column: DuckDB type}, in column order, for every table and view."""
    columns: dict[tuple[str, str], dict[str, str]] = {}
    for schema, table, column, data_type in connection.execute(
        "select table_schema, table_name, column_name, data_type from information_schema.columns "
        "where table_catalog = current_database() order by table_schema, table_name, ordinal_position"
    ).fetchall():
        columns.setdefault((schema, table), {})[column] = data_type
    return columns


def relation_of(props: Mapping[str, Any]) -> tuple[str, str]:
    return props["schema"], props.get("alias") or props.get("identifier") or props["name"]


def column_schema(props: Mapping[str, Any], columns: Mapping[str, str]) -> dg.TableSchema:
    """The model's real columns and types, described as its YAML describes them."""
    documented = {name.lower(): spec for name, spec in props.get("columns", {}).items()}
    return dg.TableSchema(columns=[
        dg.TableColumn(name=name, type=data_type.lower(),
                       description=(documented.get(name.lower()) or {}).get("description") or None)
        for name, data_type in columns.items()
    ])


def column_lineage(
    props: Mapping[str, Any],
    manifest: Mapping[str, Any],
    columns: Mapping[tuple[str, str], Mapping[str, str]],
    translator: Any,
    target_path: Path,
) -> dict[str, Any]:
    """`dagster/column_lineage` for a model, or nothing when sqlglot cannot follow its SQL."""
    if props["resource_type"] != "model":
        return {}
    parents = {}
    for parent_id in manifest["parent_map"].get(props["unique_id"], []):
        parent = manifest["nodes"].get(parent_id) or manifest["sources"].get(parent_id)
        if parent and parent.get("relation_name"):
            parents[parent["relation_name"]] = {c: {"data_type": t} for c, t in columns.get(relation_of(parent), {}).items()}
    own = {c: {"data_type": t} for c, t in columns.get(relation_of(props), {}).items()}
    try:
        return _build_column_lineage_metadata(
            event_history_metadata=EventHistoryMetadata(columns=own, parents=parents),
            dbt_resource_props=dict(props),
            manifest=manifest,
            dagster_dbt_translator=translator,
            target_path=target_path,
            project=None,
        )
    except Exception as error:  # lineage is a help, never a reason to fail a build
        logger.info("no column lineage for %s: %s", props["name"], error)
        return {}


def row_count(connection: duckdb.DuckDBPyConnection, props: Mapping[str, Any]) -> int | None:
    """Rows of a table model or seed; views are not counted (that would run their query)."""
    if props["config"].get("materialized") not in ("table", "seed", "incremental"):
        return None
    schema, table = relation_of(props)
    # Identifiers from the dbt manifest (schema and alias of our own models), double-quoted.
    return int(connection.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0])  # noqa: S608 -- identifiers from the manifest
