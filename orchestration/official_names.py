"""One key per official whatever the script: `raw.person_name_keys`.

A Russian release names people in Cyrillic ("Мурат Нуртлеу"), an English one in Latin
("Murat Nurtleu"). `extraction.lang.ru.translit` owns the ministry's transliteration and the
script-independent key of a name (the surname, folded: "nurtleu" for both). dbt identifies
officials by that key, but dbt cannot call Python, and the same rules written again in SQL
would drift from the extractor's. So this step keys every participant name the facts hold and
lands the keys as a lookup table, which dbt joins on the name as written.

Idempotent and quiet: only names without a row, or whose key the current rules compute
differently (the transliteration changed), are written, with the time they were keyed. A night
that extracts nothing new writes nothing, so the dbt step sees the table unchanged.
"""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

import duckdb
import pandas as pd

from orchestration.warehouse import transaction


def name_key_rows(names: Iterable[str]) -> list[dict[str, str]]:
    """The key and the Latin spelling of each name (one row per distinct name)."""
    from extraction.lang.ru.translit import latin, name_key

    return [
        {"name": name, "name_key": name_key(name), "name_latin": latin(name)}
        for name in sorted({n for n in names if n and n.strip()})
    ]


def participant_names(connection: duckdb.DuckDBPyConnection) -> list[str]:
    """Every participant name, as written, in the facts of `raw.release_facts`."""
    return [
        name
        for (name,) in connection.execute(
            """
            select distinct participant ->> '$.name'
            from raw.release_facts,
                unnest(json_extract(payload, '$.participants[*]')) as participants(participant)
            where fact_type = 'event'
            """
        ).fetchall()
        if name is not None
    ]


def land_name_keys(connection: duckdb.DuckDBPyConnection, keyed_at: datetime) -> int:
    """Key every participant name not keyed yet (or keyed by other rules); the rows written."""
    computed = pd.DataFrame(name_key_rows(participant_names(connection)), columns=["name", "name_key", "name_latin"])
    connection.register("computed_name_keys", computed)
    try:
        changed = connection.execute(
            """
            select c.name, c.name_key, c.name_latin
            from computed_name_keys c
            left join raw.person_name_keys k on k.name = c.name
            where k.name is null or k.name_key <> c.name_key or k.name_latin <> c.name_latin
            """
        ).df()
    finally:
        connection.unregister("computed_name_keys")
    if changed.empty:
        return 0
    changed["keyed_at"] = keyed_at
    connection.register("changed_name_keys", changed)
    try:
        with transaction(connection):
            connection.execute("insert or replace into raw.person_name_keys by name select * from changed_name_keys")
    finally:
        connection.unregister("changed_name_keys")
    return len(changed)
