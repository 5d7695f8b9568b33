"""When things run: the nightly refresh at 02:00 Asia/Almaty, a sensor for new
releases, and a sensor that loads the trade-statistics partitions the nightly
discovery found."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import dagster as dg

from orchestration.abandoned_runs import release_abandoned_runs
from orchestration.partitions import (
    RANGE_END_TAG,
    RANGE_START_TAG,
    TIMEZONE,
    bns_editions,
    comext_months,
    full_history_tags,
    month_range_tags,
)
from orchestration.resources import BnsResource, ComextResource, GovKzResource
from orchestration.settings import DEFAULTS, whole_number

NIGHTLY_CRON = "0 2 * * *"
# Edits change a release's body but not its created_date: each night re-reads
# the months that this window touches, so recent corrections are caught.
EDIT_LOOKBACK = timedelta(days=14)

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
    return nightly_request(context.scheduled_execution_time, deep_rescan_every_days=_setting("DIPLOMART_DEEP_RESCAN_EVERY_DAYS"))


def nightly_request(now: datetime, *, deep_rescan_every_days: int) -> dg.RunRequest:
    """The run for one night: every release month the edit look-back touches, then everything
    downstream. Every `deep_rescan_every_days`-th night (by calendar day, so it needs no state)
    re-reads every month instead: an edit to an older release is caught within that many days."""
    if deep_rescan_every_days and now.date().toordinal() % deep_rescan_every_days == 0:
        return dg.RunRequest(run_key=None, tags={**full_history_tags(now), "diplomart/trigger": "nightly_deep_rescan"})
    return dg.RunRequest(
        run_key=None,
        tags={**month_range_tags(now - EDIT_LOOKBACK, now), "diplomart/trigger": "nightly"},
    )


def _setting(name: str) -> int:
    return whole_number(os.environ.get(name) or DEFAULTS[name], name)


def poll_interval_seconds() -> int:
    return _setting("DIPLOMART_RELEASE_POLL_SECONDS")


@dg.sensor(
    name="new_release_sensor",
    job=nightly_refresh,
    minimum_interval_seconds=poll_interval_seconds(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Polls gov.kz (or the snapshot) for releases newer than the last one seen; "
    "requests a refresh of their months only when something is new.",
)
def new_release_sensor(context: dg.SensorEvaluationContext, govkz: GovKzResource):
    if govkz.is_off:
        return dg.SkipReason("gov.kz is off (DIPLOMART_GOVKZ_MODE)")
    seen = datetime.fromisoformat(context.cursor) if context.cursor else None
    if seen is None:
        # First tick: remember where the source is, request nothing. The history
        # is the nightly schedule's (or `make run`'s) job; a first tick that
        # requested it all would flood the queue on every fresh instance. Only the
        # last month is read: paging the whole archive to find its newest item would not be polite.
        month_ago = datetime.now(timezone.utc) - timedelta(days=31)
        newest = govkz.fetch(since=month_ago).max_created_at
        context.update_cursor((newest or month_ago).isoformat())
        return dg.SkipReason(f"started watching gov.kz; newest release of the last month created at {newest}")
    result = govkz.fetch(since=seen)
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
def official_trade_sensor(context: dg.SensorEvaluationContext, bns: BnsResource, comext: ComextResource):
    today = datetime.now(timezone.utc).date()
    return official_trade_requests(
        editions=[] if bns.is_off else context.instance.get_dynamic_partitions(bns_editions.name),
        loaded=context.instance.get_materialized_partitions(BNS_TRADE),
        today=today,
        comext_on=not comext.is_off,
    )


def official_trade_requests(*, editions: list[str], loaded: set[str], today: date, comext_on: bool = True) -> list[dg.RunRequest]:
    """The editions discovered and not loaded yet, and the recent Comext months (a source that is
    off is left out)."""
    requests = [
        dg.RunRequest(run_key=f"bns-edition-{key}", job_name="bns_refresh", partition_key=key)
        for key in sorted(set(editions) - set(loaded))
    ]
    if comext_on:
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


@dg.sensor(
    name="abandoned_run_sensor",
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Marks failed the runs whose process died (SIGKILL, out of memory) and frees the duckdb_writer "
    "pool slot they held, so that the next run starts instead of waiting forever.",
)
def abandoned_run_sensor(context: dg.SensorEvaluationContext):
    released = release_abandoned_runs(context.instance)
    for message in released:
        context.log.warning(message)
    return dg.SkipReason("; ".join(released) or "every run in progress has a live process")
