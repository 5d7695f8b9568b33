"""The dbt project as Dagster assets: one asset per model and seed, dbt tests as asset checks.

The step rebuilds only what changed since the last green build (orchestration/build_state.py);
what it does not rebuild keeps its last build in the UI (orchestration/unchanged_models.py).
"""

import graphlib
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration.build_state import (
    DBT_BUILD_TAG,
    current_inputs,
    downstream_of_sources,
    last_published_build,
    record_build,
)
from orchestration.dbt_project import DBT_PROJECT, keep_partial_parse, prune_target_folders
from orchestration.dbt_translator import DiplomartDbtTranslator
from orchestration.marts_metadata import mart_metadata
from orchestration.model_metadata import column_lineage, column_schema, relation_of, row_count, warehouse_columns
from orchestration.resources import WarehouseResource
from orchestration.unchanged_models import (
    built_metadata,
    carried_check_evaluation,
    carried_output,
    last_build,
    unchanged_observation,
)

OP_NAME = "diplomart_dbt_models"


def build_dbt_assets(manifest: Mapping[str, Any], translator: DiplomartDbtTranslator,
                     serving_path: Path) -> dg.AssetsDefinition:
    @dbt_assets(
        manifest=manifest,
        project=DBT_PROJECT,
        dagster_dbt_translator=translator,
        name=OP_NAME,
        pool="duckdb_writer",
    )
    def diplomart_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
        yield from run_dbt_step(context, dbt, warehouse, manifest, translator, serving_path)

    return diplomart_dbt_models


def run_dbt_step(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource,
                 manifest: Mapping[str, Any], translator: DiplomartDbtTranslator, serving_path: Path) -> Iterator[Any]:
    assets_def = context.assets_def
    if context.selected_asset_keys != set(assets_def.node_keys_by_output_name.values()):
        # A few models (or checks) picked by hand in the UI: dagster-dbt's own subsetting, always rebuilt.
        invocation = dbt.cli(["build"], context=context, raise_on_error=False)
        yield from _with_metadata(context, list(invocation.stream()), warehouse.database, manifest, translator,
                                  invocation.target_path)
        prune_target_folders(invocation.target_path.parent, OP_NAME)
        _raise_unless_successful(invocation)
        return

    forced = context.run.tags.get(DBT_BUILD_TAG) == "full"
    with warehouse.connect() as connection:
        inputs = current_inputs(connection, manifest)
        previous = None if forced or not serving_path.exists() else last_published_build(connection)
    changed = inputs.changed_tables(previous)
    keys = list(assets_def.keys)

    if changed == []:
        # Nothing is materialized: every model keeps its last build on its page and every
        # check its result; the publish step is skipped (the serving file is current).
        history = last_build(context.instance, keys)
        if history is None:
            context.log.info("this Dagster instance has no record of the last build: rebuilding every model")
            changed = None
        else:
            for key in keys:
                context.log_event(unchanged_observation(key, history.materializations[key]))
            context.log.info(f"dbt build skipped: no raw input and no model changed since the last green build; "
                             f"the {len(keys)} models, their checks and the serving file stand as last built")
            return

    kept: list[dg.AssetKey] = []
    if changed:
        rebuilt = downstream_of_sources(manifest, changed)
        kept = [key for key in keys if key.path[-1] not in rebuilt]
        kept_marts = [key for key in kept if key.path[0] == "marts"]
        # Every check of the node, not only those this run selected (the nightly job selects none).
        all_checks = {spec.key for spec in assets_def.node_check_specs_by_output_name.values()}
        kept_mart_checks = [check for check in all_checks if check.asset_key in kept_marts]
        history = last_build(context.instance, kept, kept_mart_checks)
        if history is None:
            context.log.info("this Dagster instance has no record of the last build: rebuilding every model")
            changed, kept = None, []
        else:
            context.log.info(f"raw tables changed since the last green build: {', '.join(changed)}; "
                             f"rebuilding {len(keys) - len(kept)} models, keeping {len(kept)}")
            # The publish step needs every mart materialized in this run: a kept mart is
            # reported as its last build left it, with its checks' last results (see
            # unchanged_models); other kept models are only observed.
            for key in _topological(assets_def):
                if key in kept_marts:
                    yield carried_output(assets_def.get_output_name_for_asset_key(key), history.materializations[key])
                elif key in kept:
                    context.log_event(unchanged_observation(key, history.materializations[key]))
            for check in sorted(kept_mart_checks, key=lambda k: k.to_user_string()):
                context.log_event(carried_check_evaluation(check, history.checks[check]))

    args = ["build", "--select", "fqn:*"]
    if kept:
        # Cautious: a test touching a rebuilt model still runs when it also reads a kept one
        # (eager would drop it with the kept model); tests of kept models alone do not.
        args += ["--exclude", " ".join(sorted(key.path[-1] for key in kept)), "--indirect-selection", "cautious"]
    # Without the run's context, dagster-dbt runs exactly these arguments and reports every
    # test as a check evaluation, selected in the run or not (see _as_step_events).
    invocation = dbt.cli(args, manifest=manifest, dagster_dbt_translator=translator, raise_on_error=False,
                         target_path=Path("target") / f"{OP_NAME}-{context.run.run_id[:7]}-{uuid.uuid4().hex[:7]}")
    events = _as_step_events(context, invocation.stream())
    yield from _with_metadata(context, events, warehouse.database, manifest, translator, invocation.target_path)
    prune_target_folders(invocation.target_path.parent, OP_NAME)
    _raise_unless_successful(invocation)
    keep_partial_parse(invocation.target_path)
    with warehouse.connect() as connection:
        record_build(connection, "full", inputs, datetime.now(timezone.utc).replace(tzinfo=None))


def _as_step_events(context: dg.AssetExecutionContext, events: Iterable[Any]) -> list[Any]:
    """dbt's events as this step reports them: a model's materialization as its output; a test's
    result as its check's result when the run selected the check, else as an evaluation of it
    (logged by _with_metadata). The nightly job selects no dbt check, so that a quiet night plans none:
    each check keeps showing its last real result instead of ~500 "skipped"."""
    assets_def = context.assets_def
    converted = []
    for event in events:  # held until dbt exits: its process owns the DuckDB write lock
        if isinstance(event, dg.AssetMaterialization):
            event = dg.Output(None, output_name=assets_def.get_output_name_for_asset_key(event.asset_key),
                              metadata=event.metadata)
        elif isinstance(event, dg.AssetCheckEvaluation) and \
                dg.AssetCheckKey(event.asset_key, event.check_name) in context.selected_asset_check_keys:
            event = dg.AssetCheckResult(asset_key=event.asset_key, check_name=event.check_name, passed=event.passed,
                                        severity=event.severity, metadata=event.metadata, description=event.description)
        converted.append(event)
    return converted


def _raise_unless_successful(invocation: Any) -> None:
    if not invocation.is_successful():
        # Failing the step keeps the publish step (and so the serving file) untouched.
        raise dg.Failure(
            "dbt build failed: a model or a test did not pass",
            metadata={"dbt_errors": dg.MetadataValue.text(str(invocation.get_error()))},
        )


def _topological(assets_def: dg.AssetsDefinition) -> list[dg.AssetKey]:
    keys = set(assets_def.keys)
    graph = {key: {dep for dep in assets_def.asset_deps.get(key, set()) if dep in keys} for key in keys}
    return list(graphlib.TopologicalSorter(graph).static_order())


def _with_metadata(context: dg.AssetExecutionContext, events: list[Any], database: str, manifest: Mapping[str, Any],
                   translator: DiplomartDbtTranslator, target_path: Path) -> Iterator[Any]:
    """dbt's events, each rebuilt model's with its columns, lineage, row count and build stamp,
    and each mart's with a preview (and a chart for some)."""
    stamp = built_metadata(context.run.run_id, datetime.now(timezone.utc))
    connection = duckdb.connect(database, read_only=True)
    try:
        columns = warehouse_columns(connection)
        for event in events:
            if isinstance(event, dg.Output):
                key = context.asset_key_for_output(event.output_name)
                props = manifest["nodes"][event.metadata["unique_id"].value]
                extra: dict[str, Any] = {
                    **stamp,
                    "dagster/table_name": ".".join([props["database"], *relation_of(props)]),
                    "dagster/column_schema": column_schema(props, columns.get(relation_of(props), {})),
                }
                extra.update(column_lineage(props, manifest, columns, translator, target_path))
                rows = row_count(connection, props)
                if rows is not None:
                    extra["dagster/row_count"] = rows
                if key.path[0] == "marts":
                    extra.update(mart_metadata(connection, key.path[-1]))
                event = event.with_metadata({**event.metadata, **extra})
            if isinstance(event, (dg.Output, dg.AssetCheckResult)):
                yield event
            else:  # evaluations of checks the run did not select, observations
                context.log_event(event)
    finally:
        connection.close()
