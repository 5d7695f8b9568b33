"""Quiet nights keep the truth: what the dbt step reports for the models it did not rebuild.

A model whose inputs and code are those of the last green build is not rebuilt. It is
still materialized (it is current: freshness holds), with the metadata of the build that
made it (row count, columns, lineage, preview...) and a note saying since when it is
unchanged. Its checks are not re-run and not reported: the nightly job does not plan dbt
checks at all (see orchestration/assets/dbt.py), so each keeps showing the result of the
run that last evaluated it, and a quiet night writes ~30 events instead of ~1,000.

The metadata comes from the Dagster instance. When it has no record of a model (a new
instance over an existing warehouse), the dbt step rebuilds everything instead.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

import dagster as dg

BUILD_NOTE = "dbt_build"
BUILT_IN_RUN = "built_in_run"
BUILT_AT = "built_at"


@dataclass(frozen=True)
class LastBuild:
    """The latest materialization of each model: run id, time, metadata."""

    materializations: Mapping[dg.AssetKey, tuple[str, float, Mapping[str, Any]]]


def last_build(instance: dg.DagsterInstance, assets: Iterable[dg.AssetKey]) -> LastBuild | None:
    """What the instance recorded for these assets; None if any of them has no materialization."""
    assets = list(assets)
    events = instance.get_latest_materialization_events(assets) if assets else {}
    materializations = {}
    for key in assets:
        event = events.get(key)
        if event is None or event.asset_materialization is None:
            return None
        materializations[key] = (event.run_id, event.timestamp, event.asset_materialization.metadata)
    return LastBuild(materializations)


def built_metadata(run_id: str, now: datetime) -> dict[str, Any]:
    """Stamped on every model dbt rebuilt in this run."""
    return {
        BUILD_NOTE: "rebuilt in this run",
        BUILT_IN_RUN: dg.MetadataValue.dagster_run(run_id),
        BUILT_AT: dg.MetadataValue.timestamp(now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now),
    }


def carried_output(output_name: str, previous: tuple[str, float, Mapping[str, Any]]) -> dg.Output:
    """The model as the build that made it left it, saying since when."""
    run_id, timestamp, metadata = previous
    built_in = _run_of(metadata, BUILT_IN_RUN, run_id)
    built_at = metadata[BUILT_AT].value if BUILT_AT in metadata else timestamp
    return dg.Output(None, output_name=output_name, metadata={
        **metadata,
        BUILD_NOTE: f"unchanged since run {built_in[:8]} ({_when(built_at)}): no raw input or model changed",
        BUILT_IN_RUN: dg.MetadataValue.dagster_run(built_in),
        BUILT_AT: dg.MetadataValue.timestamp(built_at),
    })


def _run_of(metadata: Mapping[str, Any], key: str, default: str) -> str:
    """The run a carried entry points at, or this record's own run when it was not carried."""
    value = metadata.get(key)
    return getattr(value, "run_id", None) or default


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
