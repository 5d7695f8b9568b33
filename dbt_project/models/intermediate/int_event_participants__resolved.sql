-- A table, not a view: the bridge, dim_official and fct_diplomatic_event all read it.
{{ config(materialized='table') }}

-- One row per event × person. The several reports of one event each list its
-- participants, in English or Russian spelling. A person is identified by
-- country + surname match key + first initial ("Roman Vassilenko": KAZ, vslnk, r).
-- Initials do not survive transliteration (Jose / Жозе), so a Cyrillic-named
-- participant takes the identity of the Latin-named participant of the same
-- event with the same country and surname key ("Роман Василенко" -> Vassilenko);
-- one never reported in Latin keeps an identity of its own.
with

events as (

    select * from {{ ref('int_events__deduplicated') }}

),

participants as (

    select * from {{ ref('int_release_facts__event_participants') }}

),

fact_to_event as (

    select
        event_id,
        unnest(event_fact_ids) as event_fact_id
    from events

),

identified as (

    select
        fact_to_event.event_id,
        coalesce(participants.country_iso3, 'organisation') as country_key,
        coalesce(participants.surname_match_key, participants.name_normalised) as surname_key,
        {{ surrogate_key([
            "coalesce(participants.country_iso3, 'organisation')",
            'coalesce(participants.surname_match_key, participants.name_normalised)',
            'left(participants.name_normalised, 1)',
        ]) }}                                                as spelling_identity,
        participants.name,
        participants.name_normalised,
        participants.title,
        participants.country_iso3,
        participants.side,
        participants.level,
        -- Latin spellings first: the English release names people as analysts search for them
        regexp_matches(participants.name, '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]') as is_cyrillic,
        participants.event_fact_id,
        participants.participant_index
    from fact_to_event
    inner join participants using (event_fact_id)
    where participants.name_normalised is not null

),

resolved as (

    select
        *,
        coalesce(
            max(if(is_cyrillic, null, spelling_identity)) over (
                partition by event_id, country_key, surname_key
            ),
            spelling_identity
        ) as official_id
    from identified

)

select
    {{ surrogate_key(['event_id', 'official_id']) }} as event_participant_key,
    event_id,
    official_id,
    name,
    name_normalised,
    title,
    country_iso3,
    side,
    level
from resolved
qualify row_number() over (
    partition by event_id, official_id
    order by is_cyrillic::integer, event_fact_id, participant_index
) = 1
