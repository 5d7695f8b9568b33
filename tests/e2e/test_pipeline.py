"""The whole graph, materialized for real on the embedded snapshot into a temporary warehouse."""
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.definitions import build_definitions
from orchestration.run import execute_full_refresh
from orchestration.settings import load_settings

pytestmark = pytest.mark.e2e
VOLATILE_COLUMN = re.compile(r"(loaded|fetched|extracted|published|built)_at")


def run_refresh(settings):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DIPLOMART_WAREHOUSE", str(settings.warehouse))
        env.setenv("DIPLOMART_SERVING", str(settings.serving))
        env.setenv("DIPLOMART_SOURCE_MODE", "snapshot")
        result = execute_full_refresh(build_definitions(), dg.DagsterInstance.ephemeral(), modes=dict(settings.modes))
    failures = [e.message for e in result.all_events if e.is_failure]
    assert result.success, failures
    return result


def mart_fingerprints(serving_path) -> dict[str, tuple[int, str]]:
    """Row count and a content checksum of every mart, ignoring load timestamps."""
    connection = duckdb.connect(str(serving_path), read_only=True)
    try:
        fingerprints = {}
        tables = [t for (t,) in connection.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()]
        for table in tables:
            columns = [c for (c,) in connection.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ? "
                "order by ordinal_position", [table]).fetchall() if not VOLATILE_COLUMN.search(c)]
            column_list = ", ".join(f'"{c}"' for c in columns)
            fingerprints[table] = connection.execute(
                f'select count(*), md5(coalesce(string_agg(r, chr(10) order by r), \'\')) '
                f'from (select row({column_list})::varchar as r from marts."{table}")'
            ).fetchone()
        return fingerprints
    finally:
        connection.close()


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    settings = load_settings({"DIPLOMART_WAREHOUSE": str(root / "warehouse.duckdb"), "DIPLOMART_SOURCE_MODE": "snapshot"})
    result = run_refresh(settings)
    first = mart_fingerprints(settings.serving)
    return settings, first, result


@pytest.fixture(scope="module")
def serving(refreshed):
    settings, _, _ = refreshed
    connection = duckdb.connect(str(settings.serving), read_only=True)
    yield connection
    connection.close()


def test_every_mart_is_published_and_not_empty(refreshed):
    _, fingerprints, _ = refreshed
    expected = {"dim_country", "dim_date", "fct_diplomatic_event", "fct_agreement", "fct_trade_official", "fct_trade_reported"}
    assert expected <= set(fingerprints)
    empty = [table for table, (rows, _) in fingerprints.items() if rows == 0]
    assert not empty, f"empty marts: {empty}"


def test_official_2023_kazakhstan_portugal_trade_matches_the_bns_workbook(serving):
    # The workbook shows thousands with one decimal; the file holds more digits.
    rows = dict(serving.execute(
        "select flow, value_usd from marts.fct_trade_official "
        "where source = 'bns' and partner_iso3 = 'PRT' and year = 2023").fetchall())
    assert float(rows["turnover"]) == pytest.approx(50_679_800, abs=100)
    assert float(rows["exports"]) == pytest.approx(4_912_100, abs=100)
    assert float(rows["imports"]) == pytest.approx(45_767_700, abs=100)


def test_the_seed_meeting_and_its_four_trade_figures_reach_the_marts(serving):
    meetings = serving.execute(
        "select count(*) from marts.fct_diplomatic_event "
        "where counterpart_iso3 = 'PRT' and event_type = 'meeting' and event_date = date '2024-03-07'").fetchone()[0]
    assert meetings == 1
    figures = set(serving.execute(
        "select metric, year, value_usd::bigint from marts.fct_trade_reported where counterpart_iso3 = 'PRT' "
        "and release_published_date = date '2024-03-07'").fetchall())
    assert {("turnover", 2023, 50_500_000), ("exports", 2023, 4_900_000),
            ("imports", 2023, 45_600_000), ("turnover", 2022, 30_600_000)} <= figures


def test_a_second_refresh_leaves_every_mart_with_the_same_rows(refreshed):
    settings, first, _ = refreshed
    run_refresh(settings)
    assert mart_fingerprints(settings.serving) == first


def readme_queries() -> list[str]:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    return re.findall(r"```sql\n(.*?)```", readme, flags=re.S)


def test_every_readme_query_answers_from_the_serving_file(serving):
    queries = readme_queries()
    assert len(queries) == 4
    for query in queries:
        rows = serving.execute(query).fetchall()
        assert rows, f"no rows for README query:\n{query}"


def test_bi_tools_read_the_serving_file_through_sqlalchemy(refreshed):
    # In its own process, as Superset or Metabase would be (DuckDB refuses a second
    # in-process connection to one file with another configuration).
    settings, _, _ = refreshed
    script = textwrap.dedent(f"""
        import sqlalchemy
        engine = sqlalchemy.create_engine("duckdb:///{settings.serving}", connect_args={{"read_only": True}})
        with engine.connect() as connection:
            print(connection.execute(sqlalchemy.text(
                "select turnover_usd from marts.mart_bilateral_scorecard "
                "where counterpart_iso3 = 'PRT' and year = 2023")).scalar_one())
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert float(result.stdout) == pytest.approx(50_679_800, abs=100)


def test_the_seed_figures_are_reconciled_with_their_gaps_to_bns(serving):
    rows = {(metric, year): (float(gap), within) for metric, year, gap, within in serving.execute(
        "select metric, year, gap_usd, within_rounding from marts.mart_trade_reconciliation "
        "where counterpart_iso3 = 'PRT' and release_published_date = date '2024-03-07'").fetchall()}
    assert rows[("turnover", 2023)][0] == pytest.approx(179_800, abs=100)
    assert rows[("turnover", 2023)][1] is False  # 50.5 million is not 50.68 million rounded
    assert rows[("exports", 2023)][1] is True  # 4.9 million is 4,912.1 thousand rounded


def test_each_mart_materialization_shows_rows_a_preview_and_for_trade_a_chart(refreshed):
    _, _, result = refreshed
    metadata = {
        tuple(m.asset_key.path): m.metadata
        for m in result.build.asset_materializations_for_node("diplomart_dbt_models")
    }
    scorecard = metadata[("marts", "mart_bilateral_scorecard")]
    assert scorecard["dagster/row_count"].value > 0
    preview = scorecard["preview"].value.splitlines()
    assert "counterpart_iso3" in preview[0] and len(preview) > 2
    assert "█" in scorecard["chart"].value
    assert "█" in metadata[("marts", "fct_trade_official")]["chart"].value
    assert all("preview" in m for key, m in metadata.items() if key[0] == "marts")


def test_dbt_docs_generate_and_every_mart_column_is_documented(refreshed, tmp_path):
    settings, _, _ = refreshed
    project = Path(__file__).resolve().parents[2] / "dbt_project"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dbt"), "docs", "generate", "--profiles-dir", str(project),
         "--project-dir", str(project), "--target-path", str(tmp_path / "target")],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "DIPLOMART_WAREHOUSE": str(settings.warehouse)},
    )
    assert result.returncode == 0, result.stdout[-3000:]
    manifest = json.loads((tmp_path / "target" / "manifest.json").read_text())
    catalog = json.loads((tmp_path / "target" / "catalog.json").read_text())
    undocumented = []
    for unique_id, table in catalog["nodes"].items():
        node = manifest["nodes"][unique_id]
        if node["schema"] != "marts":
            continue
        assert node["description"], f"{node['name']} has no description"
        documented = {name.lower() for name, column in node["columns"].items() if column.get("description")}
        undocumented += [f"{node['name']}.{c}" for c in table["columns"] if c.lower() not in documented]
    assert not undocumented, undocumented


def test_the_embedded_snapshot_lands_whole_with_nothing_quarantined(refreshed):
    settings, _, _ = refreshed
    connection = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        assert connection.execute("select count(*) from raw.rejected_records").fetchone() == (0,)
        assert connection.execute("select count(*) from raw.comext_eu_exports").fetchone() == (2089,)
        editions = connection.execute("select count(distinct edition_year) from raw.bns_trade_by_country").fetchone()
        assert editions == (5,)
    finally:
        connection.close()
