"""When things run: the nightly refresh at 02:00 Asia/Almaty, a sensor for new
releases, and a sensor that loads the trade-statistics partitions the nightly
discovery found."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import dagster as dg

from orchestration.partitions import RANGE_END_TAG, RANGE_START_TAG, TIMEZONE, bns_editions, comext_months, month_range_tags
from orchestration.resources import SourceModeResource

NIGHTLY_CRON = "0 2 * * *"
# Edits change a release's body but not its created_date: each night re-reads
# the months that this window touches, so recent corrections are caught.
EDIT_LOOKBACK = timedelta(days=14)
DEFAULT_POLL_SECONDS = 15 * 60

BNS_TRADE = dg.AssetKey(["raw", "bns_trade_by_country"])
COMEXT_EXPORTS = dg.AssetKey(["raw", "comext_eu_exports"])
# Comext revises recent months; each day re-reads this many of them.
COMEXT_REVISION_MONTHS = 3

# A job holds assets of one partitioning only: the trade-statistics assets
# (partitioned by edition and by Comext month) have their own jobs.
nightly_refresh = dg.define_asset_job(
    "nightly_refresh",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(BNS_TRADE, COMEXT_EXPORTS),
    description="Fetch releases, discover BNS editions, extract facts, build the marts, publish them.",
)
bns_refresh = dg.define_asset_job(
    "bns_refresh", selection=dg.AssetSelection.assets(BNS_TRADE), description="Load BNS editions (one partition each)."
)
comext_refresh = dg.define_asset_job(
    "comext_refresh", selection=dg.AssetSelection.assets(COMEXT_EXPORTS), description="Load Comext months."
)


@dg.schedule(
    name="nightly_refresh_schedule",
    job=nightly_refresh,
    cron_schedule=NIGHTLY_CRON,
    execution_timezone=TIMEZONE,
    # Running by default, so `make dev` (webserver + daemon) refreshes every night
    # without anyone switching it on in the UI.
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
def nightly_refresh_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    return nightly_request(context.scheduled_execution_time)


def nightly_request(now: datetime) -> dg.RunRequest:
    """The run for one night: every release month the edit look-back touches, then everything downstream."""
    return dg.RunRequest(
        run_key=None,
        tags={**month_range_tags(now - EDIT_LOOKBACK, now), "diplomart/trigger": "nightly"},
    )


def poll_interval_seconds() -> int:
    return int(os.environ.get("DIPLOMART_RELEASE_POLL_SECONDS", DEFAULT_POLL_SECONDS))


@dg.sensor(
    name="new_release_sensor",
    job=nightly_refresh,
    minimum_interval_seconds=poll_interval_seconds(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Polls gov.kz (or the snapshot) for releases newer than the last one seen; "
    "requests a refresh of their months only when something is new.",
)
def new_release_sensor(context: dg.SensorEvaluationContext, source_mode: SourceModeResource):
    from sources.govkz import GovKzSettings, fetch_releases
    from orchestration.assets.press_releases import LANGS, PROJECTS

    seen = datetime.fromisoformat(context.cursor) if context.cursor else None
    if seen is None:
        # First tick: remember where the source is, request nothing. The history
        # is the nightly schedule's (or `make run`'s) job; a first tick that
        # requested it all would flood the queue on every fresh instance.
        newest = fetch_releases(GovKzSettings.from_env(), mode=source_mode.mode, langs=LANGS, projects=PROJECTS).max_created_at
        context.update_cursor((newest or datetime(2019, 1, 1, tzinfo=timezone.utc)).isoformat())
        return dg.SkipReason(f"started watching gov.kz; newest release created at {newest}")
    result = fetch_releases(GovKzSettings.from_env(), mode=source_mode.mode, since=seen, langs=LANGS, projects=PROJECTS)
    if not result.releases:
        return dg.SkipReason(f"nothing created after {seen.isoformat()} ({result.stats.get('requests', 0)} requests)")
    created = [r["published_at_utc"] for r in result.releases]
    context.update_cursor(max(created).isoformat())
    return dg.RunRequest(
        run_key=f"releases-after-{seen.isoformat()}",
        tags={**month_range_tags(min(created), max(created)), "diplomart/trigger": "new_release_sensor"},
    )


@dg.sensor(
    name="official_trade_sensor",
    jobs=[bns_refresh, comext_refresh],
    minimum_interval_seconds=60 * 60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Loads every BNS edition the nightly discovery found and has not been loaded, "
    "and once a day the recent Comext months (which Eurostat revises).",
)
def official_trade_sensor(context: dg.SensorEvaluationContext):
    today = datetime.now(timezone.utc).date()
    return official_trade_requests(
        editions=context.instance.get_dynamic_partitions(bns_editions.name),
        loaded=context.instance.get_materialized_partitions(BNS_TRADE),
        today=today,
    )


def official_trade_requests(*, editions: list[str], loaded: set[str], today: date) -> list[dg.RunRequest]:
    requests = [
        dg.RunRequest(run_key=f"bns-edition-{key}", job_name="bns_refresh", partition_key=key)
        for key in sorted(set(editions) - set(loaded))
    ]
    months = comext_months.get_partition_keys(current_time=datetime.combine(today, datetime.min.time()))
    recent = months[-COMEXT_REVISION_MONTHS:]
    requests.append(
        dg.RunRequest(
            run_key=f"comext-{today.isoformat()}",
            job_name="comext_refresh",
            tags={RANGE_START_TAG: recent[0], RANGE_END_TAG: recent[-1]},
        )
    )
    return requests
