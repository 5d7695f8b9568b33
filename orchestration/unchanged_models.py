"""Quiet nights keep the truth: what the dbt step reports for the models it did not rebuild.

Dagster shows, for each asset, its latest materialization (row count, columns, preview...)
and, for each check, its latest result if it was evaluated against that materialization.
So a model that is not rebuilt is not materialized again: its page keeps the build that
made it, and its checks keep their results. The dbt step only records an observation
saying that the night found it unchanged.

One exception: on a night that rebuilds some marts, the publish step needs every mart
materialized in the run (Dagster skips a step whose upstream asset was not). A mart kept
as it was is then materialized with the metadata of the build that made it, and each of
its checks re-reports the result of the run that evaluated it; both say so.

Both come from the Dagster instance. When it has no record of them (a new instance over an
existing warehouse), the dbt step rebuilds everything instead.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

import dagster as dg

BUILD_NOTE = "dbt_build"
BUILT_IN_RUN = "built_in_run"
BUILT_AT = "built_at"
EVALUATED_IN_RUN = "evaluated_in_run"


@dataclass(frozen=True)
class LastBuild:
    """The latest materialization (run id, time, metadata) of each model, and the latest
    result (run id, evaluation) of each check."""

    materializations: Mapping[dg.AssetKey, tuple[str, float, Mapping[str, Any]]]
    checks: Mapping[dg.AssetCheckKey, tuple[str, dg.AssetCheckEvaluation]]


def last_build(instance: dg.DagsterInstance, assets: Iterable[dg.AssetKey],
               checks: Iterable[dg.AssetCheckKey] = ()) -> LastBuild | None:
    """What the instance recorded for these assets and checks; None if anything is missing."""
    assets, checks = list(assets), list(checks)
    events = instance.get_latest_materialization_events(assets) if assets else {}
    summaries = instance.event_log_storage.get_asset_check_summary_records(checks) if checks else {}
    materializations = {}
    for key in assets:
        event = events.get(key)
        if event is None or event.asset_materialization is None:
            return None
        materializations[key] = (event.run_id, event.timestamp, event.asset_materialization.metadata)
    evaluations = {}
    for key in checks:
        summary = summaries.get(key)
        record = summary.last_completed_check_execution_record if summary else None
        if record is None or record.evaluation is None:
            return None
        evaluations[key] = (record.run_id, record.evaluation)
    return LastBuild(materializations, evaluations)


def built_metadata(run_id: str, now: datetime) -> dict[str, Any]:
    """Stamped on every model dbt rebuilt in this run."""
    return {
        BUILD_NOTE: "rebuilt in this run",
        BUILT_IN_RUN: dg.MetadataValue.dagster_run(run_id),
        BUILT_AT: dg.MetadataValue.timestamp(now if now.tzinfo else now.replace(tzinfo=timezone.utc)),
    }


def unchanged_note(previous: tuple[str, float, Mapping[str, Any]] | None) -> str:
    if previous is None:
        return "unchanged: no raw input and no model changed since the last green build"
    run_id, timestamp, metadata = previous
    built_in = _run_of(metadata, BUILT_IN_RUN, run_id)
    built_at = metadata[BUILT_AT].value if BUILT_AT in metadata else timestamp
    return f"unchanged since run {built_in[:8]} ({_when(built_at)}): no raw input or model changed"


def unchanged_observation(key: dg.AssetKey, previous: tuple[str, float, Mapping[str, Any]] | None) -> dg.AssetObservation:
    """The night looked at the model and found nothing to rebuild."""
    metadata: dict[str, Any] = {BUILD_NOTE: unchanged_note(previous)}
    if previous is not None:
        metadata[BUILT_IN_RUN] = dg.MetadataValue.dagster_run(_run_of(previous[2], BUILT_IN_RUN, previous[0]))
    return dg.AssetObservation(asset_key=key, metadata=metadata)


def carried_output(output_name: str, previous: tuple[str, float, Mapping[str, Any]]) -> dg.Output:
    """The model as the build that made it left it, saying since when."""
    run_id, timestamp, metadata = previous
    built_in = _run_of(metadata, BUILT_IN_RUN, run_id)
    built_at = metadata[BUILT_AT].value if BUILT_AT in metadata else timestamp
    return dg.Output(None, output_name=output_name, metadata={
        **metadata,
        BUILD_NOTE: unchanged_note(previous),
        BUILT_IN_RUN: dg.MetadataValue.dagster_run(built_in),
        BUILT_AT: dg.MetadataValue.timestamp(built_at),
    })


def carried_check_evaluation(key: dg.AssetCheckKey, previous: tuple[str, dg.AssetCheckEvaluation]) -> dg.AssetCheckEvaluation:
    """The check's last result, from the run that evaluated it, saying it was not re-run."""
    run_id, evaluation = previous
    evaluated_in = _run_of(evaluation.metadata, EVALUATED_IN_RUN, run_id)
    return dg.AssetCheckEvaluation(
        asset_key=key.asset_key,
        check_name=key.name,
        passed=evaluation.passed,
        severity=evaluation.severity,
        description=evaluation.description,
        metadata={
            **evaluation.metadata,
            BUILD_NOTE: f"not re-run: the model and its inputs are unchanged since run {evaluated_in[:8]}",
            EVALUATED_IN_RUN: dg.MetadataValue.dagster_run(evaluated_in),
        },
    )


def _run_of(metadata: Mapping[str, Any], key: str, default: str) -> str:
    """The run a carried entry points at, or this record's own run when it was not carried."""
    value = metadata.get(key)
    return getattr(value, "run_id", None) or default


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
