"""The BNS revision rule, end to end through dbt: a revised edition replaces its year as a whole.

Each BNS edition publishes its own year and a revised table of the previous one. Two
editions land in `raw.bns_trade_by_country` as the Dagster asset lands them; a real
`dbt build` of what `fct_trade_official` and its tests need runs (models, seeds, tests);
the mart must show each year from the newest edition covering it, and a partner that the
revision dropped must be gone.
"""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from orchestration.warehouse import ensure_raw_schema

REPO = Path(__file__).resolve().parents[2]
DBT_PROJECT = REPO / "dbt_project"

# (edition, year, partner ISO3 or None for the world total, turnover, exports, imports) in USD
EDITIONS = [
    # The 2021 edition: 2020 (revised by it) and 2021 as first published, Malta included.
    (2021, 2020, "PRT", 20_000_000, 2_000_000, 18_000_000),
    (2021, 2021, "PRT", 30_000_000, 3_000_000, 27_000_000),
    (2021, 2021, "MLT", 1_000_000, 400_000, 600_000),
    (2021, 2021, None, 31_000_000, 3_400_000, 27_600_000),
    # The 2022 edition revises 2021: Portugal's figures change, Malta is no longer listed
    # (its trade re-attributed), and the world total is revised with it.
    (2022, 2021, "PRT", 30_600_000, 3_100_000, 27_500_000),
    (2022, 2021, None, 30_600_000, 3_100_000, 27_500_000),
    (2022, 2022, "PRT", 40_000_000, 4_000_000, 36_000_000),
    (2022, 2022, None, 40_000_000, 4_000_000, 36_000_000),
]
NAMES_RU = {"PRT": "Португалия", "MLT": "Мальта", None: "Всего"}


def land_editions(database: Path) -> None:
    loaded_at = datetime(2024, 7, 1)
    with duckdb.connect(str(database)) as connection:
        ensure_raw_schema(connection)
        connection.executemany(
            "insert into raw.bns_trade_by_country values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Sheet1', ?, ?)",
            [
                (edition, year, NAMES_RU[iso3], iso3, iso3 is None, None if iso3 else "WORLD",
                 turnover, exports, imports, f"bns_{edition}.xls", row_number, loaded_at)
                for row_number, (edition, year, iso3, turnover, exports, imports) in enumerate(EDITIONS, start=1)
            ],
        )


@pytest.fixture(scope="module")
def official_trade(tmp_path_factory) -> dict[tuple[str, int], tuple[int, float]]:
    workdir = tmp_path_factory.mktemp("bns_revisions")
    database = workdir / "warehouse.duckdb"
    land_editions(database)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dbt"), "build", "--quiet", "--select", "+fct_trade_official +dim_country",
         "--indirect-selection", "cautious",
         "--profiles-dir", str(DBT_PROJECT), "--project-dir", str(DBT_PROJECT),
         "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")],
        cwd=DBT_PROJECT, env={**os.environ, "DIPLOMART_WAREHOUSE": str(database)},
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    with duckdb.connect(str(database), read_only=True) as connection:
        rows = connection.execute(
            "select partner_iso3, year, edition_year, value_usd from marts.fct_trade_official "
            "where source = 'bns' and flow = 'turnover'").fetchall()
    return {(partner, year): (edition, float(value)) for partner, year, edition, value in rows}


def test_a_revised_year_comes_from_the_newer_edition(official_trade):
    assert official_trade[("PRT", 2021)] == (2022, 30_600_000)


def test_a_partner_the_revision_dropped_is_gone_from_the_marts(official_trade):
    assert ("MLT", 2021) not in official_trade


def test_years_no_newer_edition_covers_stay_as_published(official_trade):
    assert official_trade[("PRT", 2020)] == (2021, 20_000_000)
    assert official_trade[("PRT", 2022)] == (2022, 40_000_000)
    assert set(official_trade) == {("PRT", 2020), ("PRT", 2021), ("PRT", 2022)}
