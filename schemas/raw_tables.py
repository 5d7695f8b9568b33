"""Pandera models of the rows that land in `raw.*` (see orchestration/warehouse.py).

`coerce=True` on timestamps and numbers because sources send text; strict
checks on keys because a bad key would duplicate or orphan rows downstream.
"""
from __future__ import annotations

import json

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

ISO3 = r"^[A-Z]{3}$"
SHA256 = r"^[0-9a-f]{64}$"


class PressReleaseVersion(pa.DataFrameModel):
    source: Series[str] = pa.Field(isin=["govkz"])
    project: Series[str] = pa.Field(str_matches=r"^mfa(-[a-z0-9]+)*$")
    item_id: Series[str] = pa.Field(str_matches=r"^\d+$")
    lang: Series[str] = pa.Field(isin=["en", "ru", "kk"])
    content_hash: Series[str] = pa.Field(str_matches=SHA256)
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    body_html: Series[str]
    body_text: Series[str]
    published_at_utc: Series[pd.Timestamp] = pa.Field(
        ge=pd.Timestamp("2000-01-01"), coerce=True
    )
    published_date_local: Series[pd.Timestamp] = pa.Field(coerce=True)
    published_time_known: Series[bool]
    updated_at_utc: Series[pd.Timestamp] = pa.Field(nullable=True, coerce=True)
    url: Series[str] = pa.Field(str_startswith="https://")
    raw_json: Series[str]

    @pa.check("raw_json", name="is_json_object")
    def raw_json_is_an_object(cls, raw: Series[str]) -> Series[bool]:
        return raw.map(_is_json_object)

    class Config:
        strict = "filter"
        coerce = True


class BnsTradeRow(pa.DataFrameModel):
    edition_year: Series[int] = pa.Field(ge=2000, le=2100)
    period_year: Series[int] = pa.Field(ge=2000, le=2100)
    partner_name_ru: Series[str] = pa.Field(str_length={"min_value": 1})
    partner_iso3: Series[str] = pa.Field(nullable=True, str_matches=ISO3)
    is_aggregate: Series[bool]
    aggregate_code: Series[str] = pa.Field(nullable=True)
    turnover_usd: Series[float] = pa.Field(ge=0, nullable=True, coerce=True)
    exports_usd: Series[float] = pa.Field(ge=0, nullable=True, coerce=True)
    imports_usd: Series[float] = pa.Field(ge=0, nullable=True, coerce=True)
    source_file: Series[str]
    sheet_name: Series[str]
    row_number: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check(name="a country row names its country, an aggregate row does not")
    def country_xor_aggregate(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["is_aggregate"] == frame["partner_iso3"].isna()

    @pa.dataframe_check(name="the edition covers its year and the year before")
    def period_within_edition(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["period_year"].between(frame["edition_year"] - 1, frame["edition_year"])

    class Config:
        strict = "filter"
        coerce = True


class ComextExportRow(pa.DataFrameModel):
    # ISO 3166 alpha-2 for a country, a Comext code (EU27_2020, EA20) for an aggregate.
    reporter_iso2: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z][A-Z0-9_]+$")
    reporter_iso3: Series[str] = pa.Field(nullable=True, str_matches=ISO3)
    reporter_name: Series[str] = pa.Field(str_length={"min_value": 1})
    is_aggregate: Series[bool]
    partner_iso2: Series[str] = pa.Field(str_matches=r"^[A-Z]{2}$")
    period_month: Series[pd.Timestamp] = pa.Field(coerce=True)
    flow: Series[str] = pa.Field(isin=["exports", "imports"])
    value: Series[float] = pa.Field(ge=0, nullable=True, coerce=True)
    currency: Series[str] = pa.Field(isin=["EUR"])

    @pa.dataframe_check(name="a country reporter has its ISO2 and ISO3 codes")
    def country_reporter_has_iso_codes(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["is_aggregate"] | (
            frame["reporter_iso3"].notna() & frame["reporter_iso2"].fillna("").str.fullmatch(r"[A-Z]{2}")
        )

    class Config:
        strict = "filter"
        coerce = True


class ReleaseFact(pa.DataFrameModel):
    fact_id: Series[str] = pa.Field(str_matches=SHA256, unique=True)
    source: Series[str]
    project: Series[str]
    item_id: Series[str]
    lang: Series[str] = pa.Field(isin=["en", "ru", "kk"])
    content_hash: Series[str] = pa.Field(str_matches=SHA256)
    extractor_version: Series[str] = pa.Field(str_length={"min_value": 1})
    fact_type: Series[str] = pa.Field(isin=["event", "agreement", "trade_figure", "investment_figure"])
    fact_index: Series[int] = pa.Field(ge=0)
    sentence_index: Series[float] = pa.Field(nullable=True, ge=0, coerce=True)
    char_start: Series[float] = pa.Field(nullable=True, ge=0, coerce=True)
    char_end: Series[float] = pa.Field(nullable=True, ge=0, coerce=True)
    evidence: Series[str] = pa.Field(nullable=True)
    payload: Series[str]

    @pa.check("payload", name="is_json_object")
    def payload_is_an_object(cls, payload: Series[str]) -> Series[bool]:
        return payload.map(_is_json_object)

    @pa.dataframe_check(name="a span ends after it starts")
    def span_is_ordered(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["char_start"].isna() | frame["char_end"].isna() | (frame["char_start"] <= frame["char_end"])

    class Config:
        strict = "filter"
        coerce = True


def _is_json_object(text: object) -> bool:
    try:
        return isinstance(json.loads(text), dict)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


