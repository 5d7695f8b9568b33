-- One row per investment figure quoted in a release.
-- A release's English and Russian versions state it once: a Russian fact that repeats
-- an English one is left out (int_release_facts__across_languages).
with

facts as (

    select * from {{ ref('int_release_facts__current') }}
    where fact_type = 'investment_figure'

),

across_languages as (

    select * from {{ ref('int_release_facts__across_languages') }}
    where not is_repeat

),

renamed as (

    select
        ---------- ids
        fact_id                                               as investment_figure_fact_id,
        release_key,
        release_version_key,
        source,
        project,
        item_id,
        lang,
        across_languages.reporting_langs,
        extractor_version,

        ---------- the figure
        payload ->> '$.counterpart'                           as counterpart_iso3,
        payload ->> '$.metric'                                as metric,
        payload ->> '$.direction'                             as direction,
        try_cast(payload ->> '$.year_from' as integer)        as year_from,
        try_cast(payload ->> '$.year_to' as integer)          as year_to,
        try_cast(payload ->> '$.value_usd' as decimal(20, 2)) as value_usd,
        try_cast(payload ->> '$.value' as decimal(20, 2))     as value,
        payload ->> '$.currency'                              as currency,
        payload ->> '$.qualifier'                             as qualifier,

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
