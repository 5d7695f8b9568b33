-- A table, not a view: several marts read it and the clustering windows are not free.
{{ config(materialized='table') }}

-- One row per real-world contact. The same meeting is reported by several
-- releases: the ministry's English and Russian versions of one item, and embassy
-- sites (mfa-istanbul, mfa-bjs, ...) re-posting the ministry a day or two later.
--
-- First, within one item, the languages: a Russian event fact that repeats an
-- English one (int_release_facts__across_languages) is a report of the English
-- fact's contact and takes its key, filled from the Russian where the English
-- gives nothing (a date, a named principal). So the two languages of one release
-- never split a contact, whatever either extraction missed.
--
-- Then across items, dedup key: (date, counterpart, event type, principal). The
-- date is the one the text gives; failing that, for the contact a release reports
-- on, the release's Almaty publication day. Publication days drift between
-- re-posts, so a publication-dated report joins the nearest earlier report within
-- `event_dedup_window_days`; two dates read from texts must agree exactly.
-- Undated mentions of earlier contacts are matched within their story (see
-- undated_reports). The principal is the highest-ranking Kazakh participant (the
-- foreign one when no Kazakh is named), compared by the official's name key, so
-- Vassilenko / Василенко match (int_official_names__aliases for names that
-- transliteration alone does not join).
with

events as (

    select * from {{ ref('int_release_facts__events') }}

),

participants as (

    select * from {{ ref('int_release_facts__event_participants') }}

),

aliases as (

    select * from {{ ref('int_official_names__aliases') }}

),

participant_keys as (

    select
        participants.*,
        coalesce(aliases.official_name_key, participants.name_key) as official_name_key
    from participants
    left join aliases
        on  aliases.country_key = coalesce(participants.country_iso3, 'organisation')
        and aliases.alias_name_key = participants.name_key

),

principal_of_each_fact as (

    select
        event_fact_id,
        official_name_key as principal_key
    from participant_keys
    where official_name_key is not null
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

reports as (

    select
        events.*,
        -- the English fact of the release that states this contact (itself when none repeats)
        coalesce(events.repeats_event_fact_id, events.event_fact_id) as release_contact_id,
        principal_of_each_fact.principal_key,
        top_level_of_each_fact.level_rank
    from events
    left join principal_of_each_fact using (event_fact_id)
    left join top_level_of_each_fact using (event_fact_id)

),

-- One contact as one release states it, in all its languages: the English fact's
-- values, each filled from another language when the English one has none.
release_contacts as (

    select
        release_contact_id,
        first(event_type order by lang <> 'en', event_fact_id)                          as event_type,
        first(counterpart_iso3 order by lang <> 'en', event_fact_id)                    as counterpart_iso3,
        first(is_subject order by lang <> 'en', event_fact_id)                          as is_subject,
        first(release_published_date order by lang <> 'en', event_fact_id)             as release_published_date,
        first(event_date order by event_date is null, lang <> 'en', event_fact_id)      as event_date,
        first(principal_key order by principal_key is null, lang <> 'en', event_fact_id) as principal_key
    from reports
    group by release_contact_id

),

keyed as (

    select
        reports.* exclude (event_type, counterpart_iso3, is_subject, event_date, principal_key),
        release_contacts.event_type,
        release_contacts.counterpart_iso3,
        release_contacts.is_subject,
        release_contacts.event_date,
        coalesce(release_contacts.counterpart_iso3, 'none')   as counterpart_key,
        coalesce(release_contacts.principal_key, '')          as principal_key,
        case
            when release_contacts.event_date is not null then release_contacts.event_date
            when release_contacts.is_subject then release_contacts.release_published_date
        end                                                   as dedup_date,
        case
            when release_contacts.event_date is not null then 'text'
            when release_contacts.is_subject and release_contacts.release_published_date is not null then 'publication'
            else 'unknown'
        end                                                   as date_source
    from reports
    inner join release_contacts using (release_contact_id)

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
-- one release (its languages, an embassy's re-post) share their subject event, so
-- the mention is keyed to that event (or to its own item when the item has no
-- dated subject).
story_anchor_of_each_item as (

    select
        source,
        project,
        item_id,
        min(event_id) as anchor_event_id
    from dated_reports
    where is_subject
    group by all

),

undated_reports as (

    select
        keyed.*,
        cast(null as date) as cluster_event_date,
        'unknown'          as cluster_date_source,
        {{ surrogate_key([
            "'undated'",
            "coalesce(story_anchor_of_each_item.anchor_event_id, concat_ws('|', keyed.source, keyed.project, keyed.item_id))",
            'keyed.counterpart_key',
            'keyed.event_type',
            'keyed.principal_key',
        ]) }} as event_id
    from keyed
    left join story_anchor_of_each_item using (source, project, item_id)
    where keyed.dedup_date is null

),

all_reports as (

    select * exclude (previous_date, previous_date_source, position_in_candidates, cluster_number)
    from dated_reports
    union all by name
    select * from undated_reports

),

reports_with_item_publication as (

    select
        *,
        min(release_published_at_utc) over (partition by event_id, source, project, item_id) as item_published_at_utc
    from all_reports

),

ranked_reports as (

    select
        *,
        -- the report that speaks for the event: the earliest published item, the
        -- ministry before embassies, and of an item the English version (whichever
        -- language the ministry posted first)
        row_number() over (
            partition by event_id
            order by item_published_at_utc nulls last,
                     (project = 'mfa') desc,
                     (lang = 'en') desc,
                     release_published_at_utc nulls last,
                     event_fact_id
        ) as report_rank
    from reports_with_item_publication

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
        count(distinct concat_ws('|', source, project, item_id)) as reporting_item_count,
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
