"""`diplomart extract FILE`: JSON Lines of releases in, JSON Lines of facts out.

A malformed line yields an object with an "error" key and the run goes on, so one
bad record never loses a night's batch.  Imports nothing heavy (no Dagster).
"""
from __future__ import annotations

import json
import sys
from typing import IO, Iterable

from .extract import extract


def _records(stream: IO[str]) -> Iterable[str]:
    for line in stream:
        if line.strip():
            yield line


def extract_line(line: str) -> dict:
    record_id = None
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("a record must be a JSON object")
        record_id = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' must be a string")
        facts = extract(text, published=record.get("published"),
                        language=record.get("language") or "en")
        return {"id": record_id, **facts}
    except Exception as exc:  # one bad record must not stop the batch
        return {"id": record_id, "error": f"{type(exc).__name__}: {exc}"}


def extract_command(input_path: str) -> int:
    stream = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")
    errors = 0
    try:
        out = sys.stdout
        for line in _records(stream):
            result = extract_line(line)
            errors += "error" in result
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    finally:
        if stream is not sys.stdin:
            stream.close()
    return 0
