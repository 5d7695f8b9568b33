-- One row per agreement mention (signed, discussed or planned) in a release.
-- A release's English and Russian versions state it once: a Russian fact that repeats
-- an English one is left out (int_release_facts__across_languages).
with

facts as (

    select * from {{ ref('int_release_facts__current') }}
    where fact_type = 'agreement'

),

across_languages as (

    select * from {{ ref('int_release_facts__across_languages') }}
    where not is_repeat

),

renamed as (

    select
        ---------- ids
        fact_id                                    as agreement_fact_id,
        release_key,
        release_version_key,
        source,
        project,
        item_id,
        lang,
        across_languages.reporting_langs,
        extractor_version,

        ---------- the agreement
        payload ->> '$.type'                       as agreement_type,
        payload ->> '$.status'                     as agreement_status,
        payload ->> '$.counterpart'                as counterpart_iso3,
        payload ->> '$.title'                      as title,
        payload ->> '$.field'                      as field,
        coalesce(
            from_json(payload -> '$.title_keywords', '["VARCHAR"]'),
            []::varchar[]
        )                                          as title_keywords,

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
