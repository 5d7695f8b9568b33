-- One row per source × reporter × partner × year × flow of official merchandise
-- trade statistics. Each source speaks from its own side:
--   BNS    reporting_side 'kazakhstan': reporter KAZ, flows exports/imports/turnover
--          of Kazakhstan with the partner (newest edition of the year);
--   Comext reporting_side 'partner': an EU member state's exports to Kazakhstan,
--          EUR summed over the months published, converted at the ECB annual rate.
-- counterpart_iso3 and flow_from_kazakhstan line the two up: Kazakhstan's imports
-- from Portugal (BNS) sit next to Portugal's exports to Kazakhstan (Comext).
with

bns as (

    select * from {{ ref('int_bns__trade_latest_edition') }}
    where not is_aggregate and partner_iso3 is not null

),

comext as (

    select * from {{ ref('stg_comext__eu_exports') }}
    where not is_aggregate and reporter_iso3 is not null

),

eur_usd as (

    select * from {{ ref('ecb_eur_usd_annual') }}

),

bns_flows as (

    select
        'bns'                        as source,
        'kazakhstan'                 as reporting_side,
        'KAZ'                        as reporter_iso3,
        partner_iso3,
        partner_iso3                 as counterpart_iso3,
        period_year                  as year,
        flow,
        flow                         as flow_from_kazakhstan,
        value_usd,
        value_usd                    as value_original,
        'USD'                        as currency_original,
        edition_year,
        12                           as months_covered
    from bns
    unpivot (
        value_usd for flow in (exports_usd as 'exports', imports_usd as 'imports', turnover_usd as 'turnover')
    )

),

comext_annual as (

    select
        reporter_iso3,
        partner_iso3,
        period_year,
        flow,
        min(currency)                                         as currency,  -- one currency per reporter (EUR)
        sum(value)                                            as value_eur,
        -- a year still being published (or with gaps) is partial: flag, don't hide
        count(distinct period_month) filter (where value is not null) as months_covered
    from comext
    group by all

),

comext_flows as (

    select
        'comext'                                              as source,
        'partner'                                             as reporting_side,
        comext_annual.reporter_iso3,
        comext_annual.partner_iso3,
        comext_annual.reporter_iso3                           as counterpart_iso3,
        comext_annual.period_year                             as year,
        comext_annual.flow,
        case comext_annual.flow
            when 'exports' then 'imports'
            when 'imports' then 'exports'
        end                                                   as flow_from_kazakhstan,
        cast(comext_annual.value_eur * eur_usd.usd_per_eur as decimal(18, 2)) as value_usd,
        comext_annual.value_eur                               as value_original,
        comext_annual.currency                                as currency_original,
        cast(null as integer)                                 as edition_year,
        comext_annual.months_covered
    from comext_annual
    left join eur_usd on comext_annual.period_year = eur_usd.year

),

unioned as (

    select * from bns_flows
    union all by name
    select * from comext_flows

)

select
    {{ surrogate_key(['source', 'reporter_iso3', 'partner_iso3', 'year', 'flow']) }} as trade_official_id,
    source,
    reporting_side,
    reporter_iso3,
    partner_iso3,
    counterpart_iso3,
    year,
    flow,
    flow_from_kazakhstan,
    cast(value_usd as decimal(18, 2))      as value_usd,
    cast(value_original as decimal(18, 2)) as value_original,
    currency_original,
    edition_year,
    months_covered,
    months_covered = 12                    as is_full_year
from unioned
