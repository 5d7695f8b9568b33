-- One row per year × agreement type × status: how many documents the releases of a year
-- report signed, discussed or planned, with how many countries, multilateral ones included
-- (mart_bilateral_scorecard counts signed documents per country only).
with

agreements as (

    select * from {{ ref('fct_agreement') }}

),

by_year as (

    select
        year(release_published_date)                            as year,
        agreement_type,
        agreement_status,
        count(*)                                                 as mentions,
        count(distinct release_key)                              as releases,
        count(distinct counterpart_iso3)                         as counterparts,
        -- as mart_bilateral_scorecard counts them: one document per country, type and title
        count(distinct {{ surrogate_key(['counterpart_iso3', 'lower(coalesce(title, title_keywords))']) }})
            filter (where counterpart_iso3 is not null)          as bilateral_documents,
        count(*) filter (where counterpart_iso3 is null)         as mentions_without_counterpart,
        min(release_published_date)                              as first_published_date,
        max(release_published_date)                              as last_published_date
    from agreements
    group by all

)

select
    {{ surrogate_key(['year', 'agreement_type', 'agreement_status']) }} as agreement_year_key,
    year,
    agreement_type,
    agreement_status,
    mentions,
    releases,
    counterparts,
    bilateral_documents,
    mentions_without_counterpart,
    first_published_date,
    last_published_date

from by_year
