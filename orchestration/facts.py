"""Turn extractor output into `raw.release_facts` rows, and land them idempotently.

A fact's id hashes the release version, its type, its span and its content, so
re-extracting the same version with the same extractor gives the same ids. Identical facts
of one version (a release naming three contracts alike, read from one sentence) are told
apart by their occurrence: each lands, none is lost to a collision of ids.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from typing import Any, Iterable

import duckdb
import pandas as pd

from orchestration.landing import stable_id
from orchestration.warehouse import transaction

FACT_LISTS = {
    "events": "event",
    "agreements": "agreement",
    "trade_figures": "trade_figure",
    "investment_figures": "investment_figure",
}
VERSION_KEY = ("source", "project", "item_id", "lang", "content_hash")
# The languages the extractor has a language pack for. Kazakh versions land as release
# versions but are not read: a Kazakh text would yield no facts, only an extraction mark.
EXTRACTED_LANGS = ("en", "ru")
# What one extraction of a version writes: its facts, and the mark that it was read.
EXTRACTION_TABLES = ("raw.release_facts", "raw.release_extractions")


def fact_rows(version: dict[str, Any], extraction: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per fact of one release version's extraction."""
    rows = []
    extractor_version = str(extraction.get("extractor_version") or "unknown")
    occurrences: Counter[tuple[str, ...]] = Counter()
    for list_name, fact_type in FACT_LISTS.items():
        for index, fact in enumerate(extraction.get(list_name) or []):
            provenance = fact.get("provenance") or {}
            payload = json.dumps(fact, ensure_ascii=False, sort_keys=True, default=str)
            content = json.dumps({k: v for k, v in fact.items() if k != "provenance"}, sort_keys=True, default=str)
            identity = (
                *(str(version[k]) for k in VERSION_KEY),
                extractor_version,
                fact_type,
                str(provenance.get("char_start")),
                str(provenance.get("char_end")),
                content,
            )
            # The first occurrence keeps the id it always had; a repeat adds its rank.
            occurrence = occurrences[identity]
            occurrences[identity] += 1
            rows.append(
                {
                    "fact_id": stable_id(*identity, *([str(occurrence)] if occurrence else [])),
                    **{k: str(version[k]) for k in VERSION_KEY},
                    "extractor_version": extractor_version,
                    "fact_type": fact_type,
                    "fact_index": index,
                    "sentence_index": provenance.get("sentence_index"),
                    "char_start": provenance.get("char_start"),
                    "char_end": provenance.get("char_end"),
                    "evidence": provenance.get("evidence"),
                    "payload": payload,
                }
            )
    return rows


def versions_to_extract(
    connection: duckdb.DuckDBPyConnection, extractor_version: str, langs: tuple[str, ...] = EXTRACTED_LANGS
) -> pd.DataFrame:
    """Current release versions in `langs` that this extractor version has not read yet.

    Each language version of a release is read on its own (its facts keep their `lang`);
    dbt decides which of them analysts see (int_release_facts__language_twins).
    """
    return connection.execute(
        """
        select c.source, c.project, c.item_id, c.lang, c.content_hash, c.title, c.body_text,
               c.published_date_local
        from raw.press_releases_current c
        where list_contains(?, c.lang)
          and not exists (
              select 1 from raw.release_extractions e
              where e.source = c.source and e.project = c.project and e.item_id = c.item_id
                and e.lang = c.lang and e.content_hash = c.content_hash
                and e.extractor_version = ?)
        order by c.published_at_utc, c.item_id
        """,
        [list(langs), extractor_version],
    ).df()


def land_facts(
    connection: duckdb.DuckDBPyConnection,
    facts: pd.DataFrame,
    extractions: Iterable[dict[str, Any]],
    extracted_at: datetime,
) -> int:
    """Replace the facts of the given versions and mark them extracted, in one transaction."""
    marks = pd.DataFrame(list(extractions))
    if marks.empty:
        return 0
    marks["extracted_at"] = extracted_at
    facts = facts.copy()
    facts["extracted_at"] = extracted_at
    connection.register("extracted_versions", marks)
    connection.register("incoming_facts", facts)
    try:
        with transaction(connection):
            # Deleting first makes a re-run of the same versions (after a crash
            # between here and the commit of a previous attempt) replace, not add.
            for table in EXTRACTION_TABLES:
                connection.execute(
                    f"""
                    delete from {table} t
                    using extracted_versions e
                    where t.source = e.source and t.project = e.project and t.item_id = e.item_id
                      and t.lang = e.lang and t.content_hash = e.content_hash
                      and t.extractor_version = e.extractor_version
                    """  # noqa: S608 -- table: one of the module's EXTRACTION_TABLES
                )
            if not facts.empty:
                connection.execute("insert into raw.release_facts by name select * from incoming_facts")
            connection.execute("insert into raw.release_extractions by name select * from extracted_versions")
    finally:
        connection.unregister("extracted_versions")
        connection.unregister("incoming_facts")
    return len(facts)
