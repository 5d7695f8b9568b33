"""The Pandera models accept every real shape of their source and reject what would corrupt the marts."""
import json
from datetime import date

from schemas import validate_rows
from schemas.raw_tables import BnsTradeRow, ComextExportRow

PORTUGAL_2023 = dict(
    edition_year=2023, period_year=2023, partner_name_ru="Португалия", partner_iso3="PRT", is_aggregate=False,
    aggregate_code=None, turnover_usd=50_679_822.37, exports_usd=4_912_109.20, imports_usd=45_767_713.17,
    source_file="bns_trade_by_country_2023.xls", sheet_name="2023", row_number=120,
)


def comext(**overrides):
    row = dict(reporter_iso2="PT", reporter_iso3="PRT", reporter_name="Portugal", is_aggregate=False,
               partner_iso2="KZ", period_month=date(2023, 1, 1), flow="exports", value=958211.0, currency="EUR")
    return {**row, **overrides}


def test_every_comext_reporter_shape_passes_countries_and_eu_aggregates():
    rows = [comext(), comext(reporter_iso2="EU27_2020", reporter_iso3=None, reporter_name="European Union - 27 countries (from 2020)", is_aggregate=True),
            comext(reporter_iso2="EA20", reporter_iso3=None, reporter_name="Euro area - 20 countries (from 2023)", is_aggregate=True)]
    outcome = validate_rows(rows, ComextExportRow)
    assert not outcome.rejected and len(outcome.valid) == 3


def test_a_country_reporter_without_iso_codes_is_rejected_with_a_reason_and_json_payload():
    outcome = validate_rows([comext(reporter_iso3=None), comext(reporter_iso2="EU27_2020")], ComextExportRow)
    assert len(outcome.rejected) == 2
    assert all("a country reporter has its ISO2 and ISO3 codes" in r["reason"] for r in outcome.rejected)
    payload = json.dumps(outcome.rejected[0]["row"], allow_nan=False)  # strict JSON: no NaN
    assert json.loads(payload)["reporter_iso3"] is None


def test_bns_rows_need_a_country_or_an_aggregate_never_both():
    aggregate_with_country = {**PORTUGAL_2023, "is_aggregate": True, "aggregate_code": "EU"}
    outcome = validate_rows([PORTUGAL_2023, aggregate_with_country, {**PORTUGAL_2023, "exports_usd": -1}], BnsTradeRow)
    assert len(outcome.valid) == 1
    reasons = [r["reason"] for r in outcome.rejected]
    assert "row: a country row names its country, an aggregate row does not" in reasons[0]
    assert "exports_usd: greater_than_or_equal_to(0)" in reasons[1]
