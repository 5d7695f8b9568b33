-- One row per fact the extractor read from a release version, every version and
-- extractor version kept (int_release_facts__current picks what analysts see).
with

source as (

    select * from {{ source('raw', 'release_facts') }}

),

renamed as (

    select
        ---------- ids
        fact_id,
        fact_type,
        fact_index,
        source,
        project,
        item_id,
        lang,
        content_hash,
        {{ surrogate_key(['source', 'project', 'item_id', 'lang', 'content_hash']) }} as release_version_key,
        extractor_version,

        ---------- provenance
        sentence_index,
        char_start,
        char_end,
        evidence,

        ---------- the extractor's JSON for the fact
        payload,
        extracted_at

    from source

)

select * from renamed
