-- One row per release version an extractor version has read, facts or not.
with

source as (

    select * from {{ source('raw', 'release_extractions') }}

),

renamed as (

    select
        ---------- ids
        source,
        project,
        item_id,
        lang,
        content_hash,
        {{ surrogate_key(['source', 'project', 'item_id', 'lang', 'content_hash']) }} as release_version_key,
        extractor_version,

        ---------- what the extractor found
        counterparts,
        fact_count,
        extracted_at

    from source

)

select * from renamed
