-- A table, not a view: several marts read it and the clustering windows are not free.
{{ config(materialized='table') }}

-- One row per real-world contact. The same meeting is reported by several
-- releases: the ministry's English and Russian items, and embassy sites
-- (mfa-istanbul, mfa-bjs, ...) re-posting the ministry a day or two later.
--
-- Dedup key: (date, counterpart, event type, principal). The date is the one
-- the text gives; failing that, for the contact a release reports on, the
-- release's Almaty publication day. Publication days drift between re-posts,
-- so a publication-dated report joins the nearest earlier report within
-- `event_dedup_window_days`; two dates read from texts must agree exactly.
-- Undated mentions of earlier contacts are matched within their story (see
-- undated_reports). The principal is the highest-ranking Kazakh participant
-- (the foreign one when no Kazakh is named), compared by a spelling-tolerant
-- surname key so Vassilenko / Василенко match.
with

events as (

    select * from {{ ref('int_release_facts__events') }}

),

participants as (

    select * from {{ ref('int_release_facts__event_participants') }}

),

principal_of_each_fact as (

    select
        event_fact_id,
        surname_match_key as principal_key
    from participants
    where surname_match_key is not null
    qualify row_number() over (
        partition by event_fact_id
        order by
            case side when 'kz' then 1 when 'foreign' then 2 else 3 end,
            {{ official_level_rank('level') }},
            participant_index
    ) = 1

),

top_level_of_each_fact as (

    select
        event_fact_id,
        min({{ official_level_rank('level') }}) as level_rank
    from participants
    group by event_fact_id

),

keyed as (

    select
        events.*,
        coalesce(events.counterpart_iso3, 'none')           as counterpart_key,
        coalesce(principal_of_each_fact.principal_key, '')   as principal_key,
        top_level_of_each_fact.level_rank,
        case
            when events.event_date is not null then events.event_date
            when events.is_subject then events.release_published_date
        end                                                   as dedup_date,
        case
            when events.event_date is not null then 'text'
            when events.is_subject and events.release_published_date is not null then 'publication'
            else 'unknown'
        end                                                   as date_source
    from events
    left join principal_of_each_fact using (event_fact_id)
    left join top_level_of_each_fact using (event_fact_id)

),

compared_with_previous as (

    select
        *,
        lag(dedup_date)  over same_contact_candidates as previous_date,
        lag(date_source) over same_contact_candidates as previous_date_source,
        row_number()     over same_contact_candidates as position_in_candidates
    from keyed
    where dedup_date is not null
    window same_contact_candidates as (
        partition by counterpart_key, event_type, principal_key
        -- on one day, text-dated reports lead
        order by dedup_date, (date_source = 'text') desc, event_fact_id
    )

),

clustered as (

    select
        *,
        sum(
            case
                when position_in_candidates = 1 then 1
                when date_source = 'text' and previous_date_source = 'text'
                    then (dedup_date <> previous_date)::integer
                else (dedup_date - previous_date > {{ var('event_dedup_window_days') }})::integer
            end
        ) over (
            partition by counterpart_key, event_type, principal_key
            order by dedup_date, (date_source = 'text') desc, event_fact_id
            rows between unbounded preceding and current row
        ) as cluster_number
    from compared_with_previous

),

cluster_dates as (

    select
        counterpart_key,
        event_type,
        principal_key,
        cluster_number,
        coalesce(
            min(dedup_date) filter (where date_source = 'text'),
            min(dedup_date)
        )                                                   as cluster_event_date,
        if(bool_or(date_source = 'text'), 'text', 'publication') as cluster_date_source
    from clustered
    group by all

),

dated_reports as (

    select
        clustered.*,
        cluster_dates.cluster_event_date,
        cluster_dates.cluster_date_source,
        {{ surrogate_key([
            'cluster_dates.cluster_event_date',
            'clustered.counterpart_key',
            'clustered.event_type',
            'clustered.principal_key',
        ]) }} as event_id
    from clustered
    inner join cluster_dates using (counterpart_key, event_type, principal_key, cluster_number)

),

-- An undated mention of an earlier contact ("the Presidents met at the UNGA")
-- cannot be matched by date. It is matched within the story instead: copies of
-- one release share their subject event, so the mention is keyed to that event
-- (or to its own release when the release has no dated subject).
story_anchor_of_each_release as (

    select
        release_version_key,
        min(event_id) as anchor_event_id
    from dated_reports
    where is_subject
    group by release_version_key

),

undated_reports as (

    select
        keyed.*,
        cast(null as date) as cluster_event_date,
        'unknown'          as cluster_date_source,
        {{ surrogate_key([
            "'undated'",
            'coalesce(story_anchor_of_each_release.anchor_event_id, keyed.release_version_key)',
            'keyed.counterpart_key',
            'keyed.event_type',
            'keyed.principal_key',
        ]) }} as event_id
    from keyed
    left join story_anchor_of_each_release using (release_version_key)
    where keyed.dedup_date is null

),

all_reports as (

    select * exclude (previous_date, previous_date_source, position_in_candidates, cluster_number)
    from dated_reports
    union all by name
    select * from undated_reports

),

ranked_reports as (

    select
        *,
        -- the report that speaks for the event: earliest published, the
        -- ministry before embassies, English before other languages
        row_number() over (
            partition by event_id
            order by release_published_at_utc nulls last,
                     (project = 'mfa') desc,
                     (lang = 'en') desc,
                     event_fact_id
        ) as report_rank
    from all_reports

),

deduplicated as (

    select
        ---------- ids
        event_id,

        ---------- the contact (date, type, counterpart and principal are part of event_id:
        ---------- one value per event, taken with min() so the choice is never arbitrary)
        min(cluster_event_date)                                 as event_date,
        min(cluster_date_source)                                as date_source,
        min(event_type)                                         as event_type,
        min(counterpart_iso3)                                   as counterpart_iso3,
        nullif(min(principal_key), '')                          as principal_key,
        bool_or(is_subject)                                     as is_subject,
        arg_min(location_city, report_rank) filter (where location_city is not null)
                                                                as location_city,
        arg_min(direction, report_rank)                         as direction,
        arg_min(plover_category, report_rank)                   as plover_category,
        arg_min(plover_mode, report_rank)                       as plover_mode,
        arg_min(cameo_code, report_rank)                        as cameo_code,
        min(level_rank)                                         as level_rank,

        ---------- reporting
        count(distinct release_key)                             as reporting_release_count,
        list(distinct release_key order by release_key)         as reporting_release_keys,
        list(distinct project order by project)                 as reporting_projects,
        list(distinct lang order by lang)                       as reporting_langs,
        list(event_fact_id order by report_rank)                as event_fact_ids,
        arg_min(release_key, report_rank)                       as first_release_key,
        arg_min(release_version_key, report_rank)               as first_release_version_key,
        arg_min(release_url, report_rank)                       as first_release_url,
        min(release_published_date)                             as first_reported_date

    from ranked_reports
    group by event_id

)

select
    * exclude (level_rank),
    case level_rank
        when 1 then 'head_of_state'
        when 2 then 'head_of_government'
        when 3 then 'minister'
        when 4 then 'deputy_minister'
        when 5 then 'ambassador'
        when 6 then 'other'
        else 'unknown'  -- no participant named in any report
    end as level
from deduplicated
