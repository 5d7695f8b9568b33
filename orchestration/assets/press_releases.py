"""Press releases from gov.kz → raw.press_release_versions (append-only versions)."""

import time
from datetime import datetime, timedelta, timezone

import dagster as dg
import pandas as pd

from orchestration.landing import (
    LandingReport,
    ReleaseLandingCounts,
    land_and_quarantine,
    land_release_versions,
    stored_under_another_project,
)
from orchestration.partitions import release_months
from orchestration.resources import GovKzResource, WarehouseResource
from schemas.raw_tables import PressReleaseVersion

SOURCE = "govkz"
CHECK = "every_fetched_release_parsed"
# A long fetch (a backfill of the archive) says how far it is at most this often.
PROGRESS_EVERY_S = 10.0


@dg.asset(
    key=["raw", "press_release_versions"],
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool="duckdb_writer",
    partitions_def=release_months,
    # One run fetches a whole range of months: one paging pass instead of one per month.
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="Every version of every MFA press release (en, ru), as fetched from gov.kz or its recorded snapshot. "
    "Partitioned by month of publication (Asia/Almaty); the first month also holds everything older.",
    check_specs=[
        dg.AssetCheckSpec(
            CHECK,
            asset=["raw", "press_release_versions"],
            blocking=True,
            description="Fails (and stops downstream steps) on a systemic failure: more than "
            "DIPLOMART_MAX_UNPARSEABLE_SHARE of the run's releases, and more than one, newly quarantined as "
            "unparseable. One bad release is quarantined once and never blocks a run.",
        )
    ],
)
def press_release_versions(context: dg.AssetExecutionContext, warehouse: WarehouseResource, govkz: GovKzResource):
    if govkz.is_off:
        context.log.info("gov.kz is off (DIPLOMART_GOVKZ_MODE): nothing fetched, the stored releases stay")
        yield dg.MaterializeResult(metadata={"source_mode": "off", "fetched": 0})
        yield dg.AssetCheckResult(check_name=CHECK, passed=True, metadata={"source_mode": "off"})
        return

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    since, until = fetch_window(context, govkz)
    context.log.info(
        f"fetching gov.kz releases in {govkz.source_mode.value} mode, created after "
        f"{since or 'the oldest the API serves'} and before {until}"
    )
    if _starts_at_first_month(context) and govkz.oldest_date:
        context.log.info(f"releases published before {govkz.oldest_date} are not requested (DIPLOMART_GOVKZ_HISTORY_START)")
    result = govkz.fetch(since=since, until=until, progress=_progress_logger(context))
    with warehouse.connect() as connection:
        releases, kept_elsewhere = _split_kept_elsewhere(connection, result.releases)
        report = land_and_quarantine(
            connection,
            rows=releases,
            model=PressReleaseVersion,
            land=lambda connection, versions: _land_versions(connection, versions, now),
            source=SOURCE,
            entity="press_release",
            record_key=_release_key,
            rejects=[*result.rejects, *kept_elsewhere],
            rejected_at=now,
        )
        total_versions = connection.execute("select count(*) from raw.press_release_versions").fetchone()[0]

    systemic = is_systemic(report, limit=govkz.unparseable_share_limit)
    if report.rejected:
        context.log.warning(
            f"{report.rejected} releases quarantined in raw.rejected_records ({sum(report.new_rejects.values())} new): "
            + "; ".join(f"{n} × {reason}" for reason, n in sorted(report.reasons.items()))
        )
    if result.stats.get("retries"):
        context.log.warning(f"gov.kz: {result.stats['retries']} requests retried")
    yield dg.MaterializeResult(
        metadata={
            "source_mode": govkz.source_mode.value,
            "months": f"{context.partition_key_range.start} … {context.partition_key_range.end}",
            "fetched": len(result.releases) + len(result.rejects),
            **report.metadata(),
            "requests": int(result.stats.get("requests", 0)),
            "retries": int(result.stats.get("retries", 0)),
            **({"history_start": str(govkz.oldest_date or "none")} if _starts_at_first_month(context) else {}),
            "oldest_fetched": str(min((r["published_at_utc"] for r in result.releases), default=None)),
            "dagster/row_count": int(total_versions),
        }
    )
    yield dg.AssetCheckResult(
        check_name=CHECK,
        passed=not systemic,
        metadata={
            "newly_unparseable": report.new_unparseable,
            "fetched": report.received,
            "limit_share": govkz.unparseable_share_limit,
            "quarantined": report.rejected,
            "reasons": dg.MetadataValue.md(_reasons_table(report)) if report.reasons else dg.MetadataValue.text("none"),
        },
    )


def fetch_window(context: dg.AssetExecutionContext, govkz: GovKzResource) -> tuple[datetime | None, datetime]:
    """(created after, created before) for the run's months. The first month of the partitions
    reaches back as far as DIPLOMART_GOVKZ_HISTORY_START says (unset: the whole archive)."""
    window = context.partition_time_window
    until = window.end.astimezone(timezone.utc)
    if _starts_at_first_month(context):
        oldest = govkz.oldest_date
        if oldest is None:
            return None, until
        start = datetime.combine(oldest, datetime.min.time(), tzinfo=timezone.utc)
    else:
        start = window.start.astimezone(timezone.utc)
    # The API's filter is strictly-after; step back one second to include the first instant.
    return start - timedelta(seconds=1), until


def is_systemic(report: LandingReport, *, limit: float) -> bool:
    """More than `limit` of the run's releases, and more than one, newly unparseable: the format
    changed. Releases quarantined by an earlier run are known and do not count again."""
    return report.new_unparseable > 1 and report.new_unparseable > limit * max(report.received, 1)


def _starts_at_first_month(context: dg.AssetExecutionContext) -> bool:
    return context.partition_key_range.start == release_months.get_first_partition_key()


def _land_versions(connection, versions: pd.DataFrame, fetched_at: datetime) -> dict[str, int]:
    versions = versions.copy()
    for column in ("published_at_utc", "updated_at_utc"):
        versions[column] = pd.to_datetime(versions[column], utc=True).dt.tz_localize(None)
    versions["published_date_local"] = pd.to_datetime(versions["published_date_local"]).dt.date
    counts: ReleaseLandingCounts = land_release_versions(connection, versions, fetched_at)
    return {
        "written": counts.new_releases + counts.edited_releases,
        "new_releases": counts.new_releases,
        "edited_releases": counts.edited_releases,
        "unchanged": counts.unchanged,
    }


def _split_kept_elsewhere(connection, releases: list[dict]) -> tuple[list[dict], list[dict]]:
    """A release already stored under another project (a server that ignored `projects=` on an
    earlier night) stays there: this copy is quarantined, not landed under a second key."""
    from sources.govkz.parser import MISMATCH, make_reject

    owners = stored_under_another_project(connection, releases)
    kept = [r for r, owner in zip(releases, owners, strict=True) if owner is None]
    elsewhere = [
        make_reject(r["project"], r["item_id"], r["lang"], f"already stored under project {owner}", r["raw_json"], kind=MISMATCH)
        for r, owner in zip(releases, owners, strict=True) if owner is not None
    ]
    return kept, elsewhere


def _release_key(row: dict) -> str:
    from sources.govkz.parser import release_key

    return release_key(row.get("project"), row.get("item_id"), row.get("lang"))


def _progress_logger(context: dg.AssetExecutionContext):
    last = [time.monotonic()]

    def report(stats: dict[str, int]) -> None:
        if time.monotonic() - last[0] >= PROGRESS_EVERY_S:
            last[0] = time.monotonic()
            context.log.info(f"progress: gov.kz {stats['pages']} pages, {stats['releases']} releases, "
                             f"{stats['rejects']} quarantined so far")

    return report


def _reasons_table(report: LandingReport) -> str:
    lines = ["| reason | releases |", "|---|---|"]
    for reason, count in sorted(report.reasons.items(), key=lambda item: -item[1])[:50]:
        lines.append(f"| {reason.replace('|', '/')[:300]} | {count} |")
    return "\n".join(lines)
