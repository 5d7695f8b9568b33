-- One row per person named as taking part in an event fact.
-- A table: unnesting the JSON lists and normalising every name is the dearest
-- step of the fact models, and a dozen tests and three intermediate models read the result.
{{ config(materialized='table') }}
with

events as (

    select * from {{ ref('int_release_facts__current') }}
    where fact_type = 'event'

),

name_keys as (

    select * from {{ ref('stg_extraction__person_name_keys') }}

),

participants as (

    select
        events.fact_id,
        events.lang,
        participant.position                       as participant_index,
        participant.participant ->> '$.name'       as name,
        participant.participant ->> '$.title'      as title,
        participant.participant ->> '$.country'    as country_iso3
    from events,
        unnest(json_extract(events.payload, '$.participants[*]'))
            with ordinality as participant(participant, position)

),

renamed as (

    select
        ---------- ids
        {{ surrogate_key(['participants.fact_id', 'participants.participant_index']) }} as event_participant_id,
        participants.fact_id                             as event_fact_id,
        participants.participant_index,
        participants.lang,

        ---------- the person as written
        participants.name,
        participants.title,
        participants.country_iso3,

        ---------- derived
        -- the ministry's Latin spelling (Cyrillic transliterated by the extraction step)
        {{ normalise_person_name('coalesce(name_keys.name_latin, participants.name)') }} as name_normalised,
        name_keys.name_key,
        regexp_matches(participants.name, '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]') as is_cyrillic,
        case
            when participants.country_iso3 = 'KAZ' then 'kz'
            when participants.country_iso3 is null then 'organisation'
            else 'foreign'
        end                                              as side,
        {{ official_level('participants.title') }}       as level

    from participants
    left join name_keys on name_keys.name = participants.name

)

select * from renamed
