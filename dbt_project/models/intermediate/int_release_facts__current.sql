-- The facts analysts should see: those read from the *current* version of each
-- release, by the newest extractor version that has read that version. Choosing
-- the newest extractor per release version (not globally) keeps a release's
-- facts visible while a re-extraction with a new extractor is still under way.
-- A table: the five int_release_facts__<type> models and their tests read it, and as
-- a view each of them would redo the join and the two windows over every fact and
-- every release version.
{{ config(materialized='table') }}
with

facts as (

    select * from {{ ref('stg_extraction__release_facts') }}

),

extractions as (

    select * from {{ ref('stg_extraction__release_extractions') }}

),

current_releases as (

    select * from {{ ref('stg_govkz__press_releases') }}
    where is_current

),

newest_extraction as (

    select
        source,
        project,
        item_id,
        lang,
        content_hash,
        extractor_version
    from extractions
    qualify row_number() over (
        partition by source, project, item_id, lang, content_hash
        -- Versions are dotted numbers ("0.3.0"); compare them numerically, not as text.
        -- the version string last: two spellings of one number ("0.3", "0.3.0") never tie
        order by {{ semver_sort_key('extractor_version') }} desc, extracted_at desc, extractor_version desc
    ) = 1

),

renamed as (

    select
        ---------- ids
        facts.fact_id,
        facts.fact_type,
        facts.fact_index,
        current_releases.release_key,
        current_releases.release_version_key,
        facts.source,
        facts.project,
        facts.item_id,
        facts.lang,
        facts.content_hash,
        facts.extractor_version,

        ---------- release context
        current_releases.url                  as release_url,
        current_releases.published_at_utc     as release_published_at_utc,
        current_releases.published_date_local as release_published_date,

        ---------- provenance
        facts.sentence_index,
        facts.char_start,
        facts.char_end,
        facts.evidence,

        ---------- the extractor's JSON for the fact
        facts.payload,
        facts.extracted_at

    from facts
    inner join current_releases
        on  facts.source       = current_releases.source
        and facts.project      = current_releases.project
        and facts.item_id      = current_releases.item_id
        and facts.lang         = current_releases.lang
        and facts.content_hash = current_releases.content_hash
    inner join newest_extraction
        on  facts.source            = newest_extraction.source
        and facts.project           = newest_extraction.project
        and facts.item_id           = newest_extraction.item_id
        and facts.lang              = newest_extraction.lang
        and facts.content_hash      = newest_extraction.content_hash
        and facts.extractor_version = newest_extraction.extractor_version

)

select * from renamed
