"""Idempotent writes into `raw.*`, and the one way every ingest asset lands what it fetched.

Every function here can be re-run with the same input without adding a row:
release versions are keyed by their content hash, facts by a deterministic id,
rejects by a hash of what was rejected and why, and table-like sources
(BNS, Comext) replace their slice in one transaction. Values always travel as
bound parameters or registered frames, never as SQL text.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Iterable, Mapping

import duckdb
import pandas as pd
import pandera.pandas as pa

from orchestration.warehouse import transaction
from schemas import validate_rows

# What a reject is about: the record could not be read (counts towards a systemic failure), or
# it was not what was asked for (a server ignoring a filter).
UNPARSEABLE = "unparseable"


@dataclass(frozen=True)
class LandingReport:
    """What one asset did with what its source gave: the line a run prints for it."""

    received: int  # records the source gave, valid or not
    written: int  # rows the landing wrote (new versions, replaced slice rows, facts)
    rejected: int  # records quarantined by this run, new or already known
    new_rejects: dict[str, int] = field(default_factory=dict)  # by kind: newly quarantined
    details: dict[str, int] = field(default_factory=dict)  # the landing's own counts
    reasons: dict[str, int] = field(default_factory=dict)  # how often each reject reason occurred

    @property
    def new_unparseable(self) -> int:
        return self.new_rejects.get(UNPARSEABLE, 0)

    def metadata(self) -> dict[str, int]:
        return {
            "received": self.received, "written": self.written, "rejected": self.rejected,
            "new_rejects": sum(self.new_rejects.values()), **self.details,
        }


def land_and_quarantine(
    connection: duckdb.DuckDBPyConnection,
    *,
    rows: list[dict[str, Any]],
    model: type[pa.DataFrameModel],
    land: Callable[[duckdb.DuckDBPyConnection, pd.DataFrame], int | Mapping[str, int]],
    source: str,
    entity: str,
    record_key: Callable[[dict[str, Any]], str],
    rejects: Iterable[dict[str, Any]] = (),
    rejected_at: datetime,
) -> LandingReport:
    """Validate `rows` against `model`, land the valid ones with `land`, and quarantine both the
    source's own `rejects` and the rows that failed validation in raw.rejected_records.

    `land` returns how many rows it wrote, or its counts with the written ones under "written".
    A reject is {record_key, reason, raw_payload[, kind]}; kind defaults to unparseable.
    """
    outcome = validate_rows(rows, model)
    quarantined = list(rejects) + [
        {"record_key": record_key(r["row"]), "reason": f"schema: {r['reason']}",
         "raw_payload": r["row"].get("raw_json") or r["row"]}
        for r in outcome.rejected
    ]
    landed = land(connection, outcome.valid)
    details = {"written": landed} if isinstance(landed, int) else dict(landed)
    written = details.pop("written")
    new_rejects: Counter[str] = Counter()
    for kind in sorted({r.get("kind", UNPARSEABLE) for r in quarantined}):
        new_rejects[kind] = record_rejects(
            connection, source=source, entity=entity, rejected_at=rejected_at,
            rejects=[r for r in quarantined if r.get("kind", UNPARSEABLE) == kind],
        )
    return LandingReport(
        received=len(rows) + len(quarantined) - len(outcome.rejected),
        written=written,
        rejected=len(quarantined),
        new_rejects=dict(new_rejects),
        details=details,
        reasons=dict(Counter(str(r["reason"]).split(" (got")[0] for r in quarantined)),
    )


@dataclass(frozen=True)
class SliceTable:
    """A raw table that a source fills slice by slice (a BNS edition, a range of Comext months)."""

    table: str
    slice_column: str
    model: type[pa.DataFrameModel]
    source: str
    entity: str
    record_key: Callable[[dict[str, Any]], str]


def land_slices(
    connection: duckdb.DuckDBPyConnection, target: SliceTable, rows: list[dict[str, Any]], slices: list[Any], *, now: datetime
) -> LandingReport:
    """The slices `slices` of `target` hold exactly the valid `rows` afterwards; the others are quarantined."""
    return land_and_quarantine(
        connection,
        rows=rows,
        model=target.model,
        land=lambda connection, valid: replace_slice(
            connection, table=target.table, frame=valid, slice_column=target.slice_column, slice_values=slices, loaded_at=now
        ),
        source=target.source,
        entity=target.entity,
        record_key=target.record_key,
        rejected_at=now,
    )


@dataclass(frozen=True)
class ReleaseLandingCounts:
    new_releases: int
    edited_releases: int
    unchanged: int


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
        with transaction(connection):
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
    finally:
        connection.unregister("incoming_versions")
    new, edited = int(classified[0]), int(classified[1])
    return ReleaseLandingCounts(new, edited, len(incoming) - new - edited)


def stored_under_another_project(connection: duckdb.DuckDBPyConnection, releases: list[dict[str, Any]]) -> list[str | None]:
    """For each incoming release, the project it is already stored under when that is not its
    own (else None): one release never lands under two keys."""
    keys = sorted({(str(r["source"]), str(r["item_id"]), str(r["lang"])) for r in releases})
    if not keys:
        return []
    sources, item_ids, langs = (list(column) for column in zip(*keys, strict=True))
    stored = connection.execute(
        """
        select distinct v.source, v.item_id, v.lang, v.project
        from raw.press_release_versions v
        join (select unnest(?) as source, unnest(?) as item_id, unnest(?) as lang) k using (source, item_id, lang)
        """,
        [sources, item_ids, langs],
    ).fetchall()
    owner = {(source, item_id, lang): project for source, item_id, lang, project in stored}
    found = [owner.get((str(r["source"]), str(r["item_id"]), str(r["lang"]))) for r in releases]
    return [project if project not in (None, r["project"]) else None for project, r in zip(found, releases, strict=True)]


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
        with transaction(connection):
            # Typed like the target, so that comparing with the stored rows is exact.
            connection.execute(f"create or replace temp table typed_slice as select * from {table} limit 0")  # noqa: S608 -- table: a literal at every call site
            connection.execute("insert into typed_slice by name select * from incoming_slice")
            columns = ", ".join(
                f'"{name}"'
                for (name,) in connection.execute("select name from pragma_table_info('typed_slice')").fetchall()
                if name != "loaded_at"
            )
            # Identifiers only: the literal table and slice column of the call site, and the column names
            # of our own temp table (double-quoted); the slice values are bound with ?.
            stored = f"select {columns} from {table} where {slice_column} in (select unnest(?))"  # noqa: S608 -- identifiers chosen by code
            changed = connection.execute(
                f"select (select count(*) from (({stored}) except all (select {columns} from typed_slice))) "  # noqa: S608 -- as above
                f"+ (select count(*) from ((select {columns} from typed_slice) except all ({stored})))",
                [list(slice_values), list(slice_values)],
            ).fetchone()[0]
            if changed:
                connection.execute(
                    f"delete from {table} where {slice_column} in (select unnest(?))", [list(slice_values)]  # noqa: S608 -- as above
                )
                connection.execute(f"insert into {table} by name select * from typed_slice")  # noqa: S608 -- table: a literal
            connection.execute("drop table typed_slice")
    finally:
        connection.unregister("incoming_slice")
    return len(rows) if changed else 0


def stable_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
