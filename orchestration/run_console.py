"""What `diplomart run` prints: one line per step (what it did, its counts, its seconds), the
progress of long work, and nothing else; every log line of the run goes to a file instead.

`StepReporter` is a logging handler fed by a Dagster logger that the command adds to each job it
runs, so it sees every event as it happens (steps starting and ending, materializations with
their metadata, check results, the assets' own messages).
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

import dagster as dg

# Messages of the assets that are about progress, not results (see press_releases.py).
PROGRESS_PREFIX = "progress: "
NAME_WIDTH = 34


@dataclass
class _Step:
    started: float
    # One entry per asset: a single-run backfill materializes each partition with the same metadata.
    materializations: dict[str, dict[str, Any]] = field(default_factory=dict)
    checks_passed: int = 0
    checks_failed: list[str] = field(default_factory=list)


class StepReporter(logging.Handler):
    """Prints a line per finished step to `stream`; on a terminal the running step is shown too."""

    def __init__(self, stream: TextIO, *, label: str = "") -> None:
        super().__init__(level=logging.DEBUG)
        self.stream = stream
        self.label = label
        self.interactive = stream.isatty()
        self._steps: dict[str, _Step] = {}

    def emit(self, record: logging.LogRecord) -> None:
        # Dagster logs inside the step: a console that raised would fail the step itself.
        try:
            self._take(record)
        except Exception:
            self.handleError(record)

    def _take(self, record: logging.LogRecord) -> None:
        meta = getattr(record, "dagster_meta", None)
        if not meta or not meta.get("step_key"):
            return
        step, event = meta["step_key"], meta.get("dagster_event")
        if event is None:
            message = str(meta.get("orig_message") or "")
            if message.startswith(PROGRESS_PREFIX):
                self._show_progress(step, message[len(PROGRESS_PREFIX):])
            return
        kind = event.event_type_value
        if kind == "STEP_START":
            self._steps[step] = _Step(started=time.monotonic())
            if self.interactive:
                self._write(f"\r{self._prefix(step)}", end="")
        elif kind == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            self._state(step).materializations[materialization.asset_key.to_user_string()] = {
                k: v.value for k, v in materialization.metadata.items()
            }
        elif kind == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if evaluation.passed:
                self._state(step).checks_passed += 1
            else:
                self._state(step).checks_failed.append(evaluation.check_name)
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE", "STEP_SKIPPED"):
            self._finish(step, kind, event)

    # --- lines ------------------------------------------------------------------------------

    def _finish(self, step: str, kind: str, event: Any) -> None:
        state = self._steps.pop(step, None) or _Step(started=time.monotonic())
        seconds = time.monotonic() - state.started
        if kind == "STEP_SKIPPED":
            what = "skipped: an upstream step failed or a blocking check did not pass"
        elif kind == "STEP_FAILURE":
            what = "FAILED: " + one_line_cause(event.event_specific_data.error)
        else:
            what = summarize(state)
        if state.checks_failed:
            what += f"; check failed: {', '.join(state.checks_failed)}"
        self._write(f"\r{self._prefix(step)}{what}  ({seconds:.1f} s)")

    def _show_progress(self, step: str, message: str) -> None:
        if self.interactive:
            self._write(f"\r{self._prefix(step)}… {message}\033[K", end="")
        else:
            self._write(f"{self._prefix(step)}… {message}")

    def _prefix(self, step: str) -> str:
        name = step_title(step)
        return f"  {self.label:<8} {name:<{NAME_WIDTH}} " if self.label else f"  {name:<{NAME_WIDTH}} "

    def _state(self, step: str) -> _Step:
        return self._steps.setdefault(step, _Step(started=time.monotonic()))

    def _write(self, text: str, end: str = "\n") -> None:
        self.stream.write(text + ("\033[K" if self.interactive and end == "\n" else "") + end)
        self.stream.flush()


def summarize(state: _Step) -> str:
    """What the step's assets report they did; for a step of many assets without such counts (the
    dbt step), how many assets and how their checks went."""
    assets = list(state.materializations.values())
    if any(m.get("source_mode") == "off" for m in assets):
        return "source off: not called"
    parts = next((counts(m) for m in assets if counts(m)), [])
    if not parts and assets:
        unchanged = sum(1 for m in assets if str(m.get("dbt_build", "")).startswith("skipped"))
        parts.append(f"{len(assets)} assets" + (f" ({unchanged} unchanged, not rebuilt)" if unchanged else ""))
        if state.checks_passed or state.checks_failed:
            parts.append(f"{state.checks_passed} checks passed, {len(state.checks_failed)} failed")
    return ", ".join(parts) or "done"


def counts(metadata: dict[str, Any]) -> list[str]:
    """The few numbers that say what an ingest, extraction or publish step did."""
    parts = []
    fetched = metadata.get("fetched", metadata.get("received"))
    if "editions" in metadata:
        parts.append(f"{_count(metadata['editions'])} editions")
    if isinstance(fetched, int):
        parts.append(f"{fetched:,} fetched")
    if "new_editions" in metadata:
        parts.append(f"{_count(metadata['new_editions'])} new")
    if "new_releases" in metadata:
        parts.append(f"{metadata['new_releases']:,} new, {metadata.get('edited_releases', 0):,} edited")
    elif "facts_written" in metadata:
        parts.append(f"{metadata.get('versions_read', 0):,} releases read, {metadata['facts_written']:,} facts")
        if metadata.get("facts_rejected"):
            parts.append(f"{metadata['facts_rejected']:,} facts rejected")
    elif isinstance(metadata.get("written"), int):
        parts.append(f"{metadata['written']:,} rows written")
    if isinstance(metadata.get("rejected"), int):
        new = metadata.get("new_rejects") or 0
        parts.append(f"{metadata['rejected']:,} quarantined" + (f" ({new:,} new)" if new else ""))
    if metadata.get("retries"):
        parts.append(f"{metadata['retries']:,} retries")
    if "marts" in metadata and isinstance(metadata.get("dagster/row_count"), int):
        parts.append(f"{metadata['dagster/row_count']:,} rows published")
    return parts


def step_title(step: str) -> str:
    """raw__press_release_versions -> raw/press_release_versions (the asset's key)."""
    return step.replace("__", "/")


def one_line_cause(error: Any) -> str:
    """The error that says what happened, on one line: the source's own error, not the Dagster
    wrapper around it ("Error occurred while executing op …:"), with its class name."""
    chosen = error
    while chosen is not None and _is_wrapper(chosen) and chosen.cause is not None:
        chosen = chosen.cause
    chosen = chosen or error
    lines = [line.strip() for line in chosen.message.strip().splitlines() if line.strip()]
    text = " ".join(lines) if lines else chosen.cls_name or "unknown error"
    # "sources.http.RetriesExhausted: …" -> "RetriesExhausted: …"; a dg.Failure says it all itself.
    text = re.sub(r"^(?:[\w]+\.)+(\w+): ", r"\1: ", text)
    text = re.sub(r"^Failure: ", "", text)
    return text[:400]


def _is_wrapper(error: Any) -> bool:
    return (error.cls_name or "").startswith("Dagster") and "Error occurred while executing" in error.message


def _count(value: Any) -> str:
    """1234 -> "1,234"; a list written as text ("2019, 2020, 2021") -> "3 (2019 … 2021)"."""
    if isinstance(value, int):
        return f"{value:,}"
    items = [item for item in str(value).split(", ") if item and item != "none"]
    if len(items) > 2:
        return f"{len(items)} ({items[0]} … {items[-1]})"
    return ", ".join(items) or "0"


def reporter_logger(reporter: StepReporter) -> dg.LoggerDefinition:
    """A Dagster logger that hands every record of the run to `reporter`."""

    @dg.logger(description="diplomart run's console: one line per step")
    def diplomart_console(_init_context) -> logging.Logger:
        log = logging.Logger("diplomart.run_console", level=logging.DEBUG)
        log.addHandler(reporter)
        return log

    return diplomart_console
