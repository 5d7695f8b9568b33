"""The whole graph, materialized for real on the embedded snapshot into a temporary warehouse."""
import re

import dagster as dg
import duckdb
import pytest

from orchestration.definitions import build_definitions
from orchestration.run import execute_full_refresh
from orchestration.settings import load_settings

pytestmark = pytest.mark.e2e
VOLATILE_COLUMN = re.compile(r"(loaded|fetched|extracted|published|built)_at")


def run_refresh(settings):
    defs = build_definitions(settings)
    result = execute_full_refresh(defs, dg.DagsterInstance.ephemeral())
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
    run_refresh(settings)
    first = mart_fingerprints(settings.serving)
    return settings, first


@pytest.fixture(scope="module")
def serving(refreshed):
    settings, _ = refreshed
    connection = duckdb.connect(str(settings.serving), read_only=True)
    yield connection
    connection.close()


def test_every_mart_is_published_and_not_empty(refreshed):
    _, fingerprints = refreshed
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
    settings, first = refreshed
    run_refresh(settings)
    assert mart_fingerprints(settings.serving) == first
