"""Idempotent writes into `raw.*`.

Every function here can be re-run with the same input without adding a row:
release versions are keyed by their content hash, facts by a deterministic id,
rejects by a hash of what was rejected and why, and table-like sources
(BNS, Comext) replace their slice in one transaction. Values always travel as
bound parameters or registered frames, never as SQL text.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

import duckdb
import pandas as pd


@dataclass(frozen=True)
class ReleaseLandingCounts:
    new_releases: int
    edited_releases: int
    unchanged: int

    @property
    def versions_written(self) -> int:
        return self.new_releases + self.edited_releases


def land_release_versions(
    connection: duckdb.DuckDBPyConnection, versions: pd.DataFrame, fetched_at: datetime
) -> ReleaseLandingCounts:
    """Append the versions not yet stored; an unchanged re-fetch adds nothing."""
    if versions.empty:
        return ReleaseLandingCounts(0, 0, 0)
    key = ["source", "project", "item_id", "lang", "content_hash"]
    incoming = versions.drop_duplicates(subset=key).copy()
    incoming["first_fetched_at"] = fetched_at
    connection.register("incoming_versions", incoming)
    try:
        connection.execute("begin transaction")
        classified = connection.execute(
            """
            select
                count(*) filter (where not exists (
                    select 1 from raw.press_release_versions v
                    where v.source = i.source and v.project = i.project
                      and v.item_id = i.item_id and v.lang = i.lang)) as new_releases,
                count(*) filter (where exists (
                    select 1 from raw.press_release_versions v
                    where v.source = i.source and v.project = i.project
                      and v.item_id = i.item_id and v.lang = i.lang)
                  and not exists (
                    select 1 from raw.press_release_versions v
                    where v.source = i.source and v.project = i.project and v.item_id = i.item_id
                      and v.lang = i.lang and v.content_hash = i.content_hash)) as edited_releases
            from incoming_versions i
            """
        ).fetchone()
        connection.execute(
            """
            insert into raw.press_release_versions by name
            select source, project, item_id, lang, content_hash, title, body_html, body_text,
                   published_at_utc, published_date_local, published_time_known, updated_at_utc,
                   url, raw_json, first_fetched_at
            from incoming_versions i
            where not exists (
                select 1 from raw.press_release_versions v
                where v.source = i.source and v.project = i.project and v.item_id = i.item_id
                  and v.lang = i.lang and v.content_hash = i.content_hash)
            """
        )
        connection.execute("commit")
    except Exception:
        connection.execute("rollback")
        raise
    finally:
        connection.unregister("incoming_versions")
    new, edited = int(classified[0]), int(classified[1])
    return ReleaseLandingCounts(new, edited, len(incoming) - new - edited)


def record_rejects(
    connection: duckdb.DuckDBPyConnection,
    *,
    source: str,
    entity: str,
    rejects: Iterable[dict[str, Any]],
    rejected_at: datetime,
) -> int:
    """Store rejected records with reason and payload; the same reject twice is one row.

    Each reject is a dict with `reason`, `raw_payload` (str) and optionally `record_key`.
    Returns how many rejects were new.
    """
    rows = []
    for reject in rejects:
        payload = reject.get("raw_payload")
        payload_text = payload if isinstance(payload, str) or payload is None else json.dumps(payload, default=str, ensure_ascii=False)
        reason = str(reject["reason"])
        reject_id = stable_id(source, entity, reason, payload_text or "")
        rows.append((reject_id, source, entity, reject.get("record_key"), reason, payload_text, rejected_at))
    if not rows:
        return 0
    before = connection.execute("select count(*) from raw.rejected_records").fetchone()[0]
    connection.executemany(
        "insert or ignore into raw.rejected_records values (?, ?, ?, ?, ?, ?, ?)", rows
    )
    after = connection.execute("select count(*) from raw.rejected_records").fetchone()[0]
    return int(after - before)


def replace_slice(
    connection: duckdb.DuckDBPyConnection,
    *,
    table: str,
    frame: pd.DataFrame,
    slice_column: str,
    slice_values: list[Any],
    loaded_at: datetime,
) -> int:
    """Make the given slice (e.g. one BNS edition) hold exactly `frame`, in one transaction.

    A slice whose rows are already exactly these is left alone, load time included:
    re-reading an unchanged edition is not a change, and downstream builds can tell.
    Returns the number of rows written (0 when unchanged). `table` and `slice_column`
    are identifiers chosen by the code, never by a source.
    """
    rows = frame.copy()
    rows["loaded_at"] = loaded_at
    connection.register("incoming_slice", rows)
    try:
        connection.execute("begin transaction")
        # Typed like the target, so that comparing with the stored rows is exact.
        connection.execute(f"create or replace temp table typed_slice as select * from {table} limit 0")
        connection.execute("insert into typed_slice by name select * from incoming_slice")
        columns = ", ".join(
            f'"{name}"'
            for (name,) in connection.execute("select name from pragma_table_info('typed_slice')").fetchall()
            if name != "loaded_at"
        )
        stored = f"select {columns} from {table} where {slice_column} in (select unnest(?))"
        changed = connection.execute(
            f"select (select count(*) from (({stored}) except all (select {columns} from typed_slice))) "
            f"+ (select count(*) from ((select {columns} from typed_slice) except all ({stored})))",
            [list(slice_values), list(slice_values)],
        ).fetchone()[0]
        if changed:
            connection.execute(
                f"delete from {table} where {slice_column} in (select unnest(?))", [list(slice_values)]
            )
            connection.execute(f"insert into {table} by name select * from typed_slice")
        connection.execute("drop table typed_slice")
        connection.execute("commit")
    except Exception:
        connection.execute("rollback")
        raise
    finally:
        connection.unregister("incoming_slice")
    return len(rows) if changed else 0


def advance_cursor(
    connection: duckdb.DuckDBPyConnection, *, source: str, project: str, lang: str, cursor: datetime, now: datetime
) -> None:
    """Move a fetch cursor forward, never back."""
    connection.execute(
        """
        insert into raw.ingest_cursors values (?, ?, ?, ?, ?)
        on conflict (source, project, lang) do update
        set cursor_created_at = greatest(cursor_created_at, excluded.cursor_created_at),
            updated_at = excluded.updated_at
        """,
        [source, project, lang, cursor, now],
    )


def read_cursor(connection: duckdb.DuckDBPyConnection, *, source: str, projects: Iterable[str], langs: Iterable[str]) -> datetime | None:
    """The oldest cursor among the given projects and languages (None when any is missing),
    so that no project or language is skipped by a shared `since`."""
    wanted = [(p, l) for p in projects for l in langs]
    found = dict(
        ((p, l), c)
        for p, l, c in connection.execute(
            "select project, lang, cursor_created_at from raw.ingest_cursors where source = ?", [source]
        ).fetchall()
    )
    if any(key not in found for key in wanted):
        return None
    return min(found[key] for key in wanted)


def stable_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
