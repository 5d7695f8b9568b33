"""When things run: the nightly refresh at 02:00 Asia/Almaty, a sensor for new
releases, and a sensor that loads the trade-statistics partitions the nightly
discovery found."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import dagster as dg

from orchestration.build_state import DBT_BUILD_TAG
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

RELEASES_PARSED = dg.AssetCheckKey(dg.AssetKey(["raw", "press_release_versions"]), "every_fetched_release_parsed")
# The jobs plan no dbt check: the dbt step reports each test dbt ran as an evaluation of its
# check, and a quiet night (no test run) writes none, so every check keeps showing its last
# real result instead of ~500 "skipped" (orchestration/assets/dbt.py). Python checks stay.
NIGHTLY_ASSETS = (dg.AssetSelection.all() - dg.AssetSelection.assets(BNS_TRADE, COMEXT_EXPORTS)).without_checks() \
    | dg.AssetSelection.checks(RELEASES_PARSED)
DBT_AND_PUBLISH = dg.AssetSelection.groups("reference", "staging", "intermediate", "marts", "serving").without_checks()

# A job holds assets of one partitioning only: the trade-statistics assets (partitioned by
# edition and by Comext month) have their own jobs, started by official_trade_sensor.
nightly_refresh = dg.define_asset_job(
    "nightly_refresh",
    selection=NIGHTLY_ASSETS,
    description=(
        "Every night at 02:00 Asia/Almaty (nightly_refresh_schedule) and whenever new_release_sensor sees a new "
        "release: re-reads the gov.kz releases of the months the last 14 days touch (one run over that range of "
        "release_months partitions, to catch edits), looks for new BNS editions, extracts facts from new release "
        "versions, rebuilds the dbt models downstream of what changed (the others stand as last built) and "
        "publishes the marts to the serving file when any was rebuilt. The schedule and the sensor pick the "
        "months themselves. By hand: full_rebuild (no partition, no config) rebuilds and publishes the marts "
        "from what has landed; new releases are fetched within 15 minutes by new_release_sensor."
    ),
)
full_rebuild = dg.define_asset_job(
    "full_rebuild",
    selection=DBT_AND_PUBLISH,
    tags={DBT_BUILD_TAG: "full"},
    description=(
        "By hand, any time: rebuilds every dbt model and runs every dbt test from the raw tables as they are, "
        "then publishes the marts. Fetches nothing, needs no partition and no config: use it after changing "
        "the dbt project or to rule out a stale model."
    ),
)
bns_refresh = dg.define_asset_job(
    "bns_refresh",
    selection=dg.AssetSelection.assets(BNS_TRADE),
    description=(
        "Loads BNS annual editions into raw.bns_trade_by_country, one bns_edition partition each (an edition "
        "replaces its own rows). Started by official_trade_sensor for every edition the nightly discovery "
        "found and no run has loaded yet."
    ),
)
comext_refresh = dg.define_asset_job(
    "comext_refresh",
    selection=dg.AssetSelection.assets(COMEXT_EXPORTS),
    description=(
        "Loads Eurostat Comext months into raw.comext_eu_exports (a month replaces its own rows). Started by "
        "official_trade_sensor once a day for the last 3 months, which Eurostat revises."
    ),
)


@dg.schedule(
    name="nightly_refresh_schedule",
    job=nightly_refresh,
    cron_schedule=NIGHTLY_CRON,
    execution_timezone=TIMEZONE,
    # Running by default, so `make dev` (webserver + daemon) refreshes every night
    # without anyone switching it on in the UI.
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description=(
        "02:00 Asia/Almaty every night: one nightly_refresh run over the release months the last 14 days touch "
        "(so yesterday's edits are caught), then everything downstream; the dbt step rebuilds only what "
        "changed, and the marts are published only when one was rebuilt."
    ),
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
