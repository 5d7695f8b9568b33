-- One row per agreement mention in a current release version (signed, discussed
-- or planned). Not deduplicated: the same memorandum reported in English, in
-- Russian and by an embassy is three mentions.
with

agreements as (

    select * from {{ ref('int_release_facts__agreements') }}

)

select
    ---------- ids
    agreement_fact_id                          as agreement_id,
    release_key,
    release_version_key,

    ---------- the agreement
    agreement_type,
    agreement_status,
    counterpart_iso3,
    title,
    array_to_string(title_keywords, '; ')      as title_keywords,
    field,

    ---------- the release
    release_url,
    release_published_date,
    project,
    lang,

    ---------- provenance
    evidence,
    sentence_index,
    char_start,
    char_end,
    extractor_version

from agreements
