-- One row per person named as taking part in an event fact.
-- A table: unnesting the JSON lists and normalising every name is the dearest
-- step of the fact models, and a dozen tests and two intermediate models read the result.
{{ config(materialized='table') }}
with

events as (

    select * from {{ ref('int_release_facts__current') }}
    where fact_type = 'event'

),

participants as (

    select
        events.fact_id,
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
        {{ surrogate_key(['fact_id', 'participant_index']) }}  as event_participant_id,
        fact_id                                          as event_fact_id,
        participant_index,

        ---------- the person as written
        name,
        title,
        country_iso3,

        ---------- derived
        {{ normalise_person_name('name') }}              as name_normalised,
        {{ surname_match_key('name') }}                  as surname_match_key,
        case
            when country_iso3 = 'KAZ' then 'kz'
            when country_iso3 is null then 'organisation'
            else 'foreign'
        end                                              as side,
        {{ official_level('title') }}                    as level

    from participants

)

select * from renamed
