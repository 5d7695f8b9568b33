"""The diplomart code location: every asset, check, job, schedule and resource."""
from __future__ import annotations

import inspect
import os
from datetime import timedelta

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.assets.dbt import build_dbt_assets
from orchestration.assets.press_releases import press_release_versions
from orchestration.assets.publish import ServingResource, build_publish_asset
from orchestration.assets.release_facts import release_facts
from orchestration.assets.trade_statistics import bns_edition_catalogue, bns_trade_by_country, comext_eu_exports
from orchestration.automation import (
    abandoned_run_sensor,
    bns_refresh,
    comext_refresh,
    full_rebuild,
    new_release_sensor,
    nightly_refresh,
    nightly_refresh_schedule,
    official_trade_sensor,
)
from orchestration.dbt_project import DBT_EXECUTABLE, DBT_PROJECT, manifest_for_warehouse, warehouse_catalog
from orchestration.dbt_translator import DATA_TEAM, DiplomartDbtTranslator, exposure_specs
from orchestration.resources import BnsResource, ComextResource, GovKzResource, WarehouseResource
from orchestration.settings import DEFAULTS, Settings, base_url_variable, load_settings, mode_variable

RAW_ASSETS = (press_release_versions, release_facts, bns_edition_catalogue, bns_trade_by_country, comext_eu_exports)
# What every nightly_refresh materializes, whatever it finds: not refreshed for 26 hours (one
# missed night plus slack) shows as stale. The marts are not on this list: a mart changes only
# when its inputs do, so its last build may rightly be days old.
NIGHTLY_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26), warn_window=timedelta(hours=24))
READ_EVERY_NIGHT = {press_release_versions.key, bns_edition_catalogue.key}


def from_environment(name: str) -> dg.EnvVar | str | None:
    """A setting as a Dagster EnvVar when the variable is set (read when each run starts and
    shown by name in the UI), else its default (orchestration/settings.py)."""
    return dg.EnvVar(name) if os.environ.get(name) else DEFAULTS[name]


def source_fields(source: str) -> dict:
    return {
        "mode": from_environment(mode_variable(source)),
        "default_mode": from_environment("DIPLOMART_SOURCE_MODE"),
        "base_url": from_environment(base_url_variable(source)),
    }


def build_resources() -> dict:
    return {
        "warehouse": WarehouseResource(database=from_environment("DIPLOMART_WAREHOUSE")),
        "govkz": GovKzResource(
            **source_fields("govkz"),
            snapshot_dir=from_environment("DIPLOMART_GOVKZ_SNAPSHOT_DIR"),
            requests_per_second=from_environment("DIPLOMART_GOVKZ_REQUESTS_PER_SECOND"),
            read_timeout_s=from_environment("DIPLOMART_GOVKZ_READ_TIMEOUT_S"),
            history_start=from_environment("DIPLOMART_GOVKZ_HISTORY_START"),
            max_unparseable_share=from_environment("DIPLOMART_MAX_UNPARSEABLE_SHARE"),
        ),
        "bns": BnsResource(**source_fields("bns")),
        "comext": ComextResource(**source_fields("comext")),
        "dbt": DbtCliResource(project_dir=DBT_PROJECT, dbt_executable=DBT_EXECUTABLE),
        "serving": ServingResource(
            warehouse=from_environment("DIPLOMART_WAREHOUSE"), serving_path=from_environment("DIPLOMART_SERVING")
        ),
    }


def build_definitions(settings: Settings | None = None) -> dg.Definitions:
    settings = settings or load_settings()
    translator = DiplomartDbtTranslator(DBT_PROJECT, settings.serving)
    manifest = manifest_for_warehouse(settings.warehouse)
    dbt_models = build_dbt_assets(manifest, translator, settings.serving)
    published = build_publish_asset([key for key in dbt_models.keys if key.path[0] == "marts"])
    return dg.Definitions(
        assets=[
            *(as_raw_table(asset, warehouse_catalog(settings.warehouse)) for asset in RAW_ASSETS),
            dbt_models,
            published,
            *exposure_specs(manifest, translator, published.key),
        ],
        jobs=[nightly_refresh, full_rebuild, bns_refresh, comext_refresh],
        schedules=[nightly_refresh_schedule],
        sensors=[new_release_sensor, official_trade_sensor, abandoned_run_sensor],
        # One process per run, steps in it one after another: the steps share the one
        # DuckDB writer anyway, and a process per step would re-import the code location
        # (~5 s) for each of them.
        executor=dg.in_process_executor,
        resources=build_resources(),
    )


def as_raw_table(assets_def: dg.AssetsDefinition, catalog: str) -> dg.AssetsDefinition:
    """A Python landing asset as the UI shows it: in group `raw` with the other raw tables,
    owned, named by its table in the warehouse, linked to the code that writes it."""
    compute = assets_def.op.compute_fn.decorated_fn
    source = dg.LocalFileCodeReference(file_path=inspect.getsourcefile(compute),
                                       line_number=inspect.getsourcelines(compute)[1])
    return assets_def.map_asset_specs(lambda spec: spec.replace_attributes(
        group_name="raw",
        owners=[DATA_TEAM],
        freshness_policy=NIGHTLY_FRESHNESS if spec.key in READ_EVERY_NIGHT else spec.freshness_policy,
        metadata={
            **spec.metadata,
            "dagster/table_name": f"{catalog}.{'.'.join(spec.key.path)}",
            "dagster/code_references": dg.CodeReferencesMetadataValue(code_references=[source]),
        },
    ))


defs = build_definitions()
