"""What an engineer sees of a mart in the Dagster UI: row count, a preview, and a chart."""
from __future__ import annotations

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


def mart_metadata(connection: duckdb.DuckDBPyConnection, table: str) -> dict[str, Any]:
    """Row count, a Markdown preview and, for some marts, a Markdown bar chart."""
    relation = f'marts."{table}"'  # table names come from the dbt manifest, not from data
    metadata: dict[str, Any] = {
        "dagster/row_count": int(connection.execute(f"select count(*) from {relation}").fetchone()[0]),
        "preview": dg.MetadataValue.md(_markdown_table(connection.execute(f"select * from {relation} limit {PREVIEW_ROWS}"))),
    }
    if table in CHARTS:
        title, query = CHARTS[table]
        try:
            metadata["chart"] = dg.MetadataValue.md(f"**{title}**\n\n" + bar_chart(connection.execute(query).fetchall()))
        except duckdb.Error as error:  # a chart must never fail a build
            metadata["chart"] = dg.MetadataValue.text(f"chart unavailable: {error}")
    return metadata


def bar_chart(rows: list[tuple[str, float]]) -> str:
    """A fixed-width text bar chart, readable in the UI's Markdown view."""
    if not rows:
        return "_no data_"
    peak = max((float(v or 0) for _, v in rows), default=0) or 1.0
    width = max(len(str(label)) for label, _ in rows)
    lines = [f"{str(label):<{width}} {'█' * max(1, round(CHART_WIDTH * float(v or 0) / peak))} {v}" for label, v in rows]
    return "```\n" + "\n".join(lines) + "\n```"


def _markdown_table(result: duckdb.DuckDBPyConnection) -> str:
    columns = [d[0] for d in result.description]
    rows = result.fetchall()
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")[:80]
