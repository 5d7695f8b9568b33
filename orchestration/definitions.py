"""The diplomart code location: every asset, check, job, schedule and resource."""
from __future__ import annotations

from datetime import timedelta

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.assets.dbt import DBT_EXECUTABLE, DBT_PROJECT, build_dbt_assets
from orchestration.assets.press_releases import press_release_versions
from orchestration.assets.publish import ServingResource, build_publish_asset
from orchestration.assets.release_facts import release_facts
from orchestration.assets.trade_statistics import bns_edition_catalogue, bns_trade_by_country, comext_eu_exports
from orchestration.automation import (
    bns_refresh,
    comext_refresh,
    new_release_sensor,
    nightly_refresh,
    nightly_refresh_schedule,
    official_trade_sensor,
)
from orchestration.resources import SourceModeResource, WarehouseResource
from orchestration.settings import Settings, apply_to_environment, load_settings


MART_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26), warn_window=timedelta(hours=24))


def build_definitions(settings: Settings | None = None) -> dg.Definitions:
    settings = settings or load_settings()
    apply_to_environment(settings)
    dbt_models = build_dbt_assets()
    mart_keys = [key for key in dbt_models.keys if key.path[0] == "marts"]
    defs = dg.Definitions(
        assets=[
            press_release_versions,
            release_facts,
            bns_edition_catalogue,
            bns_trade_by_country,
            comext_eu_exports,
            dbt_models,
            build_publish_asset(mart_keys),
        ],
        jobs=[nightly_refresh, bns_refresh, comext_refresh],
        schedules=[nightly_refresh_schedule],
        sensors=[new_release_sensor, official_trade_sensor],
        resources={
            "warehouse": WarehouseResource(database=str(settings.warehouse)),
            "source_mode": SourceModeResource(mode=settings.source_mode),
            "dbt": DbtCliResource(project_dir=DBT_PROJECT, dbt_executable=DBT_EXECUTABLE),
            "serving": ServingResource(serving_path=str(settings.serving), parquet_dir=str(settings.parquet_dir)),
        },
    )
    # A mart not refreshed for 26 hours (one missed night plus slack) shows as stale in the UI.
    return defs.map_resolved_asset_specs(
        func=lambda spec: dg.apply_freshness_policy(spec, MART_FRESHNESS),
        selection=dg.AssetSelection.key_prefixes(["marts"], ["serving"]),
    )


defs = build_definitions()
