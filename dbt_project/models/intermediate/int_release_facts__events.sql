-- One row per event fact (a diplomatic contact as one language version of a release
-- reports it). Both languages' facts are kept: each is a report of the contact, and
-- int_events__deduplicated makes the repeat join its English fact's contact.
with

facts as (

    select * from {{ ref('int_release_facts__current') }}
    where fact_type = 'event'

),

across_languages as (

    select * from {{ ref('int_release_facts__across_languages') }}

),

renamed as (

    select
        ---------- ids
        fact_id                                           as event_fact_id,
        release_key,
        release_version_key,
        source,
        project,
        item_id,
        lang,
        extractor_version,
        across_languages.repeats_fact_id                  as repeats_event_fact_id,

        ---------- the contact
        payload ->> '$.type'                              as event_type,
        try_cast(payload ->> '$.date' as date)            as event_date,
        coalesce(try_cast(payload ->> '$.is_subject' as boolean), false) as is_subject,
        payload ->> '$.counterpart'                       as counterpart_iso3,
        payload ->> '$.location_city'                     as location_city,
        payload ->> '$.direction'                         as direction,
        payload ->> '$.plover_category'                   as plover_category,
        payload ->> '$.plover_mode'                       as plover_mode,
        payload ->> '$.cameo_code'                        as cameo_code,
        coalesce(json_array_length(payload -> '$.participants'), 0) as participant_count,

        ---------- release context
        release_url,
        release_published_at_utc,
        release_published_date,

        ---------- provenance
        sentence_index,
        char_start,
        char_end,
        evidence

    from facts
    inner join across_languages using (fact_id, fact_type, lang)

)

select * from renamed
