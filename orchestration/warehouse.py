"""The raw landing schema of the warehouse, and how Python writes to it.

Python owns only `raw.*`; dbt owns every table analysts see. Each statement
below is idempotent so that any asset can create what it needs on first run.
Timestamps are naive and in UTC by convention (columns end in `_utc` or `_at`).
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb

RAW_SCHEMA_DDL = """
create schema if not exists raw;

-- One row per version of a release: an edit is a new content_hash, an
-- unchanged re-fetch is not a row.
create table if not exists raw.press_release_versions (
    source               varchar   not null,
    project              varchar   not null,
    item_id              varchar   not null,
    lang                 varchar   not null,
    content_hash         varchar   not null,
    title                varchar,
    body_html            varchar,
    body_text            varchar,
    published_at_utc     timestamp,
    published_date_local date,
    published_time_known boolean,
    updated_at_utc       timestamp,
    url                  varchar,
    raw_json             varchar,
    first_fetched_at     timestamp not null,
    primary key (source, project, item_id, lang, content_hash)
);

-- The newest version of each release (by its update time, then first fetch).
create or replace view raw.press_releases_current as
select * exclude (version_rank)
from (
    select *,
           row_number() over (
               partition by source, project, item_id, lang
               order by coalesce(updated_at_utc, published_at_utc) desc, first_fetched_at desc, content_hash
           ) as version_rank
    from raw.press_release_versions
)
where version_rank = 1;

-- Fetch cursors were written here and never read (runs fetch by month partitions): gone.
drop table if exists raw.ingest_cursors;

-- Anything a source sent that could not become a row: kept with its reason and payload.
create table if not exists raw.rejected_records (
    reject_id    varchar   not null primary key,
    source       varchar   not null,
    entity       varchar   not null,
    record_key   varchar,
    reason       varchar   not null,
    raw_payload  varchar,
    rejected_at  timestamp not null
);

-- One row per fact read from a release version (fact_type: event, agreement,
-- trade_figure, investment_figure); payload is the extractor's JSON for it.
create table if not exists raw.release_facts (
    fact_id           varchar   not null primary key,
    source            varchar   not null,
    project           varchar   not null,
    item_id           varchar   not null,
    lang              varchar   not null,
    content_hash      varchar   not null,
    extractor_version varchar   not null,
    fact_type         varchar   not null,
    fact_index        integer   not null,
    sentence_index    integer,
    char_start        integer,
    char_end          integer,
    evidence          varchar,
    payload           json      not null,
    extracted_at      timestamp not null
);

-- One row per release version the extractor has read, facts or not, so that
-- incremental extraction knows what is done.
create table if not exists raw.release_extractions (
    source            varchar   not null,
    project           varchar   not null,
    item_id           varchar   not null,
    lang              varchar   not null,
    content_hash      varchar   not null,
    extractor_version varchar   not null,
    counterparts      json      not null,
    fact_count        integer   not null,
    extracted_at      timestamp not null,
    primary key (source, project, item_id, lang, content_hash, extractor_version)
);

-- One row per participant name the facts hold, as written (Latin or Cyrillic), with the
-- script-independent key of the person (extraction.lang.ru.translit.name_key: "Мурат
-- Нуртлеу" and "Murat Nurtleu" are both "nurtleu") and the name in the ministry's Latin
-- spelling. dbt identifies officials by the key.
create table if not exists raw.person_name_keys (
    name       varchar   not null primary key,
    name_key   varchar   not null,
    name_latin varchar   not null,
    keyed_at   timestamp not null
);

-- Which BNS annual editions exist (discovered each night), and where each is read from.
create table if not exists raw.bns_editions (
    edition_year  integer   not null primary key,
    source_file   varchar   not null,
    url           varchar,
    title         varchar,
    released      date,
    is_final      boolean   not null,
    discovered_at timestamp not null
);

-- BNS "main indicators of foreign trade by country", every edition kept.
create table if not exists raw.bns_trade_by_country (
    edition_year    integer       not null,
    period_year     integer       not null,
    partner_name_ru varchar       not null,
    partner_iso3    varchar,
    is_aggregate    boolean       not null,
    aggregate_code  varchar,
    turnover_usd    decimal(18,2),
    exports_usd     decimal(18,2),
    imports_usd     decimal(18,2),
    source_file     varchar       not null,
    sheet_name      varchar       not null,
    row_number      integer       not null,
    loaded_at       timestamp     not null,
    primary key (edition_year, sheet_name, row_number)
);

-- Eurostat Comext: EU reporters' monthly trade with Kazakhstan, in EUR.
create table if not exists raw.comext_eu_exports (
    reporter_iso2 varchar,
    reporter_iso3 varchar,
    reporter_name varchar       not null,
    is_aggregate  boolean       not null,
    partner_iso2  varchar       not null,
    period_month  date          not null,
    flow          varchar       not null,
    value         decimal(18,2),
    currency      varchar       not null,
    loaded_at     timestamp     not null,
    primary key (reporter_name, partner_iso2, period_month, flow)
);
"""


def ensure_raw_schema(connection: duckdb.DuckDBPyConnection) -> None:
    connection.execute(RAW_SCHEMA_DDL)


@contextmanager
def transaction(connection: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All of the body's writes, or none of them."""
    connection.execute("begin transaction")
    try:
        yield connection
    except BaseException:
        connection.execute("rollback")
        raise
    connection.execute("commit")


@contextmanager
def connect(database: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection that is always closed, even when the body fails."""
    Path(database).parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(database))
    try:
        ensure_raw_schema(connection)
        yield connection
    finally:
        connection.close()
