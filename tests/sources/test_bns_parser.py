"""The BNS parser on the five real editions shipped in sources/bns/snapshot/."""
from __future__ import annotations

import copy
from functools import lru_cache

import pytest

import sources.bns.parser as bns_parser
from workbooks import as_xlsx
from sources.bns import (
    BnsLayoutError,
    UnmappedPartnerError,
    check_turnover_identity,
    check_unique_partners,
    check_world_total,
    list_editions,
    load_edition,
    parse_workbook,
)

EDITIONS = (2019, 2020, 2021, 2022, 2023)
# Rows per edition (both sheets), as published.
ROW_COUNTS = {2019: 404, 2020: 393, 2021: 392, 2022: 419, 2023: 433}
GROUP_CODES = {"WORLD", "CIS", "EAEU", "CIS_NON_EAEU", "NON_CIS", "EUROPE", "EU", "EUROPE_NON_EU",
               "ASIA", "AMERICA", "AFRICA", "OCEANIA"}


@lru_cache(maxsize=None)
def _content(year: int) -> bytes:
    edition = next(e for e in list_editions("snapshot") if e.year == year)
    return load_edition(edition, "snapshot")


def parsed(year: int):
    return parse_workbook(_content(year), edition_year=year, source_file=f"bns_trade_by_country_{year}.xls")


def find(rows, *, period: int, iso3: str | None = None, aggregate: str | None = None) -> dict:
    matches = [r for r in rows if r["period_year"] == period
               and (r["partner_iso3"] == iso3 if iso3 else r["aggregate_code"] == aggregate)]
    assert len(matches) == 1, matches
    return matches[0]


def thousands(row: dict) -> tuple[float, float, float]:
    """The row as the table prints it: thousand USD, one decimal."""
    return tuple(round(row[f] / 1000, 1) for f in ("turnover_usd", "exports_usd", "imports_usd"))


def test_snapshot_lists_the_five_editions():
    assert [e.year for e in list_editions("snapshot")] == list(EDITIONS)


@pytest.mark.parametrize("year", EDITIONS)
def test_every_row_of_every_edition_is_a_country_or_a_group(year):
    result = parsed(year)
    assert len(result.rows) == ROW_COUNTS[year]
    assert {r["period_year"] for r in result.rows} == {year, year - 1}
    for row in result.rows:
        assert (row["partner_iso3"] is None) == row["is_aggregate"] == (row["aggregate_code"] is not None), row
        assert row["partner_iso3"] is None or len(row["partner_iso3"]) == 3
    for period in (year, year - 1):
        groups = {r["aggregate_code"] for r in result.rows if r["period_year"] == period and r["is_aggregate"]}
        assert groups == GROUP_CODES
    # Every arithmetic check passes on the published figures.
    assert result.problems == []


@pytest.mark.parametrize("year", EDITIONS)
def test_rows_carry_their_provenance(year):
    row = parsed(year).rows[0]
    assert row["aggregate_code"] == "WORLD" and row["partner_name_ru"].startswith("Всего")
    assert row["source_file"] == f"bns_trade_by_country_{year}.xls"
    assert row["row_number"] in (6, 7)  # 1-based; the 2022 edition has an extra title row
    assert row["sheet_name"] in (f"12_{year}", f"12_{year - 1}", str(year), str(year - 1))


def test_reference_values_in_thousand_usd():
    assert thousands(find(parsed(2023).rows, period=2023, iso3="PRT")) == (50679.8, 4912.1, 45767.7)
    assert thousands(find(parsed(2022).rows, period=2022, iso3="PRT")) == (30788.6, 83.6, 30705.0)
    assert thousands(find(parsed(2023).rows, period=2023, aggregate="WORLD")) == (
        139551038.0, 79138754.7, 60412283.3)


def test_values_are_usd_rounded_to_cents():
    portugal = find(parsed(2023).rows, period=2023, iso3="PRT")
    assert portugal["turnover_usd"] == 50_679_822.37
    assert portugal["exports_usd"] == 4_912_109.20
    # Blank cells are "no flow": Tokelau had imports only in 2023's previous year sheet.
    tokelau = find(parsed(2023).rows, period=2022, iso3="TKL")
    assert tokelau["exports_usd"] == 0.0 and tokelau["imports_usd"] == 3720.0


def test_spelling_variants_across_editions_map_to_one_code():
    names = {r["partner_name_ru"] for y in EDITIONS for r in parsed(y).rows if r["partner_iso3"] == "VIR"}
    assert names == {"Виргинские Острова (США)", "Виргинские Острова, США", "Виргинские Острова, Сша"}
    # Leading spaces are not part of the name.
    assert all(r["partner_name_ru"] == r["partner_name_ru"].strip() for r in parsed(2021).rows)


def test_turnover_identity_violation_is_reported_with_its_row():
    rows = copy.deepcopy(parsed(2023).rows)
    portugal = find(rows, period=2023, iso3="PRT")
    portugal["turnover_usd"] += 150.0  # more than 0.1 thousand off
    problems = check_turnover_identity(rows)
    assert [(p.kind, p.sheet_name, p.row_number, p.partner_name_ru) for p in problems] == [
        ("turnover_identity", "2023", portugal["row_number"], "Португалия")]
    portugal["turnover_usd"] -= 100.0  # within rounding again
    assert check_turnover_identity(rows) == []


def test_countries_not_summing_to_world_is_reported():
    rows = [r for r in parsed(2023).rows if not (r["period_year"] == 2023 and r["partner_iso3"] == "PRT")]
    problems = check_world_total(rows)
    assert {(p.kind, p.sheet_name) for p in problems} == {("world_total", "2023")}
    assert len(problems) == 3  # turnover, exports and imports


def test_duplicate_partner_is_reported():
    rows = parsed(2023).rows
    doubled = rows + [dict(find(rows, period=2023, iso3="PRT"), row_number=999)]
    assert [p.row_number for p in check_unique_partners(doubled)] == [999]


def test_unmapped_name_is_an_error_naming_edition_sheet_row_and_name(monkeypatch):
    real = bns_parser.match_partner_ru
    monkeypatch.setattr(bns_parser, "match_partner_ru", lambda n: None if n == "Португалия" else real(n))
    with pytest.raises(UnmappedPartnerError) as caught:
        parsed(2023)
    rows = {(u["sheet_name"], u["name"]) for u in caught.value.unmapped}
    assert rows == {("2022", "Португалия"), ("2023", "Португалия")}
    assert "edition 2023, sheet '2023', row " in str(caught.value) and "'Португалия'" in str(caught.value)


@pytest.mark.parametrize("year", EDITIONS)
def test_an_xlsx_and_an_xls_of_the_same_workbook_give_identical_rows(year):
    xls = parsed(year)
    xlsx = parse_workbook(as_xlsx(_content(year)), edition_year=year, source_file=f"bns_trade_by_country_{year}.xls")
    assert xlsx.rows == xls.rows and len(xlsx.rows) == ROW_COUNTS[year]
    assert xlsx.problems == xls.problems


def test_row_numbers_are_excels_even_below_empty_rows():
    moved = parse_workbook(as_xlsx(_content(2023), offset_rows=3), edition_year=2023, source_file="x.xlsx")
    assert [r["row_number"] for r in moved.rows] == [r["row_number"] + 3 for r in parsed(2023).rows]


def test_garbage_is_a_layout_error():
    with pytest.raises(BnsLayoutError, match="not a readable .xls or .xlsx workbook"):
        parse_workbook(b"<html>maintenance</html>", edition_year=2024, source_file="x.xls")


def test_edition_without_its_own_year_is_refused():
    with pytest.raises(BnsLayoutError, match="own year 2024"):
        parse_workbook(_content(2023), edition_year=2024, source_file="bns_trade_by_country_2023.xls")
