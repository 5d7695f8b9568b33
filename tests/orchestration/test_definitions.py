"""The code location loads, and its asset graph is what BI and operators rely on.

The graph snapshot (asset_graph.snapshot.json) makes a renamed mart or a lost
check show up in review. After an intended change:
    UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/orchestration/test_definitions.py
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

SNAPSHOT = Path(__file__).with_name("asset_graph.snapshot.json")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def defs(tmp_path_factory):
    from orchestration.definitions import build_definitions
    from orchestration.settings import load_settings

    root = tmp_path_factory.mktemp("defs")
    return build_definitions(load_settings({"DIPLOMART_WAREHOUSE": str(root / "warehouse.duckdb")}))


def graph_of(defs: dg.Definitions) -> dict:
    repository = defs.get_repository_def()
    graph = repository.asset_graph
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        if not node.is_materializable:
            continue
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "deps": sorted(k.to_user_string() for k in node.parent_keys),
            "checks": sorted(c.name for c in node.check_keys),
            "pool": ",".join(sorted(node.pools)) or None,
            "stale_after_hours": _fail_hours(node.freshness_policy),
        }
    exposures = {
        key.to_user_string(): sorted(k.to_user_string() for k in graph.get(key).parent_keys)
        for key in graph.get_all_asset_keys() if key.path[0] == "exposures"
    }
    return {
        "assets": assets,
        "exposures": exposures,
        "jobs": sorted(j.name for j in repository.get_all_jobs() if not j.name.startswith("__")),
        "schedules": {
            s.name: {"cron": s.cron_schedule, "timezone": s.execution_timezone, "default_status": s.default_status.value}
            for s in repository.schedule_defs
        },
        "sensors": {s.name: {"default_status": s.default_status.value} for s in repository.sensor_defs},
    }


def _fail_hours(policy) -> float | None:
    if policy is None:
        return None
    return (policy.fail_window.days * 86400 + policy.fail_window.seconds) / 3600


def test_asset_graph_matches_the_reviewed_snapshot(defs):
    graph = graph_of(defs)
    if os.environ.get("UPDATE_SNAPSHOTS") or not SNAPSHOT.exists():
        SNAPSHOT.write_text(json.dumps(graph, indent=2, sort_keys=True) + "\n")
    assert graph == json.loads(SNAPSHOT.read_text())


def test_nightly_refresh_runs_at_two_in_almaty_and_is_on_by_default(defs):
    schedule = defs.resolve_schedule_def("nightly_refresh_schedule")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 2 * * *", "Asia/Almaty")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.job_name == "nightly_refresh"


def test_every_mart_is_published_and_every_writer_shares_one_pool(defs):
    graph = graph_of(defs)["assets"]
    marts = {key for key in graph if key.startswith("marts/")}
    assert {"marts/fct_trade_official", "marts/fct_diplomatic_event", "marts/dim_country"} <= marts
    assert marts <= set(graph["serving/published_marts"]["deps"])
    writers = {key: spec["pool"] for key, spec in graph.items()}
    assert set(writers.values()) == {"duckdb_writer"}, writers
    # What every night reads goes stale after a missed night; a mart changes only when its inputs do.
    assert graph["raw/press_release_versions"]["stale_after_hours"] == graph["raw/bns_editions"]["stale_after_hours"] == 26.0
    assert {graph[key]["stale_after_hours"] for key in marts} == {None}


def test_the_code_location_is_diplomart_and_loads_without_a_warning_of_its_own():
    """As `make dev` loads it (pyproject's [tool.dagster]): named diplomart, and no Beta/Preview
    or other warning printed by the project's definitions (the CLI's own notice aside)."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dagster"), "definitions", "validate"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "DAGSTER_HOME": str(PROJECT_ROOT), "DIPLOMART_DAGSTER_STORAGE": str(PROJECT_ROOT / ".dagster_home")},
    )
    output = result.stderr + result.stdout
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Validation successful for code location diplomart" in output
    warnings = [line for line in output.splitlines()
                if "Warning" in line and "definitions_validate_command" not in line]
    assert not warnings, warnings


def test_asset_metadata_names_the_real_tables(defs, tmp_path_factory):
    """Storage reads warehouse.<schema>.<table> (the warehouse file's catalog), never a
    placeholder database; each mart also names the table BI reads in the serving file."""
    specs = {spec.key: spec for spec in defs.resolve_all_asset_specs()}
    names = {key.to_user_string(): spec.metadata.get("dagster/table_name") for key, spec in specs.items()
             if key.path[0] not in ("exposures", "serving")}
    assert names["marts/fct_trade_official"] == "warehouse.marts.fct_trade_official"
    assert names["staging/stg_govkz__press_releases"] == "warehouse.staging.stg_govkz__press_releases"
    assert names["raw/press_release_versions"] == "warehouse.raw.press_release_versions"
    assert all(name and name.startswith("warehouse.") for name in names.values()), names
    assert not [key for key, name in names.items() if "unused" in name or "parsed_without" in name]
    serving = specs[dg.AssetKey(["marts", "mart_bilateral_scorecard"])].metadata["serving_table"].value
    assert serving.startswith("marts.mart_bilateral_scorecard in ") and serving.endswith("serving.duckdb")


def test_every_mart_has_typed_described_columns_owners_and_code_references(defs):
    specs = {spec.key: spec for spec in defs.resolve_all_asset_specs()}
    marts = [spec for key, spec in specs.items() if key.path[0] == "marts"]
    assert len(marts) == 13
    for spec in marts:
        schema = spec.metadata["dagster/column_schema"]
        columns = getattr(schema, "schema", schema).columns
        assert columns and all(c.type not in ("?", "", None) and c.description for c in columns), spec.key
        files = [ref.file_path for ref in spec.metadata["dagster/code_references"].code_references]
        assert {Path(f).suffix for f in files} == {".sql", ".yml"} and all(Path(f).exists() for f in files)
    assert all(spec.owners for key, spec in specs.items() if key.path[0] != "exposures")
    raw = specs[dg.AssetKey(["raw", "press_release_versions"])]
    assert Path(raw.metadata["dagster/code_references"].code_references[0].file_path).name == "press_releases.py"


def test_every_mart_and_no_other_table_has_a_preview_of_its_own_columns(defs):
    """The dbt step puts a preview on each mart's materialization (marts_metadata.PREVIEWS): a mart
    left out, or a preview naming a column the mart's contract does not have, would fail the build."""
    from orchestration.marts_metadata import PREVIEWS

    specs = {key.path[-1]: spec for key, spec in ((s.key, s) for s in defs.resolve_all_asset_specs()) if key.path[0] == "marts"}
    assert set(PREVIEWS) == set(specs)
    for mart, (columns, _order) in PREVIEWS.items():
        schema = specs[mart].metadata["dagster/column_schema"]
        declared = {c.name for c in getattr(schema, "schema", schema).columns}
        assert set(columns) <= declared, (mart, sorted(set(columns) - declared))


def test_raw_tables_are_one_group_and_the_four_exposures_read_the_marts(defs):
    specs = {spec.key: spec for spec in defs.resolve_all_asset_specs()}
    assert {spec.group_name for key, spec in specs.items() if key.path[0] == "raw"} == {"raw"}
    exposures = {key.path[-1]: spec for key, spec in specs.items() if key.path[0] == "exposures"}
    assert set(exposures) == {"duckdb_cli_queries", "python_notebooks", "bilateral_relations_dashboard",
                              "trade_figure_fact_check"}
    dashboard = {dep.asset_key.to_user_string() for dep in exposures["bilateral_relations_dashboard"].deps}
    assert {"serving/published_marts", "marts/mart_bilateral_scorecard"} <= dashboard


def test_every_check_says_what_it_checks(defs):
    checks = list(defs.resolve_asset_graph().asset_check_keys)
    repository = defs.get_repository_def()
    specs = {spec.key: spec for assets_def in repository.assets_defs_by_key.values() for spec in assets_def.check_specs}
    assert len(specs) >= 450 and set(checks) == set(specs)
    undescribed = [key.to_user_string() for key, spec in specs.items() if not (spec.description or "").strip()]
    assert not undescribed, undescribed[:20]
    # dbt's tests on the raw sources are checks of the raw assets, not observations.
    assert dg.AssetCheckKey(dg.AssetKey(["raw", "release_facts"]), "source_unique_raw_release_facts_fact_id") in specs
    by_name = {(k.asset_key.path[-1], k.name): s for k, s in specs.items()}
    assert by_name[("fct_trade_reported", "usd_figure_keeps_its_quoted_value")].description.startswith("A figure quoted")
    assert by_name[("fct_trade_reported", "not_null_fct_trade_reported_metric")].description == "`metric` is never null."


def test_the_schedule_and_every_job_say_what_runs_and_when(defs):
    repository = defs.get_repository_def()
    jobs = {job.name: job for job in repository.get_all_jobs() if not job.name.startswith("__")}
    assert set(jobs) == {"nightly_refresh", "full_rebuild", "bns_refresh", "comext_refresh"}
    for job in jobs.values():
        assert len(job.description or "") > 120, job.name
    assert "02:00 Asia/Almaty" in jobs["nightly_refresh"].description
    assert "official_trade_sensor" in jobs["bns_refresh"].description
    schedule = defs.resolve_schedule_def("nightly_refresh_schedule")
    assert "02:00 Asia/Almaty" in schedule.description and "14 days" in schedule.description


def test_full_rebuild_needs_no_partition_and_no_config(defs):
    """A manual rebuild is a job of its own: no partitioned asset, nothing to fill in."""
    job = defs.resolve_job_def("full_rebuild")
    assert job.partitions_def is None
    assert job.tags.get("diplomart/dbt_build") == "full"
    keys = job.asset_layer.selected_asset_keys
    assert dg.AssetKey(["serving", "published_marts"]) in keys
    assert not [key for key in keys if key.path[0] == "raw"]
