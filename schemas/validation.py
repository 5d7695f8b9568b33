"""Validate raw rows and split them into the valid and the rejected.

Assets never let one bad record stop a run: the bad rows go to
`raw.rejected_records` with the reason Pandera gave and their payload.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors


@dataclass
class ValidationOutcome:
    valid: pd.DataFrame
    # One entry per rejected row: {"row": the row as a dict, "reason": str}
    rejected: list[dict[str, Any]] = field(default_factory=list)


def validate_rows(rows: list[dict[str, Any]], model: type[pa.DataFrameModel]) -> ValidationOutcome:
    """Validate `rows` against `model` lazily; return valid rows and rejected rows with reasons."""
    columns = list(model.to_schema().columns)
    frame = pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    try:
        validated = model.validate(frame, lazy=True)
        return ValidationOutcome(valid=validated)
    except SchemaErrors as errors:
        reasons = _reasons_by_row(errors.failure_cases)
        bad_index = sorted(reasons)
        if None in reasons:
            # A failure with no row index (e.g. a missing column) condemns every row.
            bad_index = list(frame.index)
        valid = frame.drop(index=bad_index)
        rejected = [
            {"row": _jsonable(frame.loc[i].to_dict()), "reason": "; ".join(sorted(reasons.get(i, reasons.get(None, []))))}
            for i in bad_index
        ]
        # Re-validate the survivors so the returned frame carries the model's dtypes.
        return ValidationOutcome(valid=model.validate(valid, lazy=True), rejected=rejected)


def _reasons_by_row(failure_cases: pd.DataFrame) -> dict[Any, set[str]]:
    reasons: dict[Any, set[str]] = {}
    for case in failure_cases.itertuples(index=False):
        index = case.index if pd.notna(case.index) else None
        if case.schema_context == "DataFrameSchema":
            # A row-level check reports every column of the row; name the check once.
            reason = f"row: {case.check}"
        else:
            reason = f"{case.column}: {case.check} (got {case.failure_case!r})"
        reasons.setdefault(index, set()).add(reason)
    return reasons


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """The row as plain JSON values; pandas' missing values become null, not NaN."""
    return {key: None if _is_missing(value) else json.loads(json.dumps(value, default=str)) for key, value in row.items()}


def _is_missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers
        return False
