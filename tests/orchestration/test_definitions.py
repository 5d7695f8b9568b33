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
def defs():
    from orchestration.definitions import build_definitions

    return build_definitions()


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
    return {
        "assets": assets,
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
    schedule = defs.get_schedule_def("nightly_refresh_schedule")
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
    assert {graph[key]["stale_after_hours"] for key in marts} == {26.0}


def test_dagster_definitions_validate_passes():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dagster"), "definitions", "validate", "-m", "orchestration.definitions"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "DAGSTER_HOME": str(PROJECT_ROOT), "DIPLOMART_DAGSTER_STORAGE": str(PROJECT_ROOT / ".dagster_home")},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Validation successful" in result.stderr + result.stdout
