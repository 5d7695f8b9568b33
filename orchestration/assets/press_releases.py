"""Press releases from gov.kz → raw.press_release_versions (append-only versions)."""

from datetime import datetime, timedelta, timezone

import dagster as dg
import pandas as pd

from orchestration.landing import advance_cursor, land_release_versions, record_rejects
from orchestration.partitions import release_months
from orchestration.resources import SourceModeResource, WarehouseResource
from schemas import validate_rows
from schemas.raw_tables import PressReleaseVersion

SOURCE = "govkz"
# Embassies publish as their own projects and often re-report the ministry's
# meetings; the warehouse deduplicates those into one event.
PROJECTS = ("mfa", "mfa-istanbul", "mfa-bjs")
LANGS = ("en", "ru")


@dg.asset(
    key=["raw", "press_release_versions"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    partitions_def=release_months,
    # One run fetches a whole range of months: one paging pass instead of one per month.
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="Every version of every MFA press release (en, ru), as fetched from gov.kz or its recorded snapshot. "
    "Partitioned by month of publication (Asia/Almaty).",
    check_specs=[
        dg.AssetCheckSpec(
            "every_fetched_release_parsed",
            asset=["raw", "press_release_versions"],
            blocking=True,
            description="Fails (and stops downstream steps) when a release of this run could not be parsed or validated.",
        )
    ],
)
def press_release_versions(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, source_mode: SourceModeResource
):
    from sources.govkz import GovKzSettings, fetch_releases  # keeps Dagster's import of the module light

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    window = context.partition_time_window
    # The API's filter is strictly-after; step back one second to include the window's first instant.
    since = window.start.astimezone(timezone.utc) - timedelta(seconds=1)
    until = window.end.astimezone(timezone.utc)
    context.log.info(f"fetching gov.kz releases in {source_mode.mode} mode, created in [{window.start}, {window.end})")
    result = fetch_releases(
        GovKzSettings.from_env(), mode=source_mode.mode, since=since, until=until, langs=LANGS, projects=PROJECTS
    )

    outcome = validate_rows(result.releases, PressReleaseVersion)
    rejects = list(result.rejects) + [
        {
            "record_key": f"{r['row'].get('project')}/{r['row'].get('item_id')}/{r['row'].get('lang')}",
            "reason": f"schema: {r['reason']}",
            "raw_payload": r["row"].get("raw_json") or r["row"],
        }
        for r in outcome.rejected
    ]
    versions = outcome.valid.copy()
    for column in ("published_at_utc", "updated_at_utc"):
        versions[column] = pd.to_datetime(versions[column], utc=True).dt.tz_localize(None)
    versions["published_date_local"] = pd.to_datetime(versions["published_date_local"]).dt.date

    with warehouse.connect() as connection:
        counts = land_release_versions(connection, versions, fetched_at=now)
        new_rejects = record_rejects(
            connection,
            source=SOURCE,
            entity="press_release",
            rejects=(
                {
                    "record_key": r.get("record_key") or f"{r.get('project')}/{r.get('item_id')}/{r.get('lang')}",
                    "reason": r["reason"],
                    "raw_payload": r.get("raw_payload"),
                }
                for r in rejects
            ),
            rejected_at=now,
        )
        for (project, lang), group in versions.groupby(["project", "lang"]):
            advance_cursor(
                connection, source=SOURCE, project=project, lang=lang,
                cursor=group["published_at_utc"].max().to_pydatetime(), now=now,
            )
        total_versions = connection.execute("select count(*) from raw.press_release_versions").fetchone()[0]

    yield dg.MaterializeResult(
        metadata={
            "source_mode": source_mode.mode,
            "months": f"{context.partition_key_range.start} … {context.partition_key_range.end}",
            "fetched": len(result.releases),
            "new_releases": counts.new_releases,
            "edited_releases": counts.edited_releases,
            "unchanged": counts.unchanged,
            "rejected": len(rejects),
            "new_rejects": new_rejects,
            "requests": int(result.stats.get("requests", 0)),
            "dagster/row_count": int(total_versions),
        }
    )
    yield dg.AssetCheckResult(
        check_name="every_fetched_release_parsed",
        passed=not rejects,
        metadata={
            "rejected": len(rejects),
            "failures": dg.MetadataValue.md(_rejects_table(rejects)) if rejects else dg.MetadataValue.text("none"),
        },
    )


def _rejects_table(rejects: list[dict]) -> str:
    lines = ["| record | reason |", "|---|---|"]
    for reject in rejects[:50]:
        key = reject.get("record_key") or f"{reject.get('project')}/{reject.get('item_id')}/{reject.get('lang')}"
        reason = str(reject["reason"]).replace("|", "\\|").replace("\n", " ")[:300]
        lines.append(f"| {key} | {reason} |")
    return "\n".join(lines)
