"""When things run: the nightly refresh at 02:00 Asia/Almaty, and a sensor for new releases."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import dagster as dg

from orchestration.partitions import TIMEZONE, month_range_tags
from orchestration.resources import SourceModeResource

NIGHTLY_CRON = "0 2 * * *"
# Edits change a release's body but not its created_date: each night re-reads
# the months that this window touches, so recent corrections are caught.
EDIT_LOOKBACK = timedelta(days=14)
DEFAULT_POLL_SECONDS = 15 * 60

nightly_refresh = dg.define_asset_job(
    "nightly_refresh",
    selection=dg.AssetSelection.all(),
    description="Fetch releases and trade statistics, extract facts, build the marts, publish them.",
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
        newest = fetch_releases(GovKzSettings(), mode=source_mode.mode, langs=LANGS, projects=PROJECTS).max_created_at
        context.update_cursor((newest or datetime(2019, 1, 1, tzinfo=timezone.utc)).isoformat())
        return dg.SkipReason(f"started watching gov.kz; newest release created at {newest}")
    result = fetch_releases(GovKzSettings(), mode=source_mode.mode, since=seen, langs=LANGS, projects=PROJECTS)
    if not result.releases:
        return dg.SkipReason(f"nothing created after {seen.isoformat()} ({result.stats.get('requests', 0)} requests)")
    created = [r["published_at_utc"] for r in result.releases]
    context.update_cursor(max(created).isoformat())
    return dg.RunRequest(
        run_key=f"releases-after-{seen.isoformat()}",
        tags={**month_range_tags(min(created), max(created)), "diplomart/trigger": "new_release_sensor"},
    )
