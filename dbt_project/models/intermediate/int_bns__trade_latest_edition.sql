-- One row per partner (country or aggregate) × year: the figures of the newest
-- BNS edition that covers the year. An edition holds its own year and revises
-- the previous one, so the 2019 edition's 2018 figures replace the 2018
-- edition's; every edition stays in stg_bns__trade_by_country.
{{ config(materialized='table') }}
with

bns as (

    select * from {{ ref('stg_bns__trade_by_country') }}

),

newest_edition_first as (

    select
        *,
        row_number() over (
            partition by partner_code, period_year
            order by edition_year desc, source_row_number
        ) as edition_rank,
        count(*) over (partition by partner_code, period_year) as edition_count
    from bns

)

select
    bns_trade_row_key,
    partner_code,
    partner_iso3,
    aggregate_code,
    is_aggregate,
    partner_name_ru,
    period_year,
    edition_year,
    edition_count,
    turnover_usd,
    exports_usd,
    imports_usd,
    source_file,
    sheet_name,
    source_row_number
from newest_edition_first
where edition_rank = 1
