-- Comext: one EU reporter's trade with Kazakhstan in one month, in EUR.
with

source as (

    select * from {{ source('raw', 'comext_eu_exports') }}

),

renamed as (

    select
        ---------- ids
        {{ surrogate_key(['reporter_name', 'partner_iso2', 'period_month', 'flow']) }} as comext_row_key,

        ---------- reporter: an EU member state, or an aggregate (EU27, euro area) without ISO codes
        reporter_iso2,
        reporter_iso3,
        reporter_name,
        is_aggregate,

        ---------- partner (always Kazakhstan in this extract)
        partner_iso2,
        case when partner_iso2 = 'KZ' then 'KAZ' end as partner_iso3,

        ---------- period and flow, from the reporter's point of view
        period_month,
        year(period_month)                          as period_year,
        month(period_month)                         as period_month_number,
        flow,

        ---------- money as published
        value,
        currency,

        loaded_at

    from source

)

select * from renamed
