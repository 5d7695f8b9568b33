-- One row per release version (a gov.kz item in one language, one content hash).
with

releases as (

    select * from {{ ref('stg_govkz__press_releases') }}

)

select
    ---------- ids
    release_version_key,
    release_key,
    source,
    project,
    item_id,
    lang,
    content_hash,

    ---------- what analysts read
    title,
    url,
    project <> 'mfa'             as is_embassy_site,

    ---------- time
    published_at_utc,
    published_date_local         as published_date,
    published_time_known,
    updated_at_utc,
    first_fetched_at,

    ---------- versioning
    version_number,
    is_current

from releases
