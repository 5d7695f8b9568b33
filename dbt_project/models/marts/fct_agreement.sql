-- One row per agreement mention in a release (signed, discussed or planned). Its
-- English and Russian versions mention it once; other releases are not merged: the
-- same memorandum reported by the ministry and by an embassy is two mentions.
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
    array_to_string(reporting_langs, ', ')     as reporting_langs,

    ---------- provenance
    evidence,
    sentence_index,
    char_start,
    char_end,
    extractor_version

from agreements
