-- One row per participant name as written, with the key that identifies the person
-- whatever the script (computed in Python by the extraction step, see the source).
with

source as (

    select * from {{ source('raw', 'person_name_keys') }}

),

renamed as (

    select
        ---------- ids
        name,

        ---------- the person, script-independent
        nullif(name_key, '')  as name_key,
        name_latin,

        keyed_at

    from source

)

select * from renamed
