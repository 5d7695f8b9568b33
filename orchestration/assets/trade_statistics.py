"""Official trade statistics → raw.bns_trade_by_country and raw.comext_eu_exports.

Each BNS edition (and the Comext file) replaces its own slice, so a re-run
never duplicates rows and a revised edition simply overwrites itself.
"""

from dataclasses import asdict
from datetime import datetime, timezone

import dagster as dg

from orchestration.landing import record_rejects, replace_slice
from orchestration.resources import SourceModeResource, WarehouseResource
from schemas import validate_rows
from schemas.raw_tables import BnsTradeRow, ComextExportRow


@dg.asset(
    key=["raw", "bns_trade_by_country"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    description="Kazakhstan's trade by partner country from every BNS annual edition (USD), each edition kept.",
    check_specs=[
        dg.AssetCheckSpec(
            "bns_arithmetic_holds",
            asset=["raw", "bns_trade_by_country"],
            description="Turnover = exports + imports on every row, and countries sum to the world total (within rounding).",
        )
    ],
)
def bns_trade_by_country(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, source_mode: SourceModeResource
):
    from sources.bns import list_editions, load_edition, parse_workbook

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    # Live modes discover which editions exist on stat.gov.kz each night.
    editions = list_editions(source_mode.mode)
    rows, problems = [], []
    for edition in editions:
        # An unmapped partner name raises here, naming the rows: a silent drop
        # would make a country's trade vanish from the marts.
        parsed = parse_workbook(
            load_edition(edition, source_mode.mode),
            edition_year=edition.year,
            source_file=edition.source_file,
        )
        rows.extend(parsed.rows)
        problems.extend(parsed.problems)

    outcome = validate_rows(rows, BnsTradeRow)
    with warehouse.connect() as connection:
        written = replace_slice(
            connection,
            table="raw.bns_trade_by_country",
            frame=outcome.valid,
            slice_column="edition_year",
            slice_values=[e.year for e in editions],
            loaded_at=now,
        )
        record_rejects(
            connection,
            source="bns",
            entity="trade_by_country",
            rejects=[
                {
                    "record_key": f"{r['row'].get('source_file')}:{r['row'].get('sheet_name')}:{r['row'].get('row_number')}",
                    "reason": r["reason"],
                    "raw_payload": r["row"],
                }
                for r in outcome.rejected
            ],
            rejected_at=now,
        )
    yield dg.MaterializeResult(
        metadata={
            "source_mode": source_mode.mode,
            "editions": ", ".join(str(e.year) for e in editions),
            "rows_written": written,
            "rejected": len(outcome.rejected),
            "arithmetic_problems": len(problems),
            "dagster/row_count": written,
        }
    )
    yield dg.AssetCheckResult(
        check_name="bns_arithmetic_holds",
        passed=not problems,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "problems": len(problems),
            "first_problems": dg.MetadataValue.json([asdict(p) for p in problems[:20]]),
        },
    )


@dg.asset(
    key=["raw", "comext_eu_exports"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    description="EU member states' monthly exports to Kazakhstan (Eurostat Comext, EUR): the partners' mirror of BNS imports.",
)
def comext_eu_exports(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, source_mode: SourceModeResource
):
    from sources.comext import load_comext

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = load_comext(source_mode.mode)
    outcome = validate_rows(rows, ComextExportRow)
    months = sorted({r["period_month"] for r in rows})
    with warehouse.connect() as connection:
        written = replace_slice(
            connection,
            table="raw.comext_eu_exports",
            frame=outcome.valid,
            slice_column="period_month",
            slice_values=months,
            loaded_at=now,
        )
        record_rejects(
            connection,
            source="comext",
            entity="eu_exports",
            rejects=[{"record_key": str(r["row"].get("reporter_name")), "reason": r["reason"], "raw_payload": r["row"]} for r in outcome.rejected],
            rejected_at=now,
        )
    return dg.MaterializeResult(
        metadata={
            "source_mode": source_mode.mode,
            "months": f"{months[0]} … {months[-1]}" if months else "none",
            "rows_written": written,
            "rejected": len(outcome.rejected),
            "dagster/row_count": written,
        }
    )
