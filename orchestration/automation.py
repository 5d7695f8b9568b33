"""When things run: the nightly refresh job and its 02:00 Asia/Almaty schedule."""
from __future__ import annotations

import dagster as dg

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Asia/Almaty"

nightly_refresh = dg.define_asset_job(
    "nightly_refresh",
    selection=dg.AssetSelection.all(),
    description="Fetch releases and trade statistics, extract facts, build the marts, publish them.",
)

nightly_refresh_schedule = dg.ScheduleDefinition(
    name="nightly_refresh_schedule",
    job=nightly_refresh,
    cron_schedule=NIGHTLY_CRON,
    execution_timezone=TIMEZONE,
    # Running by default, so `make dev` (webserver + daemon) refreshes every night
    # without anyone switching it on in the UI.
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
