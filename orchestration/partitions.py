"""Partitions: releases by month of publication, BNS by edition, Comext by month.

Releases are partitioned by the month of their publication in Asia/Almaty.
Months, not days: a day-partitioned history since 2019 is ~2,900 partitions,
and recording that many materializations cost ~63 s per full refresh on the
reference machine (measured with an in-process run) against ~2 s for ~95 months.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import dagster as dg

TIMEZONE = "Asia/Almaty"
FIRST_MONTH = "2019-01-01"

# end_offset=1: the current, still-open month is a partition too.
release_months = dg.MonthlyPartitionsDefinition(start_date=FIRST_MONTH, timezone=TIMEZONE, end_offset=1)

# One partition per BNS annual edition ("2023"), added when the nightly
# discovery finds the edition on stat.gov.kz (or in the snapshot).
bns_editions = dg.DynamicPartitionsDefinition(name="bns_edition")

# Comext months (UTC, as Eurostat publishes them); the current month is never complete.
comext_months = dg.MonthlyPartitionsDefinition(start_date=FIRST_MONTH)

RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"


def month_range_tags(first: datetime, last: datetime) -> dict[str, str]:
    """Run tags that make one run cover every month from `first` to `last` (single-run backfill)."""
    keys = release_months.get_partition_keys(current_time=last + timedelta(days=1))
    first_key, last_key = first.strftime("%Y-%m-01"), last.strftime("%Y-%m-01")
    first_key = max(first_key, keys[0])
    last_key = min(last_key, keys[-1])
    return {RANGE_START_TAG: first_key, RANGE_END_TAG: last_key}


def full_history_tags(now: datetime) -> dict[str, str]:
    keys = release_months.get_partition_keys(current_time=now)
    return {RANGE_START_TAG: keys[0], RANGE_END_TAG: keys[-1]}
