"""Official trade statistics → raw.bns_editions, raw.bns_trade_by_country, raw.comext_eu_exports.

The nightly job discovers which BNS editions exist (one partition each); an
edition, or a range of Comext months, replaces its own slice of the raw table,
so re-runs never duplicate rows and a re-published edition overwrites itself.
"""
from dataclasses import asdict
from datetime import date, datetime, timezone

import dagster as dg

from orchestration.landing import SliceTable, land_slices
from orchestration.partitions import bns_editions, comext_months
from orchestration.settings import SOURCE_NAMES, mode_variable
from orchestration.resources import BnsResource, ComextResource, SourceResource, WarehouseResource
from schemas.raw_tables import BnsTradeRow, ComextExportRow

# Each edition, and each range of months, replaces its own slice of the table.
BNS_TRADE = SliceTable(
    "raw.bns_trade_by_country", "edition_year", BnsTradeRow, source="bns", entity="trade_by_country",
    record_key=lambda row: f"{row.get('source_file')}:{row.get('sheet_name')}:{row.get('row_number')}",
)
COMEXT_EXPORTS = SliceTable(
    "raw.comext_eu_exports", "period_month", ComextExportRow, source="comext", entity="eu_exports",
    record_key=lambda row: f"{row.get('reporter_name')}/{row.get('period_month')}/{row.get('flow')}",
)


@dg.asset(
    key=["raw", "bns_editions"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    description="The BNS annual editions that exist (stat.gov.kz listing pages, or the snapshot); "
    "each becomes a partition of raw/bns_trade_by_country.",
)
def bns_edition_catalogue(context: dg.AssetExecutionContext, warehouse: WarehouseResource, bns: BnsResource):
    if bns.is_off:
        context.log.info("BNS is off (DIPLOMART_BNS_MODE): no edition looked for, the stored ones stay")
        return dg.MaterializeResult(metadata={"source_mode": "off", "editions": "not looked for"})
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    editions = bns.list_editions()
    with warehouse.connect() as connection:
        connection.executemany(
            "insert or replace into raw.bns_editions values (?, ?, ?, ?, ?, ?, ?)",
            [(e.year, e.source_file, e.url, e.title, e.released, e.final, now) for e in editions],
        )
    keys = [str(e.year) for e in editions]
    new = [k for k in keys if not context.instance.has_dynamic_partition(bns_editions.name, k)]
    if new:
        context.instance.add_dynamic_partitions(bns_editions.name, new)
    return dg.MaterializeResult(
        metadata={
            "source_mode": bns.source_mode.value, "editions": ", ".join(keys), "new_editions": ", ".join(new) or "none",
            "retries": bns.retries, "dagster/row_count": len(keys),
        }
    )


@dg.asset(
    key=["raw", "bns_trade_by_country"],
    deps=[["raw", "bns_editions"]],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    partitions_def=bns_editions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="Kazakhstan's trade by partner country from the BNS annual editions (USD), each edition kept.",
    check_specs=[
        dg.AssetCheckSpec(
            "bns_arithmetic_holds",
            asset=["raw", "bns_trade_by_country"],
            description="Turnover = exports + imports on every row, and countries sum to the world total (within rounding).",
        )
    ],
)
def bns_trade_by_country(context: dg.AssetExecutionContext, warehouse: WarehouseResource, bns: BnsResource):
    from sources.bns import Edition, parse_workbook

    refuse_if_off(bns)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    years = [int(k) for k in context.partition_keys]
    with warehouse.connect() as connection:
        catalogue = connection.execute(
            "select edition_year, source_file, url, title, released, is_final from raw.bns_editions "
            "where edition_year in (select unnest(?)) order by edition_year",
            [years],
        ).fetchall()
    if len(catalogue) != len(years):
        raise dg.Failure(f"editions {years} are not all in raw.bns_editions: materialize raw/bns_editions first")
    rows, problems = [], []
    for year, source_file, url, title, released, final in catalogue:
        edition = Edition(year=year, source_file=source_file, url=url, title=title, released=released, final=final)
        # An unmapped partner name raises here, naming the rows: a silent drop
        # would make a country's trade vanish from the marts.
        parsed = parse_workbook(bns.load_edition(edition), edition_year=year, source_file=source_file)
        rows.extend(parsed.rows)
        problems.extend(parsed.problems)

    with warehouse.connect() as connection:
        report = land_slices(connection, BNS_TRADE, rows, years, now=now)
    yield dg.MaterializeResult(
        metadata={
            "source_mode": bns.source_mode.value,
            "editions": ", ".join(map(str, years)),
            **report.metadata(),
            "retries": bns.retries,
            "arithmetic_problems": len(problems),
        }
    )
    yield dg.AssetCheckResult(
        check_name="bns_arithmetic_holds",
        passed=not problems,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"problems": len(problems), "first_problems": dg.MetadataValue.json([asdict(p) for p in problems[:20]])},
    )


@dg.asset(
    key=["raw", "comext_eu_exports"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    partitions_def=comext_months,
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="EU member states' monthly exports to Kazakhstan (Eurostat Comext, EUR): the partners' mirror of BNS imports.",
)
def comext_eu_exports(context: dg.AssetExecutionContext, warehouse: WarehouseResource, comext: ComextResource):
    refuse_if_off(comext)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    months = [date.fromisoformat(k) for k in context.partition_keys]
    rows = [r for r in comext.load(start_period=months[0].strftime("%Y-%m")) if months[0] <= r["period_month"] <= months[-1]]
    with warehouse.connect() as connection:
        report = land_slices(connection, COMEXT_EXPORTS, rows, months, now=now)
    return dg.MaterializeResult(
        metadata={
            "source_mode": comext.source_mode.value,
            "months": f"{months[0]:%Y-%m} … {months[-1]:%Y-%m}",
            **report.metadata(),
            "retries": comext.retries,
        }
    )


def refuse_if_off(source: SourceResource) -> None:
    """Editions and months are loaded on request (sensors, `diplomart run`), which leave an off
    source out; a request that still reaches one fails saying why."""
    if source.is_off:
        raise dg.Failure(
            f"{SOURCE_NAMES[source.SOURCE]} is off ({mode_variable(source.SOURCE)} or DIPLOMART_SOURCE_MODE): "
            "nothing loaded, the stored rows stay"
        )
