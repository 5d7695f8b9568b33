"""The dbt project as Dagster assets: one asset per model and seed, dbt tests as asset checks."""

import graphlib
import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from orchestration.build_state import (
    current_inputs,
    downstream_of_sources,
    last_built_inputs,
    record_build,
    unchanged_nodes,
)
from orchestration.marts_metadata import mart_metadata
from orchestration.resources import WarehouseResource
from orchestration.settings import DBT_PROJECT_DIR

# The dbt beside this interpreter: `make dev` and cron do not put .venv/bin on PATH.
DBT_EXECUTABLE = str(Path(sys.executable).parent / "dbt")
DBT_PROJECT = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
LAYER_BY_FOLDER = {"staging": "staging", "intermediate": "intermediate", "marts": "marts"}


def ensure_manifest(project: DbtProject = DBT_PROJECT) -> Path:
    """Parse the dbt project unless its manifest was parsed from exactly the current files.

    Used instead of DbtProject.prepare_if_dev(), which runs whatever `dbt` is on PATH
    (none under `make dev`: .venv/bin is not on it). A hash of the project's files,
    not their modification times, decides: a parse that raced an edit must not pass
    for fresh. Parsing needs no database.
    """
    manifest = Path(project.manifest_path)
    stamp = manifest.with_name("diplomart_sources.sha256")
    digest = _project_digest(Path(project.project_dir))
    if not manifest.exists() or not stamp.exists() or stamp.read_text() != digest:
        subprocess.run(
            [DBT_EXECUTABLE, "parse", "--quiet", "--project-dir", str(project.project_dir), "--profiles-dir", str(project.project_dir)],
            check=True,
            cwd=project.project_dir,
            env={**os.environ, "DIPLOMART_WAREHOUSE": os.environ.get("DIPLOMART_WAREHOUSE", "unused.duckdb")},
        )
        stamp.write_text(digest)
    return manifest


def _project_digest(project_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(project_dir.rglob("*")):
        relative = path.relative_to(project_dir)
        if relative.parts[0] in {"target", "logs", "dbt_packages"} or not path.is_file():
            continue
        if path.suffix in {".sql", ".yml", ".yaml", ".csv", ".md"}:
            digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class DiplomartDbtTranslator(DagsterDbtTranslator):
    """Keys `<layer>/<model>` (e.g. marts/fct_trade_official) and groups by layer, so a
    rename that would break a BI query shows up in the asset-graph snapshot test."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return super().get_asset_key(dbt_resource_props)
        return dg.AssetKey([self._layer(dbt_resource_props), dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return self._layer(dbt_resource_props)

    @staticmethod
    def _layer(props: Mapping[str, Any]) -> str:
        if props["resource_type"] == "seed":
            return "reference"
        folders = props.get("fqn", [])[1:-1]
        return next((LAYER_BY_FOLDER[f] for f in folders if f in LAYER_BY_FOLDER), "models")


class DbtBuildConfig(dg.Config):
    force: bool = False
    """Rebuild even when no raw input and no model changed since the last green build."""


TRANSLATOR = DiplomartDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))


def build_dbt_assets() -> dg.AssetsDefinition:
    ensure_manifest()

    @dbt_assets(
        manifest=DBT_PROJECT.manifest_path,
        project=DBT_PROJECT,
        dagster_dbt_translator=TRANSLATOR,
        pool="duckdb_writer",
    )
    def diplomart_dbt_models(
        context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource, config: DbtBuildConfig
    ):
        manifest = json.loads(Path(DBT_PROJECT.manifest_path).read_text())
        full_build = context.selected_output_names == set(context.op_execution_context.op_def.output_dict)
        with warehouse.connect() as connection:
            inputs = current_inputs(connection, manifest)
            previous = None if config.force or not full_build else last_built_inputs(connection, "full")
        changed = inputs.changed_tables(previous)

        args = ["build"]
        if changed is not None:
            rebuilt = downstream_of_sources(manifest, changed)
            unchanged = sorted(unchanged_nodes(manifest, rebuilt))
            # What no changed table feeds is closed under "upstream of", so it can be
            # confirmed before dbt's own events without breaking dependency order.
            yield from _confirm_unchanged(context, keep=lambda key: key.path[-1] not in rebuilt)
            if not changed:
                context.log.info("dbt build skipped: no raw input and no model changed since the last green build")
                return
            context.log.info(f"raw tables changed since the last green build: {', '.join(changed)}; "
                             f"rebuilding {len(rebuilt)} models, keeping {len(unchanged)}")
            # An exclusion, not a selection: dagster-dbt appends its own `--select`,
            # which would override ours. Tests touching a rebuilt model still run.
            args += ["--exclude", " ".join(unchanged)]

        # Events are held until dbt exits: the dbt process owns the DuckDB write
        # lock while it runs, and the previews below need to read the file.
        invocation = dbt.cli(args, context=context, raise_on_error=False)
        events = list(invocation.stream())
        yield from _with_mart_previews(context, events, warehouse.database)
        if not invocation.is_successful():
            # Failing the step keeps the publish step (and so the serving file) untouched.
            raise dg.Failure(
                "dbt build failed: a model or a test did not pass",
                metadata={"dbt_errors": dg.MetadataValue.text(str(invocation.get_error()))},
            )
        if full_build:
            with warehouse.connect() as connection:
                record_build(connection, "full", inputs, datetime.now(timezone.utc).replace(tzinfo=None))

    return diplomart_dbt_models


def _confirm_unchanged(context: dg.AssetExecutionContext, keep: Callable[[dg.AssetKey], bool]) -> Iterator[dg.Output]:
    """Materialize the models `keep` accepts as 'current, unchanged', so freshness holds on
    quiet nights. Dagster requires a model's upstream models to be yielded first."""
    assets_def = context.assets_def
    keys = set(assets_def.keys)
    graph = {key: {dep for dep in assets_def.asset_deps.get(key, set()) if dep in keys} for key in keys}
    for key in graphlib.TopologicalSorter(graph).static_order():
        output_name = assets_def.get_output_name_for_asset_key(key)
        if keep(key) and output_name in context.selected_output_names:
            yield dg.Output(None, output_name=output_name, metadata={"dbt_build": "skipped: inputs and models unchanged"})


def _with_mart_previews(context: dg.AssetExecutionContext, events: list[Any], database: str) -> Iterator[Any]:
    connection = duckdb.connect(database, read_only=True)
    try:
        for event in events:
            if isinstance(event, dg.Output):
                key = context.asset_key_for_output(event.output_name)
                if key.path[0] == "marts":
                    event = event.with_metadata({**event.metadata, **mart_metadata(connection, key.path[-1])})
            yield event
    finally:
        connection.close()
