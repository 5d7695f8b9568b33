"""The diplomart code location: every asset, check, job, schedule and resource."""
from __future__ import annotations

import os
from datetime import timedelta

import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration.assets.dbt import DBT_EXECUTABLE, DBT_PROJECT, build_dbt_assets
from orchestration.assets.press_releases import press_release_versions
from orchestration.assets.publish import ServingResource, build_publish_asset
from orchestration.assets.release_facts import release_facts
from orchestration.assets.trade_statistics import bns_edition_catalogue, bns_trade_by_country, comext_eu_exports
from orchestration.automation import (
    abandoned_run_sensor,
    bns_refresh,
    comext_refresh,
    new_release_sensor,
    nightly_refresh,
    nightly_refresh_schedule,
    official_trade_sensor,
)
from orchestration.resources import BnsResource, ComextResource, GovKzResource, WarehouseResource
from orchestration.settings import DEFAULTS, base_url_variable, mode_variable


MART_FRESHNESS = dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26), warn_window=timedelta(hours=24))


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


def build_definitions() -> dg.Definitions:
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
        sensors=[new_release_sensor, official_trade_sensor, abandoned_run_sensor],
        resources=build_resources(),
    )
    # A mart not refreshed for 26 hours (one missed night plus slack) shows as stale in the UI.
    return defs.map_resolved_asset_specs(
        func=lambda spec: dg.apply_freshness_policy(spec, MART_FRESHNESS),
        selection=dg.AssetSelection.key_prefixes(["marts"], ["serving"]),
    )


defs = build_definitions()
