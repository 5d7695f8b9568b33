-- One row per country or territory (ISO 3166-1 alpha-3), from the reference seed.
with

countries as (

    select * from {{ ref('country_reference') }}

)

select
    ---------- ids
    iso3                       as country_iso3,
    iso2                       as country_iso2,
    iso_numeric                as country_iso_numeric,

    ---------- names
    name_en                    as country_name_en,
    name_ru                    as country_name_ru,

    ---------- UN M49 geography
    region,
    sub_region,
    nullif(intermediate_region, '') as intermediate_region,

    ---------- memberships (as of the seed's reference date)
    is_eu,
    is_eaeu,
    is_cis,
    is_sco,
    is_ots,
    iso3 = 'KAZ'               as is_kazakhstan

from countries
