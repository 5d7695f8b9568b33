-- One row per real-world diplomatic contact, deduplicated across releases,
-- languages and embassy sites (see int_events__deduplicated for the key).
with

events as (

    select * from {{ ref('int_events__deduplicated') }}

),

participant_counts as (

    select
        event_id,
        count(*)                                      as participant_count,
        count(*) filter (where side = 'kz')           as kz_participant_count,
        count(*) filter (where side = 'foreign')      as foreign_participant_count
    from {{ ref('int_event_participants__resolved') }}
    group by event_id

)

select
    ---------- ids
    events.event_id,

    ---------- when and what
    events.event_date,
    events.date_source,
    events.event_type,
    events.counterpart_iso3,
    events.location_city,
    events.is_subject,
    events.direction,
    events.level,

    ---------- event coding
    events.plover_category,
    events.plover_mode,
    events.cameo_code,

    ---------- who
    coalesce(participant_counts.participant_count, 0)         as participant_count,
    coalesce(participant_counts.kz_participant_count, 0)      as kz_participant_count,
    coalesce(participant_counts.foreign_participant_count, 0) as foreign_participant_count,

    ---------- reporting (text, not lists: BI tools read these as plain strings)
    events.reporting_release_count,
    events.reporting_item_count,
    array_to_string(events.reporting_projects, ', ')          as reporting_projects,
    array_to_string(events.reporting_langs, ', ')             as reporting_langs,
    events.first_release_key,
    events.first_release_version_key,
    events.first_release_url,
    events.first_reported_date

from events
left join participant_counts using (event_id)
