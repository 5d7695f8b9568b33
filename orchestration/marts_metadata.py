"""What an engineer sees of a mart in the Dagster UI: row count, a preview, and a chart."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import dagster as dg
import duckdb

PREVIEW_ROWS = 10
CHART_WIDTH = 30
# Marts whose materialization also carries a chart: (title, SQL giving label, value).
CHARTS = {
    "fct_trade_official": (
        "Kazakhstan's turnover with its top partners, latest year (BNS, million USD)",
        """
        select partner_iso3 || ' ' || year as label, round(value_usd / 1e6, 1) as value
        from marts.fct_trade_official
        where source = 'bns' and flow = 'turnover'
          and year = (select max(year) from marts.fct_trade_official where source = 'bns')
        order by value_usd desc limit 10
        """,
    ),
    "mart_bilateral_scorecard": (
        "Turnover by year, top 5 partners (million USD)",
        """
        with top as (
            select counterpart_iso3 from marts.mart_bilateral_scorecard
            group by 1 order by sum(coalesce(turnover_usd, 0)) desc limit 5)
        select s.counterpart_iso3 || ' ' || s.year as label, round(s.turnover_usd / 1e6, 1) as value
        from marts.mart_bilateral_scorecard s join top using (counterpart_iso3)
        where s.turnover_usd is not null
        order by s.counterpart_iso3, s.year
        """,
    ),
    "mart_trade_reconciliation": (
        "Quoted trade figures by match status",
        "select coalesce(match_status, 'unknown') as label, count(*) as value from marts.mart_trade_reconciliation group by 1 order by 2 desc",
    ),
}


# What a preview shows first, and in which order: the columns an analyst reads (not md5 keys),
# the rows that matter most (the latest, the largest).
PREVIEWS = {
    "bridge_event_participant": (
        ["name", "title", "level", "side", "country_iso3", "event_id"], "country_iso3 nulls last, name, event_id"),
    "dim_country": (
        ["country_iso3", "country_name_en", "country_name_ru", "region", "sub_region", "is_eu", "is_eaeu", "is_cis"],
        "country_iso3"),
    "dim_date": (["date_day", "year", "quarter", "month_name", "iso_week", "day_name", "is_weekend"], "date_day"),
    "dim_official": (
        ["name", "title", "level", "country_iso3", "event_count", "first_seen_date", "last_seen_date"],
        "event_count desc, name, official_id"),
    "dim_press_release": (
        ["published_date", "project", "lang", "title", "version_number", "is_current", "url"],
        "published_at_utc desc, project, lang, item_id, version_number"),
    "fct_agreement": (
        ["release_published_date", "counterpart_iso3", "agreement_status", "agreement_type", "title", "field"],
        "release_published_date desc, agreement_id"),
    "fct_diplomatic_event": (
        ["event_date", "event_type", "counterpart_iso3", "level", "direction", "location_city", "reporting_release_count"],
        "event_date desc nulls last, event_id"),
    "fct_investment_reported": (
        ["release_published_date", "counterpart_iso3", "metric", "direction", "year_from", "year_to", "value_usd",
         "value", "currency", "qualifier"],
        "release_published_date desc, investment_figure_id"),
    "fct_trade_official": (
        ["year", "counterpart_iso3", "source", "flow_from_kazakhstan", "value_usd", "edition_year", "months_covered"],
        "year desc, value_usd desc nulls last, trade_official_id"),
    "fct_trade_reported": (
        ["release_published_date", "counterpart_iso3", "metric", "year", "value_usd", "qualifier", "kind"],
        "release_published_date desc, trade_figure_id"),
    "mart_agreements_by_year": (
        ["year", "agreement_status", "agreement_type", "mentions", "bilateral_documents", "counterparts",
         "mentions_without_counterpart", "releases"],
        "year desc, mentions desc, agreement_status, agreement_type"),
    "mart_bilateral_scorecard": (
        ["counterpart_iso3", "year", "turnover_usd", "exports_usd", "imports_usd", "events_total", "visits_in",
         "visits_out", "agreements_signed", "mirror_ratio"],
        "turnover_usd is null, year desc, turnover_usd desc, counterpart_iso3"),
    "mart_trade_reconciliation": (
        ["release_published_date", "counterpart_iso3", "metric", "year", "quoted_value_usd", "official_value_usd",
         "gap_usd", "match_status"],
        "abs_gap_usd desc nulls last, trade_figure_id"),
}


def mart_metadata(connection: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    """Row count, a preview table and, for some marts, a Markdown bar chart."""
    relation = f'marts."{table}"'  # table names come from the dbt manifest, not from data
    columns, order = PREVIEWS[table]
    # Column names and order are the module's PREVIEWS constants, double-quoted.
    column_list = ", ".join(f'"{c}"' for c in columns)
    preview = preview_table(connection.execute(
        f"select {column_list} from {relation} order by {order} limit {PREVIEW_ROWS}"
    ))
    metadata: dict[str, Any] = {
        "dagster/row_count": int(connection.execute(f"select count(*) from {relation}").fetchone()[0]),
        "preview": preview,
    }
    if table in CHARTS:
        title, query = CHARTS[table]
        try:
            metadata["chart"] = dg.MetadataValue.md(f"**{title}**\n\n" + bar_chart(connection.execute(query).fetchall()))
        except duckdb.Error as error:  # a chart must never fail a build
            metadata["chart"] = dg.MetadataValue.text(f"chart unavailable: {error}")
    return metadata


def preview_table(result: duckdb.DuckDBPyConnection) -> dg.TableMetadataValue:
    """Rows as a Dagster table: the UI shows it as a table, with the column types."""
    schema = dg.TableSchema(columns=[dg.TableColumn(name=d[0], type=str(d[1]).lower()) for d in result.description])
    records = [dg.TableRecord({d[0]: _cell(v) for d, v in zip(result.description, row, strict=True)}) for row in result.fetchall()]
    return dg.MetadataValue.table(records=records, schema=schema)


def bar_chart(rows: list[tuple[str, float]]) -> str:
    """A fixed-width text bar chart, readable in the UI's Markdown view."""
    if not rows:
        return "_no data_"
    peak = max((float(v or 0) for _, v in rows), default=0) or 1.0
    width = max(len(str(label)) for label, _ in rows)
    lines = [f"{str(label):<{width}} {'█' * max(1, round(CHART_WIDTH * float(v or 0) / peak))} {v}" for label, v in rows]
    return "```\n" + "\n".join(lines) + "\n```"


def _cell(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value[:120] if isinstance(value, str) else value
    if isinstance(value, Decimal):
        return float(value)
    return str(value)
