"""Comext: the embedded Relational View export and SDMX-CSV answers -> one row shape."""
from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from sources.comext import ComextFormatError, load_comext, parse_sdmx_csv, reporter_from_label

FX_SEED = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "ecb_eur_usd_annual.csv"
# An SDMX-CSV 1.0 answer of DS-045409 in the documented shape (…,TIME_PERIOD,OBS_VALUE,OBS_FLAG).
SDMX_CSV = b"""DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,PT,KZ,TOTAL,2,VALUE_IN_EUROS,2023-01,958211,
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,PT,KZ,TOTAL,1,VALUE_IN_EUROS,2023-01,1520,
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,EL,KZ,TOTAL,2,VALUE_IN_EUROS,2023-02,2035117,p
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,EU27_2020,KZ,TOTAL,2,VALUE_IN_EUROS,2023-01,1010203040,
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,PT,KZ,TOTAL,1,VALUE_IN_EUROS,2023-02,,:
"""


def test_snapshot_rows_and_shape():
    rows = load_comext("snapshot")
    assert len(rows) == 2089
    assert set(rows[0]) == {"reporter_iso2", "reporter_iso3", "reporter_name", "is_aggregate", "partner_iso2",
                            "period_month", "flow", "value", "currency"}
    assert {(r["partner_iso2"], r["flow"], r["currency"]) for r in rows} == {("KZ", "exports", "EUR")}
    assert min(r["period_month"] for r in rows) == date(2019, 1, 1)
    assert max(r["period_month"] for r in rows) == date(2024, 8, 1)
    per_reporter = Counter(r["reporter_iso2"] for r in rows)
    assert per_reporter["PT"] == 68 and per_reporter["GB"] == 13 and per_reporter["MT"] == 36


def test_snapshot_portugal_2023_exports():
    rows = load_comext("snapshot")
    total = sum(r["value"] for r in rows if r["reporter_iso2"] == "PT" and r["period_month"].year == 2023)
    assert total == 14_423_726.0  # EUR 14.42 M
    (january,) = [r for r in rows if r["reporter_iso2"] == "PT" and r["period_month"] == date(2023, 1, 1)]
    assert january["value"] == 958_211.0 and january["reporter_iso3"] == "PRT"


def test_snapshot_aggregates_are_flagged_not_countries():
    rows = load_comext("snapshot")
    aggregates = {(r["reporter_iso2"], r["reporter_iso3"]) for r in rows if r["is_aggregate"]}
    assert aggregates == {("EU27_2020", None), ("EA20", None), ("EU", None), ("EA", None)}
    countries = {r["reporter_iso3"] for r in rows if not r["is_aggregate"]}
    assert len(countries) == 28 and None not in countries  # EU-27 and the UK until Brexit


@pytest.mark.parametrize(("label", "code"), [
    ("Germany (incl. German Democratic Republic 'DD' from 1991)", "DE"),
    ("Ireland (Eire)", "IE"),
    ("Greece", "GR"),
    ("Euro area - 20 countries (AT, BE, CY, DE)", "EA20"),
    ("European Union (AT-01/1995, BE-01/1958)", "EU"),
])
def test_reporter_labels(label, code):
    assert reporter_from_label(label).code == code


def test_sdmx_csv_answer():
    rows = parse_sdmx_csv(SDMX_CSV)
    assert len(rows) == 4  # the month without an observation is not a row
    pt_exports, pt_imports, greece, eu = rows
    assert (pt_exports["flow"], pt_exports["period_month"], pt_exports["value"]) == ("exports", date(2023, 1, 1), 958211.0)
    assert (pt_imports["flow"], pt_imports["value"]) == ("imports", 1520.0)
    assert (greece["reporter_iso2"], greece["reporter_iso3"]) == ("GR", "GRC")  # Eurostat's EL
    assert eu["is_aggregate"] and eu["reporter_iso3"] is None
    # A snapshot row and a live row for the same reporter are the same reporter.
    snapshot_pt = next(r for r in load_comext("snapshot") if r["reporter_iso2"] == "PT")
    assert pt_exports["reporter_name"] == snapshot_pt["reporter_name"] == "Portugal"


@pytest.mark.parametrize(("body", "message"), [
    (b"<!DOCTYPE html><html><body>Service unavailable</body></html>", "markup"),
    (b"just some text\n", "header"),
    (SDMX_CSV.replace(b"2023-01,958211", b"2023,958211"), "monthly TIME_PERIOD"),
    (SDMX_CSV.replace(b",M,PT,KZ,TOTAL,2", b",M,XX,KZ,TOTAL,2"), "reporter"),
    (SDMX_CSV.replace(b"TOTAL,2,VALUE_IN_EUROS,2023-01", b"8703,2,VALUE_IN_EUROS,2023-01"), "not TOTAL"),
    (SDMX_CSV + SDMX_CSV.splitlines(keepends=True)[1], "duplicate"),
])
def test_sdmx_csv_errors(body, message):
    with pytest.raises(ComextFormatError, match=message):
        parse_sdmx_csv(body)


def test_ecb_rate_seed_converts_portugal_2023_to_about_15_6_million_usd():
    rates = {int(r["year"]): float(r["usd_per_eur"]) for r in csv.DictReader(FX_SEED.open(encoding="utf-8"))}
    assert sorted(rates) == [2019, 2020, 2021, 2022, 2023, 2024]
    assert rates[2023] == 1.0813
    assert round(14_423_726 * rates[2023] / 1e6, 1) == 15.6
