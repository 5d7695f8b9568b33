"""`diplomart extract FILE`: JSON Lines of releases in, JSON Lines of facts out.

A malformed line yields an object with an "error" key and the run goes on, so one
bad record never loses a night's batch; the command then says on stderr which lines
could not be read and exits with status 1.  Imports nothing heavy (no Dagster).
"""
from __future__ import annotations

import json
import sys
from typing import IO, Iterable

from .extract import extract


def _records(stream: IO[str]) -> Iterable[tuple[int, str]]:
    """(line number, line) of the non-blank lines."""
    for number, line in enumerate(stream, 1):
        if line.strip():
            yield number, line


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
    read = failed = 0
    try:
        out = sys.stdout
        for number, line in _records(stream):
            result = extract_line(line)
            read += 1
            if "error" in result:
                failed += 1
                print(f"diplomart extract: line {number} (id {result['id']!r}): {result['error']}", file=sys.stderr)
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    finally:
        if stream is not sys.stdin:
            stream.close()
    if failed:
        print(f"diplomart extract: {failed} of {read} lines could not be read", file=sys.stderr)
        return 1
    return 0
