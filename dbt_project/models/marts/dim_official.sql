-- One row per person seen taking part in an event, identified across spellings,
-- scripts and releases by country + name key (see int_event_participants__resolved):
-- "Мурат Нуртлеу" of a Russian-only release and "Murat Nurtleu" of an English one
-- are one row. Every choice below ends in a tie-break by value, so two builds of
-- the same input agree row for row.
with

participations as (

    select * from {{ ref('int_event_participants__resolved') }}

),

events as (

    select event_id, event_date from {{ ref('int_events__deduplicated') }}

),

dated as (

    select
        participations.*,
        events.event_date,
        regexp_matches(participations.name, '[А-Яа-яЁё]') as is_cyrillic
    from participations
    inner join events using (event_id)

),

spellings as (

    select
        official_id,
        name,
        name_normalised,
        is_cyrillic,
        count(*) as times_named
    from dated
    group by all

),

-- the most frequent Latin spelling; a Cyrillic one only for people never named in Latin
preferred_spelling as (

    select official_id, name, name_normalised
    from spellings
    qualify row_number() over (
        partition by official_id
        order by is_cyrillic, times_named desc, name, name_normalised
    ) = 1

),

people as (

    select
        official_id,
        -- the title and rank as last seen (people are promoted); on one day, the higher rank
        first(title order by event_date desc nulls last, {{ official_level_rank('level') }}, title) as title,
        first(level order by event_date desc nulls last, {{ official_level_rank('level') }}, title) as level,
        -- one value per official: country and name key make official_id, the side follows
        min(name_key)                                       as name_key,
        min(country_iso3)                                   as country_iso3,
        min(side)                                           as side,
        min(event_date)                                     as first_seen_date,
        max(event_date)                                     as last_seen_date,
        count(distinct event_id)                            as event_count,
        -- every spelling the events' reports give, Latin first
        string_agg(distinct name, '; ' order by regexp_matches(name, '[А-Яа-яЁё]'), name) as spellings
    from dated
    group by official_id

)

select
    people.official_id,
    people.name_key,
    preferred_spelling.name,
    preferred_spelling.name_normalised,
    people.spellings,
    people.title,
    people.level,
    people.country_iso3,
    people.side,
    people.first_seen_date,
    people.last_seen_date,
    people.event_count
from people
inner join preferred_spelling using (official_id)
