"""Publishing to serving.duckdb: atomic, never blocked by a reader, old-or-new only."""
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from orchestration.serving import publish


def build_warehouse(path, turnover_rows):
    connection = duckdb.connect(str(path))
    connection.execute("create schema if not exists marts")
    connection.execute("create or replace table marts.fct_trade_official (partner_iso3 varchar, value_usd double)")
    connection.executemany("insert into marts.fct_trade_official values (?, ?)", turnover_rows)
    connection.execute("create or replace view marts.not_a_table as select 1 as x")
    connection.close()


@pytest.fixture
def paths(tmp_path):
    return tmp_path / "warehouse.duckdb", tmp_path / "serving" / "serving.duckdb", tmp_path / "serving" / "parquet"


def test_publish_copies_every_mart_table_to_serving_and_parquet(paths):
    warehouse, serving, parquet = paths
    build_warehouse(warehouse, [("PRT", 50679800.0), ("DEU", 1.0)])
    published = publish(warehouse, serving, parquet)
    assert [(m.name, m.rows) for m in published] == [("fct_trade_official", 2)]
    reader = duckdb.connect(str(serving), read_only=True)
    assert reader.execute("select value_usd from marts.fct_trade_official where partner_iso3 = 'PRT'").fetchone() == (50679800.0,)
    assert reader.execute("select mart_count from main.publish_log").fetchone() == (1,)
    reader.close()
    assert duckdb.sql(f"select count(*) from '{parquet / 'fct_trade_official.parquet'}'").fetchall() == [(2,)]
    assert not list(serving.parent.glob(".*building"))


def test_a_reader_in_another_process_neither_blocks_publish_nor_sees_a_half_state(paths):
    warehouse, serving, parquet = paths
    build_warehouse(warehouse, [("PRT", 1.0)])
    publish(warehouse, serving, parquet)
    # A BI process opens the serving file, reads, waits, and reads again on the same connection.
    reader = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            c = duckdb.connect({str(serving)!r}, read_only=True)
            print(c.execute("select count(*) from marts.fct_trade_official").fetchone()[0], flush=True)
            sys.stdin.readline()
            print(c.execute("select count(*) from marts.fct_trade_official").fetchone()[0], flush=True)
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert reader.stdout.readline().strip() == "1"
    build_warehouse(warehouse, [("PRT", 1.0), ("DEU", 2.0), ("CHN", 3.0)])
    started = time.perf_counter()
    publish(warehouse, serving, parquet)  # must not wait for, or fail on, the reader's lock
    assert time.perf_counter() - started < 30
    reader.stdin.write("\n")
    reader.stdin.flush()
    assert reader.stdout.readline().strip() == "1"  # the old, complete state
    assert reader.wait(timeout=30) == 0
    fresh = duckdb.connect(str(serving), read_only=True)
    assert fresh.execute("select count(*) from marts.fct_trade_official").fetchone() == (3,)
    fresh.close()


def test_a_failed_publish_leaves_the_previous_serving_file(paths, monkeypatch):
    warehouse, serving, parquet = paths
    build_warehouse(warehouse, [("PRT", 1.0)])
    publish(warehouse, serving, parquet)
    before = serving.read_bytes()

    def broken_copy(*args, **kwargs):
        raise RuntimeError("disk full")

    import orchestration.serving as serving_module
    monkeypatch.setattr(serving_module, "mart_tables", broken_copy)
    build_warehouse(warehouse, [("PRT", 1.0), ("DEU", 2.0)])
    with pytest.raises(RuntimeError):
        publish(warehouse, serving, parquet)
    assert serving.read_bytes() == before
    assert not list(serving.parent.glob(".*building"))


def test_marts_are_stored_by_country_and_year_for_the_analysts_filters(paths):
    warehouse, serving, parquet = paths
    connection = duckdb.connect(str(warehouse))
    connection.execute("create schema marts")
    connection.execute("create table marts.mart_bilateral_scorecard (year integer, counterpart_iso3 varchar, v double)")
    connection.executemany("insert into marts.mart_bilateral_scorecard values (?, ?, ?)",
                           [(2023, "PRT", 1.0), (2019, "DEU", 2.0), (2021, "PRT", 3.0), (2020, "CHN", 4.0)])
    connection.execute("create table marts.dim_date (date_day date)")
    connection.execute("insert into marts.dim_date values ('2024-01-02'), ('2024-01-01')")
    connection.close()
    publish(warehouse, serving, parquet)
    reader = duckdb.connect(str(serving), read_only=True)
    # storage order (rowid), not a query's order: what lets a filter on one country skip the rest
    assert reader.execute("select counterpart_iso3, year from marts.mart_bilateral_scorecard order by rowid").fetchall() == [
        ("CHN", 2020), ("DEU", 2019), ("PRT", 2021), ("PRT", 2023)]
    assert reader.execute("select count(*) from marts.dim_date").fetchone() == (2,)  # no such columns: copied as is
    reader.close()
