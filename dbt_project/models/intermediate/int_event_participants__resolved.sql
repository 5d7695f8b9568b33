-- A table, not a view: the bridge, dim_official and fct_diplomatic_event all read it.
{{ config(materialized='table') }}

-- One row per event × person. The several reports of one event each list its
-- participants, in English or Russian spelling. A person is identified by country
-- + name key: the surname transliterated the ministry's way and folded, computed
-- by the extraction step (raw.person_name_keys), so "Мурат Нуртлеу" in a
-- Russian-only release and "Murat Nurtleu" in an English one are one official,
-- in this event and in every other. Names the English releases spell by another
-- convention ("Си Цзиньпин" / "Xi Jinping") join through the aliases learnt from
-- bilingual releases (int_official_names__aliases). The first name is not part of
-- the identity: it is often reduced to an initial ("Р.Василенко") or joined to a
-- title ("Елбасы Нурсултан Назарбаев"), which would split one person in two.
with

events as (

    select * from {{ ref('int_events__deduplicated') }}

),

participants as (

    select * from {{ ref('int_release_facts__event_participants') }}

),

aliases as (

    select * from {{ ref('int_official_names__aliases') }}

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
        coalesce(aliases.official_name_key, participants.name_key, participants.name_normalised) as name_key,
        {{ surrogate_key([
            "coalesce(participants.country_iso3, 'organisation')",
            'coalesce(aliases.official_name_key, participants.name_key, participants.name_normalised)',
        ]) }}                                                as official_id,
        participants.name,
        participants.name_normalised,
        participants.title,
        participants.country_iso3,
        participants.side,
        participants.level,
        participants.is_cyrillic,
        participants.event_fact_id,
        participants.participant_index
    from fact_to_event
    inner join participants using (event_fact_id)
    left join aliases
        on  aliases.country_key = coalesce(participants.country_iso3, 'organisation')
        and aliases.alias_name_key = participants.name_key
    where coalesce(participants.name_key, participants.name_normalised) is not null

)

select
    {{ surrogate_key(['event_id', 'official_id']) }} as event_participant_key,
    event_id,
    official_id,
    name_key,
    name,
    name_normalised,
    title,
    country_iso3,
    side,
    level
from identified
-- Latin spellings first: the English release names people as analysts search for them
qualify row_number() over (
    partition by event_id, official_id
    order by is_cyrillic::integer, event_fact_id, participant_index
) = 1
