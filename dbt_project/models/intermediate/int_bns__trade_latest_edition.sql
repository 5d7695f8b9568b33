-- One row per partner (country or aggregate) × year: the figures of the newest
-- BNS edition that covers the year, taken as a whole. An edition holds its own
-- year and revises the previous one, so the 2019 edition's table of 2018
-- replaces the 2018 edition's. The whole table, not partner by partner: a
-- revision that drops a partner (trade re-attributed, a partner merged into
-- another) must drop it here too, or the year's countries would no longer add
-- up to the revised world total. Every edition stays in stg_bns__trade_by_country.
{{ config(materialized='table') }}
with

bns as (

    select * from {{ ref('stg_bns__trade_by_country') }}

),

newest_edition_of_each_year as (

    select
        period_year,
        max(edition_year) as edition_year
    from bns
    group by period_year

),

editions_of_each_row as (

    select
        *,
        count(*) over (partition by partner_code, period_year) as edition_count
    from bns

)

select
    editions_of_each_row.bns_trade_row_key,
    editions_of_each_row.partner_code,
    editions_of_each_row.partner_iso3,
    editions_of_each_row.aggregate_code,
    editions_of_each_row.is_aggregate,
    editions_of_each_row.partner_name_ru,
    editions_of_each_row.period_year,
    editions_of_each_row.edition_year,
    editions_of_each_row.edition_count,
    editions_of_each_row.turnover_usd,
    editions_of_each_row.exports_usd,
    editions_of_each_row.imports_usd,
    editions_of_each_row.source_file,
    editions_of_each_row.sheet_name,
    editions_of_each_row.source_row_number
from editions_of_each_row
inner join newest_edition_of_each_year
    using (period_year, edition_year)
