-- Every version of every release, numbered, with the current one flagged.
-- "Current" follows raw.press_releases_current exactly (newest update time,
-- then newest first fetch) so dbt and the raw view never disagree.
with

source as (

    select * from {{ source('raw', 'press_release_versions') }}

),

renamed as (

    select
        ---------- ids
        {{ surrogate_key(['source', 'project', 'item_id', 'lang']) }} as release_key,
        {{ surrogate_key(['source', 'project', 'item_id', 'lang', 'content_hash']) }} as release_version_key,
        source,
        project,
        item_id,
        lang,
        content_hash,

        ---------- text
        title,
        body_text,
        url,

        ---------- timestamps (naive UTC) and the Almaty calendar day
        published_at_utc,
        published_date_local,
        published_time_known,
        updated_at_utc,
        first_fetched_at

    from source

),

versioned as (

    select
        *,
        row_number() over (
            partition by release_key
            order by coalesce(updated_at_utc, published_at_utc), first_fetched_at, content_hash
        ) as version_number,
        row_number() over (
            partition by release_key
            order by coalesce(updated_at_utc, published_at_utc) desc, first_fetched_at desc, content_hash
        ) = 1 as is_current
    from renamed

)

select * from versioned
