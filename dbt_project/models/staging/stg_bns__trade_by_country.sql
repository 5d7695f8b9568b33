-- BNS annual trade by partner, every edition kept (a later edition revises the
-- previous year; int_bns__trade_latest_edition picks the newest).
with

source as (

    select * from {{ source('raw', 'bns_trade_by_country') }}

),

renamed as (

    select
        ---------- ids
        {{ surrogate_key(['edition_year', 'period_year', 'coalesce(partner_iso3, aggregate_code, partner_name_ru)']) }}
                                                  as bns_trade_row_key,
        edition_year,
        period_year,

        ---------- partner: a country (ISO3) or an aggregate (WORLD, CIS, EAEU, EU...)
        partner_iso3,
        aggregate_code,
        is_aggregate,
        coalesce(partner_iso3, aggregate_code)    as partner_code,
        trim(partner_name_ru)                     as partner_name_ru,

        ---------- US dollars (the file's thousands already multiplied out)
        turnover_usd,
        exports_usd,
        imports_usd,

        ---------- lineage
        source_file,
        sheet_name,
        row_number                                as source_row_number,
        loaded_at

    from source

)

select * from renamed
