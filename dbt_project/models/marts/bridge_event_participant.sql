-- One row per event × person: who took part in each deduplicated contact, with
-- the name and title as the event's reports give them.
select
    event_participant_key,
    event_id,
    official_id,
    name,
    title,
    country_iso3,
    side,
    level
from {{ ref('int_event_participants__resolved') }}
