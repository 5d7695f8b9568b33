-- One row per person seen taking part in an event (identified across spellings
-- and languages; see int_event_participants__resolved).
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

)

select
    official_id,
    -- the most frequent Latin spelling; a Cyrillic one only for people never named in Latin
    coalesce(mode(name) filter (where not is_cyrillic), mode(name))     as name,
    coalesce(mode(name_normalised) filter (where not is_cyrillic), mode(name_normalised))
                                                                        as name_normalised,
    -- the title and rank as last seen (people are promoted)
    arg_max(title, coalesce(event_date, date '1900-01-01'))             as title,
    arg_max(level, coalesce(event_date, date '1900-01-01'))             as level,
    any_value(country_iso3)                                             as country_iso3,
    any_value(side)                                                     as side,
    min(event_date)                                                     as first_seen_date,
    max(event_date)                                                     as last_seen_date,
    count(distinct event_id)                                            as event_count
from dated
group by official_id
