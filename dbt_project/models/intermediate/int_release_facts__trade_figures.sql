-- One row per trade figure quoted in a release (actual or target).
-- A release's English and Russian versions state it once: a Russian fact that repeats
-- an English one is left out (int_release_facts__across_languages).
with

facts as (

    select * from {{ ref('int_release_facts__current') }}
    where fact_type = 'trade_figure'

),

across_languages as (

    select * from {{ ref('int_release_facts__across_languages') }}
    where not is_repeat

),

renamed as (

    select
        ---------- ids
        fact_id                                               as trade_figure_fact_id,
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
        try_cast(payload ->> '$.year' as integer)             as year,
        -- months [first, last] for a partial year; null means the whole year
        try_cast(payload ->> '$.months[0]' as integer)        as month_from,
        try_cast(payload ->> '$.months[1]' as integer)        as month_to,
        try_cast(payload ->> '$.value_usd' as decimal(20, 2)) as value_usd,
        try_cast(payload ->> '$.value' as decimal(20, 2))     as value,
        payload ->> '$.currency'                              as currency,
        payload ->> '$.qualifier'                             as qualifier,
        try_cast(payload ->> '$.change_pct' as double)        as change_pct,
        payload ->> '$.kind'                                  as kind,

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
